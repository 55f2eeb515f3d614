class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_abc"), hasattr(d, "y"), getattr(d, "y", "dflt"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = "two"
del r.a
print(r.log, hasattr(r, "a"), r.b)
class Upper:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
    def __init__(self):
        self.s = "shout"
        self.n = 3
u = Upper()
print(u.s, u.n)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(5)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError:", e, f.v)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
