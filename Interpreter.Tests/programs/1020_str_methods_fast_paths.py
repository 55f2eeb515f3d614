# The fast paths of str's is*() methods, startswith/endswith with one argument, str iteration in
# a for loop and str hashing: ASCII, non-ASCII, astral and lone-surrogate text, str subclasses and
# the argument errors each method keeps.

samples = ["", "a", "Z", "abc", "abc1", "123", "1.5", " ", " \t\n", "\x1c\x85", "caf\u00e9",
           "\u00e9", "\u0661\u0662", "\u00b2", "\u2167", "\U0001d7d8", "\U00010400", "A\U00010400",
           "\ud800", "a\udc00", "x y", "\u3000", "\x7f", "_a", "ab\u0345"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isascii"]
for s in samples:
    print(ascii(s), [int(getattr(s, m)()) for m in methods])

class S(str):
    def isalpha(self):
        return "overridden"

print(S("abc").isalpha(), str.isalpha(S("abc")), S("a1").isalnum(), S("  ").isspace())
for m in methods:
    try:
        getattr("abc", m)(1)
    except TypeError as e:
        print(m, "TypeError:", e)
try:
    str.isalpha(5)
except TypeError as e:
    print("TypeError:", e)

# startswith / endswith: one str argument, a tuple, start/end, surrogates and subclasses.
cases = [("hello", "he"), ("hello", "lo"), ("hello", ""), ("", ""), ("", "a"), ("hello", "hello!"),
         ("\U00010400x", "\ud801"), ("x\U00010400", "\udc00"), ("\ud801", "\ud801"), ("ab\ud801", "\ud801"),
         ("\udc00ab", "\udc00"), ("caf\u00e9", "\u00e9"), ("abc", S("ab"))]
for s, p in cases:
    print(ascii(s), ascii(p), s.startswith(p), s.endswith(p), s.startswith((p, "zz")), s.endswith(p, 0, len(s)))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4), S("hello").startswith("he"))
for bad in [1, None, ["h"], ("h", 1)]:
    for m in ("startswith", "endswith"):
        try:
            getattr("hello", m)(bad)
        except TypeError as e:
            print(m, "TypeError:", e)
try:
    "hello".startswith()
except TypeError as e:
    print("TypeError:", e)
try:
    "hello".startswith(prefix="h")
except TypeError as e:
    print("TypeError:", e)

# Iterating strs in for loops and comprehensions.
for s in ["", "abc", "caf\u00e9", "\u65e5\u672c", "a\U0001F600b", "\ud800x"]:
    out = []
    for ch in s:
        out.append(ch)
    print(ascii(s), ascii(out), len(out), [ch for ch in s] == out, "".join(out) == s)
it = iter("ab")
for ch in it:
    print(ch, list(it))

# hash(): equal strs hash equal however they were built; never -1; dict and set keys agree with ==.
parts = ["al", "pha"]
built = "".join(parts)
print(hash(built) == hash("alpha"), hash("alpha".upper().lower()) == hash("alpha"), hash("") == hash("x"[:0]))
words = ["w%d" % i for i in range(2000)] + ["\u00e9" * k for k in range(1, 9)] + ["\U0001F600" * k for k in range(1, 5)]
d = {w: i for i, w in enumerate(words)}
print(len(d), all(d["".join(list(w))] == i for i, w in enumerate(words)))
print(all(hash(w) != -1 for w in words), len({hash(w) for w in words}) > 1990)
print(hash(S("alpha")) == hash("alpha"), {S("k"): 1}["k"], "k" in {S("k")})
for n in range(0, 20):
    s = "q" * n
    print(n, hash(s) == hash("".join(["q"] * n)), hash(s) == hash(s[:]), s in {s: 1})

# Whitespace as split() / strip() / isspace() see it, every code point.
ws = [c for c in range(0x110000) if chr(c).isspace()]
print(ws)
print(("a" + "".join(chr(c) for c in ws) + "b").split(), ascii("\x1c x\x1fy\x85z\xa0w\u2028v\x7fu\x80t".split()))
print(ascii(" \x1c\t\x0bab\x1f\r ".strip()), ascii("\x0e\x1b ab \x1b".strip()), ascii("x\u3000y \u200bz".split()))
