# A Python method called at once with simple arguments (`d.bump(1)`, `self.step(x, y - 1)`):
# results, binding errors, tracebacks, frames and tracing as CPython's while the method is
# overridden on a subclass, replaced on the class or the instance, shadowed, deleted and
# restored between calls, and tracers come and go around and inside the calls.
import sys
import traceback


class Base:
    def __init__(self):
        self.count = 0
        self.w = 5

    def bump(self, k):
        self.count += k
        return self.count

    def zero(self):
        return "zero"

    def two(self, a, b):
        return (a, b)

    def three(self, a, b, c):
        return a + b + c

    def four(self, a, b, c, d):
        return a * b * c * d

    def dflt(self, a, b=10):
        return a + b


class Derived(Base):
    pass


def forms(n):
    d = Derived()
    o = Base()
    k = 3
    out = []
    for i in range(n):
        out.append(d.bump(1))
        out.append(d.zero())
        out.append(d.two(i, "c"))
        out.append(d.two(i - 1, k + 2))
        out.append(d.three(i, k, o.w))
        out.append(d.four(i, 2, k, 1))
        out.append(d.dflt(i))
        out.append(d.dflt(i, 1))
        out.append(o.bump(i + 1))
    return out


print(forms(4))


def overridden_midway(n):
    orig = Base.bump
    d = Derived()
    total = 0
    res = []
    for i in range(n):
        if i == 3:
            Derived.bump = lambda self, k: 1000 + k
        if i == 5:
            del Derived.bump
        if i == 7:
            Base.bump = lambda self, k: -k
        if i == 9:
            d.bump = lambda k: "instance " + str(k)
        if i == 11:
            del d.bump
        total += d.bump(1) if not isinstance(d.bump(1), str) else 0
        res.append(d.bump(i))
    print(total, res)
    Base.bump = orig
    print(d.bump(5), Derived().bump(2))


overridden_midway(13)


class Base2:
    def m(self, a):
        return ("Base2.m", a)


class Sub2(Base2):
    pass


def override_on_subclass_and_kinds():
    objs = [Sub2(), Sub2(), Base2()]
    out = []
    for j in range(6):
        if j == 2:
            Sub2.m = lambda self, a: ("Sub2.m", a)
        if j == 4:
            Sub2.m = staticmethod(lambda a: ("static", a))
        if j == 5:
            Sub2.m = classmethod(lambda cls, a: (cls.__name__, a))
        for o in objs:
            out.append(o.m(j))
    print(out)


override_on_subclass_and_kinds()


def bound_in_locals():
    d = Derived()
    b = d.bump
    t = 0
    for i in range(5):
        t += b(2)
        t += d.bump(1)
    print(t, d.count)


bound_in_locals()


def wrong_counts():
    d = Derived()
    for call in (lambda: d.bump(), lambda: d.bump(1, 2), lambda: d.zero(1), lambda: d.two(1),
                 lambda: d.four(1, 2, 3), lambda: d.dflt()):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
    for i in range(3):
        try:
            d.two(i)
        except TypeError as e:
            print("TypeError", i, e)
        try:
            d.two(i, i, i)
        except TypeError as e:
            print("TypeError", i, e)


wrong_counts()


def operands():
    class MyInt(int):
        def __sub__(self, other):
            return "MyInt.sub"

    d = Derived()
    res = []
    for x in (5, 2.5, 2**63 - 1, -2**63, 10**20, MyInt(4), True):
        res.append(d.two(x - 1, x + 1))
    print(res)
    for x in ("s", None):
        try:
            d.two(x - 1, 0)
        except TypeError as e:
            print("TypeError", e)


operands()


def unbound(flag):
    d = Derived()
    if flag:
        y = 1
    try:
        return d.two(y, 2)
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)


print(unbound(True), unbound(False))


class Raiser:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        if self.n > 3:
            raise ValueError("too far " + str(self.n))
        return sys._getframe(1).f_lineno, sys._getframe().f_back.f_code.co_name

    def attr(self, v):
        return v


def raising():
    r = Raiser()
    try:
        for i in range(10):
            print(r.step(1))
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("ValueError", e, [(f.name, f.line) for f in tb])


raising()


class Slotted:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 11


class Prop:
    @property
    def v(self):
        return "prop"


def attribute_arguments():
    r = Raiser()
    a = Base()
    out = []
    for o in (a, a, Slotted(), Prop(), a):
        try:
            out.append(r.attr(o.w))
        except AttributeError as e:
            out.append("AttributeError " + str(e))
        out.append(r.attr(getattr(o, "v", None)))
    a.w = 99
    out.append(r.attr(a.w))
    del a.w
    try:
        out.append(r.attr(a.w))
    except AttributeError as e:
        out.append("AttributeError " + str(e))
    print(out)


attribute_arguments()


class Rec:
    def down(self, n):
        if n == 0:
            return 0
        return self.down(n - 1) + 1


def recursion_limit():
    r = Rec()
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        try:
            r.down(1000)
        except RecursionError as e:
            print("RecursionError", e)
        print(r.down(50))
    finally:
        sys.setrecursionlimit(old)
    print(r.down(150))


recursion_limit()


class WithSuper(Base):
    def bump(self, k):
        return super().bump(k) * 10


def closures_and_super():
    w = WithSuper()
    out = []
    for i in range(4):
        out.append(w.bump(1))
    print(out)


closures_and_super()


class Gen:
    def items(self, n):
        for i in range(n):
            yield i * 2


def generator_method():
    g = Gen()
    out = []
    for i in range(3):
        out.append(list(g.items(i)))
    print(out)


generator_method()


def code_swap():
    class C:
        def m(self, a):
            return "m" + str(a)

    def other(self, a):
        return "other" + str(a)

    c = C()
    out = []
    for i in range(4):
        if i == 2:
            C.m.__code__ = other.__code__
        out.append(c.m(i))
    print(out)


code_swap()


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("bump", "traced_loop"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer


def traced_loop(n):
    d = Derived()
    t = 0
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
        if i == 4:
            sys.settrace(None)
        t += d.bump(1)
    return t


print(traced_loop(6))
sys.settrace(None)
print(events)


class SetsTrace(Base):
    def bump(self, k):
        if k == 2:
            sys.settrace(tracer)
        return k


def trace_from_callee():
    events.clear()
    s = SetsTrace()
    t = 0
    for i in range(4):
        t += s.bump(i)
    sys.settrace(None)
    print(t, events)


trace_from_callee()

profiled = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "bump":
        profiled.append((event, arg))


def profiled_loop():
    d = Derived()
    t = 0
    for i in range(4):
        if i == 1:
            sys.setprofile(profiler)
        if i == 3:
            sys.setprofile(None)
        t += d.bump(i)
    print(t, profiled)


profiled_loop()
