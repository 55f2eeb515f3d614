class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class K:
    c = Constant(7)
k = K()
k.__dict__["c"] = "instance wins for non-data descriptor"
print(K.c, k.c)
class Logged:
    def __get__(self, obj, objtype=None):
        print("get via", "instance" if obj is not None else "class", objtype.__name__)
        return 1
class L:
    x = Logged()
L.x
L().x
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        return lambda *a: self.f(obj, *a)
class M:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(M().hello("you"))
