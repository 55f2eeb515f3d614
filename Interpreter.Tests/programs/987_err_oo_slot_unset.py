# conformance: full-stderr
# A warmed-up __slots__ read site meets an instance whose member was never set: the
# AttributeError (and its traceback) is CPython's, not a cache artefact.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y


def norm1(p):
    return abs(p.x) + abs(p.y)


total = 0
for i in range(50):
    total += norm1(Point(i, -i))
print(total)
print(norm1(Point(3)))
