# Exceptions raised by a generator on item k while a C# consumer drives it: the consumer stops,
# the exception and its traceback come through, the generator is finished afterwards, and the
# values already produced are not lost where the consumer keeps them.
import traceback


def failing(k, exc=ZeroDivisionError):
    for i in range(10):
        if i == k:
            raise exc("item %d" % i)
        yield i


seen = []


def logged(k):
    for v in failing(k):
        seen.append(v)
        yield v


for name, consume in (("sum", sum), ("list", list), ("tuple", tuple), ("sorted", sorted), ("max", max),
                      ("set", set), ("join", lambda g: ",".join(map(str, g))), ("enumerate", lambda g: list(enumerate(g))),
                      ("zip", lambda g: list(zip(g, g))), ("dict", lambda g: dict((v, v) for v in g))):
    seen.clear()
    g = logged(4)
    try:
        consume(g)
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(name, "ZeroDivisionError", e, seen, [f.name for f in tb], next(g, "finished"))
# The exception is caught inside the generator and it goes on.
def recovering():
    for i in range(6):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield -e.args[0]


print(sum(recovering()), list(recovering()))
# A generator that raises on its very first item; an exception with a context.
def first_fails():
    raise OSError("at start")
    yield 1


try:
    sum(first_fails())
except OSError as e:
    print("OSError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


def with_context():
    try:
        yield 1
        {}["missing"]
    except KeyError:
        raise ValueError("from handler")


try:
    print(list(with_context()))
except ValueError as e:
    print("ValueError", e, "context", repr(e.__context__))
# The consumer's own error (not the generator's): the generator stays suspended.
def numbers():
    yield 1
    yield "two"
    yield 3


g = numbers()
try:
    sum(g)
except TypeError as e:
    print("TypeError", e, next(g))
