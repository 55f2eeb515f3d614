# `a, b = x, y` and three-name forms compile without building a tuple: the right-hand side is
# still evaluated left to right before any target is stored, and targets are stored left to right.
import sys

def trace(label, value):
    print("eval", label)
    return value

class Box:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value

a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = trace("x", 1), trace("y", 2), trace("z", 3)
print(x, y, z)
x, y, z = z, x, y
print(x, y, z)

box = Box()
box.p, box.q = trace("p", "P"), trace("q", "Q")
box.r, box.s, box.t = 1, 2, 3
print(box.log, box.p, box.q)

items = [0, 1, 2, 3]
i = 0
i, items[i] = 2, "set"      # i is stored first, then items[2]
print(i, items)

[m, n] = n2 = 5, 6           # two targets: the tuple is built and kept
print(m, n, n2)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = 1, 2, 3
print(first, rest)

def fib(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a

print([fib(k) for k in range(15)])

def gcd(u, v):
    while v:
        u, v = v, u % v
    return u

print(gcd(1071, 462), gcd(2**80, 6**30))

# errors while storing a target leave the earlier targets assigned
d = {}
try:
    d["k"], d[[]] = "v", "w"
except TypeError as e:
    print(e, d)

# line events are those of one statement
def traced():
    u, v = 1, 2
    u, v, w = v, u, 3
    return u, v, w

events = []
def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer
sys.settrace(tracer)
traced()
sys.settrace(None)
print(events)
