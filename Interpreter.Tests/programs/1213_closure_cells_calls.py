# Closures called many times: the free variables a call copies from its closure and the cells
# it makes for its own captured locals, with the cells rebound between calls, cell variables
# that are also arguments, nested closures, class bodies' __class__ cell, exec with a closure,
# and frames and tracebacks that see them.
import sys
import types


def counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def set_step(v):
        nonlocal step
        step = v

    def get():
        return count, step

    return bump, set_step, get


bump, set_step, get = counter(3)
print([bump() for _ in range(5)], get())
set_step(-1)
print([bump() for _ in range(5)], get())
for v in range(4):
    set_step(v)
    bump()
print(get())


# A function with cell variables of its own (made fresh per call) and free variables.
def outer(a):
    def middle(b):
        c = a + b

        def inner(d):
            return a, b, c, d

        return inner, [inner(i) for i in range(2)]

    return middle


m = outer(10)
fns = []
for b in range(3):
    inner, vals = m(b)
    fns.append(inner)
    print(vals)
print([f(9) for f in fns])


# Arguments that are cells (captured by an inner function): each call its own cells.
def capture(x, y):
    def show():
        return x, y

    x += 1
    return show


shows = [capture(i, -i) for i in range(5)]
print([s() for s in shows])


# Recursion through a closure deeper than the spare frames; its cells shared by every level.
def make_rec():
    calls = 0

    def rec(n):
        nonlocal calls
        calls += 1
        return 0 if n == 0 else 1 + rec(n - 1)

    def count():
        return calls

    return rec, count


rec, count = make_rec()
print(rec(150), count(), rec(3), count())


# Many functions of one code (a closure made per call), interleaved with older ones.
def adder(k):
    return lambda x: x + k


adders = [adder(k) for k in range(10)]
print([a(100) for a in adders], [adders[i](i) for i in (3, 1, 4, 1, 5)])
print(sum(adder(i)(i) for i in range(50)))


# Deleting and rebinding a free variable between calls.
def deleter():
    v = "set"

    def read():
        return v

    def drop():
        nonlocal v
        del v

    def put(x):
        nonlocal v
        v = x

    return read, drop, put


read, drop, put = deleter()
print(read())
drop()
for _ in range(2):
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
put("again")
print(read(), read.__closure__[0].cell_contents)
read.__closure__[0].cell_contents = "by cell_contents"
print(read())


# __class__ in methods (a cell of the class body) and super().
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()

    def cls(self):
        return __class__.__name__


print([B().who() for _ in range(3)], B().cls())


# exec with a closure (3.11): the code's free variables from the given cells.
def src():
    z = 5

    def use():
        return z * 2

    return use


use = src()
cell = types.CellType(21)
g = {}


def src2():
    z = 5

    def setg():
        global OUT
        OUT = z * 3

    return setg


setg = src2()
exec(setg.__code__, g, closure=(cell,))
print(g["OUT"])
cell.cell_contents = "ab"
for _ in range(2):
    exec(setg.__code__, g, closure=(cell,))
print(g["OUT"])
try:
    exec(setg.__code__, g)
except TypeError as e:
    print(type(e).__name__, e)
cell.cell_contents = 21
use.__code__ = use.__code__.replace()   # a copy of the same code: the spares dropped, the cells kept
print(use(), [use() for _ in range(2)])
use.__closure__[0].cell_contents = 4
print(use())
try:
    use.__code__ = (lambda: 0).__code__
except ValueError as e:
    print(type(e).__name__, e)


# Frames of closures: f_locals shows free variables, tracebacks name the closures.
def frames():
    secret = "s"

    def look():
        f = sys._getframe()
        return sorted(f.f_locals), f.f_back.f_code.co_name

    def fail(n):
        if n == 0:
            raise ValueError(secret)
        return fail(n - 1)

    return look, fail


look, fail = frames()
print(look(), look())
base = sys._getframe().f_lineno
try:
    fail(3)
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - base))
        tb = tb.tb_next
    print(e, out)


# Generators that close over cells changed between resumes.
def gen_over():
    k = 1

    def g():
        for i in range(3):
            yield i * k

    def setk(v):
        nonlocal k
        k = v

    return g, setk


g, setk = gen_over()
it = g()
out = [next(it)]
setk(10)
out.append(next(it))
setk(100)
out.append(next(it))
print(out, list(g()))
