print(any([]), all([]))
print(any([0, 0, 1]), all([1, 1, 0]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any("abc"), all(""), all([[]]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
