# conformance: full-stderr
# __match_args__ must be a tuple: the TypeError is raised while matching, at the pattern's line.


class Vector:
    __match_args__ = ["x", "y"]

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Vector(x, y):
            return f"vector {x} {y}"


print(where(Point(0, 0)))
print(where(Vector(1, 2)))
