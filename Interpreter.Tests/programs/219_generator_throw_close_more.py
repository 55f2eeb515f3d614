def worker():
    attempts = 0
    while True:
        try:
            job = yield attempts
            print("job", job)
        except ValueError as e:
            attempts += 1
            print("recovered from", e)
        except GeneratorExit:
            print("worker exiting")
            raise

w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad input")))
print(w.throw(ValueError, "another"))
w.close()

def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "stopped by throw"
r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as e:
    print("StopIteration value:", e.value)

# throw into a not-started generator
def fresh():
    print("never starts")
    yield 1
f = fresh()
try:
    f.throw(TypeError("early"))
except TypeError as e:
    print("early throw:", e)
print(list(f))

# close on unstarted generator is fine
g = fresh()
g.close()
print("closed unstarted")

# StopIteration inside generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# finally with yield and close
def cleanup():
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup done")
c = cleanup()
print(next(c), next(c))
c.close()
print("after close")
