print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 30), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, 3, 2], key=lambda x: -x), min(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min((), default=None))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max([2, 2.0]), max([2.0, 2]), min(1, True))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([0.1] * 10), sum([1, 2.0]))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2, key=lambda v: v % 2), max(-1, -5, key=abs))
