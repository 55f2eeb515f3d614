x = None
print(x is None, x == None, x is not None, type(x).__name__)
def f():
    pass
print(f() is None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1 in [1, 2], "a" in "cat", "k" in {"k": 1}, 3 in {3}, 3 in (1, 2))
print([] is [], () == ())
print(None in [None], [None] == [None])
def get(d, k):
    v = d.get(k)
    if v is None:
        return "missing"
    return v
print(get({"a": 0}, "a"), get({}, "a"))
print(repr(None), str(None), bool(None))
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
