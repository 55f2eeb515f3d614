# Class instantiation through the CALL's inline path (PushInit, InitByStores) and type.__call__'s
# (TypeCall.CallDefault), with sys.settrace / sys.setprofile switched on and off between and
# during creations: store-only __init__, __init__ with more work, a custom __new__, a metaclass
# __call__, an exception subclass, binding errors and an __init__ that raises midway.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__init__", "__new__", "__call__", "helper"):
        events.append((event, frame.f_code.co_name))
    return tracer


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("__init__", "__new__", "__call__"):
        events.append(("p-" + event, frame.f_code.co_name))


class Stores:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y=7):
        self.x = x
        self.y = y


class Work:
    def __init__(self, n):
        self.items = [helper(i) for i in range(n)]
        self.total = sum(self.items)


def helper(i):
    return i * i


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "new"
        return obj

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.via = "meta"
        return obj


class Metered(metaclass=Meta):
    def __init__(self, k):
        self.k = k


class MyError(ValueError):
    def __init__(self, code, msg="bad"):
        super().__init__(msg)
        self.code = code


class Raises:
    def __init__(self, x):
        self.x = x
        if x < 0:
            raise ValueError("negative %d" % x)
        self.ok = True


class ReturnsValue:
    def __init__(self):
        return 5


def make_all(i):
    out = []
    s = Stores(i, i + 1)
    out.append((s.a, s.b))
    z = Slotted(i)
    out.append((z.x, z.y))
    w = Work(3)
    out.append(w.total)
    n = WithNew(i)
    out.append((n.v, n.made_by))
    m = Metered(i)
    out.append((m.k, m.via))
    e = MyError(i)
    out.append((e.code, str(e), e.args))
    r = Raises(i)
    out.append(r.ok)
    try:
        Raises(-i - 1)
    except ValueError as exc:
        out.append(str(exc))
    try:
        Stores(i)
    except TypeError as exc:
        out.append(str(exc))
    try:
        Slotted()
    except TypeError as exc:
        out.append(str(exc))
    try:
        ReturnsValue()
    except TypeError as exc:
        out.append(str(exc))
    return out


# Untraced, warm the sites.
for i in range(30):
    res = make_all(i)
print(res)

# Traced by settrace for a few rounds, then off again.
sys.settrace(tracer)
for i in range(2):
    res = make_all(i)
sys.settrace(None)
print(res)
print(len(events), events[:12])
events.clear()

# Profiled.
sys.setprofile(profiler)
res = make_all(3)
sys.setprofile(None)
print(res)
print(len(events), events[:10])
events.clear()


# Tracing switched on from inside an __init__ in the middle of a loop of creations.
class SwitchOn:
    def __init__(self, i):
        self.i = i
        if i == 5:
            sys.settrace(tracer)


objs = []
for i in range(10):
    objs.append(SwitchOn(i))
    objs.append(Stores(i, -i))
sys.settrace(None)
print([o.i if isinstance(o, SwitchOn) else (o.a, o.b) for o in objs])
print(len(events), events[:8])
events.clear()

# And off again from inside one.
class SwitchOff:
    def __init__(self, i):
        self.i = i
        if i == 3:
            sys.settrace(None)


sys.settrace(tracer)
objs = [SwitchOff(i) for i in range(6)]
print([o.i for o in objs], len(events), events)
sys.settrace(None)

# Subclass overriding __init__ after instances were made (the site sees a new class version).
class Base:
    def __init__(self, a):
        self.a = a


class Sub(Base):
    pass


subs = [Sub(i) for i in range(5)]
Sub.__init__ = lambda self, a: setattr(self, "a", a * 10)
subs += [Sub(i) for i in range(5)]
print([s.a for s in subs])
