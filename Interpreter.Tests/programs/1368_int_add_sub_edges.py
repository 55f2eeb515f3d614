# int + and - (and the other int operators after them) at BINARY_OP and INPLACE_OP: 64-bit overflow
# into big ints, bools, int subclasses with and without __add__/__sub__/__radd__, chains of int ops,
# errors raised midway, and settrace on and off.
import sys

M = 2**63 - 1
m = -2**63


def ops(a, b):
    return (a + b, a - b, a * b, a % b if b else None, a // b if b else None, a & b, a | b, a ^ b)


def inplace(a, b):
    x = a
    x += b
    y = a
    y -= b
    return x, y


def chain(a, b):
    return (a + b - 1) * 3 - a + (b - a) % 7


class I(int):
    pass


class AddI(int):
    def __add__(self, other):
        return ("AddI.__add__", int(self), other)

    def __radd__(self, other):
        return ("AddI.__radd__", int(self), other)

    def __sub__(self, other):
        raise ArithmeticError("sub of %d" % int(self))


def run():
    for a, b in ((M, 1), (m, -1), (M, -1), (m, 1), (M, M), (m, m), (0, m), (-1, m), (5, 3), (-5, 3), (2**62, 2**62), (True, True), (False, -1)):
        print(a, b, ops(a, b), inplace(a, b))
    print([chain(i, j) for i in (-3, 0, 4, M // 3) for j in (1, -2, 2**40)])
    total = 0
    for i in range(-5, 6):
        total += i
        total -= i * i
    print(total)
    r = I(7) + 1
    print(r, type(r).__name__, I(7) - I(2), type(I(7) - I(2)).__name__)
    print(AddI(2) + 3, 3 + AddI(2))
    try:
        AddI(2) - 1
    except ArithmeticError as e:
        print("ArithmeticError", e)
    x = 1
    try:
        x = x + "a"
    except TypeError as e:
        print("TypeError", e)
    print(x, 1.5 + 2, 2 - 0.5, 10**20 + 1 - 10**20)


run()
seen = []
sys.settrace(lambda fr, ev, arg: seen.append(ev) or None)
print(inplace(M, 1), chain(3, 4))
sys.settrace(None)
print(seen)
