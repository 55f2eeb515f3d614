class A: pass
for f in (lambda: type.__setattr__(A, b'x', None), lambda: type.__delattr__(A, 1), lambda: object.__setattr__(A(), 1, 2), lambda: object.__delattr__(A(), 1), lambda: object.__getattribute__(A(), 1), lambda: setattr(A(), 1, 2), lambda: type.__getattribute__(A, 1), lambda: delattr(A, 2), lambda: getattr(A, 3), lambda: object.__setattr__(1, 'x', 2)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
class B:
    y = 0
    __slots__ = ('z',)
for f in (lambda: delattr(B(), 'y'), lambda: setattr(B(), 'y', 0), lambda: B().z, lambda: delattr(B(), 'z'), lambda: delattr(B(), 'x'), lambda: object.__delattr__(B(), 'y')):
    try: f()
    except AttributeError as e: print(type(e).__name__, e)
class C:
    y = 1
    __slots__ = ('z',)
    @property
    def p(self): return 1
    @p.deleter
    def p(self): print('deleter ran')
    def __delattr__(self, n):
        print('custom', n)
        object.__delattr__(self, n)
c = C(); c.z = 5
del c.z; del c.p
try: del c.z
except AttributeError as e: print(e)
class D:
    def __delattr__(self, n): print('D custom', n); object.__delattr__(self, n)
d = D(); d.a = 1; del d.a; print(hasattr(d, 'a'))
try: del d.a
except AttributeError as e: print(e)
# wrong argument counts and objects without a __dict__ (were .NET exceptions reported as SystemError)
for f in (lambda: (1).__setattr__(), lambda: (1).__setattr__('x'), lambda: (1).__delattr__(), lambda: object.__setattr__(object()),
          lambda: memoryview(b'ab').__setattr__('x', 1), lambda: (1).__setattr__('x', 1), lambda: type.__setattr__(int, 'x', 1),
          lambda: bytes(-1), lambda: bytearray(-1), lambda: bytes(2**70)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(bytes(3), bytearray(2))
