# LOAD_METHOD sites that see builtin objects (the loop's inline builtin-method hit) mixed with
# subclass instances, overriding methods, instance attributes, Python classes and modules.
import collections, math

class L(list):
    def append(self, x):
        super().append(('L', x))

class M(list):
    pass

class D(dict):
    def get(self, k, d=None):
        return ('D', k, d)

class P:
    def append(self, x):
        return ('P', x)
    def get(self, k, d=None):
        return ('P.get', k)

def feed(objs):
    out = []
    for o in objs:
        r = o.append(len(out))
        out.append((type(o).__name__, r))
    return out

objs = [[], L(), [], M(), collections.deque(), P(), [], L()]
print(feed(objs))
print(feed(objs))
print([list(o) if not isinstance(o, P) else 'P' for o in objs])

def gets(objs):
    return [o.get('k', 0) for o in objs]

ds = [{'k': 1}, D(k=2), {}, P(), {'k': 3}]
print(gets(ds), gets(ds))

# An instance attribute shadowing the method on a list subclass instance.
m = M()
m.append = lambda x: ('attr', x)
print(feed([[], m, []]))

# A method replaced on the subclass after the site saw it.
class N(list):
    pass
n = N()
print(feed([n, [], n]))
N.append = lambda self, x: ('replaced', x)
print(feed([n, [], n]))
del N.append
print(feed([n, [], n]))

# Strs, str subclasses and bytes at one site.
class U(str):
    def upper(self):
        return 'U!'
ws = ['ab', U('cd'), b'ef', 'gh', U('ij'), bytearray(b'kl')]
for _ in range(2):
    print([w.upper() for w in ws])

# Modules and classes at a method site.
things = [math, [3], math]
for t in things:
    try:
        print(t.sqrt(4))
    except AttributeError as e:
        print('AttributeError', e)
print(str.upper('x'), list.__len__([1, 2]), dict.fromkeys('ab'))

# Builtin type methods cannot be replaced; the error is CPython's.
try:
    list.append = None
except TypeError as e:
    print('TypeError', e)
print(feed([[], []]))

# Sets and frozensets share method names.
for s in (set(), frozenset(), set()):
    try:
        print(s.union({1}), s.copy())
    except AttributeError as e:
        print('AttributeError', e)
