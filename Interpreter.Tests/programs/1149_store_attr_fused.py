# `self.x = x` and `<value>; obj.x = ...` stored without the stack (LOAD_FAST LOAD_FAST
# STORE_ATTR and LOAD_FAST STORE_ATTR on an instance value or slot): slots, shared-key dict
# instances, new attributes, properties and __setattr__, classes changed between stores,
# subclasses, deleted values, unbound locals, and line events under settrace.
import sys


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Sub(D):
    pass


class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Prop:
    def __init__(self, x):
        self._x = 0
        self.x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("prop set", v)
        self._x = v * 10


def store_all(o, v, w):
    o.x = v
    o.y = w
    o.x = v + w
    return o


def basics():
    s = S(1, 2)
    d = D(1.5, "a")
    for i in range(4):
        store_all(s, i, i * 2)
        store_all(d, str(i), str(i))
    print(s.x, s.y, d.x, d.y, d.__dict__)
    e = D(1, 2)
    e.z = 3
    f = D(4, 5)
    for obj in (d, e, f, Sub(7, 8)):
        store_all(obj, 10, 20)
        print(type(obj).__name__, obj.__dict__)
    del f.y
    store_all(f, 1, 2)
    print(f.__dict__)
    ss = S(0, 0)
    del ss.x
    store_all(ss, 5, 6)
    print(ss.x, ss.y)
    g = D(0, 0)
    g.__dict__.clear()
    store_all(g, 8, 9)
    print(g.__dict__)


def hooks():
    lg = Logged(1)
    store_all(lg, 2, 3)
    p = Prop(1)
    for i in range(3):
        p.x = i
    print(p.x, p._x)
    d = D(1, 2)
    store_all(d, 3, 4)
    D.y = property(lambda self: "class prop", lambda self, v: print("class prop set", v))
    store_all(d, 5, 6)
    print(d.x, d.y, d.__dict__)
    del D.y
    store_all(d, 7, 8)
    print(d.x, d.y)

    class Slotted:
        __slots__ = ("x", "y")

    t = Slotted()
    store_all(t, 1, 2)
    Slotted.y = 99
    try:
        store_all(t, 3, 4)
    except AttributeError as e:
        print("AttributeError", e)
    print(t.x)


def errors():
    def unbound_value(o):
        o.x = v
        v = 1

    def unbound_obj(v):
        o.x = v
        o = None

    for fn in (unbound_value, unbound_obj):
        try:
            fn(S(1, 2)) if fn is unbound_value else fn(1)
        except UnboundLocalError as e:
            print("UnboundLocalError", e, e.__traceback__.tb_next.tb_lineno - fn.__code__.co_firstlineno)
    try:
        store_all(None, 1, 2)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        store_all(3, 1, 2)
    except AttributeError as e:
        print("AttributeError", e)

    class Frozen:
        __slots__ = ()

    try:
        store_all(Frozen(), 1, 2)
    except AttributeError as e:
        print("AttributeError", e)


def traced():
    lines = []

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code is store_all.__code__:
            lines.append(frame.f_lineno - store_all.__code__.co_firstlineno)
        return tracer

    s = S(1, 2)
    sys.settrace(tracer)
    store_all(s, 3, 4)
    sys.settrace(None)
    print(lines, s.x, s.y)


def identity():
    a = [1]
    s = S(a, a)
    b = s.x
    s.y = b
    print(s.x is a, s.y is a, s.x is s.y)
    big = 10 ** 30
    s.x = big
    s.y = s.x
    print(s.x is big, s.y is big)


def chained():
    class C:
        pass

    c = C()
    c.a = c.b = 5
    x = y = S(0, 0)
    x.x = y.y = 7
    print(c.a, c.b, x.x, x.y)
    c.a += 1
    x.x *= 3
    print(c.a, x.x)


basics()
hooks()
errors()
traced()
identity()
chained()
