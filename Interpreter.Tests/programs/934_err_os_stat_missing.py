# conformance: full-stderr
# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# A config loader that stats each candidate; the last one is missing and the FileNotFoundError escapes.
import os


def newest(paths):
    best = None
    for p in paths:
        mtime = os.stat(p).st_mtime_ns
        if best is None or mtime > best[0]:
            best = (mtime, p)
    return best[1]


print(os.path.basename(newest([__file__])))
try:
    os.rename("no-such-config.ini", "renamed.ini")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    print(e)
newest([__file__, "no-such-config.ini"])
