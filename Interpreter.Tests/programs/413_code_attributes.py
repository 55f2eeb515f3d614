# Code object attributes as introspection tools read them.
# CPython's co_flags bits (inspect.CO_*).
CO_FLAGS = {"CO_OPTIMIZED": 1, "CO_NEWLOCALS": 2, "CO_VARARGS": 4, "CO_VARKEYWORDS": 8,
            "CO_NESTED": 16, "CO_GENERATOR": 32, "CO_COROUTINE": 128, "CO_ASYNC_GENERATOR": 512}


def plain(a, b, c=3):
    total = a + b + c
    return total


def varargs(first, *rest, flag=False, **options):
    return first, rest, flag, options


def posonly(x, y, /, z):
    return x + y + z


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def producer(n):
    for i in range(n):
        yield i


def documented(x):
    """Double a value."""
    return 2 * x


class Shape:
    def area(self):
        return 0


def describe(fn):
    code = fn.__code__
    flags = [name for name, bit in CO_FLAGS.items() if code.co_flags & bit]
    print(f"{code.co_name} ({code.co_qualname})")
    print("  args:", code.co_argcount, "posonly:", code.co_posonlyargcount, "kwonly:", code.co_kwonlyargcount)
    print("  varnames:", code.co_varnames, "nlocals:", code.co_nlocals)
    print("  cellvars:", code.co_cellvars, "freevars:", code.co_freevars)
    print("  flags:", flags)
    print("  firstlineno:", code.co_firstlineno, "file:", code.co_filename.rsplit("/", 1)[-1])


describe(plain)
describe(varargs)
describe(posonly)
describe(make_counter)
describe(make_counter(0))
describe(producer)
describe(Shape.area)


def factory():
    class Local:
        def method(self):
            return [x for x in range(3)]
    return Local


describe(factory().method)
describe(lambda q: q)

print("co_consts[0] is the docstring:", documented.__code__.co_consts[0])
print("co_consts[0] without one:", plain.__code__.co_consts[0])
print("3 in plain consts:", 3 in plain.__code__.co_consts, 2 in documented.__code__.co_consts)
print("names:", sorted(make_counter.__code__.co_names), sorted(producer.__code__.co_names))
print("stacksize positive:", plain.__code__.co_stacksize > 0)
print("co_code is bytes:", type(plain.__code__.co_code).__name__, len(plain.__code__.co_code) > 0)
print(type(plain.__code__).__name__)


def lines_of(fn):
    """The distinct source lines a function's code covers, relative to its def line."""
    first = fn.__code__.co_firstlineno
    return sorted({line - first for _, _, line in fn.__code__.co_lines() if line is not None})


print("plain lines:", lines_of(plain))
print("make_counter lines:", lines_of(make_counter))
print("producer lines:", lines_of(producer))
starts = [start for start, end, line in plain.__code__.co_lines()]
print("co_lines starts ascending:", starts == sorted(starts))
print("ranges contiguous:", all(a[1] == b[0] for a, b in zip(list(plain.__code__.co_lines()), list(plain.__code__.co_lines())[1:])))


def positions_on(fn, rel_line):
    """The source columns of the expressions on one line (as co_positions reports them)."""
    line = fn.__code__.co_firstlineno + rel_line
    spans = [(c, ec) for l, el, c, ec in fn.__code__.co_positions() if l == line and el == line and c is not None]
    return min(c for c, _ in spans), max(ec for _, ec in spans)


print("plain line +1 spans:", positions_on(plain, 1))
print("varargs line +1 spans:", positions_on(varargs, 1))


# code.replace(): a renamed copy, as decorators that rebrand functions do.
renamed = plain.__code__.replace(co_name="renamed", co_qualname="renamed")
print(renamed.co_name, renamed.co_qualname, plain.__code__.co_name, renamed.co_varnames == plain.__code__.co_varnames)
moved = plain.__code__.replace(co_firstlineno=100)
print("moved lines:", sorted({l for _, _, l in moved.co_lines() if l is not None}))
plain.__code__ = renamed
print(plain(1, 2), plain.__code__.co_name)
try:
    plain.__code__.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
