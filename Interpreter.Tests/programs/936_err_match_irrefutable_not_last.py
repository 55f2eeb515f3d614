# conformance: full-stderr
# A capture pattern without a guard matches everything: cases after it could never run.
print("never printed: the error is found at compile time")


def kind(value):
    match value:
        case int():
            return "int"
        case other:
            return "something else"
        case str():
            return "str"
