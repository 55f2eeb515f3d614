# array.array: subclasses, weak references, iterator pickling and exhaustion, repeat errors,
# slot-wrapper argument counts, MutableSequence registration, 'u' items beyond U+10FFFF.
import array, pickle, weakref, copy, collections.abc


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Samples(array.array):
    """An array with a name and a derived method."""
    def __new__(cls, typecode, items=(), name="?"):
        self = super().__new__(cls, typecode, items)
        self.name = name
        return self

    def mean(self):
        return sum(self) / len(self) if self else 0.0

    def __repr__(self):
        return f"Samples<{self.name}>{list(self)}"


s = Samples('d', [1.0, 2.0, 4.5], name="temps")
print(type(s).__name__, s, s.mean(), isinstance(s, array.array), s.typecode, s.itemsize)
s.append(7.5)
print(s, len(s), s[1:3], type(s[1:3]).__name__)
print(s.name, s.__dict__)
c = copy.copy(s)
print(type(c).__name__, c.tolist())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(r).__name__, r.tolist(), getattr(r, "name", None))


class Counting(array.array):
    def append(self, x):
        print("append", x)
        super().append(x)

k = Counting('i')
k.append(3)
k.extend([4, 5])
print(k.tolist(), k == array.array('i', [3, 4, 5]))

# weak references
a = array.array('b', [1, 2])
w = weakref.ref(a)
print(w() is a, weakref.getweakrefcount(a))
d = weakref.WeakValueDictionary()
d["x"] = s
print(list(d.keys()))

# iterators: exhausted stays exhausted; pickled with their position
a = array.array('i', [10, 20, 30])
done, fresh = iter(a), iter(a)
for _ in done:
    next(fresh)
a.append(40)
print(list(done), list(fresh))
it = iter(a)
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))))
list(it)
print(it.__reduce__()[1:])
it = iter(a)
it.__setstate__(-5)
print(next(it))
it.__setstate__(99)
attempt("after end", lambda: next(it))
attempt("iter type", lambda: type(iter(a))())

# repeat
attempt("mul str", lambda: a * "x")
attempt("rmul str", lambda: "x" * a)
attempt("mul float", lambda: a * 2.5)
print(a * 2, 2 * a, a * -1)
b = a
b *= 2
print(b is a, len(a))
def imul_bad():
    x = array.array('i', [1])
    x *= "bad"
attempt("imul str", imul_bad)
class Two:
    def __index__(self):
        return 2
print(array.array('h', [1, 2]) * Two())

# slot wrappers count their arguments
for name, args in [("__getitem__", ()), ("__setitem__", ()), ("__setitem__", (0,)), ("__delitem__", ()),
                   ("__contains__", ()), ("__len__", (1,)), ("__add__", ())]:
    attempt(name + str(args), lambda: getattr(a, name)(*args))
attempt("getitem", lambda: a.__getitem__(3))
attempt("setitem None", lambda: a.__setitem__(0, None))

print(isinstance(a, collections.abc.MutableSequence), issubclass(Samples, collections.abc.Sequence))

# 'u' arrays holding a value beyond U+10FFFF
u = array.array('u', b'\xff\xff\xff\xff')
attempt("tounicode", u.tounicode)
attempt("str", lambda: str(u))
attempt("item", lambda: u[0])
attempt("tolist", u.tolist)
print(array.array('u', 'h\u00e9\U0001f600').tounicode(), len(array.array('u', 'h\U0001f600')))
