import dataclasses
from dataclasses import asdict, astuple, dataclass, field, fields, replace, KW_ONLY


@dataclass
class Item:
    name: str
    price: float
    tags: list[str] = field(default_factory=list)
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty


a = Item("pen", 1.5)
b = Item("pen", 1.5)
a.tags.append("office")
print(a, a == b, a.tags is not b.tags, a.total())
print([f.name for f in fields(Item)], Item.__match_args__)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)


vs = sorted([Version(1, 2), Version(0, 9, 3), Version(1, 0)])
print(vs, Version(1, 2) < Version(1, 3), hash(Version(1, 2)) == hash(Version(1, 2, 7)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, "__dict__"))
try:
    px.alpha = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    verbose: bool = False


print(Config(host="localhost"), Job("build", verbose=True))
try:
    Config("localhost")
except TypeError as e:
    print("TypeError", e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=True)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, replace(r, w=10))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Order:
    id: int
    items: list[Item]
    meta: dict[str, tuple[int, int]] = field(default_factory=dict)


o = Order(7, [a, Item("ink", 4.0, qty=2)], {"pos": (1, 2)})
print(asdict(o))
print(astuple(o))
print(dataclasses.is_dataclass(o), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(3))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))])
print(Dyn(1), Dyn.__annotations__)
print(Item.__init__.__annotations__ if hasattr(Item.__init__, "__annotations__") else None)
