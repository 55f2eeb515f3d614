# functools: reduce, partial, lru_cache, wraps, total_ordering, singledispatch, cached_property, cmp_to_key
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func is power, square.args, sorted(square.keywords.items()))
p2 = partial(partial(max, 3), 10)
print(p2(5), p2.args, type(p2).__name__)
calls = []
@lru_cache(maxsize=3)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 1, 2, 5]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits, fib.cache_info().misses)
@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(40))
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("logged", fn(*args, **kwargs))
    return wrapper
@logged
def add(a, b):
    """Add two things."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4), add.__qualname__)
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9), Version(1) >= Version(2))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(5), describe("hi"), describe([1, 2]), describe(2.5), describe(True))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(5))
class Cfg:
    def method(self, a, b): return a - b
    pm = functools.partialmethod(method, b=1)
print(Cfg().pm(10))
