class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass
print([k.__name__ for k in K3.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Base:
    def extra(self):
        return "base extra"
class Thing(Mixin, Base):
    pass
print(Thing().describe())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, (C, int)), isinstance(D(), B))
