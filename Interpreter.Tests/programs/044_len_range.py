print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2, 3: 4}), len(set([1, 1])))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -2)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(-5, 5, 4)), list(range(0)), list(range(1, 0)))
r = range(1, 20, 4)
print(r, r[0], r[-1], r[1:3], 9 in r, 10 in r, r.start, r.stop, r.step)
print(r.index(13), r.count(5), list(reversed(r)))
print(range(3) == range(0, 3), range(0) == range(2, 2))
print(repr(range(0, 5)), str(range(2, 8, 2)))
print(sum(range(1000)), max(range(7)), min(range(3, 9)))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
for i in range(3, -4, -3):
    print(i, end=" ")
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
