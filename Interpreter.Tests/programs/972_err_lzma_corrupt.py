# An uncaught LZMAError from decompressing damaged xz data.
# conformance: full-stderr
import lzma

packed = bytearray(lzma.compress(b"important payload " * 100))
packed[len(packed) // 2] ^= 0xFF
print(len(packed))
lzma.decompress(bytes(packed))
