# A generator's handled exception is its own (CPython 3.11's gi_exc_state, linked in front of
# its resumer's while it runs): an except block begun while the caller handled another exception
# restores *its own* state (none) when it ends, and sys.exc_info() then shows whatever the
# current resumer handles. Every way of resuming: next, for, send, throw, close, yield from,
# sum/list consumers, generator expressions, nested generators, coroutines, async generators.
import sys


def cur():
    e = sys.exc_info()[1]
    return repr(e)


def cur2():
    return repr(sys.exception())


def g_basic():
    try:
        raise IndexError("inner")
    except IndexError:
        yield "in except: " + cur()
    yield "after except: " + cur()
    yield "again: " + cur2()


print("-- next, begun under KeyError, resumed outside")
it = g_basic()
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
print(next(it))
print(next(it))

print("-- next, begun outside, resumed under KeyError")
it = g_basic()
print(next(it))
try:
    raise KeyError("outer2")
except KeyError:
    print(next(it))
    print(next(it))
print("outside:", cur())

print("-- for loop begun under an exception")
try:
    raise ValueError("for-outer")
except ValueError:
    it = g_basic()
    print(next(it))
for x in it:
    print(x)


def g_plain():
    while True:
        yield cur()


print("-- a generator with no handler sees its resumer's exception")
it = g_plain()
print(next(it))
try:
    raise KeyError("a")
except KeyError:
    print(next(it))
    try:
        raise TypeError("b")
    except TypeError:
        print(next(it))
    print(next(it))
print(next(it))
print("sum/list over it:", list(next(it) for _ in range(2)))


def g_send():
    v = None
    while True:
        try:
            raise ZeroDivisionError("zd")
        except ZeroDivisionError:
            v = yield ("send-in", cur(), v)
        v = yield ("send-after", cur(), v)


print("-- send")
it = g_send()
try:
    raise KeyError("s-outer")
except KeyError:
    print(it.send(None))
print(it.send(1))
print(it.send(2))
try:
    raise OSError("s2")
except OSError:
    print(it.send(3))
    print(it.send(4))
print(it.send(5))


def g_throw():
    while True:
        try:
            yield "ready " + cur()
        except Exception as e:
            yield "caught %r, exc_info %s" % (e, cur())
            yield "after caught: " + cur()


print("-- throw")
it = g_throw()
print(next(it))
try:
    raise KeyError("t-outer")
except KeyError:
    print(it.throw(ValueError("thrown")))
print(next(it))
print(next(it))
try:
    raise KeyError("t-outer2")
except KeyError:
    e = ValueError("thrown2")
    print(it.throw(e))
    print("context of thrown:", repr(e.__context__))
print(next(it))
print(next(it))


def g_close():
    try:
        try:
            raise IndexError("c-inner")
        except IndexError:
            yield 1
        yield 2
    finally:
        print("finally sees", cur())


print("-- close")
it = g_close()
try:
    raise KeyError("c-outer")
except KeyError:
    next(it)
next(it)
it.close()
it = g_close()
next(it)
try:
    raise KeyError("c-outer2")
except KeyError:
    it.close()
it = g_close()
try:
    raise KeyError("c-outer3")
except KeyError:
    next(it)
    next(it)
it.close()


def inner():
    try:
        raise IndexError("yf-inner")
    except IndexError:
        yield "inner in except: " + cur()
    yield "inner after: " + cur()


def outer():
    try:
        raise LookupError("yf-outer-gen")
    except LookupError:
        yield from inner()
    yield "outer after: " + cur()
    yield from inner()


print("-- yield from")
it = outer()
try:
    raise KeyError("yf-caller")
except KeyError:
    print(next(it))
print(next(it))
print(next(it))
print(next(it))
try:
    raise KeyError("yf-caller2")
except KeyError:
    print(next(it))
print(next(it, "done"))


def raiser():
    try:
        raise IndexError("r-inner")
    except IndexError:
        yield 1
    raise ValueError("r-after")


print("-- an exception raised after the except block: its context")
it = raiser()
try:
    raise KeyError("r-outer")
except KeyError:
    next(it)
try:
    next(it)
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))


def bare_raise():
    try:
        raise IndexError("br")
    except IndexError:
        yield 1
    try:
        raise
    except RuntimeError as e:
        yield "bare raise: " + repr(e)


print("-- bare raise after the except block")
it = bare_raise()
try:
    raise KeyError("br-outer")
except KeyError:
    next(it)
print(next(it))


print("-- generator expressions and consumers")
def genexp_src():
    try:
        raise IndexError("gx")
    except IndexError:
        yield cur()
    yield cur()
    yield cur()

try:
    raise KeyError("gx-outer")
except KeyError:
    src = genexp_src()
    print(next(src))
print(list(src))
try:
    raise KeyError("gx-outer2")
except KeyError:
    print(list(x for x in genexp_src()))
print(sum(len(x) for x in genexp_src()))


print("-- nested generator resumed from a generator in an except block")
def level2():
    while True:
        yield "level2: " + cur()

def level1(sub):
    try:
        raise IndexError("level1")
    except IndexError:
        yield next(sub)
    yield next(sub)

l2 = level2()
l1 = level1(l2)
try:
    raise KeyError("nest-outer")
except KeyError:
    print(next(l1))
print(next(l1))
print(next(l2))


print("-- coroutines")
class Suspend:
    def __await__(self):
        yield "susp " + cur()

async def coro():
    try:
        raise IndexError("co")
    except IndexError:
        await Suspend()
    await Suspend()
    return cur()

c = coro()
try:
    raise KeyError("co-outer")
except KeyError:
    print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

async def awaiter():
    try:
        raise LookupError("aw")
    except LookupError:
        r = await coro()
    return r, cur()

c = awaiter()
try:
    raise KeyError("aw-outer")
except KeyError:
    print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


print("-- async generators")
async def agen():
    try:
        raise IndexError("ag")
    except IndexError:
        yield "ag in: " + cur()
    yield "ag after: " + cur()

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop"

ag = agen()
try:
    raise KeyError("ag-outer")
except KeyError:
    print(drive(ag.__anext__()))
print(drive(ag.__anext__()))
print(drive(ag.__anext__()))
ag = agen()
print(drive(ag.asend(None)))
try:
    raise KeyError("ag-outer2")
except KeyError:
    print(drive(ag.asend(None)))
print(drive(ag.aclose()))
print("end:", cur())
