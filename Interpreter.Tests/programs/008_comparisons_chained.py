x = 5
print(1 < x < 10, 1 < x > 10, 5 <= x <= 5, 0 < x < 3)
print(1 < 2 < 3 < 4, 1 < 2 > 3 < 4)
print(1 == 1.0, 1 != 2, "a" < "b", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (2,) > (1, 9))
def f(v):
    print("f", v)
    return v
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
a = b = c = 7
print(a == b == c, a is b)
print(1 < 2 == 2, 3 > 2 != 2)
print(1 in [1, 2] in [[1, 2]], "x" not in "abc")
print(None is None, None is not None)
print(2 <= 2.0, 3 >= 3.5)
print("abc" == "abc", "abc" != "ABC")
print([] == [], {} == {}, {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(max(3, 7) > min(3, 7))
