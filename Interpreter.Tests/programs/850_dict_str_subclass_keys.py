# dict and set lookups with str-subclass keys: a subclass __eq__ (and __hash__) is called as CPython's
# lookdict calls it, in both directions (stored subclass key, looked-up subclass key); exceptions from
# __eq__ propagate; NaN keys match by identity only; 1, 1.0 and True are one key.
class S(str):
    def __eq__(self, other):
        print('S.__eq__', str.__repr__(self), repr(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__
class Loose(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other) if isinstance(other, str) else NotImplemented
    def __hash__(self):
        return hash(str.lower(self))
d = {'a': 1, 'b': 2}
print(d[S('a')], S('b') in d, d.get(S('zz')))
e = {S('k'): 1}
print(e['k'], 'k' in e, e.get('q'))
f = {Loose('Key'): 1}
print(f.get(Loose('KEY')), Loose('kEy') in f, 'key' in f, f.get('Key'))
f['key'] = 2
print(f)
g = {float('nan'): 1}
n = float('nan')
g[n] = 2
g[n] = 3
print(len(g), g[n], n in g, float('nan') in g)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): print('H.eq', self.v, getattr(o, 'v', o)); return isinstance(o, H) and o.v == self.v
h = {H(1): 'one', H(2): 'two'}
print(h[H(2)])
print({1: 'a', 1.0: 'b', True: 'c'})
s = {S('x'), 'y'}
print('x' in s, S('y') in s, Loose('X') in {Loose('x')}, 'X' in {Loose('x')})
class Bad(str):
    def __eq__(self, other): raise ValueError('no eq')
    __hash__ = str.__hash__
try:
    {'q': 1}[Bad('q')]
except ValueError as e:
    print('ValueError', e)
cnt = 0
class Counting(str):
    def __eq__(self, other):
        global cnt; cnt += 1
        return str.__eq__(self, other)
    __hash__ = str.__hash__
dd = {Counting('w%d' % i): i for i in range(50)}
total = sum(dd['w%d' % i] for i in range(50))
print(total, cnt > 0)
