using System.Runtime.InteropServices;
using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

/// <summary>The `posix` module (CPython's Modules/posixmodule.c): the system calls CPython's os.py is built on.</summary>
public static unsafe partial class PosixModule
{
    public static readonly PyType StatResultType = StructSeqType.Define("os", "stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
         "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
        visible: 10, unnamedAt: 7, unnamed: 3);
    public static readonly PyType TerminalSizeType = StructSeqType.Define("os", "terminal_size", ["columns", "lines"], 2);
    public static readonly PyType UnameResultType = StructSeqType.Define("posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"], 5);
    public static readonly PyType TimesResultType = StructSeqType.Define("posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"], 5);

    // The *at() forms and fd variants this module implements, under CPython's HAVE_ names (os.py builds supports_* from them).
    private static readonly string[] HaveFunctions =
    [
        "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
        "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT",
        "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
        "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
    ];

    public static PyModule Create()
    {
        var m = new PyModule("posix");
        foreach (var (name, value) in Constants) m.Add(name, PyInt.From(value));
        var have = new PyObject[HaveFunctions.Length];
        for (int i = 0; i < have.Length; i++) have[i] = PyStr.From(HaveFunctions[i]);
        m.Add("_have_functions", new PyList(have));
        m.Add("error", TypeObjects.OSError);
        m.Add("stat_result", StatResultType);
        m.Add("terminal_size", TerminalSizeType);
        m.Add("uname_result", UnameResultType);
        m.Add("times_result", TimesResultType);
        m.Add("DirEntry", DirEntryType);
        m.Add("environ", ReadEnviron());
        AddFiles(m);
        AddDirectories(m);
        AddProcess(m);
        AddPty(m);
        AddIds(m);
        AddNormpath(m);
        PosixProcess.AddTo(m);   // pipe/read/write/waitpid/kill... where the names above do not define them (net)
        return m;
    }

    // ---- stat ----

    internal static PyTuple StatResult(in Stat st)
    {
        static PyObject Ns(long s, long ns) => PyInt.From((System.Numerics.BigInteger)s * 1_000_000_000 + ns);
        return StructSeqType.Make(StatResultType,
            [PyInt.From(st.Mode), PyInt.From((long)st.Ino), PyInt.From((long)st.Dev), PyInt.From((long)st.Nlink),
             PyInt.From(st.Uid), PyInt.From(st.Gid), PyInt.From(st.Size), PyInt.From(st.ATime), PyInt.From(st.MTime), PyInt.From(st.CTime)],
            [new PyFloat(st.ATime + st.ATimeNs * 1e-9), new PyFloat(st.MTime + st.MTimeNs * 1e-9), new PyFloat(st.CTime + st.CTimeNs * 1e-9),
             Ns(st.ATime, st.ATimeNs), Ns(st.MTime, st.MTimeNs), Ns(st.CTime, st.CTimeNs),
             PyInt.From(st.Blksize), PyInt.From(st.Blocks), PyInt.From((long)st.Rdev)]);
    }

    internal static PyTuple DoStat(string fn, PosixPath p, PyObject? dirFd, bool follow)
    {
        CheckFdPath(fn, p, dirFd, follow);
        Stat st;
        int r = p.IsFd ? fstat(p.Fd, out st) : fstatat(DirFd(dirFd), p.Bytes!, out st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
        if (r != 0) throw Error(p);
        return StatResult(st);
    }

    private static void AddFiles(PyModule m)
    {
        m.AddFunction("stat", static (a, kw) =>
        {
            var s = Bind("stat", a, kw, 1, 1, "path", "dir_fd", "follow_symlinks");
            return DoStat("stat", PathArg("stat", "path", s[0]!, allowFd: true), s[1], Truth(s[2], true));
        });
        m.AddFunction("lstat", static (a, kw) =>
        {
            var s = Bind("lstat", a, kw, 1, 1, "path", "dir_fd");
            return DoStat("lstat", PathArg("lstat", "path", s[0]!), s[1], false);
        });
        m.AddFunction("fstat", static (a, kw) =>
        {
            var s = Bind("fstat", a, kw, 1, 1, "fd");
            if (fstat(FdArg(s[0]!), out var st) != 0) throw Error();
            return StatResult(st);
        });
        m.AddFunction("open", static (a, kw) =>
        {
            var s = Bind("open", a, kw, 3, 2, "path", "flags", "mode", "dir_fd");
            var p = PathArg("open", "path", s[0]!);
            int flags = FdArg(s[1]!);
            SysModule.Audit("open", s[0]!, PyNone.Instance, PyInt.From(flags));
            int fd = openat(DirFd(s[3]), p.Bytes!, flags | O_CLOEXEC, s[2] is null ? 0x1ff : (int)Ops.IndexValue(s[2]!));
            if (fd < 0) throw Error(p);
            return PyInt.From(fd);
        });
        m.AddFunction("read", static (a, kw) =>
        {
            var s = Bind("read", a, kw, 2, 2, "fd", "length");
            int fd = FdArg(s[0]!);
            long n = Ops.IndexValue(s[1]!);
            if (n < 0) throw IoModule.OSErrorFor(22, null); // EINVAL, as posixmodule.c reports it
            var buf = new byte[n];
            nint got;
            Hosting.Interrupts.WaitReady(fd, forWrite: false);   // Ctrl-C ends a wait for a pipe, as EINTR does in CPython
            using (Evaluation.Gil.Unlocked())   // other threads run while this one blocks
                fixed (byte* b = buf) got = PosixNative.read(fd, b, (nint)n);
            if (got < 0) throw Error();
            return new PyBytes(got == n ? buf : buf[..(int)got]);
        });
        m.AddFunction("write", static (a, kw) =>
        {
            var s = Bind("write", a, kw, 2, 2, "fd", "data");
            int fd = FdArg(s[0]!);
            var data = s[1] is PyMemoryView mv ? ((PyBytes)Ops.Invoke(mv, "tobytes")).V : BytesMethods.AsBytes(s[1]!);
            nint put;
            if (Hosting.Interrupts.OnInterruptibleThread && PosixNative.lseek(fd, 0, 1) < 0)
                put = Hosting.Interrupts.Write(fd, data);   // a pipe, socket or terminal: a signal ends the wait for room
            else
                using (Evaluation.Gil.Unlocked())
                    fixed (byte* b = data) put = PosixNative.write(fd, b, data.Length);
            if (put < 0) throw Error();
            return PyInt.From(put);
        });
        m.AddFunction("lseek", static (a, kw) =>
        {
            var s = Bind("lseek", a, kw, 3, 3, "fd", "position", "whence");
            long r = PosixNative.lseek(FdArg(s[0]!), Ops.IndexValue(s[1]!), (int)Ops.IndexValue(s[2]!));
            if (r < 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("close", static (a, kw) =>
        {
            var s = Bind("close", a, kw, 1, 1, "fd");
            if (PosixNative.close(FdArg(s[0]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("closerange", static (a, kw) =>
        {
            var s = Bind("closerange", a, kw, 2, 2, "fd_low", "fd_high");
            for (int fd = Math.Max(0, FdArg(s[0]!)), hi = FdArg(s[1]!); fd < hi; fd++) PosixNative.close(fd);
            return PyNone.Instance;
        });
        m.AddFunction("pipe", static (a, kw) =>
        {
            NoArgs("posix.pipe", a, kw);
            int* fds = stackalloc int[2];
            if (pipe2(fds, O_CLOEXEC) != 0) throw Error();
            return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        m.AddFunction("pipe2", static (a, kw) =>
        {
            var s = Bind("pipe2", a, kw, 1, 1, "flags");
            int* fds = stackalloc int[2];
            if (pipe2(fds, (int)Ops.IndexValue(s[0]!)) != 0) throw Error();
            return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        m.AddFunction("dup", static (a, kw) =>
        {
            var s = Bind("dup", a, kw, 1, 1, "fd");
            int fd = fcntl(FdArg(s[0]!), F_DUPFD_CLOEXEC, 0); // new descriptors are non-inheritable (PEP 446)
            if (fd < 0) throw Error();
            return PyInt.From(fd);
        });
        m.AddFunction("dup2", static (a, kw) =>
        {
            var s = Bind("dup2", a, kw, 3, 2, "fd", "fd2", "inheritable");
            int fd = FdArg(s[0]!), fd2 = FdArg(s[1]!);
            int r = Truth(s[2], true) ? PosixNative.dup2(fd, fd2) : fd == fd2 ? -2 : dup3(fd, fd2, O_CLOEXEC);
            if (r == -2) { if (fcntl(fd, F_GETFD, 0) < 0) throw Error(); r = fd2; }
            if (r < 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("isatty", static (a, kw) => { var s = Bind("isatty", a, kw, 1, 1, "fd"); return PyBool.From(PosixNative.isatty(FdArg(s[0]!)) == 1); });
        m.AddFunction("ttyname", static (a, kw) =>
        {
            var s = Bind("ttyname", a, kw, 1, 1, "fd");
            var p = PosixNative.ttyname(FdArg(s[0]!));
            if (p is null) throw Error();
            return PyStr.From(FsDecode(CString(p)));
        });
        m.AddFunction("ftruncate", static (a, kw) =>
        {
            var s = Bind("ftruncate", a, kw, 2, 2, "fd", "length");
            if (PosixNative.ftruncate(FdArg(s[0]!), Ops.IndexValue(s[1]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("truncate", static (a, kw) =>
        {
            var s = Bind("truncate", a, kw, 2, 2, "path", "length");
            var p = PathArg("truncate", "path", s[0]!, allowFd: true);
            long len = Ops.IndexValue(s[1]!);
            SysModule.Audit("os.truncate", s[0]!, s[1]!);
            int r = p.IsFd ? PosixNative.ftruncate(p.Fd, len) : PosixNative.truncate(p.Bytes!, len);
            if (r != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("fsync", static (a, kw) => { var s = Bind("fsync", a, kw, 1, 1, "fd"); if (PosixNative.fsync(FileNo(s[0]!)) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("fdatasync", static (a, kw) => { var s = Bind("fdatasync", a, kw, 1, 1, "fd"); if (PosixNative.fdatasync(FileNo(s[0]!)) != 0) throw Error(); return PyNone.Instance; });
        m.AddFunction("get_blocking", static (a, kw) =>
        {
            var s = Bind("get_blocking", a, kw, 1, 1, "fd");
            int fl = fcntl(FdArg(s[0]!), F_GETFL, 0);
            if (fl < 0) throw Error();
            return PyBool.From((fl & O_NONBLOCK) == 0);
        });
        m.AddFunction("set_blocking", static (a, kw) =>
        {
            var s = Bind("set_blocking", a, kw, 2, 2, "fd", "blocking");
            int fd = FdArg(s[0]!);
            int fl = fcntl(fd, F_GETFL, 0);
            if (fl < 0) throw Error();
            fl = Ops.Truth(s[1]!) ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
            if (fcntl(fd, F_SETFL, fl) < 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("get_inheritable", static (a, kw) =>
        {
            var s = Bind("get_inheritable", a, kw, 1, 1, "fd");
            int fl = fcntl(FdArg(s[0]!), F_GETFD, 0);
            if (fl < 0) throw Error();
            return PyBool.From((fl & FD_CLOEXEC) == 0);
        });
        m.AddFunction("set_inheritable", static (a, kw) =>
        {
            var s = Bind("set_inheritable", a, kw, 2, 2, "fd", "inheritable");
            int fd = FdArg(s[0]!);
            int fl = fcntl(fd, F_GETFD, 0);
            if (fl < 0) throw Error();
            fl = Ops.Truth(s[1]!) ? fl & ~FD_CLOEXEC : fl | FD_CLOEXEC;
            if (fcntl(fd, F_SETFD, fl) < 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("device_encoding", static (a, kw) =>
        {
            var s = Bind("device_encoding", a, kw, 1, 1, "fd");
            return PosixNative.isatty(FdArg(s[0]!)) == 1 ? PyStr.From("UTF-8") : PyNone.Instance;
        });
        m.AddFunction("sendfile", static (a, kw) =>
        {
            var s = Bind("sendfile", a, kw, 4, 4, "out_fd", "in_fd", "offset", "count");
            int outFd = FdArg(s[0]!), inFd = FdArg(s[1]!);
            long count = Ops.IndexValue(s[3]!);
            nint r;
            long off = s[2] is PyNone ? 0 : Ops.IndexValue(s[2]!);
            using (Evaluation.Gil.Unlocked())   // a socket's peer must run to drain it
                r = PosixNative.sendfile(outFd, inFd, s[2] is PyNone ? null : &off, (nint)count);
            if (r < 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("get_terminal_size", static (a, kw) =>
        {
            Args.Count("get_terminal_size", a, kw, 0, 1);
            int fd = a.Length > 0 ? FdArg(a[0]) : 1;
            ushort* ws = stackalloc ushort[4];
            if (ioctl(fd, TIOCGWINSZ, ws) != 0) throw Error();
            return StructSeqType.Make(TerminalSizeType, [PyInt.From(ws[1]), PyInt.From(ws[0])]);
        });
        m.AddFunction("urandom", static (a, kw) =>
        {
            var s = Bind("urandom", a, kw, 1, 1, "size");
            long n = Ops.IndexValue(s[0]!);
            if (n < 0) throw Errors.ValueError("negative argument not allowed");
            var b = new byte[n];
            System.Security.Cryptography.RandomNumberGenerator.Fill(b);
            return new PyBytes(b);
        });
        m.AddFunction("fspath", static (a, kw) => FsPath(Bind("fspath", a, kw, 1, 1, "path")[0]!));
    }

    /// <summary>os.fspath(): str and bytes as they are, else the result of __fspath__.</summary>
    public static PyObject FsPath(PyObject o)
    {
        if (o is PyStr or PyBytes) return o;
        var f = o.Type.Lookup("__fspath__") ?? throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var r = Ops.CallMethod(f, o);
        if (r is PyStr or PyBytes) return r;
        throw Errors.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }

    /// <summary>An fd, or an object with fileno() (fsync accepts files).</summary>
    private static int FileNo(PyObject o)
    {
        if (o is PyInt) return FdArg(o);
        var f = o.Type.Lookup("fileno") ?? throw Errors.TypeError($"argument must be an int, or have a fileno() method, not {o.Type.Name}");
        return FdArg(Ops.CallMethod(f, o));
    }

    private const int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, F_DUPFD_CLOEXEC = 1030;
    private const ulong TIOCGWINSZ = 0x5413;
}
