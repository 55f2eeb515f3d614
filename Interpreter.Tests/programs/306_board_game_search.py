"""Board-game search: Connect Four with negamax + alpha-beta, a transposition
table and move ordering; tic-tac-toe solved exhaustively; and a Nim checker.
All play is deterministic."""
from functools import lru_cache

ROWS, COLS = 6, 7
EMPTY, P1, P2 = ".", "X", "O"


class Board:
    def __init__(self):
        self.grid = [[EMPTY] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.moves = []

    def copy(self):
        b = Board()
        b.grid = [row[:] for row in self.grid]
        b.heights = self.heights[:]
        b.moves = self.moves[:]
        return b

    def player(self):
        return P1 if len(self.moves) % 2 == 0 else P2

    def can_play(self, col):
        return self.heights[col] < ROWS

    def play(self, col):
        if not self.can_play(col):
            raise ValueError(f"column {col} is full")
        r = self.heights[col]
        self.grid[r][col] = self.player()
        self.heights[col] += 1
        self.moves.append(col)

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.grid[self.heights[col]][col] = EMPTY

    def key(self):
        return "".join("".join(row) for row in self.grid)

    def winner(self):
        g = self.grid
        for r in range(ROWS):
            for c in range(COLS):
                p = g[r][c]
                if p == EMPTY:
                    continue
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    rr, cc, n = r, c, 1
                    while n < 4:
                        rr += dr
                        cc += dc
                        if not (0 <= rr < ROWS and 0 <= cc < COLS) or g[rr][cc] != p:
                            break
                        n += 1
                    if n == 4:
                        return p
        return None

    def full(self):
        return len(self.moves) == ROWS * COLS

    def __str__(self):
        lines = [" ".join(row) for row in reversed(self.grid)]
        lines.append(" ".join(str(c) for c in range(COLS)))
        return "\n".join(lines)


def window_score(cells, me, them):
    mine, theirs, empty = cells.count(me), cells.count(them), cells.count(EMPTY)
    if mine == 4:
        return 1000
    if mine == 3 and empty == 1:
        return 12
    if mine == 2 and empty == 2:
        return 3
    if theirs == 3 and empty == 1:
        return -10
    return 0


def evaluate(board, me):
    them = P2 if me == P1 else P1
    g = board.grid
    score = sum(3 for r in range(ROWS) if g[r][COLS // 2] == me)
    for r in range(ROWS):
        for c in range(COLS - 3):
            score += window_score([g[r][c + i] for i in range(4)], me, them)
    for r in range(ROWS - 3):
        for c in range(COLS):
            score += window_score([g[r + i][c] for i in range(4)], me, them)
    for r in range(ROWS - 3):
        for c in range(COLS - 3):
            score += window_score([g[r + i][c + i] for i in range(4)], me, them)
            score += window_score([g[r + 3 - i][c + i] for i in range(4)], me, them)
    return score


ORDER = [3, 2, 4, 1, 5, 0, 6]


class Searcher:
    def __init__(self, depth):
        self.depth = depth
        self.nodes = 0
        self.table = {}
        self.hits = 0

    def negamax(self, board, depth, alpha, beta):
        self.nodes += 1
        w = board.winner()
        if w is not None:
            # the previous mover won
            return -100000 - depth
        if board.full():
            return 0
        if depth == 0:
            return evaluate(board, board.player())
        key = (board.key(), depth)
        if key in self.table:
            self.hits += 1
            return self.table[key]
        best = -10 ** 9
        for col in ORDER:
            if not board.can_play(col):
                continue
            board.play(col)
            val = -self.negamax(board, depth - 1, -beta, -alpha)
            board.undo()
            if val > best:
                best = val
            alpha = max(alpha, val)
            if alpha >= beta:
                break
        self.table[key] = best
        return best

    def best_move(self, board):
        best_col, best_val = None, -10 ** 9
        scores = {}
        for col in ORDER:
            if not board.can_play(col):
                continue
            board.play(col)
            val = -self.negamax(board, self.depth - 1, -10 ** 9, 10 ** 9)
            board.undo()
            scores[col] = val
            if val > best_val:
                best_col, best_val = col, val
        return best_col, best_val, scores


def play_game(depth1, depth2, opening, max_moves=42):
    b = Board()
    for col in opening:
        b.play(col)
    searchers = {P1: Searcher(depth1), P2: Searcher(depth2)}
    while not b.winner() and not b.full() and len(b.moves) < max_moves:
        s = searchers[b.player()]
        col, val, _ = s.best_move(b)
        b.play(col)
    return b, searchers


# --- tic-tac-toe solved exhaustively with memoisation --------------------
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def ttt_winner(s):
    for a, b, c in LINES:
        if s[a] != "." and s[a] == s[b] == s[c]:
            return s[a]
    return None


@lru_cache(maxsize=None)
def ttt_value(s, to_move):
    w = ttt_winner(s)
    if w:
        return 1 if w == "X" else -1
    if "." not in s:
        return 0
    nxt = "O" if to_move == "X" else "X"
    vals = [ttt_value(s[:i] + to_move + s[i + 1:], nxt) for i in range(9) if s[i] == "."]
    return max(vals) if to_move == "X" else min(vals)


def count_games(s="." * 9, to_move="X"):
    if ttt_winner(s) or "." not in s:
        return 1
    nxt = "O" if to_move == "X" else "X"
    return sum(count_games(s[:i] + to_move + s[i + 1:], nxt) for i in range(9) if s[i] == ".")


# --- Nim: Sprague-Grundy check -----------------------------------------
@lru_cache(maxsize=None)
def nim_wins(heaps):
    for i, h in enumerate(heaps):
        for take in range(1, h + 1):
            nxt = tuple(sorted(heaps[:i] + (h - take,) + heaps[i + 1:]))
            if not nim_wins(nxt):
                return True
    return False


b = Board()
for col in [3, 3, 2, 4]:
    b.play(col)
print(b)
s = Searcher(4)
col, val, scores = s.best_move(b)
print("best move", col, "value", val, "scores", scores)
print("nodes", s.nodes, "table", len(s.table), "hits", s.hits)

for d1, d2, opening in [(3, 2, []), (2, 3, [3]), (2, 2, [0, 6])]:
    board, searchers = play_game(d1, d2, opening)
    w = board.winner()
    print(f"depth {d1} vs {d2}, opening {opening}: {'winner ' + w if w else 'draw'} after {len(board.moves)} moves")
    print("  moves:", "".join(map(str, board.moves)))
    print("  nodes:", searchers[P1].nodes, searchers[P2].nodes)
print(board)

t = Board()
for c in [0, 1, 0, 1, 0, 1, 0]:
    t.play(c)
print("vertical win:", t.winner(), "moves", len(t.moves))
try:
    for _ in range(7):
        t.play(0)
except ValueError as e:
    print("ValueError:", e)

print("tic-tac-toe value with perfect play:", ttt_value("." * 9, "X"))
print("after X corner, O edge:", ttt_value("X..O.....", "X"))
print("distinct complete games after X centre, O corner:", count_games("O...X....", "X"))
info = ttt_value.cache_info()
print("ttt cache entries:", info.currsize)

for heaps in [(1, 2, 3), (1, 4, 5), (2, 2), (3, 5, 7), (1, 1, 1)]:
    xor = 0
    for h in heaps:
        xor ^= h
    print(heaps, "first player wins" if nim_wins(tuple(sorted(heaps))) else "second player wins", "| xor rule agrees:", nim_wins(tuple(sorted(heaps))) == (xor != 0))
