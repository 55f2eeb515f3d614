# Inline Python-to-Python calls: keyword and default arguments, *args/**kwargs, closures that
# rebind their cells, bound methods stored and called later, tracebacks through inline frames
# and the recursion limit's error.
import sys
import traceback


def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


for _ in range(3):
    print(f(1, c=3))
    print(f(1, 5, 6, 7, c=3, e=8, d=9))
    print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))
for bad in ((), (1,), (1, 2)):
    try:
        f(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    f(1, c=2, b=3, **{'b': 4})
except TypeError as e:
    print('TypeError', e)


def counter():
    n = 0
    def bump(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return bump, get


bump, get = counter()
for i in range(5):
    bump(i)
print(get(), bump(), get())


def outer(x):
    def mid():
        def inner():
            return x * 2
        nonlocal x
        x += 1
        return inner()
    return mid() + mid()


print([outer(i) for i in range(4)])


class K:
    def __init__(self, v):
        self.v = v
    def m(self, w=10):
        return self.v + w


ms = [K(i).m for i in range(3)]
print([m() for m in ms], [m(w=1) for m in ms], [K.m(K(5)) for _ in range(2)])
saved = ms[0]
del ms
print(saved(100), saved.__self__.v, saved.__func__ is K.m)


def level3(x):
    return 1 // x


def level2(x):
    return level3(x) + 1


def level1(x):
    return level2(x) * 2


try:
    level1(0)
except ZeroDivisionError:
    print('\n'.join(l.strip() for l in traceback.format_exc().splitlines() if not l.strip().startswith('File') and '^' not in l))
    tb = sys.exc_info()[2]
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


def deep(n):
    return deep(n + 1) + 1


sys.setrecursionlimit(200)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)


def gen_calls(n):
    for i in range(n):
        yield level1(i + 1)


print(sum(gen_calls(5)), list(map(lambda v: level2(v), [1, 2])))
