# sum/list/tuple/sorted of a generator: the loop runs the consumer inline (Interpreter.ConsumeInline).
# Results, the consumer's errors, sum's int -> float -> generic order, start/keyword forms.
import sys, traceback


def gen(n):
    for i in range(n):
        yield i


print(sum(gen(10)), list(gen(5)), tuple(gen(3)), sorted(x % 3 for x in gen(7)))
print(sum(gen(0)), list(gen(0)), tuple(gen(0)), sorted(gen(0)))
print(sum(x * 0.5 for x in gen(4)), sum(x for x in [1, 2.5, 3]), sum(x for x in [True, True, 3]))
print(sum(2 ** 62 for _ in range(4)), sum(x for x in [2 ** 63 - 1, 1, -5]), sum(x for x in [-2 ** 63, -1]))
print(sum(x for x in [1.5, 2, 2 ** 70, 0.25]), sum(x for x in [0.5, True, 3]))
print(sum(x for x in [1, 2, 3j]), sum(x for x in [1, 2.0, 3j, 4]))
print(sum((x for x in [1, 2]), 10), sum((x for x in [1, 2]), start=0.5), sum((x for x in [[1], [2]]), []))
print(sorted((x for x in [3, 1, 2]), reverse=True), sorted((x for x in "bca"), key=ord))
print(list(x for x in "abc"), tuple(c * 2 for c in "xy"), sorted(x for x in [2.5, 1, True]))


class MyInt(int):
    def __add__(self, other):
        print("MyInt.__add__", int(self), other)
        return MyInt(int(self) + other)
    __radd__ = __add__


print(sum(x for x in [1, MyInt(5), 2]))
print(sum(x for x in [1.5, MyInt(5), 2]))   # float mode takes int subclasses without __add__


class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Vec(self.v + (o.v if isinstance(o, Vec) else o))
    __radd__ = __add__
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Vec({self.v})"


print(sum(Vec(i) for i in range(5)), sorted(Vec(i) for i in [3, 1, 2]))


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: sum(x for x in [1, "a"]))
show(lambda: sum(x for x in [1.5, "a"]))
show(lambda: sum(x for x in ["a", "b"]))
show(lambda: sum((x for x in ["a", "b"]), ""))
show(lambda: sum((x for x in [b"a"]), b""))
show(lambda: sorted(x for x in [1, "a", 2]))
show(lambda: sorted(x for x in [None, None]))
show(lambda: sorted(x for x in [1, 2]))
show(lambda: list(1 / x for x in [1, 0]))
show(lambda: tuple(x for x in [1]) + (2,))
show(lambda: sum(gen(3), 1, 2))
show(lambda: list(gen(3), 1))
show(lambda: sum(x=gen(3)))

# The name rebound: an ordinary call, not the consumer.
def run_shadowed():
    sum = lambda g: ("mine", next(g))
    list = lambda g: ("mine too", next(g))
    return sum(gen(3)), list(gen(3))


print(run_shadowed())


# Tracebacks through the inline generator: the consumer has no frame (a C function in CPython).
def boom(n):
    for i in range(n):
        yield i
    1 / 0


def consumer_line():
    return sum(boom(3))


for f in (consumer_line, lambda: list(boom(2)), lambda: sorted(boom(1)), lambda: sum(x for x in [1, None])):
    try:
        f()
    except Exception:
        tb = traceback.format_exc().replace(__file__, "FILE")
        print(tb)


# PEP 479: StopIteration raised inside becomes RuntimeError, from every consumer.
def stops():
    yield 1
    raise StopIteration("inner")


for consume in (sum, list, tuple, sorted):
    try:
        consume(stops())
    except RuntimeError as e:
        print(consume.__name__, "RuntimeError", e, repr(e.__cause__))

# yield from chains under a consumer
def inner(n):
    yield from range(n)
    return n


def outer(k):
    total = 0
    for i in range(k):
        total += yield from inner(i)
    yield total


def flatten(gs):
    for g in gs:
        yield from g


print(sum(outer(5)), list(outer(4)), sum(flatten(gen(i) for i in range(6))), list(flatten([gen(2), iter("ab"), gen(3)])))
