# type.__flags__ (what copyreg and inspect read from it) and object.__new__'s refusal of arguments
# it cannot pass on, as in CPython 3.11.
import abc
import copyreg
import inspect

HEAPTYPE, BASETYPE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20


class Plain:
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


for t in (int, bool, str, list, dict, tuple, type, object, Plain, Shape, Square, ValueError):
    f = t.__flags__
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & ABSTRACT),
          [n for n, bit in (("long", 24), ("list", 25), ("tuple", 26), ("bytes", 27), ("str", 28), ("dict", 29), ("exc", 30), ("type", 31)) if f >> bit & 1])
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(int), inspect.isabstract(Plain()))
print(type.__dict__["__flags__"].__get__(Plain) == Plain.__flags__)
print(copyreg._reduce_ex(Plain(), 0)[1])
try:
    copyreg._reduce_ex(iter([]), 0)
except TypeError as e:
    print("TypeError:", e)


class Passes:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, x):
        self.x = x


try:
    Passes(1)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print("TypeError:", e)


class WithInit:
    def __init__(self, *args):
        self.args = args


w = object.__new__(WithInit, 1, 2)
print(type(w).__name__, hasattr(w, "args"))
