# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# posix argument checking and system-call errors, with CPython's exception types and messages.
import os
cases = [
    lambda: os.stat(1.5), lambda: os.stat("a\0b"), lambda: os.stat(b"a\0"), lambda: os.listdir(3.0),
    lambda: os.mkdir(None), lambda: os.fspath(1), lambda: os.stat(), lambda: os.stat("x", "y"),
    lambda: os.stat("x", bogus=1), lambda: os.read(-1, 10), lambda: os.read(0, -1), lambda: os.close(-1),
    lambda: os.rename("a", b"b"), lambda: os.lstat(3), lambda: os.urandom(-1), lambda: os.utime("x", (1,)),
    lambda: os.utime("x", (1, 2), ns=(1, 2)), lambda: os.utime("x", ns=(1.0, 2)), lambda: os.scandir(1.5),
    lambda: os.open("nope-dir/x", os.O_RDONLY), lambda: os.chdir("nope-dir"), lambda: os.strerror("x"),
    lambda: os.getcwd(1), lambda: os.waitpid(1, 0), lambda: os.kill(2**22 + 12345, 0),
    lambda: os.stat(3, dir_fd=4), lambda: os.stat(3, follow_symlinks=False), lambda: os.mkdir("x", mode="a"),
    lambda: os.putenv("", "x"), lambda: os.unsetenv("A=B"), lambda: os.write(1, "str"),
    lambda: os.listdir(""), lambda: os.readlink("/"), lambda: os.fstat(999), lambda: os.scandir("nope"),
    lambda: os.DirEntry(), lambda: os.pipe(1), lambda: os.remove(""),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "OK", r)
    except Exception as e:
        print(i, type(e).__name__, e)
