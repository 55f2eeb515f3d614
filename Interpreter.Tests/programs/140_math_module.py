import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.5)).__name__)
print(math.factorial(20), math.gcd(84, 36), math.gcd(0, 5), math.lcm(4, 6))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.fabs(-3), math.copysign(3, -1), math.fmod(-7, 3), -7 % 3)
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.dist((0, 0), (3, 4)))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.acos(1), math.asin(1), math.atan(0), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.ceil(1e20), math.floor(-1e-300), math.sqrt(10 ** 20))
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
from math import sqrt, pi as PI
print(sqrt(81), PI)
