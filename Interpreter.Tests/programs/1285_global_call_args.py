# A global function called with its exact positional arguments taken from locals, constants and
# `local +|- constant`: results, binding, errors and tracebacks as CPython's, while the global is
# rebound, its __code__ swapped, and tracers and profilers come and go around the calls.
import sys
import traceback


def zero():
    return "z"


def one(a):
    return a


def two(a, b):
    return a + b


def three(a, b, c):
    return (a, b, c)


def four(a, b, c, d):
    return a + b + c + d


def forms(n):
    out = []
    k = 7
    for i in range(n):
        out.append(zero())
        out.append(one(i))
        out.append(one(3))
        out.append(one(i - 1))
        out.append(one(i + 1))
        out.append(two(i, 10))
        out.append(two(i - 2, k + 3))
        out.append(two(k, i))
        out.append(three(i, k - 1, 5))
        out.append(three(i + 100, i - 100, k))
        out.append(four(i, k, 1, 2))
    return out


print(forms(3))


def operands():
    # Operands of `x - 1` that are not two small exact ints: floats, bools, big ints, overflow
    # past 64 bits, an int subclass with its own __sub__, strings (a TypeError at the BINARY_OP).
    class MyInt(int):
        def __sub__(self, other):
            return "MyInt.sub"

        def __add__(self, other):
            return "MyInt.add"

    res = []
    for x in (5, 2.5, True, False, 2**62, 2**63 - 1, -2**63, 2**63, -2**64, 10**30, MyInt(4)):
        res.append(one(x - 1))
        res.append(one(x + 1))
        res.append(two(x - 3, x + 3))
    print(res)
    for x in ("s", None, [1]):
        try:
            one(x - 1)
        except TypeError as e:
            print("TypeError", e)
        try:
            one(x + 1)
        except TypeError as e:
            print("TypeError", e)


operands()


def unbound(flag):
    if flag:
        y = 1
    return one(y)


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_second(flag):
    x = 5
    if flag:
        y = 1
    return two(x - 1, y)


try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def binding_errors():
    for args in range(3):
        try:
            if args == 0:
                r = two(1)
            elif args == 1:
                r = one(1, 2)
            else:
                r = zero(args)
            print("no error", r)
        except TypeError as e:
            print("TypeError", e)


binding_errors()


# The global rebound while a loop calls it: to another function, a builtin, a class, a function
# with defaults, keyword-only parameters, *args, a generator, a lambda, a bound method.
def target(a, b):
    return ("target", a, b)


class Pair:
    def __init__(self, a, b):
        self.t = ("Pair", a, b)

    def __repr__(self):
        return repr(self.t)

    def meth(self, a):
        return ("meth", self, a)


def with_default(a, b, c=99):
    return ("default", a, b, c)


def kwonly(a, b, *, c=5):
    return ("kwonly", a, b, c)


def varargs(*args):
    return ("varargs",) + args


def gen(a, b):
    yield a
    yield b


def rebinding(n):
    global target
    saved = target
    out = []
    for i in range(n):
        r = target(i, i - 1)
        if isinstance(r, type(gen(0, 0))):
            r = list(r)
        out.append(r)
        if i == 1:
            target = max
        elif i == 2:
            target = Pair
        elif i == 3:
            target = with_default
        elif i == 4:
            target = kwonly
        elif i == 5:
            target = varargs
        elif i == 6:
            target = gen
        elif i == 7:
            target = lambda a, b: ("lambda", a * b)
        elif i == 8:
            target = Pair(0, 0).meth.__func__
        elif i == 9:
            target = saved
    target = saved
    return out


for r in rebinding(12):
    print(r)


def rebinds_itself(a):
    global rebinds_itself_target
    rebinds_itself_target = lambda a: ("replaced", a)
    return ("first", a)


rebinds_itself_target = rebinds_itself


def calls_rebinding(n):
    return [rebinds_itself_target(i) for i in range(n)] + [rebinds_itself_target(n - 1)]


print(calls_rebinding(3))


# __code__ swapped mid-loop, to a code with more locals, fewer parameters, a generator's.
def swapped(a, b):
    return a - b


def other_code(a, b):
    x = a * 10
    y = b * 100
    z = x + y
    return ("other", z)


def one_param(a):
    return ("one_param", a)


def code_swap(n):
    out = []
    original = swapped.__code__
    for i in range(n):
        try:
            out.append(swapped(i, i + 1))
        except TypeError as e:
            out.append(("TypeError", str(e)))
        if i == 1:
            swapped.__code__ = other_code.__code__
        elif i == 3:
            swapped.__code__ = one_param.__code__
        elif i == 4:
            swapped.__code__ = original
    return out


print(code_swap(7))


# Errors raised in the callee: the caller's traceback line is its call's, the handler in the
# caller catches it, and the loop goes on.
def fails(a, b):
    if a == b:
        raise ValueError("equal %d" % a)
    return a // b


def catching(n):
    out = []
    for i in range(n):
        try:
            out.append(fails(i, 2))
        except ValueError as e:
            out.append(str(e))
        except ZeroDivisionError as e:
            out.append("zde")
    return out


print(catching(5))


def tb_lines():
    try:
        fails(3,
              3)
    except ValueError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([(fs.name, fs.lineno - tb_lines.__code__.co_firstlineno) for fs in tb])


tb_lines()


def frame_view(a, b):
    caller = sys._getframe(1)
    return (caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno, sorted(caller.f_locals), a, b)


def viewing():
    k = 4
    return frame_view(k, k - 1)


print(viewing())


# The recursion limit: the RecursionError as CPython raises it, and recursion afterwards.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def deep():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        try:
            down(1000)
        except RecursionError as e:
            print("RecursionError", e)
        print(down(150))
    finally:
        sys.setrecursionlimit(old)


deep()
print(down(500))


# Tracers and profilers switched on and off around the calls: every call and return seen.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("two", "one"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name in ("two", "one"):
        events.append(("p-" + event, frame.f_code.co_name, arg if event == "return" else None))


def traced_loop(n):
    total = 0
    for i in range(n):
        if i == 1:
            sys.settrace(tracer)
        elif i == 3:
            sys.settrace(None)
        elif i == 4:
            sys.setprofile(profiler)
        elif i == 6:
            sys.setprofile(None)
        total = two(total, i)
        total = one(total - 1)
    return total


print(traced_loop(8))
for e in events:
    print(e)


def setter(a):
    sys.settrace(tracer)
    return a


def traced_from_inside(n):
    out = []
    for i in range(n):
        out.append(setter(i))
        out.append(one(i + 1))
    sys.settrace(None)
    return out


events.clear()
print(traced_from_inside(3))
print(len(events), events[:4])


# A closure bound as a global, and a getter body: both through the same kind of call site.
def make_adder(k):
    def adder(a):
        return a + k
    return adder


adder = make_adder(5)


class Box:
    def __init__(self, v):
        self.v = v


def get_v(o):
    return o.v


def mixed(n):
    out = []
    b = Box(7)
    for i in range(n):
        out.append(adder(i))
        out.append(get_v(b))
        b.v = i
    return out


print(mixed(4))
