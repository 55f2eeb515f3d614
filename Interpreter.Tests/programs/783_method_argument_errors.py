# Calling builtin methods with the wrong number of arguments is a TypeError with CPython's message,
# e.g. when a method reference is passed around and called the wrong way.
calls = [
    ("'abc'.count()", lambda: "abc".count()),
    ("'abc'.find('a', 0, 1, 2)", lambda: "abc".find("a", 0, 1, 2)),
    ("'abc'.find(sub='a')", lambda: "abc".find(sub="a")),
    ("'abc'.upper(1)", lambda: "abc".upper(1)),
    ("'abc'.center()", lambda: "abc".center()),
    ("'abc'.zfill()", lambda: "abc".zfill()),
    ("'a\\tb'.expandtabs(4, 8)", lambda: "a\tb".expandtabs(4, 8)),
    ("'abc'.__contains__()", lambda: "abc".__contains__()),
    ("[].count()", lambda: [].count()),
    ("[1].clear(None)", lambda: [1].clear(None)),
    ("[1].copy(None)", lambda: [1].copy(None)),
    ("[1].reverse(42)", lambda: [1].reverse(42)),
    ("[].__getitem__()", lambda: [].__getitem__()),
    ("[].__setitem__(0)", lambda: [].__setitem__(0)),
    ("[].index()", lambda: [].index()),
    ("().count()", lambda: ().count()),
    ("{}.keys(None)", lambda: {}.keys(None)),
    ("{}.popitem(42)", lambda: {}.popitem(42)),
    ("{}.__getitem__()", lambda: {}.__getitem__()),
    ("set().__contains__()", lambda: set().__contains__()),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)

# Keywords where CPython takes them still work.
print("a b c".split(maxsplit=1), "x\ty".expandtabs(tabsize=2), "l1\nl2".splitlines(keepends=True))
print("abc".center(7, "*"), "abcabc".count("b", 2), [3, 1, 3].count(3), (1, 2, 1).count(1))

# A dict changed during iteration, even when its size ends up the same.
d = {"a": 1}
try:
    for key in d:
        del d["a"]
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)

# A set looked up in a set of frozensets stands for the frozenset of its items.
seen = {frozenset({1, 2}), frozenset({3})}
print({2, 1} in seen, {4} in seen)
seen.remove({3})
seen.discard({9})
print(sorted(sorted(s) for s in seen))
try:
    seen.remove({8})
except KeyError as e:
    print("KeyError:", e)


# A key whose __eq__ empties the set while the set is being searched.
class Fickle:
    def __init__(self, victim):
        self.victim = victim

    def __eq__(self, other):
        self.victim.clear()
        return False

    def __hash__(self):
        return 1


box = set()
box.add(Fickle(box))
box.add(Fickle(box))
print("after clearing lookups:", len(box) <= 2, Fickle(box) in box)
