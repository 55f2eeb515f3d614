# `self.x op= k` in one step (the value and k as the operands, the store after), method calls on
# instances whose class or instance dict changes mid-loop, tracing on and off.
import sys

class C:
    def __init__(self):
        self.count = 0
        self.f = 1.5
    def bump(self, k):
        self.count += k
        return self.count
    def scale(self, k):
        self.f *= k
        self.f -= 1
        return self.f
    def add_const(self):
        self.count += 3
        return self.count

class D(C):
    pass

def run(o, n):
    total = 0
    for i in range(n):
        total += o.bump(1)
    return total

c = C()
print(run(c, 5), run(D(), 4), c.scale(2), c.scale(0.5), c.add_const())

# k of another type: the error raised midway, the attribute unchanged.
c.count = 1
try:
    c.bump("x")
except TypeError as e:
    print("TypeError", e, c.count)
c.count = "ab"
print(c.bump("cd"), c.count)
c.count = [1]
print(c.bump([2]), c.count)
c.count = 2 ** 62
print(c.bump(2 ** 62), c.count)

def unbound(self):
    self.count += k   # noqa: a global, not a local here
try:
    unbound(c)
except NameError as e:
    print("NameError", e)

def local_unbound(self):
    if False:
        kk = 1
    self.count += kk
try:
    local_unbound(c)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# An instance attribute shadowing the method, then removed.
d = D()
print(run(d, 3))
d.bump = lambda k: 100
print(run(d, 3))
del d.bump
print(run(d, 3))

# The method replaced on the base class mid-loop.
def bump2(self, k):
    self.count -= k
    return self.count
def changing(o, n):
    total = 0
    for i in range(n):
        if i == 2:
            C.bump = bump2
        total += o.bump(1)
    return total
e = D()
print(changing(e, 5))

# A property for the augmented attribute.
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    def inc(self, k):
        self.v += k
        return self.v
p = Prop()
print([p.inc(1) for _ in range(4)])

# Slots and __iadd__ of an instance.
class Slot:
    __slots__ = ("count",)
    def __init__(self):
        self.count = 0
    def bump(self, k):
        self.count += k
        return self.count

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self

class Holder:
    def __init__(self):
        self.acc = Acc()
    def add(self, k):
        self.acc += k
        return len(self.acc.items)

sl = Slot()
h = Holder()
print([sl.bump(2) for _ in range(3)], [h.add(i) for i in range(3)])

# Tracing on: line events and the same results.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("bump", "bump2"):
        events.append((event, frame.f_lineno))
    return tracer
t = C()
sys.settrace(tracer)
r = run(t, 2)
sys.settrace(None)
print(r, events)
print(run(t, 2))
