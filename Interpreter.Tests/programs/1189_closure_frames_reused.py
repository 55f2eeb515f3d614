# Closures called many times: each call sees its own function's cells (frames are reused between
# calls of one function, and between functions of the same code made per call), cells rebound
# from inner functions, nonlocal, generators' cells, frames seen through sys._getframe, tracebacks,
# and what a dead closure's cells hold is freed.
import gc
import sys
import weakref


def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(i) for i in range(6)]
total = 0
for rnd in range(50):
    for a in adders:
        total += a(rnd)
print("adders", total, [a(100) for a in adders])

# Functions of one code made per call, each called once, then another, interleaved.
out = []
for i in range(40):
    f = make_adder(i * 10)
    g = make_adder(-i)
    out.append(f(1) + g(1) * 1000)
    out.append((lambda y, i=i: y * i)(2))
print("per call", sum(out), out[:6], out[-4:])


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0

    return bump, get, reset


b1, g1, r1 = counter()
b2, g2, r2 = counter()
for i in range(30):
    b1()
    b2(2)
    if i % 7 == 6:
        r1()
print("counters", g1(), g2(), b1(0), b2(0))


def outer_rebind():
    x = "start"

    def setter(v):
        nonlocal x
        x = v

    def reader():
        return x

    seen = []
    for v in ("a", "b", "c"):
        setter(v)
        seen.append(reader())
    del_result = None

    def deleter():
        nonlocal x
        del x

    deleter()
    try:
        reader()
    except NameError as e:
        del_result = str(e)
    setter("again")
    return seen, reader(), del_result


print("rebind", outer_rebind())


def cell_and_free(k):
    # A function with a cell of its own and a free variable: both kinds per call.
    def mid(m):
        acc = [k, m]

        def inner():
            acc.append(k + m)
            return list(acc)
        return inner
    return mid


cf = cell_and_free(5)
res = []
for m in range(4):
    inner = cf(m)
    res.append(inner())
    res.append(inner())
print("cell+free", res)


def gen_closure(limit):
    step = 2

    def gen():
        i = 0
        while i < limit:
            yield i
            i += step
    return gen


gens = [gen_closure(n) for n in (5, 9, 3)]
for rnd in range(3):
    print("gens", rnd, [list(g()) for g in gens], sum(x for g in gens for x in g()))


def closure_gen_cells():
    state = []

    def g():
        for i in range(3):
            state.append(i)
            yield len(state)
    return g, state


gf, st = closure_gen_cells()
print("gen cells", list(gf()), list(gf()), st)


def recursive_closure(depth):
    seen = []

    def walk(n):
        seen.append(n)
        if n == 0:
            return 0
        return 1 + walk(n - 1)
    return walk(depth), len(seen)


print("recursive", recursive_closure(10), recursive_closure(150), recursive_closure(3))


def frame_view(tag):
    val = tag * 2

    def look():
        v = val + "!"
        fr = sys._getframe()
        return sorted(k for k in fr.f_locals), fr.f_locals["val"], fr.f_back.f_code.co_name
    return look


fv = [frame_view(t) for t in ("p", "q")]
for rnd in range(3):
    print("frames", [f() for f in fv])


def failing(tag):
    def boom(n):
        if n == 0:
            raise ValueError(tag)
        return boom(n - 1)
    return boom


for t in ("x", "y"):
    fb = failing(t)
    for rnd in range(2):
        try:
            fb(3)
        except ValueError as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print("traceback", t, rnd, e, names)


class Big:
    pass


def holder():
    obj = Big()

    def use():
        return type(obj).__name__
    return use, weakref.ref(obj)


u, ref = holder()
for i in range(20):
    u()
print("alive while the closure lives", ref() is not None, u())
del u
gc.collect()
print("freed with the closure", ref() is None)

# Same code, the first function's frame handed to the next function of that code.
refs = []
for i in range(5):
    use, r = holder()
    use()
    refs.append(r)
    del use
gc.collect()
print("per-call closures freed", [r() is None for r in refs])
