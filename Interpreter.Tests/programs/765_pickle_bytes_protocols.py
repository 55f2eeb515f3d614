# The exact bytes of each protocol for common values (identical to CPython's), pickletools'
# disassembly of one, framing for protocol 4, and protocol 5 out-of-band buffers.
import io
import pickle
import pickletools

values = [
    0, 1, 255, 256, 65535, 65536, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 64, -2 ** 64, 0.0, -0.5, 1e100,
    float("inf"), "", "a", "€uro", "\U0001f600", "tab\tnew\nline\\", "\ud800", b"", b"\x00\xff", bytearray(),
    True, False, None, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], {}, {"k": "v"}, set(), {7},
    frozenset(), len, pickle.Pickler, type(None), ...,
]
for v in values:
    for proto in range(6):
        print(proto, repr(v), pickle.dumps(v, proto))

pickletools.dis(pickle.dumps({"a": [1, 2.5, "x"], "b": (None, True)}, 2))
pickletools.dis(pickletools.optimize(pickle.dumps([[1, 2]] * 2, 4)))

# Protocol 4 frames: large data is cut into frames of about 64 KiB.
payload = [bytes([i % 256]) * 1000 for i in range(200)]
s = pickle.dumps(payload, 4)
frames = [arg for op, arg, pos in pickletools.genops(s) if op.name == "FRAME"]
print(len(s), frames, pickle.loads(s) == payload)
big = b"x" * 100000
s = pickle.dumps([big, "tail"], 4)
print(len(s), [op.name for op, arg, pos in pickletools.genops(s)])

# Protocol 5: out-of-band buffers handed to a callback and given back at load time.
buffers = []
data = [pickle.PickleBuffer(b"readonly bytes"), pickle.PickleBuffer(bytearray(b"writable"))]
s = pickle.dumps(data, 5, buffer_callback=buffers.append)
print(s, len(buffers))
back = pickle.loads(s, buffers=buffers)
print([bytes(m) for m in back], [type(b).__name__ for b in buffers])
print(pickle.loads(pickle.dumps(data, 5)))
with pickle.PickleBuffer(bytearray(b"abc")).raw() as m:
    print(m.readonly, m.tobytes(), m.contiguous)

# Several pickles in one file, each loaded in turn.
f = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto}, f, proto)
f.seek(0)
print([pickle.load(f)["proto"] for _ in range(6)])
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError:", e)
