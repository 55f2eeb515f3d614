# type subclasses (metaclasses): registries, instance creation, the most derived metaclass, type(), types.new_class.
import types


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = type(cls).__name__
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__}>"


class Model(metaclass=Registry):
    def __init__(self, **fields):
        self.__dict__.update(fields)


class User(Model):
    pass


class Order(Model):
    pass


u = User(name="ann")
print(sorted(Registry.classes), u.name, u.created_by, User, type(User))
print(isinstance(User, Registry), isinstance(User, type), Registry.__mro__)


class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *a):
        if cls._instance is None:
            cls._instance = super().__call__(*a)
        return cls._instance


class Settings(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env


print(Settings("prod") is Settings(), Settings().env)


class Base(type):
    pass


class Derived(Base):
    pass


class A(metaclass=Base):
    pass


class B(metaclass=Derived):
    pass


class C(A, B):
    pass


class D(A, metaclass=type):
    pass


print(type(C).__name__, type(D).__name__)

Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, Point.__qualname__, Point.__module__, p.norm(), Point.__bases__)
Point3 = type("Point3", (Point,), {"z": 0})
print(Point3.__mro__[1].__name__, Point3.z, Point3().norm())
Tracked = type("Tracked", (A,), {})
print(type(Tracked).__name__)


def body(ns):
    ns["greet"] = lambda self: f"hi from {type(self).__name__}"
    ns["count"] = 2


Dyn = types.new_class("Dyn", (User,), {}, body)
print(type(Dyn), Dyn().greet(), Dyn.count, "dyn" in Registry.classes)
meta, ns, kw = types.prepare_class("X", (A,), {"metaclass": type, "flag": 1})
print(meta.__name__, ns, kw)
try:
    type("Bad", (A, 1), {})
except TypeError as e:
    print("TypeError:", e)
print(type(3) is int, type.__prepare__("T", ()))


class Documented(metaclass=Registry):
    """Models with a docstring."""


class Undocumented(Documented):
    pass


print(Documented.__doc__, Undocumented.__doc__, "__doc__" in Undocumented.__dict__, Point.__doc__)
