# Generators consumed by for loops and comprehensions: pipelines, early exits, return values
# dropped by the loop, exceptions raised inside a generator reaching the consumer's handler,
# StopIteration escaping a generator (PEP 479), exception state seen inside and outside,
# and generators that nest recursively.
import sys


def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line


def parse(records):
    for lineno, line in records:
        name, _, value = line.partition("=")
        if not value:
            raise ValueError(f"line {lineno}: missing '=' in {line!r}")
        yield name.strip(), int(value)


def total(lines):
    result = {}
    for name, value in parse(read_records(lines)):
        result[name] = result.get(name, 0) + value
    return result


config = """
# counts
apples = 3
pears = 4

apples = 10
"""
print(sorted(total(config.splitlines()).items()))

try:
    total(["a = 1", "broken", "b = 2"])
except ValueError as e:
    print("ValueError:", e)


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print([x for x in countdown(5)], sum(countdown(100)), max(countdown(7)))
for x in countdown(3):
    if x == 2:
        print("stopping early at", x)
        break
else:
    print("not reached")

g = countdown(2)
print(list(g), list(g), next(g, "exhausted"))


def leaks_stop(items):
    it = iter(items)
    while True:
        yield next(it) * 2       # StopIteration here becomes a RuntimeError


try:
    for v in leaks_stop([1, 2]):
        print("doubled", v)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__suppress_context__)


def failing():
    yield "first"
    {}["missing"]


def wrapper():
    try:
        for item in failing():
            yield item.upper()
    except KeyError as e:
        yield f"recovered from KeyError {e}"
    finally:
        print("wrapper cleanup")


print(list(wrapper()))


def exc_info_probe():
    yield sys.exc_info()[0]
    try:
        raise LookupError("inside")
    except LookupError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise OSError("outside")
except OSError:
    for seen in exc_info_probe():
        print("generator sees", seen.__name__, "| consumer sees", sys.exc_info()[0].__name__)


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        for line in walk(child, depth + 1):
            yield line


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)


def state_probe():
    yield gen.gi_running
    yield sys._getframe().f_back.f_code.co_name


def consume():
    return [v for v in gen]


gen = state_probe()
print(consume(), gen.gi_running, gen.gi_frame)


def self_consuming():
    for x in me:
        yield x


me = self_consuming()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def delegate():
    result = yield from countdown(2)
    yield result


print(list(delegate()))
