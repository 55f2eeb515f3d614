# newline= on open(): translation when writing, line splitting and translation when reading.
import os

name = os.path.join(os.getcwd(), "t451_lines.txt")

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, "w", newline=nl) as f:
        f.write("one\ntwo\n")
    with open(name, "rb") as f:
        print(f"write newline={nl!r:6} -> {f.read()!r}")

with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rlast")

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=nl) as f:
        lines = f.readlines()
        print(f"read newline={nl!r:6} {lines!r} newlines={f.newlines!r}")

with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(repr(f.read()))

# Iterating and readline(size).
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline()), repr(f.readline(100)))

# A \r\n split across reads still counts as one line ending.
with open(name, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\nz")
with open(name) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[1]), repr(lines[2]), repr(f.newlines))

# line_buffering flushes at each newline; the data is visible to another reader.
with open(name, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("partial")
    f.write(" line\n")
    with open(name) as g:
        print(repr(g.read()))
os.remove(name)
print(os.path.exists(name))
