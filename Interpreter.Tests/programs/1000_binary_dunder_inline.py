# BINARY_OP on instances of Python classes: the left operand's __op__ (run as an inline frame in
# Herthon), NotImplemented and the reflected method, subclasses first, in-place forms, errors and
# tracebacks raised inside and after the method, methods replaced on the class later.
import sys
import traceback


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return ("rmul", k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
for i in range(3):
    c = a + b
    d = c - a
    e = d * 2
    f = e * 2.5
    g = f / 2
print(c, d, e, f, g)
# NotImplemented from __mul__ with the same class: no reflected call for the same type, TypeError.
try:
    a * b
except TypeError as exc:
    print("TypeError:", exc)
try:
    a ** 2
except TypeError as exc:
    print("TypeError:", exc)
try:
    a - 1
except AttributeError as exc:
    print("AttributeError:", exc)


class Other:
    def __radd__(self, o):
        return ("Other.__radd__", type(o).__name__)

    def __rsub__(self, o):
        return NotImplemented


class Sub(Vec):
    __slots__ = ()

    def __radd__(self, o):
        return ("Sub.__radd__", o)

    def __rsub__(self, o):
        return NotImplemented


class Left:
    def __init__(self):
        self.calls = []

    def __add__(self, o):
        self.calls.append(("add", type(o).__name__))
        return NotImplemented

    def __sub__(self, o):
        self.calls.append(("sub", type(o).__name__))
        return NotImplemented

    def __mul__(self, o):
        self.calls.append(("mul", type(o).__name__))
        return "mul"

    def __iadd__(self, o):
        self.calls.append(("iadd", type(o).__name__))
        return "iadd"


left = Left()
for i in range(2):
    print(left + Other())
    try:
        left - Other()
    except TypeError as exc:
        print("TypeError:", exc)
    print(left * 3, left * 1.5, left * "s")
    try:
        left + 1
    except TypeError as exc:
        print("TypeError:", exc)
print(left.calls)
left.calls.clear()
# A subclass of the left class on the right: its reflected method goes first.
print(a + Sub(5, 6))
try:
    print(a - Sub(5, 6))
except TypeError as exc:
    print("TypeError:", exc)
# In-place: __iadd__ first when the class has one, else __add__.
x = left
x += 1
print(x, left.calls)
v = Vec(1, 1)
w = v
v += Vec(2, 2)
print(v, w, v is w)
v *= 3
print(v)


# A method replaced on the class, removed, and added back.
class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o


p = P(10)
out = []
for i in range(6):
    if i == 2:
        P.__add__ = lambda self, o: ("lambda", self.v, o)
    if i == 3:
        del P.__add__
    if i == 4:
        def add2(self, o, extra=100):
            return self.v + o + extra
        P.__add__ = add2
    try:
        out.append(p + i)
    except TypeError as exc:
        out.append(str(exc))
print(out)
# An instance attribute named __add__ is not used.
p.__add__ = lambda o: "instance"
print(p + 1)


# Errors inside the method: the traceback goes through the operator line and the method.
class Bad:
    def __add__(self, o):
        return 1 / 0

    def __sub__(self, o, extra):
        return 0

    def __mul__(self, o):
        return self.missing


for op in (lambda: Bad() + 1, lambda: Bad() - 1, lambda: Bad() * 2):
    try:
        op()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(l for l in lines if not l.strip().startswith("File")))


def deep(n):
    return deep(n - 1) if n else Bad() + 1


try:
    deep(3)
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# A generator __add__ returns a generator object; a method that is a builtin or a class.
class G:
    def __add__(self, o):
        yield o


print(type(G() + 1).__name__, list(G() + 5))


class Q:
    __add__ = dict.get


try:
    Q() + 1
except TypeError as exc:
    print("TypeError:", exc)


# Recursion through the operator: RecursionError as CPython raises it.
class R:
    def __add__(self, o):
        return self + o


try:
    R() + 1
except RecursionError as exc:
    print("RecursionError", str(exc)[:40])


# The result flows on into further operations and stores; sys.settrace sees the method's lines.
class T:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return T(self.v + (o.v if isinstance(o, T) else o))

    def __eq__(self, o):
        return self.v == o.v


t = T(1)
total = T(0)
for i in range(5):
    total = total + t + i
print(total.v)
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "__add__":
        events.append((event, frame.f_lineno - T.__add__.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
z = t + 2
sys.settrace(None)
print(z.v, events)
