# conformance: own-process
# A program that keeps most of what it allocates (here 250,000 three-slot points with float
# attributes, then a dict of lists) makes the executable allocate in larger steps between
# collections (Hosting/GcGrowth: no-GC regions after a collection that kept half of gen0). Nothing
# a program can see changes: gc.collect() in the middle of the growth (it ends a region), weak
# references and their callbacks, __del__ of collected cycles, float attributes (-0.0, nan, inf, a
# float subclass) stored and replaced while the heap grows, attributes past any inline count,
# vars()/setattr()/delattr(), and the values built.
import gc
import math
import weakref

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        events.append("del " + self.name)


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        n = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= n
        self.y /= n
        self.z /= n


class MyFloat(float):
    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)


class Wide:
    pass


kept = [Node("keep%d" % i) for i in range(3)]
refs = [weakref.ref(n, lambda r, i=i: events.append("cb %d" % i)) for i, n in enumerate(kept)]

points = []
collected = None
for i in range(250000):
    p = Point(i)
    points.append(p)
    if i == 120000:
        # a cycle dropped and collected while the heap grows
        a = Node("a")
        b = Node("b")
        a.other = b
        b.other = a
        wa = weakref.ref(a)
        del a, b
        collected = gc.collect()
        print("mid", collected >= 2, wa() is None, sorted(events))
        events.clear()
    if i % 50000 == 7:
        p.x = -0.0
        p.y = float("nan")
        p.z = MyFloat(i + 0.5)
print(len(points), all(r() is n for r, n in zip(refs, kept)), events)

for p in points:
    if type(p.z) is MyFloat or math.isnan(p.y):
        continue
    p.normalize()
specials = [p for p in points if math.isnan(p.y)]
print(len(specials), [math.copysign(1.0, p.x) for p in specials][:3], [p.z for p in specials][:3])
print(all(type(p.z) is MyFloat for p in specials), specials[0].z + 1, type(specials[0].z + 1).__name__)
inf_point = points[3]
inf_point.x = float("inf")
inf_point.y = -float("inf")
print(inf_point.x, inf_point.y, inf_point.x + inf_point.y)
best = max(p.x for p in points if not math.isnan(p.y) and type(p.z) is not MyFloat and p is not inf_point)
print(round(best, 9), round(sum(p.y for p in points[10:20]), 9))
try:
    points[5].w = 1
except AttributeError as e:
    print("AttributeError", e)
del points[6].x
try:
    points[6].x
except AttributeError as e:
    print("AttributeError", e)
points[6].x = 2.5
print(points[6].x)

# a dict of lists kept alive, with wide instances (more attributes than any inline count)
table = {}
for i in range(60000):
    w = Wide()
    for k in range(12):
        setattr(w, "a%d" % k, i * k + 0.25)
    if i % 10000 == 3:
        delattr(w, "a5")
        w.a5 = -1.5
        vars(w)["extra"] = i
    table[i] = [w, float(i) / 7]
w = table[10003][0]
print(len(table), sorted(vars(w))[:4], w.a5, w.extra, list(vars(w))[-2:], w.a11)
print(round(sum(v[1] for v in table.values()), 6), sum(1 for v in table.values() if hasattr(v[0], "extra")))

del kept[0]
del points, specials, table, w, p, inf_point
gc.collect()
print(sorted(events), [r() is None for r in refs])
