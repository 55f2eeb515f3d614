d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
d["a"] = 10
print(d)
print("a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=>", v)
print(dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict(zip("ab", [1, 2])))
e = {}
e[1] = "int"
e[1.0] = "float"
e[True] = "bool"
print(e)
e[(1, 2)] = "tuple"
e[None] = "none"
print(e)
print({1: {2: {3: "deep"}}}[1][2][3])
d2 = {"z": 26, "a": 1, "m": 13}
print(d2, sorted(d2), sorted(d2.items()))
d2["a"] = 100
print(d2)
del d2["z"]
d2["z"] = 0
print(d2)
print({"k": [1, 2]} == {"k": [1, 2]}, {1: 2} == {1: 3})
