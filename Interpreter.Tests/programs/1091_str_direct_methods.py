# str methods called through their direct forms (lower/upper/is*/strip/split): exact strs,
# subclasses with and without overrides, identity of unchanged results, argument errors.
class S(str):
    def lower(self): return 'overridden'
class T(str): pass
vals = ['Alpha', 'ALPHA', '', 'a', 'Z', '\u00c9t\u00e9', 'stra\u00dfe', '\U0001F600ab', '  x y\tz\n', ',hi!.', '\u0130', 'x' * 50, '12', '\u0663', 'a1', ' ']
for v in vals + [T('Sub Class '), S('Over')]:
    r = []
    for m in ('lower', 'upper', 'isalpha', 'isdigit', 'isalnum', 'strip', 'lstrip', 'rstrip', 'split'):
        x = getattr(v, m)()
        r.append((m, x, type(x).__name__))
    r.append(v.strip(',.!'))
    r.append(v.lstrip(None)); r.append(v.rstrip('x '))
    r.append(type(v.strip()).__name__)
    r.append(v.strip() is v); r.append(v.split() == [v] and v.split()[0] is v)
    r.append(v.lower() is v)
    print(repr(v), r)
for bad in (1, b'x', ['a'], T(',')):
    for m in ('strip', 'lstrip', 'rstrip'):
        try: print(m, repr(getattr('a,b,', m)(bad)))
        except TypeError as e: print(m, 'TypeError', e)
try: 'a'.lower(1)
except TypeError as e: print('TypeError', e)
try: 'a'.split(1)
except TypeError as e: print('TypeError', e)
print(str.lower('ABC'), str.strip(' a '), 'a b'.split(None), 'a b'.split(maxsplit=0))
try: str.lower(5)
except TypeError as e: print('TypeError', e)
s = S('AbC')
print(s.lower(), s.upper(), type(s.upper()).__name__, s.strip() is s)
class L(str): pass
l = L('x')
l.__class__  # attribute access
print([w.lower() for w in 'The Quick BROWN'.split()])
# One-character `in` (a char search) next to the general substring search.
hay = ' \t\r\n' + 'x\U0001F600y\u00e9'
for needle in [' ', '\n', 'x', 'y', 'z', '\u00e9', '\U0001F600', '\ud83d', '\ude00', '', 'xy', '\t\r', 'e\u0301']:
    print(repr(needle), needle in hay, needle not in hay, needle in '', needle in needle)
class T2(str):
    def __contains__(self, x):
        return x == 'q'
print('q' in T2('abc'), 'a' in T2('abc'), 'a' in str(T2('abc')))
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
