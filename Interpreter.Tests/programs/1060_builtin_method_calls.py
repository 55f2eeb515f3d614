# Builtin method calls through CALL_METHOD: the direct forms of set/dict/list/str methods
# (bound and unbound), subclass receivers, methods overridden in subclasses, keywords, wrong
# argument counts and wrong receivers with CPython's messages, errors raised inside the method.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# set.add / discard / remove
s = set()
for i in range(20):
    s.add(i % 7)
    s.add(str(i % 3))
print(sorted(s, key=repr))
s.discard(3)
s.discard(99)
s.remove(4)
show("remove missing", lambda: s.remove(42))
show("remove list", lambda: s.remove([1]))
show("add list", lambda: s.add([1]))
show("add no arg", lambda: s.add())
show("add two args", lambda: s.add(1, 2))
show("add kw", lambda: s.add(x=1))
show("discard no arg", lambda: s.discard())
fs = {frozenset({1, 2}), 5}
fs.discard({1, 2})          # a set argument stands for its frozenset
print(fs)
fs.remove(5)
show("remove set", lambda: fs.remove({3}))
print(sorted(s, key=repr))
set.add(s, 100)
show("unbound add wrong self", lambda: set.add([], 1))
show("unbound add frozenset", lambda: set.add(frozenset(), 1))
show("unbound no self", lambda: set.add())
print(100 in s)

# big ints, floats, tuples and user hashes as set keys (the hash fast path)
big = {2 ** 70, -1, -2, 2 ** 63 - 1, -(2 ** 63), 1.0, 1, True, (1, 2)}
print(sorted(big, key=repr), len(big))


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return self.v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, H) and self.v == other.v


hs = set()
hs.add(H(1))
hs.add(H(1))
hs.add(H(9))
print(len(hs))


class IntSub(int):
    def __hash__(self):
        return 7


print({IntSub(3), 7, 3})

# dict.get / pop / setdefault / keys / values / items
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 0))
show("get unhashable", lambda: d.get([]))
show("get no arg", lambda: d.get())
show("get three args", lambda: d.get(1, 2, 3))
show("get kw", lambda: d.get(key="a"))
print(dict.get(d, "a"), dict.get(d, "q", "dflt"))
show("unbound get wrong self", lambda: dict.get([], "a"))
print(d.setdefault("c", 3), d.setdefault("c", 4), d.setdefault("n"))
print(d.pop("a"), d.pop("a", "gone"))
show("pop missing", lambda: d.pop("a"))
show("pop no arg", lambda: d.pop())
print(list(d.keys()), list(d.values()), list(d.items()))
show("keys arg", lambda: d.keys(1))
show("pop kw", lambda: d.pop(key=1))
show("setdefault kw", lambda: d.setdefault(key=1))
show("get default kw", lambda: d.get(1, default=2))
show("list pop kw", lambda: [1].pop(index=0))
show("list insert kw", lambda: [1].insert(0, object=0))
show("items kw", lambda: d.items(x=1))

# list.pop / extend
lst = [1, 2, 3]
print(lst.pop(), lst.pop(0), lst)
show("pop empty", lambda: [].pop())
show("pop too many", lambda: [1].pop(0, 1))
show("pop str index", lambda: [1].pop("0"))
lst.extend(range(3))
lst.extend("ab")
lst.extend(x for x in (7, 8))
print(lst)
show("extend int", lambda: lst.extend(5))
show("extend none", lambda: lst.extend())
list.extend(lst, [0])
print(lst, list.pop(lst))

# str.join / startswith / endswith
print("-".join(["a", "b", "c"]), "".join(("x",)), ",".join([]), "+".join(iter("xyz")))
print(":".join(c for c in "abc"))
show("join ints", lambda: "-".join([1, 2]))
show("join int", lambda: "-".join(5))
show("join none", lambda: "-".join())


class S(str):
    pass


print("/".join([S("p"), "q"]), type("".join([S("p")])).__name__)
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".startswith("lo", 3))
print("hello".endswith("lo"), "hello".endswith(S("lo")), "hello".endswith(("a", "b")))
show("startswith int", lambda: "hello".startswith(1))
show("endswith none", lambda: "hello".endswith())
print(str.startswith("abc", "a"), str.join(",", ["1", "2"]))
show("unbound join wrong self", lambda: str.join(1, ["a"]))
print("\ud800x".startswith("\ud800"), "a\U0001F600".endswith("\U0001F600"))


# subclasses: inherited methods (the generic path) and overridden ones
class MySet(set):
    def add(self, x):
        print("MySet.add", x)
        super().add(x * 10)


class PlainSet(set):
    pass


ms = MySet()
ms.add(1)
ps = PlainSet()
ps.add(2)
ps.discard(2)
ps.add(3)
print(sorted(ms), sorted(ps), type(ps).__name__)


class MyDict(dict):
    def get(self, k, d=None):
        return ("mine", k, d)

    def __missing__(self, k):
        return "missing"


md = MyDict(a=1)
print(md.get("a"), md.get("b", 2), dict.get(md, "a"), dict.get(md, "zz"))


class MyList(list):
    def pop(self):
        return "no pop"


ml = MyList([1, 2])
print(ml.pop(), list.pop(ml), ml)


class MyStr(str):
    def join(self, it):
        return "joined!"


print(MyStr(",").join(["a"]), str.join(MyStr(","), ["a", "b"]))

# a method looked up once and called through a variable; a method replaced on an instance
add = s.add
add(555)
print(555 in s)


class Holder:
    pass


h = Holder()
h.add = lambda x: ("instance attr", x)
print(h.add(1))
h.get = {}.get
print(h.get(1, "via bound builtin"))

# the same call site seeing different receiver types
for obj in ({1: "one"}, MyDict({1: "uno"}), {2: "two"}):
    print(obj.get(1))
for obj in (set(), PlainSet(), frozenset(), set()):
    try:
        obj.add(1)
        print(type(obj).__name__, sorted(obj))
    except AttributeError as e:
        print("AttributeError", e)

# errors raised inside a key's __eq__ during dict.get and set.add


class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("eq failed")


bd = {Bad(): 1}
show("get bad eq", lambda: bd.get(Bad()))
bs = {Bad()}
show("add bad eq", lambda: bs.add(Bad()))


def tb_depth():
    try:
        {}.pop("missing")
    except KeyError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        return n


print("traceback entries", tb_depth())
