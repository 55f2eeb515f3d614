# threading.local: each thread sees its own attributes; a subclass's __init__ runs once per thread.
import threading

data = threading.local()
data.name = "main"
seen = {}


def show(label):
    data.name = label
    data.values = [label] * 2
    barrier.wait()          # all threads have set their own value before anyone reads
    seen[label] = (data.name, data.values, hasattr(data, "extra"))


barrier = threading.Barrier(3)
threads = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label in sorted(seen):
    print(label, seen[label])
print("main still sees", data.name, "and no values:", not hasattr(data, "values"))
data.extra = 1
print(sorted(data.__dict__))
del data.extra
print(hasattr(data, "extra"))


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)
counter.bump()
out = {}


def use(label, n):
    for _ in range(n):
        counter.bump()
    out[label] = counter.count


workers = [threading.Thread(target=use, args=(f"w{i}", i + 1)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(out.items()))
print("main count", counter.count, "inits", Counter.created)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    data.missing
except AttributeError:
    print("AttributeError: no 'missing' in this thread")
