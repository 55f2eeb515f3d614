# str.split() on whitespace: lists of 0, 1, 31-34 and many words, every whitespace character
# Python splits on, non-ASCII words, str subclasses, maxsplit forms and rsplit for comparison.
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
print([c.isspace() for c in ws].count(True), len(ws))
text = ws.join("w%d" % i for i in range(40))
for n in (0, 1, 2, 31, 32, 33, 34, 40):
    line = " ".join("word%d" % i for i in range(n))
    parts = line.split()
    print(n, len(parts), parts[:2], parts[-2:], parts == line.split(" ") if n else parts == [])
    padded = "\t " + line + " \n"
    print(padded.split() == parts, padded.split(None) == parts, padded.split(maxsplit=-1) == parts)
print(text.split()[:5], len(text.split()), text.split()[-1])
print("".split(), "   ".split(), ws.split(), "a".split(), " a ".split(), "\u3000x\u3000".split())
print("ünïcödé wörds  here\u00a0and\u2003there ΑΒΓ ѐ 𝔘𝔫𝔦".split())
s = "solo"
print(s.split()[0] is s, s.split(None)[0] is s, " solo".split()[0] == s)
class S(str):
    pass
t = S("alpha beta")
u = S("alone")
print([type(x).__name__ for x in t.split()], t.split(), type(u.split()[0]).__name__, u.split()[0] is u)
many = " ".join(str(i) for i in range(100))
print(len(many.split()), many.split()[31:34], many.split(maxsplit=3)[-1][:10], many.rsplit(maxsplit=2)[:1][0][-8:])
print("a b c d".split(maxsplit=0), "a b c d".split(None, 1), "  a b  ".rsplit(), "a,b,,c".split(","))
words = ("The Quick ßtraße İstanbul ǅemal ΣΑΣ σας ﬁne Ⅻ").split()
print(words)
print([w.lower() for w in words])
print([w.upper() for w in words])
print([w.capitalize() for w in words])
print([w.strip("ΣT") for w in words], [w.isalpha() for w in words])
try:
    "a b".split(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError", e)
