# Decorators: factories with arguments, class-based decorators, stacking order, state, method decorators
import functools
def trace(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} -> {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            print(f"{prefix} <- {result!r}")
            return result
        return wrapper
    return deco
def twice(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*fn(*a) if isinstance(fn(*a), tuple) else (fn(*a),))
    return wrapper
@trace("outer")
@trace("inner")
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__.__name__)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self.__call__, obj)
@CountCalls
def square(n):
    return n * n
print([square(i) for i in range(4)], square.calls, square.__name__)
class Widget:
    @CountCalls
    def render(self, x):
        return f"<{x}>"
w = Widget()
print(w.render("a"), w.render("b"), Widget.render.calls)
def retry(times, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "ok"
print(flaky())
@retry(2)
def always_fails():
    raise ValueError("never")
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
plugins = {}
@register(plugins)
class Alpha: pass
@register(plugins)
class Beta: pass
print(sorted(plugins))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 1000), key=collatz_len), collatz_len(27), len(collatz_len.cache))
def decorate_methods(deco):
    def cls_deco(cls):
        for name, val in list(vars(cls).items()):
            if callable(val) and not name.startswith("__"):
                setattr(cls, name, deco(val))
        return cls
    return cls_deco
def shout(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a).upper()
    return w
@decorate_methods(shout)
class Greeter:
    def hello(self, n): return f"hello {n}"
    def bye(self): return "bye"
g = Greeter()
print(g.hello("x"), g.bye(), Greeter.hello.__name__)
order = []
def mark(tag):
    order.append(f"define {tag}")
    def deco(fn):
        order.append(f"apply {tag}")
        return fn
    return deco
@mark("a")
@mark("b")
def target(): pass
print(order)
