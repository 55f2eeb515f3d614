# Attribute reads that feed an operator (`p.x + p.y`, `total + p.x`, `a.x * b.x`): the instance-value
# hit goes straight into the BINARY_OP. Everything that must leave that path: class attributes
# rebound mid-loop, instance dicts shadowing class attributes, __slots__ with __dict__, sites that
# turn polymorphic and megamorphic, __getattr__, properties replaced at run time, __class__
# assignment, deleted attributes, operators that raise.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def total(ps):
    t = 0
    for p in ps:
        t += p.x + p.y
        t = t - p.x * 2
    return t

print(total([P(1, 2), P(3, 4), P(5, 6)]))
print(total([P(1.5, 2), P(3, 4.25)]))
print(total([P("a", "b")]) if False else "skip")
try:
    total([P(1, 2), P("a", "b")])
except TypeError as e:
    print("TypeError", e)

# a class attribute, then an instance value shadowing it, then a rebound class attribute
class C:
    k = 10
    def __init__(self, v):
        self.v = v

def kv(objs):
    s = 0
    for o in objs:
        s = s + o.k
        s = s + o.v
    return s

objs = [C(i) for i in range(5)]
print(kv(objs))
objs[2].k = 1000
print(kv(objs))
C.k = -1
print(kv(objs))
del objs[2].k
print(kv(objs))
del objs[3].v
try:
    kv(objs)
except AttributeError as e:
    print("AttributeError", e)

# the class attribute rebound in the middle of the loop that reads it
def rebinding():
    out = []
    o = C(1)
    for i in range(6):
        out.append(i + o.k)
        if i == 2:
            C.k = 100
        if i == 4:
            o.k = 7
    return out
C.k = 10
print(rebinding())

# __slots__ and __dict__ together
class S:
    __slots__ = ("a", "__dict__")
    def __init__(self):
        self.a = 2
        self.b = 3

def slotsum(items):
    r = 0
    for s in items:
        r = r + s.a * s.b
    return r

ss = [S(), S()]
print(slotsum(ss))
ss[1].a = 10
ss[1].b = 0.5
print(slotsum(ss))
del ss[0].a
try:
    slotsum(ss)
except AttributeError as e:
    print("AttributeError", e)

# a site that sees two, then five classes (polymorphic, then megamorphic)
def make(n):
    class K:
        def __init__(self, x):
            self.x = x
    K.__name__ = "K%d" % n
    return K

classes = [make(i) for i in range(6)]
def site(objs):
    t = 0
    for o in objs:
        t = t + o.x
    return t
print(site([classes[0](1), classes[1](2)] * 3))
print(site([classes[i](i) for i in range(6)] * 2))
print(site([classes[0](1), P(5, 0), classes[5](2)]))

# __getattr__ fallback for a missing attribute; __getattribute__ for every attribute
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return len(name)
class GA:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "real":
            return 40
        return object.__getattribute__(self, name)
def gsum(o):
    return o.real + o.missing_name if isinstance(o, G) else o.real + o.real
print(gsum(G()), gsum(GA()))
def gloop(o, n):
    t = 0
    for i in range(n):
        t = t + o.real
    return t
print(gloop(G(), 3), gloop(GA(), 3))

# a property, replaced at run time by a plain class attribute and then by another property
class Q:
    def __init__(self):
        self.base = 5
    @property
    def val(self):
        return self.base * 2
def qsum(qs):
    t = 0
    for q in qs:
        t = t + q.val
    return t
qs = [Q(), Q()]
print(qsum(qs))
Q.val = 3
print(qsum(qs))
Q.val = property(lambda self: -self.base)
print(qsum(qs))
qs[0].__dict__["val"] = 99   # a data descriptor wins over the instance dict
print(qsum(qs))
del Q.val
print(qsum(qs) if False else [getattr(q, "val", "none") for q in qs])

# __class__ assignment between two classes with different layouts
class A1:
    def __init__(self):
        self.x = 1
class A2:
    x = 50
a = A1()
def ax(o, n):
    t = 0
    for i in range(n):
        t = t + o.x
    return t
print(ax(a, 3))
a.__class__ = A2
print(ax(a, 3))
del a.x
print(ax(a, 3))

# deleting and re-adding attributes changes the layout under the site
class D:
    def __init__(self):
        self.p = 1
        self.q = 2
def dq(objs):
    return [0 + o.q for o in objs]
ds = [D(), D(), D()]
del ds[1].p
ds[2].__dict__.clear()
ds[2].q = 9
print(dq(ds))
try:
    del ds[0].q
    dq(ds)
except AttributeError as e:
    print("AttributeError", e)

# operators of Python classes with attribute operands; a reflected operand
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o * 100 + self.x)
class H:
    def __init__(self, v):
        self.v = v
def hsum(hs):
    t = V(0)
    for h in hs:
        t = t + h.v
        t = 1 + h.v
    return t.x
print(hsum([H(V(1)), H(V(2))]))
try:
    hsum([H(None)])
except TypeError as e:
    print("TypeError", e)

# in-place operators on attributes and on their sums, results as values
class Acc:
    def __init__(self):
        self.n = 0
        self.lst = [1]
acc = Acc()
for i in range(4):
    acc.n += i
    x = acc.n
    x += acc.n
    y = [0] + acc.lst
    acc.lst += y
print(acc.n, x, acc.lst)

# the traceback of an operator error whose right operand is an attribute
def tb():
    p = P(1, None)
    return p.x + p.y
import traceback
try:
    tb()
except TypeError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1])
    print([l.strip() for l in lines if "return" in l])
