# Methods whose body is one `return self.a` or `return self.a is [not] c`: called in hot loops they
# must behave as CPython's call of the method in every case (subclasses, replaced methods and
# attributes, properties and __getattr__ added later, deleted values, __eq__, tracing, errors).
import sys
import traceback


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def empty(self):
        return self.head is None

    def nonempty(self):
        return self.head is not None

    def first(self):
        return self.head

    def is_ellipsis(self):
        return self.size is ...

    def is_true(self):
        return self.head is True


class Slotted:
    __slots__ = ("head", "other")

    def __init__(self, head):
        self.head = head

    def empty(self):
        return self.head is None

    def first(self):
        return self.head


class Eq:
    """An object equal to everything: `is None` must not call __eq__."""
    def __eq__(self, other):
        print("  __eq__ called")
        return True

    def __ne__(self, other):
        print("  __ne__ called")
        return False

    __hash__ = object.__hash__


def loop(objs, meth, n=60):
    out = []
    for i in range(n):
        for o in objs:
            out.append(meth(o))
    return out


def summary(values):
    counts = {}
    for v in values:
        k = repr(v) if not isinstance(v, Eq) else "Eq"
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items())


q1, q2 = Queue(), Queue()
q2.head = "x"
q3 = Queue()
q3.head = Eq()
print("empty", summary(loop([q1, q2, q3], lambda o: o.empty())))
print("nonempty", summary(loop([q1, q2, q3], lambda o: o.nonempty())))
print("first", summary(loop([q1, q2, q3], lambda o: o.first())))
q2.size = ...
print("is_ellipsis", summary(loop([q1, q2], lambda o: o.is_ellipsis())))
q2.head = True
print("is_true", summary(loop([q1, q2], lambda o: o.is_true())))

# The same through a direct loop (CALL_METHOD at one site, warmed up, then changed).
def direct(q, n):
    k = 0
    for i in range(n):
        if q.empty():
            k += 1
        if not q.nonempty():
            k += 100
    return k

q = Queue()
print("direct empty", direct(q, 50))
q.head = 0
print("direct set", direct(q, 50))
q.head = None
print("direct none", direct(q, 50))

# Called through the class, with another class's instance, and with the wrong argument counts.
print("through class", Queue.empty(q), Queue.first(q2))
class Other:
    head = "class attribute"
print("other type", Queue.empty(Other()), Queue.first(Other()))
for args in [(), (q, 1)]:
    try:
        Queue.empty(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    q.empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Queue.first(q, x=1)
except TypeError as e:
    print("TypeError:", e)

# Slots, set and unset.
s1, s2 = Slotted(None), Slotted([1])
print("slots", summary(loop([s1, s2], lambda o: o.empty())), summary(loop([s1, s2], lambda o: o.first(), 3)))
del s2.head
for i in range(3):
    try:
        print(s2.first())
    except AttributeError as e:
        print("AttributeError:", e)
        if i == 0:
            last = traceback.extract_tb(e.__traceback__)[-1]
            print("  in", last.name, repr(last.line))

# A value deleted after warm-up: the method's frame raises from its own line.
q4 = Queue()
for i in range(50):
    q4.empty()
del q4.head
try:
    q4.empty()
except AttributeError as e:
    print("AttributeError:", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno - 0)

# Subclasses: overriding the method, inheriting it, shadowing the attribute with a property.
class Sub(Queue):
    pass

class Override(Queue):
    def empty(self):
        return "overridden"

class Prop(Queue):
    @property
    def head(self):
        return "property head"

    @head.setter
    def head(self, v):
        pass

objs = [Queue(), Sub(), Override(), Prop()]
print("subclasses", [loop([o], lambda o: o.empty(), 3) for o in objs])
print("subclasses first", [loop([o], lambda o: o.first(), 2) for o in objs])

# __getattr__ for a missing value, added later to the class.
class Late(Queue):
    pass

lt = Late()
for i in range(40):
    lt.empty()
del lt.head
try:
    lt.empty()
except AttributeError as e:
    print("AttributeError:", e)
Late.__getattr__ = lambda self, name: "from __getattr__ " + name
print("late getattr", lt.empty(), lt.first())
Late.head = property(lambda self: None)
print("late property", lt.empty(), lt.first())

# The method replaced on the class and shadowed on the instance mid-loop.
class R:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v

r = R()
out = []
for i in range(30):
    if i == 10:
        R.get = lambda self: self.v * 10
    if i == 20:
        r.get = lambda: "instance"
    out.append(r.get())
print("replaced", out)

# __code__ replaced by another body after warm-up, and a getter's code given to a function of two parameters.
class C:
    def __init__(self):
        self.a = "A"
        self.b = "B"

    def geta(self):
        return self.a

    def getb(self):
        return self.b

c = C()
print([c.geta() for i in range(20)][-1])
C.geta.__code__ = C.getb.__code__
print([c.geta() for i in range(20)][-1])
def two(self, other):
    return self.a
C.geta.__code__ = two.__code__
try:
    c.geta()
except TypeError as e:
    print("TypeError:", e)

# A builtin type's instance and a dict subclass instance.
class DictLike(dict):
    def __init__(self):
        super().__init__()
        self.head = None

    def empty(self):
        return self.head is None

print("dict subclass", loop([DictLike()], lambda o: o.empty(), 3))
print("int", Queue.first.__get__(5, int) if False else "skip")
try:
    Queue.first(5)
except AttributeError as e:
    print("AttributeError:", e)

# sys.settrace on and off around the calls: the tracer sees every call, line and return.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("empty", "first"):
        events.append((frame.f_code.co_name, event, arg if event == "return" else None))
    return tracer

q5 = Queue()
for i in range(30):
    q5.empty()
sys.settrace(tracer)
for i in range(2):
    q5.empty()
    q5.first()
sys.settrace(None)
for i in range(30):
    q5.empty()
print("traced", events)

events.clear()
def profiler(frame, event, arg):
    if frame.f_code.co_name in ("empty", "first"):
        events.append((frame.f_code.co_name, event))
sys.setprofile(profiler)
q5.empty()
q5.first()
sys.setprofile(None)
print("profiled", events)

# Recursion limit: a getter called at the limit raises RecursionError as a frame would, at the
# same depth as a method of two statements.
class Two:
    def __init__(self):
        self.head = None

    def empty(self):
        h = self.head
        return h is None

def deepest(q):
    def deep(n):
        if n == 0:
            return q.empty()
        return deep(n - 1)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    best = 0
    try:
        for d in range(60, 130):
            try:
                deep(d)
                best = d
            except RecursionError:
                break
    finally:
        sys.setrecursionlimit(old)
    return best

print("depth difference", deepest(Queue()) - deepest(Two()))

# A getter whose other parameters are unused (`def normal(self, p): return self.n`).
class Sphere:
    def __init__(self, n):
        self.n = n

    def normal(self, p):
        return self.n

    def hit(self, ray, t=None):
        return self.n is not None

sp_ = Sphere((0, 1, 0))
print([sp_.normal(i) for i in range(40)][-1], [sp_.hit(i) for i in range(40)][-1], sp_.hit(1, 2))
for args in [(), (1, 2)]:
    try:
        sp_.normal(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sp_.normal(p=3)
    print("keyword ok", sp_.normal(p=3))
except TypeError as e:
    print("TypeError:", e)
print(Sphere.normal(sp_, None), Sphere.normal(Sphere(None), 0))
del sp_.n
try:
    sp_.normal(0)
except AttributeError as e:
    print("AttributeError:", e)
