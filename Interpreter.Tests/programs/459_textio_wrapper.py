# TextIOWrapper over in-memory and raw streams: tell/seek, reconfigure, detach, line buffering, subclasses.
import io
import os

buf = io.BytesIO()
t = io.TextIOWrapper(buf, encoding="utf-8", newline="\n")
print(t.encoding, t.errors, t.line_buffering, t.write_through, repr(t.newlines))
t.write("αβγ\nsecond\n")
t.flush()
print(buf.getvalue())
t.seek(0)
print(repr(t.readline()), t.tell())
pos = t.tell()
print(repr(t.read(3)), t.tell())
t.seek(pos)
print(repr(t.read()))
print(t.seek(0, 2), repr(t.read()))
t.write("third\n")
t.seek(0)
print(t.readlines())

# line_buffering flushes on every newline.
raw = io.BytesIO()
lb = io.TextIOWrapper(raw, encoding="ascii", line_buffering=True)
lb.write("no newline yet")
print(raw.getvalue())
lb.write(" ... now\n")
print(raw.getvalue())

# reconfigure() switches encoding, errors and newline before anything is read.
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="ascii")
w.write("plain ")
w.reconfigure(encoding="latin-1", errors="replace")
w.write("café €\n")
w.reconfigure(newline="\r\n")
w.write("crlf\n")
w.flush()
print(w.encoding, w.errors, raw.getvalue())

# detach() hands back the buffer; the wrapper is then unusable.
wrapper = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), encoding="utf-8")
print(repr(wrapper.readline()))
inner = wrapper.detach()
print(type(inner).__name__, inner.read())
try:
    wrapper.read()
except ValueError as e:
    print("ValueError:", e)

# Universal newlines over a stream that yields a few bytes at a time.
class Trickle(io.RawIOBase):
    def __init__(self, data, step):
        self.data, self.pos, self.step = data, 0, step

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


data = "one\r\ntwo\rthree\nfour ✓\r\n".encode("utf-8")
for step in [1, 2, 5]:
    stream = io.TextIOWrapper(io.BufferedReader(Trickle(data, step), buffer_size=4), encoding="utf-8")
    print(step, list(stream), stream.newlines)
print(isinstance(Trickle(b"", 1), io.RawIOBase), Trickle(b"xyz", 2).read(), Trickle(b"xyz", 2).readall())

# Reading a file in chunks with tell() between them.
name = os.path.join(os.getcwd(), "t459_chunks.txt")
with open(name, "w", encoding="utf-8") as f:
    f.write("".join(f"line {i}: {'é' * (i % 4)}\n" for i in range(6)))
marks = []
with open(name, encoding="utf-8") as f:
    while True:
        marks.append(f.tell())
        line = f.readline()
        if not line:
            break
print(marks)
with open(name, encoding="utf-8") as f:
    f.seek(marks[3])
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(8)), f.tell())
with open(name, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("appended\n")
    f.seek(0)
    print(len(f.read().splitlines()))
os.remove(name)

# IncrementalNewlineDecoder on its own.
dec = io.IncrementalNewlineDecoder(None, translate=True)
print([dec.decode(s) for s in ["a\r", "\nb\r", "c"]], repr(dec.decode("", final=True)), dec.newlines)
