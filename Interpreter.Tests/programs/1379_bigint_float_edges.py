# Big ints beside the spigot's operations: negative floor division and modulo, shifts, pow with a
# modulus, int/float mixes, str() past the 4300-digit limit; float attributes on __slots__ classes
# and float subclasses stored, normalised and compared as float.py does.
import sys

big = 3 ** 200 + 17
for x, y in ((big, 7), (-big, 7), (big, -7), (-big, -7), (big, 2 ** 64 + 3), (-big, 2 ** 64 + 3),
             (big, -(2 ** 70)), (-(2 ** 70), big), (2 ** 70, -big), (-1, big), (0, -big)):
    q, r = divmod(x, y)
    print(q == x // y, r == x % y, q * y + r == x, (r == 0) or ((r < 0) == (y < 0)), q % 1000003, r % 1000003)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -3, (2 ** 100) % -3, -(2 ** 64) // (2 ** 32), -(2 ** 64 + 1) // (2 ** 32))

for s in (0, 1, 31, 32, 33, 63, 64, 65, 100):
    print(s, (big << s) >> s == big, (-big >> s) % 1000003, ((-big) << s) // (2 ** s) == -big, (1 << s) - 1 == 2 ** s - 1)
print(-1 >> 200, -(2 ** 80) >> 79, (2 ** 80) >> 200, 5 << 0)
for bad in (-1, -(2 ** 70)):
    try:
        big << bad
    except ValueError as e:
        print("ValueError", e)

print(pow(big, 65537, 2 ** 127 - 1), pow(-big, 3, 10 ** 20 + 39), pow(2, 2 ** 70, 1000000007), pow(big, -1, 2 ** 61 - 1))
print(pow(3, 200, -7), pow(0, 0, 5), pow(7, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)

print(big * 0.5 == float(big) * 0.5, big / 3 == float(big) / 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print((2 ** 1023) * 1.0, 10 ** 20 / 10 ** 18, (10 ** 30 + 1) // 1.0, -(10 ** 30) % 7.5, 2 ** 70 + 0.5 == 2 ** 70)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    (2 ** 1100) / 3
except OverflowError as e:
    print("OverflowError", e)

n = 10 ** 4299
print(len(str(n)), str(-n)[:5])
for v in (10 ** 4300, -(10 ** 4300)):
    try:
        str(v)
    except ValueError as e:
        print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4300)), int("7" * 4400) % 1000003)
sys.set_int_max_str_digits(4300)
print(hex(10 ** 5000)[:10], len(hex(10 ** 5000)))

class Point:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def normalize(self):
        norm = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

class F(float):
    def __truediv__(self, other):
        return F(float(self) / other + 1000)
    def __repr__(self):
        return "F(%r)" % float(self)

class P3(Point):
    __slots__ = ("w",)

p = Point(3.0, 4.0, 12.0)
p.normalize()
print(p.x, p.y, p.z, type(p.x).__name__)
q = Point(F(3.0), 4, 2 ** 80)
q.normalize()
print(q.x, q.y, q.z, type(q.x).__name__, type(q.y).__name__)
r = P3(-0.0, float("inf"), 1.0)
r.w = F(2.5)
print(r.x, r.y, r.z, r.w, r.w + 1, type(r.w + 1).__name__)
try:
    r.normalize()
except Exception as e:
    print(type(e).__name__)
print(r.x, r.y, r.z)
s = Point(float("nan"), 1.0, 1.0)
s.normalize()
print(s.x != s.x, s.y != s.y)
try:
    Point(0.0, 0.0, 0.0).normalize()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.w = 1.0
except AttributeError as e:
    print("AttributeError", e)
