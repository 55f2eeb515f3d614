"""A small finite-domain constraint solver: backtracking with forward checking,
arc consistency (AC-3) and the MRV / degree heuristics. Solves Sudoku,
N-queens, map colouring, SEND+MORE=MONEY and a zebra-style logic puzzle."""
import itertools
from collections import defaultdict, deque


class Constraint:
    def __init__(self, scope, predicate, name=""):
        self.scope = tuple(scope)
        self.predicate = predicate
        self.name = name

    def satisfied(self, assignment):
        if not all(v in assignment for v in self.scope):
            return True
        return self.predicate(*(assignment[v] for v in self.scope))

    def __repr__(self):
        return f"Constraint({self.name or '?'}: {', '.join(map(str, self.scope))})"


class Problem:
    def __init__(self):
        self.domains = {}
        self.constraints = []
        self.by_var = defaultdict(list)
        self.nodes = 0
        self.backtracks = 0

    def add_variable(self, var, domain):
        if var in self.domains:
            raise ValueError(f"duplicate variable {var!r}")
        self.domains[var] = list(domain)

    def add_constraint(self, scope, predicate, name=""):
        c = Constraint(scope, predicate, name)
        self.constraints.append(c)
        for v in c.scope:
            self.by_var[v].append(c)

    def all_different(self, vars_, name="alldiff"):
        for a, b in itertools.combinations(vars_, 2):
            self.add_constraint((a, b), lambda x, y: x != y, name)

    def neighbours(self, var):
        seen = set()
        for c in self.by_var[var]:
            for v in c.scope:
                if v != var:
                    seen.add(v)
        return seen

    # -- AC-3 over the binary constraints ---------------------------------
    def ac3(self, domains):
        queue = deque((c, v) for c in self.constraints if len(c.scope) == 2 for v in c.scope)
        while queue:
            c, x = queue.popleft()
            y = c.scope[1] if c.scope[0] == x else c.scope[0]
            revised = False
            for vx in list(domains[x]):
                ok = any(c.predicate(*((vx, vy) if c.scope[0] == x else (vy, vx))) for vy in domains[y])
                if not ok:
                    domains[x].remove(vx)
                    revised = True
            if revised:
                if not domains[x]:
                    return False
                for c2 in self.by_var[x]:
                    if c2 is not c and len(c2.scope) == 2:
                        other = c2.scope[1] if c2.scope[0] == x else c2.scope[0]
                        queue.append((c2, other))
        return True

    # -- search -------------------------------------------------------------
    def select_variable(self, assignment, domains):
        unassigned = [v for v in domains if v not in assignment]
        return min(unassigned, key=lambda v: (len(domains[v]), -len(self.neighbours(v)), str(v)))

    def consistent(self, var, assignment):
        return all(c.satisfied(assignment) for c in self.by_var[var])

    def forward_check(self, var, assignment, domains):
        pruned = {}
        for c in self.by_var[var]:
            for other in c.scope:
                if other in assignment or other == var:
                    continue
                keep = []
                for val in domains[other]:
                    assignment[other] = val
                    if c.satisfied(assignment):
                        keep.append(val)
                    del assignment[other]
                if len(keep) != len(domains[other]):
                    pruned.setdefault(other, domains[other])
                    domains[other] = keep
                    if not keep:
                        return pruned, False
        return pruned, True

    def solve(self, find_all=False, use_ac3=True):
        domains = {v: list(d) for v, d in self.domains.items()}
        if use_ac3 and not self.ac3(domains):
            return []
        solutions = []
        self._search({}, domains, solutions, find_all)
        return solutions

    def _search(self, assignment, domains, solutions, find_all):
        if len(assignment) == len(domains):
            solutions.append(dict(assignment))
            return not find_all
        var = self.select_variable(assignment, domains)
        for value in list(domains[var]):
            self.nodes += 1
            assignment[var] = value
            if self.consistent(var, assignment):
                saved = domains[var]
                domains[var] = [value]
                pruned, ok = self.forward_check(var, assignment, domains)
                if ok and self._search(assignment, domains, solutions, find_all):
                    return True
                for v, d in pruned.items():
                    domains[v] = d
                domains[var] = saved
            del assignment[var]
            self.backtracks += 1
        return False


def sudoku(grid):
    p = Problem()
    cells = [(r, c) for r in range(9) for c in range(9)]
    for (r, c) in cells:
        ch = grid[r][c]
        p.add_variable((r, c), [int(ch)] if ch != "." else range(1, 10))
    for i in range(9):
        p.all_different([(i, c) for c in range(9)], "row")
        p.all_different([(r, i) for r in range(9)], "col")
    for br in range(3):
        for bc in range(3):
            p.all_different([(br * 3 + r, bc * 3 + c) for r in range(3) for c in range(3)], "box")
    sols = p.solve()
    return p, sols[0] if sols else None


def queens(n):
    p = Problem()
    for col in range(n):
        p.add_variable(col, range(n))
    for a, b in itertools.combinations(range(n), 2):
        p.add_constraint((a, b), lambda ra, rb, d=b - a: ra != rb and abs(ra - rb) != d, "queen")
    return p


def map_colouring():
    borders = {
        "WA": ["NT", "SA"], "NT": ["WA", "SA", "Q"], "SA": ["WA", "NT", "Q", "NSW", "V"],
        "Q": ["NT", "SA", "NSW"], "NSW": ["Q", "SA", "V"], "V": ["SA", "NSW"], "T": [],
    }
    p = Problem()
    for region in borders:
        p.add_variable(region, ["red", "green", "blue"])
    for a, ns in borders.items():
        for b in ns:
            if a < b:
                p.add_constraint((a, b), lambda x, y: x != y, "border")
    return p


def send_more_money():
    letters = "SENDMORY"
    p = Problem()
    for ch in letters:
        p.add_variable(ch, range(1, 10) if ch in "SM" else range(10))
    p.all_different(list(letters))

    def total(S, E, N, D, M, O, R, Y):
        send = 1000 * S + 100 * E + 10 * N + D
        more = 1000 * M + 100 * O + 10 * R + E
        money = 10000 * M + 1000 * O + 100 * N + 10 * E + Y
        return send + more == money
    p.add_constraint(tuple(letters), total, "sum")
    p.add_constraint(("D", "E", "Y"), lambda d, e, y: (d + e) % 10 == y, "units")
    return p


def zebra_lite():
    colours = ["red", "green", "blue", "yellow"]
    pets = ["dog", "cat", "fish", "bird"]
    people = ["ann", "bob", "cid", "dee"]
    p = Problem()
    for group in (colours, pets, people):
        for item in group:
            p.add_variable(item, range(4))
        p.all_different(group)
    p.add_constraint(("ann", "red"), lambda a, b: a == b, "ann lives in red")
    p.add_constraint(("bob", "dog"), lambda a, b: a == b, "bob owns the dog")
    p.add_constraint(("green", "blue"), lambda g, b: g + 1 == b, "green left of blue")
    p.add_constraint(("cid",), lambda c: c == 0, "cid first")
    p.add_constraint(("fish", "yellow"), lambda f, y: abs(f - y) == 1, "fish next to yellow")
    p.add_constraint(("dee", "cat"), lambda d, c: d == c, "dee owns the cat")
    p.add_constraint(("bird",), lambda b: b == 3, "bird last")
    p.add_constraint(("yellow", "dee"), lambda y, d: y == d, "dee lives in yellow")
    return p, colours, pets, people


puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
p, sol = sudoku(puzzle)
for r in range(9):
    print(" ".join(str(sol[(r, c)]) for c in range(9)))
print("sudoku nodes", p.nodes, "backtracks", p.backtracks)

for n in (4, 6, 8):
    qp = queens(n)
    sols = qp.solve(find_all=True)
    first = sols[0]
    print(f"{n}-queens: {len(sols)} solutions, first {[first[c] for c in range(n)]}")
qp = queens(8)
board = qp.solve()[0]
for r in range(8):
    print("".join("Q" if board[c] == r else "." for c in range(8)))

mp = map_colouring()
sols = mp.solve(find_all=True)
print("map colourings:", len(sols))
print(sorted(sols[0].items()))

smm = send_more_money()
s = smm.solve(use_ac3=False)[0]
word = lambda w: int("".join(str(s[ch]) for ch in w))
print(f"SEND={word('SEND')} MORE={word('MORE')} MONEY={word('MONEY')}")

zp, colours, pets, people = zebra_lite()
zs = zp.solve(find_all=True)
print("zebra solutions:", len(zs))
for z in zs:
    for pos in range(4):
        who = [x for x in people if z[x] == pos][0]
        col = [x for x in colours if z[x] == pos][0]
        pet = [x for x in pets if z[x] == pos][0]
        print(f"  house {pos}: {who:<4} {col:<7} {pet}")
print(repr(zp.constraints[-1]), len(zp.constraints))
try:
    zp.add_variable("ann", [0])
except ValueError as e:
    print("ValueError:", e)
