# g.send(v) from Python code: values in and out, the return value's StopIteration, a just-started
# generator, exceptions leaving the generator (with their traceback), re-entry, exc_info, and
# send as a plain callable or with keywords.
import sys
import traceback


def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return total, count
        total += v
        count += 1
        avg = total / count


a = averager()
print(a.send(None), a.send(10), a.send(20), a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    a.send(1)
except StopIteration as e:
    print("again", e.value, e.args)
b = averager()
try:
    b.send(5)
except TypeError as e:
    print("TypeError", e)
print(b.send(None), b.send(4))


def fails():
    x = yield 1
    yield 10 // x


f = fails()
next(f)
try:
    f.send(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
print(next(f, "finished"))


def reenter():
    yield me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)


def state():
    v = yield sys.exc_info()[0]
    while True:
        try:
            raise KeyError(v)
        except KeyError:
            v = yield sys.exc_info()[0], v


s = state()
print(s.send(None))
try:
    raise OSError
except OSError:
    print(s.send(1), sys.exc_info()[0].__name__)
print(s.send(2), sys.exc_info())
send = s.send
print(send(3), type(s).send(s, 4))
try:
    s.send(value=5)
except TypeError as e:
    print("TypeError", e)
try:
    s.send()
except TypeError as e:
    print("TypeError", e)


def leak():
    yield
    raise StopIteration("inner")


g = leak()
g.send(None)
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def pipeline(n):
    acc = averager()
    acc.send(None)
    last = None
    for i in range(n):
        last = acc.send(i)
    return last


print(pipeline(1000), sum(pipeline(k) for k in range(1, 50)))
