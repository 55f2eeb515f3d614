# str comparison is by code point: astral characters (above U+FFFF) sort after every BMP
# character, including the private-use and specials blocks at U+E000-U+FFFF.
words = ["\uffff", "\U0001F600", "\ue000", "z", "\U00010000", "\ufb01x", "é", "\U0001F600a", ""]
print([hex(ord(w[0])) if w else "''" for w in sorted(words)])
print("\U00010000" > "\uffff", "\U00010000" < "\uffff", "\ue000" < "\U0001F600")
print(max(["\uffee", "\U00020000"]) == "\U00020000", min("\U00020000\uffee"))
print(sorted(["a\U0001F600", "a\uffff", "a", "a\ud7ff"]) == ["a", "a\ud7ff", "a\uffff", "a\U0001F600"])
import bisect
table = sorted(["\U0001D11E", "\u266b", "\uff21", "A"])
print([hex(ord(c)) for c in table], bisect.bisect_left(table, "\ufffd"))
print("\U0001F600" >= "\U0001F600", "\U0001F600b" <= "\U0001F600a")
