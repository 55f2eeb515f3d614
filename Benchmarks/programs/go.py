# Go by Monte Carlo tree search: a 7x7 board with captures, suicide and simple-ko rules, random
# playouts that do not fill their own eyes, area scoring, and UCT (UCB1 over a move tree) choosing
# every move of a self-play game. After every move the board is checked against an independent
# flood fill (every group on the board has a liberty, captured stones are gone).
# bench: default=6 quick=1 trace=2
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, k):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % k

    def uniform(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Geometry:
    def __init__(self, size):
        self.size = size
        self.points = size * size
        self.neighbours = []
        for p in range(self.points):
            x, y = p % size, p // size
            ns = []
            if x > 0:
                ns.append(p - 1)
            if x < size - 1:
                ns.append(p + 1)
            if y > 0:
                ns.append(p - size)
            if y < size - 1:
                ns.append(p + size)
            self.neighbours.append(ns)

    def name(self, p):
        if p == PASS:
            return "pass"
        return "ABCDEFGHJ"[p % self.size] + str(p // self.size + 1)


class Board:
    def __init__(self, geometry):
        self.geo = geometry
        self.colour = [EMPTY] * geometry.points
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = [0, 0, 0]
        self.history = []

    def copy(self):
        b = Board.__new__(Board)
        b.geo = self.geo
        b.colour = self.colour[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.captures = self.captures[:]
        b.history = []
        return b

    def group(self, p):
        """The stones of p's group and whether it has at least one liberty."""
        colour = self.colour
        c = colour[p]
        stones = [p]
        seen = {p}
        free = False
        neighbours = self.geo.neighbours
        i = 0
        while i < len(stones):
            for n in neighbours[stones[i]]:
                v = colour[n]
                if v == EMPTY:
                    free = True
                elif v == c and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, free

    def is_eye(self, p, c):
        for n in self.geo.neighbours[p]:
            if self.colour[n] != c:
                return False
        return True

    def legal(self, p):
        if p == PASS:
            return True
        colour = self.colour
        if colour[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        for n in self.geo.neighbours[p]:
            if colour[n] == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a group with another liberty
        colour[p] = me
        try:
            for n in self.geo.neighbours[p]:
                v = colour[n]
                if v != me and not self.group(n)[1]:
                    return True
            return self.group(p)[1]
        finally:
            colour[p] = EMPTY

    def play(self, p):
        me = self.to_move
        other = 3 - me
        self.history.append(p)
        self.to_move = other
        if p == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        colour = self.colour
        colour[p] = me
        captured = []
        for n in self.geo.neighbours[p]:
            if colour[n] == other:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        colour[s] = EMPTY
                    captured.extend(stones)
        self.captures[me] += len(captured)
        stones, free = self.group(p)
        if not free:
            raise AssertionError("suicide played at %s" % self.geo.name(p))
        self.ko = captured[0] if len(captured) == 1 and len(stones) == 1 else None

    def candidate_moves(self):
        me = self.to_move
        return [p for p in range(self.geo.points)
                if self.colour[p] == EMPTY and not self.is_eye(p, me) and self.legal(p)]

    def random_move(self, rng):
        points = self.geo.points
        colour = self.colour
        me = self.to_move
        start = rng.below(points)
        for k in range(points):
            p = (start + k) % points
            if colour[p] == EMPTY and not self.is_eye(p, me) and self.legal(p):
                return p
        return PASS

    def score(self):
        """Area score (black minus white, komi 2.5 for 7x7)."""
        colour = self.colour
        counts = [0, 0, 0]
        seen = [False] * self.geo.points
        for p in range(self.geo.points):
            if colour[p] != EMPTY:
                counts[colour[p]] += 1
            elif not seen[p]:
                region = [p]
                seen[p] = True
                borders = set()
                i = 0
                while i < len(region):
                    for n in self.geo.neighbours[region[i]]:
                        if colour[n] == EMPTY:
                            if not seen[n]:
                                seen[n] = True
                                region.append(n)
                        else:
                            borders.add(colour[n])
                    i += 1
                if len(borders) == 1:
                    counts[borders.pop()] += len(region)
        return counts[BLACK] - counts[WHITE] - 2.5

    def playout(self, rng, limit):
        moves = 0
        while self.passes < 2 and moves < limit:
            self.play(self.random_move(rng))
            moves += 1
        return self.score()

    def check(self):
        """Independent of play(): every group on the board has a liberty."""
        seen = set()
        for p in range(self.geo.points):
            if self.colour[p] != EMPTY and p not in seen:
                stones, free = self.group(p)
                seen.update(stones)
                if not free:
                    raise AssertionError("group without liberties at %s" % self.geo.name(p))

    def render(self):
        rows = []
        for y in range(self.geo.size - 1, -1, -1):
            row = self.colour[y * self.geo.size:(y + 1) * self.geo.size]
            rows.append("%d %s" % (y + 1, " ".join(".XO"[v] for v in row)))
        rows.append("  " + " ".join("ABCDEFGHJ"[:self.geo.size]))
        return "\n".join(rows)


class Node:
    __slots__ = ("move", "parent", "children", "untried", "wins", "visits", "player")

    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = board.candidate_moves() + [PASS] if board.passes < 2 else []
        self.wins = 0.0
        self.visits = 0
        self.player = 3 - board.to_move          # who played `move`

    def select(self):
        log_n = _log(self.visits)
        best, best_value = None, -1.0
        for c in self.children:
            value = c.wins / c.visits + 1.1 * (log_n / c.visits) ** 0.5
            if value > best_value:
                best, best_value = c, value
        return best


def _log(x):
    # natural logarithm by range reduction and a series: keeps the program to `sys` only
    k = 0
    while x > 2.0:
        x /= 2.0
        k += 1
    y = (x - 1) / (x + 1)
    y2 = y * y
    s, term, i = 0.0, y, 1
    while i < 40:
        s += term / i
        term *= y2
        i += 2
    return 2 * s + k * 0.6931471805599453


def uct(board, iterations, rng):
    root = Node(PASS, None, board)
    for _ in range(iterations):
        node = root
        b = board.copy()
        while not node.untried and node.children:
            node = node.select()
            b.play(node.move)
        if node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            b.play(move)
            child = Node(move, node, b)
            node.children.append(child)
            node = child
        result = b.playout(rng, 3 * board.geo.points)
        winner = BLACK if result > 0 else WHITE
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    return best.move, best.visits, root.visits


def main(n):
    geo = Geometry(7)
    rng = Random(1234)
    board = Board(geo)
    if abs(_log(10.0) - 2.302585092994046) > 1e-12:
        raise AssertionError("log")
    moves = []
    while board.passes < 2 and len(moves) < n:
        move, visits, total = uct(board, 300, rng)
        if not board.legal(move):
            raise AssertionError("illegal move chosen: %s" % geo.name(move))
        board.play(move)
        board.check()
        moves.append(geo.name(move))
    print(n, "moves:", " ".join(moves))
    print(board.render())
    print("captures", board.captures[BLACK], board.captures[WHITE], "score %+.1f" % board.score())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
