# Deep and unbounded recursion through Python calls: RecursionError at the recursion limit,
# recovery afterwards, limits raised and lowered, and recursion through methods, closures,
# keyword arguments and special methods.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def unbounded(n):
    return unbounded(n + 1)


limit = sys.getrecursionlimit()
print("limit", limit)
print(depth(900))
try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
print("after", depth(500))


# How deep does it get before the error? Same count as CPython at the same limit.
reached = 0


def probe(n):
    global reached
    reached = n
    probe(n + 1)


for new_limit in (200, 1500, 5000):
    sys.setrecursionlimit(new_limit)
    try:
        probe(1)
    except RecursionError:
        print(new_limit, "reached", reached)
sys.setrecursionlimit(5000)
print(depth(4500))
sys.setrecursionlimit(limit)


# Mutual recursion, methods and keyword arguments.
def is_even(n):
    return True if n == 0 else is_odd(n=n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n=n - 1)


print(is_even(600), is_odd(601))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)


def chain(n):
    node = Tree(0)
    for i in range(1, n):
        node = Tree(i, [node])
    return node


t = chain(150)
print(t.total(), t.height())


# Closures recursing through their cell.
def make_counter():
    def count_down(n, acc):
        if n == 0:
            return acc
        return count_down(n - 1, acc + [n])
    return count_down


print(make_counter()(10, []))


# Recursion through a special method ends in RecursionError too, and the program continues.
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    Loop().a
except RecursionError as e:
    print("getattr:", type(e).__name__)


class Nested:
    def __init__(self, n):
        self.inner = Nested(n + 1) if n < 10000 else None


try:
    Nested(0)
except RecursionError as e:
    print("init:", type(e).__name__)


# Catching the error deep down and returning normally afterwards.
def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


got = guarded(0)
print("guarded stopped", got > 900, got <= limit)
print(depth(800))
