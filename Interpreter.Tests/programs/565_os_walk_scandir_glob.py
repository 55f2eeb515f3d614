# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# A scratch project tree: os.walk/fwalk/scandir listings, recursive glob, stat bits, links and times.
import glob
import os
import shutil
import stat

base = os.path.join("/tmp", "herthon-565-%d" % os.getpid())
os.mkdir(base)
home = os.getcwd()
os.chdir(base)  # every path printed below is relative to the workspace
try:
    os.makedirs("src/pkg/sub")
    os.makedirs("src/pkg/sub", exist_ok=True)
    for path, text in [("src/a.txt", "alpha\n"), ("src/pkg/b.py", "print('b')\n"),
                       ("src/pkg/sub/c.py", "x = 1\n"), ("src/pkg/sub/d.txt", "dd")]:
        with open(path, "w") as f:
            f.write(text)
    os.symlink("a.txt", "src/link")

    for root, dirs, files in os.walk("src"):
        dirs.sort()
        print(root, dirs, sorted(files))
    for root, dirs, files in os.walk("src", topdown=False):
        print("up", root, sorted(dirs), sorted(files))
    for root, dirs, files, fd in os.fwalk("src"):
        dirs.sort()
        print("fwalk", root, dirs, sorted(files), isinstance(fd, int))

    with os.scandir("src") as it:
        for e in sorted(it, key=lambda e: e.name):
            print(repr(e), e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False),
                  e.inode() == e.stat(follow_symlinks=False).st_ino, os.fspath(e))
    print(sorted(e.name for e in os.scandir(b"src/pkg")))

    print(sorted(glob.glob("src/**/*.py", recursive=True)))
    print(sorted(glob.glob("src/*")))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.iglob("src/pkg/sub/?.*")), glob.has_magic("a*"), glob.escape("x[1]?"))

    st = os.stat("src/a.txt")
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st == tuple(st), st[6], len(st))
    os.chmod("src/a.txt", 0o640)
    print(stat.filemode(os.stat("src/a.txt").st_mode), oct(stat.S_IMODE(os.stat("src/a.txt").st_mode)))
    print(stat.filemode(os.lstat("src/link").st_mode)[0], stat.filemode(os.stat("src").st_mode)[0])
    print(os.readlink("src/link"), os.path.islink("src/link"), os.path.realpath("src/link") == os.path.join(base, "src", "a.txt"))

    os.utime("src/a.txt", (1000000000, 1000000000.5))
    st = os.stat("src/a.txt")
    print(st.st_mtime, st.st_atime, st.st_mtime_ns, st[8])
    os.utime("src/a.txt", ns=(5, 1_500_000_000_123456789))
    print(os.stat("src/a.txt").st_mtime_ns, os.path.getmtime("src/a.txt"))

    os.rename("src/pkg/sub/d.txt", "src/d2.txt")
    os.replace("src/d2.txt", "src/a.txt")
    with open("src/a.txt") as f:
        print(f.read())
    os.link("src/a.txt", "src/hard")
    print(os.stat("src/a.txt").st_nlink, os.path.samefile("src/a.txt", "src/hard"))
    os.remove("src/hard")
    os.unlink("src/link")
    print(sorted(os.listdir("src")), sorted(os.listdir(b"src")))
    os.removedirs("src/pkg/sub") if not os.listdir("src/pkg/sub") else None
    os.remove("src/pkg/sub/c.py")
    os.removedirs("src/pkg/sub")
    print(sorted(os.listdir("src")), os.path.isdir("src/pkg"))
finally:
    os.chdir(home)
    shutil.rmtree(base)
print(os.path.exists(base))
