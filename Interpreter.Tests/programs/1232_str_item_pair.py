# `ch = text[pos]` and `text[pos] in " \t"` (LOAD_FAST LOAD_FAST|LOAD_CONST BINARY_SUBSCR on an exact
# str, then STORE_FAST or LOAD_CONST CONTAINS_OP POP_JUMP in one step in Herthon): every way out of
# the fast path gives CPython's result and error.
import sys


def scan(text):
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == '"':
            out.append("Q")
        elif ch == "\\":
            out.append("B")
        else:
            out.append(ch)
        pos += 1
    return "".join(out)


def skip(text, pos):
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def skip_not(text, pos):
    while pos < len(text) and text[pos] not in "xyz":
        pos += 1
    return pos


for t in ['', 'a', 'ab"c\\d', 'h\u00e9llo \u20ac w\u00f6rld', 'tab\there', '\x00\x01\xff\u0100', 'e\u0301']:
    print(repr(scan(t)), len(scan(t)))
for t in ['   x', '\t\r\n x ', 'x', '', '    ', ' \u3000 x']:
    print(repr(t), skip(t, 0), skip_not(t, 0), skip_not(t + "y", 0))

# identity: one Latin-1 character is the shared str, as CPython's
t = "abc\u00e9\u0100"
u = "xyz\u00e9a"
a = t[0]
b = t[3]
print(a is u[4], b is u[3], t[4] == "\u0100")

# every index, negative ones, out of range
t = "json"
for i in range(-6, 6):
    try:
        ch = t[i]
        print(i, ch)
    except IndexError as e:
        print(i, type(e).__name__, e)
k = -4
c = t[k]
print(c)
big = 10 ** 20
for key in [big, -big, 2 ** 63 - 1, -(2 ** 63), True, False, 1.0, None, "0", (0,), [0]]:
    try:
        ch = t[key]
        print(repr(key)[:12], repr(ch))
    except (IndexError, TypeError) as e:
        print(repr(key)[:12], type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


i = Idx()
ch = t[i]
print(ch)


class S(str):
    def __getitem__(self, i):
        return "<%s>" % str.__getitem__(self, i)


class S2(str):
    pass


s = S("hello")
ch = s[1]
print(ch, type(ch).__name__)
s2 = S2("hello")
ch = s2[1]
print(ch, type(ch).__name__)
print(skip(S(" \t x"), 0), skip(S2(" \t x"), 0))

# astral text: Python indexes code points
t = "a\U0001F600b\U0001F601"
for p in range(len(t)):
    ch = t[p]
    print(p, ascii(ch), ch in "\U0001F600", ch in "ab")
# a lone surrogate against a constant holding a pair
for t in ["\ud83d" + "x", "\ude00" + "x"]:
  for p in range(len(t)):
    ch = t[p]
    print(p, ascii(ch), t[p] in "\U0001F600", t[p] in "\ud83dq", t[p] not in "\U0001F600", t[p] in "\ude00q")

# containers that are not str constants, empty and long constants
t = "ab c"
for p in range(len(t)):
    print(p, t[p] in ("a", "b"), t[p] in "", t[p] in "ab c", t[p] in {"c": 1}, t[p] in ["a"])
    if t[p] in "":
        print("never")
    if t[p] not in "":
        print("always", p)

# the item as an operand elsewhere
t = "xyz"
p = 1
print(t[p] + "!", t[p] * 3, [t[p]], t[p] == "y", t[p] is t[1])


def typeerr(t, p):
    ch = t[p]
    return ch


for args in [(5, 0), (None, 0), ("abc", "1"), ("abc", 1.5), ([1, 2], 1), ((1, 2), -1), ({"k": 1}, "k"), (b"ab", 0)]:
    try:
        print(repr(typeerr(*args)))
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - typeerr.__code__.co_firstlineno)


def unbound(t):
    if t:
        p = 0
    ch = t[p]
    return ch


try:
    unbound("")
except UnboundLocalError as e:
    print(type(e).__name__, e)


# a str that changes under the loop's local: rebinding in the loop body
def rebind(t):
    out = []
    p = 0
    while p < 3:
        ch = t[p]
        out.append(ch)
        t = "XYZ"
        p += 1
    return out


print(rebind("abc"))

# line events see every instruction of these lines
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "scan":
        events.append((event, frame.f_lineno - scan.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
scan('a"')
skip(" x", 0)
sys.settrace(None)
print(events)
