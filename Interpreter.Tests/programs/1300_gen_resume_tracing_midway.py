# Generators resumed inline (for, next, send, yield from, sum/list sinks, sum over a native next)
# while sys.settrace / sys.setprofile are switched on and off in the middle of the iteration;
# the pair-query marker guards (line + function__entry at a resume, function__return +
# instance__new__done at a yield) must not change what Python sees.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "inner", "outer", "acc", "squares", "__init__", "boxes"):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("gen", "inner", "outer", "acc"):
        events.append(("p-" + event, frame.f_code.co_name))


def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1


def show(label):
    print(label, len(events), events[:6], events[-3:])
    events.clear()


# for loop: settrace switched on at item 3, off at item 7
out = []
for x in gen(10):
    if x == 3:
        sys.settrace(tracer)
    if x == 7:
        sys.settrace(None)
    out.append(x)
print("for", out)
show("for events")

# next(): tracing on between two next calls
g = gen(6)
a = next(g)
sys.settrace(tracer)
b = next(g)
c = next(g)
sys.settrace(None)
d = next(g)
print("next", a, b, c, d, list(g))
show("next events")


# send into a generator, profiler switched on midway
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


g = acc()
print("send start", g.send(None))
vals = []
for i in range(8):
    if i == 2:
        sys.setprofile(profiler)
    if i == 5:
        sys.setprofile(None)
    vals.append(g.send(i))
print("send", vals)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
show("send events")


# yield from chain, traced from the middle
def inner(k):
    for j in range(k):
        yield j * 10


def outer():
    yield from inner(3)
    yield from inner(4)
    return "done"


res = []
it = outer()
for n, v in enumerate(it):
    if n == 2:
        sys.settrace(tracer)
    if n == 5:
        sys.settrace(None)
    res.append(v)
print("yield from", res)
show("yield from events")


# sum and list over generators (the sinks) with tracing on from inside the generator
def squares(n):
    for i in range(n):
        if i == 4:
            sys.settrace(tracer)
        if i == 8:
            sys.settrace(None)
        yield i * i


print("sum", sum(squares(12)))
show("sum events")
print("list", list(squares(10)))
show("list events")
print("sorted", sorted(squares(9), reverse=True))
show("sorted events")
print("max/min/any/all", max(squares(9)), min(squares(9)), any(x > 50 for x in squares(9)), all(x < 100 for x in squares(9)))
show("maxmin events")


# a traced frame that is itself a class construction between resumes (instance__new__done site)
class Box:
    def __init__(self, v):
        self.v = v


def boxes(n):
    for i in range(n):
        yield Box(i)


got = []
for k, b in enumerate(boxes(6)):
    if k == 1:
        sys.settrace(tracer)
    if k == 4:
        sys.settrace(None)
    got.append(b.v)
print("boxes", got)
show("boxes events")

# profiler left on over a whole pipeline, then off again
sys.setprofile(profiler)
total = sum(x for x in gen(5))
sys.setprofile(None)
print("pipeline", total)
show("pipeline events")

# an exception escaping a generator that was resumed while tracing switched on
def bad(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad at %d" % i)
        yield i


seen = []
try:
    for i, x in enumerate(bad(5)):
        if i == 1:
            sys.settrace(tracer)
        seen.append(x)
except ValueError as e:
    sys.settrace(None)
    print("raised", e, seen)
print("trace now", sys.gettrace())
