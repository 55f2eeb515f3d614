# LOAD_FAST LOAD_ATTR, LOAD_FAST STORE_ATTR, LOAD_FAST LOAD_FAST STORE_ATTR and LOAD_FAST
# LOAD_METHOD done as one step on their sites' hits: every way a hit can turn into a miss
# (layout, class changes, descriptors, __setattr__, __dict__ replaced, slots, subclasses),
# unbound locals, tracebacks, tracing.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def bump(self, d):
        self.x = self.x + d
        self.y = d * 2
        return self.norm1()


class Q(P):
    def norm1(self):
        return "Q" + str(self.x)


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x - self.y


class Guarded:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class WithProp:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return ("prop", self._x)

    @x.setter
    def x(self, v):
        print("prop set", v)
        self._x = v


def reads(objs):
    out = []
    for o in objs:
        out.append((o.x, o.y))
    return out


def writes(o, v):
    o.x = v
    o.y = v + 1
    return o.x, o.y


def write_expr(o, v):
    o.x = v * 10
    return o.x


def methods(objs):
    return [o.norm1() for o in objs]


def main():
    ps = [P(1, -2), P(3, 4), Q(5, 6), S(7, 8)]
    for _ in range(3):
        print(reads(ps))
        print(methods(ps))
        print([writes(o, i) for i, o in enumerate(ps)])
        print([write_expr(o, i) for i, o in enumerate(ps)])
    p = ps[0]
    print(p.bump(3), p.x, p.y)

    # The class changes under the sites.
    P.y = "class y"
    print(reads(ps))
    P.norm1 = lambda self: "replaced"
    print(methods(ps))
    del P.norm1
    try:
        print(methods(ps))
    except AttributeError as e:
        print("AttributeError", e)
    P.norm1 = lambda self: ("again", self.x)
    print(methods(ps))

    # Instance layouts change: deleted attributes, a new __dict__, an instance method shadowing.
    a = P(1, 2)
    for _ in range(3):
        reads([a])
    del a.y
    try:
        reads([a])
    except AttributeError as e:
        print("AttributeError", e)
    a.__dict__ = {"x": "dx", "y": "dy"}
    print(reads([a]), writes(a, 100), a.__dict__)
    a.norm1 = lambda: "instance attr"
    print(methods([a]))
    b = P(1, 2)
    b.z = 3
    print(reads([b]), writes(b, 5), vars(b))

    # __class__ assignment between two shapes.
    c = P(9, 9)
    reads([c]); reads([c])
    c.__class__ = Q
    print(reads([c]), methods([c]))

    # __setattr__ and properties: never the hit path.
    g = Guarded()
    writes(g, 1)
    write_expr(g, 2)
    w = WithProp()
    for _ in range(2):
        print(write_expr(w, 3))
        try:
            writes(w, 4)
        except AttributeError as e:
            print("AttributeError", e)

    # Slots: an empty slot read, then filled.
    s = S.__new__(S)
    try:
        reads([s])
    except AttributeError as e:
        print("AttributeError", e)
    print(writes(s, 1), reads([s]))


def unbound():
    try:
        o.x
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        o.x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        o.m()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    o = P(1, 2)
    return o.x


def traceback_line():
    def inner(o):
        v = o.missing
        return v
    try:
        inner(P(1, 2))
    except AttributeError as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("AttributeError", e, out)


def traced():
    events = []

    def tr(frame, event, arg):
        if frame.f_code.co_name in ("writes", "reads", "norm1"):
            events.append((frame.f_code.co_name, event, frame.f_lineno))
        return tr
    p = P(1, 2)
    sys.settrace(tr)
    writes(p, 3)
    reads([p])
    p.norm1()
    sys.settrace(None)
    print(events)


main()
print(unbound())
traceback_line()
traced()
