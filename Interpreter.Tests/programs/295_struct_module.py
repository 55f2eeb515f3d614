# struct: pack/unpack/calcsize/iter_unpack/unpack_from, byte orders, range errors.
import struct
print(struct.pack("<I", 1), struct.pack(">H", 258), struct.pack("<hHiq", -2, 65535, -1, 2**40))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hh", b"\xff\xfe\x00\x01"))
print(struct.calcsize("<iqd"), struct.calcsize("3s2H"), struct.pack("<3sB", b"ab", 7))
print(struct.pack("<d", 1.5), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("!?c", True, b"z"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.unpack_from("<B", b"\x00\x09", 1))
try:
    struct.pack("<B", 300)
except struct.error as e:
    print("error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("error:", e)
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
