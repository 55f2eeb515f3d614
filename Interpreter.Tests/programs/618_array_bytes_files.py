# array round trips through bytes, memoryview, struct, binary files and pickle.
import os
import pickle
import struct
from array import array

samples = array("h", [0, 1000, -1000, 32767, -32768])
raw = samples.tobytes()
print(len(raw), raw.hex(), bytes(samples) == raw)
back = array("h")
back.frombytes(raw)
print(back == samples, back)
print(struct.unpack("<5h", raw))

# The buffer protocol: memoryview and bytes() see the array's own bytes.
view = memoryview(samples)
print(view.format, view.itemsize, view.nbytes, len(view), view[3], view.tolist())
print(memoryview(array("d", [1.5, -2.0])).tolist(), bytes(array("B", b"abc")))
print(array("I", b"\x01\x00\x00\x00\xff\xff\xff\xff"))

# Byte order: byteswap converts to and from big-endian data.
big = array("i", [1, 256, -2])
big.byteswap()
print(big.tobytes().hex(), struct.unpack(">3i", big.tobytes()))
big.byteswap()
print(big)

# Writing and reading binary files.
path = os.path.join(os.getcwd(), "t618_values.bin")
values = array("d", [i / 8 for i in range(1000)])
with open(path, "wb") as f:
    values.tofile(f)
print(os.path.getsize(path))
loaded = array("d")
with open(path, "rb") as f:
    loaded.fromfile(f, 600)
    print(len(loaded), loaded[599])
    try:
        loaded.fromfile(f, 500)
    except EOFError as e:
        print("EOFError:", e, len(loaded))
print(loaded == values, loaded[-3:])
os.remove(path)

# Pickling keeps the typecode and the values, with every protocol.
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for a in (array("l", [1, -2, 3]), array("u", "pickled"), array("f", [0.25, 8.0]), array("B")):
        copy = pickle.loads(pickle.dumps(a, proto))
        assert copy == a and copy.typecode == a.typecode, (proto, a)
print(pickle.loads(pickle.dumps(array("Q", [2**64 - 1]))), array("b", [1]).__reduce_ex__(2)[1])

try:
    array("i").frombytes(b"12345")
except ValueError as e:
    print("ValueError:", e)
