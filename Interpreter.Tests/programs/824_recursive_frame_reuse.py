# Recursive functions whose calls reuse the frames of finished calls: locals start unbound in
# every call, frames that escaped (tracebacks, sys._getframe, closures) keep their values, and a
# replaced __code__ gets frames of its own.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth_sum(n, acc=0):
    # Deeper than the spare frames a function keeps.
    if n == 0:
        return acc
    return depth_sum(n - 1, acc + n)


def maybe_bound(n, flag):
    if flag:
        seen = n
    if n > 0:
        maybe_bound(n - 1, not flag)
    try:
        return seen
    except UnboundLocalError as e:
        return f"unbound at {n}: {e}"


def capture(n, out):
    # Each call's frame escapes through sys._getframe; later calls must not overwrite it.
    out.append(sys._getframe())
    if n > 0:
        capture(n - 1, out)


def make_adders(n):
    if n == 0:
        return []
    rest = make_adders(n - 1)
    k = n * 10
    rest.append(lambda x: x + k)
    return rest


def fail_at(n):
    if n == 0:
        raise ValueError("bottom")
    local = n * 2
    fail_at(n - 1)


def walk(tree):
    if isinstance(tree, int):
        return tree
    return sum(walk(t) for t in tree)


print([fib(i) for i in range(15)])
print(depth_sum(300))
print(depth_sum(10))
print(maybe_bound(5, True))
print(maybe_bound(4, False))

frames = []
capture(6, frames)
print([f.f_locals["n"] for f in frames])
print([f.f_code.co_name for f in frames[:2]], frames[1].f_back is frames[0])

print([add(1) for add in make_adders(8)])

try:
    fail_at(5)
except ValueError as e:
    tb = e.__traceback__
    locals_seen = []
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "fail_at":
            locals_seen.append((tb.tb_frame.f_locals["n"], tb.tb_frame.f_locals.get("local")))
        tb = tb.tb_next
    print(locals_seen)
print(depth_sum(50))


def g(n):
    return "old" if n == 0 else g(n - 1)


def h(n):
    return "new" if n == 0 else g(n - 1) + "!"


print(g(3))
g.__code__ = h.__code__
print(g(3), g(0))

print(walk([1, [2, 3, [4, [5, 6]]], [[7], 8], 9]))
for limit in (60, 120):
    sys.setrecursionlimit(limit)
    try:
        depth_sum(200)
    except RecursionError as e:
        print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth_sum(100))
