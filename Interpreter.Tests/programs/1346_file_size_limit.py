# Writing past RLIMIT_FSIZE fails with OSError EFBIG: SIGXFSZ is ignored from start-up, as in
# CPython, instead of killing the process.
# conformance: own-process
import errno, os, resource, signal, tempfile

print(signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, hard))
fd, path = tempfile.mkstemp()
try:
    print(os.write(fd, b"x" * 600))
    print(os.write(fd, b"y" * 600))   # partial: up to the limit
    try:
        os.write(fd, b"z" * 10)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EFBIG)
    with open(path, "ab", buffering=0) as f:
        try:
            f.write(b"w")
        except OSError as e:
            print("file:", type(e).__name__, e.errno == errno.EFBIG)
finally:
    os.close(fd)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    print(os.path.getsize(path))
    os.unlink(path)
print("alive")
