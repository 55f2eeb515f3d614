# Lone surrogates are kept as single code points: indexing, iteration, repr
# and ord see them as CPython does, also next to real astral characters.
text = "caf\udce9 ok"
print(len(text), repr(text), [hex(ord(c)) for c in text][3:5], text.find("ok"), text[3:].startswith("\udce9"))
print(repr(text[::-1]), repr(text.upper()), list(text)[3] == "\udce9")

lone = "a\ud800b"
print(len(lone), repr(lone[1]), repr(lone), [hex(ord(c)) for c in lone], lone.find("b"), lone.index("\ud800"))
print(repr(lone.encode("ascii", "backslashreplace")), repr(lone.encode("utf-8", "replace")))

mixed = "\U0001F600\udc00x"
print(len(mixed), repr(mixed[1]), [hex(ord(c)) for c in mixed], mixed.find("x"), repr(mixed[::-1]))
print(repr(mixed), ascii(mixed), repr(chr(0xDFFF)), repr("\U000E0001"), repr("\U0001F600"))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as exc:
    print("UnicodeEncodeError:", exc)
print(repr("x\udcff".translate({0xDCFF: "?"})), repr("\ud800".join("ab")), "\ud800" in lone)

# json escapes a lone surrogate and splits an astral character into a pair.
import json
print(json.dumps("a\ud800b"), json.dumps("\U0001F600"), json.dumps("\U0001F600", ensure_ascii=False))
print(json.loads(json.dumps("a\ud800b")) == "a\ud800b", len(json.loads('"\\ud83d\\ude00"')), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
