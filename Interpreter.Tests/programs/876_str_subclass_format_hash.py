# __format__ and __hash__/__eq__ of str (and int, float) subclasses: f-strings, format() and dict keys
# go through the subclass's methods, as in CPython.
class Loud(str):
    def __format__(self, spec):
        return "<" + self.upper() + ":" + spec + ">"

class Num(int):
    def __format__(self, spec):
        return "num(" + spec + ")"

class Fl(float):
    def __format__(self, spec):
        return "fl"

class Plain(str):
    pass

w = Loud("hi")
print(f"{w}", f"{w:>5}", format(w), format(w, "x"), "{}|{:^3}".format(w, w))
print(f"{Num(3)}", f"{Num(3):05d}", format(Num(4), "x"), f"{Fl(1.5)}")
p = Plain("ab")
print(f"{p}", type(f"{p}").__name__, format(p, ">4"), type(format(p)).__name__, f"{p!r}", f"{p:}")

class BadFmt(str):
    def __format__(self, spec):
        return 42
try:
    f"{BadFmt('q')}"
except TypeError as e:
    print("TypeError:", e)


class H(str):
    calls = 0
    def __hash__(self):
        H.calls += 1
        return hash(str(self).lower())
    def __eq__(self, other):
        return str(self).lower() == str(other).lower()

d = {H("Key"): 1}
print(d.get(H("KEY")), H("kEy") in d, d.get("key"), "key" in d, H.calls > 0)
d[H("KEY")] = 2
print(len(d), list(d.values()), [type(k).__name__ for k in d])
s = {H("A"), H("a"), "b"}
print(len(s))

class Const(str):
    def __hash__(self):
        return 7
c1, c2 = Const("x"), Const("y")
dd = {c1: 1, c2: 2, "x": 3}
print(dd[c1], dd[c2], dd["x"], len(dd), hash(c1), hash(Const("zzz")))
# the hash of a plain str is cached and stable; equal strs built differently hash equal
a = "".join(["wo", "rd"])
b = "word"
print(hash(a) == hash(b), hash(a) == hash(a), {a: 1}[b], hash(Plain("word")) == hash(b))
