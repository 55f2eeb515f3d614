# abc, __init_subclass__ registries, __set_name__, __class_getitem__, __index__, __round__ etc.
from abc import ABC, abstractmethod
import math
class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Shape.registry[key] = cls
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Square(Shape, key="sq"):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
class Circle(Shape, key="circle"):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    @property
    def name(self): return "circle"
class Broken(Shape):
    def area(self): return 0
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.registry), Shape.registry["sq"](3).describe(), Circle(1).describe())
print(isinstance(Square(1), Shape), issubclass(Circle, ABC), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Typed:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
        self.private = "_" + name
    def __init__(self, kind): self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, Person.name.name, Person.age.owner, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30, 40][Idx(2)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), (2).__pow__(Idx(3)), 2 ** 3)
class Money:
    def __init__(self, cents): self.cents = cents
    def __round__(self, nd=None): return Money(round(self.cents, (nd or 0) - 2)) if nd is not None else round(self.cents / 100)
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __float__(self): return self.cents / 100
    def __int__(self): return self.cents // 100
    def __bool__(self): return self.cents != 0
    def __repr__(self): return f"Money({self.cents})"
m = Money(1299)
print(round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m), float(m), int(m), bool(Money(0)))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed(Seq())), sorted(Seq(), reverse=True), len(Seq()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
    __hash__ = None
try:
    {Cmp(1)}
except TypeError as e:
    print("TypeError:", e)
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) in [Cmp(1)])
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quacks")
class Duck(metaclass=Meta):
    pass
class Robot:
    quacks = True
print(Duck().created_by_meta, isinstance(Robot(), Duck), isinstance(3, Duck))
