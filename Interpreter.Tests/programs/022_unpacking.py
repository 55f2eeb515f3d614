a, b = 1, 2
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
k, v = ("key", "value")
print(k, v)
p = q = r = 0
print(p, q, r)
x1, x2, x3 = range(3)
print(x1, x2, x3)
m, n = {"one": 1, "two": 2}
print(m, n)
pairs = [("a", 1), ("b", 2)]
for name, num in pairs:
    print(name * num)
try:
    u, w = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
try:
    u, w, z = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
i = 0
i, lst[i] = 1, 5
print(i, lst)
