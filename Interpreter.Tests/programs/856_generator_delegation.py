# Generators driven by next(), send() and `yield from`: values, return values through
# StopIteration and yield from, exceptions crossing delegation, and generator state.
import sys
import traceback


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  leaf got", got)
    return "leaf done %d" % n


def middle(n):
    r1 = yield from leaf(n)
    print("  middle: first", r1)
    r2 = yield from leaf(n + 1)
    print("  middle: second", r2)
    return r1 + " / " + r2


def outer():
    result = yield from middle(1)
    print("  outer:", result)
    yield "last"


print("-- next over a delegation chain")
g = outer()
while True:
    try:
        print("next ->", next(g))
    except StopIteration as e:
        print("stopped, value", e.value)
        break
print("next with default:", next(g, "default"))

print("-- send through yield from")
g = middle(2)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration value:", e.value)


def counter(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return n


print("-- next() collects the return value")
g = counter(3)
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print(vals, "returned", e.value, e.args)
        break
try:
    next(g)
except StopIteration as e:
    print("again:", e.args, e.value)


def take(it, k):
    return [next(it) for _ in range(k)]


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print("-- next in a loop:", take(naturals(), 6))


def tree(depth, label="r"):
    if depth == 0:
        yield label
        return 1
    left = yield from tree(depth - 1, label + "L")
    right = yield from tree(depth - 1, label + "R")
    return left + right


def count_leaves(depth):
    total = yield from tree(depth)
    yield "leaves=%d" % total


print("-- recursive yield from:", list(count_leaves(3)))


def failing(n):
    yield n
    raise ValueError("bad item %d" % n)


def relay():
    try:
        yield from failing(7)
    except ValueError as e:
        print("  relay caught:", e)
        yield "recovered"
    yield "after"


print("-- exceptions through yield from:", list(relay()))


def bare():
    yield 1
    raise KeyError("k")


def passthrough():
    yield from bare()


g = passthrough()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError escaped:", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([fr.name for fr in tb])


def leaks_stop():
    yield 1
    raise StopIteration("leak")


def delegate_leak():
    yield from leaks_stop()


print("-- PEP 479")
for make in (leaks_stop, delegate_leak):
    g = make()
    print(next(g))
    try:
        next(g)
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as e:
    print("running:", e)


def watcher():
    yield gen_ref.gi_running
    inner = yield from sub()
    yield inner


def sub():
    yield gen_ref.gi_running
    yield sys._getframe().f_back.f_code.co_name
    return "sub-ret"


gen_ref = watcher()
print("-- state:", list(gen_ref), gen_ref.gi_running, gen_ref.gi_frame)


def fresh():
    x = yield
    yield x


def send_into_fresh():
    g = fresh()
    r = yield from g
    return r


g = send_into_fresh()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)


def handled_state():
    try:
        raise IndexError("outer")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield from inner_state()
        yield sys.exc_info()[0].__name__


def inner_state():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__


print("-- exc_info:", list(handled_state()), sys.exc_info())


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  closer finally")


def closing_delegate():
    yield from closer()


g = closing_delegate()
print(next(g))
g.close()
print("closed; next gives", next(g, "nothing"))
g = closing_delegate()
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown out:", e)
