def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def apply_twice(f, x):
    return f(f(x))
def add_three(x):
    return x + 3
print(apply_twice(add_three, 10), apply_twice(lambda s: s + s, "ab"))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3), sorted(ops))
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo()(80))
print(outer.__name__, outer(1).__name__, outer(1)(2).__name__)
print(outer(1).__qualname__, outer(1)(2).__qualname__)
