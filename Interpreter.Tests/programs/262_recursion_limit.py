# Recursion limits: setrecursionlimit, RecursionError caught and recovered from
import sys
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))
class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
l = []
l.append(l)
d = {}
d["self"] = d
print(l, d, str(l))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError:
    print("limit 100 enforced")
sys.setrecursionlimit(old)
print(depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
count = 0
def counting():
    global count
    count += 1
    counting()
sys.setrecursionlimit(500)
try:
    counting()
except RecursionError:
    print("count in range:", 400 < count <= 500)
sys.setrecursionlimit(old)
