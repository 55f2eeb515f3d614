# Astral characters (outside the BMP) and lone surrogates through len, indexing, slicing, split,
# find/index, partition, strip, case mapping, join and hashing: code points, not UTF-16 units.
s = "a\U0001F600b\U0001F601 c\ud800d \U00010348x"
print(len(s), [hex(ord(ch)) for ch in s])
print(ascii(s[1]), ascii(s[2]), ascii(s[-1]), ascii(s[1:4]), ascii(s[::-1]), ascii(s[::2]))
print(s.find("b"), s.find("\U0001F601"), s.index("c"), s.rfind("x"), s.find("\ud800"), s.count("\U0001F600"))
print(s.find("b", 2), s.find("b", 3), s.find("x", -2), s.startswith("\U0001F600", 1), s.endswith("x", 0, len(s)))
print([ascii(p) for p in s.split()], [ascii(p) for p in s.split("\U0001F601")], [ascii(p) for p in s.rsplit(" ", 1)])
print([ascii(p) for p in s.partition("\U0001F601")], [ascii(p) for p in s.rpartition("\ud800")])
t = "\U0001F600\U0001F600abc\U0001F600"
print(ascii(t.strip("\U0001F600")), ascii(t.lstrip("\U0001F600")), ascii(t.rstrip("\U0001F600")), ascii(t.upper()), len(t.upper()))
print(ascii("-".join(t)), len("-".join(t)), ascii(t.replace("\U0001F600", "!")), ascii(t.center(9, "*")), ascii(t.zfill(7)))
print(ascii(t[1:]), t[1:] == "\U0001F600abc\U0001F600", hash(t[1:]) == hash("\U0001F600abc\U0001F600"))
print(ascii(t.split("a")[0]), len(t.split("a")[0]), [ascii(ch) for ch in reversed(t)])
lone = "\udc00\ud800"
# (Lone surrogates that meet as a high-low pair are not tested: Herthon's UTF-16 text would read
# them as one astral character.)
print(len(lone), ascii(lone[0]), ascii(lone[1]), len(lone + "x"), ascii((lone + "x")[1:]), "\ud800" in lone, "\ud800" in s)
print("\ud800" in "\U00010348", "\udf48" in "\U00010348", "\U00010348".find("\udf48"), "a\U00010348".count("\ud800"),
      "\U00010348\ud800".rfind("\ud800"), ascii("\U00010348".replace("\ud800", "!")), ascii("x\U00010348".split("\udf48")))
d = {}
for word in ("\U0001F600", "a\U0001F600", "\U0001F600", t[0], s[1]):
    d[word] = d.get(word, 0) + 1
print(sorted((ascii(k), v) for k, v in d.items()))
print(sorted([t, s, "\uffff", "\U00010000", "\ue000"]) == sorted([t, s, "\uffff", "\U00010000", "\ue000"], key=lambda q: [ord(c) for c in q]))
print("%-5s|%5s|" % ("\U0001F600", "\U0001F600b"), "{:>3}|".format("\U0001F600"))
print("\U0001F600".startswith("\ud83d"), "\U0001F600".endswith("\ude00"), "a\U0001F600".endswith("\U0001F600"),
      "\U0001F600b".startswith(("\ud83d", "x")), "\U0001F600b".startswith(("\ud83d", "\U0001F600")), "x\udc00".endswith("\udc00"),
      "\ud83d".startswith("\ud83d"), "a\U0001F600".startswith("\ud83d", 1), "a\U0001F600".endswith("a\ud83d", 0, 2))
