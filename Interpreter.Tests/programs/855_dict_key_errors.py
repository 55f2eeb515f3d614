# KeyError from dict subscripts handled by the caller: caches, counting with try/except,
# missing keys of several types, __missing__ in subclasses, and tracebacks of the error.
import traceback


def lookup_all(table, keys):
    found, missing = [], []
    for k in keys:
        try:
            found.append(table[k])
        except KeyError as e:
            missing.append(e.args[0])
    return found, missing


table = {"a": 1, 2: "two", (3, 4): [5], None: "none", 1.5: "float"}
print(lookup_all(table, ["a", "b", 2, 3, (3, 4), (4, 3), None, 1.5, True, frozenset()]))

counts = {}
for word in "the cat and the hat and the bat".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)

try:
    {}[(1, "x")]
except KeyError as e:
    print(repr(e), str(e), e.args)

try:
    {}["quote's"]
except LookupError as e:
    print(type(e).__name__, e)


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaulting(x=1)
print(d["x"], d["y"], "y" in d)


class Strict(dict):
    pass


try:
    Strict(a=1)["b"]
except KeyError as e:
    print("Strict:", e)


def outer(d):
    try:
        return d["absent"]
    except KeyError:
        raise RuntimeError("lookup failed")


try:
    outer({})
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)
    print("".join(traceback.format_exception_only(type(e), e)).strip())

cache = {}


def fib(n):
    try:
        return cache[n]
    except KeyError:
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value


print(fib(80), len(cache))
misses = 0
for i in range(1000):
    try:
        cache[i]
    except KeyError:
        misses += 1
print("misses", misses)
