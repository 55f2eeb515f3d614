# conformance: full-stderr
# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# os.mkdir of a directory that exists (FileExistsError), after the OSError family is checked by hand.
import errno
import os
import shutil

base = os.path.join("/tmp", "herthon-949-%d" % os.getpid())
os.mkdir(base)
os.chdir(base)
try:
    with open("file", "w"):
        pass
    for call, args in [(os.mkdir, ("file",)), (os.rmdir, ("file",)), (os.listdir, ("file",)),
                       (os.rmdir, (".",)), (os.open, ("missing", os.O_RDONLY)), (os.readlink, ("file",)),
                       (os.mkdir, ("a/b/c",)), (os.symlink, ("x", "file"))]:
        try:
            call(*args)
        except OSError as e:
            print(call.__name__, type(e).__name__, errno.errorcode[e.errno], e)
    os.makedirs("logs/2024", exist_ok=True)
    os.mkdir("logs/2024")
finally:
    os.chdir("/")
    shutil.rmtree(base)
