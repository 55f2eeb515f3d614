# Deep recursion through the inline call path: plain functions, methods, mutual recursion,
# keyword and default binding, *args; RecursionError caught at various depths (the calls still
# work afterwards), the limit changed mid-run, and finally an uncaught one whose whole stderr is
# CPython's, with "[Previous line repeated N more times]".
# conformance: full-stderr
import sys


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def down_kw(n, step=1):
    if n <= 0:
        return 0
    return 1 + down_kw(n=n - step, step=step)


def down_star(*args):
    n = args[0]
    if n == 0:
        return 0
    return 1 + down_star(n - 1, *args[1:])


def ping(n):
    return 0 if n == 0 else 1 + pong(n - 1)


def pong(n):
    return 0 if n == 0 else 1 + ping(n - 1)


class Walker:
    def __init__(self):
        self.seen = 0

    def walk(self, n):
        self.seen += 1
        if n == 0:
            return self.seen
        return self.walk(n - 1)


def probe(fn, *args):
    try:
        return fn(*args)
    except RecursionError as e:
        return "RecursionError: " + str(e)


for fn, args in ((down, (500,)), (down_kw, (400, 2)), (down_star, (300, "x", "y")),
                 (ping, (600,)), (Walker().walk, (700,))):
    print(fn.__name__, probe(fn, *args))

for fn, args in ((down, (5000,)), (down_kw, (5000,)), (down_star, (5000,)),
                 (ping, (5000,)), (Walker().walk, (5000,))):
    print(fn.__name__, probe(fn, *args))

# The depth at which it stops is the same each time, and calls work right after.
def depth_reached():
    d = 0
    def go():
        nonlocal d
        d += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return d

first = depth_reached()
print("same depth twice:", first == depth_reached(), "after:", down(50))

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print("limit 200:", probe(down, 150), probe(down, 300))
sys.setrecursionlimit(old)
print("limit back:", probe(down, 900))


# A RecursionError caught half-way: the frames below the handler go on.
def catcher(n):
    if n == 0:
        try:
            return down(10 ** 6)
        except RecursionError:
            return "caught at the bottom"
    return catcher(n - 1)

print(catcher(100))


def boom(n):
    return boom(n + 1) + 1

boom(0)
