def first():
    return "first"


def second():
    return "second"


def third():
    return "third"


handlers = {"first": first, "second": second, "third": third}
while True:
    command = input()
    if command == "quit":
        break
    print(handlers[command]())
