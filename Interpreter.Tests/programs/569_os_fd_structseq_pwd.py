# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# Raw descriptors (open/read/write/lseek/pipe/dup), os.stat_result as a structseq, pwd and grp.
import grp
import os

import pwd
import shutil
import stat

base = os.path.join("/tmp", "herthon-569-%d" % os.getpid())
os.mkdir(base)
home = os.getcwd()
os.chdir(base)
try:
    fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    print(os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")), os.write(fd, memoryview(b"??")[:1]))
    print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd), os.device_encoding(fd))
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    os.fsync(fd)
    os.ftruncate(fd, 12)
    os.close(fd)
    fd = os.open("raw.bin", os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, -7, os.SEEK_END), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    fd2 = os.dup(fd)
    os.lseek(fd2, 0, os.SEEK_SET)
    print(os.read(fd, 5), os.get_inheritable(fd2))
    target = 100  # a descriptor number nothing else holds (the test host may have many open)
    while True:
        try:
            os.fstat(target)
        except OSError:
            break
        target += 1
    os.dup2(fd, target)
    print(os.lseek(target, 0, os.SEEK_CUR))
    for f in (fd, fd2, target):
        os.close(f)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
    r, w = os.pipe()
    os.write(w, b"piped")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)
    with open("raw.bin", "rb") as f:
        print(os.fstat(f.fileno()).st_size, os.path.getsize("raw.bin"))
    os.truncate("raw.bin", 3)
    print(os.stat("raw.bin").st_size, stat.filemode(os.stat("raw.bin").st_mode))

    st = os.stat("raw.bin")
    print(type(st), isinstance(st, tuple), len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
    print(st.st_mode == st[0], st.st_size == st[6], st.st_mtime_ns // 10**9 == st[8], type(st.st_mtime), type(st[8]))
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
    print(size, st[-4:-3], st[:1] == (st.st_mode,))
    fake = os.stat_result((0o100644, 1, 2, 3, 4, 5, 6, 7, 8, 9))
    print(fake)
    print(fake.st_atime, fake.st_mtime, fake.st_blocks, fake.st_mtime_ns)
    full = os.stat_result(range(16))
    print(full.st_atime, full.st_atime_ns, full.st_rdev, full.st_blocks)
    cls, args = fake.__reduce__()
    print(cls(*args) == fake, cls(*args).st_ctime, fake.__reduce__()[1][1]["st_ctime"])
    for bad in ((1, 2), tuple(range(20))):
        try:
            os.stat_result(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        fake.st_size = 1
    except AttributeError as e:
        print("AttributeError")
finally:
    os.chdir(home)
    shutil.rmtree(base)

root = pwd.getpwnam("root")
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="), root.pw_uid, root[0], root.pw_dir, type(root).__name__, len(root))
print(pwd.getpwuid(0) == root, any(p.pw_name == "root" for p in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem), grp.getgrnam("root") == g, any(x.gr_gid == 0 for x in grp.getgrall()))
for call, arg in ((pwd.getpwnam, "no-such-user-here"), (pwd.getpwuid, 2**31 - 7), (grp.getgrnam, "no-such-group"), (grp.getgrgid, 2**31 - 7)):
    try:
        call(arg)
    except KeyError as e:
        print("KeyError:", e)
try:
    pwd.getpwuid("0")
except TypeError as e:
    print("TypeError:", e)
