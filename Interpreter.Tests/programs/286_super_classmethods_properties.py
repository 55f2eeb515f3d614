# super() in classmethods/staticmethod factories, property overriding and extension, cooperative __init__
class Base:
    registry = []
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    @classmethod
    def create(cls, *args, **kw):
        obj = cls(*args, **kw)
        cls.registry.append(type(obj).__name__)
        return obj
    @property
    def label(self):
        return f"<{self.name}>"
    @staticmethod
    def kind():
        return "base"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Colored:
    def __init__(self, color="none", **kw):
        super().__init__(**kw)
        self.color = color
class Item(Base, Colored):
    @classmethod
    def create(cls, *args, **kw):
        obj = super().create(*args, **kw)
        obj.created_via = cls.__name__
        return obj
    @property
    def label(self):
        return super().label.upper() + f"[{self.color}]"
    @staticmethod
    def kind():
        return "item/" + Base.kind()
i = Item.create("widget", color="red")
print(i, i.label, i.color, i.created_via, Item.kind(), Base.registry, Item.__mro__[1:3])
class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="derived")
class Thermo(Temperature):
    @Temperature.celsius.setter
    def celsius(self, v):
        print("thermo set", v)
        Temperature.celsius.fset(self, round(v, 1))
t = Thermo(20)
t.celsius = 21.456
print(t.celsius, t.fahrenheit, Thermo.fahrenheit.__doc__, type(Thermo.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), super(B, D()).hello(), super(C, D()).hello(), [k.__name__ for k in D.__mro__])
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count)
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(WithNew(1, 2).args)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 42}
    def describe(cls):
        return f"{cls.__name__} via {type(cls).__name__}"
class Mine(metaclass=Meta):
    pass
print(Mine.injected, Mine.describe(), type(Mine).__name__)
