# Returns from inline calls through every path: small frames (slots cleared in place), frames
# with more than sixteen slots, functions with no room among their spare frames (deep
# recursion), frames seen by sys._getframe / f_back / tracebacks, settrace and setprofile
# call/return events, exceptions crossing inline calls, generators created inside them, and
# __init__ frames; each call's locals start fresh.
import sys


def small(a, b):
    c = a + b
    return c


def large(a, b, c, d, e, f, g, h, i, j):
    k, l, m, n, o, p, q, r, s, t = a, b, c, d, e, f, g, h, i, j
    u = [k, l, m, n, o, p, q, r, s, t]
    return sum(u) + len((a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t))


def fresh(x, flag):
    if flag:
        y = x * 2
    try:
        return y
    except UnboundLocalError as ex:
        return "unbound: " + str(ex)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(small(1, 2), small("a", "b"), small(1.5, 2))
print(large(*range(10)), large(*range(10, 20)))
print(fresh(3, True), fresh(4, False), fresh(5, True))
print(depth(200), depth(10), depth(150))
print(fib(18), [fib(i) for i in range(12)])


# sys._getframe and f_back inside inline calls
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_locals.get("marker")


def outer():
    marker = "outer-local"
    return inner()


def inner():
    marker = "inner-local"
    return where()


print(outer())
print(inner())
kept = []


def keep_frame(n):
    kept.append(sys._getframe())
    return n * 10


print([keep_frame(i) for i in range(3)])
print([f.f_locals["n"] for f in kept], [f.f_code.co_name for f in kept])
print(keep_frame(7), kept[-1].f_locals["n"], kept[0].f_locals["n"])


# tracebacks through inline frames
def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return fail(n - 1) + 1


def catch():
    try:
        fail(3)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("n")))
            tb = tb.tb_next
        return names


print(catch())
print(catch() == catch(), small(5, 6))


def reraise_in_middle(n):
    try:
        return fail(n)
    except ValueError:
        return "caught at %d" % n


print(reraise_in_middle(2), depth(5))


# settrace and setprofile see the inline calls' call and return events
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("small", "fib", "gen_in_call", "g"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
    return tracer


sys.settrace(tracer)
small(2, 3)
fib(3)
sys.settrace(None)
print(events)
events.clear()


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("small", "depth"):
        events.append((event, frame.f_code.co_name, arg))


sys.setprofile(profiler)
small(10, 20)
depth(2)
sys.setprofile(None)
print(events)
events.clear()
print(small(7, 8), depth(30))


# generators created inside inline calls, run after the call returned
def gen_in_call(n):
    def g():
        for i in range(n):
            yield i * i
    return g()


gens = [gen_in_call(i) for i in range(4)]
print([list(g) for g in gens])
print(sum(gen_in_call(10)), list(gen_in_call(3)))


# __init__ frames and methods
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def deep(self, n):
        return self.x if n == 0 else self.deep(n - 1)


ps = [P(i) for i in range(5)]
print([p.get() for p in ps], ps[3].deep(100), P("s").deep(3))
try:
    P()
except TypeError as e:
    print("TypeError:", e)
print(small(1, 1))
