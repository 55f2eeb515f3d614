# Instance attributes and the instance __dict__: the dict and the attributes agree both ways,
# whatever order attributes were set in, after deletions, and past many attributes.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(i, i * i) for i in range(6)]
print(points, [p.x + p.y for p in points])
print(vars(points[0]), points[1].__dict__)

# A different insertion order keeps its own order in __dict__.
class Record:
    def __init__(self, flip):
        if flip:
            self.b = "B"
            self.a = "A"
        else:
            self.a = "a"
            self.b = "b"
        self.c = "c"

for flip in (False, True, False, True):
    r = Record(flip)
    print(list(vars(r)), r.a, r.b, r.c)

# Deleting and setting again moves the name to the end, as in any dict.
p = Point(1, 2)
del p.x
print(vars(p), hasattr(p, "x"))
p.x = 10
print(vars(p), p.x, p.y)
p.y = 20
print(vars(p))

# Writes through __dict__ are seen by attribute reads, and the other way round.
q = Point(3, 4)
d = q.__dict__
d["x"] = 30
d["label"] = "q"
print(q.x, q.label, repr(q))
q.y = 40
q.extra = True
print(d, d is q.__dict__, d is vars(q))
del d["extra"]
print(hasattr(q, "extra"), getattr(q, "extra", "gone"))
d.clear()
print(vars(q), getattr(q, "x", None))
q.x = 1
print(d)

# Non-string keys through __dict__ are allowed (and invisible to attribute access).
odd = Point(0, 0)
odd.__dict__[1] = "one"
print(vars(odd), getattr(odd, "x"))

# setattr/getattr/delattr with computed names, and many attributes.
class Bag:
    pass

bag = Bag()
for i in range(45):
    setattr(bag, f"f{i:02d}", i * 2)
print(len(vars(bag)), bag.f00, bag.f44, getattr(bag, "f31"))
for i in range(0, 45, 3):
    delattr(bag, f"f{i:02d}")
print(len(vars(bag)), list(vars(bag))[:5])
print(sum(getattr(bag, n) for n in vars(bag)))

# __dict__ assignment replaces all attributes.
r = Record(False)
r.__dict__ = {"z": 26, "a": 1}
print(vars(r), r.z, hasattr(r, "b"))
r.b = 2
print(vars(r))
try:
    r.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError:", e)

# A dict subclass as __dict__.
class Tracking(dict):
    pass

r2 = Record(True)
r2.__dict__ = Tracking(k=1)
print(type(r2.__dict__).__name__, r2.k)
r2.m = 5
print(r2.__dict__)

# Equality of instances built differently but holding the same attributes.
a, b = Point(1, 2), Point(0, 0)
b.y = 2
b.x = 1
print(vars(a) == vars(b), list(vars(a)), list(vars(b)))

# Hot loop over attribute reads and writes.
acc = Point(0, 0)
for i in range(2000):
    acc.x += i
    acc.y = acc.x - i
print(acc, vars(acc))
