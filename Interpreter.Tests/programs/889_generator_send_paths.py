# generator.send: values in, the return value out through StopIteration, and every refusal
# (just started, running, finished), exceptions and exc_info across a send, PEP 479, tracing.
import sys


def echo():
    got = []
    while True:
        x = yield len(got)
        if x == "stop":
            return got
        got.append(x)


e = echo()
print(e.send(None), e.send("a"), e.send(2.5), e.send(None))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value, s.args)
try:
    e.send(1)
except StopIteration as s:
    print("again", s.value, s.args)

fresh = echo()
try:
    fresh.send(5)
except TypeError as t:
    print("TypeError", t)
print(next(fresh))


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as v:
    print("ValueError", v)


def raising():
    x = yield 1
    raise KeyError(x)


r = raising()
next(r)
try:
    r.send("k")
except KeyError as k:
    print("KeyError", k, r.gi_frame)


def leaking():
    x = yield 1
    raise StopIteration(x)


l = leaking()
next(l)
try:
    l.send("v")
except RuntimeError as re:
    print("RuntimeError", re, repr(re.__cause__))


def exc_state():
    try:
        raise IndexError("inside")
    except IndexError:
        x = yield sys.exc_info()[0].__name__
        yield (x, sys.exc_info()[0].__name__)


g = exc_state()
print(next(g))
try:
    raise OSError("outside")
except OSError:
    print(g.send("sent"), sys.exc_info()[0].__name__)


def returns_none():
    yield
    return


n = returns_none()
n.send(None)
try:
    n.send(0)
except StopIteration as s:
    print("none value", s.value, s.args)

# many sends, the running total
def total():
    t = 0
    while True:
        v = yield t
        if v is None:
            return t
        t += v


acc = total()
next(acc)
for i in range(1000):
    last = acc.send(i)
print(last)

# under a tracer: call/return/line events around each send
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, arg if event in ("return",) else None))
    return tracer


def traced():
    a = yield 1
    b = yield a + 1
    return a + b


sys.settrace(tracer)
t = traced()
next(t)
t.send(10)
try:
    t.send(20)
except StopIteration as s:
    final = s.value
sys.settrace(None)
print(final, [e for e in events if e[0] != "line"])
