# LOAD_ATTR's cached instance-value read: an instance attribute that appears, disappears and
# shadows a class attribute after the site has been warmed; layouts that differ per instance.
class P:
    kind = "class-kind"

    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_kind(objs):
    return [o.kind for o in objs]


def read_xy(objs, n):
    total = 0
    for _ in range(n):
        for o in objs:
            total += o.x * 10 + o.y
    return total


ps = [P(i, i + 1) for i in range(5)]
print(read_xy(ps, 50))
print(read_kind(ps))
ps[2].kind = "own-kind"           # shadows the class attribute in one instance
print(read_kind(ps))
del ps[2].kind
print(read_kind(ps))
del ps[3].x                       # a missing value in the shared layout
try:
    read_xy(ps, 3)
except AttributeError as e:
    print("AttributeError:", e)
ps[3].x = 100
print(read_xy(ps, 3))
# Same class, a different key order: another key table.
q = P.__new__(P)
q.y = 7
q.x = 8
print(read_xy([ps[0], q, ps[1]], 4))
# __dict__ materialised: the dict layout.
r = P(1, 2)
r.__dict__["x"] = 42
print(read_xy([r, ps[0]], 2), r.x)
# Class attribute replaced by a property after warm-up: the data descriptor wins.
P.x = property(lambda self: -1)
print(read_xy(ps, 1))
del P.x
print(read_xy(ps, 1))
# Subclass instances at the same site.
class Q(P):
    pass
print(read_xy([Q(5, 6), ps[0], Q(7, 8)], 3))
