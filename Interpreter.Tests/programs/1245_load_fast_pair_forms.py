# Every fused form after LOAD_FAST (alone and as a pair with a local, constant, free variable or
# cached global second), each warmed up on its hit path and then sent down its decline paths:
# subclasses of list/int/str where exact types are required, overridden dunders, indices out of
# range, unbound locals and free variables raising at the right line, errors raised midway.
import sys

def lineof(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno

class IntSub(int):
    def __add__(self, o):
        return int(self) + o + 1000
    def __lt__(self, o):
        return "lt-called"
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
    def __index__(self):
        return 1

class ListSub(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list.__getitem__(self, i)
        return list.__getitem__(self, i) + 100
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)
    def __len__(self):
        return 99

class StrSub(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

# LOAD_FAST LOAD_FAST|LOAD_CONST BINARY_OP and LOAD_FAST BINARY_OP
def pair_binary(a, b):
    x = a + b
    y = a * 2
    z = x - (y + b)
    return x, y, z

for i in range(60):
    pair_binary(i, i + 1)
print(pair_binary(3, 4), pair_binary(1.5, 2), pair_binary(True, 2 ** 64))
print(pair_binary(IntSub(5), 1))
try:
    pair_binary(1, "x")
except TypeError as e:
    print("TypeError", e, lineof(e))

# the pair, COMPARE_OP|IS_OP and a jump
def pair_compare(a, b):
    n = 0
    if a < b:
        n += 1
    if a == 3:
        n += 10
    if a is None:
        n += 100
    if b is not a:
        n += 1000
    while a < b:
        a += 1
        n += 5
    return n

for i in range(60):
    pair_compare(i % 7, 5)
print(pair_compare(1, 4), pair_compare(3.0, 3), pair_compare("b", "a"), pair_compare(2 ** 70, 2 ** 70 + 2))
print(pair_compare(IntSub(7), 0))
class Cmp:
    def __lt__(self, o):
        return False
    def __eq__(self, o):
        return "truthy"
c = Cmp()
print(pair_compare(c, 1))
for args in ((1, "x"), (None, 0), ("a", 1.5)):
    try:
        pair_compare(*args)
    except TypeError as e:
        print("TypeError", e, lineof(e))

# LOAD_FAST LOAD_ATTR (+ BINARY_OP, + RETURN_VALUE), the pair and LOAD_ATTR, LOAD_FAST DUP_TOP LOAD_ATTR
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def getx(self):
        return self.x
    def bump(self, d):
        self.x += d
        return self.x

class PSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    getx = P.getx
    bump = P.bump

class PProp(P):
    @property
    def y(self):
        return 100
    @y.setter
    def y(self, v):
        pass

def attrs(p, q, k):
    s = p.x + p.y
    t = k + q.x
    u = (k, q.y)
    return s, t, u, p.getx()

ps = [P(i, i + 1) for i in range(5)]
for i in range(60):
    attrs(ps[i % 5], ps[(i + 1) % 5], i)
    ps[i % 5].bump(1)
print(attrs(P(1, 2), P(3, 4), 5), P(7, 8).bump(2))
print(attrs(PSlots(1, 2), PSlots(3, 4), 5), PSlots(7, 8).bump(2))
print(attrs(PProp(1, 2), PProp(3, 4), 5))
odd = P(1, 2)
del odd.y
try:
    attrs(odd, P(3, 4), 5)
except AttributeError as e:
    print("AttributeError", e, lineof(e))
odd2 = P(1, 2)
del odd2.x
try:
    odd2.bump(1)
except AttributeError as e:
    print("AttributeError", e, lineof(e))
try:
    attrs(P(1, 2), P(3, 4), "k")
except TypeError as e:
    print("TypeError", e, lineof(e))

# list subscripts: read (and into a BINARY_OP), store, DUP_TOP_TWO, a list second, a[i + c]
def lists(a, i, data, j):
    r = a[i]
    r2 = r + a[i]
    a[i] = r2
    a[0] -= 1
    total = 0
    total += data[j]
    s = r * data[0]
    o = a[i + 1]
    o2 = a[i - 1]
    return r, r2, total, s, o, o2, a[:4]

for i in range(60):
    lists([1, 2, 3, 4, 5], 1 + i % 3, [10, 20, 30], i % 3)
print(lists([1, 2, 3, 4, 5], 2, [10, 20, 30], 1))
print(lists([1, 2, 3, 4, 5], -2, [10, 20, 30], -1))
print(lists([1, 2, 3, 4, 5], True, [10, 20, 30], False))
print(lists(ListSub([1, 2, 3, 4, 5]), 1, ListSub([10, 20, 30]), 2))
print(lists([1.5, 2.5, 3.5, 4.5, 5.5], 2, [0.5, 1.5], 1))
for args in (([1, 2, 3, 4, 5], 4, [10], 0), ([1, 2, 3, 4, 5], 2, [10], 5), ([1, 2, 3, 4, 5], 9, [10], 0),
             ([1, 2, 3, 4, 5], 2 ** 70, [10], 0), ((1, 2, 3, 4, 5), 1, [10], 0), ([1, 2, 3, 4, 5], "i", [10], 0),
             ([1, 2, 3, 4, 5], IntSub(2), [10, 20, 30], IntSub(1))):
    try:
        print(lists(*args))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, lineof(e))

# str subscripts: stored, tested with `in`, pushed
def chars(text, pos):
    ch = text[pos]
    sp = text[pos] in " \t"
    first = text[0]
    return ch, sp, first, text[pos] + "!"

for i in range(60):
    chars("ab c\td", i % 6)
print(chars("hello world", 5), chars("héllo", 1), chars("a\U0001F600b", 1), chars("a\U0001F600b", 2))
print(chars(StrSub("xyz"), 1), chars("xyz", -1), chars("xyz", True))
for args in (("xyz", 3), ("xyz", -4), ("xyz", "0"), ("", 0)):
    try:
        print(chars(*args))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, lineof(e))

# `while pos < len(text):` (LOAD_FAST pos LOAD_GLOBAL len LOAD_FAST text CALL COMPARE_OP jump)
def scan(text, pos):
    n = 0
    while pos < len(text):
        pos += 1
        n += 1
    return n

for i in range(60):
    scan("abcdef", i % 4)
print(scan("abcdef", 0), scan([1, 2, 3], 0), scan(ListSub([1]), 90), scan({1: 2, 3: 4}, 0), scan((1,), 5))
print(scan("abc", 1.5), scan("abc", True))
try:
    scan(5, 0)
except TypeError as e:
    print("TypeError", e, lineof(e))
real_len = len
len = lambda o: 2
print(scan("abcdef", 0))
del len
print(scan("abcdef", 0))

# LOAD_FAST LOAD_GLOBAL (a cached global second), LOAD_FAST LOAD_DEREF
EMPTY = 0
def glob(v):
    if v == EMPTY:
        return "empty"
    return v + EMPTY

def outer(k):
    def inner(v):
        return v + k, v < k, v is k
    return inner

inn = outer(10)
for i in range(60):
    glob(i % 2)
    inn(i)
print(glob(0), glob(5), inn(3), inn(10))
EMPTY = 5
print(glob(5), glob(0))
del EMPTY
try:
    glob(1)
except NameError as e:
    print("NameError", e, lineof(e))

def late():
    def inner(v):
        return v + k
    r = []
    try:
        r.append(inner(1))
    except NameError as e:
        r.append(("NameError", str(e), lineof(e)))
    k = 5
    r.append(inner(1))
    return r
for i in range(3):
    print(late())

# unbound locals in either half of a pair
def unbound(flag):
    if flag & 1:
        a = 1
    if flag & 2:
        b = 2
    flag.bit_length()
    return a + b

for i in range(60):
    unbound(3)
for fl in (0, 1, 2, 3):
    try:
        print(unbound(fl))
    except UnboundLocalError as e:
        print("UnboundLocalError", e, lineof(e))

def unbound_cmp(flag):
    if flag:
        a = 1
    if a < 2:
        return "small"
    return "big"
for i in range(60):
    unbound_cmp(1)
try:
    unbound_cmp(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e, lineof(e))
