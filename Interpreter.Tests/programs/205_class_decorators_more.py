import functools

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} args, got {len(args)}")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls

@add_repr
@add_init
class Pair:
    fields = ("left", "right")

print(Pair(1, "two"))
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)

registry = []
def register(name):
    def deco(cls):
        registry.append((name, cls.__name__))
        cls.tag = name
        return cls
    return deco

@register("first")
class A:
    pass
@register("second")
class B(A):
    pass
print(registry, A.tag, B.tag)

def total_order(cls):
    return functools.total_ordering(cls)

@total_order
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") <= Version("0.1"))

# class decorator replacing the class
def wrap(cls):
    class Wrapped(cls):
        def hello(self):
            return "wrapped " + super().hello()
    Wrapped.__name__ = cls.__name__
    return Wrapped
@wrap
class Greeter:
    def hello(self):
        return "hello"
print(Greeter().hello(), Greeter.__name__, Greeter.__mro__[1].__name__)

# decorating methods with a class-based decorator
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CountCalls
def square(x):
    """Square it."""
    return x * x
print(square(3), square(4), square.calls, square.__name__, square.__doc__)

def singleton(cls):
    return cls()
@singleton
class settings:
    debug = False
print(type(settings).__name__, settings.debug)
