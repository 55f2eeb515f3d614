# a[i] op= x on lists (DUP_TOP_TWO BINARY_SUBSCR, ROT_THREE STORE_SUBSCR and BINARY_OP before it): values
# of every kind, negative and bool indices, IndexError with its carets, bad index types, list
# subclasses, a list cleared by the operator, dicts and tuples.
import traceback, os

def tb():
    # the traceback on stdout, the script's folder left out of its File lines
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    for line in traceback.format_exc().splitlines():
        print(line.replace(here, ""))

a = [1, 2.5, "s", [1], 10**30]
for i in range(-5, 5):
    a[i] += a[i]
print(a)
v = [0.0, 1.0, 2.0]
dt = 0.01
for _ in range(3):
    v[0] -= dt * 2.0
    v[1] += dt * v[2]
    v[-1] *= 1.5
print(v)
def oob(x, i):
    try:
        x[i] += 1
    except IndexError:
        tb()
oob([1, 2], 2)
oob([1, 2], -3)
oob([], 0)
def badkey(x, i):
    try:
        x[i] -= 1
    except TypeError:
        tb()
badkey([1, 2], "0")
badkey([1, 2], 1.0)
class L(list):
    def __getitem__(self, k):
        print("get", k); return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("set", k, v); list.__setitem__(self, k, v)
l = L([1, 2, 3])
l[1] += 10
l[-1] *= 2
print(l)
d = {"a": 1}
d["a"] += 1
print(d)
class Shrink:
    def __init__(self, lst): self.lst = lst
    def __radd__(self, o):
        self.lst.clear(); return o
s = [1, 2, 3]
try:
    s[2] += Shrink(s)
except IndexError:
    tb()
print(s)
c = [0] * 5
r = 4
for _ in range(7):
    c[r] -= 1
    c[True] += 1
print(c)
big = [0] * 3
try:
    big[2**64] += 1
except IndexError:
    tb()
t = (1, 2)
try:
    t[0] += 1
except TypeError:
    tb()
m = [[1, 2], [3, 4]]
m[1][0] += m[0][1]
print(m)
x = [1.5]
y = x[0]
x[0] += 1
print(y, x, y is x[0])
class Bad(list):
    def __setitem__(self, k, v):
        raise KeyError(k)
def badset(x):
    try:
        x[0] += 1
    except KeyError:
        tb()
badset(Bad([1]))
