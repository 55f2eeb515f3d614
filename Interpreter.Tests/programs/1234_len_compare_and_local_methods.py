# `i < len(o)` before a jump (LOAD_FAST LOAD_GLOBAL len LOAD_FAST CALL 1 COMPARE_OP POP_JUMP, one
# step in Herthon for exact str/list/tuple/dict) and LOAD_FAST LOAD_METHOD (`parts.append(x)`, one
# dispatch): every way out of the fast paths gives CPython's result, error and traceback line.
import sys


def count_up(o, start=0):
    i = start
    n = 0
    while i < len(o):
        i += 1
        n += 1
    return n


def ops(i, o):
    out = []
    if i < len(o):
        out.append("lt")
    if i <= len(o):
        out.append("le")
    if i == len(o):
        out.append("eq")
    if i != len(o):
        out.append("ne")
    if i > len(o):
        out.append("gt")
    if i >= len(o):
        out.append("ge")
    if not i < len(o):
        out.append("not-lt")
    return out


class L(list):
    def __len__(self):
        return 2


class S(str):
    def __len__(self):
        return 1


class D(dict):
    pass


class Sized:
    def __len__(self):
        return 3


objs = ["abc", "", "h\u00e9\u20ac", "a\U0001F600b", [1, 2, 3], [], (1, 2), (), {"a": 1, "b": 2}, {},
        L([1, 2, 3, 4]), S("hello"), D(a=1), Sized(), {1, 2}, range(5), b"xyz", bytearray(b"q")]
for o in objs:
    print(type(o).__name__, count_up(o), count_up(o, -2), ops(1, o), ops(3, o))
for i in [True, False, 2 ** 70, -(2 ** 70), 1.5, 2.0, 2 ** 63 - 1]:
    print(repr(i), ops(i, "abc"), count_up("ab", i) if isinstance(i, int) and -5 < i < 5 else "")


class NoLen:
    pass


def bad(o):
    i = 0
    if i < len(o):
        return "in"
    return "out"


for o in [None, 5, NoLen(), iter([1])]:
    try:
        bad(o)
    except TypeError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - bad.__code__.co_firstlineno)
for i in [None, "0", []]:
    try:
        ops(i, "abc")
    except TypeError as e:
        print(type(e).__name__, e)


def unbound(flag):
    i = 0
    if flag:
        o = "x"
    return i < len(o)


try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# len rebound as a global, then restored
len_saved = len


def fake_len(o):
    print("fake len of", type(o).__name__)
    return 1


len = fake_len
print(count_up("abcd"))
len = len_saved
del len
print(count_up("abcd"))
import builtins
builtins.len = fake_len
print(count_up("ab"))
builtins.len = len_saved
print(count_up("ab"))


# the object changing under the loop
def shrink(lst):
    i = 0
    seen = []
    while i < len(lst):
        seen.append(lst.pop())
        i += 1
    return seen, lst


print(shrink([1, 2, 3, 4, 5]))


# LOAD_FAST LOAD_METHOD on every kind of receiver
class C:
    def m(self, x=1):
        return ("m", x, sys._getframe(1).f_lineno - methods.__code__.co_firstlineno)

    @staticmethod
    def st(x):
        return ("st", x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)


def methods(parts, d, s, c, mod):
    parts.append(1)
    parts.extend([2, 3])
    r = [parts.pop(), d.get("k"), d.get("z", 0), s.upper(), s.startswith("a"), c.m(), c.m(5),
         c.st(2), c.cm(3), mod.sqrt(16)]
    c.m = lambda x=0: ("instance attr", x)
    r.append(c.m(7))
    del c.m
    r.append(c.m(8))
    if s.isalpha():
        r.append("alpha")
    return r, parts


import math
print(methods([0], {"k": "v"}, "abc", C(), math))


class Str2(str):
    def upper(self):
        return "own upper"


print(methods([], {}, Str2("a1"), C(), math))


def attr_errors(o):
    x = 1
    return o.nope()


for o in [1, "s", [], None, C()]:
    try:
        attr_errors(o)
    except AttributeError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - attr_errors.__code__.co_firstlineno)

events = []


def tracer(frame, event, arg):
    if frame.f_code is methods.__code__ or frame.f_code is count_up.__code__:
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
count_up("ab")
methods([], {}, "x", C(), math)
sys.settrace(None)
print(events)
