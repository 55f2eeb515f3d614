print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(4)] for i in range(4)])
print([c.upper() for c in "hello" if c not in "l"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = "outer"
r = [x for x in "ab"]
print(r, x)
print([n if n % 2 else -n for n in range(6)])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in range(3) if i if i > 1])
print([(lambda v: v * 10)(i) for i in range(3)])
