# str subclasses as dict and set keys, with and without their own __hash__/__eq__, met by the
# counting idioms (`d[w] += 1`, `w in d`, `d.get(w, 0)`) next to exact strs of the same text.
class Plain(str):
    pass


class Folded(str):
    calls = 0

    def __hash__(self):
        Folded.calls += 1
        return hash(self.lower())

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self.__eq__(other)


class Const(str):
    def __hash__(self):
        return 7


class Never(str):
    __hash__ = str.__hash__

    def __eq__(self, other):
        return False


class Unhashable(str):
    __hash__ = None


def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def show(label, d):
    print(label, sorted((type(k).__name__, str(k), v) for k, v in d.items()))


words = ["the", Plain("the"), "The", Folded("THE"), "fox", Plain("fox"), Folded("Fox"), "FOX"]
show('count', count(words))
show('count_get', count_get(words))
print('folded hash calls', Folded.calls > 0)
print('plain equal', Plain("a") == "a", hash(Plain("a")) == hash("a"), {"a": 1}[Plain("a")])
d = {Plain("k"): 1}
d["k"] = 2
print('plain key kept', [(type(k).__name__, v) for k, v in d.items()])
d = {"k": 1}
d[Plain("k")] = 2
print('exact key kept', [(type(k).__name__, v) for k, v in d.items()])
print('folded lookups', {"abc": 1}.get(Folded("ABC")), Folded("ABC") in {"abc"}, "abc" in {Folded("ABC")})
print('folded vs exact key', {Folded("ABC"): 1}.get("abc"), {Folded("ABC"): 1}.get("ABC"))
c = {}
for w in [Const("a"), Const("b"), Const("a"), "a", "b"]:
    c[w] = c.get(w, 0) + 1
show('const hash', c)
n = {}
for w in [Never("x"), Never("x"), "x"]:
    n[w] = n.get(w, 0) + 1
show('never equal', n)
print('never same object', (lambda k: {k: 1}[k])(Never("y")))
for op in (lambda: {Unhashable("u"): 1}, lambda: Unhashable("u") in {}, lambda: {}.get(Unhashable("u")),
           lambda: set([Unhashable("u")]), lambda: hash(Unhashable("u"))):
    try:
        op()
        print('no error')
    except TypeError as e:
        print('TypeError', e)
s = {"a", Plain("a"), Folded("A"), "b"}
print('set', sorted((type(k).__name__, str(k)) for k in s))
print('fromkeys', sorted((type(k).__name__, v) for k, v in dict.fromkeys([Plain("z"), "z", Folded("Z")], 0).items()))
big = count(Plain("w%d" % (i % 100)) if i % 2 else "w%d" % (i % 100) for i in range(10000))
print('big', len(big), big["w7"], big[Plain("w99")], type(next(iter(big))).__name__)
print('join keys', "-".join(sorted(big)[:5]), type("".join([Plain("a"), Folded("b")])).__name__)
