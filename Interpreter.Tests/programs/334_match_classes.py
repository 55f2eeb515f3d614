# Class patterns: isinstance checks, keyword sub-patterns, __match_args__ for positional ones,
# the builtin types that match their subject positionally, and inheritance.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    @property
    def area_ish(self):
        return 3 * self.radius ** 2


def where(shape):
    match shape:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above the plane at {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return "a point somewhere"
        case Circle(Point(0, 0), r):
            return f"circle around the origin, r={r}"
        case Circle(radius=r, area_ish=a) if a > 100:
            return f"big circle r={r}"
        case Circle(c, r):
            return f"circle at ({c.x}, {c.y}) r={r}"
    return "unknown shape"


for s in (Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3),
          Circle(Point(0, 0), 2), Circle(Point(1, 1), 10), Circle(Point(5, 5), 1), "circle"):
    print(where(s))

# Builtin types match the subject itself with one positional sub-pattern.
for v in (True, 7, 2.5, "text", b"raw", bytearray(b"ba"), [1, 2], (3,), {"k": 1}, {4}, frozenset({5}), None):
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f) | str(f):
            print("float or str", f)
        case bytes(b) | bytearray(b):
            print("binary", b)
        case list([first, *_]) | tuple((first, *_)):
            print("list/tuple starting with", first)
        case dict({"k": value}):
            print("dict with k =", value)
        case set(s) | frozenset(s):
            print(type(s).__name__, sorted(s))
        case _:
            print("none of those:", v)


# Subclasses of builtins keep that behaviour unless they define __match_args__.
class Celsius(float):
    pass


class Tagged(str):
    __match_args__ = ("tag",)
    tag = "T"


match Celsius(21.5):
    case float(degrees):
        print("celsius", degrees)
match Tagged("payload"):
    case Tagged(tag):
        print("tag", tag)

# Keyword sub-patterns read any attribute, including methods and properties; a missing one fails.
match "hello":
    case str(upper=u) if callable(u):
        print("str has upper:", u())
match Point(1, 2):
    case Point(z=z):
        print("no such attribute", z)
    case Point(x=x, y=y):
        print("x and y", x, y)

# Dotted class names
import collections

match collections.OrderedDict(a=1):
    case collections.OrderedDict(a=1):
        print("OrderedDict has no attribute a")
    case collections.OrderedDict({"a": n}):
        print("OrderedDict positional", n)


# isinstance honours __instancecheck__ on a metaclass
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=EvenMeta):
    pass


for n in (3, 4):
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(n, "is odd")
