# `t += sin(x)` and `n += len(o)`: a local before the LOAD_GLOBAL of len or a math function,
# the call made at the LOAD_GLOBAL; the global rebound mid-loop, odd arguments, errors raised
# in the call with their tracebacks, the compare form `i < len(o)`, tracing on and off.
import sys
import math
from math import sin, sqrt, cos

def sums(n, o):
    t = 0.0
    k = 0
    for i in range(n):
        t += sin(i)
        k += len(o)
    return round(t, 9), k

print(sums(10, [1, 2, 3]))
print(sums(5, "abcd"))
print(sums(4, {"a": 1}))
print(sums(3, (1, 2)))

class Sized:
    def __len__(self):
        return 7

class Floaty:
    def __float__(self):
        return 0.5

print(sums(3, Sized()))

def mixed(vals):
    out = []
    for v in vals:
        t = 1.0
        t += sqrt(v)
        out.append(round(t, 9))
    return out

print(mixed([4, 9.0, True, 2 ** 40, Floaty()]))
try:
    print(mixed([4, -1.0]))
except ValueError as e:
    print("ValueError", e)
try:
    print(mixed([4, "x"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(mixed([4, 10 ** 400]))
except OverflowError as e:
    print("OverflowError", e)

def rebinding(n):
    global len, sin
    k = 0
    t = 0.0
    for i in range(n):
        k += len([i] * 3)
        t += sin(i)
        if i == 2:
            len = lambda o: 100
            sin = lambda x: 1000.0
        if i == 4:
            del len
            sin = math.sin
    return k, round(t, 6)

print(rebinding(7))

def not_sized(o):
    n = 0
    n += len(o)
    return n

try:
    not_sized(5)
except TypeError as e:
    print("TypeError", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno, tb.tb_frame.f_code.co_name)

def compare_form(o):
    i = 0
    c = 0
    while i < len(o):
        c += len(o)
        i += 1
    return c

print(compare_form([1, 2, 3]))

def in_expr(xs):
    # the local's value is still the left operand after the call
    a = 2
    r = []
    for x in xs:
        r.append(a - len(x))
        r.append(a * cos(0 if x else 1))
    return r

print(in_expr(["ab", "abc", ""]))

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "sums":
        events.append((event, frame.f_lineno - sums.__code__.co_firstlineno))
    return tracer

sys.settrace(tracer)
r = sums(2, [1])
sys.settrace(None)
print(r, events)
print(sums(3, [1]))

def keyword_len(o):
    n = 0
    try:
        n += len(obj=o)
    except TypeError as e:
        print("TypeError", e)
    return n

print(keyword_len([1]))

class Child(list):
    pass

def sub_len(o):
    k = 0
    for _ in range(3):
        k += len(o)
    return k

print(sub_len(Child([1, 2])))
