# Dataclasses generate __match_args__ (without kw_only fields); class patterns over a small
# shape hierarchy, an event queue, and a user-written __match_args__.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass
class Shape:
    name: str


@dataclass
class Circle(Shape):
    center: Point
    radius: float


@dataclass
class Rect(Shape):
    corner: Point
    width: float
    height: float
    tags: list = field(default_factory=list)


@dataclass
class Config:
    path: str
    verbose: bool = field(default=False, kw_only=True)


print(Point.__match_args__, Circle.__match_args__, Rect.__match_args__, Config.__match_args__)


def area(shape):
    match shape:
        case Circle(_, Point(0, 0), r):
            return f"{shape.name}: centred circle, area ~ {3.14159 * r * r:.2f}"
        case Circle(name, _, r):
            return f"{name}: circle, area ~ {3.14159 * r * r:.2f}"
        case Rect(name, _, w, h) if w == h:
            return f"{name}: square, area {w * h}"
        case Rect(name, Point(x, y), w, h, tags=["flagged", *_]):
            return f"{name}: flagged rect at ({x}, {y}), area {w * h}"
        case Rect(width=w, height=h):
            return f"rect, area {w * h}"
        case Shape(name):
            return f"{name}: unknown shape"


shapes = [
    Circle("c1", Point(0, 0), 1),
    Circle("c2", Point(1, 1), 2),
    Rect("r1", Point(0, 0), 2, 2),
    Rect("r2", Point(5, 5), 3, 1, ["flagged", "old"]),
    Rect("r3", Point(1, 1), 4, 5),
    Shape("blob"),
]
for s in shapes:
    print(area(s))

# kw_only fields are not positional
match Config("/etc/app", verbose=True):
    case Config(path, verbose=True):
        print("verbose config at", path)

try:
    match Config("/tmp"):
        case Config(p, v):
            print("unreachable", p, v)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Event:
    kind: str
    payload: dict = field(default_factory=dict)
    priority: int = 0


queue = [
    Event("click", {"x": 3, "y": 4}),
    Event("key", {"key": "q"}, priority=5),
    Event("key", {"key": "a", "mods": ["shift"]}),
    Event("resize", {"w": 800, "h": 600}),
    Event("tick"),
]
for ev in sorted(queue, key=lambda e: -e.priority):
    match ev:
        case Event("click", {"x": x, "y": y}):
            print(f"click at {x},{y}")
        case Event("key", {"key": "q"}, priority=p) if p > 0:
            print("urgent quit, priority", p)
        case Event("key", {"key": k, "mods": [*mods]}):
            print("key", "+".join(mods + [k.upper()]))
        case Event(kind, {}):
            print("event without payload:", kind)
        case Event(kind, payload):
            print("other event", kind, sorted(payload))


# Frozen dataclasses match too, and equality-based value patterns work with them.
class Landmarks:
    ORIGIN = Point(0, 0)


for p in (Point(0, 0), Point(0.0, -0.0), Point(1, 0)):
    match p:
        case Landmarks.ORIGIN:
            print(p, "is the origin")
        case Point(x=x) if x:
            print(p, "has x", x)
