# Operator overloading on a vector/matrix pair: @, reflected ops, in-place, comparisons, hashing
from functools import total_ordering
import math
@total_ordering
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
class Mat:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __repr__(self): return f"Mat({self.rows})"
    def __matmul__(self, o):
        if isinstance(o, Vec):
            return Vec(*(r[0] * o.x + r[1] * o.y for r in self.rows))
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, v):
        return Vec(*(v.x * a + v.y * b for a, b in zip(*self.rows)))
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, n):
        r = Mat([[1, 0], [0, 1]])
        for _ in range(n):
            r = r @ self
        return r
    def __eq__(self, o): return self.rows == o.rows
v, w = Vec(3, 4), Vec(1, -2)
print(v + w, v - w, v * 2, 3 * v, v / 2, -v, abs(v), v @ w, list(v), bool(Vec(0, 0)))
print(v == Vec(3, 4), v != w, v > w, v <= w, sorted([v, w, Vec(0, 1)]), max(v, w), {v, Vec(3, 4)})
rot = Mat([[0, -1], [1, 0]])
print(rot @ v, v @ rot, rot @ rot, rot ** 4 == Mat([[1, 0], [0, 1]]))
fib = Mat([[1, 1], [1, 0]])
print((fib ** 10).rows[0][1], (fib ** 90).rows[0][1])
m = Mat([[2, 0], [0, 2]])
m @= rot
print(m)
acc = Vec(0, 0)
for p in [Vec(1, 1), Vec(2, 3)]:
    acc += p
print(acc, sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)))
for bad in (lambda: v + 1, lambda: v * "s", lambda: 1 - v, lambda: v < 3):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
