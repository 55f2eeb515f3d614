# bytes/bytearray operations: hex, fromhex, split/join, translate, slicing, mutation, int conversions
b = bytes(range(0, 256, 37))
print(b, b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(b"a,b,,c".split(b","), b"  x y ".split(), b"-".join([b"a", b"bc"]), b"abc".replace(b"b", b"BB"), b"hello".upper())
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"aabbcc".translate(None, b"b"), b"abc".center(9, b"*"), b"7".zfill(3))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"ab" * 2, b"a" + bytearray(b"b"), b"b" in b"abc", 98 in b"abc")
ba = bytearray(b"hello")
ba[0] = 72
ba.extend(b" world")
ba.insert(0, 62)
ba += b"!"
del ba[1]
print(ba, len(ba), ba.pop(), ba.find(b"o"), ba.count(b"l"), bytes(ba[:5]), ba.decode())
ba[0:5] = b"J"
print(ba, ba.startswith(b"J"), ba.isalpha(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), (258).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True))
print(b"%d-%s-%x" % (5, b"x", 255), b"%5b|" % b"ab", b"caf\xc3\xa9".decode("utf-8"), "café".encode("latin-1"), "ÿ".encode("utf-8"))
print(b"\x00\x7f\x80\xff", repr(b"'\""), repr(bytearray(b"q")), bytes([65, 66]).lower(), b"AbC".swapcase(), b"a1".isalnum())
print(sorted([b"b", b"a", b"ab"]), b"a" < b"b", b"abc" == bytearray(b"abc"), hash(b"x") == hash(b"x"), max(b"azm"))
for bad in (lambda: bytes([256]), lambda: b"abc"[5], lambda: bytes.fromhex("zz"), lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"), lambda: b"a" + "b"):
    try:
        bad()
    except (ValueError, IndexError, UnicodeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(b"\xff\xfe".decode("utf-8", errors="replace"), b"a\xffb".decode("ascii", "ignore"), "é".encode("ascii", "replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
mv = memoryview(b"abcdef") if "memoryview" in dir(__builtins__) else None
print(bytes(b"abc").rstrip(b"c"), b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"x".join([]), b"abc".partition(b"b"))
