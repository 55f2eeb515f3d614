# Subscripting a class: the metaclass's __getitem__ first, then __class_getitem__ bound as attribute lookup
# binds it (staticmethod, plain function, classmethod of a property, a metaclass __getattr__);
# __init_subclass__ of any kind called through its __get__; which native types are generic.
class Meta(type):
    def __getitem__(cls, k): return ("meta getitem", cls.__name__, k)
class A(metaclass=Meta):
    def __class_getitem__(cls, k): return ("cgi", cls.__name__, k)
print(A[int])
class B:
    __class_getitem__ = staticmethod(lambda k: ("static", k))
print(B[1])
class C: pass
C.__class_getitem__ = lambda k: ("plain", k)
print(C[2])
class D:
    @classmethod
    @property
    def __class_getitem__(cls): return lambda k: ("cm-prop", cls.__name__, k)
print(D[3])
class M2(type):
    def __getattr__(cls, name):
        if name == "__class_getitem__": return lambda k: ("meta getattr", k)
        raise AttributeError(name)
class E(metaclass=M2): pass
print(E[4])
class F:
    def __class_getitem__(cls, k): return ("F", cls.__name__, k)
class G(F): pass
print(G[5])
# __init_subclass__ kinds
class P:
    __init_subclass__ = staticmethod(lambda **kw: print("static isc", kw))
class Q(P, x=1): pass
class R:
    @classmethod
    @property
    def __init_subclass__(cls): 
        print("prop isc for", cls.__name__)
        return lambda **kw: print("called", kw)
class S(R, y=2): pass
class T:
    def __init_subclass__(cls, **kw): print("plain isc", cls.__name__, kw)
class U(T, z=3): pass
class V:
    __init_subclass__ = lambda **kw: print("lambda isc", kw)
try:
    class W(V, a=1): pass
except TypeError as e: print("TypeError", e)
import functools, collections, contextvars, queue, weakref, itertools, asyncio, os, re, dataclasses, concurrent.futures, array, tempfile, shelve, subprocess, enum
names = ["list","dict","tuple","set","frozenset","type","collections.deque","collections.defaultdict","collections.OrderedDict","collections.Counter","collections.ChainMap",
 "contextvars.ContextVar","contextvars.Token","queue.Queue","queue.SimpleQueue","queue.LifoQueue","weakref.ref","weakref.WeakSet","weakref.WeakKeyDictionary","weakref.WeakValueDictionary","weakref.WeakMethod",
 "itertools.chain","asyncio.Future","asyncio.Task","asyncio.Queue","os.PathLike","os.DirEntry","re.Pattern","re.Match","functools.partialmethod","functools.cached_property","dataclasses.Field",
 "concurrent.futures.Future","array.array","tempfile.TemporaryDirectory","tempfile.SpooledTemporaryFile","subprocess.Popen","subprocess.CompletedProcess","enum.Enum","memoryview","slice","range","enumerate","zip","filter","map","reversed","property","classmethod","staticmethod","bytearray","bytes","str","int","object"]
for n in names:
    try:
        obj = eval(n)
        print(n, repr(obj[int]))
    except Exception as e:
        print(n, type(e).__name__, e)
import itertools, array
for o in (itertools.count(), array.array('i').itemsize, None, object()):
    try: o[0]
    except TypeError as e: print(e)
