# Calls of closures from reused frames: each call sees its own function's cells (not those of
# another function made by the same code), nonlocal writes persist across calls, deleted free
# variables, recursion through closures, generators with free variables reused by for loops and
# yield from, super()'s __class__ cell, locals() and tracebacks of closure frames.
import sys


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


a, b = make_counter(1), make_counter(100)
print([a() for _ in range(3)], [b() for _ in range(3)], [a() + b() for _ in range(3)])
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)


def make_fib():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n in memo:
            return memo[n]
        r = fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r

    return fib


f1, f2 = make_fib(), make_fib()
print(f1(60), f2(30), any(c.cell_contents is f1 for c in f1.__closure__), any(c.cell_contents is f2 for c in f2.__closure__))


def make_deleter():
    x = "alive"

    def read():
        return x

    def kill():
        nonlocal x
        del x

    return read, kill


read, kill = make_deleter()
print(read(), read())
kill()
for _ in range(2):
    try:
        read()
    except NameError as e:
        print("NameError", e)


def make_gen(tag):
    def gen(n):
        for i in range(n):
            yield tag, i

    return gen


ga, gb = make_gen("a"), make_gen("b")
out = []
for _ in range(3):
    for t in ga(2):
        out.append(t)
    for t in gb(1):
        out.append(t)
print(out)


def outer(g, n):
    yield from g(n)


print(list(outer(ga, 2)), list(outer(gb, 2)), list(outer(ga, 1)))


class Base:
    def who(self):
        return "Base"


class A(Base):
    def who(self):
        return "A>" + super().who()


class B(A):
    def who(self):
        return "B>" + super().who()


print([B().who() for _ in range(3)], [A().who() for _ in range(2)])


def make_locals(v):
    w = v * 2

    def show(k):
        return sorted(locals().items()) if k else (v, w)

    return show


s1, s2 = make_locals(1), make_locals(5)
print(s1(0), s2(0), s1(1), s2(1), s1(1))


def make_raiser(msg):
    def boom(k):
        if k:
            raise ValueError(msg)
        return k

    return boom


r1, r2 = make_raiser("one"), make_raiser("two")
for r in (r1, r2, r1):
    r(0)
    try:
        r(1)
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("ValueError", e, tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals))


def deep():
    total = 0

    def add(k):
        nonlocal total
        if k:
            total += k
            add(k - 1)

    add(50)
    add(10)
    return total


print(deep(), deep())
print(sys._getframe().f_code.co_name)
