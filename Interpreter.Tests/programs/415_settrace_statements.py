# settrace line numbers over decorators, if/elif/while-else, return through finally and with, multi-line statements,
# exceptions across frames, assert, properties, lambdas, comprehensions, iterator classes and generator send.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "tracer": return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    extra = arg[0].__name__ if event == "exception" else (repr(arg) if event == "return" and type(arg).__module__ == "builtins" else "")
    events.append(f"{event} {frame.f_code.co_name} +{rel} {extra}".rstrip())
    return tracer

def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def decorated(x):
    return x + 1

def branches(v):
    if v < 0:
        kind = "neg"
    elif v == 0:
        kind = "zero"
    else:
        kind = "pos"
    while v > 0:
        v -= 2
        if v == 1:
            break
    else:
        kind += "!"
    return kind

def fin(x):
    try:
        if x:
            return "early"
    finally:
        x = None
    return "late"

def multi(a,
          b):
    result = (a +
              b)
    data = {
        "a": a,
        "b": b,
    }
    return result, len(data)

def level3():
    raise KeyError("deep")

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError as e:
        return str(e)

def asserting(x):
    try:
        assert x > 0, "must be positive"
    except AssertionError as err:
        return err.args[0]
    return "ok"

class Box:
    size = 3
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2

def use_box():
    b = Box(4)
    return b.double

class CM:
    def __init__(self, tag): self.tag = tag
    def __enter__(self): return self.tag
    def __exit__(self, *a): return False

def nested_with():
    with CM(1) as a, CM(2) as b:
        a + b
    return 1

def ret_in_with():
    with CM(3) as c:
        return c

def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            i += 0
    return i

def lam():
    f = lambda q: q * 2
    return list(map(f, [1, 2]))

def gen_expr():
    return sum(x for x in range(3))

def dict_comp():
    return {k: v for k, v in zip("ab", (1, 2))}

def reraiser():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("wrapped")
    except ValueError:
        return "caught"

class It:
    def __init__(self): self.n = 0
    def __iter__(self):
        return None or self
    def __next__(self):
        if self.n >= 2:
            raise StopIteration
        self.n += 1
        return self.n

def loop_it():
    t = 0
    for v in It():
        t += v
    return t

def gen_send():
    got = yield 1
    while got:
        got = yield got * 2

def driver():
    g = gen_send()
    next(g)
    g.send(3)
    try:
        g.send(0)
    except StopIteration:
        pass

sys.settrace(tracer)
decorated(1)
branches(-1); branches(0); branches(5); branches(4)
fin(1); fin(0)
multi(1, 2)
level1()
asserting(1); asserting(-1)
use_box()
nested_with()
ret_in_with()
break_in_finally()
lam()
gen_expr()
dict_comp()
reraiser()
loop_it()
driver()
sys.settrace(None)
print("\n".join(events))
