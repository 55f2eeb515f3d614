# Sorting with one comparison per merge step and the str fast paths of +, * and %: stability
# (forward and reverse), keys, tuple and list keys with ties, comparison errors, __lt__ call counts
# staying sane, and str results and errors unchanged.
class Rec:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return f"Rec({self.name!r}, {self.score})"

recs = [Rec(n, s) for n, s in [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1), ("fay", 3)]]
print(sorted(recs, key=lambda r: r.score))
print(sorted(recs, key=lambda r: r.score, reverse=True))
pairs = [(3, "c"), (1, "z"), (3, "a"), (2, "b"), (1, "a"), (2, "b")]
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted([[2, 1], [1, 2], [2, 0], [1]]), sorted([(1,), (1, 0), ()]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
d = {"b": 1, "a": 2, "c": 3, "id": 4}
print(sorted(d.items()), sorted(d.items(), key=lambda kv: -kv[1]))

class Counted:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v
items = [Counted(v) for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]]
print([c.v for c in sorted(items)], 0 < Counted.calls <= 45)

for bad in ([1, "a", 2], [(1, 2), (1, "x")], [[1], ["a"]]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan, 0.5])))
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError:", e, lst)

class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
    def __radd__(self, other):
        return "S.__radd__"
print("ab" + "cd", "ab" * 3, "ab" * 0, "ab" * -2, "" * 5, "x" * 4, "%s-%d" % ("a", 5), "%(k)s" % {"k": 1})
print("fmt %s" % S("s"), "pre" + S("t"), "ab" * True)
for expr in ['"a" + 1', '"a" * "b"', '"a" * 2.0', '"%d" % "x"', '"%s %s" % ("a",)', '"a" % 1']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", "TypeError:", e)
s = ""
for i in range(5):
    s += str(i) * i
print(s, ("é" * 3) + "\U0001F600" * 2, len("\U0001F600" * 3))
