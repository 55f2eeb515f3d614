# numbers: the numeric tower ABCs, isinstance checks, registering a custom type, a Fraction-like class.
import numbers
from decimal import Decimal
from fractions import Fraction

values = [3, True, 2.5, 1 + 2j, Fraction(1, 3), Decimal("1.5"), "7"]
for v in values:
    kinds = [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real,
                                      numbers.Rational, numbers.Integral) if isinstance(v, abc)]
    print(type(v).__name__, kinds)

print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
print(numbers.Integral.__mro__[1:4])

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __float__(self):
        return self.cents / 100
    def __repr__(self):
        return f"Money({self.cents})"

print(isinstance(Money(5), numbers.Real))
numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Number),
      isinstance(Money(5), numbers.Rational))

class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, o): return Meters(self.v + float(o))
    __radd__ = __add__
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Meters(abs(self.v))
    def __mul__(self, o): return Meters(self.v * float(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __eq__(self, o): return self.v == float(o)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, nd=None): return round(self.v, nd)
    __hash__ = None

m = Meters(2.5)
print(m + 1, 3 * m, m.real, m.imag, m.conjugate(), complex(m), divmod(m, 1))
print(-m, abs(Meters(-4)), m < 3, round(m), m == 2.5)

try:
    class Half(numbers.Integral):
        pass
    Half()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])

def mean(xs):
    if not all(isinstance(x, numbers.Real) for x in xs):
        raise TypeError("mean() needs real numbers")
    return sum(float(x) for x in xs) / len(xs)

print(mean([1, 2.5, Fraction(1, 2), True]))
try:
    mean([1, 2j])
except TypeError as e:
    print("TypeError:", e)
