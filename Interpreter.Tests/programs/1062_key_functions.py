# Key functions of sorted / list.sort / min / max: Python functions of one parameter (the direct
# call), functions with defaults, *args, closures and cells, builtins, bound methods, classes,
# generator functions; keys raising (the list unchanged), __lt__ raising during a sort, min/max
# taking items from an iterator one at a time with the key between them.
import functools

data = [5, -3, 8, 0, -1, 7, 2]
print(sorted(data, key=lambda v: -v), sorted(data, key=abs), sorted(data, key=lambda v: v % 3, reverse=True))
print(min(data, key=lambda v: (v - 3) ** 2), max(data, key=lambda v: -abs(v)), max(data, key=str))
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
print(sorted(words, key=str.lower), sorted(words, key=len), min(words, key=len), max(words, key=len))


def with_default(v, scale=10):
    return v * scale


def star(*args):
    return -args[0]


def kwonly(v, *, sign=-1):
    return sign * v


def outer():
    offset = 100

    def inner(v):
        return abs(v - offset)

    return inner


def cell_arg(v):
    def use():
        return v * 2
    return use()


print(sorted(data, key=with_default), sorted(data, key=star), sorted(data, key=kwonly))
print(sorted(data, key=outer()), sorted(data, key=cell_arg), max(data, key=cell_arg))


class Scale:
    def __init__(self, k):
        self.k = k

    def apply(self, v):
        return self.k * v

    def __call__(self, v):
        return -self.k * v


print(sorted(data, key=Scale(2).apply), sorted(data, key=Scale(1)), sorted(["b"], key=Scale))


def gen_key(v):
    yield v


try:
    sorted(data, key=gen_key)
except TypeError as e:
    print("TypeError", e)

print(sorted(data, key=functools.cmp_to_key(lambda a, b: b - a)))

# a key raising: the list keeps its order
lst = [3, 1, 2]


def bad_key(v):
    if v == 2:
        raise ValueError("bad key %d" % v)
    return v


try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, lst)
try:
    min(lst, key=bad_key)
except ValueError as e:
    print("ValueError", e)
try:
    sorted(lst, key=lambda: 0)
except TypeError as e:
    print("TypeError", e)
try:
    max(lst, key=lambda a, b: 0)
except TypeError as e:
    print("TypeError", e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise RuntimeError("unlucky")
        return self.v < other.v


objs = [Cmp(v) for v in (5, 13, 2)]
try:
    objs.sort()
except RuntimeError as e:
    print("RuntimeError", e, [o.v for o in objs])
print([o.v for o in sorted([Cmp(4), Cmp(1), Cmp(3)])], max([Cmp(4), Cmp(9), Cmp(1)]).v)
try:
    sorted([Cmp(1), 2])
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


# min/max interleave the iterator and the key
def items():
    for i in (3, 1, 2):
        print("item", i)
        yield i


def noisy_key(v):
    print("key", v)
    return v


print(max(items(), key=noisy_key))
print(min(items(), key=noisy_key))
print(min(items()), max(2, 9, 4, key=noisy_key))
print(max([], default="empty"), min([], key=noisy_key, default=None))
for bad in ("max()", "max(1, 2, default=0)", "max([])", "min(5)", "max(1, key=len)", "min(1, 2, bogus=3)"):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# a key that mutates the list being sorted
victim = [3, 2, 1]


def mutating(v):
    victim.append(v)
    return v


try:
    victim.sort(key=mutating)
except ValueError as e:
    print("ValueError", e)
print(victim)

# recursion inside a key function
def deep(v, n=0):
    return v if n == 50 else deep(v, n + 1)


print(sorted(range(5), key=lambda v: deep(-v)))
