# copyreg: registering a reducer for a class so pickle and copy use it; extension codes.
import copy
import copyreg
import pickle

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

calls = []

def reduce_point(p):
    calls.append("reduce")
    return (Point, (p.x, p.y))

copyreg.pickle(Point, reduce_point)
p = Point(3, 4)
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    data = pickle.dumps(p, protocol=proto)
    print(proto, pickle.loads(data))
print(copy.copy(p), copy.deepcopy([p, p]), len(calls))

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

def make_temp(celsius):
    return Temperature(celsius)

copyreg.pickle(Temperature, lambda t: (make_temp, (t.celsius,)))
t2 = pickle.loads(pickle.dumps(Temperature(21.5)))
print(type(t2).__name__, t2.celsius)

print(copyreg.__newobj__.__name__, copyreg._reconstructor.__name__)
copyreg.add_extension("mymod", "Point", 240)
print(copyreg._extension_registry[("mymod", "Point")], copyreg._inverted_registry[240])
try:
    copyreg.add_extension("mymod", "Other", 240)
except ValueError as e:
    print("ValueError:", e)
copyreg.remove_extension("mymod", "Point", 240)
print(("mymod", "Point") in copyreg._extension_registry)
try:
    copyreg.pickle(Point, "not callable")
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self):
        self.a = 1
class WithState(Base):
    def __getstate__(self):
        return {"a": self.a * 10}
    def __setstate__(self, st):
        self.a = st["a"] + 1
w = pickle.loads(pickle.dumps(WithState(), 2))
print(w.a, copyreg._slotnames(Point))
