def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as e:
                print("handled inside generator:", e)
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad item"))
w.send(2)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated out:", e)
print(w.send.__name__, "after close-by-exception")
try:
    w.send(3)
except StopIteration:
    print("generator is finished")
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
g = closable()
print(next(g))
g.close()
g.close()
print("closed twice fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g3():
    yield 1
x = g3()
try:
    x.throw(TypeError("before start"))
except TypeError as e:
    print("thrown into unstarted:", e)
print(list(x))
