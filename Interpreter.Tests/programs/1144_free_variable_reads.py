# Free variables read in every operand position: LOAD_DEREF before a local, a constant, another
# free variable, a BINARY_OP, a subscript and a subscript store; cells rebound mid-loop, nonlocal
# writes, del of a free variable (NameError), exceptions raised through these forms.
import sys
import traceback


def outer_subscript():
    cands = [3, 5, 6, 8, 9]
    bit = 1
    res = [c for c in range(5) if cands[c] & bit]
    res2 = [cands[c] + bit for c in range(5)]
    res3 = [bit - c for c in range(5)]
    res4 = [bit * 2 for c in range(3)]
    res5 = [cands[c] * cands[c] for c in range(5)]
    return res, res2, res3, res4, res5


print(outer_subscript())


def rebound_mid_loop():
    total = 0
    step = 1
    def add(i):
        return total + step * i
    out = []
    for i in range(6):
        out.append(add(i))
        step = step + 1      # the cell is rebound between calls
        total = add(i)
    return out, total, step


print(rebound_mid_loop())


def counter():
    count = 0
    step = 3
    def bump():
        nonlocal count
        count += step
        return count
    def bump2():
        nonlocal count, step
        count = count + step
        step = step * 2
        return count, step
    return bump, bump2


b1, b2 = counter()
print([b1() for _ in range(4)], b2(), b2(), b1())


def store_subscript():
    data = [0] * 5
    def put(i, v):
        data[i] = v
        data[i] += v
    for i in range(5):
        put(i, i * 10)
    return data


print(store_subscript())


def deleted_free():
    x = 10
    def read():
        return x + 1
    def read_first():
        return x
    def read_pair(y):
        return y + x
    def read_two():
        return x - x
    print(read(), read_first(), read_pair(1), read_two())
    del x
    for fn, args in ((read, ()), (read_first, ()), (read_pair, (1,)), (read_two, ())):
        try:
            fn(*args)
        except NameError as e:
            print(fn.__name__, type(e).__name__, e)
    x = 20
    print(read(), read_pair(2))


deleted_free()


def unbound_before_assignment():
    def inner(i):
        return items[i]
    try:
        inner(0)
    except NameError as e:
        print("unbound:", e)
    items = ["a", "b"]
    return inner(1)


print(unbound_before_assignment())


def errors_through_fused():
    lst = [1, 2, 3]
    s = "abc"
    d = {"k": 1}
    def idx(i):
        return lst[i]
    def op(v):
        return s + v
    def key(k):
        return d[k] & 1
    for fn, a in ((idx, 5), (idx, "x"), (op, 1), (key, "missing"), (idx, -1), (idx, True)):
        try:
            print(fn.__name__, fn(a))
        except Exception as e:
            tb = traceback.extract_tb(e.__traceback__)
            print(fn.__name__, type(e).__name__, e, [(t.name, t.lineno) for t in tb])


errors_through_fused()


class Sub(list):
    def __getitem__(self, i):
        return ("sub", i)


class Num:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Num(self.v & (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return ("rsub", o, self.v)
    def __bool__(self):
        print("bool", self.v)
        return self.v != 0
    def __repr__(self):
        return "Num(%d)" % self.v


def custom_types():
    lst = Sub([1, 2])
    n = Num(6)
    k = 3
    return [lst[i] for i in range(2)], [x for x in [Num(1), Num(2), Num(4)] if x & n], [k - n for _ in range(1)]


print(custom_types())


def big_and_float():
    big = 2 ** 70
    fl = 1.5
    return [big + i for i in range(2)], [fl * i for i in range(3)], [i / fl for i in range(2)]


print(big_and_float())


def trace_lines():
    events = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name in ("<listcomp>", "g"):
            events.append((frame.f_code.co_name, event, frame.f_lineno - base))
        return tracer
    base = sys._getframe().f_lineno
    a = [1, 2]
    b = 3
    def g():
        return [a[i] + b for i in range(2)]
    sys.settrace(tracer)
    try:
        r = g()
    finally:
        sys.settrace(None)
    print(r)
    for e in events:
        print(e)


trace_lines()
