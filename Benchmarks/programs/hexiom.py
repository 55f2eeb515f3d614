# Hexiom: numbered tiles go onto a hexagonal board so that every tile's number equals the count of
# its occupied neighbours. Puzzles are generated from random layouts (a few tiles pinned as hints);
# a backtracking solver with neighbour-count bounds finds every solution, and each is verified.
# bench: default=30 quick=1 trace=4
import sys

EMPTY = 7
UNSET = -1


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, k):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % k


class Board:
    """Cells of a hexagon of the given radius in axial coordinates, with neighbour lists."""

    DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, radius):
        self.radius = radius
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        # centre first, then outwards: constraints close early
        self.cells.sort(key=lambda c: (max(abs(c[0]), abs(c[1]), abs(c[0] + c[1])), c))
        index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            self.neighbours.append([index[(q + dq, r + dr)] for dq, dr in self.DIRECTIONS
                                    if (q + dq, r + dr) in index])

    def __len__(self):
        return len(self.cells)

    def render(self, values):
        lines = []
        for r in range(-self.radius, self.radius + 1):
            row = [values[i] for i, c in enumerate(self.cells) if c[1] == r]
            pad = " " * abs(r)
            lines.append(pad + " ".join("." if v == EMPTY else str(v) for v in row))
        return "\n".join(lines)


class Puzzle:
    def __init__(self, board, tiles, pinned):
        self.board = board
        self.counts = [0] * 8
        for t in tiles:
            self.counts[t] += 1
        self.counts[EMPTY] = len(board) - len(tiles)
        self.pinned = pinned            # cell -> value (a tile number or EMPTY)


def generate(board, rng, hints):
    occupied = [rng.below(100) < 62 for _ in range(len(board))]
    layout = []
    for i in range(len(board)):
        if occupied[i]:
            layout.append(sum(1 for j in board.neighbours[i] if occupied[j]))
        else:
            layout.append(EMPTY)
    pinned = {}
    while len(pinned) < hints:
        i = rng.below(len(board))
        pinned[i] = layout[i]
    return Puzzle(board, [v for v in layout if v != EMPTY], pinned), layout


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.board = puzzle.board
        self.values = [UNSET] * len(self.board)
        self.counts = puzzle.counts[:]
        self.solutions = []
        self.nodes = 0
        for i, v in puzzle.pinned.items():
            self.values[i] = v
            self.counts[v] -= 1

    def consistent(self, i):
        values = self.values
        neighbours = self.board.neighbours
        for c in [i] + neighbours[i]:
            v = values[c]
            if v == UNSET or v == EMPTY:
                continue
            occupied = unset = 0
            for j in neighbours[c]:
                w = values[j]
                if w == UNSET:
                    unset += 1
                elif w != EMPTY:
                    occupied += 1
            if v < occupied or v > occupied + unset:
                return False
        return True

    def solve(self, i=0):
        self.nodes += 1
        if i == len(self.values):
            self.solutions.append(self.values[:])
            return
        if self.values[i] != UNSET:
            if self.consistent(i):
                self.solve(i + 1)
            return
        degree = len(self.board.neighbours[i])
        counts = self.counts
        for v in (EMPTY, 0, 1, 2, 3, 4, 5, 6):
            if counts[v] == 0 or (v != EMPTY and v > degree):
                continue
            counts[v] -= 1
            self.values[i] = v
            if self.consistent(i):
                self.solve(i + 1)
            counts[v] += 1
        self.values[i] = UNSET


def verify(board, puzzle, values):
    counts = [0] * 8
    for i, v in enumerate(values):
        counts[v] += 1
        if v != EMPTY and v != sum(1 for j in board.neighbours[i] if values[j] != EMPTY):
            return False
    return counts == puzzle.counts and all(values[i] == v for i, v in puzzle.pinned.items())


def main(n):
    rng = Random(2011)
    total_solutions = total_nodes = 0
    shown = None
    for k in range(n):
        board = Board(2 + k % 2)
        puzzle, layout = generate(board, rng, 4 if board.radius == 2 else 13)
        solver = Solver(puzzle)
        solver.solve()
        if layout not in solver.solutions:
            raise AssertionError("puzzle %d: the generating layout was not found" % k)
        for s in solver.solutions:
            if not verify(board, puzzle, s):
                raise AssertionError("puzzle %d: a wrong solution" % k)
        total_solutions += len(solver.solutions)
        total_nodes += solver.nodes
        if shown is None and board.radius == 3 and len(solver.solutions) == 1:
            shown = board.render(solver.solutions[0])
    print(n, "puzzles", total_solutions, "solutions", total_nodes, "nodes")
    if shown:
        print(shown)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
