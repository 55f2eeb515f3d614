# Exceptions inside generators: finally on close, throw, StopIteration conversion, return values
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_with_finally()
print(next(g))
g.close()
print("closed", list(g))
def catcher():
    while True:
        try:
            v = yield
            print("got", v)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
c = catcher(); next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
c.send(2)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(c))
def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def returns():
    yield 1
    return "done"
def delegator():
    r = yield from returns()
    print("delegate got", r)
    yield r
print(list(delegator()))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def cleanup_order():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
for x in cleanup_order():
    print("value", x)
def fails_midway():
    yield 1
    raise ValueError("midway")
    yield 2
out = []
try:
    for v in fails_midway():
        out.append(v)
except ValueError as e:
    print(out, e)
g = fails_midway(); next(g)
try:
    next(g)
except ValueError:
    pass
print(next(g, "exhausted"))
def gen_in_except():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield "in except"
        print("context inside", type(__import__("sys").exc_info()[1]).__name__)
for v in gen_in_except():
    print(v)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("genexp", e)
print(next(g, "dead"))
def throw_type():
    try:
        yield
    except Exception as e:
        yield f"{type(e).__name__}:{e}"
t = throw_type(); next(t)
print(t.throw(TypeError("explicit instance")))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
