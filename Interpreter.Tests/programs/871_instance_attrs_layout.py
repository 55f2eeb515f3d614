# Attributes of plain instances: values kept in the object for the first few, more in an overflow,
# many added after __init__ (past the shared table's size), vars()/__dict__ after fast stores,
# deletion, re-adding, and a different insertion order.


class C:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2


objs = [C(i) for i in range(5)]
for o in objs:
    o.d = o.a * 10
    o.e = "e"
print([vars(o) for o in objs[:2]])
objs[0].a = "changed"
print(objs[0].__dict__, objs[1].__dict__)

big = C(0)
for i in range(40):
    setattr(big, "attr%d" % i, i)
print(len(vars(big)), big.attr39, list(vars(big))[:6])
big.a = "A"
print(big.a, big.attr0)
del big.attr5
print("attr5" in vars(big), len(big.__dict__))

o = C(1)
del o.b
print(vars(o))
o.b = "back"
print(vars(o), list(vars(o)))


class D:
    pass


x = D()
x.z = 1
x.y = 2
x.x = 3
y = D()
y.x = 1
y.z = 2
print(vars(x), vars(y))
for k in range(6):
    setattr(y, "k%d" % k, k)
print(list(vars(y)))
d = x.__dict__
d["new"] = 4
print(x.new, vars(x))
x.__dict__ = {"only": 1}
print(vars(x), hasattr(x, "z"))
try:
    x.z
except AttributeError as e:
    print("AttributeError:", e)


class E:
    def __init__(self):
        self.v1, self.v2, self.v3, self.v4, self.v5, self.v6 = range(6)

    def total(self):
        return self.v1 + self.v2 + self.v3 + self.v4 + self.v5 + self.v6


es = [E() for _ in range(20)]
t = 0
for k in range(3):
    for e in es:
        e.v6 = e.v6 + 1
        t += e.total()
print(t, vars(es[0]))
