for i, v in enumerate("abc"):
    print(i, v)
print(list(enumerate([10, 20], start=5)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])))
names = ["x", "y", "z"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets)
e = enumerate(["p", "q"])
print(next(e), next(e))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
for idx, (a, b) in enumerate(zip("ab", "cd")):
    print(idx, a + b)
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
