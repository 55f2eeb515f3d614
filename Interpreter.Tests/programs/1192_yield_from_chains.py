# `yield from` chains resumed and yielded through several levels at once: values sent down the
# chain, throw() and close() into the middle, exceptions raised at the bottom with their
# tracebacks, return values through every level, generators running or finished inside a chain,
# exception state per level, gi_* attributes of the levels while the bottom runs, tracing
# attached inside a chain, the recursion limit, and coroutines awaiting through several levels.
import sys
import traceback


def base(n):
    for i in range(n):
        yield i
    return "base-done"


def level(depth, n):
    if depth == 0:
        r = yield from base(n)
    else:
        r = yield from level(depth - 1, n)
    return (depth, r)


def tree(d):
    if d:
        yield from tree(d - 1)
        yield d
        yield from tree(d - 1)


print(list(tree(4)))
print(sum(tree(6)), len(list(tree(8))))
g = level(5, 3)
print([x for x in g])
try:
    next(g)
except StopIteration as e:
    print("after end", e.value)


def wrap(n):
    r = yield from level(3, n)
    print("wrap got", r)
    return r


print(list(wrap(2)))

# for loops, next() and send() at the top of a chain


def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def relay(depth):
    if depth == 0:
        return (yield from echo())
    r = yield from relay(depth - 1)
    return ("relay", depth, r)


c = relay(4)
print(next(c))
for v in "abc":
    print("send", v, c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

# throw() into a chain: caught at the bottom, caught in the middle, not caught


def catcher(tag):
    while True:
        try:
            yield tag
        except ValueError as e:
            print("bottom caught", e)
            yield "recovered"


def middle():
    try:
        yield from catcher("m")
    except KeyError as e:
        print("middle caught", repr(e))
        yield "middle-recovered"
    yield "middle-end"


def top():
    yield from middle()
    yield "top-end"


t = top()
print(next(t), t.throw(ValueError("v1")), next(t))
print(t.throw(KeyError("k")), next(t), next(t))
try:
    t.throw(IndexError("gone"))
except IndexError as e:
    print("escaped", e, t.gi_frame)

# close() in the middle of a chain runs every level's finally


def fin(tag, inner):
    try:
        if inner is None:
            while True:
                yield tag
        else:
            yield from inner
    finally:
        print("finally", tag)


f = fin("a", fin("b", fin("c", None)))
print(next(f), next(f))
f.close()
print("closed", f.gi_frame, f.gi_running)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"


def over():
    yield from swallow()


o = over()
next(o)
try:
    o.close()
except RuntimeError as e:
    print("close:", e)

# an exception at the bottom of a chain: traceback through every level


def bad(n):
    yield n
    yield n // 0


def mid(n):
    yield from bad(n)


def outer(n):
    yield from mid(n)


try:
    for x in outer(3):
        print("got", x)
except ZeroDivisionError:
    lines = traceback.format_exc().replace(__file__, "FILE").splitlines()
    print("\n".join(lines))

# StopIteration raised inside a chain becomes RuntimeError at that level


def stopper():
    yield 1
    raise StopIteration("inner")


def via():
    yield from stopper()


try:
    print(list(via()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# the levels' state seen from the bottom while it runs


def probe(gens):
    yield "start"
    for name, gen in gens:
        fr = gen.gi_frame
        print(name, gen.gi_running, gen.gi_suspended, fr is not None and fr.f_lineno,
              type(gen.gi_yieldfrom).__name__)
    yield "end"


def lvl1(inner):
    yield from inner


gens = []
p = probe(gens)
l1 = lvl1(p)
l2 = lvl1(l1)
gens.extend([("p", p), ("l1", l1), ("l2", l2)])
print(next(l2))
print(type(l2.gi_yieldfrom).__name__, type(l1.gi_yieldfrom).__name__, l1.gi_frame.f_lineno, l2.gi_frame.f_lasti == l1.gi_frame.f_lasti, l2.gi_suspended)
print(next(l2))
print([x for x in l2])
print(l2.gi_frame, l1.gi_frame, p.gi_frame)

# a generator already running inside its own chain


def selfish():
    yield 1
    yield from me


me = selfish()


def host():
    yield from me


h = host()
print(next(h))
try:
    next(h)
except ValueError as e:
    print("ValueError:", e)

# a finished receiver in the middle: yield from an exhausted generator returns at once
done = base(2)
list(done)


def reuse():
    r = yield from done
    yield ("reuse", r)
    yield from base(2)


print(list(reuse()))

# exception state (sys.exc_info) per level of a chain


def exc_bottom():
    yield sys.exc_info()[0]
    try:
        raise KeyError("b")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def exc_mid():
    try:
        raise TypeError("m")
    except TypeError:
        yield from exc_bottom()
        yield sys.exc_info()[0]


def run_exc():
    out = []
    for v in exc_mid():
        out.append((v, sys.exc_info()[0]))
    return out


try:
    raise OSError("outer")
except OSError:
    for v, outside in run_exc():
        print(getattr(v, "__name__", v), getattr(outside, "__name__", outside))

# settrace attached while a chain is suspended, then removed
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("base", "level"):
        events.append((frame.f_code.co_name, event))
    return tracer


chain = level(2, 4)
print(next(chain), next(chain))
sys.settrace(tracer)
print(next(chain))
sys.settrace(None)
print(list(chain))
print(len(events), events[:6])

# deep chains near the recursion limit


def deep(n):
    if n == 0:
        yield "bottom"
        yield "bottom2"
    else:
        yield from deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(400)
try:
    print(list(deep(150)))
    try:
        print(list(deep(1000)))
    except RecursionError as e:
        print("RecursionError", type(e).__name__)
finally:
    sys.setrecursionlimit(old)
d = deep(200)
print(next(d), next(d), list(d))

# generators delegating to non-generator iterators and back


def mixed():
    yield from [1, 2]
    yield from base(2)
    yield from iter((7, 8))
    yield from (x * 10 for x in base(3))


print(list(mixed()))

# coroutines awaiting through several levels


class Step:
    def __await__(self):
        v = yield "step"
        return v


async def a0():
    return await Step()


async def a1():
    return ("a1", await a0())


async def a2():
    r = await a1()
    r2 = await a1()
    return (r, r2)


co = a2()
print(co.send(None))
print(co.send("x"))
try:
    co.send("y")
except StopIteration as e:
    print("coroutine result", e.value)

# consumers over chains
print(sum(level(4, 100)), max(tree(5)), sorted(level(2, 5), reverse=True), "".join(str(x) for x in tree(3)))
