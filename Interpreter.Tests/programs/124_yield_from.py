def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating():
    total = yield from summer()
    yield f"total={total}"
def summer():
    s = 0
    while True:
        v = yield
        if v is None:
            return s
        s += v
d = delegating()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def gen_range():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
print(list(gen_range()))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught in inner"
def proxy():
    yield from catcher()
p = proxy()
next(p)
print(p.throw(KeyError))
