# The chaos game: an iterated function system of affine maps (a fern and a Sierpinski-style
# carpet) played with points and maps as objects, rasterised into a grid whose histogram is
# checked against the maps' theoretical weights and against a symmetry of the carpet.
# bench: default=900000 quick=2000 trace=20000
import sys


class Random:
    """A linear congruential generator: the same numbers under every interpreter."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%.4f, %.4f)" % (self.x, self.y)


class Affine:
    """x' = a*x + b*y + e, y' = c*x + d*y + f, chosen with probability `weight`."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight
        self.hits = 0

    def apply(self, p):
        self.hits += 1
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)

    def determinant(self):
        return self.a * self.d - self.b * self.c


class Bounds:
    def __init__(self):
        self.min_x = self.min_y = float("inf")
        self.max_x = self.max_y = float("-inf")

    def add(self, p):
        if p.x < self.min_x:
            self.min_x = p.x
        if p.x > self.max_x:
            self.max_x = p.x
        if p.y < self.min_y:
            self.min_y = p.y
        if p.y > self.max_y:
            self.max_y = p.y


class Grid:
    def __init__(self, width, height, x0, y0, x1, y1):
        self.width, self.height = width, height
        self.x0, self.y0 = x0, y0
        self.sx = (width - 1) / (x1 - x0)
        self.sy = (height - 1) / (y1 - y0)
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, p):
        i = int((p.x - self.x0) * self.sx)
        j = int((p.y - self.y0) * self.sy)
        if 0 <= i < self.width and 0 <= j < self.height:
            self.cells[j][i] += 1
            return True
        return False

    def covered(self):
        return sum(1 for row in self.cells for c in row if c)

    def checksum(self):
        h = 0
        for row in self.cells:
            for c in row:
                h = (h * 131 + c) % 1000000007
        return h


class ChaosGame:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = Random(seed)
        total = sum(m.weight for m in maps)
        self.cumulative = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.cumulative.append((acc, m))

    def choose(self):
        r = self.rng.next()
        for limit, m in self.cumulative:
            if r < limit:
                return m
        return self.cumulative[-1][1]

    def run(self, n, grid):
        p = Point(0.0, 0.0)
        for _ in range(20):                 # settle onto the attractor before plotting
            p = self.choose().apply(p)
        for m in self.maps:
            m.hits = 0
        bounds = Bounds()
        outside = 0
        for _ in range(n):
            p = self.choose().apply(p)
            bounds.add(p)
            if not grid.plot(p):
                outside += 1
        return bounds, outside


def fern():
    return [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]


def carpet():
    maps = []
    for i in range(3):
        for j in range(3):
            if i == 1 and j == 1:
                continue
            maps.append(Affine(1 / 3, 0.0, 0.0, 1 / 3, i / 3, j / 3, 1.0))
    return maps


def check_hits(maps, n, name):
    total = sum(m.weight for m in maps)
    for k, m in enumerate(maps):
        expected = n * m.weight / total
        if abs(m.hits - expected) > 5 * expected ** 0.5 + 2:
            raise AssertionError("%s map %d: %d hits, expected about %.0f" % (name, k, m.hits, expected))


def main(n):
    maps = fern()
    game = ChaosGame(maps, 12345)
    grid = Grid(120, 200, -2.2, 0.0, 2.7, 10.0)
    bounds, outside = game.run(n, grid)
    check_hits(maps, n, "fern")
    if outside or not (-2.2 < bounds.min_x and bounds.max_x < 2.7 and bounds.max_y < 10.0):
        raise AssertionError("fern left its box: %d outside" % outside)
    print("fern", n, "covered", grid.covered(), "checksum", grid.checksum(),
          "x %.3f..%.3f y %.3f..%.3f" % (bounds.min_x, bounds.max_x, bounds.min_y, bounds.max_y))

    maps = carpet()
    game = ChaosGame(maps, 54321)
    size = 81
    grid = Grid(size, size, 0.0, 0.0, 1.0, 1.0)
    bounds, outside = game.run(n, grid)
    check_hits(maps, n, "carpet")
    # the carpet's middle ninth is never visited once the point is on the attractor
    for j in range(size // 3 + 1, 2 * size // 3 - 1):
        for i in range(size // 3 + 1, 2 * size // 3 - 1):
            if grid.cells[j][i]:
                raise AssertionError("carpet hole hit at %d,%d" % (i, j))
    if any(abs(m.determinant() - 1 / 9) > 1e-12 for m in maps):
        raise AssertionError("carpet maps")
    print("carpet", n, "covered", grid.covered(), "checksum", grid.checksum(), "outside", outside)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 900000)
