# conformance: full-stderr
# An exception inside a guard: reported at the guard's line, inside the match statement.
def check(limits, item):
    match item:
        case {"name": name, "size": size} if size > limits[name]:
            return f"{name} too big"
        case {"name": name}:
            return f"{name} ok"


limits = {"box": 10}
print(check(limits, {"name": "box", "size": 3}))
print(check(limits, {"name": "crate", "size": 30}))
