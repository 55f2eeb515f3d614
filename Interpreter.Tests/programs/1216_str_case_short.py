# str.lower()/upper() of ASCII text around the short-word buffer's size, mixed with non-ASCII,
# subclasses and bad arguments; results, types and identity as python3.11 gives them.

samples = ["", "a", "A", "Z", "@", "[", "`", "{", "Alpha", "alpha", "ALPHA", "GAMMA", "eTa",
           "a1B2c3-_", "Hello, World!", "x" * 63 + "Y", "Y" + "x" * 63, "Q" * 64, "q" * 65,
           "Mixed" * 13, "AbC" * 22, "abc" * 30 + "D", "\x00A\x7f", "ÀÉ", "Straße", "ǅ", "İ",
           "ΣΑΣ", "a\U0001F600B", "ﬃ"]
for s in samples:
    lo, up = s.lower(), s.upper()
    print(repr(s[:12]), len(s), repr(lo[:12]), repr(up[:12]), len(lo), len(up),
          lo == s.casefold() if s.isascii() else None, hash(lo) == hash(str(lo)))

# a new object even when nothing changes (as CPython's ascii path), equal text
for s in ["abc", "ABC", "a", "", "x" * 70]:
    print(repr(s[:5]), s.lower() is s, s.upper() is s, s.lower() == s.lower())

# results as dict keys and in comparisons
counts = {}
for w in ["Alpha", "ALPHA", "alpha", "Beta", "BETA"] * 3:
    k = w.lower()
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))


class S(str):
    pass


t = S("MiXeD")
print(type(t.lower()).__name__, t.lower(), type(t.upper()).__name__, t.upper())

for bad in [lambda: "a".lower(1), lambda: "a".upper(None), lambda: str.lower(5), lambda: str.upper(b"x"),
            lambda: "a".lower(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
