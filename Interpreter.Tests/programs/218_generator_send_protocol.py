def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            break
        total += value
        count += 1
    return (total, count)

acc = accumulator()
print(next(acc))
for v in [10, 20, 60]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)

e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
e.close()
try:
    next(e)
except StopIteration:
    print("closed generator raises StopIteration")

# coroutine-style pipeline
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

p = printer(">>")
next(p)
gr = grep("py", p)
next(gr)
for line in ["python", "ruby", "pypy", "perl"]:
    gr.send(line)

# generator state inspection
def simple():
    yield 1
s = simple()
print(s.gi_running, next(s), list(s))

# running generator cannot be re-entered
def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
