# `__init__` bodies that store arguments and constants (`self.link = None`, `self.n = 0`) and
# nothing else: instances made without the `__init__` frame must behave as CPython's in every case.
import sys
import traceback


class Packet:
    def __init__(self, kind, payload, dest):
        self.kind = kind
        self.payload = payload
        self.dest = dest
        self.link = None


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0
        self.name = "queue"
        self.shape = (1, 2)


class Slots:
    __slots__ = ("a", "b", "c")

    def __init__(self, a):
        self.b = 0
        self.a = a
        self.c = -1.5


class Sub(Packet):
    pass


def make(cls, n, *args):
    return [cls(*args) for i in range(n)]


ps = make(Packet, 50, "job", 7, "w1")
print(vars(ps[-1]), ps[0] is not ps[1])
qs = make(Queue, 50)
print(vars(qs[-1]), qs[0].shape is qs[1].shape, qs[0].name is qs[1].name)
ss = make(Slots, 50, "x")
print([(s.a, s.b, s.c) for s in ss[-2:]])
subs = make(Sub, 50, "k", None, 3)
print(type(subs[0]).__name__, vars(subs[-1]))

# Attribute order of the instance dict is the order of the stores.
print(list(vars(Queue())), list(vars(Packet(1, 2, 3))))

# The wrong argument counts and keywords: CPython's messages.
for args, kw in [((), {}), ((1, 2), {}), ((1, 2, 3, 4), {}), ((1, 2), {"dest": 3}), ((1, 2, 3), {"x": 1})]:
    try:
        p = Packet(*args, **kw)
        print("made", vars(p))
    except TypeError as e:
        print("TypeError:", e)
try:
    Queue(1)
except TypeError as e:
    print("TypeError:", e)

# A __setattr__ added to the class after warm-up sees the constant stores too.
class Watched:
    def __init__(self, v):
        self.v = v
        self.flag = False

make(Watched, 40, 1)
def setattr_(self, name, value):
    print("  setattr", name, repr(value))
    object.__setattr__(self, name, value)
Watched.__setattr__ = setattr_
w = Watched(2)
del Watched.__setattr__
print(vars(Watched(3)))

# A property on a constant's name, added later; a read-only one raises from __init__'s line.
class Prop:
    def __init__(self, v):
        self.v = v
        self.state = 0

make(Prop, 40, 1)
Prop.state = property(lambda self: "prop", lambda self, value: print("  state set to", value))
p = Prop(5)
print(p.state, vars(p))
Prop.state = property(lambda self: "ro")
try:
    Prop(6)
except AttributeError as e:
    print("AttributeError:", e)
    last = traceback.extract_tb(e.__traceback__)[-1]
    print("  in", last.name, repr(last.line))

# A name outside __slots__ stored from a constant.
class Tight:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a
        self.b = None

try:
    Tight(1)
except AttributeError as e:
    print("AttributeError:", e)

# __init__ replaced, and its code replaced with other constants (code.replace).
class Repl:
    def __init__(self, x):
        self.x = x
        self.k = "first"

print([vars(Repl(i)) for i in range(30)][-1])
Repl.__init__.__code__ = Repl.__init__.__code__.replace(co_consts=tuple(
    "second" if c == "first" else c for c in Repl.__init__.__code__.co_consts))
print([vars(Repl(i)) for i in range(30)][-1])
def other_init(self, x):
    self.y = x
    self.z = 0
Repl.__init__ = other_init
print([vars(Repl(i)) for i in range(30)][-1])

# __init__ returning a value and __new__ overridden.
class NewOver:
    def __new__(cls, *args):
        print("  __new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a
        self.b = None

print(vars(NewOver(1)))

# sys.settrace and sys.setprofile see __init__'s call, lines and return.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "__init__":
        events.append((event, frame.f_lineno))
    return tracer
make(Queue, 30)
sys.settrace(tracer)
Queue()
sys.settrace(None)
print("traced", events)
events.clear()
def profiler(frame, event, arg):
    if frame.f_code.co_name == "__init__":
        events.append(event)
sys.setprofile(profiler)
Packet(1, 2, 3)
sys.setprofile(None)
print("profiled", events)
print(vars(Queue()))

# The class's shared key table in another order first, with more names, and a repeated store.
class Order:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = None

o = Order.__new__(Order)
o.b = "b first"
o.z = "z"
o.a = "a later"
print(vars(o))
made = [Order(i, -i) for i in range(40)]
print(vars(made[0]), vars(made[-1]))
made[-1].extra = 1
made[-2].c = "set"
del made[-3].a
print(vars(Order(1, 2)), vars(made[-1]), vars(made[-2]), vars(made[-3]))

class Again:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.a = None

print([vars(Again(i, i)) for i in range(30)][-1])

class Wide:
    def __init__(self, a, b, c, d, e, f, g):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.g = g
        self.h = 0
        self.i = None

ws = [Wide(*range(k, k + 7)) for k in range(40)]
print(vars(ws[-1]), ws[-1].h, ws[-1].i, ws[5].g)
ws[-1].g += 100
print(ws[-1].g, sum(w.a + w.g for w in ws))
