# bytes/bytearray text methods work on ASCII bytes only and take any bytes-like argument.
record = b"  id=42;name=Caf\xe9\x1cnext  "
print(record.strip())
print(record.split())
print(record.upper(), record.lower())
print(b"\xe9t\xe9".isalpha(), b"abc".isalpha(), b"\xa0".isspace(), b" \t\x0b\x0c".isspace())
print(b"hello w\xe9rld".title(), b"\xe9cole".capitalize())
print(b"l1\x0bstill l1\nl2\r\nl3".splitlines())
print(b"  a    b   ".split(None, 1), b"  a    b   ".rsplit(None, 1))
print(b"abc".isascii(), bytearray(b"\xff").isascii())

# Arguments: bytes, bytearray and memoryview mix freely.
buf = bytearray(b"key: value")
print(buf.partition(memoryview(b": ")), buf.startswith((b"x", bytearray(b"key"))))
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]))
print(bytearray(b"xxabcxx").strip(memoryview(b"x")), b"abcabc".rfind(b"c", 0, 5), b"abc".find(98))
print(b"7".zfill(3), b"ab".center(6, b"*"), bytearray(b"abc").replace(b"b", bytearray(b"XY")))

# Mixing str into bytes methods is a TypeError, as in CPython.
for text, call in [
    ("split(' ')", lambda: b"a b".split(" ")),
    ("strip('a')", lambda: b"abc".strip("a")),
    ("find('a')", lambda: b"abc".find("a")),
    ("partition(' ')", lambda: b"a b".partition(" ")),
    ("startswith(['a'])", lambda: b"abc".startswith(["a"])),
    ("startswith(('a',))", lambda: b"abc".startswith(("a",))),
    ("center(5, '*')", lambda: b"abc".center(5, "*")),
    ("center(5, b'**')", lambda: b"abc".center(5, b"**")),
    ("join(['a'])", lambda: b"-".join(["a"])),
]:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)

# fromhex is a classmethod of both types (a subclass gets an instance of itself); it skips ASCII whitespace only.
class Packet(bytes):
    pass


print(bytearray.fromhex("de ad\tbe\nef"), Packet.fromhex("0a0b").__class__.__name__, bytearray.maketrans(b"a", b"b")[97])
print(b"raw".__bytes__(), type(Packet(b"x").__bytes__()).__name__)
for bad in ["\x1c", "\xa0", "12 x4", 1]:
    try:
        bytes.fromhex(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
