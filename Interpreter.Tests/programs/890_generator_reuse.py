# Generators created by `for x in gen()` and `yield from gen()` and finished there: every new
# call must behave as a fresh generator (arguments, cells, state, exception context), and one that
# was handed out (gi_yieldfrom, sys._getframe, a finally block) must stay finished.
import inspect
import sys


def count(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


total = 0
for rep in range(300):
    for x in count(rep % 7, 1 + rep % 2):
        total += x
print("total", total)


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


tree = build(1, 200)
for rep in range(3):
    keys = list(inorder(tree))
    print(len(keys), keys[:5], keys[-3:], keys == sorted(keys))


def depth_first(node, depth=0):
    if node is None:
        return 0
    left = yield from depth_first(node.left, depth + 1)
    yield (node.key, depth)
    right = yield from depth_first(node.right, depth + 1)
    return 1 + left + right


def driver(root):
    n = yield from depth_first(root)
    yield ("count", n)


out = list(driver(tree))
print(out[:3], out[-1], max(d for k, d in out[:-1]))


# closures: each call gets its own cell
def adders(n):
    k = n
    fns = []
    for i in range(2):
        fns.append(lambda x: x + k + i)
    yield fns


made = []
for m in range(3):
    for fns in adders(m * 10):
        made.append(fns)
print([f(1) for fns in made for f in fns])


# gi_yieldfrom hands the inner generator out: it stays the finished one
def inner(tag):
    yield tag
    return tag + "!"


def outer():
    r = yield from inner("a")
    yield r
    r2 = yield from inner("b")
    yield r2


o = outer()
print(next(o))
held = o.gi_yieldfrom
print(held.gi_frame is not None, inspect.getgeneratorstate(held))
print(next(o))
print(held.gi_frame, inspect.getgeneratorstate(held))
print(next(o), inspect.getgeneratorstate(held), held is not o.gi_yieldfrom)
print(next(o), inspect.getgeneratorstate(held))

# a generator that handed its own frame out
frames = []


def leaky():
    frames.append(sys._getframe())
    yield 1


for rep in range(3):
    for _ in leaky():
        pass
print(len(set(map(id, frames))), [f.f_code.co_name for f in frames], frames[0].f_lineno > 0)


# try/finally: the finally runs once per generator, and state does not leak between calls
log = []


def guarded(tag):
    try:
        yield tag
    finally:
        log.append(tag)


for t in ("x", "y", "z"):
    for v in guarded(t):
        pass
print(log)


# an exception inside the generator, caught by the loop's caller; the next one starts clean
def fragile(n):
    for i in range(n):
        if i == 2:
            raise ValueError(i)
        yield i


for n in (1, 5, 2):
    try:
        print([x for x in fragile(n)], end=" ")
        got = []
        for x in fragile(n):
            got.append(x)
        print(got)
    except ValueError as e:
        print("ValueError", e, sys.exc_info()[0].__name__)
print(sys.exc_info())


# exception context inside generators reused after one ran in an except block
def ctx():
    yield repr(sys.exc_info()[1])


try:
    raise KeyError("outer")
except KeyError:
    for v in ctx():
        print(v)
for v in ctx():
    print(v)


# a generator's name and state seen from inside by another reference
def named():
    yield 1


for rep in range(2):
    g = named()
    for v in g:
        pass
    print(g.__name__, inspect.getgeneratorstate(g), g.gi_frame)
