# fcntl on pipes and files: non-blocking mode, close-on-exec flags, advisory locks.
import errno
import fcntl
import os

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print("non-blocking at first:", bool(flags & os.O_NONBLOCK), os.get_blocking(r))
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print("non-blocking now:", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("empty pipe:", e.errno == errno.EAGAIN, e)
os.write(w, b"data")
print(os.read(r, 10))
os.set_blocking(r, True)
print("blocking again:", os.get_blocking(r))

print("close-on-exec:", fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC, os.get_inheritable(w))
os.set_inheritable(w, True)
print("inheritable:", os.get_inheritable(w), fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
copy = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, 0)
os.write(copy, b"via copy")
print(os.read(r, 20), os.get_inheritable(copy))
for fd in (r, w, copy):
    os.close(fd)

with open(__file__, "rb") as f:
    fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_UN)
    print("locks taken and released")

try:
    fcntl.fcntl(r, fcntl.F_GETFL)
except OSError as e:
    print(type(e).__name__, e)
try:
    fcntl.flock(-1, fcntl.LOCK_SH)
except ValueError as e:
    print("ValueError:", e)
try:
    fcntl.fcntl("x", fcntl.F_GETFL)
except TypeError as e:
    print("TypeError:", e)
