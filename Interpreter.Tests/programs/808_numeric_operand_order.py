# Which operand's method answers for float/int/bool on the left and an int or float subclass on
# the right: the left builtin answers for the operators it supports, the subclass's reflected
# method for the rest (and first whenever the subclass derives from the left operand's type).
class I(int):
    def __radd__(self, o): return "I.radd"
    def __rsub__(self, o): return "I.rsub"
    def __rmul__(self, o): return "I.rmul"
    def __rtruediv__(self, o): return "I.rtruediv"
    def __rfloordiv__(self, o): return "I.rfloordiv"
    def __rmod__(self, o): return "I.rmod"
    def __rpow__(self, o): return "I.rpow"
    def __rand__(self, o): return "I.rand"
    def __ror__(self, o): return "I.ror"
    def __rxor__(self, o): return "I.rxor"
    def __rlshift__(self, o): return "I.rlshift"
    def __rrshift__(self, o): return "I.rrshift"
    def __rmatmul__(self, o): return "I.rmatmul"
    def __lt__(self, o): return "I.lt"
    def __gt__(self, o): return "I.gt"
    def __eq__(self, o): return "I.eq"
    def __hash__(self): return 1


class F(float):
    def __radd__(self, o): return "F.radd"
    def __rmul__(self, o): return "F.rmul"
    def __gt__(self, o): return "F.gt"


ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
    ("@", lambda a, b: a @ b), ("<", lambda a, b: a < b), (">", lambda a, b: a > b),
    ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b),
]
for left in (2.5, 3, True, 2 ** 70, -1.0):
    for right in (I(2), F(1.5)):
        row = []
        for name, fn in ops:
            try:
                row.append(f"{name}:{fn(left, right)!r}")
            except Exception as e:
                row.append(f"{name}:{type(e).__name__}")
        print(repr(left), type(right).__name__, " ".join(row))

x = 1.5
x += I(2)
y = 4
y -= F(1.0)
z = True
z *= I(3)
print(x, y, z, sum([1.0, I(2)], True), sum([I(2)], True))


# != falls back to an inverted __eq__ only through object.__ne__, not a builtin base's __ne__
class J(int):
    def __eq__(self, o): return "J.eq"
    __hash__ = int.__hash__


class D(dict):
    def __eq__(self, o): return True


class P:
    def __eq__(self, o): return True


class Q:
    def __eq__(self, o): return NotImplemented


print(3 != J(2), J(2) != 3, J(2) != J(2), D() != {1: 2}, {1: 2} != D(), P() != 1, 1 != P(), Q() != Q())
