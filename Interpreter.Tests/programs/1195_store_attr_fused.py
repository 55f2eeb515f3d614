# Attribute stores right after the LOAD_FAST of their object (`self.x = x`, `self.y = cos(i) * 3`,
# `o.x = o.y = v`): one dispatch for the load and the store. Everything that must leave the
# plain instance-value or slot hit: __setattr__ in Python, data descriptors, properties without a
# setter, __slots__ without the name, builtin objects, a site turning polymorphic then
# megamorphic, __class__ assignment, deleted attributes, conditional attributes in __init__,
# float subclasses as values, the object from a constant, a global or a free variable, errors
# inside try blocks in loops (the handler's stack depth), and the traceback's line.
# conformance: full-stderr
import sys


class P:
    def __init__(self, x, y, flag=False):
        self.x = x
        self.y = y * 2
        if flag:
            self.z = x + y
        self.w = self.x = x - 1


def show(o):
    return sorted((k, v) for k, v in vars(o).items())


print(show(P(1, 2)), show(P(3, 4, True)), show(P(5, 6)))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 1.5


s = S(2)
print(s.a, s.b)
for i in range(3):
    try:
        s.c = i
    except AttributeError as e:
        print("slots:", e)
    s.b = i
print(s.b)


class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


o = Logged()
for i in range(4):
    v = i * i
    o.v = v
    o.k = i + 1
print(o.log, o.v, o.k)


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, cls=None):
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10


class D:
    d = Desc()

    @property
    def ro(self):
        return 42


dd = D()
for i in range(3):
    val = i
    dd.d = val
    print(dd.d, dd._d)
for i in range(2):
    try:
        val = i
        dd.ro = val
    except AttributeError as e:
        print("property:", e)


# A site that turns polymorphic, then megamorphic.
classes = []
for n in range(6):
    classes.append(type("C%d" % n, (), {"__init__": lambda self: None}))
objs = [c() for c in classes]


def store_all(objs, k):
    for o in objs:
        val = k
        o.x = val
        o.y = val + 1
    return [(type(o).__name__, o.x, o.y) for o in objs]


print(store_all(objs[:1], 1))
print(store_all(objs[:2], 2))
print(store_all(objs, 3))
print(store_all(objs[::-1], 4))


# __class__ assignment between stores at one site.
class A:
    pass


class B:
    __slots__ = ("__dict__", "x")


class A2:
    pass


a = A()
for i in range(6):
    val = i
    a.x = val
    if i == 2:
        a.__class__ = A2
    if i == 4:
        del a.x
print(type(a).__name__, a.x)
b = B()
for i in range(3):
    val = i
    b.x = val
    b.other = val
print(b.x, b.other, vars(b))


# Deleted attributes and stores that add them back.
class E:
    def __init__(self):
        self.p = 1
        self.q = 2


e = E()
for i in range(4):
    if i % 2:
        del e.p
    val = i
    e.p = val
    print(show(e))


# Float subclasses and ints as values.
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)


fp = P(0, 0)
for val in (F(1.5), 2, F(-0.0), 3.25):
    fp.x = val
    print(repr(fp.x), type(fp.x).__name__)


# Builtin objects: the store raises at the STORE_ATTR.
def bad(values):
    out = []
    for n in values:
        try:
            n.attr = 1
        except AttributeError as e:
            out.append(str(e))
        try:
            val = n
            val.attr = n
        except AttributeError as e:
            out.append(str(e))
    return out


print(bad([1, "s", 2.5, (1,), None]))


# The object from a constant, a global and a free variable.
G = P(0, 0)


def to_global(v):
    G.x = v
    return G.x


print(to_global(7), to_global("a"))


def closure():
    box = P(0, 0)

    def put(v):
        box.y = v
        return box.y

    return put


put = closure()
print(put(1), put([2]))


def const_store(v):
    try:
        (1).real = v
    except AttributeError as e:
        return str(e)


print(const_store(3))


# Stores inside nested loops with an exception caught mid-statement: the handler's stack.
class Strict:
    __slots__ = ("ok",)


def nested(n):
    st = Strict()
    caught = 0
    for i in range(n):
        for j in range(2):
            try:
                val = i + j
                st.ok = val
                if j:
                    st.bad = val
            except AttributeError:
                caught += 1
    return st.ok, caught


print(nested(5))


# Line tracing sees every store's line.
def traced(o):
    o.x = 1
    v = 2
    o.y = v
    o.z = (
        v
    )


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
traced(P(0, 0))
sys.settrace(None)
print(events)


# A raising __setattr__: the traceback names the store's line.
class Boom:
    def __setattr__(self, name, value):
        raise ValueError("no %s" % name)


def explode():
    bm = Boom()
    val = 5
    bm.field = val


explode()
