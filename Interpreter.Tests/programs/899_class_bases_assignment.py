class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
    def g(self): return "g"
class C(A): pass
c = C()
print(c.f(), C.__mro__)
C.__bases__ = (B,)
print(c.f(), c.g(), C.__mro__, C.__base__)
class D(C): pass
print(D.__mro__, D().f())
C.__bases__ = (A, B)
print(D.__mro__, D().g())
try:
    C.__bases__ = ()
except TypeError as e: print(e)
try:
    C.__bases__ = (D,)
except TypeError as e: print(e)
try:
    C.__bases__ = (int,)
except TypeError as e: print(e)
try:
    C.__bases__ = [A]
except TypeError as e: print(e)
try:
    int.__bases__ = (object,)
except TypeError as e: print(e)
try:
    C.__bases__ = (1,)
except TypeError as e: print(e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class T(S1): __slots__ = ()
try:
    T.__bases__ = (S2,)
except TypeError as e: print(e)
print(issubclass(C, B), isinstance(c, B), B.__subclasses__())
class A2: pass
class C2(A2): pass
try:
    del C2.__bases__
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class M(type): pass
class E(Exception): pass
class X: pass
try:
    X.__bases__ = (E,)
except TypeError as e: print(e)
class Y(E): pass
try:
    Y.__bases__ = (X,)
except TypeError as e: print(e)
class P: pass
class Q(P): pass
class R(Q): pass
try:
    R.__bases__ = (P, Q)
except TypeError as e: print(e)
print(R.__bases__, R.__mro__)
try:
    C2.__bases__ = (bool,)
except TypeError as e: print(e)
class K(A2, metaclass=M): pass
K.__bases__ = (P,)
print(K.__mro__, type(K))
print("__bases__" in C2.__dict__)

# Specialised call sites and attribute caches see the new bases at once.
class Base1:
    tag = "one"
    def who(self): return 1
class Base2:
    tag = "two"
    def who(self): return 2
    def extra(self): return super().__class__.__name__
class Kid(Base1):
    def call(self):
        return self.who() + len(self.tag)
k = Kid()
total = 0
for i in range(3000):
    if i == 1500:
        Kid.__bases__ = (Base2,)
    total += k.call()
print(total, k.extra(), Kid.tag)

# A metaclass whose mro() puts a mixin in front decides the new MRO too.
class Mixin:
    def hello(self): return "mixin"
class Meta(type):
    def mro(cls):
        default = super().mro()
        return [default[0], Mixin] + [c for c in default[1:] if c is not Mixin]
class Plain:
    def hello(self): return "plain"
class Other:
    def hello(self): return "other"
class Managed(Plain, metaclass=Meta): pass
print([c.__name__ for c in Managed.__mro__], Managed().hello())
Managed.__bases__ = (Other,)
print([c.__name__ for c in Managed.__mro__], Managed().hello(), Plain.__subclasses__(), Other.__subclasses__())

# A failed assignment leaves everything as it was.
class R1: pass
class R2(R1): pass
class R3(R2): pass
class R4(R3): pass
try:
    R3.__bases__ = (R1, R2)
except TypeError as e:
    print(str(e).replace("\n", " "))
print([c.__name__ for c in R4.__mro__], R3.__bases__)

# A diamond below the changed class: every class's MRO is computed after its bases'.
class Root: pass
class Top(Root): pass
class NewTop:
    def mark(self): return "new"
try:
    Root.__bases__ = (NewTop,)
except TypeError as e:
    print(e)
class Left(Top): pass
class Right(Top): pass
class Bottom(Left, Right): pass
Top.__bases__ = (NewTop,)
print([c.__name__ for c in Bottom.__mro__], Bottom().mark())
