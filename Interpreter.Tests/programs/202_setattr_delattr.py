class Recorder:
    def __init__(self):
        self.events = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "events":
            self.events.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.events.append(("del", name))
        super().__delattr__(name)

r = Recorder()
r.y = 2
r.x += 10
del r.y
print(r.events)
print(vars(r) == {"events": r.events, "x": 11})
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")
    def __repr__(self):
        return f"Frozen({self.a}, {self.b})"

fz = Frozen(1, 2)
print(fz)
for action in ("set", "del"):
    try:
        if action == "set":
            fz.a = 3
        else:
            del fz.b
    except AttributeError as e:
        print(e)

class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        object.__setattr__(self, name, value)
u = Upper()
u.name = "alice"
setattr(u, "city", "paris")
u.n = 3
print(u.name, u.city, u.n)
delattr(u, "n")
print(hasattr(u, "n"), sorted(u.__dict__))

# setattr with descriptors still honours them
class D:
    def __set__(self, obj, v):
        obj.__dict__["_d"] = v * 2
    def __get__(self, obj, t=None):
        return obj.__dict__.get("_d")
class WithD:
    d = D()
    def __setattr__(self, name, value):
        print("intercept", name)
        object.__setattr__(self, name, value)
w = WithD()
w.d = 5
print(w.d, w.__dict__)

# builtin object refuses new attributes
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print("AttributeError:", e)
