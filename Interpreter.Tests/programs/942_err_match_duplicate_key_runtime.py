# conformance: full-stderr
# Two value-pattern keys that turn out equal are only detected when the pattern runs.
class Keys:
    FIRST = "id"
    SECOND = "id"


def lookup(record):
    match record:
        case {"kind": "user"}:
            return "user"
        case {Keys.FIRST: a, Keys.SECOND: b}:
            return a, b


print(lookup({"kind": "user"}))
print(lookup({"id": 7, "name": "ann"}))
