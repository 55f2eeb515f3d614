# json.dumps / json.loads with the encoder's and scanner's options, as applications use them.
import json
from collections import OrderedDict


class Money:
    def __init__(self, cents):
        self.cents = cents


def default(o):
    if isinstance(o, Money):
        return {"cents": o.cents, "display": "%d.%02d" % divmod(o.cents, 100)}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


order = {
    "id": 1042,
    "customer": "Zoë \"Z\" O'Brien",
    "note": "line1\nline2\ttab\\slash/ok \x00\x1f\x7f",
    "emoji": "\U0001F600 and \u00e9\u65e5",
    "total": Money(12345),
    "tags": {"gift", "express"},
    "ratio": 0.1 + 0.2,
    "big": 2 ** 80,
    "neg": -0.0,
    "flags": (True, False, None),
    "nested": {"b": [1, [2, [3, {}]]], "a": [], "c": {"z": 1, "y": {"x": None}}},
}

print(json.dumps(order, default=default))
print(json.dumps(order, default=default, sort_keys=True))
print(json.dumps(order, default=default, ensure_ascii=False))
print(json.dumps(order, default=default, separators=(",", ":"), sort_keys=True))
print(json.dumps(order, default=default, separators=(";", "="), ensure_ascii=False))
print(json.dumps(order, default=default, indent=2, sort_keys=True))

# non-str keys become strings; skipkeys drops the rest
mixed = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}
print(json.dumps(mixed))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "\U0001F600": 4, "\uffff": 5, "A": 6}, sort_keys=True))

# floats: nan/inf allowed or not
special = [float("nan"), float("inf"), -float("inf"), 1e300 * 10, 1.5]
print(json.dumps(special))
try:
    json.dumps(special, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({float("inf"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

# circular references
loop = {"name": "loop"}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
items = [1, 2]
items.append(items)
try:
    json.dumps(items)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(Money(5))
except TypeError as e:
    print("TypeError:", e)
shared = [1, 2]
print(json.dumps({"x": shared, "y": shared}))

# a default that mutates the list being encoded
grow = [1, Money(1), 3]
def growing(o):
    grow.append(99)
    return o.cents
print(json.dumps(grow, default=growing))

# subclasses of str, int, float and dict
class Tag(str):
    pass
class Count(int):
    def __repr__(self):
        return "Count!"
class Ratio(float):
    def __repr__(self):
        return "Ratio!"
class Ordered(dict):
    def items(self):
        return sorted(super().items(), reverse=True)
print(json.dumps({Tag("k"): [Tag("v"), Count(3), Ratio(0.5)]}))
print(json.dumps(Ordered(a=1, b=2, c=3)))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))

# a custom encoder class
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Encoder))
print(Encoder(sort_keys=True, separators=(",", ":")).encode({"b": [1j], "a": "\u2028"}))

# round trips
for doc in (order, mixed, {"deep": [[[[{"k": "v"}]]]]}, [], {}, "", "\ud800", 0):
    text = json.dumps(doc, default=default)
    back = json.loads(text)
    print(type(back).__name__, json.dumps(back, default=default) == text)

# the scanner: hooks and parse functions
doc = '{"price": 1.10, "qty": 3, "name": "pen", "when": {"y": 2024}, "dup": 1, "dup": 2, "x": NaN}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10,
                 parse_constant=lambda s: "C" + s))
print(json.loads('["a\\u00e9\\ud83d\\ude00", "\\ud800x", "\\/", "\\b\\f\\n\\r\\t"]'))
print(json.loads('  [1e3, -0, -0.5E-2, 12345678901234567890123, "tab\there"] ', strict=False))
keys = json.loads('[{"name": 1, "na\\u006de": 2}, {"name": 3}]')
print(keys, list(keys[0]) == ["name"])
