# Builtin-method calls on a local, repeated at one site (`parts.append(x)`, `d.get(k)`,
# `d.get(k, 0)`, `s.add(x)`, `l.pop()`): Herthon decides what such a site runs once and tests
# its guards each time. Receivers of other types at the same site (subclasses overriding the
# method, a method set on the instance, a class attribute replaced mid-loop, user classes with
# the same method name), builtin types that cannot be changed, operands that become unbound, and
# errors raised by the method must all give CPython's results, messages and lines.


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - FIRST


FIRST = 0
FIRST = line_of.__code__.co_firstlineno


def appender(objs, x):
    out = []
    for o in objs:
        r = o.append(x)          # result to POP_TOP below, kept here for the print
        out.append(r)
    for o in objs:
        o.append(x)
    return out


class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        super().append(x * 2)
        return "loud"


class QuietList(list):
    pass


class Sink:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)
        return len(self.items)


a, b, c, d, e = [], LoudList(), QuietList(), Sink(), []
print(appender([a, b, c, d, e, a], 7))
print(a, b, c, d.items, e)

# A method set on a subclass instance, then removed; the list's own append afterwards.
q = QuietList()
objs = [q, [], q]
for i in range(6):
    if i == 2:
        q.append = lambda x: print("instance append", x)
    if i == 4:
        del q.append
    for o in objs:
        o.append(i)
print(q, objs[1])

# A class attribute of a subclass replaced and restored mid-loop.
class Flip(list):
    pass


f = Flip()
orig = list.append
for i in range(6):
    if i == 2:
        Flip.append = lambda self, x: orig(self, -x)
    if i == 4:
        del Flip.append
    f.append(i)
print(f)

# Builtin types cannot be changed.
for t, name in ((list, "append"), (dict, "get"), (str, "startswith"), (set, "add")):
    try:
        setattr(t, name, None)
    except TypeError as ex:
        print(type(ex).__name__, ex)


def getter(ds, k):
    out = []
    for dd in ds:
        v = dd.get(k)
        out.append(v)
        w = dd.get(k, "dflt")
        out.append(w)
        if dd.get(k):
            out.append("truthy")
    return out


class GetDict(dict):
    def get(self, k, d=None):
        return ("GetDict", k, d)


class PlainSub(dict):
    pass


class Missing(dict):
    def __missing__(self, k):
        return "missing"


class Mapping:
    def get(self, k, d="m"):
        return ["Mapping", k, d]


ds = [{"a": 1}, GetDict(a=2), PlainSub(a=0), Missing(), Mapping(), {"b": 2}, {"a": None}]
print(getter(ds, "a"))
print(getter(ds, "zz"))


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return "Key(%s)" % self.name


dk = {Key("x", 5): "X", 1: "one", 5: "five"}
for k in (Key("y", 5), 1, 1.0, True, 5, Key("z", 7)):
    v = dk.get(k)
    print(k, v, dk.get(k, 0))

# Unhashable keys: the method's TypeError at the call's line.
for k in ("a", [1], {}, "b"):
    try:
        v = ds[0].get(k)
        print("got", v)
    except TypeError as ex:
        print(type(ex).__name__, ex, line_of(ex))

# The counter idiom with values of every kind.
counts = {"w": 1.5, "t": True, "n": None}
for w in ("w", "t", "u", "u", "n", "w"):
    try:
        counts[w] = counts.get(w, 0) + 1
    except TypeError as ex:
        print(type(ex).__name__, ex, line_of(ex))
print(counts)
gd = GetDict()
for w in ("a", "b"):
    try:
        gd[w] = gd.get(w, 0) + 1
    except TypeError as ex:
        print(type(ex).__name__, ex, line_of(ex))
print(gd)


def popper(ls):
    out = []
    for l in ls:
        try:
            x = l.pop()
            out.append(x)
        except (IndexError, KeyError, TypeError) as ex:
            out.append((type(ex).__name__, str(ex), line_of(ex)))
    return out


class PopList(list):
    def pop(self, i=-1):
        return "PopList.pop"


print(popper([[1, 2], [], PopList([3]), {"a": 1}, [4], set(), {5}, bytearray(b"xy")]))


def adder(ss, x):
    for s in ss:
        s.add(x)
        s.discard(x + 1)
    return ss


class LoudSet(set):
    def add(self, x):
        print("LoudSet.add", x)


print(adder([set(), LoudSet(), {3}, set()], 2))
try:
    adder([frozenset([1])], 2)
except AttributeError as ex:
    print(type(ex).__name__, ex, line_of(ex))
try:
    adder([set(), {1: 2}], [])
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__, ex, line_of(ex))


# An operand that becomes unbound midway.
def unbound(n):
    parts = []
    x = 0
    for i in range(n):
        if i == 2:
            del x
        parts.append(x)
    return parts


try:
    unbound(4)
except UnboundLocalError as ex:
    print(type(ex).__name__, ex, line_of(ex))


# A receiver that becomes unbound: LOAD_FAST raises before the method is looked up.
def unbound_receiver():
    out = []
    for i in range(3):
        if i == 1:
            del out
        out.append(i)


try:
    unbound_receiver()
except UnboundLocalError as ex:
    print(type(ex).__name__, ex, line_of(ex))


# `cur.append(ch.lower())`: the append and the inner call together, and every way out of it.
class Up(str):
    def lower(self):
        return "Up.lower"


class NoLower:
    def lower(self):
        return ["NoLower"]


class AppendTwice(list):
    def append(self, x):
        list.append(self, x)
        list.append(self, x)


def nested(items, cur):
    for ch in items:
        cur.append(ch.lower())
    return cur


print(nested("AbC" * 3, []))
print(nested(["A", "B", Up("C"), "D", NoLower(), "E", "F"], []))
print(nested("XY", AppendTwice()))
lists = [[], AppendTwice(), []]
for i, cur in enumerate(lists):
    nested("Q%d" % i, cur)
print(lists)
try:
    nested(["A", 5, "B"], [])
except AttributeError as ex:
    print(type(ex).__name__, ex, line_of(ex))


def drain(src, dst):
    for i in range(5):
        dst.append(src.pop())
    return dst


print(drain([1, 2, 3, 4, 5, 6], []))
try:
    drain([1, 2], [])
except IndexError as ex:
    print(type(ex).__name__, ex, line_of(ex))
try:
    drain({1: 2}, [])
except TypeError as ex:
    print(type(ex).__name__, ex, line_of(ex))


def mixed(srcs, dst):
    for s in srcs:
        dst.append(s.upper())
        dst.append(s.strip())
    return dst


print(mixed(["ab ", " Cd", b"ef ", Up("gh")], []))


# The nested form raising inside a try in the same frame, then going on at the same site.
def drain_some(srcs):
    dst = []
    for src in srcs:
        try:
            dst.append(src.pop())
        except IndexError as ex:
            dst.append(("IndexError", str(ex), line_of(ex)))
        except TypeError as ex:
            dst.append(("TypeError", str(ex), line_of(ex)))
        dst.append(len(dst))
    return dst


print(drain_some([[1], [], [2, 3], {}, [4], [], [5]]))
