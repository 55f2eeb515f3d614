# Float-heavy object work: many 3-D points built from sin/cos, normalised in place, then folded
# into their component-wise maximum; the result is checked against closed forms.
# bench: default=320000 quick=1000 trace=10000
import sys
from math import sin, cos, sqrt, pi


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    for p in points[:: max(1, n // 97)]:
        if abs(p.length() - 1.0) > 1e-12:
            raise AssertionError("not normalised: %r" % p)
    return maximize(points)


def main(n):
    best = None
    for _ in range(3):
        best = run(n)
    # y = 3cos(i)/|.| reaches 1 at i = 0; x peaks where sin is large and cos is small: the
    # normalised x of (1, 0, 1/2) is 1/sqrt(1.25), and z of (1, 0, 1/2) is 0.5/sqrt(1.25)
    if abs(best.y - 1.0) > 1e-12:
        raise AssertionError("max y %r" % best.y)
    limit = 1 / sqrt(1.25)
    if not (limit - 1e-3 < best.x <= limit + 1e-12 and 0.5 * limit - 1e-3 < best.z <= 0.5 * limit + 1e-12):
        raise AssertionError("max x/z %r" % best)
    print(n, best)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 320000)
