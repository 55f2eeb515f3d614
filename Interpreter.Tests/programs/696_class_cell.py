# The implicit __class__ cell behind zero-argument super(): who fills it, and when.


class Registry(type):
    """A metaclass that records each class as soon as type.__new__ has made it."""
    made = []

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if 'describe' in namespace:
            # The methods' __class__ already refers to the new class here.
            Registry.made.append(cls.describe())
        return cls


class Base(metaclass=Registry):
    @classmethod
    def describe(cls):
        return f'Base ({__class__.__name__})'


class Child(Base):
    @classmethod
    def describe(cls):
        return 'Child of ' + super().describe()


print(Registry.made)
print(Child().describe())


# A metaclass that builds the class from a copy of the namespace loses __classcell__.
class Copying(type):
    def __new__(mcls, name, bases, namespace):
        namespace = {k: v for k, v in namespace.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, namespace)


try:
    class Broken(metaclass=Copying):
        def method(self):
            return super().method()
except RuntimeError as e:
    print('RuntimeError:', e)


class Fine(metaclass=Copying):
    value = 1          # no method needs __class__: no cell, nothing to lose


print(Fine.value)


# nonlocal __class__ rebinds the cell the class's methods share.
class Counter:
    def rebind(self):
        nonlocal __class__
        old = __class__
        __class__ = str
        return old

    def which(self):
        return __class__


c = Counter()
print(c.which().__name__, c.rebind().__name__, c.which().__name__)


# A metaclass's mro() decides the lookup order; the cell is set before it runs.
class Reversed(type):
    def mro(cls):
        order = super().mro()
        if cls.__dict__.get('peek'):
            print('mro() sees', cls.__dict__['peek']().__name__)
        return [order[0], *reversed(order[1:-1]), order[-1]]


class A:
    who = 'A'


class B:
    who = 'B'


class AB(A, B, metaclass=Reversed):
    @staticmethod
    def peek():
        return __class__


print([k.__name__ for k in AB.__mro__], AB.who)

try:
    super(int, 'text')
except TypeError as e:
    print('TypeError:', e)
try:
    super(int, 1, 2)
except TypeError as e:
    print('TypeError:', e)
