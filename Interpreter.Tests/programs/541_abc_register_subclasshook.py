# Abstract base classes: abstract methods, register() and __subclasshook__.
import abc
import io
from collections.abc import Iterable, Mapping, MutableSequence, Sized, Hashable, Sequence


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw") or NotImplemented
        return NotImplemented


class Sprite:
    def draw(self):
        return "sprite"


class Rock:
    pass


print(isinstance(Sprite(), Drawable), issubclass(Rock, Drawable))
Drawable.register(Rock)
print(issubclass(Rock, Drawable), isinstance(Rock(), Drawable))


@Sequence.register
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


print(isinstance(Countdown(3), Sequence), issubclass(Countdown, Iterable), list(Countdown(3)))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance("", Sized))
print(isinstance([], Hashable), isinstance(1, Hashable), issubclass(dict, Iterable))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))


class Base(metaclass=abc.ABCMeta):
    pass


class Child(Base):
    pass


try:
    Child.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Base.register(int) is int, isinstance(5, Base), isinstance(5, Child), type(abc.get_cache_token()).__name__)
try:
    Base.register("x")
except TypeError as e:
    print("TypeError:", e)
