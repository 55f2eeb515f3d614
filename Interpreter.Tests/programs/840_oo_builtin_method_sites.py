# Method calls on builtin objects (list.append, str.join, dict.get) from one call site that sees
# several types: builtin subclasses that override the method, gain one later, or lose it again.


class LoudList(list):
    def append(self, x):
        super().append(("loud", x))


class QuietList(list):
    pass


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


for kind in (list, LoudList, QuietList, list, LoudList):
    print(kind.__name__, fill(kind(), 3))

# A method added to the subclass after the site has seen it, then removed again.
q = QuietList()
fill(q, 2)
QuietList.append = lambda self, x: list.append(self, -x)
fill(q, 2)
del QuietList.append
fill(q, 2)
print(q)


def joined(sep, parts):
    return sep.join(parts)


class Sep(str):
    def join(self, parts):
        return "<" + str.join(self, parts) + ">"


for sep in (",", Sep("-"), ";", Sep("+")):
    print(joined(sep, ["a", "b", "c"]))


def lookups(mapping, keys):
    return [mapping.get(k, "?") for k in keys]


class Defaults(dict):
    def get(self, key, default=None):
        return dict.get(self, key, "default:" + str(key))


print(lookups({"a": 1}, "ab"), lookups(Defaults(a=1), "ab"), lookups({"b": 2}, "ab"))

# One site over int, bool (a subclass that inherits the method) and a big int.
def sizes(objs):
    return [o.bit_length() for o in objs]


print(sizes([1, 255, True, 2 ** 70]))
