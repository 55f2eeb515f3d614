# Generator pipelines with send(): running averages, coroutine filters, close semantics, yield from results
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
def collect(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        g.send(None)
    return results
print(collect({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}))
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def sink(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")
@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
out = []
s = sink(out)
pipeline = mapper(str.upper, filt(lambda w: len(w) > 2, s))
for word in "a quick brown ox jumps".split():
    pipeline.send(word)
s.close()
print(out)
def numbers():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1
g = numbers()
print(next(g), g.send(5), next(g), g.send("reset"), g.send(3), next(g))
def take(n, it):
    for _ in range(n):
        yield next(it)
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, evens(squares(naturals())))))
def chunked(it, size):
    it = iter(it)
    while chunk := list(take_safe(size, it)):
        yield chunk
def take_safe(n, it):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(chunked(range(10), 4)), list(chunked([], 3)))
g = averager(); next(g); g.send(10)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(g.gi_running if hasattr(g, "gi_running") else False, next(iter([]), "ok"))
