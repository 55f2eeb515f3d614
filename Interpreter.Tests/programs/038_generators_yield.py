def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in trace():
    print("got", v)
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(11))))
def with_return():
    yield 1
    return "done"
gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value)
print(next(iter(count_up(3))), sum(count_up(100)))
def chain(*its):
    for it in its:
        for v in it:
            yield v
print(list(chain([1, 2], "ab", (3,))))
print(type(fib).__name__, type(f).__name__)
