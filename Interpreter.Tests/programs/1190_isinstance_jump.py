# isinstance(x, C) and isinstance(x, (C1, ..., Cn)) before a conditional jump: plain classes,
# subclasses, builtin types, type objects, tuples of one to four classes, ABCs and metaclasses with
# __instancecheck__, __class__ that is not the type, rebound and deleted globals, a shadowed
# isinstance, unbound locals, errors with tracebacks, and profiler events of the call.
import sys
import abc
import traceback


class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


def plain(objs):
    out = []
    for o in objs:
        r = []
        if isinstance(o, A): r.append("A")
        if isinstance(o, B): r.append("B")
        if not isinstance(o, C): r.append("!C")
        if isinstance(o, int): r.append("int")
        if isinstance(o, (int, str)): r.append("int|str")
        if isinstance(o, (C,)): r.append("(C,)")
        if isinstance(o, (float, bytes, A)): r.append("f|b|A")
        if isinstance(o, (list, dict, tuple, D)): r.append("l|d|t|D")
        if isinstance(o, object): r.append("obj")
        if isinstance(o, type): r.append("type")
        out.append((type(o).__name__, r))
    return out


for row in plain([A(), B(), C(), D(), 1, True, "s", 2.5, b"x", [1], {}, (), int, A, None]):
    print(row)


def loops(n):
    x = 0
    k = 0
    while not isinstance(x, str):
        k += 1
        x = x + 1 if k < n else "done"
    return k, x


print(loops(5))


# An ABC and a metaclass with __instancecheck__: their hooks run.
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, c):
        return hasattr(c, "__len__") or NotImplemented


class Meta(type):
    calls = 0
    def __instancecheck__(cls, inst):
        Meta.calls += 1
        return inst == 42


class M(metaclass=Meta): pass


def hooks(objs):
    out = []
    for o in objs:
        r = []
        if isinstance(o, Sized): r.append("Sized")
        if isinstance(o, M): r.append("M")
        if isinstance(o, (int, M)): r.append("int|M")
        if isinstance(o, (M, str)): r.append("M|str")
        out.append(r)
    return out


print(hooks([[], 42, "ab", 7, A()]), Meta.calls)


# __class__ other than the type: CPython looks it up after the type test fails.
class Proxy:
    @property
    def __class__(self):
        return B


class Bad:
    @property
    def __class__(self):
        raise RuntimeError("no class")


def proxies():
    p = Proxy()
    r = []
    if isinstance(p, A): r.append("A")
    if isinstance(p, Proxy): r.append("Proxy")
    if isinstance(p, (C, B)): r.append("C|B")
    if isinstance(p, C): r.append("C")
    b = Bad()
    if isinstance(b, Bad): r.append("Bad")
    try:
        if isinstance(b, A): r.append("A?")
    except RuntimeError as e:
        r.append("raised " + str(e))
    try:
        if isinstance(b, (Bad, A)): r.append("Bad|A")
        if isinstance(b, (A, Bad)): r.append("A|Bad?")
    except RuntimeError as e:
        r.append("raised2 " + str(e))
    return r


print(proxies())


# Globals rebound and deleted between calls: the caches follow.
class X: pass


def test_x(o):
    if isinstance(o, X):
        return "X"
    return "not X"


x1 = X()
print(test_x(x1), test_x(3))
X = int
print(test_x(x1), test_x(3))
del X
try:
    test_x(3)
except NameError as e:
    print("NameError", e)


# isinstance shadowed by a global, then the builtin again.
def shadow(o):
    if isinstance(o, A):
        return "yes"
    return "no"


print(shadow(A()), shadow(1))
isinstance = lambda o, c: True
print(shadow(A()), shadow(1))
del isinstance
print(shadow(A()), shadow(1))


# Unbound local and bad second arguments: the errors and their tracebacks.
def unbound(flag):
    if flag:
        o = 1
    if isinstance(o, int):
        return "int"
    return "other"


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

N = 5


def badcls(o):
    if isinstance(o, N):
        return 1
    return 0


def badtuple(o):
    if isinstance(o, (int, N)):
        return 1
    return 0


for fn, arg in ((badcls, 1), (badtuple, 1), (badtuple, "s")):
    try:
        print(fn.__name__, fn(arg))
    except TypeError as e:
        print(fn.__name__, "TypeError", e)
        tb = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.lineno, f.line) for f in tb])


# Profiler events: the call of the builtin is seen.
events = []


def prof(frame, event, arg):
    if event in ("c_call", "c_return"):
        events.append((event, arg.__name__))


def profiled(o):
    n = 0
    if isinstance(o, A): n += 1
    if isinstance(o, (int, str)): n += 2
    return n


sys.setprofile(prof)
r = profiled(B()), profiled("s")
sys.setprofile(None)
print(r, events)

# A tracer sees every line of the statement.
lines = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__ and event == "line":
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer


def traced(o):
    if isinstance(o,
                  (int,
                   str)):
        return 1
    return 0


sys.settrace(tracer)
r = traced(3), traced(2.0)
sys.settrace(None)
print(r, lines)


# In a generator and a comprehension, many times.
def gen(objs):
    for o in objs:
        if isinstance(o, (A, int)):
            yield o


objs = [A(), 1, "s", B(), 2.0, C(), D(), False] * 1000
print(len(list(gen(objs))), sum(1 for o in objs if isinstance(o, C)),
      len([o for o in objs if not isinstance(o, (A, C))]))
