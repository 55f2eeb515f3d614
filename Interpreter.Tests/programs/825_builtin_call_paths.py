# len() and isinstance() called every way a program calls them: positionally, with keywords,
# with the wrong number of arguments, through other names, shadowed, and with classes that
# customise __len__ and __instancecheck__.
import builtins
from collections import OrderedDict, abc


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


class Base:
    pass


class Child(Base):
    pass


values = [[], [1, 2], "abc", (1,), {1: 2}, range(7), Sized(4), b"xy", OrderedDict(a=1)]
print([len(v) for v in values])
print([isinstance(v, (list, tuple)) for v in values])
print([isinstance(v, abc.Sized) for v in values])
print([isinstance(n, EvenNumber) for n in range(6)])
print(isinstance(Child(), Base), isinstance(Base(), Child), isinstance(Child(), (int, Base)))
print(isinstance(3, int | str), isinstance(3.0, int | str))
print(isinstance(True, int), isinstance(1, bool))

for bad in (lambda: len(), lambda: len([], []), lambda: len(5), lambda: len(Sized(-1)),
            lambda: isinstance(1), lambda: isinstance(1, 2), lambda: isinstance(1, (int, 2)),
            lambda: len(obj=[]), lambda: isinstance(1, int, str)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class HugeLen:
    def __len__(self):
        return 2 ** 70


try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError", e)

size = len
check = isinstance
print(size("hello"), check(size, type(len)))
print(builtins.len([0] * 3), builtins.isinstance(None, type(None)))


def shadowed():
    len = lambda x: "mine"
    return len([1, 2, 3])


print(shadowed())
original = builtins.len
builtins.len = lambda x: -1
try:
    print(len([1, 2, 3]))
finally:
    builtins.len = original
print(len([1, 2, 3]))

total = 0
for i in range(1000):
    item = values[i % len(values)]
    if isinstance(item, (str, bytes)):
        total += len(item)
    elif isinstance(item, dict):
        total += 100
print(total)
