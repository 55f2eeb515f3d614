# `ch == '"'`, `w != ""` and `a == b` on strs, with and without a jump after them: one-unit
# texts, equal texts that are different objects, astral characters and lone surrogates, and str
# subclasses whose __eq__/__ne__ are their own (never the fast compare).


def scan(text):
    out = []
    pos = 0
    while True:
        ch = text[pos]
        if ch == '"':
            break
        if ch == "\\":
            out.append("<esc>")
            pos += 2
            continue
        if ch != " ":
            out.append(ch)
        pos += 1
    return "".join(out)


print(scan('ab c\\xd"tail'))
print(scan('é€ \U0001F600\\q"'))


def pairs(items):
    r = []
    for a in items:
        row = []
        for b in items:
            row.append("=" if a == b else ("!" if a != b else "?"))
            x = a == b
            y = a != b
            row.append("1" if x and not y else "0")
        r.append("".join(row))
    return r


big = "abc" * 10
items = ["", "a", "b", "ab", "ba", big, "".join(["abc"] * 10), "\ud800", "\udc00", "\U0001F600",
         "\ud83d", "é", "e\u0301"]
for line in pairs(items):
    print(line)


class Loud(str):
    def __eq__(self, other):
        print("eq", str.__repr__(self), repr(other))
        return True

    def __ne__(self, other):
        print("ne", str.__repr__(self), repr(other))
        return False

    __hash__ = str.__hash__


def cmp_sub(ch):
    r = []
    if ch == '"':
        r.append("q")
    if ch != "x":
        r.append("nx")
    if '"' == ch:
        r.append("rq")
    return r


print(cmp_sub(Loud("a")))
print(cmp_sub("a"), cmp_sub('"'))


class Plain(str):
    pass


print(cmp_sub(Plain('"')), Plain("a") == "a", "a" != Plain("a"))


class Weird:
    def __eq__(self, other):
        return "weird"

    def __ne__(self, other):
        return 0


def mixed(v):
    out = []
    if v == "a":
        out.append("eq")
    if v != "a":
        out.append("ne")
    out.append(v == "a")
    return out


print(mixed(Weird()), mixed(1), mixed("a"), mixed(b"a"))
