# lzma: xz and legacy .lzma containers, integrity checks, raw filter chains and LZMAFile.
import lzma
import os

text = "".join(f"record {i:05d}: {'abc' * (i % 7)} {i * i}\n" for i in range(2000)).encode()
print("input", len(text))
xz = lzma.compress(text)
print("xz", len(xz), xz[:6], lzma.decompress(xz) == text)
alone = lzma.compress(text, format=lzma.FORMAT_ALONE)
print("alone", len(alone), alone[:5], lzma.decompress(alone) == text)
print("presets", [len(lzma.compress(text, preset=p)) for p in (0, 3, 6, 9)], len(lzma.compress(text, preset=6 | lzma.PRESET_EXTREME)))

for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    packed = lzma.compress(text, check=check)
    d = lzma.LZMADecompressor()
    out = d.decompress(packed)
    print("check", check, lzma.is_check_supported(check), len(packed), d.check, d.eof, out == text)

# Raw streams need the same filter chain on both sides.
chain = [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20, "lc": 3, "pb": 2}]
raw = lzma.compress(text, format=lzma.FORMAT_RAW, filters=chain)
print("raw", len(raw), lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == text)
bcj = lzma.compress(text, filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "mf": lzma.MF_BT2, "mode": lzma.MODE_FAST}])
print("bcj", len(bcj), lzma.decompress(bcj) == text)

# Streaming with a capped output.
comp = lzma.LZMACompressor()
packed = comp.compress(text[:30000]) + comp.compress(text[30000:]) + comp.flush()
dec = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
parts = [dec.decompress(packed + b"trailer", max_length=4096)]
while not dec.eof:
    parts.append(dec.decompress(b"", max_length=4096))
print("pieces", len(parts), sum(map(len, parts)), dec.unused_data, b"".join(parts) == text)

print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x18"))

path = os.path.join(os.getcwd(), "t620_data.xz")
with lzma.open(path, "wt", encoding="utf-8", preset=1) as f:
    f.write("ünïcödé line\n" * 300)
print("file", os.path.getsize(path))
with lzma.open(path, "rt", encoding="utf-8") as f:
    print(len(f.read()))
with lzma.LZMAFile(path) as f:
    size = len("ünïcödé line\n".encode())
    f.seek(size * 100)
    print(f.read(size).decode(), end="")
os.remove(path)

for call in (lambda: lzma.decompress(b"not compressed at all"), lambda: lzma.decompress(xz[:-10]),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW), lambda: lzma.LZMACompressor(preset=1, filters=chain),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
             lambda: lzma.LZMACompressor(filters=[{"id": 99}]), lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "size": 1}])):
    try:
        call()
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__ + ":", e)
