import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "spouse": None, "score": 9.5, "nested": {"k": [1, {"z": 0}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
back = json.loads(s)
print(back == data, back["nested"]["k"][1]["z"], type(back["age"]).__name__)
print(json.dumps([1, 2.0, "é", "\n", '"q"']), json.dumps("é", ensure_ascii=False))
print(json.loads('[1, 2.5, "x", true, false, null, {"a": -1e3}]'))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")), json.dumps((1, 2)))
print(json.loads('"\\u00e9\\n"'), json.loads("  42 "), json.loads("-0.5"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", "s": float("inf")}))
