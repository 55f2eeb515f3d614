# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# shutil over a scratch tree: copytree, copy2, copymode, move, rmtree (with onerror), which, copyfileobj.
import io
import os
import shutil
import stat

base = os.path.join("/tmp", "herthon-566-%d" % os.getpid())
os.mkdir(base)
home = os.getcwd()
os.chdir(base)
try:
    os.makedirs("proj/docs")
    os.makedirs("proj/build/tmp")
    with open("proj/README", "w") as f:
        f.write("readme\n")
    with open("proj/docs/guide.md", "w") as f:
        f.write("# Guide\n" * 100)
    with open("proj/build/tmp/junk.o", "wb") as f:
        f.write(bytes(range(256)))
    os.symlink("README", "proj/README.link")

    shutil.copytree("proj", "copy", symlinks=True, ignore=shutil.ignore_patterns("build"))
    for root, dirs, files in os.walk("copy"):
        dirs.sort()
        print(root, dirs, sorted(files))
    print(os.path.islink("copy/README.link"), os.readlink("copy/README.link"))
    shutil.copytree("proj", "deref")
    print(os.path.islink("deref/README.link"), open("deref/README.link").read().strip())

    os.chmod("proj/README", 0o600)
    os.utime("proj/README", (1_600_000_000, 1_600_000_000))
    shutil.copy2("proj/README", "copy/README2")
    st = os.stat("copy/README2")
    print(stat.filemode(st.st_mode), st.st_mtime, shutil.copy("proj/README", "copy") == "copy/README")
    shutil.copymode("proj/docs/guide.md", "copy/README2")
    print(stat.filemode(os.stat("copy/README2").st_mode) == stat.filemode(os.stat("proj/docs/guide.md").st_mode))
    print(shutil.copyfile("proj/docs/guide.md", "guide.copy"), os.path.getsize("guide.copy"))
    try:
        shutil.copyfile("guide.copy", "guide.copy")
    except shutil.SameFileError as e:
        print("SameFileError:", e)

    print(shutil.move("guide.copy", "copy/docs"), sorted(os.listdir("copy/docs")))
    print(shutil.move("copy/docs", "moved"), sorted(os.listdir("moved")), os.path.exists("copy/docs"))

    out = io.BytesIO()
    with open("proj/build/tmp/junk.o", "rb") as f:
        shutil.copyfileobj(f, out, 100)
    print(len(out.getvalue()), out.getvalue()[250:])

    os.makedirs("bin")
    with open("bin/mytool", "w") as f:
        f.write("#!/bin/sh\n")
    with open("bin/notexec", "w") as f:
        f.write("")
    os.chmod("bin/mytool", 0o755)
    print(shutil.which("mytool", path="bin"), shutil.which("notexec", path="bin"), shutil.which("nope", path="bin"))

    errors = []
    shutil.rmtree("does-not-exist", onerror=lambda fn, path, exc: errors.append((fn.__name__, path, exc[0].__name__)))
    print(errors)
    shutil.rmtree("copy")
    shutil.rmtree("deref", ignore_errors=True)
    print(sorted(os.listdir(".")))
finally:
    os.chdir(home)
    shutil.rmtree(base)
print(os.path.exists(base))
