# Frames that escape a call (sys._getframe, tracebacks, f_back) keep the locals and line they had
# when the call finished, however often the function is called again afterwards.
import sys


def capture(x):
    y = x * 2
    f = sys._getframe()
    z = y + 1
    return f


def capture_caller(x):
    inner(x)
    return keep[-1]


keep = []


def inner(x):
    keep.append(sys._getframe(1))
    return x


frames = [capture(i) for i in range(3)]
for i in range(50):
    capture(i)
print([(f.f_locals["x"], f.f_locals["z"], f.f_lineno) for f in frames])

callers = [capture_caller(i) for i in range(3)]
for i in range(50):
    inner(i)
print([(f.f_code.co_name, f.f_locals["x"], f.f_lineno) for f in callers])


def raiser(n):
    local = [n]
    raise ValueError(n)


def catch(n):
    try:
        raiser(n)
    except ValueError as e:
        return e


errors = [catch(i) for i in range(3)]
for i in range(50):
    catch(i)
print([(e.__traceback__.tb_next.tb_frame.f_locals["local"], e.__traceback__.tb_next.tb_lineno) for e in errors])


def chain(n):
    if n == 0:
        f = sys._getframe()
        names = []
        while f is not None:
            names.append((f.f_code.co_name, f.f_lineno, f.f_locals.get("n")))
            f = f.f_back
        return names
    return chain(n - 1)


first = chain(3)
second = chain(2)
print(first)
print(second)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18), [f.f_locals["y"] for f in frames])
