# Class and function introspection, protocol-method misuse and call-binding errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    x = 1
    def m(self): return "m"
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "s"
a = A()
t(lambda: type(a.m).__name__)
t(lambda: A.c)
t(lambda: A.__dict__["s"].__func__())
t(lambda: a.m.__self__ is a)
t(lambda: a.m.__func__ is A.m)
t(lambda: A.__name__ + A.__qualname__ + A.__module__)
t(lambda: A.m.__qualname__)
t(lambda: a.__class__.__bases__)
t(lambda: A.__subclasses__())
t(lambda: object.__subclasses__ is not None)
t(lambda: type(A).__name__)
t(lambda: type(type))
t(lambda: isinstance(A, type))
t(lambda: A().__class__ is A)
t(lambda: getattr(a, "missing", "dflt"))
t(lambda: a.missing)
t(lambda: A.missing)
t(lambda: delattr(a, "x"))
t(lambda: hasattr(A, "__init__"))
t(lambda: A.__init__ is object.__init__)
t(lambda: a.__repr__()[:10])
t(lambda: str(A)[:16])
t(lambda: repr(A.m)[:20])
t(lambda: (lambda: 0).__name__)
t(lambda: A.s.__name__)
t(lambda: len.__name__)
t(lambda: repr(len))
t(lambda: repr(int))
t(lambda: repr(None.__class__))
t(lambda: [].append.__name__)
t(lambda: repr(A.__dict__["x"]))
t(lambda: vars(A)["m"].__name__)
t(lambda: A.__doc__)
class B(A):
    x = 2
    def m(self): return "B" + super().m()
t(lambda: B().m())
t(lambda: B.__mro__)
t(lambda: B.mro())
t(lambda: issubclass(B, (int, A)))
t(lambda: B.__base__)
t(lambda: super(B, B()).m())
t(lambda: super(B, B).c())
t(lambda: B.__dict__.get("c"))
t(lambda: sorted(k for k in dir(B) if not k.startswith("_")))
class S:
    __slots__ = ("a",)
t(lambda: S().__slots__)
t(lambda: S().a)
def sb():
    s = S(); s.b = 1
t(sb)
class P:
    @property
    def v(self): return 1
t(lambda: setattr(P(), "v", 2))
t(lambda: delattr(P(), "v"))
class G:
    def __getattr__(self, n): return n * 2
t(lambda: G().ab)
t(lambda: getattr(G(), "__len__", "none"))
class Q:
    def __eq__(self, o): return True
t(lambda: Q() == 1)
t(lambda: hash(Q()))
t(lambda: Q.__hash__)
class R:
    def __lt__(self, o): return NotImplemented
t(lambda: R() < R())
t(lambda: sorted([R(), R()]))
class Call:
    def __call__(self, *a, **k): return a, k
t(lambda: Call()(1, x=2))
t(lambda: callable(Call()))
t(lambda: callable(Call))
class Len:
    def __len__(self): return -1
t(lambda: len(Len()))
class Len2:
    def __len__(self): return 2 ** 70
t(lambda: len(Len2()))
class BoolBad:
    def __bool__(self): return 1
t(lambda: bool(BoolBad()))
class IterBad:
    def __iter__(self): return 5
t(lambda: iter(IterBad()))
class StrBad:
    def __str__(self): return 5
t(lambda: str(StrBad()))
class ReprBad:
    def __repr__(self): return None
t(lambda: repr(ReprBad()))
class HashBad:
    def __hash__(self): return "x"
t(lambda: hash(HashBad()))
class IndexBad:
    def __index__(self): return 1.5
t(lambda: [1, 2][IndexBad()])
t(lambda: A(1))
class Init:
    def __init__(self, a): pass
t(lambda: Init())
t(lambda: Init(1, 2))
t(lambda: Init(b=1))
def kwonly(*, k): return k
t(lambda: kwonly(1))
t(lambda: kwonly())
def pos(a, /, b): return a, b
t(lambda: pos(a=1, b=2))
def dflt(a, b=1, *c, d, e=2, **f): return a, b, c, d, e, f
t(lambda: dflt(1, 2, 3, d=4, g=5))
t(lambda: dflt(1, a=2, d=1))
t(lambda: dflt.__defaults__)
t(lambda: dflt.__kwdefaults__)
t(lambda: dflt.__code__.co_argcount)
t(lambda: dflt.__code__.co_kwonlyargcount)
t(lambda: dflt.__code__.co_varnames)
