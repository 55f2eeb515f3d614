d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("b"), d)
print(d.pop("zz", "missing"))
print(d.setdefault("a", 100), d.setdefault("n", 5), d)
d.update({"c": 30, "e": 4})
d.update(f=6)
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
m = {"x": 1}
m |= {"y": 2}
print(m)
c.clear()
print(c, len(c))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(reversed({"p": 1, "q": 2, "r": 3})))
