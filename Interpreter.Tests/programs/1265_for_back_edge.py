# A `for` loop's back edge entering FOR_ITER directly: iterators of every kind, an iterator raising
# at its nth item (the traceback's line), generators resumed from the back edge, sys.settrace
# switched on and off inside the loop body, nested loops, break/else and continue.
import sys

def over(it):
    out = []
    for x in it:
        out.append(x)
    return out

def gen(n):
    for i in range(n):
        yield i * i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        if self.n == 2 and getattr(self, "fail", False):
            raise ValueError("at two")
        return self.n

print(over(range(5)), over([1, 2, 3]), over("abc"), over((4, 5)), over({"k": 1, "j": 2}))
print(over(gen(5)), over(Countdown(4)), over(zip([1, 2], "ab")), over(enumerate("xy")))
print(over(bytearray(b"hi")), over(iter([7, 8].pop, 7)), over(reversed([1, 2, 3])))

c = Countdown(5)
c.fail = True
try:
    over(c)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - over.__code__.co_firstlineno))
        tb = tb.tb_next
    print("ValueError", e, lines)

def gen_fail():
    yield 1
    yield 2
    raise KeyError("g")

try:
    over(gen_fail())
except KeyError as e:
    print("KeyError", e)

def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if j == 3:
                continue
            if i == 6 and j == 4:
                break
            total += j
        else:
            total += 100
    return total

print(nested(8))

def pairs(d):
    s = 0
    for k, v in d.items():
        s += len(k) * v
    return s

print(pairs({"a": 1, "bb": 2, "ccc": 3}))

events = []
def tracer_orig(frame, event, arg):
    if frame.f_code.co_name == "toggled":
        events.append((event, frame.f_lineno - toggled.__code__.co_firstlineno))
    return tracer_orig
tracer = tracer_orig

def toggled(n):
    t = 0
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
        if i == 4:
            sys.settrace(None)
        t += i
    return t

# Tracing set inside the loop reaches the function's own frame through f_trace.
def toggled2(n):
    t = 0
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        if i == 4:
            sys.settrace(None)
        t += i
    return t

print(toggled(7), events)
events.clear()
def tracer2(frame, event, arg):
    if frame.f_code.co_name == "toggled2":
        events.append((event, frame.f_lineno - toggled2.__code__.co_firstlineno))
    return tracer2
tracer = tracer2
print(toggled2(7), events)
tracer = tracer_orig
events.clear()
events.clear()
sys.settrace(tracer)
r = toggled(3)
sys.settrace(None)
print(r, events)
print(toggled(5))

def profiled(n):
    t = 0
    for i in range(n):
        t += i
    return t

calls = []
sys.setprofile(lambda fr, ev, a: calls.append((ev, fr.f_code.co_name)) if fr.f_code.co_name == "profiled" else None)
print(profiled(4))
sys.setprofile(None)
print(calls)
