# json: dumps/loads round trips, formatting options, special values, errors
import json
data = {"name": "Widget", "tags": ["a", "b"], "price": 12.5, "count": 3, "ok": True, "none": None,
        "nested": {"x": [1, 2, {"y": "z"}], "empty": {}, "list": []}, "unicode": "café ✓", "esc": "line\nquote\"tab\t\\"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data["nested"], separators=(",", ":")), json.dumps(data["unicode"], ensure_ascii=False))
print(json.dumps([1, 2], indent=0), json.dumps({"a": [1, {"b": 2}]}, indent="--"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps("π"), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100), json.dumps(10 ** 30))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Pt(1, 2)], default=lambda o: {"__pt__": [o.x, o.y]}))
def hook(d):
    return Pt(*d["__pt__"]) if "__pt__" in d else d
back = json.loads('[{"__pt__": [3, 4]}, {"k": 1}]', object_hook=hook)
print(type(back[0]).__name__, back[0].x, back[1])
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 2e3, -0, 1E-2]"), json.loads('"\\u00e9\\n"'), json.loads(" null "))
print(json.loads("123456789012345678901234567890"), json.loads("NaN"), json.loads("-Infinity"), json.loads('{"x": 1.5}', parse_float=str))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', "[1] x", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"b": [1], "a": None}))
rt = {"matrix": [[1, 2], [3, 4]], "f": [0.1, 1 / 3, 1e-7, 123456789.0]}
print(json.loads(json.dumps(rt)) == rt, json.dumps(rt))
