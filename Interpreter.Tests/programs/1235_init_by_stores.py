# conformance: own-process
# Classes whose __init__ only stores its arguments (`self.a = a`): the instance made and stored
# without an __init__ frame must behave as CPython's call of __init__ in every case.
import sys
import gc
import weakref


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "V(%r, %r, %r)" % (self.x, self.y, self.z)


class D:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def make_many(cls, n):
    out = []
    for i in range(n):
        out.append(cls(i, i * 2.5, "s%d" % i))
    return out


# Warm the sites up, then check values, layout and identity of stored objects.
vs = make_many(V, 300)
print(vs[0], vs[299], sum(v.x for v in vs), vs[17].z)
big = 2 ** 80
f = 1.5
w = V(big, f, None)
print(w.x is big, w.y is f, w.z is None)
ds = [D(i, [i]) for i in range(300)]
print(ds[5].__dict__, vars(ds[299]), sorted(ds[1].__dict__))
print(hasattr(V(1, 2, 3), "__dict__"), V.__init__.__name__)

# Same argument stored twice, argument order not the parameter order, a repeated attribute.
class R:
    def __init__(self, a, b, c):
        self.c = c
        self.a = a
        self.c2 = c
        self.a = b


for i in range(200):
    r = R(1, 2, 3)
print(r.__dict__)

# Wrong argument counts and keywords: the TypeErrors of a call to __init__.
for args in [(1, 2), (1, 2, 3, 4), ()]:
    try:
        V(*args)
    except TypeError as e:
        print("TypeError:", e)
print(V(1, z=3, y=2), V(z=1, y=2, x=3))
try:
    V(1, 2, 3, x=4)
except TypeError as e:
    print("TypeError:", e)


# Defaults: a call that leaves one out still binds it.
class Dflt:
    __slots__ = ("a", "b")

    def __init__(self, a, b=7):
        self.a = a
        self.b = b


for i in range(200):
    d = Dflt(i)
print(d.a, d.b, Dflt(1, 2).b)

# __init__ returning a value other than None is not a store-only body.
class Ret:
    def __init__(self, a):
        self.a = a
        return a


for i in range(100):
    try:
        Ret(None)
        Ret(5)
    except TypeError as e:
        last = str(e)
print(last)


# __new__ overridden: __new__ runs, then __init__.
class New:
    __slots__ = ("a", "b")
    made = 0

    def __new__(cls, a, b):
        New.made += 1
        return super().__new__(cls)

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(200):
    n = New(i, -i)
print(New.made, n.a, n.b)


# __new__ returning another class's instance: __init__ is not called.
class Other:
    pass


class Swap:
    def __new__(cls, a):
        return Other()

    def __init__(self, a):
        self.a = a


print(type(Swap(1)).__name__, hasattr(Swap(1), "a"))


# __init__ replaced after the site warmed up, then __code__ replaced, then deleted.
class P:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


def mk(i):
    return P(i, i + 1)


for i in range(200):
    o = mk(i)
print(o.p, o.q)


def other_init(self, p, q):
    self.p = q
    self.q = p


P.__init__ = other_init
o = mk(1)
print(o.p, o.q)


def logged_init(self, p, q):
    print("logged", p, q)
    self.p = p
    self.q = q


P.__init__.__code__ = logged_init.__code__
o = mk(3)
print(o.p, o.q)
del P.__init__
try:
    mk(4)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)


# __setattr__ in Python, added after warm-up; then removed again.
class S:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def ms(i):
    return S(i, i)


for i in range(200):
    ms(i)


def sa(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


S.__setattr__ = sa
s = ms(2)
print(s.a, s.b)
del S.__setattr__
s = ms(3)
print(s.a, s.b)


# A property and a data descriptor of the same name, added after warm-up.
class Q:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def mq(i):
    return Q(i, i)


for i in range(200):
    mq(i)
Q.a = property(lambda self: "prop", lambda self, v: print("prop set", v))
q = mq(5)
print(q.a, q.__dict__)


class Desc:
    def __get__(self, obj, owner=None):
        return "desc"


Q.b = Desc()
q = mq(6)
print(q.a, q.b, q.__dict__)
Desc.__set__ = lambda self, obj, v: print("desc set", v)
q = mq(7)
print(q.b, q.__dict__)
Q.a = Q.b = 1
print(mq(8).__dict__, Q.a)

# A read-only property: the AttributeError with its traceback line.
class RO:
    @property
    def a(self):
        return 1

    def __init__(self, a):
        self.a = a


try:
    RO(2)
except AttributeError as e:
    print("AttributeError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


# A name outside the slots of a slotted class: AttributeError raised inside __init__.
class NoSlot:
    __slots__ = ("a",)

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(3):
    try:
        NoSlot(1, 2)
    except AttributeError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("AttributeError:", e, names)


# Slots with __dict__; slots inherited; a subclass adding slots; a slot descriptor copied in.
class SD:
    __slots__ = ("a", "__dict__")

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(200):
    sd = SD(i, -i)
print(sd.a, sd.b, sd.__dict__)


class Base:
    __slots__ = ("a", "b")


class Sub(Base):
    __slots__ = ("c", "d")

    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


for i in range(200):
    sb = Sub(1, 2, 3, i)
print(sb.a, sb.b, sb.c, sb.d, Sub.__slots__)


class Sub2(Sub):
    def __init__(self, a, b):
        self.a = a
        self.e = b


for i in range(200):
    s2 = Sub2("x", "y")
print(s2.a, s2.e, s2.__dict__)


class Foreign:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Thief:
    __slots__ = ("b",)

    def __init__(self, a):
        self.a = a


Thief.a = Foreign.a
try:
    Thief(1)
except TypeError as e:
    print("TypeError:", e)

# __class__ and __dict__ stored by a store-only body.
class K:
    def __init__(self, __class__, __dict__):
        self.__class__ = __class__
        self.__dict__ = __dict__


class K2:
    pass


k = K(K2, {"z": 1})
print(type(k).__name__, k.z)


# A metaclass __call__ decides; a subclass of a builtin type; an exception class.
class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(4).a)


class L(list):
    def __init__(self, a):
        self.a = a


l = L(1)
print(l, l.a)


class E(Exception):
    def __init__(self, a):
        self.a = a


e = E(3)
print(e.a, e.args)


# __del__, weak references and the collector see the instances.
class Fin:
    __slots__ = ("a", "__weakref__")

    def __init__(self, a):
        self.a = a

    def __del__(self):
        print("del", self.a)


x = Fin("first")
ref = weakref.ref(x)
del x
gc.collect()
print(ref())


class Cyc:
    def __init__(self, other):
        self.other = other


c1 = Cyc(None)
c2 = Cyc(c1)
c1.other = c2
r1 = weakref.ref(c1)
del c1, c2
gc.collect()
print(r1())

# Tracing and profiling see __init__ called and returning.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "__init__":
        events.append((event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
V(1, 2, 3)
sys.settrace(None)
print(events)
pevents = []
sys.setprofile(lambda fr, ev, arg: pevents.append((ev, fr.f_code.co_name)) if fr.f_code.co_name == "__init__" else None)
D(1, 2)
sys.setprofile(None)
print(pevents)


# The recursion limit: creations at every level of an unbounded recursion end in RecursionError.
def unbounded(n):
    V(n, n, n)
    return unbounded(n + 1)


try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
print(V(1, 2, 3))

# Keyword-named self and a positional-only signature.
class PO:
    def __init__(self, a, b, /):
        self.a = a
        self.b = b


print(PO(1, 2).__dict__)
try:
    PO(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print(vars(PO(*[3, 4])))
print("done")
