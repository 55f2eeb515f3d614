# Closures called again and again from reused frames: each call sees its own function's cells,
# for functions of one code made per call, interleaved counters, recursion past the reused depth,
# generators and cell variables next to free variables, __code__ swapped, cells read from outside.
import sys


def make_counter(start, step):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


a, pa = make_counter(0, 1)
b, pb = make_counter(100, -1)
out = []
for i in range(6):
    out.append((a(), b()))
    if i == 2:
        a, pa = make_counter(50, 10)
print(out, pa(), pb())

# Functions of one code made per call: the code's spare frame passes from one to the next.
print([make_counter(k, k)[0]() for k in range(8)])
print([make_counter(k, 1)[1]() for k in range(8)])


def adder_tree(depth, k):
    def rec(n):
        if n == 0:
            return k
        return rec(n - 1) + k

    return rec(depth)


# Recursion through a closure deeper than the reused frames, then shallower, other closures between.
print(adder_tree(100, 1), adder_tree(3, 2), adder_tree(150, 3), adder_tree(0, 4))


def cells_and_free(x):
    def outer(y):
        z = y * 2

        def inner():
            return x + y + z

        return inner()

    return outer


f = cells_and_free(1)
print([f(i) for i in range(5)])
g = cells_and_free(100)
print([f(1), g(1), f(2), g(2)])


def gen_closure(n):
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total

    def gen():
        for i in range(n):
            yield add(i)

    return gen


gg = gen_closure(5)
print(list(gg()), list(gg()))


# __code__ swapped between two closures with the same number of free variables.
def pair(u, v):
    def first():
        return ("first", u, v)

    def second():
        return ("second", v, u)

    return first, second


p1, p2 = pair(1, 2)
res = []
for i in range(5):
    res.append(p1())
    if i == 1:
        p1.__code__ = p2.__code__
    if i == 3:
        try:
            p1.__code__ = make_counter.__code__
        except ValueError as e:
            res.append("ValueError " + str(e))
print(res)


# Cells deleted and rebound from outside between calls, and the cell objects themselves.
def shared():
    v = 1

    def get():
        return v

    def set_(x):
        nonlocal v
        v = x

    def delete():
        nonlocal v
        del v

    return get, set_, delete


get, set_, delete = shared()
seen = []
for i in range(6):
    if i == 2:
        delete()
    if i == 3:
        set_("again")
    if i == 4:
        get.__closure__[0].cell_contents = "via cell"
    try:
        seen.append(get())
    except NameError as e:
        seen.append("NameError")
print(seen, get.__closure__[0] is set_.__closure__[0])


# A closure's frame seen by a tracer and by sys._getframe while it is reused.
def frames():
    w = "w"

    def look():
        fr = sys._getframe()
        return (w, sorted(fr.f_locals), fr.f_locals["w"], fr.f_code.co_freevars)

    return look


look = frames()
print([look() for _ in range(3)])
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "bump":
        events.append((event, frame.f_locals.get("count")))
    return tracer


c, _ = make_counter(0, 5)
got = []
for i in range(5):
    if i == 1:
        sys.settrace(tracer)
    if i == 3:
        sys.settrace(None)
    got.append(c())
print(got, events)
