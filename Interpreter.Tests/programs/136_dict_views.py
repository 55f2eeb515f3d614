d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
del d["a"]
print(list(k), list(reversed(d.keys())))
for key, val in d.items():
    print(key, val)
e = dict.fromkeys("xyz", 0)
print(e.keys() == {"x", "y", "z"}, list(e.values()))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
print(sorted(d.items(), key=lambda kv: kv[1]))
print({1: "a"}.items() == {(1, "a")}, {1: 2}.keys() <= {1, 2})
print(dict(sorted({"b": 1, "a": 2}.items())))
