# conformance: own-process (chdir, umask, environ and descriptors are process-wide)
# os.environ (a str view of posix's bytes environ), putenv/unsetenv, fspath/fsencode, and the small process queries.
import os, sys
os.environ["HERTHON_T1"] = "v1"
print(os.environ["HERTHON_T1"], os.getenv("HERTHON_T1"), os.environb[b"HERTHON_T1"], "HERTHON_T1" in os.environ)
os.environ.setdefault("HERTHON_T2", "two")
print(os.environ.pop("HERTHON_T2"), os.environ.get("HERTHON_T2", "gone"))
os.environ.update(HERTHON_T3="three", HERTHON_T4="four")
print(sorted(k for k in os.environ if k.startswith("HERTHON_T")))
del os.environ["HERTHON_T3"]
try:
    del os.environ["HERTHON_T3"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.putenv("A=B", "x")
except ValueError as e:
    print("ValueError", e)
print(repr(os.environ.copy()["HERTHON_T4"]), type(os.environ).__name__, os.environ.__class__.__module__)
os.environb[b"HERTHON_B"] = b"\xff\xfe"
print(repr(os.environ["HERTHON_B"]), os.fsencode(os.environ["HERTHON_B"]))
print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), ascii(os.fsdecode(b"\xff")), os.fspath(b"x"))
class P:
    def __fspath__(self):
        return "p/q"
print(os.fspath(P()), os.path.join(P(), "r"))
for bad in (1, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.get_exec_path({"PATH": "/a:/b"}))
os.environ["HOME"] = "/home/someone"
print(os.path.expandvars("$HERTHON_T1/x"), os.path.expanduser("~/notes"))
print(os.getpid() == os.getpid(), os.getppid() > 0, isinstance(os.getuid(), int), os.cpu_count() > 0)
print(os.uname().sysname, len(os.uname()), type(os.times()).__name__, len(os.times()))
print(os.strerror(2), os.strerror(13), os.sep, os.pathsep, os.linesep == "\n", os.devnull, os.curdir, os.pardir, os.extsep)
print(os.name, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY | os.O_CREAT, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
um = os.umask(0o22); print(oct(os.umask(um)))
