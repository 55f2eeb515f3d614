# sys._getframe(1).f_lineno read by a callee: the line of the caller's call instruction, for calls
# that run inline, on several lines, in loops, comprehensions, lambdas and nested calls.
import sys


def caller_line():
    return sys._getframe(1).f_lineno


def two_up():
    return sys._getframe(2).f_lineno, sys._getframe(1).f_code.co_name


def own_line():
    a = sys._getframe().f_lineno
    b = sys._getframe().f_lineno
    return a, b


def plain():
    x = caller_line()
    y = caller_line(
    )
    return x, y


def in_loop():
    out = []
    for i in range(3):
        out.append(caller_line())
        if i == 1:
            out.append(caller_line())
    return out


def nested():
    return caller_line() + 0, [caller_line() for _ in range(2)], (lambda: caller_line())()


def through_helper():
    return helper()


def helper():
    return two_up()


def args_line(a, b):
    return a, b


def multi_line_args():
    return args_line(
        caller_line(),
        caller_line())


class K:
    def method(self):
        return caller_line()

    @property
    def prop(self):
        return caller_line()


def methods():
    k = K()
    return k.method(), k.prop


def after_exception():
    try:
        1 / 0
    except ZeroDivisionError:
        a = caller_line()
    b = caller_line()
    return a, b


def recursive(n):
    if n == 0:
        return [caller_line()]
    return recursive(n - 1) + [caller_line()]


def back_chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def calls_back_chain():
    return back_chain()


print(own_line())
print(plain())
print(in_loop())
print(nested())
print(through_helper())
print(multi_line_args())
print(methods())
print(after_exception())
print(after_exception())
print(recursive(3))
print(calls_back_chain())
for _ in range(2):
    print(plain(), in_loop())
