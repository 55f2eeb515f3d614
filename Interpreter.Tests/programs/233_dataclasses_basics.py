from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, item):
        self.items.append(item)
        self.count += 1

@dataclass
class Point3(Point):
    z: int = 0
    def __post_init__(self):
        self.norm1 = abs(self.x) + abs(self.y) + abs(self.z)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x)
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]), Version(1) < Version(1, 0, 1), max(Version(2), Version(1, 9)))
c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
inv = Inventory("ann")
inv.add("sword"); inv.add("shield")
inv2 = Inventory("bob")
print(inv, inv2, inv.count, inv.items is not inv2.items)
q = Point3(1, -2, 3)
print(q, q.norm1, [f.name for f in fields(q)], asdict(q), astuple(q))
print(replace(p, y=10), asdict(inv), Point.__eq__(p, 5))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
