# In-memory streams: StringIO and BytesIO as CPython's io implements them.
import io

s = io.StringIO("first line\nsecond line\nthird")
print(s.tell(), s.readline(), s.tell())
print(s.read(6), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print([line.rstrip() for line in s])
s.seek(6)
s.write("LINE")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("!")
print(s.truncate(10), repr(s.getvalue()), s.tell())
s.seek(15)
s.write("x")
print(repr(s.getvalue()))

out = io.StringIO()
print("hello", "world", sep=", ", file=out)
out.writelines(["a\n", "b\n"])
print(repr(out.getvalue()), out.readable(), out.writable(), out.seekable())

# newline handling, as TextIOWrapper does it.
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    t.seek(0)
    print(f"{nl!r:6} {t.getvalue()!r:18} {t.readlines()!r} {t.newlines!r}")

try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().seek(3, 1)
except OSError as e:
    print("OSError:", e)

b = io.BytesIO(b"binary\x00data\nmore")
print(b.read(6), b.tell(), b.read1(3), b.readline(), b.read())
b.seek(0)
print(b.getvalue()[:6], b.seek(-4, 2), b.read())
b.seek(20)
b.write(b"Z")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
print(io.BytesIO(b"a\nb\nc").readlines(), list(io.BytesIO(b"x\ny")))
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)

with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for op in [f.read, f.getvalue, f.tell]:
    try:
        op()
    except ValueError as e:
        print(op.__name__, "->", e)
s = io.StringIO("gone")
s.close()
try:
    s.read()
except ValueError as e:
    print("StringIO closed:", e)


class Shout(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


sh = Shout()
print("quiet words", file=sh)
print(repr(sh.getvalue()), isinstance(sh, io.StringIO))
