# __index__ objects and negative indices in subscripts of lists, tuples, strs and ranges.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

data = [10, 20, 30, 40, 50]
tup = tuple(data)
text = "abcde"
rng = range(100, 150, 10)

for i in (0, 2, -1, -5, Idx(1), Idx(-2), True, False):
    print(data[i], tup[i], text[i], rng[i])

print(data[Idx(1):Idx(3)], tup[::Idx(2)], text[Idx(-3):], rng[Idx(1):])
data[Idx(0)] = "first"
data[-1] = "last"
data[True] = "one"
print(data)
del data[Idx(2)]
print(data)

for seq in (data, tup, text, rng):
    for bad in (5, -6, 2**70, -(2**70)):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad if abs(bad) < 100 else "big", e)

for bad in (1.0, "1", None, Idx):
    for seq in (data, tup, text):
        try:
            seq[bad]
        except TypeError as e:
            print(e)

class BadIndex:
    def __index__(self):
        return "no"

try:
    data[BadIndex()]
except TypeError as e:
    print(e)

# index loops the way programs write them
values = [3, 1, 4, 1, 5, 9, 2, 6]
n = len(values)
for i in range(n):
    j = n - 1 - i
    if i < j:
        values[i], values[j] = values[j], values[i]
print(values)
pairs = [(values[i], values[-i - 1]) for i in range(n // 2)]
print(pairs)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(sum(grid[r][c] for r in range(3) for c in range(3) if r == c), grid[-1][-1], grid[1][-2])
