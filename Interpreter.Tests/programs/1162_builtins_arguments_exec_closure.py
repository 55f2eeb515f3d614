import warnings
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: iter(42, 42)); t(lambda: list(iter(iter([1, 2, 3, 0, 5]).__next__, 0))); t(lambda: sum([], bytearray())); t(lambda: round(1,2,3)); t(lambda: round(1, ndigits=2, x=1)); t(lambda: dir(42, 42)); t(lambda: pow(0, exp=0)); t(lambda: pow(base=2, exp=3, mod=5)); t(lambda: pow(2, 3, 5, 6)); t(lambda: pow(2)); t(lambda: pow(2, 3, x=1)); t(lambda: pow(2, 10)); t(lambda: pow(2, -1, 7)); t(lambda: pow(2.0, 3, mod=None))
t(lambda: __import__('sys', name='sys')); t(lambda: __import__('os.path', fromlist=['join']).__name__); t(lambda: __import__(name='json').__name__)
t(lambda: type(None)(1, 2)); t(lambda: type(None)(a=1)); t(lambda: type(Ellipsis)(1)); t(lambda: type(NotImplemented)(1)); t(lambda: type(NotImplemented)())
t(lambda: type(...)()); t(lambda: round(x=1)); t(lambda: round(2.675, 2)); t(lambda: round(number=2.5)); t(lambda: round(7, ndigits=-1))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented, [str(x.message) for x in w])
warnings.simplefilter('error')
t(lambda: bool(NotImplemented)); t(lambda: not NotImplemented)
def u(): pass
import collections
class M(collections.UserDict): pass
for f in (lambda: exec('a', 1), lambda: exec('a', {}, 1), lambda: eval('a', 1), lambda: eval('a', {}, 1), lambda: eval('a', M()), lambda: eval('a', {}, M(a=5)),
          lambda: exec(1), lambda: eval(1), lambda: exec('x=1', closure=()), lambda: exec('x=1', globals={}), lambda: eval('1', globals={}), lambda: eval('1', locals={}),
          lambda: exec('x=1', {}, None), lambda: eval('x', {'x': 3}, None), lambda: exec(), lambda: eval('1', {}, {}, 4)):
    t(f)
def f():
    y = 1
    def g():
        nonlocal y
        y += 10
        return y
    return g
g = f()
t(lambda: exec(g.__code__)); t(lambda: eval(g.__code__)); t(lambda: exec(g.__code__, {}, closure=g.__closure__)); print(g.__closure__[0].cell_contents)
t(lambda: exec(g.__code__, {}, closure=None)); t(lambda: exec(g.__code__, {}, closure=[1])); t(lambda: exec(g.__code__, {}, closure=(1,)))
t(lambda: exec((lambda: 1).__code__, {}, closure=(1,)))
import types
cell = types.CellType(100)
exec(g.__code__, {}, closure=(cell,)); print(cell.cell_contents)
m = M(); exec('z = 4\nw = z * 2', {}, m); print(sorted(m.data.items()))
class Logging(dict):
    def __getitem__(self, k): print('get', k); return dict.__getitem__(self, k)
    def __setitem__(self, k, v): print('set', k); dict.__setitem__(self, k, v)
print(eval('q + 1', {}, Logging(q=1)))
exec('r = 5', {}, Logging())
def local_exec():
    a = 3
    exec('b = a + 1')
    return eval('a * 2')
print(local_exec())
