class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
    def __bool__(self):
        return True
g = Grid(3, 2)
g[0, 1] = "#"
g[1, 2] = "@"
print(g[0, 1], g[1, 0], (1, 2) in g, (0, 0) in g, len(g))
for r in range(2):
    print("".join(g[r, c] for c in range(3)))
del g[0, 1]
print(len(g), (0, 1) in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print(v, end=" ")
print()
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1:5:2], s[::], s[1, 2:3], s[...])
