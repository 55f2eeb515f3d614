# CPython's enum module: StrEnum, IntFlag, Flag boundaries and operations, auto, unique, verify
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, STRICT, CONFORM, EJECT, KEEP


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "delete"


print(Method.GET, repr(Method.POST), Method.GET == "get", Method("delete"), f"{Method.POST}", Method.GET.upper())
print(list(Method), isinstance(Method.GET, str), "%s and %s" % (Method.GET, Method.DELETE))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R | Perm.W, Perm.RW, repr(Perm.R | Perm.X), Perm.R in Perm.RW, Perm.X in Perm.RW)
print(~Perm.R, Perm.RW & Perm.W, Perm.RW ^ Perm.R, bool(Perm(0)), repr(Perm(0)))
print(list(Perm.RW), len(Perm.RW), [m.name for m in Perm], Perm.RW.value)


class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4


print(Color.RED | Color.BLUE, repr(Color.RED | 8), Color.RED + 1, Color(7), int(Color.GREEN), Color.RED < 2)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


try:
    Strict(8)
except ValueError as e:
    print("ValueError:", e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)))


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Eject(7), type(Eject(7)).__name__)


class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]), Priority(2), Priority.MID + 10)
print(Priority.LOW.name, Priority.LOW.value, Priority["HIGH"], Priority.__members__.keys())

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.CIRCLE


print(Shape.ALIAS_FOR_SQUARE, Shape.default().describe(), list(Shape), list(Shape.__members__))
try:
    Shape(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print("AttributeError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.CAT.value, list(Animal))
print(enum.Enum.__name__, type(Shape).__name__, isinstance(Shape.SQUARE, Shape), Shape.SQUARE is Shape(2))
