# Mapping patterns: literal and dotted-name keys, **rest, dict subclasses, extra keys, get() protocol.
from collections import Counter, OrderedDict, defaultdict


class Keys:
    NAME = "name"
    AGE = "age"


def person(record):
    match record:
        case {Keys.NAME: str(name), Keys.AGE: int(age)} if age >= 18:
            return f"adult {name} ({age})"
        case {"name": name, "age": age}:
            return f"minor {name} ({age})"
        case {"name": name, **rest} if rest:
            return f"{name} with extra fields {sorted(rest)}"
        case {"name": name}:
            return f"just {name}"
        case {}:
            return "some other mapping"
    return "not a mapping"


for r in ({"name": "Ada", "age": 36}, {"name": "Tim", "age": 9}, {"name": "Bo", "email": "b@x", "tel": 5},
          {"name": "Cy"}, {}, {"id": 3}, [("name", "x")], "name"):
    print(person(r))

# Extra keys are fine; **rest collects them into a new dict, in the subject's order.
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"c": c, "a": a, **others}:
        print(a, c, others, type(others).__name__)

# Non-string keys: ints, floats, None, bools, bytes, negative numbers
table = {1: "one", -2: "minus two", None: "none", 2.5: "float", b"k": "bytes", True: "true-ish"}
match table:
    case {1: v1, -2: v2, None: v3, 2.5: v4, b"k": v5}:
        print(v1, v2, v3, v4, v5)

# dict subclasses are mappings: OrderedDict, defaultdict, Counter
for m in (OrderedDict(x=1, y=2), defaultdict(list, x=[1]), Counter("xxy")):
    match m:
        case {"x": x, **rest}:
            print(type(m).__name__, x, rest)

# A missing key never calls __missing__: mapping patterns use get().
dd = defaultdict(int)
match dd:
    case {"absent": v}:
        print("matched", v)
    case _:
        print("no match, still", dict(dd))


class Tracking(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match Tracking(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("first")
    case {"a": 1, "b": b}:
        print("second", b)

# Keys must be present; values may be anything, including None.
match {"value": None}:
    case {"value": None}:
        print("explicit None value")

# Nested mappings and sequences: a JSON-like document
doc = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}]}
for user in doc["users"]:
    match user:
        case {"name": name, "roles": ["admin", *other_roles]}:
            print(name, "is an admin, also", other_roles)
        case {"name": name, "roles": []}:
            print(name, "has no roles")
