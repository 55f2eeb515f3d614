# `a[i + c]` and `a[i - c]` on lists (LOAD_FAST a LOAD_FAST i LOAD_CONST c BINARY_OP BINARY_SUBSCR
# read in one step when everything is exact and in range), and every neighbour that is not.
import sys


def rotate(perm, r):
    p0 = perm[0]
    i = 0
    while i < r:
        perm[i] = perm[i + 1]
        i += 1
    perm[r] = p0
    return perm


print(rotate(list(range(8)), 5), rotate(list("abc"), 2), rotate([1], 0))


def diffs(a):
    out = []
    for j in range(1, len(a)):
        out.append(a[j] - a[j - 1])
    return out


print(diffs([1, 4, 9, 16, 25]), diffs([0.5, 1.5, 4.0]), diffs(["x"]))


def at_plus(a, i):
    return a[i + 1]


def at_minus(a, i):
    return a[i - 2]


def at_big(a, i):
    return a[i + 2 ** 70]


def at_neg_big(a, i):
    return a[i - 9223372036854775807]


def at_float(a, i):
    return a[i + 1.0]


def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


a = [10, 20, 30, 40, 50]
for i in (-7, -6, -5, -2, -1, 0, 1, 3, 4, 5, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64, True, False):
    show(at_plus, a, i)
    show(at_minus, a, i)
show(at_big, a, 1)
show(at_big, a, -2 ** 70 + 1)
show(at_neg_big, a, 9223372036854775807)
show(at_neg_big, a, 9223372036854775805)
show(at_float, a, 1)
show(at_plus, a, 1.0)
show(at_plus, a, "1")
show(at_plus, a, None)
show(at_plus, (1, 2, 3), 1)
show(at_plus, "abc", 1)
show(at_plus, {2: "two"}, 1)
show(at_plus, {}, 1)
show(at_plus, range(10), 4)
show(at_minus, [], 0)


class I(int):
    def __add__(self, other):
        return I(int(self) * 100 + other)


class L(list):
    def __getitem__(self, i):
        return ("L", i)


show(at_plus, a, I(0))
show(at_plus, [0] * 200, I(1))
show(at_plus, L([1, 2, 3]), 0)
show(at_minus, L([1, 2, 3]), 0)


# A list that changes between reads; an unbound index; tracebacks with positions.
b = [1, 2, 3]
i = 0
print(b[i + 1], b[i - 1])
b.append(4)
print(b[i - 1])
b.clear()
try:
    print(b[i + 1])
except IndexError as e:
    print("IndexError", e)


def unbound(a):
    if len(a) > 10:
        i = 0
    return a[i + 1]


show(unbound, [1, 2])


def trace_me(a):
    i = 0
    return a[i + 1] + a[i - 1]


def tracer(frame, event, arg):
    if frame.f_code is trace_me.__code__:
        print("event", event, frame.f_lineno - trace_me.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
print(trace_me([1, 2, 3]))
sys.settrace(None)

import traceback


def deep(a, i):
    return a[i + 1]


try:
    deep([1, 2], 1)
except IndexError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l.replace(__file__, "FILE") for l in lines[-4:]))
