# FOR_ITER + UNPACK_SEQUENCE over zip, enumerate and dict.items(): the loop takes the parts
# without building the tuple; every observable behaviour must stay CPython's.
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# plain loops, the three iterators
print([(a, b) for a, b in zip("abc", [1, 2, 3])])
print([(i, x) for i, x in enumerate("xyz", 5)])
print([(k, v) for k, v in {"p": 1, "q": 2}.items()])
print([(a, b, c) for a, b, c in zip(range(3), "def", [7.5, 8.5, 9.5])])
print(sum(a * b for a, b in zip([1, 2, 3, 4], [5, 6, 7])))

# wrong arity: the tuple is unpacked the ordinary way and raises the ordinary errors
show("too many", lambda: [a for a, b in zip([1], [2], [3])])
show("too few", lambda: [a for a, b, c in zip([1], [2])])
show("enum 3", lambda: [i for i, x, y in enumerate("ab")])
show("items 3", lambda: [k for k, v, w in {"a": 1}.items()])
show("enum star", lambda: [rest for i, *rest in enumerate(["q"])])

# zip(strict=True)
show("strict short", lambda: [a for a, b in zip([1, 2, 3], [4, 5], strict=True)])
show("strict long", lambda: [a for a, b in zip([1, 2], [4, 5, 6], strict=True)])
show("strict ok", lambda: [a + b for a, b in zip([1, 2], [4, 5], strict=True)])
show("strict 3", lambda: [a for a, b, c in zip([1], [2], [3, 4], strict=True)])


# an underlying iterator raising midway; zip goes on afterwards, as CPython's does
class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise KeyError("flaky")
        if self.n > 4:
            raise StopIteration
        return self.n


fl = Flaky()
z = zip("abcdef", fl)
got = []
try:
    for a, b in z:
        got.append((a, b))
except KeyError as e:
    print("raised", e, got)
for a, b in z:
    got.append((a, b))
print("after", got)

e = enumerate(Flaky())
out = []
try:
    for i, x in e:
        out.append((i, x))
except KeyError as ex:
    print("enum raised", ex, out)
for i, x in e:
    out.append((i, x))
print("enum after", out)

# the loop variables survive the loop, and the stack is clean after an early exit
for i, (a, b) in enumerate(zip("uv", "wx")):
    if i == 1:
        break
print(i, a, b)
for k, v in {"one": 1}.items():
    pass
print(k, v)


def first_pair(it):
    for a, b in it:
        return a, b
    return None


print(first_pair(zip([1], [2])), first_pair(zip([], [])), first_pair({}.items()))

# enumerate counting past 2**63
big = 2 ** 63 - 2
print([(i, x) for i, x in enumerate("abcd", big)])

# dict changed during iteration
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]
        d[k + 10] = v
except RuntimeError as ex:
    print("RuntimeError", ex)

# zip of a zip, items of a subclass, a dict values view unpacked as pairs
print([(p, q) for (p, q), r in zip(zip("ab", "cd"), "ef")])


class D(dict):
    pass


print(sorted((k, v) for k, v in D(a=1, b=2).items()))
print([(x, y) for x, y in {1: (2, 3)}.values()])

# the half-taken item is dropped when a later iterator ends
it1 = iter([1, 2, 3])
for a, b in zip(it1, [9]):
    pass
print(a, b, list(it1))

# the same loops under a line tracer (the traced loop copy takes the ordinary path)
lines = []


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "traced":
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer


def traced():
    acc = []
    for a, b in zip("ab", "cd"):
        acc.append(a + b)
    for i, x in enumerate(acc):
        acc[i] = x * 2
    return acc


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, lines)

# a traceback from inside such a loop names the right line
def boom():
    for a, b in zip([1, 0], [1, 1]):
        b / a


try:
    boom()
except ZeroDivisionError as ex:
    tb = ex.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno - boom.__code__.co_firstlineno, ex)
