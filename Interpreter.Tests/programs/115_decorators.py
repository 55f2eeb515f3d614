def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def trace(f):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"-> {f.__name__}({n})")
        depth[0] += 1
        r = f(n)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)
def a(f):
    print("applying a")
    return lambda: "a(" + f() + ")"
def b(f):
    print("applying b")
    return lambda: "b(" + f() + ")"
@a
@b
def base():
    return "base"
print(base())
import functools
def keep(f):
    @functools.wraps(f)
    def w(*args):
        return f(*args)
    return w
@keep
def documented():
    "The docstring."
    return 1
print(documented.__name__, documented.__doc__)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())
