# ord(ch) at its LOAD_GLOBAL: `if ord(ch) < n:` with its jump, `x = ord(ch)`, and everything
# the fused form must leave to the ordinary call (other lengths, astral characters, lone
# surrogates, str subclasses, wrong types, a rebound global ord, tracing).
import sys


def classify(s):
    out = []
    for ch in s:
        if ord(ch) < 0x20:
            out.append("C")
        elif ord(ch) >= 0x80:
            out.append("U")
        else:
            out.append(".")
    return "".join(out)


def codes(s):
    r = []
    for ch in s:
        c = ord(ch)
        r.append(c)
    return r


print(classify("ab\x01\x1f\n \x7f\x80é€"))
print(codes("aZ\x00\uffff"))
# Astral characters are one code point but two UTF-16 units: the ordinary call answers.
print(classify("x\U0001F600y"), codes("\U0001F600\U00010000"))
# Lone surrogates (one unit each).
print(codes("\ud800"), codes("\udfff"), classify("\udc80"))


class S(str):
    def __len__(self):
        return 99

    def __iter__(self):
        return iter(["q", "r"])


s1 = S("z")
ch = s1
print(ord(ch), ord(ch) < 200, len(s1))
for ch in S("abc"):
    print("iter", ch, ord(ch))


def bad(v):
    try:
        if ord(v) < 10:
            return "small"
        return "big"
    except TypeError as e:
        return "TypeError: %s" % e


print(bad("ab"))
print(bad(""))
print(bad(65))
print(bad(b"A"))
print(bad(bytearray(b"\x05")))
print(bad(None))


def unbound():
    if ord(x) < 3:
        return 1
    x = "a"


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def compare_kinds(ch):
    r = []
    if ord(ch) < 100.5:
        r.append("float")
    if ord(ch) == True:
        r.append("bool")
    big = 10 ** 30
    if ord(ch) < big:
        r.append("big")
    if ord(ch) in (1, 97):
        r.append("in")
    return r


print(compare_kinds("a"), compare_kinds("\x01"))

# The global ord replaced mid-loop, then restored.
real_ord = ord


def loop_with_swap(s):
    seen = []
    for i, ch in enumerate(s):
        if i == 2:
            globals()["ord"] = lambda c: -1
        if i == 4:
            del globals()["ord"]
        if ord(ch) < 0:
            seen.append("fake")
        else:
            seen.append(ord(ch))
    return seen


print(loop_with_swap("abcdef"))
print(ord("a"))

import builtins
saved = builtins.ord
builtins.ord = lambda c: 1000
print(classify("a\x01"), codes("ab"))
builtins.ord = saved
print(classify("a\x01"), codes("ab"))

# Under a trace function the call events are the same as CPython's.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = classify("a\x02")
sys.settrace(None)
print(r, events)


def profiler(frame, event, arg):
    if event in ("c_call", "c_return"):
        events2.append((event, arg.__name__))


events2 = []
sys.setprofile(profiler)
codes("xy")
sys.setprofile(None)
print(events2)
