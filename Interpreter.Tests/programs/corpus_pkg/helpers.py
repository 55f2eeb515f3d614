def greet(name):
    return f"hello, {name}"


def _private_helper():
    return "private"
