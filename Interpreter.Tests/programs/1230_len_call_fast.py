# len() of exact lists, tuples, strs and dicts answered at the CALL, next to every argument it
# must leave to the ordinary call: subclasses with their own __len__, sets, ranges, bytes, user
# classes, bad __len__ results, keywords, a shadowed len, and len as a value.
import sys


def lens(objs):
    out = []
    for o in objs:
        out.append(len(o))
    return out


print(lens([[], [1, 2, 3], (), (1,), "", "abc", "h\u00e9llo", "\U0001F600x", {}, {1: 2, 3: 4}]))
big = list(range(100000))
print(len(big), len(tuple(big)), len("x" * 70000), len(dict.fromkeys(big)))


class L(list):
    def __len__(self):
        return 42


class T(tuple):
    def __len__(self):
        return 7


class S(str):
    def __len__(self):
        return 3


class D(dict):
    def __len__(self):
        return 99


class PlainL(list):
    pass


print(lens([L([1]), T((1, 2)), S("abcdef"), D(a=1), PlainL([1, 2])]))
print(lens([{1, 2}, frozenset([1]), range(10), b"abc", bytearray(b"ab"), memoryview(b"abcd")]))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(lens([Sized(0), Sized(5)]))
for bad in (Sized(-1), Sized("x"), Sized(2 ** 70), 5, None, Sized(1.5)):
    try:
        print(len(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError", e)

# a list mutated between calls, a dict with deletions, the result's identity for small ints
lst = []
d = {}
seen = []
for i in range(10):
    lst.append(i)
    d[i] = i
    if i % 3 == 0:
        del d[i]
    seen.append((len(lst), len(d)))
print(seen)
print(len([1, 2]) == 2, len("ab") == 2, type(len(())))


# a shadowed len, len passed around, and a len that is not the builtin at the same site
def site(f, o):
    return f(o)


print(site(len, [1, 2, 3]), site(lambda o: -1, [1, 2, 3]), site(len, "ab"))


def shadow():
    len = lambda o: "shadowed"
    return len([1])


print(shadow())
import builtins
saved = builtins.len
builtins.len = lambda o: "patched"
try:
    print(lens([[1, 2], "abc"]))
finally:
    builtins.len = saved
print(lens([[1, 2], "abc"]))

# `if len(x) == n:` in a hot loop (the generators benchmark's chunks)
def chunks(gen, size):
    buf = []
    for x in gen:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


print(sum(len(c) for c in chunks(iter(range(10001)), 7)), len(list(chunks(iter(range(10001)), 7))))

# profile and trace functions see len as a c_call when one is set
calls = []


def prof(frame, event, arg):
    if event in ("c_call", "c_return"):
        calls.append((event, getattr(arg, "__name__", None)))


def profiled():
    return len([1, 2]) + len("abc")


sys.setprofile(prof)
r = profiled()
sys.setprofile(None)
print(r, [c for c in calls if c[1] == "len"])
