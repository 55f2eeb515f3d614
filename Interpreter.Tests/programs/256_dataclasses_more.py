# dataclasses: defaults, field(), ordering, frozen, post_init, asdict/astuple, replace, inheritance
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
i = Item("pen", 1.5)
i.tags.append("office")
print(i, Item("cup"), i == Item("pen", 1.5, ["office"]), i.qty)
print(asdict(i), astuple(i), [f.name for f in fields(Item)], is_dataclass(i), is_dataclass(Item), is_dataclass(3))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 2, "a"), Version(1, 0)]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 99), Version(1, 2, "x") == Version(1, 2, "y"))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
    def dist(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(p, p.dist(), hash(p) == hash(Point(3, -4)), {p, Point(3, -4)} == {p}, replace(p, y=0))
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3.5)
print(r, r.area)
@dataclass
class Base:
    id: int
    kind: str = "base"
@dataclass
class Child(Base):
    extra: str = "x"
    kind: str = "child"
print(Child(1), Child(2, "k", "e"), [f.name for f in fields(Child)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(tree)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = "n"
print(WithClassVar(), [f.name for f in fields(WithClassVar)])
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
