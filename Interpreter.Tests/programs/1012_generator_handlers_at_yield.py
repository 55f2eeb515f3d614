# conformance: own-process
# Generators consumed from C# (sum, list, sorted, min, str.join, dict) and by for loops, suspended
# inside or outside try/finally and with blocks: the ones abandoned inside a handler run their
# finally/__exit__ when collected, the others need nothing; exceptions, PEP 479 and exc_info.
import gc
import sys

log = []


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        log.append("exit " + self.tag)
        return False


def in_finally(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally " + tag)


def in_with(tag, n):
    with CM(tag):
        yield from range(n)


def handler_after_yield(n):
    for i in range(n):
        yield i
    try:
        pass
    finally:
        log.append("late finally")


def plain(n):
    for i in range(n):
        yield i * 2


print(sum(in_finally("sum", 5)), list(in_with("list", 3)), sorted(plain(4), reverse=True))
print(min(handler_after_yield(3)), "-".join(str(x) for x in in_finally("join", 3)))
print(dict((k, k) for k in in_with("dict", 2)))
print(log)
log.clear()

g = in_finally("abandoned", 10)
for x in g:
    if x == 2:
        break
h = in_with("abandoned-with", 10)
print(next(h), next(h))
p = plain(10)
print(next(p))
del g, h, p
gc.collect()
print(sorted(log))
log.clear()

it = iter(handler_after_yield(5))
print(next(it), next(it))
del it
gc.collect()
print(log)


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    sum(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def sees_exc_info():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    print(list(sees_exc_info()), sys.exc_info()[0].__name__)
print(list(sees_exc_info()), sys.exc_info())


def fails_in_try(n):
    try:
        yield n
        1 / 0
    finally:
        log.append("fails finally")


try:
    list(fails_in_try(1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, log)
