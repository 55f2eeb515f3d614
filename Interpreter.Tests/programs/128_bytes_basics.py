b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(b + b" world", b * 2, b"ell" in b, 104 in b)
print(bytes([72, 105]), bytes(3), bytes("é", "utf-8"), bytes(range(5)))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.find(b"l"), b.count(b"l"))
print(b.hex(), bytes.fromhex("48 69"), b.startswith(b"he"), b.strip(b"ho"))
print(repr(b"\x00\x7f\x80\xff\n\t'\""), b"\\")
print(b == b"hello", b < b"help", b.decode(), b.decode("ascii"))
print(b" ".join([b"a", b"b"]), b"a,b".split(b","), b"  x ".strip())
print(type(b).__name__, type(b[0]).__name__, isinstance(b, bytes))
for byte in b"AZ":
    print(byte, chr(byte))
print(b"abc"[::-1], b"abc".index(b"c"), b"x".isalpha(), b"12".isdigit())
print(bytes(b"copy") == b"copy", hash(b"") == hash(b""))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
