# A constant as the right operand of a binary or in-place operation whose left operand is on
# the stack (a call's result, an attribute, a subscript, another operation): ints past the
# small-int cache and past 64 bits, floats and float chains, strs, bytes, lists, tuples,
# instances with __add__/__radd__/__iadd__ that run Python code, and the errors' traceback lines.
import sys, traceback

def f(x):
    return x

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o)
    def __sub__(self, o):
        return V(self.v - o)
    def __iadd__(self, o):
        self.v += o * 10
        return self
    def __repr__(self):
        return "V(%r)" % (self.v,)

class Obj:
    def __init__(self):
        self.n = 0
        self.s = ""
        self.fl = 0.5
        self.items = [1, 2, 3]

def run(n):
    o = Obj()
    acc = []
    big = 2 ** 63 - 5
    for i in range(n):
        o.n += 1
        o.s += "x"
        o.fl *= 1.5
        o.items[0] += 2
        acc.append(f(i) - 1)
        acc.append(f(big) + 10)
        acc.append(f(i) * 3.0 + 1.0)
        acc.append(len(acc) % 7)
        acc.append(f("ab") * 2)
        acc.append(f(b"q") + b"!")
        acc.append(f((1,)) + (2,))
        acc.append(f([i]) * 2)
        acc.append(f(i) // 3)
        acc.append(f(-i) % 5)
        acc.append(f(i) ** 2)
        acc.append(f(i) << 65)
        acc.append(f(i) & 6)
        acc.append(f(i) >> 1)
        acc.append(f(7.0) / 2)
    return o.n, len(o.s), o.fl, o.items, acc[-19:]

print(run(3))
print(run(60)[:4])

def inst(n):
    v = V(1)
    w = V(2)
    for i in range(n):
        v = f(v) + 3
        w += 1
        w = f(w) - 2
    return v, w

print(inst(40))

def err(x):
    return f(x) + 1

for a in [1, 2.5, True]:
    print(err(a))
try:
    for a in [1, 2, "s"]:
        err(a)
except TypeError as e:
    print("TypeError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([(fr.name, fr.line) for fr in tb])

def zero(x):
    return f(x) // 0
try:
    for a in range(30):
        zero(a + 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno - zero.__code__.co_firstlineno)

def over(x):
    return f(x) * 9223372036854775807
print([over(i) for i in range(4)])
print(f(-9223372036854775807) - 10, f(9223372036854775807) + 1)
class Sub(int):
    def __add__(self, o):
        return "sub add %d" % (int(self) + o)
print(f(Sub(4)) + 1, f(True) + 1, f(3) == 3, f(5) - True)
