# Data vs non-data descriptors, lookup precedence, __set_name__, __delete__
class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class Data:
    def __init__(self):
        self.store = {}
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + self.name
        return self.store.get(id(obj), "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print("delete", self.name)
        self.store.pop(id(obj), None)

class C:
    nd = NonData()
    d = Data()
    other = Data()

c = C()
print(c.nd)
print(C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.d = 5
print(c.d)
c.__dict__["d"] = "instance dict loses to data descriptor"
print(c.d)
del c.d
print(c.d)
print(C.d, C.other)

# functions are non-data descriptors
def f(self, x):
    return (type(self).__name__, x)
C.method = f
print(c.method(3))
bound = f.__get__(c, C)
print(bound(4), bound.__self__ is c, bound.__func__ is f)

# property is a data descriptor
class P:
    @property
    def x(self):
        return 42
p = P()
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError")
p.__dict__["x"] = 99
print(p.x)

# classmethod / staticmethod via __get__
class K:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(a):
        return a * 2
print(K.__dict__["cm"].__get__(None, K)(), K.__dict__["sm"].__get__(None, K)(21))
class K2(K):
    pass
print(K2.cm(), K2().cm(), K2.sm(5))

# descriptor with validation and defaults
class Bounded:
    def __init__(self, lo, hi, default):
        self.lo, self.hi, self.default = lo, hi, default
    def __set_name__(self, owner, name):
        self.attr = "_b_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.attr[3:]}={value} out of [{self.lo}, {self.hi}]")
        setattr(obj, self.attr, value)

class Volume:
    level = Bounded(0, 11, 5)
    balance = Bounded(-1, 1, 0)
v = Volume()
print(v.level, v.balance)
v.level = 11
print(v.level)
for bad in (12, -3):
    try:
        v.level = bad
    except ValueError as e:
        print("ValueError:", e)
print(sorted(vars(v)))
print(isinstance(Volume.__dict__["level"], Bounded))
