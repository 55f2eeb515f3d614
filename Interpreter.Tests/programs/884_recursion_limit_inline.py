# The recursion limit reached by calls that run inline: RecursionError (catchable), the depth at
# which it is raised, its traceback, and ordinary calls working again afterwards.
import sys
import traceback

sys.setrecursionlimit(120)

depth = 0


def down(n):
    global depth
    depth = n
    return down(n + 1)


try:
    down(1)
except RecursionError as e:
    print("caught", type(e).__name__, e)
    entries = traceback.extract_tb(e.__traceback__)
    print("entries", len(entries), entries[-1].name, entries[-1].lineno, entries[1].lineno)
print("depth", depth)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("mutual", e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError as e:
    print("init", e)


def kw(n, *, step=1):
    return kw(n + step, step=step)


try:
    kw(0)
except RecursionError as e:
    print("kw", e)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("after", fib(15))


def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n


print("guarded", guarded(0) > 50)
print("after", fib(16))


def limited(n):
    if n == 0:
        return 0
    return 1 + limited(n - 1)


print("near", limited(100))
try:
    limited(200)
except RecursionError as e:
    print("over", e)
sys.setrecursionlimit(1000)
print("raised limit", limited(500))
