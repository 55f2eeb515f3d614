# Tracebacks through Python-to-Python calls (which run inline in the caller's loop): every frame's
# line, the line of the call in each caller, and a second traceback after the frames were reused.
import os
import sys
import traceback


def where(tb):
    return [(os.path.basename(fs.filename), fs.name, fs.lineno) for fs in traceback.extract_tb(tb)]


def leaf(x):
    y = x + 1
    if y > 3:
        raise ValueError("leaf %d" % y)
    return y


def middle(x):
    a = leaf(x)
    b = leaf(
        x + 2)
    return a + b


def top(x):
    total = 0
    for i in range(x):
        total += middle(i)
    return total


for n in (1, 2, 3):
    try:
        print("top", n, top(n))
    except ValueError as e:
        print("caught", e, where(e.__traceback__))

# The same functions again: frames of finished calls are reused.
try:
    top(5)
except ValueError as e:
    print("again", e, where(e.__traceback__))


def keyword_callee(*, k):
    return 1 // k


def keyword_caller(k):
    return keyword_callee(k=k) + 1


try:
    keyword_caller(0)
except ZeroDivisionError as e:
    print("kw", where(e.__traceback__))


class Node:
    def __init__(self, v):
        if v < 0:
            raise KeyError(v)
        self.v = v

    def child(self, d):
        return Node(self.v - d)


try:
    Node(3).child(1).child(5)
except KeyError as e:
    print("init", repr(e), where(e.__traceback__))


def handler_raises(x):
    try:
        return leaf(x)
    except ValueError:
        return {}[x]


try:
    handler_raises(9)
except KeyError as e:
    print("context", type(e.__context__).__name__, where(e.__traceback__), where(e.__context__.__traceback__))


def reraise(x):
    try:
        leaf(x)
    except ValueError:
        raise


try:
    reraise(7)
except ValueError as e:
    print("reraise", where(e.__traceback__))


def tb_frames(x):
    try:
        middle(x)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
            tb = tb.tb_next
        return lines


print("frames", tb_frames(5))
print("frames", tb_frames(6))
print(sys.exc_info())
