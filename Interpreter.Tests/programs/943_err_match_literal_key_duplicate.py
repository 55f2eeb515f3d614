# conformance: full-stderr
# Duplicate literal keys in a mapping pattern are a compile-time error (1 and True are equal keys).
print("not printed")
match {}:
    case {"a": 1, 1: 2, True: 3}:
        pass
