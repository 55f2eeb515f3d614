# Slices of exact lists at BUILD_SLICE BINARY_SUBSCR|STORE_SUBSCR without a slice object: None, plain, bool
# and huge bounds, steps, __index__ bounds, list subclasses, same and other lengths, extended
# slices of the wrong length (ValueError), zero steps, bad bound types, tuples and str.
import traceback, os

def tb():
    # the traceback on stdout, the script's folder left out of its File lines
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    for line in traceback.format_exc().splitlines():
        print(line.replace(here, ""))

a = list(range(10))
for k in range(-12, 13):
    print(k, a[:k], a[k:], a[k::-1], a[k::2], a[:k:-2], a[::k] if k else None)
for i in range(-11, 12):
    for j in range(-11, 12, 3):
        print(i, j, a[i:j], a[i:j:-1], a[j:i:3])
print(a[True:3], a[2**70:], a[:-2**70], a[::2**62], a[::-(2**62)])
class L(list):
    def __getitem__(self, k):
        print("getitem", k)
        return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        list.__setitem__(self, k, v)
l = L(range(6))
print(l[1:4], l[::-1])
l[:2] = [9, 9, 9]
print(l)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): print("index", self.v); return self.v
print(a[I(2):I(5)], a[I(1)::I(3)])
p = list(range(8))
k = p[3]
while k:
    p[:k + 1] = p[k::-1]
    k = p[0]
print(p)
b = list(range(10))
b[2:5] = []
print(b)
b[1:1] = (7, 8, 9)
print(b)
b[::2] = "abcde"[:len(b[::2])]
print(b)
b[:] = b
print(b)
b[3:6] = iter([1, 2])
print(b)
b[::-3] = [0] * len(b[::-3])
print(b)
def bad(x, v, n):
    try:
        x[::n] = v
    except Exception:
        tb()
bad(b, [1, 2], 2)
bad(b, 5, 1)
bad(b, [1], 0)
def bad2(x):
    try:
        return x[1:2:0]
    except ValueError as e:
        tb()
bad2(b)
def bad3(x):
    try:
        return x["a":2]
    except TypeError:
        tb()
bad3(b)
def bad4(x):
    try:
        x[1.5:] = [1]
    except TypeError:
        tb()
bad4(b)
t = tuple(range(5)); s = "hello"
print(t[1:4], t[::-1], s[1:4], s[::-2])
c = [1, 2, 3]
c[1:] = c[:1:-1]
print(c)
e = []
print(e[:], e[::-1], e[5:])
e[:0] = [1]
print(e)
g = list(range(5))
x = g[:]
print(x is g, x == g)
