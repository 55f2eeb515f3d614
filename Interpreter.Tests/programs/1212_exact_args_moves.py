# conformance: own-process
# Exact-argument calls of every width through CALL, CALL_METHOD (with and without a self) and
# stored bound methods: the arguments arrive in order, the caller's stack lets go of them (a
# weakref dies when the callee drops its last reference), and frames, tracebacks and
# setprofile/settrace events see the calls as python3.11 does.
import gc
import sys
import weakref


def a0():
    return ()


def a1(a):
    return (a,)


def a2(a, b):
    return (a, b)


def a3(a, b, c):
    return (a, b, c)


def a5(a, b, c, d, e):
    return (a, b, c, d, e)


def a9(a, b, c, d, e, f, g, h, i):
    return (a, b, c, d, e, f, g, h, i)


def a12(a, b, c, d, e, f, g, h, i, j, k, l):
    x = a + b
    return (a, b, c, d, e, f, g, h, i, j, k, l, x)


for _ in range(3):
    print(a0(), a1(1), a2(1, 2), a3(1, 2, 3), a5(*"abcde"), a5("a", "b", "c", "d", "e"))
    print(a9(1, 2, 3, 4, 5, 6, 7, 8, 9), a12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))


class K:
    def m0(self):
        return (type(self).__name__,)

    def m1(self, a):
        return (type(self).__name__, a)

    def m4(self, a, b, c, d):
        return (type(self).__name__, a, b, c, d)

    def m10(self, a, b, c, d, e, f, g, h, i, j):
        return (type(self).__name__, a, b, c, d, e, f, g, h, i, j)

    @staticmethod
    def s2(a, b):
        return ("static", a, b)


class Sub(K):
    pass


for o in (K(), Sub()):
    for _ in range(2):
        print(o.m0(), o.m1(1), o.m4(1, 2, 3, 4), o.m10(*range(10)), o.s2(1, 2))
        b0, b1, b4, b10 = o.m0, o.m1, o.m4, o.m10
        print(b0(), b1("x"), b4("p", "q", "r", "s"), b10(*"abcdefghij"))
        print(K.m1(o, "unbound"), K.m4(o, 1, 2, 3, 4))


# The caller's stack lets go of its arguments: an object passed to a function that drops it
# is freed by a collection inside the call (nothing else holds it).
class Obj:
    pass


def drops(x, w):
    before = w() is not None
    del x
    gc.collect()
    return before, w() is None


def passes_fresh():
    out = []
    for _ in range(3):
        w = weakref.ref(o := Obj())
        del o
        out.append(w() is None)     # freed at once in CPython, by the next collection here
        gc.collect()
        out.append(w() is None)
    return out


def passes_temp():
    out = []
    for _ in range(3):
        keep = Obj()
        w = weakref.ref(keep)
        out.append(drops(Obj() if False else keep_only(keep), w))
        del keep
    return out


def keep_only(k):
    return k


class Holder:
    def take(self, x, w):
        before = w() is not None
        del x
        gc.collect()
        return before, w() is None


def method_paths():
    h = Holder()
    out = []
    for _ in range(2):
        w = weakref.ref(o := Obj())
        out.append(h.take(o, w))        # CALL_METHOD: the local o still holds it
        del o
        gc.collect()
        out.append(w() is None)
        t = h.take
        w = weakref.ref(o := Obj())
        out.append(t(o, w))             # a stored bound method
        del o
        gc.collect()
        out.append(w() is None)
        w = weakref.ref(o := Obj())
        lst = [o]
        del o
        out.append(h.take(lst.pop(), w))   # only the call's stack holds it
        out.append(drops(lst.pop() if lst else keep_only(Obj()), w))
    return out


gc.collect()
print(passes_fresh()[1::2])
print(passes_temp())
print(method_paths())


# Frames: the caller of an exact-argument call, its line, f_back; tracebacks through them.
def caller_info(a, b):
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - base, sys._getframe(0).f_back is f, a + b


base = sys._getframe().f_lineno


def outer(n):
    return caller_info(n, 1)


def outer_m(k, n):
    return k.info(n, 2)


class Info:
    def info(self, a, b):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno - base, a * b


print([outer(i) for i in range(3)])
print([outer_m(Info(), i) for i in range(3)])


def bad(a, b, c):
    return a[b] + c


def via(a, b, c):
    return bad(a, b, c)


for args in (([1], 0, 1), ([1], 5, 1), ({}, "k", 1), ([1], 0, "s")):
    try:
        print(via(*args))
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - base))
            tb = tb.tb_next
        print(type(e).__name__, e, out)


# Wrong argument counts through the same sites: the binding errors.
for fn, args in ((a2, (1,)), (a2, (1, 2, 3)), (a0, (1,)), (K().m1, ()), (K().m1, (1, 2))):
    try:
        fn(*args)
    except TypeError as e:
        print("TypeError", e)


def site_a2(x):
    return a2(x)


try:
    site_a2(1)
except TypeError as e:
    print("TypeError", e)


# setprofile and settrace see every call and return of these paths.
events = []


def prof(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("a2", "m1", "m4", "caller_info"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))


def run_calls():
    k = K()
    b = k.m4
    return [a2(1, 2), k.m1(3), b(1, 2, 3, 4), caller_info(5, 6)[3]]


sys.setprofile(prof)
r = run_calls()
sys.setprofile(None)
print(r)
print(events)
events.clear()
lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("a2", "m1", "m4", "run_calls"):
        lines.append((event, frame.f_code.co_name))
    return tracer


sys.settrace(tracer)
r = run_calls()
sys.settrace(None)
print(r)
print(lines)


# The recursion limit through exact-argument calls and bound methods.
def deep(n, acc):
    return deep(n + 1, acc)


class Deep:
    def go(self, n):
        return self.go(n + 1)


for fn in (lambda: deep(0, []), lambda: Deep().go(0)):
    try:
        fn()
    except RecursionError as e:
        print("RecursionError", e)
print(a3(*"xyz"))
