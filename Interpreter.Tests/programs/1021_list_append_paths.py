# list.append called as a method (the loop's own append), unbound, as a bound-method object, on a
# list subclass, overridden, with wrong arguments, under sys.setprofile (c_call events), and
# shadowed by an instance attribute of a subclass.
import sys

l = []
for i in range(5):
    l.append(i)
l.append(l)
print(l[:5], l[5] is l, len(l))

r = [].append(1)
print(r)

a = []
add = a.append
for x in "xyz":
    add(x)
list.append(a, "w")
print(a)

class L(list):
    pass

m = L()
for i in range(3):
    m.append(i * i)
print(m, type(m).__name__)

class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x * 2)

q = Loud()
for i in range(2):
    q.append(i)
print(q)

class Shadow(list):
    pass

sh = Shadow()
sh.append = lambda x: print("instance append", x)
sh.append(7)
print(list(sh))

for args, kw in [((), {}), ((1, 2), {}), ((), {"object": 1}), ((1,), {"x": 2})]:
    try:
        [].append(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("AttributeError:", e)

events = []
def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", None)))
def run():
    out = []
    for i in range(2):
        out.append(i)
    return out
sys.setprofile(prof)
res = run()
sys.setprofile(None)
print(res, events)

# A list that grows while it is appended to from a comprehension and a nested loop.
grid = []
for i in range(4):
    row = []
    for j in range(i + 1):
        row.append((i, j))
    grid.append(row)
print([len(r) for r in grid], grid[3][2])
big = []
for i in range(10000):
    big.append(i)
print(len(big), sum(big), big[-1])

# Instance attributes and __getattribute__ of builtin subclasses come before the type's method.
sh2 = Shadow()
sh2.append(1)
sh2.append = lambda x: print("instance append", x)
sh2.append(7)
del sh2.append
sh2.append(2)
print(list(sh2))

class G(list):
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)

g = G()
for i in range(2):
    g.append(i)
print(g)

class T(str):
    pass

t = T("ab")
print(t.upper(), t.startswith("a"))
t.upper = lambda: "shadowed"
print(t.upper(), T("cd").upper())
