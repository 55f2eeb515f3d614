# Int comparisons by every operator through the loop's fused forms (pair + COMPARE_OP + jump,
# COMPARE_OP + jump, the bool pushed, `i < len(x)`, `len(x) op n`), at the edges of the 64-bit
# range, with bools, big ints, int subclasses with overridden comparisons, and settrace on and off.
import sys

vals = [-2**63, -2**63 + 1, -2**61, -3, -2, -1, 0, 1, 2, 3, 2**61 - 1, 2**61, 2**62, 2**63 - 1]
big = [2**64, -2**64, 2**100]


def pair_jumps(a, b):
    r = []
    if a < b: r.append("lt")
    if a <= b: r.append("le")
    if a == b: r.append("eq")
    if a != b: r.append("ne")
    if a > b: r.append("gt")
    if a >= b: r.append("ge")
    if not a < b: r.append("!lt")
    if not a >= b: r.append("!ge")
    return r


def pushed(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def const_jumps(a):
    r = 0
    if a < 0: r |= 1
    if a <= 1: r |= 2
    if a == 2: r |= 4
    if a != 3: r |= 8
    if a > -1: r |= 16
    if a >= 2**62: r |= 32
    return r


def while_loop(n):
    i = 0
    k = 0
    while i < n:
        i += 1
        if i >= 3 and i != 5:
            k += i
    return k


def len_compares(xs):
    out = []
    i = 0
    while i < len(xs):
        i += 1
    out.append(i)
    for n in (-1, 0, 2, 3, 10):
        out.append((len(xs) < n, len(xs) <= n, len(xs) == n, len(xs) != n, len(xs) > n, len(xs) >= n))
        if len(xs) > n: out.append("gt%d" % n)
        if len(xs) == n: out.append("eq%d" % n)
    return out


class MyInt(int):
    def __lt__(self, other):
        print("MyInt.__lt__", int(self), other)
        return True

    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return False

    __hash__ = int.__hash__


class Raises(int):
    def __gt__(self, other):
        raise ValueError("no gt for %d" % int(self))


def run():
    bad = []
    for a in vals:
        for b in vals:
            p = pair_jumps(a, b)
            q = pushed(a, b)
            exp = (a < b, a <= b, a == b, a != b, a > b, a >= b)
            if q != exp or len(p) != sum(exp) + (not exp[0]) + (not exp[5]):
                bad.append((a, b))
    print("64-bit pairs checked", len(vals) ** 2, "bad", bad)
    for a in vals + big:
        print(a, const_jumps(a), pushed(a, 2**63), pushed(2**63 - 1, a))
    print(pushed(True, 1), pushed(False, True), pair_jumps(True, 2), const_jumps(True))
    print(while_loop(10), while_loop(0), while_loop(-5))
    print(len_compares([1, 2, 3]), len_compares(""), len_compares({1: 2, 3: 4}))
    m = MyInt(5)
    print(pair_jumps(m, 3))
    print(pair_jumps(3, m))
    try:
        if Raises(4) > 2:
            print("not reached")
    except ValueError as e:
        print("ValueError", e)
    print(pushed(1.5, 2), pushed(2, 1.5), pushed(float("nan"), 1))


run()
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("pair_jumps", "while_loop"):
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
print(pair_jumps(1, 2), while_loop(4))
sys.settrace(None)
print(len(events), events[:12])
print(pair_jumps(2, 1), while_loop(6))
