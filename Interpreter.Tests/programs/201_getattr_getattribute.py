# __getattr__ fallback vs __getattribute__ interception
class Fallback:
    cls_attr = "class"
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.real, f.cls_attr, f.dyn_hello)
try:
    f.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "dyn_x", "default"), getattr(f, "zzz", "default"))
print(hasattr(f, "dyn_q"), hasattr(f, "q"))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.a + 1

l = Logged()
print(l.a)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom intercepted")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
b = Both()
print(b.boom)
print(b.anything)

# proxy pattern
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.x = 10
    def double(self):
        return self.x * 2
t = Target()
p = Proxy(t)
print(p.x, p.double())
p.x = 7
print(t.x, p.double(), p._log)

# __getattr__ not called for dunder lookups by operators
class Dyn:
    def __getattr__(self, name):
        return lambda *a: "dyn " + name
d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)

# __getattribute__ on class with properties
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr rescued " + name
print(Prop().p)
