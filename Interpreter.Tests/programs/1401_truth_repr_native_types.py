# Truth of module types by their length (array.array, memoryview, subclasses), bytearray's own
# __repr__ (pprint dispatches on type(x).__repr__), staticmethod/classmethod reprs as CPython 3.10+.
import array, collections, dataclasses, pprint, reprlib

for x in (array.array('i'), array.array('i', [0]), memoryview(b''), memoryview(b'x'),
          memoryview(bytearray(4)).cast('i', []), collections.deque(), collections.deque([0])):
    print(type(x).__name__, bool(x), "empty" if not x else "items")

class Samples(array.array):
    pass

class Flagged(array.array):
    def __bool__(self):
        return True

print(bool(Samples('d')), bool(Samples('d', [1.0])), bool(Flagged('b')))
if array.array('b'):
    print("wrong")
else:
    print("empty array is false")

print(bytearray.__repr__ is object.__repr__, object.__repr__ in {bytearray.__repr__: 1})
print(repr(bytearray(b"ab")), bytearray.__repr__(bytearray(b"q")))

@dataclasses.dataclass(repr=False)
class Plain:
    a: int = 1

print(pprint.pformat(Plain()).startswith("<__main__.Plain object at"))
print(pprint.pformat([bytearray(b"x"), {"k": (1, 2)}]))
print(reprlib.repr(array.array('i')), reprlib.repr(array.array('i', range(10))))

def f():
    pass

print(repr(staticmethod(len)), repr(classmethod(len)))
print(repr(staticmethod(f)).startswith("<staticmethod(<function f at "))

class MySM(staticmethod):
    pass

print(repr(MySM(len)))
