# conformance: own-process
# The first collection after start-up (in the executable it also releases start-up's code pages and
# moves its survivors to gen2, from the finalizer thread) changes nothing a program can see: objects
# made before and after it, weak references and their callbacks, __del__ of a collected cycle,
# gc.collect's result, gc.get_count's shape, gc.freeze and gc.unfreeze.
import gc
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append("del " + self.name)


before = [Node("keep%d" % i) for i in range(3)]
refs = [weakref.ref(n, lambda r, i=i: events.append("cb %d" % i)) for i, n in enumerate(before)]
table = {("k", i): [i] * 3 for i in range(2000)}

# Well past the 4 MiB gen0 budget, in short-lived objects.
total = 0
for i in range(300000):
    t = [i, str(i), (i, -i)]
    total += len(t[1]) + t[2][0]
print(total)
print([n.name for n in before], all(r() is n for r, n in zip(refs, before)), events)
print(len(table), table[("k", 1999)], sum(v[0] for v in table.values()))

a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
print(gc.collect() >= 2, wa() is None)
print(sorted(events))
events.clear()
del before[0]
gc.collect()
print(sorted(events), [r() is None for r in refs])

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
big = [str(i) * 3 for i in range(100000)]
print(len(big), big[-1], sum(map(len, big)))
