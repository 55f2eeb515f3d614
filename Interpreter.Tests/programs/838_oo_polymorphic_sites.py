# A base-class method run on instances of several subclasses: each attribute site sees several
# types (and their own key tables). Results must stay right when classes change under the sites:
# a property added later, a method replaced, an instance attribute shadowing a method,
# __class__ reassigned, and more subclasses than a site remembers.


class Shape:
    sides = 0

    def __init__(self, name, size):
        self.name = name
        self.size = size

    def describe(self):
        return f"{self.name}:{self.size}:{self.sides}:{self.area()}"

    def grow(self, k):
        self.size += k
        return self.size


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Hexagon(Shape):
    sides = 6

    def __init__(self, name, size):
        self.extra = "hex"          # a different attribute order: another key layout
        super().__init__(name, size)

    def area(self):
        return 3 * self.size * self.size


class Line(Shape):
    def area(self):
        return 0


class Dot(Shape):
    def area(self):
        return -1


class Blob(Shape):
    def area(self):
        return self.size


shapes = [Square("sq", 2), Triangle("tr", 3), Hexagon("hx", 1), Line("ln", 5), Dot("dt", 1), Blob("bl", 7)]


def report(label):
    print(label, [s.describe() for s in shapes])


def grow_all(k):
    return [s.grow(k) for s in shapes]


for _ in range(3):
    report("start")
    print(grow_all(1))

# A property on the base class wins over the instance attribute from now on (data descriptor).
Shape.size = property(lambda self: 100, lambda self, v: None)
report("property")
print(grow_all(1))
del Shape.size
report("property gone")

# Replace a method on one subclass; the others keep theirs.
Triangle.area = lambda self: "tri!"
report("method replaced")

# An instance attribute shadows the class's method at a LOAD_METHOD site.
shapes[0].area = lambda: "own area"
report("shadowed")
del shapes[0].area
report("unshadowed")

# Reassign __class__: the same object now reads through another class.
shapes[1].__class__ = Square
report("class changed")

# A class attribute turns into a staticmethod / classmethod called through instances.
Shape.area_kind = staticmethod(lambda: "static")
Blob.area_kind = classmethod(lambda cls: "class " + cls.__name__)
print([s.area_kind() for s in shapes])
Shape.area_kind = staticmethod(lambda: "static again")
print([s.area_kind() for s in shapes])


# A callable stored on the instance (not a method) at a LOAD_METHOD site.
class Holder:
    def __init__(self, fn):
        self.fn = fn


class Holder2(Holder):
    pass


hs = [Holder(len), Holder2(str.upper), Holder(abs)]
args = ["abc", "xyz", -4]
for _ in range(3):
    print([h.fn(a) for h, a in zip(hs, args)])
