# COMPARE_OP on instances of Python classes with __lt__ ... __ge__: the method's result as is
# (non-bool results), NotImplemented and the reflected method, a subclass's reflected method
# first, == / != falling back to identity, the TypeError, exceptions and tracebacks inside the
# method, methods replaced on the class, defaults and *args, __ne__ derived from __eq__.
import sys
import traceback


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v

    def __eq__(self, other):
        if isinstance(other, V):
            return self.v == other.v
        if isinstance(other, int):
            return "int-eq"          # a non-bool result is returned as is
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % self.v


a, b = V(1), V(2)
print(a < b, b < a, a == V(1), a == b, a == 5, a != b, a != V(1))
print(a > b, b > a)           # no __gt__: object's default, then the reflected __lt__ of b
print(5 == a, "x" == a, a == "x", a != "x")
same = a
print(a == same, a != same)
for op in ("<=", ">="):
    try:
        eval("a %s b" % op)
    except TypeError as e:
        print("TypeError", e)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    3 < a
except TypeError as e:
    print("TypeError", e)
if a < b:
    print("branch taken")
if not (b < a):
    print("not branch taken")
print(1 if a == 5 else 0)     # truth of a non-bool result in a jump


class W:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("W.__gt__", self.v, other.v)
        return self.v > other.v

    def __lt__(self, other):
        print("W.__lt__", self.v)
        return NotImplemented


print(V(3) < W(1))            # V.__lt__ -> NotImplemented -> W.__gt__ reflected
print(W(1) < W(2))            # W.__lt__ -> NotImplemented -> W.__gt__ reflected (same type too)


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Base.__lt__")
        return self.v < other.v

    def __gt__(self, other):
        print("Base.__gt__")
        return self.v > other.v


class Sub(Base):
    def __gt__(self, other):
        print("Sub.__gt__")
        return "sub-gt"


class Sub2(Base):
    pass


print(Base(1) < Sub(2))       # the subclass's reflected method first
print(Base(1) < Sub2(2))      # a subclass without its own: still reflected first (Base.__gt__)
print(Sub(1) < Base(2))       # left operand is the subclass: its inherited __lt__


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__")
        return isinstance(other, Eq) and self.v == other.v


print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))   # __ne__ inverts __eq__


class Raises:
    def __lt__(self, other):
        raise ValueError("lt failed")

    def __eq__(self, other):
        return 1 / 0


def compare_raises():
    return Raises() < Raises()


try:
    compare_raises()
except ValueError:
    tb = traceback.format_exc().splitlines()
    print([line.strip().split("/")[-1] for line in tb if line.strip().startswith(("File", "return", "raise"))][-4:])
try:
    Raises() == 1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


class Defaults:
    def __lt__(self, other, extra=10):
        return ("defaults", extra)

    def __le__(self, *args):
        return ("star", len(args))

    def __ge__(self):
        return "never"


print(Defaults() < 1, Defaults() <= 2)
try:
    Defaults() >= 3
except TypeError as e:
    print("TypeError", e)


class Mutable:
    def __lt__(self, other):
        return "first"


m1, m2 = Mutable(), Mutable()
res = []
for i in range(3):
    res.append(m1 < m2)
    if i == 1:
        Mutable.__lt__ = lambda self, other: "second"
    if i == 2:
        del Mutable.__lt__
        try:
            m1 < m2
        except TypeError as e:
            res.append(str(e))
print(res)


class Gen:
    def __lt__(self, other):
        yield 1


print(type(Gen() < Gen()).__name__)


class Slotted:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


items = [Slotted(k) for k in (5, 3, 9, 1)]
print([x.k for x in sorted(items)], min(items).k, max(items).k, Slotted(3) in items)


# deep recursion through __lt__
class Chain:
    def __init__(self, nxt):
        self.nxt = nxt

    def __lt__(self, other):
        if self.nxt is None:
            return True
        return self.nxt < other


c = None
for i in range(200):
    c = Chain(c)
print(c < 0)
c = None
for i in range(sys.getrecursionlimit() + 100):
    c = Chain(c)
try:
    c < 0
except RecursionError:
    print("RecursionError")


# settrace sees the comparison method's frame
def tracer(frame, event, arg):
    if event == "call":
        print("call", frame.f_code.co_name)
    return None


sys.settrace(tracer)
V(1) < V(2)
sys.settrace(None)
print("done")
