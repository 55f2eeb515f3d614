t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), (1, 2), tuple([4, 5]), tuple("ab"))
single = 5,
print(single, type(single).__name__)
a, b, c = t
print(a, b, c)
print(t + (4,), t * 2)
print(t.count(2), t.index(3))
print(2 in t, 5 in t)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print(tuple(x * x for x in range(4)))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi)
print(repr((1,)), str(("a", "b")))
print(hash((1, 2)) == hash((1, 2)))
x = 1
y = 2
x, y = y, x
print(x, y)
