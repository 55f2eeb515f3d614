# Operands of subclasses of int, float, str, list, tuple and dict: their overrides must win over
# the interpreter's fast paths for the exact builtin types.
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other))
    __radd__ = __add__
    def __repr__(self):
        return f"Meters({float(self)!r})"

class Counter(int):
    def __mul__(self, other):
        return f"Counter*{other}"
    def __rsub__(self, other):
        return f"{other}-Counter"
    def __lt__(self, other):
        return "custom lt"
    def __floordiv__(self, other):
        return NotImplemented

class Name(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)
    __hash__ = str.__hash__
    def __contains__(self, item):
        return str.lower(item) in str.lower(self)
    def __getitem__(self, i):
        return f"Name[{i}]"

class Row(list):
    def __getitem__(self, i):
        return ("row", list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)

class Pair(tuple):
    def __getitem__(self, i):
        return -tuple.__getitem__(self, i)

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"

class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper(), value)
    def __contains__(self, key):
        return dict.__contains__(self, key.upper())

m = Meters(2.5)
print(m + 1.5, 1.5 + m, m + 1, m - 1.0, m * 2, type(m * 2).__name__)
c = Counter(7)
print(c * 3, 10 - c, c < 3, c + 1, type(c + 1).__name__, c // 2, 7 // c, c % 4, c ** 2)
print(c == 7, c > 3, 3 < c, -c, abs(Counter(-4)), type(-c).__name__)
n = Name("Alice")
print(n == "ALICE", "alice" == n, n != "bob", "LIC" in n, n[0], n[1:3])
r = Row([1, 2, 3])
print(r[0], r[-1])
r[1] = 5
print(list(r), r[1:])
p = Pair((1, 2, 3))
print(p[0], p[-1], p[1], len(p), tuple(p))
d = Defaults(a=1)
print(d["a"], d["zz"], "zz" in d, d.get("zz"))
u = Upper()
u["key"] = 1
print(u["KEY"], u["key"], "key" in u, "KEY" in u, dict(u))

for a, b in ((True, 2), (2, True), (True, False), (1.5, True)):
    print(a + b, a - b, a * b, type(a + b).__name__)

class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __repr__(self):
        return f"Vec{self.xs}"

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 3 * v, v == Vec(1, 2), v != Vec(1, 2), 2.5 * v)
try:
    v - v
except TypeError as e:
    print(e)
try:
    c // "x"
except TypeError as e:
    print(e)

# unary operators and truth of subclass instances: overrides win, the inherited ones give exact types
class Signed(int):
    def __neg__(self):
        return "neg"
    def __invert__(self):
        return "inv"
    def __bool__(self):
        return False

class Plain(int):
    pass

class Temp(float):
    def __abs__(self):
        return "abs"
    def __pos__(self):
        return "pos"

s, p, t = Signed(5), Plain(-3), Temp(-2.5)
print(-s, ~s, bool(s), not s, "yes" if s else "no", +s, abs(s), type(+s).__name__)
print(-p, ~p, +p, abs(p), bool(p), bool(Plain(0)), [type(x).__name__ for x in (-p, ~p, +p, abs(p))])
print(abs(t), +t, -t, type(-t).__name__, bool(Temp(0.0)), abs(Plain(7)), type(abs(Plain(7))).__name__)
while s:
    print("never")
n = Plain(3)
while n:
    n = Plain(n - 1)
    print("count", n)

class SelfTruth(int):
    def __bool__(self):
        return self

class IntTruth(int):
    def __bool__(self):
        return 1

for obj in (SelfTruth(1), IntTruth(0)):
    try:
        bool(obj)
    except TypeError as e:
        print(e)
    try:
        if obj:
            pass
    except TypeError as e:
        print(e)
