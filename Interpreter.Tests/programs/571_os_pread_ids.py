# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# Positional I/O (pread/pwrite), randomness, process identity and priority queries of os.
import os
import shutil

base = os.path.join("/tmp", "herthon-571-%d" % os.getpid())
os.mkdir(base)
try:
    path = os.path.join(base, "records.dat")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    os.write(fd, b"0000000000")
    print(os.pwrite(fd, b"ab", 3), os.pwrite(fd, b"XY", 8), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pread(fd, 4, 2), os.pread(fd, 100, 7), os.pread(fd, 5, 50))
    os.posix_fallocate(fd, 0, 4096)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
    print(os.fstat(fd).st_size)
    os.lockf(fd, os.F_LOCK, 0)
    os.lockf(fd, os.F_ULOCK, 0)
    os.close(fd)
    os.mkfifo(os.path.join(base, "fifo"))
    import stat
    print(stat.S_ISFIFO(os.stat(os.path.join(base, "fifo")).st_mode))
finally:
    shutil.rmtree(base)

print(len(os.getrandom(16)), len(os.urandom(0)), os.getrandom(0))
r, e, s = os.getresuid()
print(r == os.getuid(), e == os.geteuid())
r, e, s = os.getresgid()
print(r == os.getgid(), e == os.getegid())
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) == os.getsid(os.getpid()))
print(os.nice(0) == os.getpriority(os.PRIO_PROCESS, 0))
print(os.ctermid(), os.sched_yield())
for call in (lambda: os.pread(-1, 1, 0), lambda: os.getpgid(-5), lambda: os.posix_fallocate(-1, 0, 1), lambda: os.waitpid(1, os.WNOHANG)):
    try:
        call()
    except OSError as err:
        print(type(err).__name__, err)

# utime() floors float seconds to nanoseconds as CPython's _PyTime does.
stamp = os.path.join("/tmp", "herthon-571u-%d" % os.getpid())
open(stamp, "w").close()
for t in (1.1, 1.123456789, 1700000000.987654321, 0.3, 2.675, -1.5):
    os.utime(stamp, (t, t))
    print(t, os.stat(stamp).st_mtime_ns)
os.remove(stamp)
