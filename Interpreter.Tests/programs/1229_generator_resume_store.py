# Generators resumed inline: a `yield x` statement resumed by for/next/sum/list/send(None) (the
# sent None is not pushed when a POP_TOP follows), and yields delivered by a for loop straight
# into its loop variable (FOR_ITER STORE_FAST), next to every target that is not a plain local.
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def receiver(log):
    while True:
        v = yield len(log)
        log.append(v)
        if v == "stop":
            return "done"


def printed():
    print("got", (yield 1))
    print("got", (yield 2))


def local_for():
    total = 0
    for x in counter(10):
        total += x
    last = None
    for last in counter(3):
        pass
    return total, last, x


print(local_for())
print(sum(counter(100)), list(counter(5)), sorted(counter(4), reverse=True))

# send(None), next() and for on one generator, values observed by the generator
log = []
r = receiver(log)
print(next(r), r.send(None), next(r), r.send("a"), r.send(None))
for k in r:
    if k > 6:
        break
print(log, k)
try:
    r.send("stop")
except StopIteration as e:
    print("stop value", e.value)
print(log)

# a yield expression's value used: for and next send None, send sends a value
g = printed()
for v in g:
    print("for got", v)
g = printed()
print(next(g))
print(g.send("x"))
try:
    g.send("y")
except StopIteration:
    print("finished")


# targets that are not plain locals
class Box:
    pass


b = Box()
d = {}
lst = [0, 0]
for b.attr in counter(3):
    pass
for d["k"] in counter(4):
    pass
for lst[1] in counter(5):
    pass
for a, c in ((i, i * i) for i in counter(4)):
    pass
for (m, *rest) in ([i] * 3 for i in counter(3)):
    pass
print(b.attr, d, lst, a, c, m, rest)
for modvar in counter(7):
    pass
print(modvar)


class K:
    for cv in counter(2):
        pass


print(K.cv)


def closure_target():
    for cell in counter(6):
        pass
    return lambda: cell


print(closure_target()())


def nonlocal_target():
    z = None

    def inner():
        nonlocal z
        for z in counter(8):
            pass
    inner()
    return z


print(nonlocal_target())


# nested for loops over generators, the inner one restarted
def nested(n):
    out = []
    for i in counter(n):
        for j in counter(i):
            out.append((i, j))
    return out


print(nested(4))


# an exception in the loop body after the store, and in the generator after the resume
def faulty():
    yield 1
    yield 2
    raise ValueError("in generator")


def body_raises():
    for x in counter(5):
        if x == 3:
            raise KeyError(x)


try:
    body_raises()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("KeyError", e, lines)

seen = []
try:
    for y in faulty():
        seen.append(y)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError", e, seen, lines)


# throw() and close() at a yield statement that for and next resumed
def guarded():
    try:
        while True:
            try:
                yield "tick"
            except TypeError as e:
                print("caught", e)
                yield "recovered"
    finally:
        print("finally ran")


gg = guarded()
for n, t in enumerate(gg):
    if n == 2:
        break
print(gg.throw(TypeError("boom")))
print(next(gg), gg.gi_running, gg.gi_frame.f_lineno)
gg.close()
print(gg.gi_frame, gg.gi_running)


def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2


ge = ignores_exit()
for q in ge:
    break
try:
    ge.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# generator already executing, seen from its own loop body
def self_ref():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 2


me = self_ref()
for v in me:
    print("self_ref", v)


# PEP 479 through a for-resumed yield statement
def leaks():
    yield 1
    next(iter(()))


try:
    for v in leaks():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# gi_frame state while suspended at a statement yield, seen from the consumer
def lines():
    yield "a"
    yield "b"


lg = lines()
for v in lg:
    fr = lg.gi_frame
    print(v, fr.f_lineno, lg.gi_running, lg.gi_suspended if hasattr(lg, "gi_suspended") else None)
print(lg.gi_frame)


# f_lasti inside the generator after a resume, and a hot loop of many generators
def lasti():
    yield 0
    yield sys._getframe().f_lasti
    yield sys._getframe().f_lineno


print(list(lasti())[1] > 0, list(lasti())[2])


def pipeline(n):
    def evens(it):
        for x in it:
            if x % 2 == 0:
                yield x

    def squares(it):
        for x in it:
            yield x * x

    total = 0
    for s in squares(evens(counter(n))):
        total += s
    return total


print(pipeline(20000), sum(x * x for x in range(0, 20000, 2)))


# a tracer attached while a for loop over a generator is running
def traced_consumer():
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name in ("traced_consumer", "source"):
            events.append((frame.f_code.co_name, event, frame.f_lineno))
        return tracer

    def source():
        yield 1
        sys.settrace(tracer)
        yield 2
        yield 3

    got = []
    for item in source():
        got.append(item)
    sys.settrace(None)
    return got, events


print(traced_consumer())


# the exception being handled, inside and outside generators resumed inline
def exc_seen():
    yield repr(sys.exc_info()[1])
    try:
        raise IndexError("inner")
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def outside():
    out = []
    g = exc_seen()
    out.append(next(g))
    try:
        raise KeyError("outer")
    except KeyError:
        for v in g:
            out.append(v)
            out.append(repr(sys.exc_info()[1]))
            if len(out) == 5:
                break
    out.append(repr(sys.exc_info()[1]))
    # (Not resumed again here: its except block would end under another handled exception than
    # the one it began under, where Herthon's single exception-state slot differs from CPython's
    # chain of states: see docs/performance.md, gen11.)
    g.close()
    out.append(repr(g.gi_frame))
    return out


for item in outside():
    print(item)
try:
    raise OSError("around")
except OSError:
    print(list(exc_seen()), repr(sys.exc_info()[1]))
print([repr(sys.exc_info()[1]) for _ in counter(2)], list(exc_seen()))
