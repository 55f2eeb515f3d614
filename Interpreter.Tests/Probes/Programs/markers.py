import sys
import gc


def hook(event, args):
    if event == "my.event":
        print("hook saw", event, args)


sys.addaudithook(hook)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Error(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def fail():
    raise Error("boom")


points = [Point(i, i * 2) for i in range(3)]
total = sum(len(str(p.x)) for p in points)
values = [parse("12"), parse("x")]
try:
    fail()
except Error:
    pass
import tracepkg
try:
    import no_such_module_here
except ImportError:
    pass
sys.audit("my.event", 1, "two", (3.5, None))
gc.collect(0)
gc.collect(1)
gc.collect(2)
l = []
l.append(l)
del l
print("collected", gc.collect(2))
print(values, total)
