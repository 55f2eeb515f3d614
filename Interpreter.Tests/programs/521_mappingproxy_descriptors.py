# types.MappingProxyType, cls.__dict__ as a read-only view, SimpleNamespace, builtin descriptors
import types

settings = {"debug": False, "level": 3}
view = types.MappingProxyType(settings)
print(view, len(view), view["level"], view.get("missing", "-"), "debug" in view, list(view))
print(sorted(view.items()), list(view.keys()), list(view.values()), list(reversed(view)))
settings["level"] = 4          # the proxy shows changes to the mapping underneath
print(view["level"], view == {"debug": False, "level": 4}, view | {"extra": 1})
copy = view.copy()
copy["debug"] = True
print(copy, view["debug"], type(copy).__name__)
for attempt in (lambda: view.__setitem__("x", 1), lambda: view.pop("level")):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    view["new"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del view["level"]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(view)
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([("a", 1)])
except TypeError as e:
    print("TypeError:", e)


class Config:
    """A configuration holder."""
    retries = 3

    def reload(self):
        return "reloaded"


print(type(Config.__dict__).__name__, Config.__dict__["retries"], "reload" in Config.__dict__)
print(type(vars(Config)) is types.MappingProxyType, type(int.__dict__) is types.MappingProxyType)
try:
    Config.__dict__["retries"] = 5
except TypeError as e:
    print("TypeError:", e)
Config.retries = 5                 # setattr is the way to change a class
print(Config.__dict__["retries"], Config.__doc__)

# Builtin descriptors describe themselves.
join = str.join
print(type(join).__name__, join.__name__, join.__qualname__, join.__objclass__)
print(type(list.__dict__["append"]) is types.MethodDescriptorType, [].append.__self__, [1].append.__name__)
real = int.__dict__["real"]
print(type(real).__name__, real.__name__, real.__objclass__, real.__get__(7), type(real) is types.GetSetDescriptorType)
print(len.__name__, len.__qualname__, len.__module__, type(len) is types.BuiltinFunctionType)

class Slotted:
    __slots__ = ("x",)

member = Slotted.__dict__["x"]
print(type(member).__name__, member.__name__, member.__objclass__.__name__)
s = Slotted()
member.__set__(s, 10)
print(s.x, member.__get__(s))

# SimpleNamespace: attributes from keywords, compared by value.
ns = types.SimpleNamespace(host="localhost", port=8080)
ns.tls = True
print(ns, ns.port, ns == types.SimpleNamespace(host="localhost", port=8080, tls=True))
del ns.tls
print(ns, sorted(vars(ns)))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)

class Point(types.SimpleNamespace):
    pass

p = Point(x=1, y=2)
p.self = p
print(p)
