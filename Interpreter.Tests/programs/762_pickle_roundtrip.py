# Pickle round trips of the things programs save: dataclasses, nested containers, named tuples,
# enums, dates and decimals, at every protocol.
import pickle
import dataclasses
import datetime
import decimal
import enum
import fractions
from collections import OrderedDict, defaultdict, namedtuple, Counter, deque


class Color(enum.Enum):
    RED = 1
    GREEN = 2


Point = namedtuple("Point", "x y")


@dataclasses.dataclass
class Order:
    id: int
    customer: str
    items: list
    total: decimal.Decimal
    placed: datetime.date
    tags: set = dataclasses.field(default_factory=set)


@dataclasses.dataclass(frozen=True)
class Key:
    kind: str
    number: int


order = Order(17, "Zoë", [("widget", 3), ("gadget", 1)], decimal.Decimal("19.99"),
              datetime.date(2024, 3, 1), {"rush"})
inventory = {
    "orders": [order],
    "by_key": {Key("a", 1): Point(1, 2), Key("b", 2): Point(-3, 4.5)},
    "colors": [Color.RED, Color.GREEN],
    "ordered": OrderedDict([("z", 1), ("a", 2)]),
    "counts": Counter("mississippi"),
    "groups": defaultdict(list, {"x": [1, 2]}),
    "recent": deque([3, 2, 1], maxlen=5),
    "ratio": fractions.Fraction(3, 7),
    "when": datetime.datetime(2024, 3, 1, 12, 30, 15, 250),
    "span": datetime.timedelta(days=2, seconds=5),
    "big": 2 ** 100, "neg": -(2 ** 65), "f": 1e-300, "c": complex(1, -2),
    "blob": bytes(range(10)), "buf": bytearray(b"mutable"), "none": None,
    "nested": (1, (2, (3, (4, ())))), "frozen": frozenset({5}),
}

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(inventory, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == inventory)
    o = back["orders"][0]
    print("  ", o, type(o.total).__name__, o.placed.isoformat())
    print("  ", back["by_key"][Key("b", 2)], back["colors"][1] is Color.GREEN)
    print("  ", back["counts"].most_common(2), back["groups"]["missing"], back["recent"])
    print("  ", back["ordered"], back["ratio"], back["when"], back["span"])
    print("  ", type(back["buf"]).__name__, back["nested"], back["frozen"])

# The text protocols (0 and 1) for the plain data.
plain = {k: v for k, v in inventory.items() if k not in ("by_key",)}
for proto in (0, 1):
    data = pickle.dumps(plain, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == plain, back["orders"][0].customer, back["recent"], back["when"])
