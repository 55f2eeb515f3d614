# Comparisons of ints, floats and strs, including chains and the cases where exactness matters.
big = 2**53
print(big + 1 > float(big + 1), float(big + 1) == big, big + 1 == big + 1.0, 2**64 == 2.0**64)
print(10**20 < 1e20 + 1, 10**400 > 1e308, -10**400 < -1e308, 10**400 > float("inf"))
print(0.1 + 0.2 == 0.3, 0.5 == 1 / 2, 1 == 1.0, -0.0 == 0, 3 >= 3.0 > 2)
nan = float("nan")
print(nan < 1, nan > 1, nan == 1, nan != 1, 1 < nan, max(1, nan), min(nan, 1))
print(2**100 > 2**99, -(2**100) < 2**99, 2**100 == 2**100, 2**100 != 2**100 + 1, 2**63 > 2**63 - 1)
for a, b in ((1, 2), (2, 2), (3, 2), (-1, -2), (2**70, 2**70 + 1)):
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ["banana", "Apple", "cherry", "apple", "", "b", "ba", "Zed", "éclair", "zèbre"]
print(sorted(words))
print([w for w in words if "b" <= w < "c"])
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "a" == "a", "a" != "a")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, "a" < "b" < "c" < "b")
print((1, 2) < (1, 3), [1, 2] == [1, 2.0], (1, "a") < (1, "b"), [] < [0])
try:
    1 < "2"
except TypeError as e:
    print(e)
try:
    "a" >= 2.5
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(1 == "1", "a" != 1, None == 0, None is None)

def binsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        elif xs[mid] > target:
            hi = mid - 1
        else:
            return mid
    return -lo - 1

xs = [i * 1.5 for i in range(50)]
print([binsearch(xs, t) for t in (0, 1.5, 3, 4, 73.5, 74, -1)])
names = sorted(["mia", "al", "zoe", "bo", "li"])
print([binsearch(names, t) for t in ("al", "bo", "cy", "zoe", "zz")])
