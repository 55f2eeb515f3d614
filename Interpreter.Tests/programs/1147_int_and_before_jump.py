# `x & y` of ints right before a conditional jump (if, while, not, and/or, comprehension filters,
# assert, ternaries): the jump taken on the result without the int, with every other kind of
# operand (bools, big and negative ints, int subclasses, sets, user classes) on the general path.
import sys


def masks():
    out = []
    for v in (0, 1, 2, 3, 6, 255, 256, 1024, 4096, -1, -8, 2 ** 40, 2 ** 62, -(2 ** 63)):
        for m in (1, 2, 4, 1024, -1, 2 ** 40):
            if v & m:
                out.append(1)
            else:
                out.append(0)
            if not v & m:
                out.append("n")
    return out


print(masks())


def filters():
    cands = [0x3FE, 0x002, 0x100, 0, 0x3FF, 2 ** 70 + 4]
    res = []
    for bit in (1, 2, 4, 256):
        res.append([c for c in range(len(cands)) if cands[c] & bit])
        res.append([c for c in range(len(cands)) if not cands[c] & bit])
    return res


print(filters())


def loops():
    n = 1000
    steps = 0
    while n & 0xFF0:
        n -= 17
        steps += 1
    x = 7
    while not x & 8:
        x += 1
    return steps, n, x


print(loops())


def mixed():
    out = []
    out.append("t" if 6 & 2 else "f")
    out.append(5 & 2 or "or")
    out.append(5 & 4 and "and")
    out.append(True & 1)
    out.append(True & False)
    if True & True:
        out.append("bool")
    class I(int):
        def __and__(self, o):
            print("I.__and__", int(self), o)
            return I(int(self) & o)
        def __bool__(self):
            print("I.__bool__", int(self))
            return int(self) != 0
    if I(6) & 4:
        out.append("sub")
    if {1, 2} & {3}:
        out.append("set nonempty")
    else:
        out.append("set empty")
    class M:
        def __rand__(self, o):
            return 0
    if 5 & M():
        out.append("M")
    else:
        out.append("M falsy")
    try:
        if 5 & "x":
            pass
    except TypeError as e:
        out.append(str(e))
    try:
        assert 4 & 3, "assert failed on & "
    except AssertionError as e:
        out.append(str(e))
    return out


print(mixed())


def traced():
    events = []
    def tr(frame, event, arg):
        if frame.f_code.co_name == "f":
            events.append((event, frame.f_lineno - base))
        return tr
    def f(v):
        if v & 1:
            return "odd"
        return "even"
    base = f.__code__.co_firstlineno
    sys.settrace(tr)
    try:
        r = [f(1), f(2)]
    finally:
        sys.settrace(None)
    return r, events


print(traced())
