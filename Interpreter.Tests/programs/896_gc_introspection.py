# conformance: own-process   (gc.collect() counts and gc.garbage see what this process holds)
# The gc module beyond collect(): get_referents/get_referrers in CPython's traversal order,
# callbacks around a collection, DEBUG_SAVEALL/DEBUG_COLLECTABLE/DEBUG_STATS, freeze, is_finalized.
import gc
import io
import re
import sys

gc.disable()
gc.collect()

# get_referents: list and tuple items last to first, str-keyed dicts give values only,
# other dicts value then key, instances their values (or __dict__) then their class.
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2), {"a": 1, "b": [2]}))
print(gc.get_referents({1: 2, (3,): 4}))
print(gc.get_referents(1, "s", 2.0, None))
print(sorted(gc.get_referents({3, 1, 2})))


class A:
    def __init__(self):
        self.x = 10
        self.y = [1]


a = A()
print([r.__name__ if isinstance(r, type) else r for r in gc.get_referents(a)])
_ = a.__dict__
print([r.__name__ if isinstance(r, type) else r for r in gc.get_referents(a)])


class S:
    __slots__ = ("p", "q")


s = S()
s.p = 5
print([r.__name__ if isinstance(r, type) else r for r in gc.get_referents(s)])


def f(x=[7]):
    return x


refs = gc.get_referents(f)
print(f.__code__ in refs, f.__globals__ in refs, f.__defaults__ in refs, "f" in refs)
c = (lambda v: lambda: v)(42)
print([type(r).__name__ for r in gc.get_referents(c.__closure__[0])], c.__closure__ in gc.get_referents(c))
m = a.__init__
print(gc.get_referents(m)[1] is a)

# get_referrers: containers and module namespaces that hold the object.
x = [1]
holder = [x]
hd = {"k": x}
refs = gc.get_referrers(x)
print(any(r is holder for r in refs), any(r is hd for r in refs), any(r is globals() for r in refs))
print(gc.get_referrers())
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)

# callbacks: "start" and "stop" with the generation and what was collected.
seen = []


def cb(phase, info):
    seen.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.remove(cb)
print(seen)


def bad(phase, info):
    raise ValueError("boom " + phase)


gc.callbacks.append(bad)
saved, sys.stderr = sys.stderr, io.StringIO()
gc.collect()
report, sys.stderr = sys.stderr.getvalue(), saved
gc.callbacks.clear()
print([re.sub(r"0x[0-9a-f]+", "ADDR", line) for line in report.splitlines() if line.startswith(("Exception ignored", "ValueError"))])

# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
del l
print(gc.collect(), len(gc.garbage), gc.garbage[0][0], gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)

# DEBUG_COLLECTABLE: the saved cycle, once let go, is reported when it is collected.
gc.garbage.clear()
gc.set_debug(gc.DEBUG_COLLECTABLE)
saved, sys.stderr = sys.stderr, io.StringIO()
print(gc.collect())
report, sys.stderr = sys.stderr.getvalue(), saved
gc.set_debug(0)
print([re.sub(r"0x[0-9a-f]+", "ADDR", line) for line in report.splitlines()])

# DEBUG_STATS: what is collected and how long it took.
gc.set_debug(gc.DEBUG_STATS)
d = {}
d["self"] = d
del d
saved, sys.stderr = sys.stderr, io.StringIO()
gc.collect()
report, sys.stderr = sys.stderr.getvalue(), saved
gc.set_debug(0)
lines = report.splitlines()
print(lines[0], bool(re.fullmatch(r"gc: objects in each generation: \d+ \d+ \d+", lines[1])),
      bool(re.fullmatch(r"gc: objects in permanent generation: \d+", lines[2])),
      bool(re.fullmatch(r"gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed", lines[3])), len(lines))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

# freeze: frozen objects are neither listed nor collected until unfrozen.
gc.collect()
frozen_cycle = [2]
frozen_cycle.append(frozen_cycle)
gc.freeze()
print(gc.get_freeze_count() > 0, any(o is frozen_cycle for o in gc.get_objects()))
del frozen_cycle
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect())

# is_finalized: true once __del__ has run (here it resurrected the object).
keep = None


class D:
    def __del__(self):
        global keep
        keep = self


dd = D()
print(gc.is_finalized(dd), gc.is_finalized(1))
del dd
gc.collect()
print(type(keep).__name__, gc.is_finalized(keep))

stats = gc.get_stats()
print(len(stats), sorted(stats[2]), stats[2]["uncollectable"])
try:
    gc.set_debug("x")
except TypeError as e:
    print(e)

# is_tracked: classes and instances defined in Python are; builtin types and atoms are not; dicts
# and tuples are when they hold something that may be.
class UI(int):
    pass


class US:
    __slots__ = ()


for x in [None, 1, 1.0, 1j, True, b"a", "a", bytearray(b"a"), type, int, object, object(), range(3), ...,
          NotImplemented, compile("1", "", "eval"), [], set(), {}, {"a": 1}, {"a": []}, {1: (1,)}, (), (1, 2),
          (1, []), sys, gc, len, iter([]), UI, UI(), US(), A(), sys.version_info]:
    print(type(x).__name__, gc.is_tracked(x))
deep = ()
for i in range(100000):
    deep = (deep,)
print(gc.is_tracked(deep))
