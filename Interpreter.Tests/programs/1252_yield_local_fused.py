# `yield n` / `x = yield total` (LOAD_FAST|LOAD_DEREF YIELD_VALUE) in one dispatch in a generator
# resumed inline: every resume path, exception state, tracing on and off, errors midway.
import sys


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(gen, k):
    for _ in range(k):
        yield next(gen)


def filtered(pred, gen):
    for x in gen:
        if pred(x):
            yield x


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


print(sum(filtered(lambda v: v % 3 == 0, take(naturals(1), 30))))
print(list(filtered(lambda v: v & 1, take(naturals(5), 9))))
g = naturals(10)
print(next(g), next(g), [next(g) for _ in range(3)])
for v in naturals(0):
    if v > 4:
        break
    print("for", v)

acc = running_total()
print("first", next(acc))
print([acc.send(i) for i in range(1, 6)])
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(acc)
except StopIteration as e:
    print("exhausted", e.value)

# send() before start, next() on a running generator, on a closed one.
fresh = running_total()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError", e)


def selfish():
    me = yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    v = "after"
    yield v


s = selfish()
next(s)
print(s.send(s))
s.close()
try:
    next(s)
except StopIteration:
    print("closed: StopIteration")


# A cell variable yielded (LOAD_DEREF YIELD_VALUE), captured by a closure that changes it.
def cells():
    c = 0

    def bump():
        nonlocal c
        c += 10

    for _ in range(3):
        yield c
        bump()


print(list(cells()), [v for v in cells()], sum(cells()))


# An unbound local yielded: UnboundLocalError inside the generator, seen by each consumer.
def unbound(flag):
    if flag:
        x = 1
    yield 0
    yield x


for consume in (list, sum, lambda g: [v for v in g], lambda g: (next(g), next(g))):
    try:
        print(consume(unbound(False)))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
print(list(unbound(True)))


# Yields inside try/except/finally: sys.exc_info() on either side of the yield.
def guarded():
    try:
        raise KeyError("inner")
    except KeyError:
        info = repr(sys.exc_info()[1])
        yield info
        info = repr(sys.exc_info()[1])
        yield info
    after = repr(sys.exc_info()[1])
    yield after
    try:
        done = "try"
        yield done
    finally:
        print("  finally ran")


print(list(guarded()))
gg = guarded()
try:
    raise ValueError("outer")
except ValueError:
    print(next(gg), next(gg))
print(next(gg), repr(sys.exc_info()[1]))
print(next(gg))
gg.close()


# throw() into a generator suspended at `yield x`, and into a delegating one.
def catcher():
    got = None
    while True:
        try:
            got = yield got
        except RuntimeError as e:
            got = "caught " + str(e)


def delegator():
    r = yield from catcher()
    yield r


c = catcher()
next(c)
print(c.send(1), c.throw(RuntimeError("boom")), c.send(2))
d = delegator()
next(d)
print(d.send("a"), d.throw(RuntimeError("deep")), d.send("b"))
try:
    d.throw(KeyError("uncaught"))
except KeyError as e:
    print("KeyError out of delegator", e)
print(list(d))


# gi_frame state between yields (f_lineno of the suspended frame, gi_suspended, gi_running).
def watched():
    a = 1
    yield a
    b = 2
    yield b


w = watched()
print(w.gi_suspended, w.gi_running)
print(next(w), w.gi_frame.f_lineno - watched.__code__.co_firstlineno, w.gi_suspended)
print(next(w), w.gi_frame.f_lineno - watched.__code__.co_firstlineno)
print(list(w), w.gi_frame)


# sys.settrace on and off around generators driven by for, next and send.
events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("naturals", "running_total"):
        events.append((name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg if event in ("return",) else None))
    return tracer


def drive():
    out = []
    nat = naturals(3)
    for v in take(nat, 2):
        out.append(v)
    nat.close()   # closed here, not when collected (CPython's reference counts would close it at once)
    acc = running_total()
    next(acc)
    out.append(acc.send(4))
    out.append(acc.send(5))
    acc.close()
    return out


sys.settrace(tracer)
r = drive()
sys.settrace(None)
print(r)
for e in events:
    print(" ", e)
print(drive())

# A tracer attached while a generator is suspended in an inline resume chain.
g2 = naturals(100)
print(next(g2))
events.clear()
sys.settrace(tracer)
print(next(g2), next(g2))
sys.settrace(None)
print(events)
print(next(g2))
