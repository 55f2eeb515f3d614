def read_lines():
    data = "3\n# comment\n10\n\n7\nx\n42"
    for line in data.split("\n"):
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip() and not l.startswith("#"):
            yield l
def to_ints(lines):
    for l in lines:
        try:
            yield int(l)
        except ValueError:
            print("skipping", repr(l))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield n, total
for n, t in running_total(to_ints(non_empty(read_lines()))):
    print(n, t)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (x * x for x in naturals())
print(list(take(8, squares)))
print(list(take(3, squares)))
def window(xs, k):
    for i in range(len(xs) - k + 1):
        yield xs[i:i + k]
print(list(window([1, 2, 3, 4, 5], 3)))
