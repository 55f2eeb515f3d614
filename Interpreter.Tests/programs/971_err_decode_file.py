# A file written as latin-1 read back as UTF-8 fails part-way with a UnicodeDecodeError.
import os

name = "t971_legacy.txt"
# A file object that is never closed: its text must still reach the disk.
open(name, "w", encoding="latin-1").write("first line\nüber\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8", errors="replace") as f:
    print(f.read().splitlines())
try:
    with open(name, encoding="utf-8") as f:
        print(repr(f.readline()))
        print(repr(f.readline()))
finally:
    os.remove(name)
