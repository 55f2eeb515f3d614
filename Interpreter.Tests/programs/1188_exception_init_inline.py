# conformance: own-process
# Exception subclasses with a Python __init__ instantiated by CALL (the inline __init__ path):
# args from __new__, keywords, super() and Exception.__init__, errors inside __init__ with their
# tracebacks, __init__ returning a value, __del__, a metaclass, a Python __new__, OSError and
# KeyError subclasses, instances raised and caught across frames.
import sys, traceback, gc

class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code

class NoSuper(Exception):
    def __init__(self, a, b=2, *rest, **kw):
        self.total = a + b + sum(rest) + sum(kw.values())

class Sup(ValueError):
    def __init__(self, *a, tag="t"):
        super().__init__(*a)
        self.tag = tag

class Bad(Exception):
    def __init__(self, x):
        self.x = 1 / x

class Ret(Exception):
    def __init__(self):
        return 5

class Deleted(Exception):
    count = 0
    def __init__(self, n):
        super().__init__(n)
    def __del__(self):
        Deleted.count += 1

class Meta(type):
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)

class WithMeta(Exception, metaclass=Meta):
    def __init__(self, a):
        super().__init__(a, a)

class WithNew(Exception):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls, "from new")
    def __init__(self, *a):
        print("init", a, self.args)

class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.seen = a

class MyKey(KeyError):
    def __init__(self, k):
        super().__init__(k)

def show(e):
    print(type(e).__name__, e.args, str(e), repr(e), getattr(e, "code", None))

e = AppError(404, "missing")
show(e)
n = NoSuper(1)
show(n); print(n.total)
n = NoSuper(1, 2, 3, 4, x=5)
show(n); print(n.total)
s = Sup(1, 2, tag="q")
show(s); print(s.tag)
show(Sup())
for f in (lambda: Bad(0), lambda: Ret(), lambda: NoSuper(), lambda: NoSuper(1, y="s"), lambda: AppError(1, 2, 3), lambda: AppError(code=1)):
    try:
        f()
    except Exception as ex:
        print("raised", type(ex).__name__, ex)
        print(traceback.format_exc().splitlines()[-3:])
for i in range(3):
    Deleted(i)
gc.collect()
print("deleted", Deleted.count)
show(WithMeta(7))
show(WithNew(1, 2))
m = MyOS(2, "nope")
show(m); print(m.errno, m.strerror, m.seen, type(m).__name__)
k = MyKey("k")
show(k)

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise AppError(404, "missing %r" % (key,)) from None

def process(d, key):
    try:
        return lookup(d, key)
    except AppError as e:
        return e.code, e.args, e.__suppress_context__, type(e.__context__).__name__

print([process({1: "a"}, k) for k in (1, 2)])
try:
    lookup({}, "z")
except AppError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")

def tracer(frame, event, arg):
    if frame.f_code.co_name == "__init__":
        print("trace", event, frame.f_code.co_name, frame.f_lineno)
    return tracer
sys.settrace(tracer)
show(AppError(1, "traced"))
sys.settrace(None)
total = 0
for i in range(2000):
    try:
        raise AppError(i, "m")
    except AppError as ex:
        total += ex.code
print(total)
