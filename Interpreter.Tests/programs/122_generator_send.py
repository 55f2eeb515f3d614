def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(10), g.send(5), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing, received", received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
def averager():
    total, count = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
g2 = accumulator()
try:
    g2.send(1)
except TypeError as err:
    print("TypeError:", err)
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
it = gen()
print(next(it), it.send("first"))
try:
    it.send("second")
except StopIteration:
    print("stopped")
