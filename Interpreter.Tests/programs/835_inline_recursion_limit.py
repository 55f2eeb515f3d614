# Inline frames and the recursion limit: RecursionError raised at the right depth, caught at
# several levels, the limit changed while frames are live, and calls keep working afterwards.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def unbounded(n):
    return unbounded(n + 1)


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


sys.setrecursionlimit(200)
print(depth(150))
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
try:
    Node(1000)
except RecursionError as e:
    print("RecursionError in __init__:", e)


def catcher(n):
    try:
        return catcher(n + 1)
    except RecursionError:
        return n


top = catcher(0)
print(top > 100, top < 200)
print(depth(150))
sys.setrecursionlimit(1000)
print(depth(900))
print(Node(300).child is not None)
