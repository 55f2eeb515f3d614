# Sorting tuples whose first items are all one scalar type (str, int, float) and whose other items
# are anything (sorted(d.items()), json's sort_keys): ordered by the first items, ties decided by
# the whole tuples' comparison, its errors and its user comparisons included.
d = {"b": [1], "a": {"x": 1}, "c": None, "é": 2.5, "\U0001F600": "s", "A": (1,), "": True}
print(sorted(d.items()))
print(sorted(d.items(), reverse=True))
print(sorted([(3, "x"), (1, None), (2, [1]), (1.5, "tie"), (1.0, None), (-5, {})], key=lambda t: t))
print(sorted([(2.5, None), (1.5, [2]), (-0.0, 1), (0.0, 2), (float("inf"), ())]))
# ties on the first item compare the second: stable where the second items are equal
print(sorted([("k", 2, "a"), ("k", 1, "b"), ("j", [0]), ("k", 1, "a"), ("k",)]))
print(sorted([(1, "b"), (1, "a"), (0, None)], reverse=True))
for bad in ([(1, "a"), (1, 2)], [("k", None), ("k", None), ("j", 1)], [("x", {}), ("x", {})]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "Key(%r)" % self.v


print(sorted([("a", Key(3)), ("a", Key(1)), ("b", Key(0)), ("a", Key(2))]))
# mixed first items, nan first items, bools, str subclasses: the general comparison
nan = float("nan")
print(sorted([(2, "x"), (1.5, "y"), (True, "z")]))
print([t[1] for t in sorted([(nan, 1), (1.0, 2), (0.5, 3)])])


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([(S("ccc"), 1), (S("a"), 2), (S("bb"), 3)]))
try:
    sorted([("a", 1), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(), ("a",), ("a", 1)]))
big = {str(i * 7919 % 1000): i for i in range(300)}
items = sorted(big.items())
print(items[:3], items[-3:], all(items[i][0] < items[i + 1][0] for i in range(len(items) - 1)))
