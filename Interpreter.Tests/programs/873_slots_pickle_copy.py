# copy and pickle of objects whose attributes live in __slots__ (with and without a __dict__,
# slots over several classes, unset slots).
import copy
import copyreg
import pickle


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, getattr(self, "z", "<unset>"))


class Tagged(Point):
    __slots__ = ("tag", "__dict__")


class Many:
    __slots__ = tuple("m%d" % i for i in range(7))


p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 10
r.y.append(4)
print(p, q, r, p.y is q.y, p.y is r.y)
print(copyreg._slotnames(Tagged))
t = Tagged(1, 2, 3)
t.tag = "t"
t.note = "n"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        u = pickle.loads(pickle.dumps(t, proto))
    except TypeError as e:
        print(proto, "TypeError:", e)
        continue
    print(proto, u, u.tag, vars(u), type(u).__name__)
m = Many()
for i in (0, 2, 5, 6):
    setattr(m, "m%d" % i, i)
mm = pickle.loads(pickle.dumps(m))
print([getattr(mm, "m%d" % i, None) for i in range(7)])
print(copy.deepcopy(m).m6, hasattr(copy.copy(m), "m1"))
print(p.__reduce_ex__(2)[2])
