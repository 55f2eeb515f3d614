# Loops whose adjacent instructions the untraced loop runs as one step (LOAD_FAST pairs,
# FOR_ITER into a local, a binary op into a local, a compare feeding a jump): results,
# exceptions, tracebacks and line tracing must be those of the instructions one by one.
import sys
import traceback


def histogram(values, lo, hi, bins):
    width = (hi - lo) / bins
    counts = [0] * bins
    below = above = 0
    for v in values:
        if v < lo:
            below += 1
        elif v >= hi:
            above += 1
        else:
            k = int((v - lo) // width)
            counts[k] += 1
    return below, counts, above


def running_stats(xs):
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in xs:
        n += 1
        delta = x - mean
        mean = mean + delta / n
        m2 = m2 + delta * (x - mean)
    return n, round(mean, 6), round(m2 / (n - 1), 6)


def collatz_steps(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps, k = 0, n
        while k != 1:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


class Meters(float):
    def __lt__(self, other):
        print("  Meters.__lt__", float(self), other)
        return float.__lt__(self, other)


class Count(int):
    def __add__(self, other):
        return Count(int(self) + int(other) + 1000)


def compare_kinds():
    out = []
    pairs = [(1, 2), (2.5, 2.5), (3, 2.0), (float("nan"), 1.0), (-0.0, 0.0),
             (2**70, 2**70 + 1), (True, 1), ("b", "a"), (Meters(1.5), 2.0)]
    for a, b in pairs:
        row = []
        if a < b: row.append("lt")
        if a <= b: row.append("le")
        if a == b: row.append("eq")
        if a != b: row.append("ne")
        if not a > b: row.append("not-gt")
        if not (a >= b): row.append("not-ge")
        out.append(row)
    return out


def arithmetic_kinds():
    c = Count(5)
    d = c + 1
    e = 7
    e += 2**62
    e += 2**62
    f = -2.5
    g = -f
    h = -(2**63)
    i = 10 % 3
    j = -7 // 2
    return type(d).__name__, d, e, g, -g, h, i, j, -0.0, -(0.0)


def bad_operand(a, b):
    total = a
    total = total + b
    return total


def unbound_second(flag):
    if flag:
        y = 2
    x = 1
    return x + y


def traced(n):
    s = 0
    for i in range(n):
        s = s + i
        if s > 2:
            s -= 1
    return s


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


print(histogram([0.5, -1, 3.25, 9.9, 10, 4.0, 4.0, 7.5, 2.2], 0.0, 10.0, 5))
print(running_stats([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]))
print(collatz_steps(3000))
for row in compare_kinds():
    print(row)
print(arithmetic_kinds())

for args in [(1, "x"), ([1], (2,)), (2.5, None)]:
    try:
        print(bad_operand(*args))
    except TypeError as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print("TypeError:", e, "| line", tb.lineno - bad_operand.__code__.co_firstlineno, tb.line)

try:
    unbound_second(False)
except UnboundLocalError as e:
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print("UnboundLocalError:", e, "| line", tb.lineno - unbound_second.__code__.co_firstlineno)
print(unbound_second(True))

sys.settrace(tracer)
r = traced(4)
sys.settrace(None)
print(r, events)
