# float(x) of float and int subclasses: their own __float__ runs (PyNumber_Float), its result is
# checked, and subclasses without one give their value; math functions and int() of such values.
import math


class F(float):
    def __float__(self):
        return 42.0

    def __int__(self):
        return 999


class I(int):
    def __float__(self):
        return 7.5


class G(float):
    def __float__(self):
        return "x"


class H(float):
    pass


class J(int):
    pass


class K(float):
    def __float__(self):
        return H(1.25)


f = F(2.0)
print(float(f), int(f), type(float(f)).__name__)
print(float(I(3)), I(3) * 1.0, I(3) + 0.5, int(I(3)))
for bad in (G(1.0),):
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
print(float(H(2.5)), type(float(H(2.5))).__name__, float(J(4)), type(float(J(4))).__name__)
print(F(3.0), type(F(3.0)).__name__, H(F(1.5)), type(H(F(1.5))).__name__)
print(math.sqrt(f), math.floor(f), math.sqrt(I(16)), math.cos(H(0.0)))
print(f * 2.0, f + 1, -f, abs(F(-2.0)), round(F(2.5)))
print(sum([f, f]), max(f, 3.0), min(I(3), 2.5))
print("%.2f %d" % (f, I(5)), "{:.1f}".format(f), repr(f), str(I(3)))
try:
    G(1.0) + "a"
except TypeError as e:
    print("TypeError", e)


class L(int):
    def __float__(self):
        return "no"


for call in (lambda: math.sqrt(L(4)), lambda: float(L(4)), lambda: math.exp(L(1))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(L(4) + 1, L(4) * 2, math.factorial(L(4)))
