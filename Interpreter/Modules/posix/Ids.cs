using System.Runtime.InteropServices;
using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

/// <summary>Process identity, priority and the positional I/O calls of `posix`.</summary>
public static unsafe partial class PosixModule
{
    private const string Libc = "libc";
    [DllImport(Libc, SetLastError = true)] private static extern int getpgid(int pid);
    [DllImport(Libc, SetLastError = true)] private static extern int setpgid(int pid, int pgid);
    [DllImport(Libc, SetLastError = true)] private static extern int setsid();
    [DllImport(Libc, SetLastError = true)] private static extern int setuid(uint id);
    [DllImport(Libc, SetLastError = true)] private static extern int setgid(uint id);
    [DllImport(Libc, SetLastError = true)] private static extern int seteuid(uint id);
    [DllImport(Libc, SetLastError = true)] private static extern int setegid(uint id);
    [DllImport(Libc, SetLastError = true)] private static extern int setreuid(uint r, uint e);
    [DllImport(Libc, SetLastError = true)] private static extern int setregid(uint r, uint e);
    [DllImport(Libc, SetLastError = true)] private static extern int getresuid(out uint r, out uint e, out uint s);
    [DllImport(Libc, SetLastError = true)] private static extern int getresgid(out uint r, out uint e, out uint s);
    [DllImport(Libc, SetLastError = true)] private static extern int getpriority(int which, int who);
    [DllImport(Libc, SetLastError = true)] private static extern int setpriority(int which, int who, int prio);
    [DllImport(Libc, SetLastError = true)] private static extern int chroot(byte[] path);
    [DllImport(Libc, SetLastError = true)] private static extern int sched_yield();
    [DllImport(Libc)] private static extern byte* ctermid(byte* s);
    [DllImport(Libc, SetLastError = true)] private static extern nint getrandom(byte* buf, nint len, uint flags);
    [DllImport(Libc, SetLastError = true)] private static extern nint pread(int fd, byte* buf, nint count, long offset);
    [DllImport(Libc, SetLastError = true)] private static extern nint pwrite(int fd, byte* buf, nint count, long offset);
    [DllImport(Libc, SetLastError = true)] private static extern int mknodat(int dirfd, byte[] path, int mode, ulong dev);
    [DllImport(Libc, SetLastError = true)] private static extern int lockf(int fd, int cmd, long len);
    [DllImport(Libc, SetLastError = true)] private static extern int posix_fallocate(int fd, long offset, long len);
    [DllImport(Libc, SetLastError = true)] private static extern int posix_fadvise(int fd, long offset, long len, int advice);

    private static int Int(PyObject? o) => (int)Ops.IndexValue(o!);
    private static uint Id(PyObject? o) => (uint)Ops.IndexValue(o!);

    private static void AddIds(PyModule m)
    {
        m.AddFunction("getpgid", static (a, kw) => { var s = Bind("getpgid", a, kw, 1, 1, "pid"); int r = getpgid(Int(s[0])); if (r < 0) throw Error(); return PyInt.From(r); });
        m.AddFunction("setpgid", static (a, kw) => { var s = Bind("setpgid", a, kw, 2, 2, "pid", "pgrp"); if (setpgid(Int(s[0]), Int(s[1])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setpgrp", static (a, kw) => { NoArgs("posix.setpgrp", a, kw); if (setpgid(0, 0) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setsid", static (a, kw) => { NoArgs("posix.setsid", a, kw); if (setsid() < 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setuid", static (a, kw) => { var s = Bind("setuid", a, kw, 1, 1, "uid"); if (setuid(Id(s[0])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setgid", static (a, kw) => { var s = Bind("setgid", a, kw, 1, 1, "gid"); if (setgid(Id(s[0])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("seteuid", static (a, kw) => { var s = Bind("seteuid", a, kw, 1, 1, "euid"); if (seteuid(Id(s[0])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setegid", static (a, kw) => { var s = Bind("setegid", a, kw, 1, 1, "egid"); if (setegid(Id(s[0])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setreuid", static (a, kw) => { var s = Bind("setreuid", a, kw, 2, 2, "ruid", "euid"); if (setreuid(Id(s[0]), Id(s[1])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("setregid", static (a, kw) => { var s = Bind("setregid", a, kw, 2, 2, "rgid", "egid"); if (setregid(Id(s[0]), Id(s[1])) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("getresuid", static (a, kw) =>
        {
            NoArgs("posix.getresuid", a, kw);
            if (getresuid(out var r, out var e, out var sv) != 0) throw Error();
            return PyTuple.Of(PyInt.From(r), PyInt.From(e), PyInt.From(sv));
        });
        m.AddFunction("getresgid", static (a, kw) =>
        {
            NoArgs("posix.getresgid", a, kw);
            if (getresgid(out var r, out var e, out var sv) != 0) throw Error();
            return PyTuple.Of(PyInt.From(r), PyInt.From(e), PyInt.From(sv));
        });
        // getpriority and nice may legitimately return -1: only errno tells failure.
        m.AddFunction("getpriority", static (a, kw) =>
        {
            var s = Bind("getpriority", a, kw, 2, 2, "which", "who");
            Marshal.SetLastSystemError(0);
            int r = getpriority(Int(s[0]), Int(s[1]));
            if (r == -1 && Errno != 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("setpriority", static (a, kw) =>
        {
            var s = Bind("setpriority", a, kw, 3, 3, "which", "who", "priority");
            if (setpriority(Int(s[0]), Int(s[1]), Int(s[2])) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("nice", static (a, kw) =>
        {
            var s = Bind("nice", a, kw, 1, 1, "increment");
            int r = PosixNative.nice(Int(s[0]));
            if (r == -1 && Errno != 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("chroot", static (a, kw) =>
        {
            var s = Bind("chroot", a, kw, 1, 1, "path");
            var p = PathArg("chroot", "path", s[0]!);
            if (chroot(p.Bytes!) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("ctermid", static (a, kw) => { NoArgs("posix.ctermid", a, kw); return PyStr.From(FsDecode(CString(ctermid(null)))); });
        m.AddFunction("sched_yield", static (a, kw) => { NoArgs("posix.sched_yield", a, kw); sched_yield(); return PyNone.Instance; });
        m.AddFunction("getrandom", static (a, kw) =>
        {
            var s = Bind("getrandom", a, kw, 2, 1, "size", "flags");
            long n = Ops.IndexValue(s[0]!);
            if (n < 0) throw IoModule.OSErrorFor(22, null);
            var buf = new byte[n];
            nint got;
            fixed (byte* b = buf) got = getrandom(b, (nint)n, s[1] is null ? 0 : Id(s[1]));
            if (got < 0) throw Error();
            return new PyBytes(got == n ? buf : buf[..(int)got]);
        });
        m.AddFunction("pread", static (a, kw) =>
        {
            var s = Bind("pread", a, kw, 3, 3, "fd", "length", "offset");
            long n = Ops.IndexValue(s[1]!);
            if (n < 0) throw IoModule.OSErrorFor(22, null);
            var buf = new byte[n];
            nint got;
            fixed (byte* b = buf) got = pread(FdArg(s[0]!), b, (nint)n, Ops.IndexValue(s[2]!));
            if (got < 0) throw Error();
            return new PyBytes(got == n ? buf : buf[..(int)got]);
        });
        m.AddFunction("pwrite", static (a, kw) =>
        {
            var s = Bind("pwrite", a, kw, 3, 3, "fd", "data", "offset");
            var data = BytesMethods.AsBytes(s[1]!);
            nint put;
            fixed (byte* b = data) put = pwrite(FdArg(s[0]!), b, data.Length, Ops.IndexValue(s[2]!));
            if (put < 0) throw Error();
            return PyInt.From(put);
        });
        m.AddFunction("mknod", static (a, kw) =>
        {
            var s = Bind("mknod", a, kw, 3, 1, "path", "mode", "device", "dir_fd");
            var p = PathArg("mknod", "path", s[0]!);
            if (mknodat(DirFd(s[3]), p.Bytes!, s[1] is null ? 0x180 : Int(s[1]), s[2] is null ? 0 : (ulong)Ops.IndexValue(s[2]!)) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("lockf", static (a, kw) =>
        {
            var s = Bind("lockf", a, kw, 3, 3, "fd", "command", "length");
            if (lockf(FdArg(s[0]!), Int(s[1]), Ops.IndexValue(s[2]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        // These two return the error number instead of setting errno.
        m.AddFunction("posix_fallocate", static (a, kw) =>
        {
            var s = Bind("posix_fallocate", a, kw, 3, 3, "fd", "offset", "len");
            int r = posix_fallocate(FdArg(s[0]!), Ops.IndexValue(s[1]!), Ops.IndexValue(s[2]!));
            if (r != 0) throw IoModule.OSErrorFor(r, null);
            return PyNone.Instance;
        });
        m.AddFunction("posix_fadvise", static (a, kw) =>
        {
            var s = Bind("posix_fadvise", a, kw, 4, 4, "fd", "offset", "len", "advice");
            int r = posix_fadvise(FdArg(s[0]!), Ops.IndexValue(s[1]!), Ops.IndexValue(s[2]!), Int(s[3]));
            if (r != 0) throw IoModule.OSErrorFor(r, null);
            return PyNone.Instance;
        });
        m.AddFunction("wait", static (a, kw) =>
        {
            NoArgs("posix.wait", a, kw);
            int r, status;
            using (Evaluation.Gil.Unlocked()) r = PosixNative.waitpid(-1, out status, 0);
            if (r < 0) throw Error();
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
    }
}
