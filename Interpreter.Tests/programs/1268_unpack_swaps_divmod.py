# Unpacking targets of BUILD_TUPLE n + UNPACK_SEQUENCE n (n >= 4) into locals, names stored twice,
# mixed targets (attributes, subscripts, starred), wrong lengths with CPython's messages, iterators
# raising midway, tuple/list subclasses with __iter__ overridden, and divmod's int fast path.
import sys


def rotate(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b, c, d = b, c, d, a
    return a, b, c, d


def wide_swap(n):
    a, b, c, d, e, f, g, h, i, j = range(10)
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = j, i, h, g, f, e, d, c, b, a
    return a, b, c, d, e, f, g, h, i, j


def twice(n):
    # A name stored twice in one target list: the last store wins.
    out = []
    for k in range(n):
        a, b, a, c = k, k + 1, k + 2, k + 3
        out.append((a, b, c))
    return out


class Box:
    pass


def mixed(n):
    box = Box()
    lst = [0, 0]
    for k in range(n):
        a, box.x, lst[1], d = k, k * 2, k * 3, k * 4
    return a, box.x, lst, d


def starred_rhs(n):
    r = None
    for k in range(n):
        a, b, c, d = *(k, k + 1), k + 2, k + 3
        r = (a, b, c, d)
    return r


for n in (0, 1, 2, 3, 5, 17):
    print(n, rotate(n), wide_swap(n), twice(n)[-1:] if n else [], mixed(n) if n else None, starred_rhs(n))


class T(tuple):
    def __iter__(self):
        yield "sub"
        yield "iter"


class L(list):
    def __iter__(self):
        return iter(["from", "list", "iter"])


x, y = T((1, 2, 3))
print(x, y)
p, q, r = L([1, 2])
print(p, q, r)
try:
    a, b = T((1, 2))
    print("tuple", a, b)
except ValueError as e:
    print("ValueError:", e)


def bad_lengths():
    for src in [(1, 2, 3), [1], (), [1, 2, 3, 4, 5]]:
        try:
            a, b, c, d = src
            print("ok", a, b, c, d)
        except ValueError as e:
            print("ValueError:", e)
    for src in [iter([1, 2, 3]), iter([1, 2, 3, 4, 5]), (i for i in range(2))]:
        try:
            a, b, c, d = src
            print("ok", a, b, c, d)
        except ValueError as e:
            print("ValueError:", e)
    try:
        a, *b, c, d = (1, 2)
    except ValueError as e:
        print("ValueError:", e)
    a, *b, c = (1, 2)
    print(a, b, c)
    *b, = []
    print(b)
    try:
        a, b = 5
    except TypeError as e:
        print("TypeError:", e)


bad_lengths()


def raising():
    yield 1
    raise KeyError("midway")


try:
    a, b, c = raising()
except KeyError as e:
    print("KeyError:", e)


def dm(pairs):
    out = []
    for x, y in pairs:
        try:
            q, r = divmod(x, y)
            out.append((q, r, type(q).__name__, type(r).__name__))
        except ZeroDivisionError as e:
            out.append(("ZeroDivisionError", str(e)))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


class MyInt(int):
    def __divmod__(self, other):
        return ("mine", int(self) * 100 + other)


big = 2 ** 70
cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (7919 * 1234, 97),
         (True, 2), (5, True), (7, 0), (True, False), (-(2 ** 63), -1), (-(2 ** 63), 1), (2 ** 63 - 1, -1),
         (big, 7), (7, big), (-big, 3), (7.5, 2), (7, 2.5), (-7.5, 2), (MyInt(9), 4), (9, MyInt(4)),
         ("a", 1), (1, None)]
for c in cases:
    print(c, dm([c]))
for i in range(1, 300, 37):
    print(divmod(i * 7919, 97), divmod(-i * 7919, 97), divmod(i * 7919, -97))
print(divmod(10, 3) is not divmod(10, 3), divmod(2000, 1), divmod(-1030, 1))


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name in ("rotate", "wide_swap"):
        counts[frame.f_code.co_name] = counts.get(frame.f_code.co_name, 0) + 1
    return tracer


counts = {}
sys.settrace(tracer)
print(rotate(3), wide_swap(3), divmod(17, 5))
sys.settrace(None)
print(sorted(counts.items()))
print(rotate(4), wide_swap(4))
