# List slices as fannkuch uses them: the reversed-prefix store `a[:k + 1] = a[k::-1]` (reversed in
# place when it is exactly that shape), and every neighbour of that shape that must not be.


def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n


print(flips([2, 0, 1]), flips([3, 1, 0, 2]), flips(list(range(10))[::-1]), flips([0]))
for p in ([1, 0], [4, 3, 2, 1, 0], [2, 4, 0, 1, 3], [6, 5, 4, 3, 2, 1, 0, 7]):
    q = p[:]
    print(flips(q), q)


def flip_once(a, k):
    a[:k + 1] = a[k::-1]
    return a


def flip_zero(a, k):
    a[0:k + 1] = a[k::-1]
    return a


def flip_stop(a, k):
    a[:k + 1] = a[k:None:-1]
    return a


base = list("abcdefg")
for k in (0, 1, 3, 6, 7, 10, -1, -3, -7, -8, -20):
    print(k, "".join(flip_once(base[:], k)), "".join(flip_zero(base[:], k)), "".join(flip_stop(base[:], k)))
print(flip_once([], 0), flip_once([], 5), flip_once([9], 0))

# Another list as the source or the target: a copy, not a reversal.
a = list(range(6))
b = list(range(10, 16))
k = 3
a[:k + 1] = b[k::-1]
print(a, b)
a = list(range(6))
k = 2
j = 4
a[:j + 1] = a[k::-1]   # target longer than the source: the list shrinks
print(a)
a = list(range(6))
a[:k + 1] = a[j::-1]   # target shorter: the list grows
print(a)
a = list(range(6))
a[:k + 2] = a[k::-1]
print(a)
a = list(range(6))
a[:k + 1] = a[k:0:-1]
print(a)
a = list(range(6))
a[:k + 1] = a[k::-2]
print(a)
a = list(range(6))
a[1:k + 1] = a[k::-1]
print(a)


# Bounds of other types: bools, subclasses, floats, big ints, __index__.
class I(int):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


for k in (True, False, I(2), 2 ** 70, -2 ** 70):
    a = list(range(5))
    try:
        a[:k + 1] = a[k::-1]
        print(type(k).__name__, a)
    except Exception as e:
        print(type(k).__name__, type(e).__name__, e)
a = list(range(5))
k = Idx(3)
try:
    a[:k + 1] = a[k::-1]
except TypeError as e:
    print("TypeError", e)
a = list(range(5))
print(a[Idx(3)::-1], a[:Idx(2)], a[Idx(1):Idx(4):Idx(2)])
k = 2.0
try:
    a[:k + 1] = a[k::-1]
except TypeError as e:
    print("TypeError", e)
k = None
try:
    a[:k + 1] = a[k::-1]
except TypeError as e:
    print("TypeError", e)
print(a)


# A list subclass, with and without its own __getitem__/__setitem__.
class L(list):
    pass


class LG(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


for cls in (L, LG):
    a = cls(range(5))
    k = 3
    a[:k + 1] = a[k::-1]
    print(cls.__name__, a, type(a[1:3]).__name__)

# The same list under two names; the stop not None; a tuple.
a = list(range(6))
c = a
k = 4
c[:k + 1] = a[k::-1]
print(a, c is a)
t = tuple(range(6))
print(t[k::-1], t[:k + 1])
s = "abcdef"
print(s[k::-1], s[:k + 1])

# Steps, zero step, huge bounds, extended-slice assignment of the wrong length, deletion.
a = list(range(10))
for sl in (slice(None, None, -1), slice(2, 8, 3), slice(8, 2, -3), slice(-100, 100), slice(100, -100, -1),
           slice(2 ** 63, None, -1), slice(None, -2 ** 63, -2), slice(None, None, 2 ** 63), slice(None, None, -2 ** 63)):
    print(sl, a[sl])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:5:0] = []
except ValueError as e:
    print("ValueError", e)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a[5::-1] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[:3] = 5
except TypeError as e:
    print("TypeError", e)
b = a[:]
b[::3] = "wxyz"
print(b)
b = a[:]
b[::-1] = b
print(b)
b = a[:]
b[2:5] = b
print(b)
for sl in (slice(1, 8, 2), slice(8, 1, -2), slice(None, None, -3), slice(3, 3), slice(-3, None), slice(None, None, 1)):
    b = list(range(10))
    del b[sl]
    print(sl, b)
b = list(range(10))
del b[::-1]
print(b)
b = list(range(10))
try:
    del b[::0]
except ValueError as e:
    print("ValueError", e)
