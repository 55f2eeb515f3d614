# Subclasses of property, classmethod and staticmethod, the way libraries write them.
import abc


class cached_property_lite(property):
    """A property that computes once per instance and keeps the value in the instance dict."""

    def __init__(self, fget, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.attrname = None

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        cache = obj.__dict__.setdefault("_cache", {})
        if self.attrname not in cache:
            print(f"  computing {self.attrname}")
            cache[self.attrname] = self.fget(obj)
        return cache[self.attrname]


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property_lite
    def area(self):
        "The area, rounded."
        return round(3.14159 * self.r ** 2, 2)


c = Circle(2)
print(c.area, c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
print(isinstance(Circle.area, property), issubclass(cached_property_lite, property))
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)


class logged_property(property):
    log = []

    def __set__(self, obj, value):
        logged_property.log.append((self.fget.__name__, value))
        super().__set__(obj, value)


class Account:
    def __init__(self):
        self._balance = 0

    @logged_property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value


acct = Account()
acct.balance = 10
acct.balance = 25
try:
    acct.balance = -1
except ValueError as e:
    print("ValueError:", e)
print(acct.balance, logged_property.log)
print(type(Account.__dict__["balance"]).__name__)
try:
    del acct.balance
except AttributeError as e:
    print("AttributeError:", e)


class tagged(staticmethod):
    def __init__(self, func, tag="untagged"):
        super().__init__(func)
        self.tag = tag


def tag(name):
    return lambda f: tagged(f, name)


class MathOps:
    @tagged
    def add(a, b):
        return a + b

    @tag("product")
    def mul(a, b):
        return a * b


print(MathOps.add(2, 3), MathOps().mul(4, 5))
print({name: MathOps.__dict__[name].tag for name in ("add", "mul")})


class traced_classmethod(classmethod):
    calls = 0

    def __get__(self, obj, cls=None):
        traced_classmethod.calls += 1
        return super().__get__(obj, cls)


class Shape:
    @traced_classmethod
    def create(cls):
        return cls.__name__


class Square(Shape):
    pass


print(Shape.create(), Square.create(), Square().create(), traced_classmethod.calls)
print(Shape.__dict__["create"].__func__.__name__)


class Repository(abc.ABC):
    @abc.abstractproperty
    def name(self):
        ...

    @abc.abstractclassmethod
    def connect(cls):
        ...

    @abc.abstractstaticmethod
    def version():
        ...


class Memory(Repository):
    name = "memory"

    @classmethod
    def connect(cls):
        return f"connected to {cls.name}"

    @staticmethod
    def version():
        return 3


try:
    Repository()
except TypeError as e:
    print("TypeError:", e)
print(Memory().connect(), Memory.version())
print(Repository.__dict__["name"].__isabstractmethod__, type(Repository.__dict__["connect"]).__mro__[1].__name__)
