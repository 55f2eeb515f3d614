# object.__class__ as CPython has it: a data descriptor in object.__dict__ (not shadowed by an
# instance-dict or module-dict entry), and assignment as object_set_class (Python classes of one
# layout, ModuleType subclasses, metaclasses; builtin objects refuse).
import sys, types
class A: pass
class B: pass
a = A()
a.__dict__['__class__'] = int
print(a.__class__, type(a), A.__class__, type.__class__, object.__class__)
a.__class__ = B
print(type(a), a.__class__)
print('__class__' in dir(object()), '__class__' in object.__dict__, type(object.__dict__['__class__']).__name__)
d = object.__dict__['__class__']
print(d.__get__(5), d.__get__(None, int) is d, d.__name__, d.__objclass__)
try:
    (5).__class__ = float
except TypeError as e: print(e)
try:
    a.__class__ = 5
except TypeError as e: print(e)
class M(types.ModuleType):
    @property
    def answer(self): return 42
mod = types.ModuleType('m')
mod.__class__ = M
print(mod.answer, type(mod).__name__)
class P:
    __class__ = property(lambda self: int)
print(P().__class__, type(P()), P.__class__)
class Q:
    __class__ = str
print(Q().__class__, Q.__class__)
def f(): pass
print(f.__class__, (1).__class__, [].__class__, None.__class__, super(B, B()).__class__)
print(isinstance(P(), int), isinstance(a, B))
try:
    del a.__class__
except TypeError as e: print(e)

# object.__dict__['__class__'] is a data descriptor: an instance-dict or module-dict entry named
# __class__ does not shadow it; isinstance still asks __class__ when the type test fails.
print([k for k in object.__dict__ if k == '__class__'], '__class__' in dir(A()), '__class__' in dir(A))
m2 = types.ModuleType('m2')
m2.__dict__['__class__'] = int
print(m2.__class__, type(m2).__name__)
m2.__class__ = types.ModuleType
print(type(m2).__name__)
class S(types.ModuleType):
    __slots__ = ('x',)
try:
    m2.__class__ = S
except TypeError as e: print(e)
try:
    m2.__class__ = A
except TypeError as e: print(e)
class Meta1(type): pass
class Meta2(type): pass
class C(metaclass=Meta1): pass
C.__class__ = Meta2
print(type(C).__name__, C.__class__.__name__, isinstance(C, Meta2))
try:
    C.__class__ = type
except TypeError as e: print(e)
try:
    int.__class__ = Meta1
except TypeError as e: print(e)
class Slotted:
    __slots__ = ('a',)
class Slotted2:
    __slots__ = ('b', 'c')
try:
    Slotted().__class__ = Slotted2
except TypeError as e: print(e)
class Base: pass
class Derived(Base): pass
x = Base()
x.__class__ = Derived
print(type(x).__name__, isinstance(x, Derived))
class Fake:
    @property
    def __class__(self): return Base
print(isinstance(Fake(), Base), type(Fake()).__name__, Fake().__class__.__name__)
class Sneaky:
    def __getattribute__(self, name):
        if name == '__class__': return Derived
        return object.__getattribute__(self, name)
print(isinstance(Sneaky(), Base), Sneaky().__class__.__name__)
print(object.__getattribute__(Sneaky(), '__class__').__name__)
print(getattr(a, '__class__').__name__, hasattr(object(), '__class__'))
for o in (1, 'x', b'y', 2.5, None, [], {}, (), set(), print, len, A, type, object(), iter([]), range(3)):
    print(o.__class__.__name__, end=' ')
print()
