# Returns fused into the instruction before RETURN_VALUE in an inline frame: `return n` (LOAD_FAST),
# `return count` (LOAD_DEREF of a `nonlocal` rebound between calls), `return self.x` (LOAD_FAST
# LOAD_ATTR, the attribute changed or deleted after warm-up, a class attribute shadowed) and
# `return a + b` (BINARY_OP); in plain functions, methods, closures, generators, __init__,
# operator methods and properties; setprofile return events and tracebacks.
import sys, traceback

def ident(n):
    return n

def add(a, b):
    return a + b

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(18), sum(ident(i) for i in range(100)), add(2, 3), add("a", "b"), add([1], [2]))
print(add(1.5, 2), add(10 ** 20, 1), add((1,), (2,)))
try:
    add(1, "x")
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("TypeError", e, [(t.name, t.lineno - add.__code__.co_firstlineno) for t in tb[1:]])

def make_counter(step):
    count = 0
    def bump():
        nonlocal count
        count += step
        return count
    def reset(v):
        nonlocal count
        count = v
    def drop():
        nonlocal count
        del count
    return bump, reset, drop

bump, reset, drop = make_counter(3)
total = 0
for i in range(100):
    total += bump()
print(total, bump())
reset("s")
try:
    bump()
except TypeError as e:
    print("TypeError", e)
reset(10)
print(bump())
drop()
try:
    bump()
except NameError as e:
    print("NameError", e)
reset(1)
print(bump())

class C:
    y = "class"
    def __init__(self, x):
        self.x = x
    def get_x(self):
        return self.x
    def get_y(self):
        return self.y
    def twice(self):
        return self.x + self.x
    def __add__(self, other):
        return self.x + other
    def __len__(self):
        return self.x
    def __eq__(self, other):
        return self.x == other
    @property
    def px(self):
        return self.x

c = C(4)
for i in range(100):
    c.get_x(); c.get_y(); c.twice(); c + 1; len(c); c.px
print(c.get_x(), c.get_y(), c.twice(), c + 1, len(c), c == 4, c.px)
c.y = "inst"                  # a class attribute shadowed after warm-up
print(c.get_y())
del c.y
print(c.get_y())
c.x = "ab"
print(c.get_x(), c.twice(), c.px)
try:
    len(c)
except TypeError as e:
    print("TypeError", e)
del c.x
try:
    c.get_x()
except AttributeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("AttributeError", e, [t.name for t in tb])
c.x = 9
print(c.get_x(), c.px, c.__dict__)

class Sub(C):
    @property
    def x(self):
        return 42
    @x.setter
    def x(self, v):
        pass
print(Sub(1).get_x(), Sub(1).twice())

# __init__ that returns a value: TypeError
class BadInit:
    def __init__(self, v):
        self.v = v
        return self.v
try:
    BadInit(3)
except TypeError as e:
    print("TypeError", e)
class BadInit2:
    def __init__(self, a):
        return a + 1
try:
    BadInit2(3)
except TypeError as e:
    print("TypeError", e)

# generators: `return a + b`, `return n`, `return self.x` are StopIteration values
def gen_sum(a, b):
    yield a
    return a + b
def gen_n(n):
    yield n
    return n
def delegate():
    r1 = yield from gen_sum(1, 2)
    r2 = yield from gen_n(5)
    return r1 + r2
g = delegate()
print(list(g))
def run_delegate():
    g = delegate()
    try:
        while True:
            next(g)
    except StopIteration as e:
        return e.value
print(run_delegate())

# setprofile sees every return with its value
events = []
def prof(frame, event, arg):
    if event == "return" and frame.f_code.co_name in ("ident", "add", "get_x", "bump"):
        events.append((frame.f_code.co_name, arg))
bump2 = make_counter(2)[0]
d = C(8)
sys.setprofile(prof)
ident(1); add(2, 3); d.get_x(); bump2()
sys.setprofile(None)
print(events)

# settrace line and return events through the fused returns
tev = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("ident", "add"):
        tev.append((event, frame.f_lineno - frame.f_code.co_firstlineno, arg if event == "return" else None))
    return tracer
sys.settrace(tracer)
ident(7); add(1, 1)
sys.settrace(None)
print(tev)

# the returned value is the only reference
import weakref, gc
class Obj:
    pass
def pass_through(o):
    return o
o = Obj()
wr = weakref.ref(o)
res = pass_through(o)
del o
print(wr() is res)
del res
gc.collect()
print(wr())

# a recursion whose leaves `return n` and whose inner calls `return a + b`, at the depth limit
def depth(n):
    if n == 0:
        return n
    return depth(n - 1) + 1
print(depth(500))
