b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], len(b), b"o" in b, 111 in b)
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.index(b"W"))
print(b" pad ".strip(), b"xxhixx".strip(b"x"), b"a,b,,c".split(b","), b"a b  c".split())
print(b"-".join([b"a", b"b", b"c"]), b"ab" * 3, b"ab" + b"cd")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(), b"abc".hex("-"))
print(list(b"abc"), b"abc"[1], type(b"abc"[1:2]).__name__)
print(b"abc" < b"abd", b"abc" == b"abc", b"a" * 0, hash(b"x") == hash(b"x"))
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b"  ".isspace(), b"AB".isupper())
print(b"hello world".center(15, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4))
print(b"line1\nline2\r\nline3".splitlines(), b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="))
print(repr(b"\n\t\\'\""), repr(b"\x7f\x80"), str(b"x"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, len(ba), ba.pop(), ba, bytes(ba))
ba.insert(0, 95)
ba.reverse()
print(ba, ba.decode(), ba.upper(), bytearray(3), bytearray([1, 2]) + b"\x03")
ba2 = bytearray(b"hello")
ba2 += b"!"
ba2 *= 2
print(ba2, ba2.count(b"l"), ba2.find(b"!"), ba2.remove(ord("!")) or ba2)
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: b"abc"[5], lambda: bytearray(b"x").pop(5), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 1), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
