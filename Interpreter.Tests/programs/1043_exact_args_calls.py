# The exact-arguments call (CALL_PY_EXACT_ARGS): a plain function called with exactly its
# positional parameters takes one compare; every other shape must still bind as CPython does.
# Pins exact and inexact counts, defaults, keywords, *args/**kwargs, arguments captured by
# closures, generators and coroutines through the same CALL, the recursion limit, tracebacks
# through inline frames, settrace/setprofile events, and __code__/__defaults__ replaced
# between calls of the same call site.
import sys
import traceback


def z():
    return 'z'


def one(a):
    return a


def three(a, b, c):
    return a * 100 + b * 10 + c


def dflt(a, b=7):
    return a + b


def cellarg(a, b):
    def inner():
        return a + b
    a += 1
    return inner()


def freevar_user(k):
    def add(x):
        return x + k
    return [add(i) for i in range(3)]


def gen(a, b):
    yield a
    yield b


async def coro(a):
    return a * 2


class C:
    def __init__(self, v):
        self.v = v

    def m(self, x):
        return self.v + x

    def m0(self):
        return self.v


def call_site(fn, *args):
    # one call site, whatever fn is: the exact path and its misses alternate here
    return fn(*args) if len(args) != 2 else fn(args[0], args[1])


def two_site(fn, a, b):
    return fn(a, b)


for _ in range(3):
    print(z(), one(5), three(1, 2, 3), dflt(1), dflt(1, 2), dflt(b=3, a=1), dflt(1, b=4))
    print(cellarg(1, 2), freevar_user(10))
    g = gen(1, 2)
    print(type(g).__name__, list(g))
    co = coro(21)
    try:
        co.send(None)
    except StopIteration as e:
        print('coro', e.value)
    c = C(3)
    bm = c.m
    print(c.m(4), bm(5), C.m(c, 6), c.m0(), C.m0(c))

for bad in ((), (1,), (1, 2, 3, 4)):
    try:
        three(*bad)
    except TypeError as e:
        print('TypeError', e)
for args in ((), (1, 2)):
    try:
        one(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    C(1).m()
except TypeError as e:
    print('TypeError', e)
try:
    C(1).m(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    one(1, a=2)
except TypeError as e:
    print('TypeError', e)
try:
    one(b=2)
except TypeError as e:
    print('TypeError', e)


# The same call site sees an exact function, then a generator, then a binding one.
def k3(a, b, *rest):
    return ('k3', a, b, rest)


for fn in (dflt, gen, k3, cellarg, dflt, C(2).m, two_site):
    try:
        r = two_site(fn, 1, 2)
        print(fn.__name__, r if not hasattr(r, '__next__') else list(r))
    except TypeError as e:
        print(fn.__name__, 'TypeError', e)


# __code__ and __defaults__ replaced between calls of the same site.
def target(a, b):
    return ('two', a, b)


def other3(a, b, c=30):
    return ('three', a, b, c)


def other_gen(a, b):
    yield a + b


def other_cells(a, b):
    return (lambda: a * b)()


def other_var(*a):
    return ('var', a)


saved = target.__code__
for code in (saved, other3.__code__, saved, other_gen.__code__, other_cells.__code__, other_var.__code__, saved):
    target.__code__ = code
    if code is other3.__code__:
        target.__defaults__ = (99,)
    else:
        target.__defaults__ = None
    for _ in range(2):
        r = two_site(target, 4, 5)
        print(r if not hasattr(r, '__next__') else ('gen', list(r)))
target.__defaults__ = (8,)
print(target(1, 2))
try:
    print(target(1))
except TypeError as e:
    print('TypeError', e)


def d2(a, b=1):
    return a, b


for defaults in ((5,), None, (6,), (1, 2)):
    d2.__defaults__ = defaults
    try:
        print(d2(0), d2(0, 3))
    except TypeError as e:
        print('TypeError', e)


# code.replace on a function already called exactly: the copy is a new code object.
def rep(a, b):
    return (a, b)


print(rep(1, 2))
rep.__code__ = rep.__code__.replace(co_name='rep2')
print(rep(1, 2), rep.__code__.co_name)
try:
    print(rep(1))
except TypeError as e:
    print('TypeError', e)


# Recursion: deep exact calls and the limit's message.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print(depth(200))


# A traceback through inline exact frames.
def t3(x):
    return 10 // x


def t2(x, y):
    return t3(x) + y


def t1(x):
    return t2(x, 1)


try:
    t1(0)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print('\n'.join(l.split('", ')[-1] for l in tb if not l.strip().startswith('~') and '^' not in l))


# Tracers see every call and return, exact or not.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('one', 'three', 'dflt', 'cellarg'):
        events.append((event, frame.f_code.co_name, arg if event == 'return' else None))
    return tracer


def traced_body():
    for i in range(2):
        one(i)
        three(i, i, i)
        dflt(i)
        cellarg(i, 1)


sys.settrace(tracer)
traced_body()
sys.settrace(None)
print([e for e in events if e[0] in ('call', 'return')])
events.clear()


def profiler(frame, event, arg):
    if frame.f_code.co_name in ('one', 'three', 'dflt', 'cellarg'):
        events.append((event, frame.f_code.co_name))


sys.setprofile(profiler)
traced_body()
sys.setprofile(None)
print(events)
traced_body()
print(len(events))
