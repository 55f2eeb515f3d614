# conformance: full-stderr
# Builtin types that CPython does not allow as base classes.
for name, base in [("range", range), ("slice", slice), ("NoneType", type(None)), ("function", type(lambda: 0))]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(name, "->", e)


class Flag(bool):
    pass
