# sys.settrace switched on and off inside calls that run as inline frames: which events the
# frames already running and the frames called afterwards report.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def leaf(x):
    return x + 1


def turn_on():
    sys.settrace(tracer)
    return leaf(1)


def turn_off():
    sys.settrace(None)
    return 0


def middle(n):
    total = 0
    for i in range(n):
        if i == 1:
            total += turn_on()
        if i == 3:
            total += turn_off()
        total += leaf(i)
    return total


def outer():
    return middle(5) + leaf(10)


print(outer())
for e in events:
    print(e)
events.clear()


class C:
    def __init__(self, v):
        self.v = leaf(v)


def make(n):
    sys.settrace(tracer)
    objs = [C(i) for i in range(n)]
    sys.settrace(None)
    return [o.v for o in objs]


print(make(2))
for e in events:
    print(e)
