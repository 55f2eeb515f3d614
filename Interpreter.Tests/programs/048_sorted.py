print(sorted([3, 1, 2]), sorted("hello"), sorted((9, 7)), sorted({3: "a", 1: "b"}))
print(sorted([3, 1, 2], reverse=True))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted([2.5, -1, 0, 3]))
print(sorted([]), sorted([[2, 1], [1, 2], [1]]))
original = [5, 4, 3]
s = sorted(original)
print(original, s, s is original)
print(sorted(range(10), key=lambda x: (x % 3, x)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted("Mississippi", key=lambda c: c.lower()))
