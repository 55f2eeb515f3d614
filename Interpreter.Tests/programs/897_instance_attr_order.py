# Attribute order of plain instances (shared-key layout): deleting and re-adding attributes,
# instances of one class setting their attributes in different orders, more attributes than the
# object holds inline, and vars()/__dict__ after each step. The order must be CPython's insertion
# order in every case (an attribute added before a later one that is set goes to a dict).


class A:
    pass


def show(tag, o):
    print(tag, list(vars(o).items()))


# delete the last attribute, re-add it, add another
a = A()
a.x, a.y, a.z = 1, 2, 3
del a.z
a.z = 30
show("last re-added", a)
a.w = 4
show("then w", a)

# delete a middle attribute and re-add it: it moves to the end
b = A()
b.x, b.y, b.z = 1, 2, 3
del b.y
b.y = 20
show("middle re-added", b)
b.q = 5
show("then q", b)

# delete the first attribute and re-add it
c = A()
c.x, c.y = 1, 2
del c.x
c.x = 10
show("first re-added", c)

# delete two from the end, re-add in the other order
d = A()
d.x, d.y, d.z = 1, 2, 3
del d.z
del d.y
d.z = 33
d.y = 22
show("two re-added", d)

# instances of the same class in different orders share one key table
e = A()
e.y = 2
e.x = 1
show("y then x", e)
f = A()
f.x = 1
f.y = 2
f.z = 3
show("x y z", f)
g = A()
g.z = 3
g.x = 1
show("z then x", g)

# more attributes than the inline storage, with deletions among them
h = A()
for i in range(10):
    setattr(h, "a%d" % i, i)
del h.a9
del h.a8
h.a8 = 80
show("ten", h)
del h.a2
h.a2 = 20
show("ten, a2 moved", h)
h2 = A()
for i in range(10):
    setattr(h2, "a%d" % i, -i)
del h2.a9
h2.a9 = -90
h2.a10 = -100
show("second ten", h2)

# all attributes deleted, then new ones
k = A()
k.x, k.y = 1, 2
del k.x, k.y
show("emptied", k)
k.y = 2
k.x = 1
show("refilled", k)

# __dict__ taken after deletions, then written through
m = A()
m.x, m.y, m.z = 1, 2, 3
del m.y
dd = m.__dict__
dd["y"] = 22
m.w = 4
show("via dict", m)
print(hasattr(m, "y"), m.y, dd is m.__dict__)

# attribute reads from a specialised site across all these layouts
def read_x(o):
    return getattr(o, "x", None), o.__dict__.get("x")


for o in (a, b, c, d, e, f, g, k, m):
    print(read_x(o), end=" ")
print()


# a class whose __init__ sets attributes in a loop, then some are deleted per instance
class P:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2
        if n % 2:
            del self.b
        if n % 3 == 0:
            self.b = -n


for n in range(7):
    p = P(n)
    show("P(%d)" % n, p)
