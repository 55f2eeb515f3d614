# `len(o)` at LOAD_GLOBAL len in one dispatch (a local exact list, tuple, str or dict), and
# `if len(o) <op> n:` with its jump: every kind the fast path must leave to the ordinary call.
import builtins
import sys


def chunks(gen, size):
    buf = []
    for x in gen:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


print([len(c) for c in chunks(iter(range(23)), 7)])
print([c for c in chunks("abcdefghij", 4)])


def compare_all(o, n):
    out = []
    if len(o) == n: out.append("eq")
    if len(o) != n: out.append("ne")
    if len(o) < n: out.append("lt")
    if len(o) <= n: out.append("le")
    if len(o) > n: out.append("gt")
    if len(o) >= n: out.append("ge")
    if not len(o) == n: out.append("not-eq")
    if len(o) == 3: out.append("eq3")
    if len(o) > 0: out.append("nonempty")
    return out


for o in ([1, 2, 3], (1, 2), "héllo", "a\U0001F600b", {"a": 1, "b": 2, "c": 3}, [], ""):
    for n in (0, 2, 3, 5, -1, 2 ** 70, -(2 ** 70), True, False, 3.0, 2.5):
        print(repr(o), repr(n), compare_all(o, n))


class L(list):
    def __len__(self):
        print("  L.__len__")
        return 42


class T(tuple):
    def __len__(self):
        return 7


class S(str):
    def __len__(self):
        return -1 + 100


class D(dict):
    def __len__(self):
        print("  D.__len__")
        return 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  Sized.__len__", self.n)
        return self.n


class N(int):
    def __eq__(self, other):
        print("  N.__eq__", other)
        return True

    __hash__ = int.__hash__

    def __gt__(self, other):
        print("  N.__gt__", other)
        return False


def kinds(o, n):
    a = len(o)
    r = "eq" if len(o) == n else "ne"
    b = "gt" if len(o) > n else "le"
    return a, r, b


for o in (L([1]), T((1, 2)), S("x"), D(a=1), {1, 2, 3}, frozenset(), range(10), b"abc", bytearray(b"xy"),
          memoryview(b"abcd"), Sized(4), Sized(0)):
    print(type(o).__name__, kinds(o, 4))
print("N", kinds([1, 2, 3, 4], N(4)), kinds([1], N(0)))


class Big:
    def __len__(self):
        return 2 ** 70


class Neg:
    def __len__(self):
        return -1


class Flt:
    def __len__(self):
        return 1.5


for o in (Big(), Neg(), Flt(), 5, None):
    try:
        print(kinds(o, 1))
    except Exception as e:
        print(type(e).__name__, e)


def unbound():
    if False:
        o = []
    return len(o) == 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_n():
    o = [1]
    if False:
        n = 1
    return len(o) == n


try:
    unbound_n()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# while loops with len at the top and at the bottom (a backward jump).
def drain(stack):
    popped = []
    while len(stack) > 0:
        popped.append(stack.pop())
    return popped


print(drain([1, 2, 3]), drain([]))


def grow(limit):
    acc = []
    while True:
        acc.append(len(acc))
        if len(acc) >= limit:
            break
    return acc


print(grow(5))


# len shadowed by a local, a global, a patched builtins.len, len with a keyword or no argument.
def shadow_local(o):
    len = lambda x: 99
    return len(o), len(o) == 99


print(shadow_local([1]))

len = lambda x: "global len"


def shadow_global(o):
    return len(o), len(o) == 1


print(shadow_global([1]))
del len
print(shadow_global([1]))

real_len = builtins.len
builtins.len = lambda x: real_len(x) * 10
print(shadow_global([1, 2]))
builtins.len = real_len
print(shadow_global([1, 2]))


def bad_calls(o):
    for call in (lambda: len(obj=o), lambda: len(), lambda: len(o, o)):
        try:
            print(call())
        except TypeError as e:
            print("TypeError", e)


bad_calls([1])


# A list changed between the len and the compare (nothing runs between them: the length is read once).
def mutate(o):
    hits = 0
    for _ in range(5):
        if len(o) < 3:
            hits += 1
            o.append(0)
    return hits, o


print(mutate([]))


# sys.setprofile sees len's c_call / c_return events; sys.settrace's line events; both off again.
def profiled(o):
    n = len(o)
    if len(o) == 2:
        n += 1
    return n


events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", None)))


sys.setprofile(prof)
r = profiled([1, 2])
sys.setprofile(None)
print(r, events)

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "profiled":
        lines.append((event, frame.f_lineno - profiled.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = profiled([1, 2])
sys.settrace(None)
print(r, lines)
print(profiled([1, 2]), profiled("abc"))


# len() of a global (LOAD_GLOBAL o on its cache's hit): rebound, deleted, a subclass, a set.
WORDS = ["alpha", "beta", "gamma"]


def pick(i):
    return WORDS[i % len(WORDS)], len(WORDS) == 3, "big" if len(WORDS) > 2 else "small"


def show(i):
    try:
        print(pick(i))
    except Exception as e:
        print(type(e).__name__, e)


show(4)
WORDS = ("x",)
show(4)
WORDS = L([1, 2])
show(4)
WORDS = "abcd"
show(5)
del WORDS
show(1)
WORDS = {1: "a", 2: "b", 3: "c"}
show(1)
show(0)
WORDS = {1, 2, 3}
show(1)
builtins.WORDS_B = [1, 2, 3, 4]


def from_builtins():
    return len(WORDS_B), len(WORDS_B) == 4


print(from_builtins())
builtins.WORDS_B = ()
print(from_builtins())
