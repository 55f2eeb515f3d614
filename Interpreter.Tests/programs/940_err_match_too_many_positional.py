# conformance: full-stderr
# More positional sub-patterns than __match_args__ names (or than the one a builtin type accepts).


class Pixel:
    __match_args__ = ("x", "y")

    def __init__(self, x, y, color):
        self.x, self.y, self.color = x, y, color


for value in (3, Pixel(1, 2, "red")):
    try:
        match value:
            case int(a, b):
                print("unreachable", a, b)
    except TypeError as e:
        print("TypeError:", e)

match Pixel(1, 2, "red"):
    case Pixel(x, y, "red"):
        print("red pixel at", x, y)
