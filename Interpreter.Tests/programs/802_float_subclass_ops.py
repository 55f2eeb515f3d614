# Subclasses of float keep their own type where CPython does, and their overridden operators
# run; arithmetic results on them are plain floats; repr/str/hash/format and attributes work.
class F(float):
    pass


class G(float):
    def __add__(self, other):
        return "G.add"

    def __radd__(self, other):
        return "G.radd"

    def __mul__(self, other):
        return G(float(self) * 10)

    def __neg__(self):
        return "G.neg"

    def __lt__(self, other):
        return "G.lt"


f = F(1.5)
f.note = "attr"
print(type(f).__name__, f, repr(f), str(f), f.note, f.__dict__, hash(f) == hash(1.5))
for r in (f + 1, f * 2.0, 2.0 * f, f - f, f / 2, f ** 2, -f, +f, abs(F(-2.0)), f // 1, f % 1):
    print(type(r).__name__, r)
print(f == 1.5, f < 2.0, 2.0 > f, f > 1, isinstance(f, float), float(f), type(float(f)).__name__)
g = G(2.0)
print(g + 1.0, 1.0 + g, g * 2.0, type(g * 2.0).__name__, -g, g < 1.0, 1.0 + 2.0 * 3.0 + g)
x = 1.0
print(x * 2 + g, (x + 0.5) * g, type((x + 0.5) * g).__name__)

import math
print(math.sqrt(F(4.0)), math.sin(F(0.0)), type(math.sqrt(F(4.0))).__name__)


class H(float):
    def __float__(self):
        return 99.0


print(math.sqrt(H(4.0)), math.cos(H(0.0)))


class Meters(float):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o

    def __repr__(self):
        return f"Meters({float(self)!r}, {self.unit!r})"


m = Meters(3.0, "km")
print(m, repr(m), m + 1, [m], f"{m:.2f}", format(m, "e"), m.is_integer(), m.hex(), m.as_integer_ratio())
print(sorted([F(3.0), 1.0, F(-1.0), 2]), max(F(1.0), 0.5), type(max(F(1.0), 0.5)).__name__)
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__, F("nan") != F("nan"), F("-0.0"))
import copy, pickle
c = copy.copy(f)
print(type(c).__name__, c, c.__dict__)
print(type(pickle.loads(pickle.dumps(m))).__name__, pickle.loads(pickle.dumps(m)))
