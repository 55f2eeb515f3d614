# Functions made per call (comprehensions, lambdas, nested defs) run in the frame a previous
# function of the same code finished in: what escapes (sys._getframe, tracebacks, f_locals, f_back)
# must keep its own state, captured objects must die with the function, other globals must not
# share a frame, recursion through a comprehension must work.
import gc
import sys
import weakref


def kept_frames():
    kept = []
    for k in range(3):
        vals = [sys._getframe() for _ in range(1)]
        kept.append(vals[0])
        [x * k for x in range(2)]
    for fr in kept:
        print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_back.f_code.co_name)
    return len({id(fr) for fr in kept})


print("distinct frames", kept_frames())


def kept_tracebacks():
    tbs = []
    for k in range(3):
        try:
            [1 // (x - k) for x in range(3)]
        except ZeroDivisionError as e:
            tbs.append(e.__traceback__)
    for tb in tbs:
        t = tb.tb_next
        print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_frame.f_locals.get("x"))


kept_tracebacks()


class Obj:
    pass


def captures_die():
    o = Obj()
    r = weakref.ref(o)
    res = [o is not None for _ in range(2)]
    del o
    gc.collect()
    return res, r() is None


print(captures_die())


def captures_die_lambda():
    o = Obj()
    r = weakref.ref(o)
    f = lambda: o
    f()
    del o, f
    gc.collect()
    return r() is None


print(captures_die_lambda())

CODE = """
def f(n):
    return [g + i for i in range(n)]
"""
g1 = {"g": 100}
g2 = {"g": 200}
exec(CODE, g1)
exec(CODE, g2)
print(g1["f"](2), g2["f"](2), g1["f"](3), g2["f"](1))


def tree(n):
    if n == 0:
        return [0]
    return [sum(tree(n - 1)) + i for i in range(2)]


print(tree(4))


def nested_calls():
    out = []
    for k in range(3):
        add = lambda x, k=k: x + k
        def mul(x):
            return x * k
        out.append((add(1), mul(2), [add(i) + mul(i) for i in range(2)]))
    return out


print(nested_calls())


def code_replaced():
    def a():
        return [1 for _ in range(1)]
    def b():
        return [2 for _ in range(1)]
    r = [a(), b()]
    a.__code__ = b.__code__
    r.append(a())
    r.append(b())
    return r


print(code_replaced())


def frame_state_fresh():
    out = []
    for k in range(3):
        try:
            out.append([y for y in range(k)] + [z for z in range(k, 0, -1)])
        except Exception as e:
            out.append(e)
    def f(k):
        if k:
            q = k
        return [q for _ in range(1)]
    for k in (1, 0, 2):
        try:
            out.append(f(k))
        except NameError as e:
            out.append(str(e))
    return out


print(frame_state_fresh())


def gen_inside():
    def g(n):
        yield from [i * i for i in range(n)]
    return [list(g(k)) for k in range(4)]


print(gen_inside())


def traced():
    seen = []
    def tr(frame, event, arg):
        if frame.f_code.co_name == "<listcomp>":
            seen.append((event, frame.f_lineno))
        return tr
    def run():
        return [i for i in range(2)]
    run()
    sys.settrace(tr)
    try:
        r = run()
    finally:
        sys.settrace(None)
    run()
    return r, seen


print(traced())
