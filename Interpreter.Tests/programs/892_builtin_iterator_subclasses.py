# enumerate, zip, map, filter and reversed as base classes, their pickling, and reversed() over
# sequences and dicts, compared with CPython 3.11.
import copy
import operator
import pickle


class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v


print(list(Numbered("abc")), [x for x in Numbered("xy", 1)], next(Numbered("q")))
print(sum(i for i, _ in Numbered("abcd")))


class Tagged(zip):
    tag = "t"

    def __init__(self, *its, strict=False):
        self.count = len(its)


z = Tagged("ab", [1, 2])
print(type(z).__name__, isinstance(z, zip), z.tag, z.count, list(z), z.__dict__)
z.extra = 5
print(z.extra, sorted(vars(z)))


class Upper(map):
    def __iter__(self):
        return iter(["replaced"])


print(list(Upper(str.upper, "ab")), type(Upper(str, "")).__mro__)


class Keep(filter):
    def __init__(self, fn, it, *, note=None):
        self.note = note


k = Keep(None, [0, 1, 2, 0, 3], note="kw ok")
print(list(k), k.note)
try:
    map(str, "a", x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None, [], x=1)
except TypeError as e:
    print("TypeError:", e)


class Back(reversed):
    pass


print(type(Back([1, 2, 3])).__name__, type(Back((1, 2, 3))).__name__, list(Back("abc")))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 1:
            raise IndexError(i)
        return i * 100


r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())


class NoLen:
    def __getitem__(self, i):
        return i


class NotReversible(list):
    __reversed__ = None


for bad in (NoLen(), NotReversible([1]), 5, {1, 2}):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)

d = {"a": 1, "b": 2, "c": 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, it.__length_hint__(), list(it))


class MyDict(dict):
    pass


print(list(reversed(MyDict(x=1, y=2))))

# Pickling and copying keep the position.
e = enumerate("abcd", 5)
next(e)
print(pickle.loads(pickle.dumps(e)).__next__(), copy.copy(e).__next__())
z = zip("abc", range(3), strict=True)
next(z)
z2 = pickle.loads(pickle.dumps(z))
print(list(z2))
print(list(pickle.loads(pickle.dumps(map(operator.add, [1, 2], [10, 20])))))
print(list(pickle.loads(pickle.dumps(filter(None, [0, 7, 0, 8])))))
r = reversed((1, 2, 3, 4))
next(r)
print(r.__reduce__()[1:], list(pickle.loads(pickle.dumps(r))))
r.__setstate__(10)
print(list(r))
r = reversed("xyz")
list(r)
print(r.__reduce__(), r.__length_hint__())
rd = reversed({1: "a", 2: "b"})
next(rd)
print(rd.__reduce__()[1])
n = Numbered("pq")
n.label = "kept"
n2 = pickle.loads(pickle.dumps(n))
print(type(n2).__name__, hasattr(n2, "label"), list(n2))

try:
    zip("ab", "c", strict=True).__setstate__()
except TypeError as e:
    print("TypeError:", e)

for f in (lambda: zip("a", newarg=3), lambda: enumerate("a", newarg=1), lambda: enumerate("a", 0, start=1),
          lambda: zip("a", strict=True, x=1), lambda: Tagged("a", newarg=3)):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(list(enumerate(iterable="ab", start=3)), list(zip("ab", "cd", strict=True)))


class Noted(reversed):
    def __init__(self, seq, note=None):
        self.note = note


nr = Noted((1, 2), note=3)
print(list(nr), nr.note)
try:
    Back((1, 2), x=1)
except TypeError as e:
    print("TypeError:", e)
