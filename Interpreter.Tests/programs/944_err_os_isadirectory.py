# conformance: full-stderr
# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# Cleaning a scratch directory with os.remove on every entry: a subdirectory raises IsADirectoryError.
import os
import shutil

base = os.path.join("/tmp", "herthon-944-%d" % os.getpid())
os.makedirs(os.path.join(base, "cache", "nested"))
with open(os.path.join(base, "cache", "one.tmp"), "w") as f:
    f.write("1")
os.chdir(base)
try:
    for entry in sorted(os.listdir("cache")):
        path = os.path.join("cache", entry)
        print("removing", path)
        os.remove(path)
finally:
    os.chdir("/")
    shutil.rmtree(base)
