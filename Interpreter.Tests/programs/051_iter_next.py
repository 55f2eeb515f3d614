it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("exhausted")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for v in Countdown(2):
    print("v", v)
it2 = iter(range(3))
print(iter(it2) is it2)
calls = [0]
def gen_val():
    calls[0] += 1
    return calls[0]
print(list(iter(gen_val, 4)))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str, [1, 2])
print(next(m), next(m), next(m, None))
f = filter(None, [0, 1, "", "a"])
print(list(f))
