# Arguments out of range or missing where Herthon used to fail inside (a .NET exception reported as
# SystemError, or a crash): negative and huge descriptors for os.listdir/os.scandir/os.stat,
# missing arguments to sys.setrecursionlimit, sys.exit and _codecs' helpers.
import os
import sys
import _codecs

here = sorted(os.listdir("."))
print(sorted(os.listdir(-1)) == here, sorted(e.name for e in os.scandir(-1)) == here)
for f in (os.listdir, os.scandir, os.stat):
    for fd in (-5, 2**40, -2**40, 2**70, 10**6):
        try:
            f(fd)
            print(f.__name__, fd, "no error")
        except OSError as e:
            print(f.__name__, fd, type(e).__name__, e.errno, e.strerror, e.filename)
        except OverflowError as e:
            print(f.__name__, fd, "OverflowError", e)
try:
    os.stat(-1)
except OSError as e:
    print("stat -1", e.errno, e.strerror, e.filename)
for call in (lambda: sys.setrecursionlimit(), lambda: sys.setrecursionlimit(1, 2),
             lambda: sys.exit(1, 2), lambda: _codecs.charmap_build(),
             lambda: _codecs.escape_decode(), lambda: _codecs.readbuffer_encode(),
             lambda: _codecs.escape_decode(b"a", "strict", 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(_codecs.escape_decode(b"a\\n"), _codecs.readbuffer_encode("ab"))
