# PEP 479 under every resume path (for loop, next(), C# consumers, yield from), close() and
# throw() on suspended generators, and the state a generator shows while it is consumed.
import sys


def leaky(n):
    for i in range(n):
        yield i
    raise StopIteration("leak")


for consume in (list, sum, tuple, sorted, set, lambda g: [x for x in g], lambda g: "".join(map(str, g)),
                lambda g: [next(g) for _ in range(10)], lambda g: dict(zip(g, g)), any):
    try:
        consume(leaky(3)) if consume is not any else any(x > 5 for x in leaky(3))
        print("no error")
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    except StopIteration as e:
        print("StopIteration", e)


def outer():
    yield from leaky(2)


try:
    print(sum(outer()))
except RuntimeError as e:
    print("outer RuntimeError", e, type(e.__cause__).__name__)

# A generator returning a value: consumers drop it, yield from gets it.
def ret():
    yield 1
    return "value"


def deleg():
    v = yield from ret()
    yield v


print(list(ret()), list(deleg()), sum(x for x in [1]))
# close() and throw()
log = []


def guarded():
    try:
        for i in range(10):
            yield i
    except ValueError as e:
        log.append("caught %s" % e)
        yield "recovered"
    finally:
        log.append("finally")


g = guarded()
print(sum(next(g) for _ in range(3)))
print(g.throw(ValueError("boom")), log)
g.close()
print(log, g.gi_frame)
g = guarded()
print(list(zip(g, range(2))))
g.close()
print(log)
try:
    g.throw(KeyError("after close"))
except KeyError as e:
    print("KeyError", e)


def ignores():
    try:
        yield 1
        yield 1
        yield 1
    except GeneratorExit:
        pass
    yield "ignored"


g = ignores()
print(sum(next(g) for _ in range(2)))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
# gi_running / gi_frame during consumption by C# consumers and for loops.
def introspect():
    yield me.gi_running
    yield me.gi_frame is not None and me.gi_frame.f_code.co_name
    yield sys._getframe().f_back is not None


me = introspect()
print(list(me), me.gi_running, me.gi_frame)
me = introspect()
print(sum(1 for _ in me), me.gi_frame)
me = introspect()
print(tuple(me))
# A generator re-entering itself through a consumer: ValueError.
def reenter():
    yield list(self_gen)


self_gen = reenter()
try:
    next(self_gen)
except ValueError as e:
    print("ValueError", e)
print(list(self_gen))
