# List items read straight into an operator (LOAD_FAST x LOAD_FAST a LOAD_FAST|LOAD_CONST i
# BINARY_SUBSCR) and an operator's result used as an index (BINARY_OP BINARY_SUBSCR): values,
# negative and bool indices, IndexError and TypeError tracebacks, unbound locals, list subclasses,
# float subclasses with their own operators, settrace's line events.
import sys, traceback, os

def tb():
    # the traceback on stdout, the script's folder left out of its File lines
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    for line in traceback.format_exc().splitlines():
        print(line.replace(here, ""))

data = list(range(100))
total = 0
for i in range(1000):
    j = i % 100
    total += data[j]
    data[j] = total & 255
print(total, data[:10])
v = [1.5, -2.0, 3.25]
dt = 0.5
print(dt * v[0], dt - v[-1], dt * v[True], [dt + v[k] for k in range(-3, 3)])
def idx(a, b, k):
    try:
        return a + b[k]
    except (IndexError, TypeError) as e:
        tb()
idx(1, [1, 2], 2)
idx(1, [1, 2], -3)
idx(1, [1, 2], "x")
idx(1, (1, 2), 1)
idx("a", ["b"], 0)
idx(1, [None], 0)
def unb():
    try:
        x = 1
        return x + y[k]
    except NameError:
        tb()
y = [1]
unb()
def unb2(a):
    try:
        return a + a[k]
    except UnboundLocalError:
        tb()
    k = 0
unb2([1])
p = list(range(10))
for i in range(9):
    p[i] = p[i + 1]
print(p, p[3 - 5], p[2 * 2])
def oob(a, i):
    try:
        return a[i + 1]
    except IndexError:
        tb()
oob([1, 2], 1)
oob([1, 2], -4)
print(p[2**62 - 2**62 + 1], p[True + 0])
class L(list):
    def __getitem__(self, k):
        print("get", k); return list.__getitem__(self, k)
l = L([5, 6, 7])
print(l[1 + 1], 1 + l[0], l[-1] * 2)
class F(float):
    def __add__(self, o):
        print("F.__add__", o); return F(float(self) + o)
    def __radd__(self, o):
        print("F.__radd__", o); return 42.0
    def __mul__(self, o):
        return "mul"
fl = [F(1.5), 2.0]
x = 0.5
print(x + fl[0], fl[0] + x, x * fl[1], 2 * fl[0 + 1])
print(type(x + fl[0]).__name__, fl[0] * x)
def tr(frame, ev, arg):
    if ev == "line": print("line", frame.f_lineno - tr_base)
    return tr
tr_base = 0
def traced(a, b):
    t = 0
    t += a[b]
    t = t + a[b - 1]
    return t * a[0]
tr_base = traced.__code__.co_firstlineno
sys.settrace(tr)
print(traced([3, 4, 5], 2))
sys.settrace(None)
