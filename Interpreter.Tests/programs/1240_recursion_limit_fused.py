# RecursionError at the recursion limit through functions whose returns are fused (`return n`,
# `return a + b`, `return self.x`, `return count`), the traceback's frames and lines, recovery
# after the error (the same functions called again at a smaller depth), and a changed limit.
import sys, traceback

def down(n):
    if n == 0:
        return n
    return down(n - 1) + 1

def leaf(n):
    return n

def chain(n):
    if n == 0:
        return leaf(n)
    return chain(n - 1) + leaf(1)

class Node:
    def __init__(self, v):
        self.v = v
    def walk(self, n):
        if n == 0:
            return self.v
        return self.walk(n - 1)

def make():
    count = 0
    def rec(n):
        nonlocal count
        count += 1
        if n == 0:
            return count
        return rec(n - 1)
    return rec

def summary(e):
    tb = traceback.extract_tb(e.__traceback__)
    names = [t.name for t in tb]
    lines = sorted({(t.name, t.lineno) for t in tb if t.name != "<module>"})
    return type(e).__name__, str(e), names[0], names[-1], len(names) > 50, lines

print(down(100), chain(100), Node(3).walk(100), make()(100))
for fn, arg in ((down, 10 ** 6), (chain, 10 ** 6), (Node(5).walk, 10 ** 6), (make(), 10 ** 6)):
    try:
        fn(arg)
    except RecursionError as e:
        print(summary(e))
    # the same function works again after the error
    print(fn(50))

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(500)
except RecursionError as e:
    print(summary(e)[:5])
print(down(150))
sys.setrecursionlimit(old)
print(down(900))

# the error raised inside an operator method's fused return
class Rec:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if self.n == 0:
            return other
        return Rec(self.n - 1) + other
try:
    Rec(10 ** 6) + 1
except RecursionError as e:
    s = summary(e)
    print(s[0], s[1], s[3], s[4])
print(Rec(30) + 5)
