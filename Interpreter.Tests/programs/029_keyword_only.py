def f(a, b, *, c, d=4):
    return (a, b, c, d)
print(f(1, 2, c=3))
print(f(1, b=2, c=3, d=5))
def g(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep="+"))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, e=9)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, a=1)
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
