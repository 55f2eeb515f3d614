# Binary files: seek/tell from each whence, readinto, truncate, append mode, unbuffered FileIO.
import os

name = os.path.join(os.getcwd(), "t452_data.bin")
with open(name, "wb") as f:
    print(type(f).__name__, f.mode, f.writable(), f.readable(), f.seekable())
    f.write(bytes(range(32)))
    print("after write", f.tell())
    f.seek(4)
    f.write(b"\xff\xfe")
    print("after overwrite", f.tell())

with open(name, "rb") as f:
    print(f.read(6))
    print("tell", f.tell())
    print("seek cur", f.seek(2, 1), f.read(2))
    print("seek end", f.seek(-4, 2), f.read())
    print("at eof", f.read(), f.read(10), f.tell())
    f.seek(0)
    buf = bytearray(5)
    n = f.readinto(buf)
    print("readinto", n, buf)
    f.seek(30)
    n = f.readinto(buf)
    print("short readinto", n, buf)
    print("peek", f.seek(10), f.peek(3)[:3], f.tell())
    print("read1", f.read1(4), f.tell())

with open(name, "r+b") as f:
    print("truncate", f.truncate(8), f.tell())
    f.seek(0, 2)
    print("size now", f.tell())
    f.write(b"END")
    f.seek(0)
    print(f.read())

with open(name, "ab") as f:
    print("append starts at", f.tell())
    f.write(b"++")
with open(name, "rb") as f:
    data = f.read()
print(len(data), data[-5:])

# buffering=0 gives the raw FileIO.
with open(name, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.mode, raw.closefd, raw.read(3), raw.tell())
    print(raw.readall())
    print(raw.fileno() > 2, raw.isatty())

# Reading lines from a binary file keeps the b"\n".
with open(name, "wb") as f:
    f.writelines([b"alpha\n", b"beta\r\n", b"gamma"])
with open(name, "rb") as f:
    print(f.readline(), f.readline(3), f.readlines())
with open(name, "rb") as f:
    print([line for line in f])

# Writing past the end leaves a hole of zero bytes.
with open(name, "w+b") as f:
    f.seek(5)
    f.write(b"x")
    f.seek(0)
    print(f.read())
os.remove(name)
