# Generators beyond pipelines: recursive `yield from` traversals of a binary search tree
# (in-order, pre-order, level by level), a lazy merge of sorted streams, sliding windows, and
# coroutine pipelines driven by send() with a coroutine that returns a value through `yield from`.
# bench: default=150000 quick=300 trace=3000
import sys


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(node):
    if node is not None:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def levels(root):
    level = [root] if root else []
    while level:
        yield [n.key for n in level]
        level = [c for n in level for c in (n.left, n.right) if c is not None]


def merge(*streams):
    """Merges sorted iterators without heapq: the smallest head wins."""
    heads = []
    for s in streams:
        it = iter(s)
        for v in it:
            heads.append([v, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if heads[i][0] < heads[best][0]:
                best = i
        entry = heads[best]
        yield entry[0]
        for v in entry[1]:
            entry[0] = v
            break
        else:
            heads.pop(best)


def windows(stream, size):
    window = []
    for v in stream:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def take(n, stream):
    for i, v in enumerate(stream):
        if i >= n:
            return
        yield v


# coroutine pipeline: source -> scale -> (filter) -> summary

def coroutine(func):
    def start(*args):
        c = func(*args)
        next(c)
        return c
    return start


@coroutine
def scale(factor, target):
    while True:
        v = yield
        target.send(v * factor)


@coroutine
def keep_if(predicate, target):
    while True:
        v = yield
        if predicate(v):
            target.send(v)


def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total, count
        total += v
        count += 1


@coroutine
def summary(results):
    while True:
        pair = yield from averager()
        results.append(pair)


def lcg(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x % 100000


def main(n):
    keys = list(lcg(42, n))
    root = None
    for k in keys:
        root = insert(root, k)
    ordered = list(inorder(root))
    if ordered != sorted(keys):
        raise AssertionError("in-order traversal is not sorted")
    pre = sum(1 for _ in preorder(root))
    depth = 0
    widest = 0
    for level in levels(root):
        depth += 1
        widest = max(widest, len(level))
    if pre != n or sum(len(l) for l in levels(root)) != n:
        raise AssertionError("traversal sizes")

    streams = [lcg(s, n // 4) for s in (1, 2, 3, 4)]
    merged = list(merge(*(sorted(s) for s in streams)))
    if merged != sorted(v for s in (1, 2, 3, 4) for v in lcg(s, n // 4)):
        raise AssertionError("merge")
    bumps = sum(1 for a, b, c in windows(inorder(root), 3) if b - a > c - b)

    results = []
    sink = summary(results)
    pipe = scale(3, keep_if(lambda v: v % 2 == 0, sink))
    for chunk in range(4):
        for v in take(n // 4, lcg(chunk + 7, n)):
            pipe.send(v)
        sink.send(None)
    expected = []
    for chunk in range(4):
        vs = [v * 3 for v in lcg(chunk + 7, n // 4) if v * 3 % 2 == 0]
        expected.append((sum(vs), len(vs)))
    if results != expected:
        raise AssertionError("pipeline %r != %r" % (results, expected))
    print(n, "depth", depth, "widest", widest, "bumps", bumps, "merged", merged[n // 8], results[0])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
