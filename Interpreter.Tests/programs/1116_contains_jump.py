# `in` / `not in` followed by a conditional jump (if, while, and/or, comprehension filters, assert)
# and used as a value, over builtin containers and classes with __contains__ (truthy non-bools,
# exceptions raised inside, falling back to __iter__ and __getitem__).

class Truthy:
    def __init__(self, v, log):
        self.v, self.log = v, log
    def __contains__(self, x):
        self.log.append(("contains", x))
        return self.v

class NotBool:
    def __bool__(self):
        print("NotBool.__bool__")
        return False

class Raises:
    def __contains__(self, x):
        raise ValueError("no membership for %r" % (x,))

class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])

class ItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * 10

def check(x, c):
    out = []
    if x in c:
        out.append("in")
    else:
        out.append("not in")
    if x not in c:
        out.append("not-in true")
    if not x in c:
        out.append("not x in")
    v = x in c
    w = x not in c
    out.append((v, w))
    out.append(x in c and "and-yes" or "and-no")
    out.append([y for y in range(5) if y in c])
    out.append([y for y in range(5) if y not in c])
    return out

log = []
for c in [{1, 2}, frozenset([3]), {1: "a", 4: "b"}, [1, 3], (2, 4), "1234", range(2, 4), b"\x01\x02",
          Truthy(5, log), Truthy(0, log), Truthy([], log), Truthy("x", log), IterOnly(), ItemOnly()]:
    try:
        print(type(c).__name__, check(1, c), check(2, c))
    except TypeError as e:
        print(type(c).__name__, "TypeError", e)
print(log[:6], len(log))

# the result of __contains__ is converted with bool(): a falsy non-bool object
t = Truthy(NotBool(), [])
print(1 in t, 1 not in t)
if 1 in t:
    print("wrong")
else:
    print("falsy")

# while loops over membership (a backward conditional jump)
s = set(range(10))
n = 0
while n in s:
    s.discard(n)
    n += 2
print(n, sorted(s))
k = 0
while k not in {5, 7}:
    k += 1
print(k)

# exceptions raised inside the test reach the handler with a traceback
def probe(c, x):
    if x in c:
        return "yes"
    return "no"

for c, x in [(Raises(), 1), ({1}, []), ([1], 1), ("ab", 3), ({}, {})]:
    try:
        print(probe(c, x))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

import traceback
try:
    probe(Raises(), "q")
except ValueError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print([(f.name, f.line) for f in tb])

# assert with `in`
try:
    assert 3 in [1, 2], "missing"
except AssertionError as e:
    print("AssertionError", e)

# dict and set subclasses with their own __contains__
class D(dict):
    def __contains__(self, k):
        print("D.__contains__", k)
        return dict.__contains__(self, k) or k == "always"

class S(set):
    def __contains__(self, k):
        return not set.__contains__(self, k)

d = D(a=1)
print("a" in d, "always" in d, "b" in d)
if "always" not in d:
    print("wrong")
ss = S([1])
print([v for v in range(4) if v in ss], 1 not in ss)

# a hash collision and unhashable keys in sets and dicts
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
hs = {H(1), H(2), 7}
print(H(1) in hs, H(3) in hs, 7 in hs, 7.0 in hs)
try:
    if [1] in {1: 2}:
        pass
except TypeError as e:
    print("TypeError", e)
