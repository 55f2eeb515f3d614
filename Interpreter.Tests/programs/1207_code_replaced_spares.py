# Inline calls whose function's __code__ is replaced: before, during and after the calls, with
# spare frames of the old code in use (recursion, bound methods, closures, generators), and the
# frames tracebacks and sys._getframe see on the way.
import sys


def show(label, value):
    print(label, value)


# 1. Recursion deeper than the spare frames, then __code__ replaced by a code with more locals
#    and a bigger stack: the next calls must not run in frames of the old code.
def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)


def rec_wide(n):
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    if n == 0:
        return [a, b, c, d, e, f, g, h]
    r = rec_wide(n - 1)
    return [x + a + h for x in r] if n < 3 else r


show("rec", [rec(k) for k in (0, 1, 5, 70, 100)])
rec.__code__ = rec_wide.__code__     # rec_wide calls rec_wide by name: the global, not rec
show("rec replaced", rec(4))
show("rec replaced again", rec(0))
show("rec still", rec_wide(2))


# 2. __code__ replaced while calls of the function are running (the frames of the old code
#    return afterwards and must not come back as spares of the new code).
def one(x):
    return x + 1


def two(x, y=10):
    return (x, y, [x] * 3)


def swap_inside(n):
    if n == 0:
        swapper.__code__ = two.__code__
        swapper.__defaults__ = (10,)
        return "swapped"
    r = swapper(n - 1)
    return r


def swapper(n):
    if n == 0:
        swapper.__code__ = two.__code__
        swapper.__defaults__ = (10,)
        return "swapped"
    return [swapper(n - 1), n]


show("swap", swapper(3))
show("after swap", swapper(7))
show("after swap 2", [swapper(i) for i in range(3)])
swapper.__code__ = one.__code__
swapper.__defaults__ = None
show("back", [swapper(i) for i in range(4)])


# 2b. Replaced at the bottom of a recursion by a code of more parameters: the frames of the
#     old code (one parameter, a small stack) finish afterwards, and every later call passes
#     eight arguments to the new code.
def f8(a, b, c, d, e, f, g, h):
    return [a, b, c, d, e, f, g, h, a + b + c + d + e + f + g + h]


def f1(n):
    if n == 0:
        f1.__code__ = f8.__code__
        return 0
    return f1(n - 1) + 1


show("f1", f1(6))
show("f1 as f8", [f1(i, 1, 2, 3, 4, 5, 6, i) for i in range(3)])
show("f1 as f8 deep", sum(f1(*range(i, i + 8))[-1] for i in range(200)))
try:
    f1(1)
except TypeError as e:
    show("TypeError", e)


# 3. A method whose function's code is replaced between calls through the instance.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        return self.n

    def other(self, k):
        self.n -= 2 * k
        return -self.n


c = Counter()
show("method", [c.step(i) for i in range(5)])
Counter.step.__code__ = Counter.other.__code__
show("method replaced", [c.step(i) for i in range(5)])
bound = c.step
show("bound", [bound(3) for _ in range(3)])


# 4. Closures: the code replaced by another with the same free variables; the cells changed
#    after the calls are seen by the next call.
def make(start):
    total = start
    step = 1

    def add():
        nonlocal total
        total += step
        return total

    def sub():
        nonlocal total
        total -= step
        return total

    def set_step(v):
        nonlocal step
        step = v

    return add, sub, set_step


add, sub, set_step = make(100)
show("closure", [add() for _ in range(3)])
set_step(10)
show("closure step", [add() for _ in range(3)])
try:
    add.__code__ = one.__code__
except ValueError as e:
    show("ValueError", e)
# add and sub have the same free variables, but co_freevars order: (step, total) in both
add.__code__ = sub.__code__
show("closure replaced", [add() for _ in range(3)])
set_step(1)
show("closure replaced step", [add() for _ in range(3)])


# 5. Frames seen after a replacement: tracebacks, sys._getframe(1), f_back, f_lineno.
def where():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno - where_base, f.f_back.f_code.co_name)


where_base = sys._getframe().f_lineno


def caller_a():
    return where()


def caller_b():
    x = 1
    return where()


show("where", [caller_a(), caller_b()])
caller_a.__code__ = caller_b.__code__
show("where replaced", [caller_a(), caller_a(), caller_b()])


def boom(n):
    if n == 0:
        raise KeyError("deep")
    return boom(n - 1)


def boom2(n):
    if n == 0:
        return 1 // n
    return boom2(n - 1) + 1


for fn in (boom, boom):
    try:
        fn(3)
    except (KeyError, ZeroDivisionError) as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - where_base))
            tb = tb.tb_next
        show(type(e).__name__, names)
    boom.__code__ = boom2.__code__


# 6. Generators: a generator function's code replaced by a plain function's and back.
def gen(n):
    for i in range(n):
        yield i * i


def plain(n):
    return list(range(n))


g = gen
show("gen", [list(g(k)) for k in range(4)])
gen.__code__ = plain.__code__
show("gen replaced", [g(k) for k in range(4)])
gen.__code__ = (lambda n: (yield n)).__code__
show("gen again", [list(g(k)) for k in range(3)])


# 7. The recursion limit and its message after a replacement.
def down(n):
    return down(n + 1)


def down2(n):
    return down(n + 2)


down.__code__ = down2.__code__
try:
    down(0)
except RecursionError as e:
    show("RecursionError", e)
show("still fine", rec_wide(1))
