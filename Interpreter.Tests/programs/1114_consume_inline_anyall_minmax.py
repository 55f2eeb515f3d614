# any/all/min/max of a generator run inline (Interpreter.ConsumeInline): short circuits leave the
# generator suspended, truth and comparisons that run code, errors, key=/default= forms.
import sys, traceback


def gen(items, log=None):
    for x in items:
        if log is not None:
            log.append(x)
        yield x


for items in ([], [0], [1], [0, 0, 3, 0], [False, None, 0, 0.0, ""], [None, [], (), {}, 2 ** 80], [1, 2, 3], [1, 0, 2]):
    print(items, any(gen(items)), all(gen(items)), any(x for x in items), all(x for x in items))


class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v, sys._getframe(1).f_code.co_name)
        return self.v


class MyInt(int):
    def __bool__(self):
        print("MyInt.__bool__", int(self))
        return False


log = []
g = gen([0, Truth(False), Truth(True), 7, 8], log)
print(any(g), log, next(g), list(g))
log = []
g = gen([1, Truth(True), MyInt(5), 9], log)
print(all(g), log, list(g))
print(any(MyInt(x) for x in [3]), all(MyInt(x) for x in [3]))


class BadBool:
    def __bool__(self): raise ValueError("no truth")


for f in (any, all):
    try:
        f(x for x in [0, 1, BadBool()] if f is any or x != 0)
    except ValueError as e:
        print(f.__name__, "ValueError", e)

print(min(gen([3, 1, 2])), max(gen([3, 1, 2])), min(x for x in [2.5, 1.5]), max(x for x in [2.5, 1.5]))
print(min(x for x in [3, 1.5, 2]), max(x for x in [1, 2 ** 70, -1]), max(x for x in "hello"), min(x for x in [(2, 1), (1, 9)]))
print(max(x for x in [1, True, 1.0]), min(x for x in [1, True, 1.0]), max(x for x in [float("nan"), 1.0]), max(x for x in [1.0, float("nan")]))
print(max(x for x in [-0.0, 0.0]), min(x for x in [0.0, -0.0]), max(x for x in [2, 2.0]), min(x for x in [MyInt(2), 2]))
print(max((x for x in [1, 5, 3]), key=lambda v: -v), min((x for x in []), default="empty"), max((x for x in [4]), default=0))


class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"


print(max(Cmp(i) for i in [2, 5, 1]), min(Cmp(i) for i in [2, 5, 1]))


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: max(x for x in []))
show(lambda: min(gen([])))
show(lambda: max(x for x in [1, "a"]))
show(lambda: min(x for x in ["a", 1]))
show(lambda: max(x for x in [None, None]))
show(lambda: any(x for x in [1], ))
show(lambda: any(gen([1]), 2))
show(lambda: max(gen([1]), 2))
show(lambda: min(gen([3]), key=None))


def boom():
    yield 1
    yield {}["missing"]


for f in (any, all, min, max):
    try:
        f(x for x in boom() if f is not any)
    except KeyError:
        print(traceback.format_exc().replace(__file__, "FILE"))


def stops():
    yield 0
    raise StopIteration


for f in (any, all, min, max):
    try:
        print(f(x + 1 for x in stops()))
    except RuntimeError as e:
        print(f.__name__, "RuntimeError", e)
