# Calls that push a frame inline with the arguments moved after the frame is current: plain
# functions and stored bound methods (self first), exact and inexact argument counts, binding
# errors raised in the caller, frames and f_back seen from inside, the function__entry order
# seen by a profiler, and the caller's stack left clean.
import sys


class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, a, b=0):
        self.total += a + b
        return self.total

    def where(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals)

    def down(self, n):
        return self.total if n == 0 else self.down(n - 1)


def three(a, b, c):
    return (a, b, c)


acc = Acc(10)
add = acc.add
print(add(1), add(2, 3), add(a=4), add(5, b=6), acc.total)
where = acc.where
print(where())
down = acc.down
print(down(50), [down(i) for i in range(3)])
print(three(1, 2, 3), three(*"xyz"), three(1, c=3, b=2))


def call_bad():
    try:
        add()
    except TypeError as e:
        print("TypeError:", e)
    try:
        add(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        three(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    return "after"


print(call_bad())


def caller_stack():
    # the result of each inline call lands where the callable was; temporaries stay in order
    return [three(i, add(0), -i) for i in range(3)], (add(1), three(add(0), 7, 8))


print(caller_stack())
seen = []


def prof(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("add", "three", "down"):
        seen.append((event, frame.f_code.co_name, frame.f_locals.get("a"), arg if event == "return" else None))


sys.setprofile(prof)
add(100)
three(7, 8, 9)
down(1)
sys.setprofile(None)
print(seen)


def boom(x):
    raise KeyError(x)


class Bomb:
    def go(self, x):
        return boom(x) + 1


go = Bomb().go
for i in range(3):
    try:
        go(i)
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(repr(e), names)
print(add(0), three(1, 2, 3))
