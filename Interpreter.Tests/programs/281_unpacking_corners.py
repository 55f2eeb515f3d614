# Unpacking corner cases: nested targets, starred in various positions, swaps, errors, dict/set unpacking
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, *z]], w = [10, [20, 30, 40]], 50
print(x, y, z, w)
first, *middle, last = "abcdef"
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = range(1)
print(head, rest)
p, q = q, p = 1, 2
print(p, q)
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, 99
print(i, lst)
d = {}
d["k"], d["v"] = "key", "value"
print(d)
class O: pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
for (k, v), n in zip({"x": 1, "y": 2}.items(), range(5)):
    print(k, v, n)
for idx, (ch, *others) in enumerate(["ab", "cde"]):
    print(idx, ch, others)
print(*range(3), *"xy", sep="|")
print([*range(2), *[5], *(7, 8)], (*"ab",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(), **{"x": 1}, y=2, **{}))
for bad in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 1", "(a, b), c = 1, 2"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
m = [[1, 2], [3, 4]]
(r1c1, r1c2), (r2c1, r2c2) = m
print(r1c1 + r2c2, r1c2 * r2c1)
s = "hello world"
(first_word, second_word), length = s.split(), len(s)
print(first_word, second_word, length)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
t = 1,
print(t, type(t).__name__, (), len(((),)))
values = {"one": 1, "two": 2}
one, two = values
print(one, two, *values.values())
gen = (n * n for n in range(3))
g0, g1, g2 = gen
print(g0, g1, g2)
