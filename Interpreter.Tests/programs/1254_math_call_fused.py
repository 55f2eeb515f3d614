# math's one-argument functions called as globals (`sin(x)`, `cos(x) * 3`, `sqrt(sin(x) * 2)`):
# argument types, results fed into float arithmetic and into another call, errors raised at the
# call or midway through the arithmetic after it, the global replaced mid-loop, tracing on and off.
import math
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
from math import sin, cos, sqrt, exp, fabs, atan, acos, tan, asin


def show(label, v):
    print(label, type(v).__name__, repr(v))


class F(float):
    pass


class I(int):
    pass


class HasFloat:
    def __float__(self):
        return 0.25


class HasIndex:
    def __index__(self):
        return 3


class FloatSub:
    def __float__(self):
        return F(0.5)


def f_sin(a):
    return sin(a)


def f_cos3(a):
    return cos(a) * 3


def f_sqrt(a):
    r = sqrt(a)
    return r


def f_exp1(a):
    return exp(a) - 1


def f_fabs(a):
    return fabs(a)


def f_atan2x(a):
    return 2 * atan(a)


def args():
    for a in (0, 1, -1, 2.5, -0.0, 0.0, True, False, F(1.5), I(2), HasFloat(), HasIndex(), FloatSub(),
              2 ** 53 + 1, 2 ** 70, -(2 ** 63), float("inf"), float("-inf"), float("nan")):
        for fn in (f_sin, f_cos3, f_sqrt, f_exp1, f_fabs, f_atan2x):
            try:
                show(fn.__name__, fn(a))
            except (ValueError, OverflowError, TypeError) as e:
                print(fn.__name__, type(a).__name__, type(e).__name__, e)
    try:
        sin("1")
    except TypeError as e:
        print("TypeError", e)
    try:
        sin(10 ** 400)
    except OverflowError as e:
        print("OverflowError", e)


def consts():
    show("c1", sin(1))
    show("c2", cos(0.5) * 2 + 1)
    show("c3", sqrt(2) / 2)
    show("c4", exp(0) - 1)
    try:
        show("c5", sqrt(-1))
    except ValueError as e:
        print("c5", e)
    try:
        show("c6", exp(1000))
    except OverflowError as e:
        print("c6", e)


def chains(n):
    acc = 0.0
    for i in range(n):
        x = i * 0.25
        y = cos(x) * 3                 # the call's result continues a float chain
        z = 2 * sin(x)                 # left operand on the stack
        w = sqrt(fabs(x) * 2 + 1)      # chain ends in another math call
        k = int(cos(x) * 100)          # chain ends in int()
        v = sin(cos(x))                # nested call
        acc += y + z + w + k + v
    show("acc", acc)
    show("neg0", sqrt(-0.0))
    show("fabs_neg0", fabs(-0.0) * -1)
    show("atan_inf", atan(float("inf")) * 2)
    show("exp_ninf", exp(float("-inf")) + 0.0)
    show("nan", sqrt(float("nan")) * 0)
    show("tan0", tan(-0.0))
    show("asin1", asin(1) * 2)


def errors_midway():
    x = 0.0
    try:
        y = 1.0 + sin(x) / sin(x)       # ZeroDivisionError in the chain after the call
    except ZeroDivisionError as e:
        print("zd", e)
    try:
        y = cos(x) * [1]                 # TypeError: a list is no chain operand
    except TypeError as e:
        print("type", e)
    try:
        y = sqrt(cos(x) - 2)             # domain error of the second call
    except ValueError as e:
        print("domain", e)
    try:
        y = acos(2)
    except ValueError as e:
        print("acos", e)
    try:
        y = exp(sin(x) + 800)            # range error of the second call
    except OverflowError as e:
        print("range", e)
    try:
        y = int(cos(x) * float("inf"))   # int() of an infinity
    except OverflowError as e:
        print("int", e)
    try:
        y = sin(undefined_local)         # noqa: F821
    except NameError as e:
        print("name", type(e).__name__)

    def unbound():
        r = sin(u)
        u = 1.0
        return r
    try:
        unbound()
    except UnboundLocalError as e:
        print("unbound", type(e).__name__)


class Num:
    def __init__(self, v):
        self.v = v

    def __rmul__(self, o):
        return "rmul(%r)" % (o,)

    def __radd__(self, o):
        return Num(o + self.v)


def operands():
    n = Num(2)
    print(cos(0) * n)                    # the right operand's __rmul__
    print((sin(0) + n).v)                # __radd__
    print(cos(0) * I(3), type(cos(0) * I(3)).__name__)
    print(cos(0) * True)
    show("f", cos(0) * F(2.0))


def replaced():
    global sin
    out = []
    real = sin
    for i in range(6):
        out.append(sin(i) * 2)
        if i == 2:
            sin = lambda v: F(v)          # a Python function returning a float subclass
        if i == 4:
            sin = math.cos
    sin = real
    for v in out:
        show("r", v)


def traced():
    events = []

    def prof(frame, event, arg):
        if event.startswith("c_"):
            events.append((event, getattr(arg, "__name__", None)))

    def work():
        return cos(1.0) * 3 + sin(2)

    a = work()
    sys.setprofile(prof)
    b = work()
    sys.setprofile(None)
    print(a == b, events)

    lines = []

    def tr(frame, event, arg):
        if frame.f_code.co_name == "work":
            lines.append(event)
        return tr

    sys.settrace(tr)
    c = work()
    sys.settrace(None)
    print(a == c, lines)


args()
consts()
chains(40)
errors_midway()
operands()
replaced()
traced()
