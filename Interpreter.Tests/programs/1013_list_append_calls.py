# lst.append(x) in every call shape: the method call, unbound through list.append, through a
# bound method object, on list subclasses (with and without their own append), with the wrong
# self, argument count or a keyword; appending a list to itself; inside generators and loops.
import sys


class L(list):
    pass


class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x * 10)


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


print(fill([], 5), fill(L(), 3), type(fill(L(), 1)).__name__)
print(fill(Loud(), 2))
a = []
list.append(a, "unbound")
m = a.append
m("bound")
print(a)
for bad in (lambda: list.append((), 1), lambda: list.append(1, 2), lambda: a.append(),
            lambda: a.append(1, 2), lambda: a.append(x=1), lambda: list.append(a),
            lambda: list.append()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
b = [1]
b.append(b)
print(b, b[1] is b)


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


print(list(chunks(range(10), 4)))
grid = []
for i in range(3):
    row = []
    grid.append(row)
    for j in range(3):
        row.append(i * j)
print(grid)
s = L([1])
s.append(2)
s.extra = "attr"
print(s, s.extra, isinstance(s, list))


def tracer(frame, event, arg):
    if event == "c_call" and getattr(arg, "__name__", "") == "append":
        print("c_call", arg.__name__)
    return None


out = []
sys.setprofile(tracer)
out.append(1)
sys.setprofile(None)
print(out)
