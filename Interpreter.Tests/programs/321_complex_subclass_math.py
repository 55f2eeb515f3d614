# complex subclasses, and the math/int/float functions that reject complex arguments.
import math


class Phasor(complex):
    def __repr__(self):
        return f"Phasor({abs(self):.3f} at {math.degrees(math.atan2(self.imag, self.real)):.1f} deg)"

    def rotate(self, degrees):
        return Phasor(self * complex(math.cos(math.radians(degrees)), math.sin(math.radians(degrees))))


p = Phasor(1, 1)
print(p, isinstance(p, complex), type(p).__name__, p.real, p.imag, p == 1 + 1j, hash(p) == hash(1 + 1j))
q = p.rotate(90)
print(q, type(q).__name__, type(p + 1).__name__, p + 1, complex(p), type(complex(p)).__name__, str(p))
print(Phasor("3+4j"), Phasor(), Phasor(imag=2), abs(Phasor(3, 4)), -Phasor(1, 2), p.conjugate())

for f in [math.sqrt, math.exp, math.floor, math.isnan, math.sin, math.log]:
    try:
        print(f(1j))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
for f in [int, float, lambda z: math.pow(z, 2), lambda z: "%d" % z, lambda z: "%f" % z, lambda z: [1, 2][z], lambda z: range(z), lambda z: z.__int__()]:
    try:
        print(f(1 + 2j))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(math.pow(-8, 2), math.isclose(abs(3 + 4j), 5), math.hypot((3 + 4j).real, (3 + 4j).imag))
try:
    math.pow(-8, 1 / 3)
except ValueError as e:
    print("math.pow:", e)
