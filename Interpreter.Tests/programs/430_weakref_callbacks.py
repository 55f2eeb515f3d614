# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Weak references through _weakref: callbacks run once the referent is collected.
import gc
import _weakref


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return f"Session({self.user!r})"


events = []


def on_close(ref):
    events.append(("closed", ref() is None))


s = Session("ann")
r = _weakref.ref(s, on_close)
plain = _weakref.ref(s)
print(r() is s, plain() is s, r() == s)
print("basic ref reused:", _weakref.ref(s) is plain)
print("callback:", r.__callback__ is on_close, plain.__callback__)
print("count:", _weakref.getweakrefcount(s), len(_weakref.getweakrefs(s)))
print("hash matches referent:", hash(plain) == hash(s))
del s
gc.collect()
print("after collect:", events, r(), plain(), r.__callback__)
print("dead refs equal only to themselves:", r == plain, r == r)

# Several callbacks: called newest first, as CPython's reference list orders them.
order = []
t = Session("bob")
refs = [_weakref.ref(t, lambda ref, n=n: order.append(n)) for n in range(3)]
del t
gc.collect()
print("callback order:", order)

# A reference dropped before its referent never calls back.
lost = []
u = Session("cy")
_weakref.ref(u, lambda ref: lost.append("called"))
gc.collect()
del u
gc.collect()
print("dropped ref called back:", lost)

# Equality of live refs compares the referents.
a, b = Session("a"), Session("a")
ra, rb = _weakref.ref(a), _weakref.ref(b)
print(ra == rb, ra == _weakref.ref(a), ra != rb)

# Which objects can be weakly referenced.
for value in (1, "text", (1, 2), [1], {"k": 1}, None, 2.5, b"x"):
    try:
        _weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    __slots__ = ("x",)


class Weakable:
    __slots__ = ("x", "__weakref__")


try:
    _weakref.ref(Plain())
except TypeError as e:
    print("TypeError:", e)
w = Weakable()
print("slots with __weakref__:", _weakref.ref(w)() is w)


def helper():
    return "helper result"


tags = {"a", "b"}
print(_weakref.ref(helper)()(), _weakref.ref(Session)() is Session, _weakref.ref(tags)() is tags)

# _remove_dead_weakref: what WeakValueDictionary uses to drop entries.
cache = {}
v = Session("cached")
cache["v"] = _weakref.ref(v)
_weakref._remove_dead_weakref(cache, "v")
print("live entry kept:", list(cache))
del v
gc.collect()
_weakref._remove_dead_weakref(cache, "v")
_weakref._remove_dead_weakref(cache, "v")
print("dead entry removed:", list(cache))
cache["n"] = 5
try:
    _weakref._remove_dead_weakref(cache, "n")
except TypeError as e:
    print("TypeError:", e)
print(type(r).__name__, type(r).__module__, _weakref.ref is _weakref.ReferenceType)
