s = "naïve café — 東京"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:16])
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e.start, e.end, e.reason)
data = "héllo".encode("utf-8")
print(data, data.decode("utf-8"), data.decode("latin-1"), data.decode("ascii", "replace"), data.decode("ascii", "ignore"))
print("abc".encode(), "€".encode("utf-8"), b"\xe2\x82\xac".decode(), "x".encode("UTF8"), "x".encode("Latin1"))
bad = b"ok\xc3(\xa9end"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
print(bytes("abc", "ascii"), str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(b"\xff", "utf-8", "replace"))
print(len("東京".encode()), len("東京".encode("utf-16-le")), "東京".encode("utf-16-be").hex())
print([hex(ord(c)) for c in "aé東"], chr(0x6771), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print(ascii("café ☕"), repr("tab\there"), "é".isascii(), "abc".isascii())
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ß".casefold(), "ﬁ".upper())
