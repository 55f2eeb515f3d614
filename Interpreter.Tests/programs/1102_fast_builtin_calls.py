# len, isinstance, abs, ord and math's one-argument functions called from CALL and CALL_METHOD
# without the generic call path: results, declines (subclasses, __len__, __abs__, big ints),
# every arity and keyword error, tracebacks through __len__, profile events, shadowing.
import math
import sys
from math import sqrt


class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n


class BadLen:
    def __len__(self): return "x"


class RaisingLen:
    def __len__(self): raise KeyError("inside __len__")


class Absy:
    def __abs__(self): return "abs!"


class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass


def lens():
    out = [len([1, 2]), len("héllo"), len(()), len({1: 2}), len(range(10)), len(b"ab"), len(Sized(7)), len(MyStr("abc"))]
    for bad in [BadLen(), Sized(-1), 5, Sized(2 ** 70)]:
        try:
            out.append(len(bad))
        except (TypeError, ValueError, OverflowError) as e:
            out.append((type(e).__name__, str(e)))
    return out


def len_traceback():
    try:
        len(RaisingLen())
    except KeyError as e:
        tb = e.__traceback__
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return out


def abss():
    return [abs(-3), abs(3), abs(-2.5), abs(MyInt(-4)), abs(MyFloat(-1.5)), abs(-2 ** 80), abs(True),
            abs(Absy()), abs(-9223372036854775808), type(abs(MyInt(-4))).__name__, abs(complex(3, 4))]


def ords():
    out = [ord("a"), ord("é"), ord("\U0001F600"), ord(MyStr("z")), ord(b"A"), ord(bytearray(b"B"))]
    for bad in ["", "ab", 5]:
        try:
            out.append(ord(bad))
        except TypeError as e:
            out.append(str(e))
    return out


def maths():
    out = [math.sqrt(16.0), math.sqrt(2), sqrt(9), math.sin(0.0), math.cos(0), math.exp(1.0), math.fabs(-3),
           math.atan(1.0), math.sqrt(MyFloat(4.0)), math.sqrt(10 ** 300)]
    for bad in [-1.0, float("inf") * 0, "x"]:
        try:
            out.append(math.sqrt(bad))
        except (ValueError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    try:
        out.append(math.exp(1000.0))
    except OverflowError as e:
        out.append(("OverflowError", str(e)))
    return out


def arity_and_keywords():
    out = []
    for call in [lambda: len(), lambda: len(1, 2), lambda: len(obj=[]), lambda: abs(), lambda: abs(1, 2),
                 lambda: ord(), lambda: ord(c="a"), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
                 lambda: math.sqrt(x=4.0), lambda: isinstance(1, int, 2)]:
        try:
            out.append(call())
        except TypeError as e:
            out.append(str(e))
    return out


def shadowed():
    len = lambda x: "shadow"
    return len([1]), abs(-1)


def profiled():
    events = []

    def prof(frame, event, arg):
        if event in ("c_call", "c_return", "c_exception"):
            events.append((event, arg.__name__))
    sys.setprofile(prof)
    try:
        len([1]); abs(-2); ord("a"); math.sqrt(4.0); isinstance(1, int)
        try:
            len(5)
        except TypeError:
            pass
    finally:
        sys.setprofile(None)
    return events


def loop(n):
    t = 0
    l = [1, 2, 3]
    for i in range(n):
        t += len(l) + abs(-i) + ord("a") + int(math.sqrt(i))
    return t


print(lens())
print(len_traceback())
print(abss())
print(ords())
print(maths())
print(arity_and_keywords())
print(shadowed())
print(profiled())
print(loop(1000))
