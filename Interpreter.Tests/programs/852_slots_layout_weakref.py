# __slots__ as CPython's type_new reads them: checks, mangled and sorted member descriptors, the
# __dict__ and __weakref__ descriptors, weak references to slotted and builtin-derived instances,
# and which __class__ assignments keep an instance's layout (compatible_for_assignment).
class P: pass
try:
    class PP(P): __slots__ = ('__weakref__',)
    print('PP ok')
except TypeError as e: print(e)
try:
    class Z: __slots__ = ('__weakref__','__weakref__')
except TypeError as e: print(e)
try:
    class I(int): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class D(dict): __slots__ = ('__dict__',)
    print('D ok', D().__dict__)
except TypeError as e: print(e)
class W: pass
w = W(); print(w.__weakref__); import weakref; r = weakref.ref(w); print(w.__weakref__ is r)
print(type(W.__dict__['__weakref__']).__name__, W.__weakref__.__name__, W.__weakref__.__objclass__)
print(list(W.__dict__.keys()))
class S: __slots__=('a',)
print(list(S.__dict__.keys()))
class H: __slots__ = ('x', '__weakref__')
print(list(H.__dict__.keys()), H().__weakref__)
class Sub(W): pass
print(list(Sub.__dict__.keys()))
try: del w.__weakref__
except AttributeError as e: print(e)
try: w.__weakref__ = 1
except AttributeError as e: print(e)
def tr(src):
    try:
        exec(src, {}); print('ok')
    except Exception as e: print(type(e).__name__, e)
class A: __slots__ = ('b', 'a', '__p')
print(list(A.__dict__))
tr("class I(int): __slots__ = ()")
tr("class I(int): __slots__ = ('__dict__',)")
tr("class I(int): __slots__ = ('__weakref__',)")
tr("class I(tuple): __slots__ = ('x',)")
tr("class B: __slots__ = (1,)")
tr("class B: __slots__ = ('a b',)")
tr("class B: __slots__ = ('x',); x = 1")
tr("class B: __slots__ = ('__dict__', '__dict__')")
tr("class P: pass\nclass B(P): __slots__ = ('__dict__',)")
tr("class B: __slots__ = 'x'\nprint(B.__slots__, list(B.__dict__))")
tr("class B: __slots__ = ['x', '__dict__']\nprint(B.__slots__, list(B.__dict__))")
tr("class B: __slots__ = {'x': 'doc of x'}\nprint(B.x.__doc__, list(B.__dict__))")
tr("class B: __slots__ = ('x','x')")
tr("class L(list): __slots__ = ('__weakref__',)\nimport weakref; print(weakref.ref(L()) is not None)")
tr("class L(list): pass\nprint(list(L.__dict__))")
tr("class E(Exception): pass\nprint(list(E.__dict__))")
tr("class E(Exception): __slots__=('a',)\nprint(list(E.__dict__))")
tr("class F: __slots__=('a','__dict__')\nclass G(F): pass\nprint(list(G.__dict__))")
class A: __slots__ = ('x',)
class B: __slots__ = ('y',)
class C: __slots__ = ('x',)
class D(A): pass
class E(A): __slots__ = ()
class F: __slots__ = ('x', '__dict__')
class G: __slots__ = ('__dict__', 'x')
class H: __slots__ = ('x', '__weakref__')
class I: __slots__ = ('__weakref__', 'x')
class P: pass
class Q: __slots__ = ('__dict__',)
class R: __slots__ = ('__dict__', '__weakref__')
def t(a, b):
    o = a()
    try:
        o.__class__ = b; print(a.__name__, '->', b.__name__, 'ok')
    except TypeError as e: print(a.__name__, '->', b.__name__, e)
for a, b in [(A,B),(A,C),(A,D),(D,A),(A,E),(E,A),(D,E),(F,G),(H,I),(P,Q),(Q,R),(P,R),(A,F)]:
    t(a, b)
class W: pass
w = W(); w.a = 1
del w.__dict__
print(w.__dict__, hasattr(w, 'a'))
w.b = 2; print(w.__dict__)
d = {'z': 3}; w.__dict__ = d; print(w.z, w.__dict__ is d)
try: w.__dict__ = 5
except TypeError as e: print(e)
try: W.__dict__['__dict__'].__get__(1)
except TypeError as e: print(e)
print(W.__dict__['__dict__'].__doc__)
print(W.__dict__['__weakref__'].__doc__)
print(W.__dict__['__dict__'].__objclass__)
class S(W): __slots__ = ('q',)
s = S(); s.q = 1; s.r = 2; print(s.__dict__, vars(s))
print(sorted(k for k in dir(w) if k.startswith('__w') or k.startswith('__d')))
class L(list): pass
l = L(); l.x = 1; print(l.__dict__); l.__dict__ = {'y': 2}; print(l.y, vars(l))
class St(str): pass
import weakref
sa = St("a"); print(weakref.ref(sa)() == "a")
try: weakref.ref(L())
except TypeError as e: print(e)
class M(type): pass
print(list(M.__dict__))
import dataclasses
@dataclasses.dataclass(slots=True, weakref_slot=True)
class DC:
    a: int
print(DC.__slots__, weakref.ref(DC(1)) is not None)
import copy, pickle
class PS:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
    def get(self): return self.__b
p2 = pickle.loads(pickle.dumps(PS())); print(p2.a, p2.get())
p3 = copy.copy(PS()); print(p3.a, p3.get())
class A:
    __slots__=('__p',)
    def __init__(self): self.__p = 1
    def g(self): return self.__p
print(A().g())

# A class with a slotted second base (its layout is that base's) against a sibling of the first base only
class X2: pass
class A2: __slots__ = ('a',)
class C2(X2, A2): pass
class D2(X2): pass
c = C2(); c.a = 5
try:
    c.__class__ = D2; print('ok', c.__dict__)
except TypeError as e: print(e)
d = D2()
try:
    d.__class__ = C2; print('ok')
except TypeError as e: print(e)
