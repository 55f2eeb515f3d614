class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += self.step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __contains__(self, x):
        return self.start <= x < self.stop and (x - self.start) % self.step == 0

r = Range2(0, 10, 3)
print(list(r), len(r), list(reversed(r)), 6 in r, 7 in r)
print(sorted(r, reverse=True), sum(r), list(zip(r, r)))

class Seq:
    """Old-style iteration via __getitem__."""
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i] * 2
s = Seq([1, 2, 3])
print(list(s), 4 in s, 5 in s)
it = iter(s)
print(next(it), next(it), next(it), next(it, "end"))

class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]

p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek("none"))

# iter with sentinel
data = [3, 2, 1, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))

# iterator exhaustion and reuse
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"
o = Once()
print(list(o), list(o))

# enumerate/zip/map/filter/reversed are iterators
for obj in (enumerate([]), zip(), map(str, []), filter(None, []), reversed([]), iter(()), iter({})):
    print(type(obj).__name__, iter(obj) is obj)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda a, b: a + b, [1, 2], [10, 20, 30])
print(list(m))
print(list(filter(lambda v: v % 2, range(7))), list(filter(None, [0, 1, "", "x", None, []])))
print(list(enumerate("xyz", start=5)))
d = {"b": 1, "a": 2}
print(list(reversed(d)), list(reversed(d.items())))
