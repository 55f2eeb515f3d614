from collections import Counter, defaultdict
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6])
c.update("aaz")
print(c.most_common(3))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2)
print(Counter([1, 2, 2, 3, 3, 3]).most_common())
words = "the cat sat on the mat the end".split()
wc = Counter(words)
print(wc.most_common(1), len(wc), sum(wc.values()))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts["missing"], "missing" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
print(defaultdict(set, {"a": {1}})["a"], isinstance(dd, dict))
s = defaultdict(str)
s["k"] += "v"
print(s)
