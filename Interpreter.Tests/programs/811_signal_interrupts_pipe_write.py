# conformance: own-process   (installs a SIGALRM handler)
# A blocking write to a full pipe ends when a signal handler raises; non-blocking
# pipes report "no room" / "nothing yet" instead of waiting.
import io
import os
import signal


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm")


signal.signal(signal.SIGALRM, on_alarm)

# os.write to a pipe nobody reads: the pipe fills, the alarm ends the wait.
r, w = os.pipe()
signal.alarm(1)
try:
    os.write(w, b"x" * (4 * 1024 * 1024))
    print("write returned")
except Timeout as e:
    print("os.write interrupted:", e)
finally:
    signal.alarm(0)
drained = 0
os.set_blocking(r, False)
while True:
    try:
        chunk = os.read(r, 65536)
    except BlockingIOError:
        break
    drained += len(chunk)
print("the pipe held data:", drained > 0)

# The same through a buffered file: what was not written stays in its buffer.
out = open(w, "wb", closefd=False)
signal.alarm(1)
try:
    out.write(b"y" * (4 * 1024 * 1024))
    out.flush()
except Timeout as e:
    print("flush interrupted:", e)
finally:
    signal.alarm(0)
os.close(w)
try:
    out.close()
except OSError as e:
    print("close after the descriptor went:", type(e).__name__, e.errno)
os.close(r)

# Non-blocking descriptors: None from the raw file, BlockingIOError from os.read.
r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
raw_in = io.FileIO(r, "rb", closefd=False)
raw_out = io.FileIO(w, "wb", closefd=False)
print("read from an empty pipe:", raw_in.read(10), raw_in.readall(), raw_in.readinto(bytearray(4)))
total = 0
while (n := raw_out.write(b"z" * 10000)) is not None:
    total += n
print("write to a full pipe: None after", total > 0, "bytes")
print("read back:", len(raw_in.read(5)))
os.close(r)
os.close(w)

e = BlockingIOError(11, "write could not complete without blocking", 482)
print(e.args, e.characters_written, e.filename, e)
e.characters_written = 7
print(e.characters_written)
try:
    BlockingIOError(11, "no count").characters_written
except AttributeError as err:
    print("AttributeError:", err)
print(OSError(2, "No such file", None).args)

# A buffer's consumed head is dropped with a slice deletion.
buf = bytearray(b"header:") + bytearray(b"payload" * 3)
del buf[:7]
print(buf, len(buf))
