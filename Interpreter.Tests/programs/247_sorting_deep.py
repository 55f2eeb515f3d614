# Sorting: key functions, stability, reverse stability, tuples, mixed-type errors
from functools import cmp_to_key
from operator import itemgetter, attrgetter
records = [("bob", 25, "nyc"), ("alice", 30, "sf"), ("carol", 25, "la"), ("dave", 30, "nyc"), ("eve", 22, "sf"), ("frank", 25, "sf")]
print(sorted(records, key=itemgetter(1)))
print(sorted(records, key=itemgetter(1), reverse=True))
print(sorted(records, key=itemgetter(2, 1)))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_city = sorted(records, key=itemgetter(2))
print(sorted(by_city, key=itemgetter(1)))  # stable: city order kept within age
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted("hello world"), sorted(set("mississippi")), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=itemgetter(1)))
class P:
    def __init__(self, name, score): self.name, self.score = name, score
    def __repr__(self): return f"P({self.name},{self.score})"
    def __lt__(self, other): return self.score < other.score
ps = [P("a", 3), P("b", 1), P("c", 3), P("d", 2)]
print(sorted(ps), sorted(ps, reverse=True), sorted(ps, key=attrgetter("name"), reverse=True))
print(max(ps), min(ps), max(ps, key=attrgetter("name")))
def cmp(a, b):
    return (a % 3 - b % 3) or (b - a)
print(sorted(range(10), key=cmp_to_key(cmp)))
lst = [5, 2, 8, 1, 9, 3]
lst.sort(reverse=True); print(lst)
lst.sort(key=lambda v: v % 4); print(lst)
nested = [[3, 1], [1, 2, 3], [1, 2], [], [3], [1, 10]]
print(sorted(nested), sorted(nested, key=len), sorted(nested, key=sum, reverse=True))
tups = [(1, "b"), (1, "a"), (0, "z"), (1, "a", 0), (0,)]
print(sorted(tups))
for bad in ([1, "a", 2], [(1, 2), (1, "x")], [None, 1], [{1}, {2}, {1, 2}]):
    try:
        r = sorted(bad)
        print("sorted ok", len(r))
    except TypeError as e:
        print("TypeError:", e)
print(sorted([{1, 2}, {1}, {3}]))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([1]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
data = list(range(20))
data.sort(key=lambda v: v % 5 == 0)
print(data)
try:
    lst = [3, 1, 2]
    lst.sort(key=lambda v: (lst.append(v), v)[1])
except ValueError as e:
    print("ValueError:", e)
print(sorted(["b", "a", "B", "A", "é", "e", "Z", "1", " "]))
print(sorted([0.5, -1, float("inf"), 2 ** 70, -float("inf"), 0]))
