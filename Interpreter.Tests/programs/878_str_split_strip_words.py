# Word splitting and normalising, as the text programs do it, with every corner of split/strip/
# lower/join: separators at the ends, runs of whitespace, maxsplit, one-character pieces.
text = "  The quick, brown fox; jumps!\tover\n\nthe LAZY dog.  a b  "
print(text.split())
print(text.split(" "))
print(text.split(None, 2), text.rsplit(None, 2))
print(text.split(" ", 3), text.rsplit(" ", 3))
print("a,b,,c,".split(","), ",a,b".rsplit(",", 1), "".split(","), "".split(), "   ".split())
print("x".split("x"), "xx".split("x"), "abc".split("abc"), "a b".split(maxsplit=0), "  a b".split(maxsplit=0))
print("  a b ".rsplit(maxsplit=0), "a\x1cb\x1dc\x1ed\x1fe\x85f\u2028g\xa0h".split())
counts = {}
for raw in text.split():
    w = raw.strip(",.;!?").lower()
    if w:
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print([w.strip(",.;!?") for w in ["!", "a!", "!a", "?!", ""]], "aXa".strip("a"), "xyz".strip(""))
print("".join(["a"]), "-".join(["a"]), "-".join([]), "-".join(("a", "b")), "".join(ch.lower() for ch in "ABC"))
chars = []
for ch in "Hello World":
    if ch.isalpha():
        chars.append(ch.lower())
print("".join(chars), [c.upper() for c in "aé1"], "É".lower(), "ǅ".lower(), "ß".upper())
print("a b c".partition(" "), "a b c".rpartition(" "), "abc".partition("x"), "abc".rpartition("x"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
print(f"{''}|{'a'}|{'ab':>4}|", f"", len(f""), "a" * 1, "ab" * 0 == "", "" * 5 == "")
