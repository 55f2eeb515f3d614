# collections.namedtuple: defaults, _replace, _asdict, _make, module= and subclassing.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], tuple(p), len(p))
x, y = p
print(x, y, p._fields, Point.__doc__, Point.x.__doc__)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]))

Config = namedtuple("Config", "host port debug", defaults=[8080, False], module="settings")
c = Config("localhost")
print(c, Config._field_defaults, Config.__module__)
print(Config("example.org", 443, True))

Renamed = namedtuple("Renamed", ["abc", "def", "abc", "_x"], rename=True)
print(Renamed._fields)


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    def __abs__(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4) + Vector(0, 0)
print(v, abs(v), isinstance(v, tuple), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Point.x.__doc__ = "horizontal coordinate"
print(Point.x.__doc__)

for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: namedtuple("Bad", "class x"),
            lambda: setattr(p, "x", 5)):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
