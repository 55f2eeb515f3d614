data = [("apple", 3, 1.5), ("fig", 10, 0.5), ("banana", 3, 0.25), ("cherry", 7, 3.0), ("date", 10, 2.0)]
print([d[0] for d in sorted(data, key=lambda d: d[1])])
print([d[0] for d in sorted(data, key=lambda d: d[1], reverse=True)])
print([d[0] for d in sorted(data, key=lambda d: (d[1], d[2]))])
print([d[0] for d in sorted(data, key=lambda d: len(d[0]))])
print([d[0] for d in sorted(data, key=lambda d: len(d[0]), reverse=True)])
from operator import itemgetter, attrgetter
print([d[0] for d in sorted(data, key=itemgetter(2))])
print(sorted(data, key=itemgetter(1, 0))[0])
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return self.name
ps = [P("x", 30), P("y", 20), P("z", 30)]
print(sorted(ps, key=attrgetter("age")), sorted(ps, key=attrgetter("age", "name"), reverse=True))
print(sorted("bca"), sorted("bca", reverse=True), sorted([0.5, -2, 1], key=abs, reverse=True))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
