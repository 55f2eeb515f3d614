# gen.throw / gen.close from inside the loop that resumes the generator inline, send into a
# just-started generator, and the sinks (sum, list, sorted, min, max, any, all, str.join,
# tuple, dict, set) over generators that raise, return early or are closed midway.


def gen(n):
    try:
        for i in range(n):
            try:
                yield i
            except KeyError as e:
                yield "caught %s" % e
    finally:
        print("  gen finally", n)


# throw into the generator the for loop is resuming
g = gen(6)
out = []
for x in g:
    out.append(x)
    if x == 2:
        out.append(g.throw(KeyError("k")))
print("throw in loop", out)

# close from inside the loop: the loop ends at the next resume
g = gen(6)
out = []
for x in g:
    out.append(x)
    if x == 3:
        g.close()
print("close in loop", out, g.gi_frame)

# throw an exception the generator does not handle: it leaves through the loop
g = gen(6)
out = []
try:
    for x in g:
        out.append(x)
        if x == 1:
            g.throw(ValueError("boom"))
except ValueError as e:
    print("unhandled throw", out, e, g.gi_frame)

# send a value into a just-started generator
def echo():
    got = []
    while True:
        v = yield len(got)
        got.append(v)
        if v == "stop":
            return got


e = echo()
try:
    e.send(5)
except TypeError as err:
    print("send to just-started:", err)
print("first", e.send(None), "then", e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("stop value", s.value)
try:
    e.send("late")
except StopIteration as s:
    print("after return", repr(s.value))

# next() of a just-started generator, then send from a loop with a method alias
e = echo()
snd = e.send
print("alias", next(e), [snd(i) for i in range(4)])
e.close()
try:
    snd(1)
except StopIteration:
    print("send after close: StopIteration")

# a generator that is running: send into itself
def selfish():
    yield me.send(None)


me = selfish()
try:
    next(me)
except ValueError as err:
    print("running:", err)


# sinks over generators raising midway
def upto(n, bad):
    for i in range(n):
        if i == bad:
            raise RuntimeError("bad %d" % i)
        yield i


for name, f in [("sum", sum), ("list", list), ("tuple", tuple), ("sorted", sorted), ("min", min),
                ("max", max), ("any", any), ("all", all), ("set", set)]:
    try:
        print(name, f(upto(5, 3)))
    except RuntimeError as err:
        print(name, "raised", err)

print("any stops early", any(x == 1 for x in upto(5, 3)))
print("all stops early", all(x < 1 for x in upto(5, 3)))
try:
    print(",".join(str(x) for x in upto(5, 2)))
except RuntimeError as err:
    print("join raised", err)
try:
    print(dict((x, x * x) for x in upto(5, 4)))
except RuntimeError as err:
    print("dict raised", err)


# a sink whose item makes the sink raise (sum of a str), then the generator is left suspended
def mixed():
    yield 1
    yield 2
    yield "x"
    yield 4


m = mixed()
try:
    sum(m)
except TypeError as err:
    print("sum type error:", err)
print("rest after the failed sum", list(m))


# StopIteration raised inside a generator becomes RuntimeError (PEP 479) in every consumer
def leaky():
    yield 1
    raise StopIteration("leak")


for f in (list, sum, sorted):
    try:
        f(leaky())
    except RuntimeError as err:
        print(f.__name__, "PEP 479:", err, type(err.__cause__).__name__)

# return value through yield from into a sum
def sub():
    yield 1
    yield 2
    return 10


def wrap():
    r = yield from sub()
    yield r


print("yield from value", sum(wrap()), list(wrap()))

# close a delegating generator suspended in a sink-driven loop
def deleg():
    try:
        yield from gen(4)
    finally:
        print("  deleg finally")


d = deleg()
print("first two", next(d), next(d))
d.close()
print("closed", d.gi_frame is None)
