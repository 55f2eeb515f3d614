class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        """The radius."""
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be >= 0")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(hasattr(c, "_r"))
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError")
print(Circle.radius.__doc__)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__)

# property() call form
class Account:
    def _get(self):
        return self._bal
    def _set(self, v):
        self._bal = max(0, v)
    balance = property(_get, _set, None, "balance doc")
a = Account()
a.balance = -5
print(a.balance, Account.balance.__doc__)
a.balance = 10
print(a.balance)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError")

# property overriding in subclass
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived+" + Base.name.fget(self)
print(Base().name, Derived().name)

# lazy cached property pattern
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.computed += 1
            self._value = sum(range(10))
        return self._value
lz = Lazy()
print(lz.value, lz.value, lz.computed)

# property with inheritance and super()
class Parent:
    @property
    def greeting(self):
        return "hi"
class Kid(Parent):
    @property
    def greeting(self):
        return super().greeting + " there"
print(Kid().greeting)
p = property()
try:
    p.__get__(Kid())
except AttributeError as e:
    print("AttributeError")
print(p.fget, p.fset, p.fdel)
