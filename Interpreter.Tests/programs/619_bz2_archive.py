# bz2: one-shot and streaming compression, multi-stream data, BZ2File text and binary I/O.
import bz2
import os

log = "".join(f"2024-01-{d:02d} INFO request {i} served in {i % 17} ms\n" for d in range(1, 8) for i in range(200)).encode()
print("input", len(log))
for level in (1, 5, 9):
    packed = bz2.compress(log, compresslevel=level)
    print("level", level, len(packed), packed[:4], bz2.decompress(packed) == log)

# Streaming: feed pieces to a compressor, read back with a capped decompressor.
comp = bz2.BZ2Compressor(9)
stream = b"".join(comp.compress(log[i:i + 5000]) for i in range(0, len(log), 5000)) + comp.flush()
print("stream", len(stream), stream == bz2.compress(log))
dec = bz2.BZ2Decompressor()
first = dec.decompress(stream + b"junk after", max_length=1000)
print(len(first), dec.eof, dec.needs_input)
rest = dec.decompress(b"")
print(len(first) + len(rest), dec.eof, dec.unused_data, first + rest == log)

# Concatenated streams decompress to the concatenation.
both = bz2.compress(b"alpha ") + bz2.compress(b"beta")
print(bz2.decompress(both))

path = os.path.join(os.getcwd(), "t619_log.bz2")
with bz2.open(path, "wt", encoding="utf-8") as f:
    for i in range(500):
        f.write(f"line {i}: {'é' * (i % 5)}\n")
print("file", os.path.getsize(path))
with bz2.open(path, "rt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[499], end="")
with bz2.BZ2File(path) as f:
    f.seek(100)
    print(f.read(12), f.tell())
with bz2.BZ2File(path, "ab") as f:
    f.write(b"appended\n")
with bz2.open(path, "rb") as f:
    print(f.read()[-18:])
os.remove(path)

for bad in (b"BZh9 not really bzip2", bz2.compress(b"cut short")[:-5]):
    try:
        bz2.decompress(bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__ + ":", e)
c = bz2.BZ2Compressor()
c.flush()
try:
    c.compress(b"late")
except ValueError as e:
    print("ValueError:", e)
try:
    bz2.BZ2Compressor(0)
except ValueError as e:
    print("ValueError:", e)
