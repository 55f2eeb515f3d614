class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double), callable(5))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return (self.n, args, kwargs)
c = Counter()
print(c(), c(1, 2), c(key="v"))
print(callable(len), callable(Counter), callable(lambda: 0), callable("str"))
class Accumulate:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self
acc = Accumulate()
acc(1)(2)(3)
print(acc.total)
print(sorted([3, 1, 2], key=Multiplier(-1)))
