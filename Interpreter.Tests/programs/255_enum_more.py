# enum: Enum, IntEnum, Flag, IntFlag, auto, unique, iteration, lookups, aliases
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [c.name for c in Color], list(Color.__members__))
print(Color.RED.value, Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK + 1, Status.OK < Status.NOT_FOUND, Status(404).name, sorted([Status.NOT_FOUND, Status.OK]), int(Status.OK), f"{Status.OK}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), Perm(7), Perm.R.value, Perm.X.value)
class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
print(Mode.A | Mode.C, int(Mode.A | Mode.C), Mode(6), Mode.B | 8, Mode.A + 1)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet.EARTH.mass)
class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.FIRST
print(Auto.SECOND.describe(), Auto.default(), [m.value for m in Auto])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
d = {Color.RED: "r", Color.BLUE: "b"}
print(d[Color.CRIMSON], Color.RED in d, sorted(d, key=lambda c: c.value))
class Weekday(Enum):
    MON = "mon"
    TUE = "tue"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Weekday("MON"), Weekday("Tue"))
print(Color.RED.__class__.__mro__[1].__name__, Status.__mro__[1].__name__)
match_name = {c: c.name.lower() for c in Color}
print(match_name)
