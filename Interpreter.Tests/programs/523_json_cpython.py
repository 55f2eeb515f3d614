# CPython's json package (pure-Python scanner and encoder): round trips, indent, sort_keys, hooks
import json
from collections import OrderedDict

record = {
    "id": 17, "name": "widget", "tags": ["blue", "small"], "price": 12.5, "stock": None,
    "active": True, "dims": {"w": 3, "h": 4.25}, "note": "caf\u00e9 \u2603 \"quoted\"\n",
}
text = json.dumps(record, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == record)
print(json.dumps(record, separators=(",", ":"), ensure_ascii=False, sort_keys=True))
print(json.dumps([1, 2, [3, {"a": []}], {}], indent="\t"))
print(json.dumps({3: "int key", 1.5: "float key", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps("\x00\x1f\u2028"), json.dumps(1e100), json.dumps(-0.0), json.dumps(float("inf")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


payload = json.dumps({"origin": Point(0, 0), "ids": {3, 1, 2}}, default=encode, sort_keys=True)
print(payload)
back = json.loads(payload, object_hook=decode)
print(type(back["origin"]).__name__, back["origin"].x, back["ids"])


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(Encoder(indent=1).encode({"z": 1 + 2j}))
try:
    json.dumps({"bad": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))

print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.10, 2, 3e2]", parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('"\\u00e9\\ud83d\\ude00 \\n"'), json.loads("NaN"), json.loads("-Infinity"), json.loads(" [ ] "))
for bad in ('{"a": }', "[1, 2", '{"a" 1}', "[1,]", '"unterminated', "tru", '{"a": 1} extra'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")

decoder = json.JSONDecoder()
print(decoder.raw_decode('{"x": [1, 2]} trailing'))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
