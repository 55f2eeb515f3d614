# A constraint solver: sudoku by constraint propagation (naked singles, hidden singles) over
# bitmask candidate sets with backtracking on the most constrained cell, then N-queens counted
# by backtracking with sets.
# bench: default=18 quick=1 trace=2
import sys

PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
         for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
UNITS_OF = [[u for u in UNITS if i in u] for i in range(81)]
PEERS = [sorted(set(j for u in UNITS_OF[i] for j in u) - {i}) for i in range(81)]


ALL = 0x3FE  # bits 1..9
BITCOUNT = [bin(m).count("1") for m in range(1024)]
DIGITS = [[d for d in range(1, 10) if m >> d & 1] for m in range(1024)]


class Contradiction(Exception):
    pass


class Solver:
    # Candidates are bitmasks (bit d set = digit d still possible).

    def __init__(self):
        self.nodes = 0

    def assign(self, cands, cell, digit):
        for other in DIGITS[cands[cell] & ~(1 << digit)]:
            self.eliminate(cands, cell, other)

    def eliminate(self, cands, cell, digit):
        bit = 1 << digit
        cs = cands[cell]
        if not cs & bit:
            return
        cs &= ~bit
        cands[cell] = cs
        if not cs:
            raise Contradiction()
        if BITCOUNT[cs] == 1:
            only = DIGITS[cs][0]
            for peer in PEERS[cell]:
                self.eliminate(cands, peer, only)
        for unit in UNITS_OF[cell]:
            places = [c for c in unit if cands[c] & bit]
            if not places:
                raise Contradiction()
            if len(places) == 1 and BITCOUNT[cands[places[0]]] > 1:
                self.assign(cands, places[0], digit)

    def search(self, cands):
        self.nodes += 1
        best = -1
        best_k = 10
        for i in range(81):
            k = BITCOUNT[cands[i]]
            if 1 < k < best_k:
                best = i
                best_k = k
        if best < 0:
            return cands
        for d in DIGITS[cands[best]]:
            trial = cands[:]
            try:
                self.assign(trial, best, d)
                result = self.search(trial)
            except Contradiction:
                continue
            if result is not None:
                return result
        return None

    def solve(self, puzzle):
        cands = [ALL] * 81
        for i, ch in enumerate(puzzle):
            if ch in "123456789":
                self.assign(cands, i, int(ch))
        return self.search(cands)


def check_grid(grid, puzzle):
    for i, ch in enumerate(puzzle):
        if ch != "." and int(ch) != grid[i]:
            raise AssertionError("clue changed")
    for u in UNITS:
        if sorted(grid[i] for i in u) != list(range(1, 10)):
            raise AssertionError("unit not a permutation")


def queens(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count


QUEENS = {4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352}


def main(n):
    solver = Solver()
    digest = 0
    for rep in range(n):
        for p in PUZZLES:
            result = solver.solve(p)
            if result is None:
                raise AssertionError("no solution")
            grid = [DIGITS[c][0] for c in result]
            check_grid(grid, p)
            digest = (digest * 7 + int("".join(map(str, grid[:9])))) % 1000000007
    q = 6 if n < 2 else (8 if n < 5 else 9)
    nq = queens(q)
    if nq != QUEENS[q]:
        raise AssertionError("queens")
    print("sudoku", n * len(PUZZLES), "nodes", solver.nodes, "digest", digest)
    print("queens", q, nq)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 18)
