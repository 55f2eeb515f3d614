# LOAD_FAST and the LOAD_FAST pair followed by instructions that no fused form takes (the default path:
# the values pushed as they are): STORE_ATTR, BUILD_TUPLE/LIST/MAP/STRING, CALL, LOAD_METHOD,
# CONTAINS_OP, the unary ops, STORE_FAST, DELETE_FAST, SWAP, GET_ITER, FORMAT_VALUE, YIELD_VALUE,
# LIST_APPEND, STORE_SUBSCR/BINARY_SUBSCR on a dict, STORE_GLOBAL, IMPORT_NAME and RETURN_VALUE in a
# frame entered from C# (a sort key, a map function, __eq__ called by list.index); then each again
# after the forms it resembles have warmed up at the same kind of site.
import sys

G = None

class Box:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self, k):
        return self.x + self.y + k
    def __eq__(self, o):
        return o
    __hash__ = object.__hash__

def fall(a, b, d, s):
    global G
    box = Box(a, b)
    box.x = b
    t = (a, b)
    l = [a, b, a]
    m = {a: b}
    st = f"{a}{b}"
    c = box.total(a)
    inside = a in l
    notin = b not in s
    neg = -a
    inv = ~b
    no = not a
    e = a
    del e
    a, b = b, a
    it = list(iter(l))
    d[a] = b
    got = d[b] if b in d else None
    G = a
    sq = [a * x for x in l]
    return box.x, t, l, m, st, c, inside, notin, neg, inv, no, a, b, it, got, G, sq

for i in range(100):
    fall(i, i + 1, {}, [1, 2])
print(fall(1, 2, {}, (2, 3)))
print(fall(True, False, {1: 2}, [1]))
print(fall(IntSub := type("IntSub", (int,), {"__neg__": lambda self: "neg", "__invert__": lambda self: "inv"})(3), 4, {}, {4: 0}))

def gen(a, b):
    yield a
    yield a, b
    x = yield b
    yield x

for i in range(60):
    list(gen(i, i))
g = gen(1, 2)
print(next(g), next(g), next(g), g.send("sent"))

def ident(v):
    return v

def second(v, w):
    return w

for i in range(60):
    ident(i)
    second(i, i)
print(sorted([3, 1, 2], key=ident), list(map(ident, "abc")), list(map(second, "ab", "cd")))
print([1, 2].index(2))
try:
    [Box(1, 2)].index(Box(3, 4))
    print("index found")
except ValueError as e:
    print("ValueError", e)

def imports(n):
    import math
    return math.isqrt(n), n

print(imports(17))

def strs(a, b):
    return a + b, a * 2, a[0], (a, b)[1]

for i in range(60):
    strs("x", "y")
print(strs("ab", "cd"), strs([1], [2]), strs((1,), (2,)))
