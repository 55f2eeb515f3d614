# conformance: full-stderr
# Reading a __slots__ member that was never set, from a specialised site: an AttributeError with a traceback.
class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm2(v):
    return v.x * v.x + v.y * v.y + v.z * v.z


vs = [Vec(i, i) for i in range(3)]
for v in vs:
    v.z = 0
    print(norm2(v))
print(norm2(Vec(1, 2)))
