# Float chains through attribute operands: `self.x * o.x + self.y * o.y + self.z * o.z` reads
# instance values and slots without boxing the intermediates. Every attribute that is not a plain
# value must still run its own code exactly once and in order (properties, __getattr__,
# __getattribute__, class attributes, descriptors), unset slots and missing attributes raise as
# before, and subclasses of float keep their operators.


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def affine(self, p):
        return self.x * p.x + self.y * p.y + self.z

    def mixed(self, o, k):
        return self.x * k + o.y * self.y - k * o.z


class D:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


log = []


class Prop:
    def __init__(self):
        self.x = 1.5

    @property
    def y(self):
        log.append("y")
        return 2.5

    def __getattr__(self, name):
        log.append("getattr " + name)
        return 4.0


class Tricky:
    z = 10.0     # a class attribute, not an instance value

    def __init__(self):
        self.x = 1.0
        self.y = 2.0

    def __getattribute__(self, name):
        log.append("getattribute " + name)
        return object.__getattribute__(self, name)


def dot(a, b):
    return a.x * b.x + a.y * b.y + a.z * b.z


a, b = V(1.5, -2.0, 0.25), V(4.0, 0.5, -8.0)
print("slots", a.dot(b), a.affine(b), a.mixed(b, 3), a.mixed(b, 0.5), dot(a, b))
c, d = D(1.5, -2.0, 0.25), D(4.0, 0.5, -8.0)
print("dict", c.dot(d), dot(c, d), dot(a, d), dot(c, b))
for i in range(300):
    r = dot(a, b) + dot(c, d)
print("loop", r)

p = Prop()
print("prop", dot(p, p), log)
log.clear()
t = Tricky()
print("tricky", dot(t, a), log)
log.clear()
print("tricky2", dot(a, t), log)
log.clear()

# Values that change kind between calls at the same sites.
for args in ((V(1.0, 2.0, 3.0), V(1, 2, 3)), (V(1, 2, 3), V(1, 2, 3)), (V(1.0, 2 ** 60, 3.0), V(1.0, 1.0, 1.0)),
             (V(1.0, True, 3.0), V(1.0, 1.0, 1.0)), (V(1.0, -0.0, 0.0), V(-0.0, 1.0, -1.0)),
             (V(float("inf"), 1.0, 1.0), V(0.0, 1.0, 1.0)), (V(1.0, float("nan"), 1.0), V(1.0, 1.0, 1.0))):
    r = dot(*args)
    print("kinds", type(r).__name__, repr(r))


class F(float):
    def __mul__(self, o):
        return "F.mul"

    def __rmul__(self, o):
        return "F.rmul"


try:
    print(dot(V(1.0, F(2.0), 3.0), b))
except TypeError as e:
    print("sub", e)
print("sub", dot(V(1.0, 2.0, 3.0), V(1.0, 1.0, F(2.0))) if False else "skip")
try:
    print(dot(V(1.0, 2.0, 3.0), V(1.0, 1.0, F(2.0))))
except TypeError as e:
    print("sub", e)

# An unset slot, a deleted value and a missing attribute: AttributeError as without the chain.
u = V(1.0, 2.0, 3.0)
del u.y
try:
    print(dot(a, u))
except AttributeError as e:
    print("unset", e)
dd = D(1.0, 2.0, 3.0)
del dd.z
try:
    print(dot(dd, c))
except AttributeError as e:
    print("deleted", e)
dd.z = 5.0
print("re-added", dot(dd, c))

# Zero divisors inside the pair: float_div's message, from the right line.
class Q:
    def __init__(self, n, m):
        self.n, self.m = n, m


def ratio(q, k):
    return k * k + q.n / q.m


print("ratio", ratio(Q(1.0, 4.0), 2.0))
for q in (Q(1.0, 0.0), Q(1, 0), Q(1.0, 0)):
    try:
        ratio(q, 2.0)
    except ZeroDivisionError as e:
        print("zde", e)

# The attribute holds the same float object as other places: nothing is mutated in place.
shared = 0.5
s1, s2 = V(shared, shared, shared), V(shared, shared, shared)
res = dot(s1, s2)
print("shared", res, shared, s1.x is shared, s2.z is shared, res is shared)

# The class changes between calls (a new attribute version): the cache must not answer stale.
D.x = property(lambda self: 100.0)
print("class changed", dot(c, d))
del D.x
print("class restored", dot(c, d))
