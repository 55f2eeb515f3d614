# `g.send(v)` with a local or constant argument (LOAD_METHOD send, LOAD_FAST|LOAD_CONST, CALL_METHOD 1)
# resumed inline from the LOAD_METHOD: every state of the generator and every result.
import sys


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def drive(acc, values):
    out = []
    for v in values:
        out.append(acc.send(v))
    return out


acc = running_total()
print(acc.send(None), drive(acc, range(1, 6)))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for v in (1, None):
    try:
        acc.send(v)
    except StopIteration as e:
        print("exhausted", repr(e.value))


# send() before start: a non-None value is a TypeError, None starts it.
def before_start():
    g = running_total()
    x = 5
    try:
        g.send(x)
    except TypeError as e:
        print("TypeError", e)
    print(g.send(None), g.send(x), g.send(2))


before_start()


# send() on a running generator (the generator sends to itself).
def selfish():
    me = yield "started"
    try:
        me.send(1)
    except ValueError as e:
        print("ValueError", e)
    z = yield "after"
    yield z


s = selfish()
print(s.send(None), s.send(s), s.send("zed"))


# send() to a closed generator, to one that raises midway, to one that returns a value.
def raiser():
    x = yield 1
    raise KeyError(x)


def returner():
    x = yield 1
    return ("returned", x)


def send_to(g, v):
    try:
        return g.send(v)
    except StopIteration as e:
        return "StopIteration %r" % (e.value,)
    except KeyError as e:
        return "KeyError %r" % (e,)


c = running_total()
next(c)
c.close()
print(send_to(c, 1))
r = raiser()
next(r)
print(send_to(r, "bad"), send_to(r, 2))
t = returner()
next(t)
print(send_to(t, 42), send_to(t, 43))


# `yield from`: send() reaches the innermost generator; throw() into a delegating generator.
def inner():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def outer():
    r = yield from inner()
    yield ("inner returned", r)


o = outer()
next(o)
vals = ["a", "b", "c"]
for v in vals:
    print(o.send(v), end=" ")
print(o.send(None))
o2 = outer()
next(o2)
o2.send(1)
try:
    o2.throw(ValueError("into the delegator"))
except ValueError as e:
    print("ValueError", e)
print(send_to(o2, 3))


# The same site seeing a generator, then other objects with a send method.
class Sender:
    def send(self, v):
        return ("Sender.send", v)


class GenLike:
    def __init__(self):
        self.g = running_total()
        next(self.g)

    def send(self, v):
        return ("GenLike", self.g.send(v))


async def coro():
    return "coroutine done"


def mixed(objs):
    out = []
    for obj in objs:
        v = 7
        try:
            out.append(obj.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


g1 = running_total()
next(g1)
co = coro()
print(mixed([g1, g1, Sender(), GenLike(), g1, co]))
co.close()


# Exception state: a send made inside an except block, sys.exc_info() in the generator.
def exc_watch():
    while True:
        v = yield repr(sys.exc_info()[1])
        if v == "raise":
            try:
                raise IndexError("in gen")
            except IndexError:
                v = yield repr(sys.exc_info()[1])


w = exc_watch()
next(w)
x = "plain"
print(w.send(x))
try:
    raise KeyError("outer")
except KeyError:
    x = "in handler"
    print(w.send(x))
    x = "raise"
    print(w.send(x))
x = "again"
print(w.send(x), repr(sys.exc_info()[1]))

# sys.settrace on and off around send().
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "running_total":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


g2 = running_total()
next(g2)
sys.settrace(tracer)
print(drive(g2, [10, 20]))
sys.settrace(None)
print(events)
print(drive(g2, [30]))
g2.close()
