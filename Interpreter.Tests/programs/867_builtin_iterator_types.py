# enumerate, zip, map, filter and reversed are classes, as in CPython: isinstance works with them,
# they print as classes, and calling one builds its iterator.
for cls in (enumerate, zip, map, filter, reversed):
    print(cls, type(cls), isinstance(cls, type), cls.__name__, callable(cls))

e = enumerate("ab", start=5)
z = zip([1, 2], "xy")
m = map(pow, [2, 3], [3, 2])
f = filter(None, [0, 1, "", "a"])
r = reversed([1, 2, 3])
print(isinstance(e, enumerate), isinstance(z, zip), isinstance(m, map), isinstance(f, filter))
print(isinstance(r, reversed), type(r).__name__, isinstance(reversed(range(3)), reversed))
print(type(e) is enumerate, type(z) is zip, type(m) is map, type(f) is filter)
print(list(e), list(z), list(m), list(f), list(r))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Seq())), type(reversed(Seq())).__name__, list(reversed(Rev())))
print(isinstance(reversed(Seq()), reversed), isinstance(reversed(Rev()), reversed))
for bad in ("zip([1], [1, 2], strict=True)", "enumerate()", "map(len)", "filter(None)", "reversed(5)",
            "reversed()", "enumerate([], 'x')"):
    try:
        print(bad, list(eval(bad)))
    except (TypeError, ValueError) as ex:
        print(bad, type(ex).__name__, ex)
print(isinstance(zip(), (list, zip)), issubclass(zip, object), zip.__mro__)
