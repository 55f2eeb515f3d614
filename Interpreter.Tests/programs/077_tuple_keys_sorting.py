grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
neighbours = lambda r, c: [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (r + dr, c + dc) in grid]
print(neighbours(0, 0), neighbours(1, 1))
students = [("amy", 3, 88.5), ("ben", 2, 92.0), ("cal", 3, 75.0), ("dee", 2, 92.0)]
for name, year, score in sorted(students, key=lambda s: (s[1], -s[2], s[0])):
    print(f"{name:<4}{year:>2}{score:>7.1f}")
print(sorted(students)[0], max(students, key=lambda s: s[2]))
pairs = sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")])
print(pairs)
d = {("x", 1): "a", ("x", 2): "b"}
print(sorted(d), d[("x", 2)])
