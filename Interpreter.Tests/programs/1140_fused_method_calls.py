# A builtin method called right after LOAD_METHOD with local or constant arguments (the untraced
# loop calls its direct form at LOAD_METHOD): results, declines, errors and where they are reported.
import sys, traceback

class S(str):
    def lower(self): return 'S.lower'
class T(str): pass
class L(list):
    def append(self, x): super().append(('L', x))
class M(list): pass
class D(dict):
    def get(self, k, d=None): return ('D.get', k, d)
class H:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print('  hash', self.n, 'caller line', sys._getframe(1).f_lineno)
        return hash(self.n)
    def __eq__(self, other): return isinstance(other, H) and other.n == self.n
class Bad:
    def __hash__(self): raise RuntimeError('no hash for you')

def words(vals):
    out = []
    for v in vals:
        a = v.lower()
        b = v.upper()
        c = v.isalpha()
        d = v.strip()
        e = v.strip(",.!")
        f = v.split()
        g = v.startswith("e")
        out.append((a, b, c, d, e, f, g, type(a).__name__, type(d).__name__))
    return out

for r in words(['Alpha', 'beta!', '', 'e', ' x y ', S('Sub'), T('Tee.'), '\u00c9t\u00e9', '\U0001F600a']):
    print(r)

# One site seeing lists, list subclasses and other types.
def app(target, x):
    target.append(x)
    return target
for t in ([], L(), M(), [1]):
    print(type(t).__name__, app(app(t, 'x'), 2))
class NotList:
    def append(self, x): print('  NotList.append', x)
app(NotList(), 3)

# dict.get with one and two arguments, locals and constants, subclasses.
def gets(dct, k):
    return dct.get(k), dct.get(k, 0), dct.get('zz', k), dct.get(k, k), dct.get('a')
print(gets({'a': 1, 'b': 2}, 'b'))
print(gets({'a': 1}, 'q'))
print(gets(D(a=5), 'a'))
counts = {}
for w in 'the cat the dog the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

# A key whose hash runs Python code: the caller's line is the call's.
hd = {H(1): 'one'}
k1 = H(1)
print(hd.get(k1), hd.get(
    k1, 'dflt'))

# Errors raised by the method: reported at the call, the stack cut right for the handler.
def errors():
    lst = [1]
    for i in range(3):
        try:
            print('pop', lst.pop())
        except IndexError as e:
            print('IndexError', e, 'line', e.__traceback__.tb_lineno)
    try:
        {}.get([1])
    except TypeError as e:
        print('TypeError', e)
    try:
        {1: 2}.get(Bad(), 0)
    except RuntimeError as e:
        print('RuntimeError', e, 'line', e.__traceback__.tb_lineno)
    try:
        'abc'.strip(5)
    except TypeError as e:
        print('TypeError', e)
    try:
        'abc'.startswith(5)
    except TypeError as e:
        print('TypeError', e)
    try:
        'abc'.lower(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        'a,b'.split(1)
    except TypeError as e:
        print('TypeError', e)
    d = {}
    try:
        d.pop(
            'missing')
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print('KeyError', e, [(fs.name, fs.lineno) for fs in tb])
errors()

def unbound():
    s = 'abc'
    try:
        s.strip(chars)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    chars = 'a'
    print(s.strip(chars))
unbound()

# Methods replaced or overridden: not the builtin's direct form.
class U(str):
    pass
u = U('Mixed')
print(u.lower(), type(u.lower()).__name__)
U.lower = lambda self: 'patched'
print(u.lower())
del U.lower
print(u.lower())
print(True.bit_length(), (5).bit_length(), 'x'.isdigit(), str.lower('ABC'))

# A generator and a nested function using the same calls.
def gen(items):
    for it in items:
        yield it.upper(), it.isalpha()
print(list(gen(['ab', 'c1', S('zz')])))

# Profile and trace hooks still see the C calls and the lines.
events = []
def prof(frame, event, arg):
    if event.startswith('c_'): events.append((event, arg.__name__))
def probe():
    x = 'AbC'
    y = x.lower()
    z = {}.get(y, 1)
    w = []
    w.append(z)
    return y, z, w
sys.setprofile(prof)
probe()
sys.setprofile(None)
print(events)
lines = []
def tr(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'probe': lines.append(frame.f_lineno - probe.__code__.co_firstlineno)
    return tr
sys.settrace(tr)
print(probe())
sys.settrace(None)
print(lines)
