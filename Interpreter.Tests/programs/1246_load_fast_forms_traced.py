# The fused forms after LOAD_FAST run only in the untraced loop: the same functions warmed up untraced,
# then under sys.settrace (line, call and return events, with the values returned by `return n`,
# `return self.x` and `return a + b`), then untraced again, and a tracer switched on from inside a
# function halfway through its loop (the pair `i < n` and `total + data[i]` then seen event by event).
import sys

class P:
    def __init__(self, x):
        self.x = x
    def getx(self):
        return self.x
    def inc(self, d):
        self.x += d
        return self.x

def work(data, text, p, n):
    total = 0
    i = 0
    while i < n:
        total += data[i]
        a = data[i] + p.x
        if a == 3:
            total += 1
        ch = text[i]
        if text[i] in " \t":
            total -= 1
        data[i] = a - p.x
        i += 1
    while i < len(text):
        i += 1
    return total + p.getx() + p.inc(1)

def ident(v):
    return v

def add(a, b):
    return a + b

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("work", "ident", "add", "getx", "inc", "halfway"):
        events.append((name, event, frame.f_lineno - frame.f_code.co_firstlineno,
                       arg if event == "return" else None))
    return tracer

def run():
    p = P(2)
    r = work([1, 2, 3, 4], "ab c\td", p, 4)
    return r, ident(r), add(r, 1), p.getx()

for k in range(80):
    run()
print("untraced", run())
sys.settrace(tracer)
r = run()
sys.settrace(None)
print("traced", r, len(events))
for e in events:
    print(e)
events.clear()
print("untraced again", run(), len(events))

def halfway(n, data):
    total = 0
    i = 0
    while i < n:
        if i == n // 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        total = total + data[i]
        i += 1
    sys.settrace(None)
    return total

for k in range(80):
    halfway(0, [])
events.clear()
print("halfway", halfway(6, [1, 2, 3, 4, 5, 6]))
for e in events:
    print(e)

# A tracer that raises from a line event stops the fused form it would have skipped.
def stopper(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "add" :
        raise RuntimeError("stopped at %d" % (frame.f_lineno - frame.f_code.co_firstlineno))
    return stopper
sys.settrace(stopper)
try:
    add(1, 2)
except RuntimeError as e:
    print("RuntimeError", e)
sys.settrace(None)
print(add(1, 2), ident("x"))
