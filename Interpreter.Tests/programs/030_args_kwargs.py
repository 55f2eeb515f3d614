def f(*args):
    return args
print(f(), f(1), f(1, "two", [3]))
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2))
def h(a, b=2, *args, c=3, **kwargs):
    print("a", a, "b", b, "args", args, "c", c, "kwargs", kwargs)
h(1)
h(1, 5, 6, 7)
h(1, c=9, z=26)
h(1, 2, 3, c=4, d=5, e=6)
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=10))
def describe(**info):
    for k in sorted(info):
        print(" ", k, "=", info[k])
describe(name="x", size=3, colour="red")
def wrapper(*a, **k):
    return h(*a, **k)
wrapper(10, 20, 30, c=40, q=50)
print(type(f()).__name__, type(g()).__name__)
