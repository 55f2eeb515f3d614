# isinstance/issubclass consult an instance's __class__ (CPython's object_isinstance) and
# objects with __bases__ (abstract_issubclass); the loop's isinstance paths alike.
from unittest import mock
import abc


class A: pass
class B: pass
class A2(A): pass


class C:
    __class__ = A          # a plain class attribute (non-data): the instance dict can shadow it


c = C()
print(isinstance(c, A), isinstance(c, C), isinstance(c, A2), isinstance(c, (int, A)), isinstance(c, (C, B)))
c.__dict__['__class__'] = B
print(isinstance(c, A), isinstance(c, B), isinstance(c, C))

m = mock.Mock(spec=A)
print(isinstance(m, A), isinstance(m, mock.Mock), isinstance(m, B), isinstance(m, (B, A)))
ms = mock.MagicMock(spec=A2)
print(isinstance(ms, A), isinstance(ms, A2))


class Prop:
    calls = 0
    @property
    def __class__(self):
        Prop.calls += 1
        return A2


p = Prop()
print(isinstance(p, A), isinstance(p, Prop), isinstance(p, B), Prop.calls)
print(isinstance(p, (B, int, A)), Prop.calls)   # looked up once per item, as CPython


class Missing:
    @property
    def __class__(self):
        raise AttributeError('no class')


print(isinstance(Missing(), A), isinstance(Missing(), Missing))


class Boom:
    @property
    def __class__(self):
        raise ValueError('boom')


for cls in (A, (A, Boom), (Boom, A)):
    try:
        print(isinstance(Boom(), cls))
    except ValueError as e:
        print('ValueError', e)


class Getattribute:
    def __getattribute__(self, name):
        if name == '__class__':
            return A
        return object.__getattribute__(self, name)


print(isinstance(Getattribute(), A), isinstance(Getattribute(), Getattribute))


class NotAClass:
    __class__ = 5


print(isinstance(NotAClass(), A), isinstance(NotAClass(), int))


# __getattribute__ added to a base later: the cached "plain" answer follows the class's version.
class Later: pass
class Later2(Later): pass


obj = Later2()
print(isinstance(obj, A), isinstance(obj, (B, A)))
Later.__getattribute__ = lambda self, n: A if n == '__class__' else object.__getattribute__(self, n)
print(isinstance(obj, A), isinstance(Later(), A), isinstance(obj, Later), isinstance(obj, (B, A)))
del Later.__getattribute__
print(isinstance(obj, A), isinstance(obj, (B, A)))


# abc: ABCMeta's __instancecheck__ reads __class__ too.
class Ab(abc.ABC): pass
class ViaAbc:
    __class__ = Ab


print(isinstance(ViaAbc(), Ab))


# A metaclass's __instancecheck__ runs; one calling type's falls back to __class__.
class Meta(type):
    def __instancecheck__(cls, inst):
        print('  Meta.__instancecheck__', type(inst).__name__)
        return super().__instancecheck__(inst)


class M(metaclass=Meta): pass


class PretendM:
    __class__ = M


print(isinstance(PretendM(), M), isinstance(3, M))
print(type.__instancecheck__(A, c), type.__instancecheck__(B, c), type.__instancecheck__(A, m))
print(type.__subclasscheck__(A, A2), type.__subclasscheck__(A2, A))


# Not a class, but has a tuple __bases__: object_isinstance/abstract_issubclass.
class Fake:
    def __init__(self, name, bases):
        self.name, self.__bases__ = name, bases
    def __repr__(self):
        return self.name


root = Fake('root', ())
mid = Fake('mid', (root,))
other = Fake('other', ())
leaf = Fake('leaf', (other, mid))


class Inst:
    def __init__(self, cls):
        self.cls = cls
    @property
    def __class__(self):
        return self.cls


print(isinstance(Inst(leaf), root), isinstance(Inst(mid), other), isinstance(Inst(root), root))
print(issubclass(leaf, root), issubclass(mid, other), issubclass(leaf, (int, mid)))
for args in ((3, root), (Inst(leaf), 5), (Inst(5), root)):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('TypeError', e)
for args in ((3, root), (leaf, 5), (A, 5), (5, A), (leaf, A)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
deep = root
for i in range(100000):
    deep = Fake('d', (deep,))
print(issubclass(deep, root))    # single inheritance: a loop, no recursion


class Wide:
    @property
    def __bases__(self):
        return (self, self)


try:
    issubclass(Wide(), root)
except RecursionError as e:
    print('RecursionError', e)


# The loop's paths: CALL 2 of isinstance, BUILD_TUPLE n before it, hot.
def hot(objs):
    n = 0
    for o in objs:
        if isinstance(o, A):
            n += 1
        if isinstance(o, (int, A)):
            n += 10
        if isinstance(o, (B, str, A2)):
            n += 100
    return n


print(hot([A(), A2(), B(), c, m, p, 3, 'x', Missing(), Getattribute()] * 50))
