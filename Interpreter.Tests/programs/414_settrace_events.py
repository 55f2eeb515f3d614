# sys.settrace event log: call, line, return and exception events over loops, try, with, generators and comprehensions.
import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name == "tracer":
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    extra = ""
    if event == "exception":
        extra = arg[0].__name__
    elif event == "return":
        extra = repr(arg) if not isinstance(arg, Mgr) else "<Mgr>"
    events.append(f"{event:9} {name:10} +{rel} {extra}")
    return tracer

class Mgr:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while n > 0:
        n -= 1
    return total

def tries(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        r = -1
    else:
        r += 1
    finally:
        r *= 2
    return r

def withs():
    with Mgr() as m:
        x = 1
    with Mgr():
        raise KeyError("k")
    return x

def gen(n):
    for i in range(n):
        yield i * i
    return "done"

def comp(xs):
    squares = [x * x for x in xs]
    evens = {x for x in xs if x % 2 == 0}
    return sum(squares), len(evens)

def nested():
    def inner(v):
        if v < 0:
            raise ValueError(v)
        return v
    try:
        inner(-1)
    except ValueError:
        pass
    return inner(2)

def delegate():
    r = yield from gen(2)
    yield r

sys.settrace(tracer)
loops(4)
tries(0)
tries(5)
withs()
list(gen(2))
comp([1, 2, 3])
nested()
list(delegate())
sys.settrace(None)
for e in events:
    print(e.rstrip())
