# The __context__ a generator's exceptions get, and what a thrown exception is chained to:
# a raise inside a generator chains to the generator's own handled exception when it has one,
# otherwise to what its resumer handles (the chain below it); throw() chains the thrown
# exception to the generator's own state only. contextlib.contextmanager (throw on exit),
# nested except blocks inside generators, re-raises, and `raise ... from`.
import sys
from contextlib import contextmanager


def chain(e):
    out = []
    seen = 0
    while e is not None and seen < 6:
        out.append(repr(e))
        e = e.__cause__ if e.__cause__ is not None else e.__context__
        seen += 1
    return " <- ".join(out)


def raising_gen(kind):
    yield "start"
    if kind == 1:
        raise ValueError("plain")
    try:
        raise IndexError("own")
    except IndexError:
        yield "in own except"
        raise ValueError("under own")


print("-- raise in a generator, resumer handling nothing / something")
g = raising_gen(1)
next(g)
try:
    next(g)
except ValueError as e:
    print(chain(e))
g = raising_gen(1)
next(g)
try:
    raise KeyError("resumer")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(chain(e))
g = raising_gen(2)
next(g)
try:
    raise KeyError("resumer2")
except KeyError:
    next(g)
try:
    next(g)
except ValueError as e:
    print(chain(e))
g = raising_gen(2)
next(g)
next(g)
try:
    raise KeyError("resumer3")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(chain(e))


def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("  caught", chain(e), "| exc_info", repr(sys.exc_info()[1]))
            try:
                yield "in handler"
            except Exception as e2:
                print("  caught again", chain(e2))


print("-- throw: the thrown exception's context")
g = catcher()
next(g)
try:
    raise KeyError("caller")
except KeyError:
    g.throw(ValueError("t1"))
    g.throw(TypeError("t2"))
next(g)
g.throw(OSError("t3"))
try:
    raise KeyError("caller2")
except KeyError:
    g.throw(RuntimeError("t4"))
g.close()


print("-- contextmanager")
@contextmanager
def cm(name):
    print("  enter", name, repr(sys.exc_info()[1]))
    try:
        yield name
    except ZeroDivisionError as e:
        print("  cm caught", chain(e), "| exc_info", repr(sys.exc_info()[1]))
        raise ArithmeticError("from cm " + name)
    finally:
        print("  exit", name, repr(sys.exc_info()[1]))

with cm("a"):
    pass
try:
    with cm("b"):
        1 / 0
except ArithmeticError as e:
    print(chain(e))
try:
    raise KeyError("outer-with")
except KeyError:
    try:
        with cm("c"):
            1 / 0
    except ArithmeticError as e:
        print(chain(e))
    with cm("d"):
        print("  body sees", repr(sys.exc_info()[1]))


@contextmanager
def suppressing():
    try:
        yield
    except LookupError:
        print("  suppressed; exc_info", repr(sys.exc_info()[1]))
    print("  after suppress", repr(sys.exc_info()[1]))

with suppressing():
    {}["k"]
try:
    raise OSError("os")
except OSError:
    with suppressing():
        [][1]
    print("  back in except", repr(sys.exc_info()[1]))


print("-- nested except blocks in a generator")
def nested():
    try:
        raise IndexError("n1")
    except IndexError:
        try:
            raise KeyError("n2")
        except KeyError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
        try:
            raise ValueError("n3")
        except ValueError as e:
            yield chain(e)
    yield repr(sys.exc_info()[1])

g = nested()
print(next(g))
try:
    raise OSError("nest-caller")
except OSError:
    print(next(g))
    print(next(g))
print(next(g))
print(next(g, "end"))


print("-- bare raise and raise from inside a generator's handler")
def reraiser():
    try:
        raise IndexError("rr")
    except IndexError:
        yield 1
        raise
    
def raise_from():
    try:
        raise IndexError("rf")
    except IndexError as e:
        yield 1
        raise ValueError("rf2") from e

for f in (reraiser, raise_from):
    g = f()
    try:
        raise KeyError("rr-caller")
    except KeyError:
        next(g)
    try:
        next(g)
    except Exception as e:
        print(chain(e), "| suppress", e.__suppress_context__)


print("-- a generator finished inside an except block, then a new one")
def short():
    try:
        raise IndexError("short")
    except IndexError:
        yield 1
for x in short():
    print(x, repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))
try:
    raise KeyError("loop")
except KeyError:
    for x in short():
        print(x, repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))


print("-- throw through yield from: the delegating generator's own state")
def sub_plain():
    yield "sub"

def sub_catching():
    try:
        yield "sub"
    except ValueError:
        raise TypeError("from sub")

def sub_own_handler():
    try:
        raise IndexError("sub-own")
    except IndexError:
        yield "sub in handler"

def delegating(sub, handle):
    if handle:
        try:
            raise KeyError("delegator-own")
        except KeyError:
            yield from sub()
    else:
        yield from sub()

for sub in (sub_plain, sub_catching, sub_own_handler):
    for handle in (False, True):
        for caller_handles in (False, True):
            g = delegating(sub, handle)
            next(g)
            e0 = ValueError("thrown")
            try:
                if caller_handles:
                    try:
                        raise OSError("caller")
                    except OSError:
                        g.throw(e0)
                else:
                    g.throw(e0)
            except Exception as e:
                print(sub.__name__, handle, caller_handles, chain(e))

print("-- a thrown exception that already has a context")
def waiting(handle):
    if handle:
        try:
            raise KeyError("own")
        except KeyError:
            yield
    else:
        yield

for handle in (False, True):
    try:
        raise LookupError("earlier")
    except LookupError:
        try:
            raise ValueError("with context")
        except ValueError as e:
            thrown = e
    g = waiting(handle)
    next(g)
    try:
        g.throw(thrown)
    except ValueError as e:
        print(handle, chain(e))
