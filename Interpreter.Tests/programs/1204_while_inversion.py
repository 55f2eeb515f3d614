# `while cond:` compiled as CPython 3.11 does (loop inversion): the test at the top jumps past the
# body, the same test again at the bottom jumps back to the body (POP_JUMP_BACKWARD_IF_TRUE|FALSE).
# Line events under sys.settrace, event by event, for every loop shape: plain, one line, break,
# continue (last statement too), else, nested, and/or/not tests, constant-false tests, try inside,
# a multi-line test, return inside, a generator, a walrus test, `in`, isinstance, `&` tests (the
# fused compare-and-jump forms); a tracer attached in the middle of a loop; a signal handler that
# must run inside loops whose back edge is a fused compare-and-jump.
import sys

def run(fn, *args):
    events = []
    base = fn.__code__.co_firstlineno
    def tracer(frame, event, arg):
        if frame.f_code is fn.__code__ or frame.f_code.co_name.startswith("inner"):
            events.append((frame.f_code.co_name, event, frame.f_lineno - base))
        return tracer
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except Exception as e:
        r = type(e).__name__
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    print("  ", " ".join(f"{e[1][0]}{e[2]}" if e[0] == fn.__name__ else f"{e[0]}:{e[1][0]}{e[2]}" for e in events))

def plain(n):
    i = 0
    while i < n:
        i += 1
    return i

def oneline(n):
    i = 0
    while i < n: i += 1
    return i

def brk(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        if i == 4:
            break
        i += 0
    else:
        i = -1
    return i

def els(n):
    i = 0
    while i < n:
        i += 2
    else:
        i = -i
    return i

def nested(n):
    t = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            t += j
            j += 1
        i += 1
    return t

def boolop(a, n):
    while a and n > 0:
        n -= 1
    while not a and n > 3 or n > 10:
        n -= 1
    return n

def consts(n):
    while 0:
        n += 1
    while False:
        n += 2
    while None:
        n += 3
    return n

def tryin(n):
    i = 0
    while i < n:
        try:
            if i == 1:
                raise ValueError(i)
            i += 1
        except ValueError:
            i += 2
        finally:
            i += 0
    return i

def multiline(n):
    i = 0
    while (i <
           n):
        i += 1
    return i

def contlast(n):
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
    return i

def retin(n):
    while n:
        return n
    return -1

def inner_gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

def usegen(n):
    return list(inner_gen(n))

def walrus(xs):
    out = []
    while (x := xs.pop()) != 0:
        out.append(x)
    return out

def passbody(n):
    it = iter(range(n))
    while next(it, None) is not None:
        pass
    return n

def elsebreak(n):
    while n > 0:
        n -= 1
        if n == 1:
            break
    else:
        return "else"
    return n

def isin(n, s):
    i = 0
    while s[i] in "ab":
        i += 1
    while isinstance(n, int) and n > 0:
        n -= 1
    while n & 1 == 0 and n < 8:
        n += 1
    return i, n

def notin(n):
    while n not in (5, 6):
        n += 1
    while not n < 9:
        n -= 1
    while n & 3:
        n += 1
    return n

for fn, args in [(plain, (3,)), (plain, (0,)), (oneline, (3,)), (brk, (6,)), (brk, (1,)), (els, (5,)), (nested, (3,)),
                 (boolop, (1, 3)), (boolop, (0, 6)), (boolop, (2, 12)), (consts, (1,)), (tryin, (3,)), (multiline, (2,)), (contlast, (4,)),
                 (retin, (2,)), (retin, (0,)), (usegen, (3,)), (walrus, ([0, 1, 2],)), (passbody, (3,)),
                 (elsebreak, (3,)), (elsebreak, (0,)), (isin, (3, "abac")), (notin, (1,)), (notin, (3,))]:
    run(fn, *args)

# A tracer attached by a call in the middle of a loop: the loop goes on in the traced copy.
def attach_midway(n):
    events = []
    def tracer(frame, event, arg):
        if frame.f_code is attach_midway.__code__:
            events.append(event[0] + str(frame.f_lineno - attach_midway.__code__.co_firstlineno))
        return tracer
    i = 0
    while i < n:
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        i += 1
    sys.settrace(None)
    return i, " ".join(events)

print("attach_midway", attach_midway(5))

import signal

class Stop(Exception):
    pass

def handler(signum, frame):
    raise Stop(signum)

def loop_compare(n):
    i = 0
    try:
        while i < n:
            i += 1
    except Stop:
        return "stopped"
    return "ran out"

def loop_and(n):
    i = 1
    try:
        while i & 1:
            i += 2
    except Stop:
        return "stopped"
    return "ran out"

def loop_truth(n):
    i = 1
    try:
        while i:
            i += 1
    except Stop:
        return "stopped"
    return "ran out"

def loop_in(n):
    c = "a"
    try:
        while c in "ab":
            pass
    except Stop:
        return "stopped"
    return "ran out"

def loop_not_less(n):
    i = 0
    try:
        while not n < i:
            i += 1
    except Stop:
        return "stopped"
    return "ran out"

if hasattr(signal, "setitimer"):
    signal.signal(signal.SIGALRM, handler)
    for fn in (loop_compare, loop_and, loop_truth, loop_in, loop_not_less):
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        print(fn.__name__, fn(10 ** 15))
    signal.setitimer(signal.ITIMER_REAL, 0)
