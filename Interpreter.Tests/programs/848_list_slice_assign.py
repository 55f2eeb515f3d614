# list slice reads and assignments: same-length and resizing assignments, extended slices both
# ways, a list assigned into itself, tuples/generators/str as values, index objects with __index__
# (called before the value is iterated, as CPython does), and the errors.
l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-3:], l[:-7:-1], l[100:], l[5:2], l[::-100])
p = [3, 1, 4, 0, 5, 7, 2, 6]
k = p[0]
while k:
    p[:k + 1] = p[k::-1]
    k = p[0]
print(p)
a = list(range(8))
a[2:5] = [10, 11, 12]; print(a)
a[2:5] = [7]; print(a)
a[1:1] = ('x', 'y'); print(a)
a[5:] = []; print(a)
a[:0] = 'ab'; print(a)
a[3:1] = [99]; print(a)
a[:] = a; print(a)
a[::2] = a[1::2] + [0] * (len(a[::2]) - len(a[1::2])); print(a)
a[::-1] = list(range(len(a))); print(a)
a[1:3] = (i * i for i in range(4)); print(a)
b = [1, 2, 3]
b[:] = b[::-1]; print(b)
b[0:2] = b; print(b)
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print('index', self.v)
        return self.v
def gen():
    print('gen')
    yield 'g'
c = [0, 1, 2, 3]
c[I(1):I(3)] = gen(); print(c)
print(c[I(0):I(3):I(2)])
for bad in (lambda: c.__setitem__(slice(0, 2), 5),
            lambda: c.__setitem__(slice(I(0), 2), 5),
            lambda: c.__setitem__(slice(0, 4, 2), [1, 2, 3]),
            lambda: c.__setitem__(slice(0, 4, 0), [1]),
            lambda: c[::0],
            lambda: c['a':],
            lambda: c.__setitem__(slice(None, None, -1), [1])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = list(range(20))
print(big[2**70:], big[-2**70:3], big[::2**70], big[True:5])
class L(list):
    pass
sub = L([1, 2, 3, 4])
d = [0] * 4
d[1:3] = sub; print(d, type(sub[1:3]).__name__)
sub[::2] = [8, 9]; print(sub)
