class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.x, q.y)
print(p.dist2(q), Point.dist2(q, p))
p.move(1, 1).move(1, 1)
print(p.x, p.y)
p.label = "P"
print(p.label, hasattr(p, "label"), hasattr(q, "label"))
print(getattr(q, "x"), getattr(q, "z", "default"))
setattr(q, "z", 9)
print(q.z)
delattr(q, "z")
print(hasattr(q, "z"))
print(sorted(p.__dict__.items()))
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, Empty))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id, a.count)
m = p.move
print(m(10, 0).x)
