# `global` and `nonlocal` compile to no instruction: no line event of their own under
# sys.settrace, in every place a statement can stand; and closures called in a loop while their
# cells are deleted or rebound from outside, with tracing switched on and off.
import sys

X = 0


def only_global():
    global X


def deco(fn):
    return fn


@deco
def decorated_only_global():
    global X


def only_nonlocal_outer():
    v = 1

    def inner():
        nonlocal v
    return inner


def global_then(a):
    global X
    X = a
    return X


def global_in_if(a):
    if a:
        global X
    X = a
    return X


def global_in_loop(n):
    for i in range(n):
        global X
        X = i
    while n:
        global Y
        n -= 1
    return X


def global_in_try():
    try:
        global X
    except Exception:
        global X
    finally:
        global X
    return X


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = 0

    def drop():
        nonlocal count
        del count

    return bump, reset, drop


class WithGlobal:
    global X
    y = 1


events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name != "tracer" and frame.f_code.co_filename == __file__:
        events.append((name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


bump, reset, drop = make_counter(2)
sys.settrace(tracer)
only_global()
decorated_only_global()
only_nonlocal_outer()()
global_then(5)
global_in_if(0)
global_in_if(1)
global_in_loop(2)
global_in_try()
bump()
reset()
bump()
sys.settrace(None)
for e in events:
    print(e)


def loop(n):
    out = []
    for i in range(n):
        if i == 2:
            reset()
        if i == 3:
            drop()
        if i == 4:
            sys.settrace(tracer)
        if i == 5:
            sys.settrace(None)
        try:
            out.append(bump())
        except NameError as e:
            out.append(type(e).__name__ + ": " + str(e))
            reset()
    return out


events.clear()
print(loop(7))
print(events)
print(only_global(), global_then(3), X, WithGlobal.y)
