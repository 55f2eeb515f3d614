# types.GenericAlias at run time: list[int], dict[str, list[int]], substitution, unions, unpacking
import types
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")

Matrix = list[list[float]]
Registry = dict[str, list[int]]
print(Matrix, Registry, tuple[int, ...], tuple[()], type[int], frozenset[str], set[bytes])
print(type(Matrix).__name__, type(Matrix).__module__, Matrix.__origin__, Matrix.__args__)
print(Registry.__origin__ is dict, Registry.__args__[1], Registry.__args__[1].__args__)

# Calling an alias makes an instance of its origin.
print(Registry(a=[1, 2]), list[int]("abc"), Matrix.__name__)

# Equality and hashing follow origin and args.
print(list[int] == list[int], list[int] == list[str], list[int] == list, len({list[int], list[int], dict[str, int]}))

# Type variables become parameters and can be substituted.
Pair = tuple[K, T]
print(Pair.__parameters__, Pair[str, int], dict[K, list[T]][str, float])
print(list[T][int], list[T].__parameters__, list[int].__parameters__)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)

# isinstance refuses parameterized generics.
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)

# Unions with | and unpacking with * (PEP 646).
print(list[int] | None, int | dict[str, int], (list[int] | None).__args__)
print(*tuple[int, str], [*tuple[int, ...]][0].__unpacked__, list[int].__unpacked__)

# A class opts in with __class_getitem__ = classmethod(types.GenericAlias).
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, item=None):
        self.item = item

b = Box[int](5)
print(Box[int], Box[int].__origin__ is Box, b.item, b.__orig_class__)

# Subclassing an alias subclasses its origin.
class IntList(list[int]):
    def total(self):
        return sum(self)

print(IntList.__bases__, IntList.__orig_bases__, IntList([1, 2, 3]).total())

# Pickling support and the constructor.
print(list[int].__reduce__(), types.GenericAlias(dict, (str, int)), types.GenericAlias(set, int))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)

def annotate(x: list[int], y: dict[str, "Box"]) -> tuple[int, ...]:
    return tuple(x)

print(annotate.__annotations__)
