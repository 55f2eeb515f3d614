class BadTypeClass:
    def __int__(self):
        return None
    __float__ = __int__
    __complex__ = __int__
    __str__ = __int__
    __repr__ = __int__
    __bytes__ = __int__
    __bool__ = __int__
    __index__ = __int__
def index(x):
    return [][x]
for f in [float, complex, str, repr, bytes, bin, oct, hex, bool, index, int]:
    try: f(BadTypeClass()); print(f.__name__, 'no error')
    except TypeError as e: print(f.__name__, 'TypeError', e)
class R:
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __divmod__(self, o): return ('divmod', o)
print(divmod(1, R()), divmod(R(), 1), divmod(1.5, R()))
def booh(self): raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
class F:
    __lt__ = property(booh)
try: F() < F()
except TypeError as e: print(e)
class C: pass
for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42), lambda: object.__init__(C(), x=1)):
    try: f(); print('ok')
    except TypeError as e: print(e)
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in (lambda: D(42), lambda: D.__new__(D, 42), lambda: object.__new__(D, 42)):
    try: f(); print('ok')
    except TypeError as e: print(e)
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in (lambda: E().__init__(42), lambda: object.__init__(E(), 42), lambda: E(1)):
    try: f(); print('ok')
    except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return super().__new__(cls)
print(type(N(1, 2)).__name__)
class I(int): pass
print(I(5), int.__init__(5, 6), float(2.5), str(3), list((1, 2)), dict(a=1), type(Exception('x', 1)).__name__)
import collections, fractions, decimal, enum, dataclasses
class Color(enum.Enum):
    RED = 1
print(Color(1), fractions.Fraction(1, 3), decimal.Decimal('1.5'), collections.OrderedDict(a=1), collections.namedtuple('P', 'x y')(1, 2))
@dataclasses.dataclass
class P:
    x: int
print(P(1))
class S(str):
    def __new__(cls, v): return super().__new__(cls, v)
print(S('abc'))
