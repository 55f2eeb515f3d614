# Suppressing exceptions with `with`: contextlib.suppress and __exit__ returning true.
import contextlib


class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(repr(exc))
            return True
        return False


with Ignore(KeyError) as ig:
    {}["missing"]
print("suppressed:", ig.caught)

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("after suppress")

results = []
for text in ["1", "x", "3"]:
    with contextlib.suppress(ValueError):
        results.append(int(text))
print(results)

try:
    with Ignore(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Truthy:
    def __bool__(self):
        print("__bool__ called")
        return True


class Odd:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return Truthy()


with Odd():
    raise RuntimeError("gone")
print("suppressed by a truthy object")


def first_int(values):
    for v in values:
        with contextlib.suppress(TypeError, ValueError):
            return int(v)
    return None


print(first_int([None, "z", "42", "7"]))
try:
    raise LookupError("outer")
except LookupError:
    with contextlib.suppress(KeyError):
        raise KeyError("inner")
    import sys
    print("handled again:", repr(sys.exc_info()[1]))
