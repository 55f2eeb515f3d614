# A local or constant or global pair compared before a jump (`v == EMPTY`, `i < n`, `v == c`):
# plain ints take one step, everything else (bools, big ints, floats, mixed, objects with __eq__,
# rebound or deleted globals, unbound locals) must behave as python3.11 does.
import sys

EMPTY = 7
LIMIT = 10

def scan(values, c):
    empties = same = other = 0
    for v in values:
        if v == EMPTY:
            empties += 1
        elif v == c:
            same += 1
        elif v != EMPTY and v < LIMIT:
            other += 1
    return empties, same, other

print(scan([7, 1, 2, 7, 1, 3, 11, -1], 1))
print(scan([True, 7.0, 1.0, 2**70, -2**70, 7 + 2**64 - 2**64, 3.5, -0.0, False], 1))
print(scan([EMPTY] * 5 + [1] * 3, True))

# a global rebound in the middle of the loop (the cache must follow it)
def rebind():
    global EMPTY
    out = []
    for i in range(12):
        if i == EMPTY:
            out.append(i)
        if i == 3:
            EMPTY = 5
        if i == 6:
            EMPTY = 10.0
        if i == 9:
            EMPTY = 2**80
    return out
print(rebind(), EMPTY)
EMPTY = 7

# a global shadowing a builtin, then deleted (the builtin shows through again)
def shadow():
    r = []
    for k in range(-2, 3):
        if k < abs:
            r.append(k)
    return r
abs = 1
print(shadow())
del abs
try:
    print(shadow())
except TypeError as e:
    print("TypeError", e)

# an undefined global after a local: NameError with a traceback line
def missing(x):
    if x == NOT_DEFINED_ANYWHERE:
        return 1
    return 0
try:
    missing(3)
except NameError as e:
    print("NameError", e)

# every comparison operator, both jump senses, edges of 64 bits
edges = [0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64]
def table(a, b):
    r = []
    if a < b: r.append("<")
    if a <= b: r.append("<=")
    if a == b: r.append("==")
    if a != b: r.append("!=")
    if a > b: r.append(">")
    if a >= b: r.append(">=")
    if not a < b: r.append("!<")
    if not a == b: r.append("!==")
    return "".join(r)
for a in edges:
    print(a, [table(a, b) for b in edges])

# while loops with a pair compare at the head (`i < n` and `n > i`), a constant on the right
def loops(n):
    i = 0
    t = 0
    while i < n:
        t += i
        i += 1
    while n > i - 5:
        n -= 1
    while i != 0:
        i -= 1
    return t, n, i
print(loops(10), loops(0), loops(-3))

# objects with __eq__/__lt__ on either side: no fast path, the methods run
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return self.v == o
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < o
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return self.v > o
def objs(a, b):
    if a == b:
        print("equal")
    if a < b:
        print("less")
    if b < a:
        print("b less")
objs(Loud(3), 3)
objs(3, Loud(4))
objs(Loud(1), Loud(2))

# an int subclass with its own __eq__ (not an exact int: its method runs)
class Odd(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
def subcl(x, y):
    return "same" if x == y else "different"
print(subcl(Odd(1), 2), subcl(2, Odd(1)), subcl(1, 2))

# a comparison that raises: the traceback points at the compare
def bad(a, b):
    if a < b:
        return 1
    return 0
try:
    bad(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    bad(None, 1)
except TypeError as e:
    print("TypeError", e)

# an unbound local in the pair
def unbound(flag):
    if flag:
        y = 1
    if 0 == y:
        return "zero"
    return "nonzero"
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# results used as values, not jumps (the bool is pushed)
def values(a, b):
    return [a < b, a == b, b > a, (a < b) + (b < a)]
print(values(1, 2), values(2**70, 1), values(1.5, 1))

# settrace sees every line of a function with pair compares
def traced(n):
    k = 0
    for i in range(n):
        if i == EMPTY:
            k += 1
        elif i < 2:
            k += 10
    return k
lines = []
def tr(frame, event, arg):
    if frame.f_code.co_name == "traced" and event == "line":
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tr
sys.settrace(tr)
r = traced(9)
sys.settrace(None)
print(r, lines)
