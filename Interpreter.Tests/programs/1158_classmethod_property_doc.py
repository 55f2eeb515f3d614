class X:
    def m(self, *a): return (self is x, a)
x = X()
class A:
    """First"""
    b = classmethod(x.m)
    l = classmethod(len)
    s = classmethod(staticmethod(lambda *a: a))
    c = classmethod(classmethod(lambda *a: a))
    @classmethod
    @property
    def p(cls): return 'p of ' + cls.__name__
    @classmethod
    @property
    def __doc__(cls): return 'doc of %r' % cls.__name__
    @classmethod
    def plain(cls, y): return (cls.__name__, y)
class B(A): pass
print(A.b()); print(A.l); print(A.s()); print(A.c()); print(A.p, A().p, B.p)
print(A.__doc__, B.__doc__)
print(A.plain(1), B.plain(2), A().plain(3))
print(type(A.__dict__['l']).__get__(A.__dict__['l'], None, A))
print(A.__dict__['p'].__get__(None, B))
print(super(B, B).p, super(B, B()).plain(4))
class G:
    def __get__(self, obj, typ): return ('G.get', obj, typ)
class C:
    g = classmethod(G())
print(C.g == ('G.get', C, C))
p = property(doc='basic'); print(p.__doc__); p.__doc__ = 'extended'; print(p.__doc__)
del p.__doc__; print(p.__doc__)
class W:
    @property
    def spam(self):
        """Eggs"""
        return 1
print(W.spam.__doc__); W.spam.__doc__ = 'Spam'; print(W.spam.__doc__)
class Outer:
    class cls:
        foo = property()
    class cls2: pass
    cls2.bar = property()
for f in (lambda: Outer.cls().foo, lambda: setattr(Outer.cls(), 'foo', 1), lambda: delattr(Outer.cls(), 'foo'),
          lambda: Outer.cls2().bar, lambda: setattr(Outer.cls2(), 'bar', 1)):
    try: f()
    except AttributeError as e: print(e)
pp = property()
for i in (0, 1, 3):
    try: pp.__set_name__(*([0] * i))
    except TypeError as e: print(e)
class PS(property):
    """sub doc"""
    __slots__ = ()
try:
    class Foo:
        @PS
        def spam(self):
            """doc"""
            return 1
except AttributeError as e: print('AttributeError', e)
class PD(property):
    """sub doc"""
class Bar:
    @PD
    def spam(self):
        """spam doc"""
        return 1
print(Bar.spam.__doc__, Bar().spam)
