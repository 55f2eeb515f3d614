# Comparisons of two locals, or a local and a constant, decided at the jump: exact ints (small,
# large, negative, bools), floats (NaN, -0.0), strs (equal, unequal, ordering, non-ASCII), `is`
# and `is not`, and every other type falling back to the rich comparison with its side effects.
import sys

def classify(n):
    if n == 1: return "one"
    elif n == 2: return "two"
    elif n != 3: return "not three"
    return "three"

print([classify(x) for x in (1, 2, 3, 4, True, 2.0, 3.0, -1)])

def rng(a, b):
    out = []
    for x, y in ((a, b), (b, a), (a, a)):
        r = []
        if x < y: r.append("<")
        if x <= y: r.append("<=")
        if x == y: r.append("==")
        if x != y: r.append("!=")
        if x > y: r.append(">")
        if x >= y: r.append(">=")
        out.append("".join(r))
    return out

big = 2 ** 70
print(rng(1, 2), rng(-5, 5), rng(big, big + 1), rng(2 ** 63 - 1, -2 ** 63), rng(True, 5))
nan = float("nan")
print(rng(1.5, 2.5), rng(nan, 1.0), rng(nan, nan), rng(-0.0, 0.0), rng(float("inf"), 1e308))
print(rng("abc", "abd"), rng("", "a"), rng("é", "e"), rng("\U0001f600", "\uffff"), rng("a", "a" * 1))

def kinds(x):
    if x is None: return "None"
    if x is not True: return "not True"
    return "True"

print([kinds(v) for v in (None, True, False, 0, 1)])

class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("eq", self.v, other); return self.v == other
    def __lt__(self, other):
        print("lt", self.v, other); return NotImplemented
    def __gt__(self, other):
        print("gt", self.v, other); return self.v > other

def loud(a, b):
    if a == b: print("equal")
    try:
        if a < b: print("less")
        else: print("not less")
    except TypeError as e:
        print("TypeError:", e)

loud(Loud(3), 3)
loud(3, Loud(2))
class S(str):
    def __eq__(self, other): return True
    __hash__ = str.__hash__
def sub(a, b):
    if a == b: return "eq"
    return "ne"
print(sub(S("x"), "y"), sub("y", S("x")))
class I(int):
    def __lt__(self, other): return True
def isub(a, b):
    if a < b: return "lt"
    return "ge"
print(isub(I(9), 1), isub(9, I(1)))

def bad(a, b):
    if a < b: return 1
    return 0
for pair in ((1, "x"), ("x", 1.0), (None, None), ([1], (1,))):
    try:
        bad(*pair)
    except TypeError as e:
        print("TypeError:", e)

def count(n, limit):
    i = 0
    s = 0
    while i < limit:
        if i == n: s += 100
        i += 1
        s += 1
    return s
print(count(7, 10), count(-1, 3), count(0, 0))

def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "classify":
        print("line", frame.f_lineno - classify.__code__.co_firstlineno)
    return tracer
sys.settrace(tracer)
print(classify(2))
sys.settrace(None)
