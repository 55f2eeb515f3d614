# The errors open() and file objects raise: bad modes, closed files, unsupported operations, OS errors.
import io
import os

name = os.path.join(os.getcwd(), "t458_file.txt")
with open(name, "w") as f:
    f.write("content\n")

for mode in ["rw", "rr", "z", "rbt", "", "+", "b", "r+b+", "U", "wa", "xt+b"]:
    try:
        open(name, mode)
    except ValueError as e:
        print(f"{mode!r:8} ValueError: {e}")

for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(name, "rb", **kwargs)
    except ValueError as e:
        print("binary", list(kwargs), "ValueError:", e)
try:
    open(name, "r", buffering=0)
except ValueError as e:
    print("ValueError:", e)
try:
    open(name, encoding="no-such-encoding")
except LookupError as e:
    print("LookupError:", e)
try:
    open(name, newline="\t")
except ValueError as e:
    print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)

missing = os.path.join(os.getcwd(), "t458_missing", "nothing.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(os.getcwd(), "r")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(issubclass(FileNotFoundError, OSError), OSError is IOError)

# Operations the mode does not allow.
with open(name) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("text write:", e, isinstance(e, OSError), isinstance(e, ValueError))
with open(name, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("text read:", e)
with open(name, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("binary write:", e)
    try:
        f.truncate(0)
    except io.UnsupportedOperation as e:
        print("binary truncate:", e)
with open(name, "rb", buffering=0) as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("raw write:", e)
with open(name) as f:
    try:
        f.seek(2, 1)
    except io.UnsupportedOperation as e:
        print("text seek:", e)
    try:
        f.seek(-1)
    except ValueError as e:
        print("text seek:", e)
with open(name, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(name, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)

# Everything on a closed file is a ValueError.
f = open(name)
f.close()
f.close()
print("closed:", f.closed)
for op in [f.read, f.readline, f.tell, lambda: f.seek(0), lambda: f.write("x"), f.flush, lambda: next(f), lambda: f.__enter__()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
b = open(name, "rb")
b.close()
for op in [b.read, lambda: b.seek(0), b.peek]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
w = open(name, "wb")
w.close()
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError:", e)
os.remove(name)
try:
    os.remove(name)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
