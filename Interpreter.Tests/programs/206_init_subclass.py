class Base:
    subclasses = []
    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Base.subclasses.append(cls.__name__)
        print("init_subclass", cls.__name__, kind)

class A(Base, kind="a"):
    pass
class B(Base):
    pass
class C(A, kind="c"):
    pass
print(Base.subclasses, A.kind, B.kind, C.kind)
print(hasattr(Base, "kind"))

try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")

class Shape(Validated):
    required = ("area",)
    def area(self):
        return 0
try:
    class Broken(Validated):
        required = ("area", "perimeter")
        def area(self):
            return 1
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def area(self):
        return 4
print(Square().area())

# __init_subclass__ is implicitly a classmethod
class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count
class X(Counter): pass
class Y(Counter): pass
class Z(X): pass
print(X.serial, Y.serial, Z.serial, Counter.count)

# __set_name__ and __init_subclass__ ordering
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, [k for k, v in vars(cls).items() if isinstance(v, Field)])
class User(Model):
    name = Field()
    email = Field()

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int])
