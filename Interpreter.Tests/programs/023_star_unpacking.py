first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
head, *tail = (9,)
print(head, tail)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
d1 = {"a": 1}
d2 = {"b": 2, "a": 0}
print({**d1, **d2, "c": 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
