import contextlib
import functools
import io
from contextlib import ExitStack, contextmanager, redirect_stdout, suppress


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, value):
        return f"<{type(value).__name__}>"

    @fmt.register
    def _(self, value: int):
        return f"int:{value:+d}"

    @fmt.register(list)
    def _(self, value):
        return "[" + ", ".join(self.fmt(v) for v in value) + "]"


f = Formatter()
print(f.fmt(5), f.fmt([1, -2, "x"]), f.fmt(2.5), f.fmt(True))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @functools.cached_property
    def mean(self):
        self.computed += 1
        return sum(self.values) / len(self.values)


d = Dataset([1, 2, 3, 6])
print(d.mean, d.mean, d.computed, "mean" in vars(d))
del d.mean
print(d.mean, d.computed)


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(3), square(3), square(4), square(5), square(3))
print(square.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("1011"))


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


print(Money(5) >= Money(3), Money(2) > Money(9), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback with", names)
    print("body")

with ExitStack() as outer:
    outer.callback(print, "deferred")
    moved = outer.pop_all()
print("after outer")
moved.close()

with suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print(repr(buf.getvalue()))

with contextlib.nullcontext(42) as v:
    print("null", v)


class Conn:
    def close(self):
        print("conn closed")


with contextlib.closing(Conn()):
    print("using conn")


@contextmanager
def transaction():
    try:
        yield
        print("commit")
    except ValueError as e:
        print("rollback:", e)


with transaction():
    raise ValueError("bad row")
print(isinstance(tag("x"), contextlib.AbstractContextManager))
