# Closures over cells that a loop keeps modifying: late binding, nonlocal counters, cells of
# arguments, cells read by generators and by nested closures, and a deleted cell.
def late_binding():
    fs = []
    for i in range(4):
        fs.append(lambda: i)
    return [f() for f in fs]


def early_binding():
    return [f() for f in [lambda i=i: i for i in range(4)]]


def counter():
    n = 0

    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc


def loop_modifies(k):
    total = 0
    seen = []

    def add(x):
        nonlocal total
        total += x
        seen.append(total)

    def peek():
        return total
    for i in range(k):
        add(i)
        total *= 2 if i % 2 else 1
        seen.append(peek())
    return total, seen


def argument_cell(a, b=10):
    def get():
        return a + b
    r = [get()]
    for _ in range(3):
        a += 1
        b -= 1
        r.append(get())
    return r


def generator_cell():
    x = 0

    def gen():
        while x < 5:
            yield x
    g = gen()
    out = []
    for _ in range(3):
        out.append(next(g))
        x += 2
    out.extend(g)
    return out


def nested_cells():
    a = 1

    def outer():
        b = 2

        def inner():
            return a * 10 + b
        res = []
        nonlocal a
        for _ in range(3):
            res.append(inner())
            a += 1
            b += 1
        return res
    return outer(), a


def deleted_cell():
    v = 5

    def read():
        return v
    first = read()
    del v
    try:
        read()
    except NameError as e:
        return first, str(e)


def many_calls():
    acc = 0

    def step(i):
        nonlocal acc
        acc = acc * 3 + i
        return acc
    for i in range(2000):
        step(i % 7)
        acc %= 1000003
    return acc


class WithClassCell:
    def who(self):
        return __class__.__name__

    def sup(self):
        return super().__repr__()[:1]


print(late_binding())
print(early_binding())
c = counter()
print([c() for _ in range(3)], c(10))
c2 = counter()
print(c2(), c())
print(loop_modifies(6))
print(argument_cell(1))
print(argument_cell(5, b=0))
print(generator_cell())
print(nested_cells())
print(deleted_cell())
print(many_calls(), many_calls())
print(WithClassCell().who(), WithClassCell().sup())
