def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
print(f(*args))
print(f(*args, 3, 4))
print(f(*"xy"))
print(f(*range(5)))
kwargs = {"b": 20, "c": 30}
print(f(1, **kwargs))
print(f(**{"a": 1, "b": 2, "z": 26}))
print(f(*[1], *[2, 3], **{"k": 1}, **{"j": 2}))
print(max(*[3, 9, 2]), min(*(5, 4)))
print(*[1, 2, 3])
print(*"abc", sep="|")
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def point(x, y):
    return "(%d, %d)" % (x, y)
pts = [(1, 2), (3, 4)]
print([point(*p) for p in pts])
print(point(**dict(y=9, x=8)))
