using System.Runtime.InteropServices;
using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

public static unsafe partial class PosixModule
{
    /// <summary>posix.environ: the process environment as CPython keeps it on POSIX, bytes keys and values.</summary>
    private static PyDict ReadEnviron()
    {
        var env = new PyDict();
        for (byte** e = Environ(); e is not null && *e is not null; e++)
        {
            var kv = CString(*e);
            int eq = Array.IndexOf(kv, (byte)'=');
            if (eq <= 0) continue;
            var key = new PyBytes(kv[..eq]);
            if (env.Get(key) is null) env.SetItem(key, new PyBytes(kv[(eq + 1)..]));
        }
        return env;
    }

    private static byte[] EnvArg(string fn, PyObject o, string what)
    {
        var p = PathArg(fn, what, o);
        return p.Bytes!;
    }

    private static void AddProcess(PyModule m)
    {
        m.AddFunction("putenv", static (a, kw) =>
        {
            var s = Bind("putenv", a, kw, 2, 2, "name", "value");
            var name = EnvArg("putenv", s[0]!, "name");
            var value = EnvArg("putenv", s[1]!, "value");
            if (Array.IndexOf(name, (byte)'=') >= 0) throw Errors.ValueError("illegal environment variable name");
            SysModule.Audit("os.putenv", s[0]!, s[1]!);
            if (setenv(name, value, 1) != 0) throw Error();
            // .NET keeps its own copy of the environment for managed code (Process.Start without an env).
            Environment.SetEnvironmentVariable(FsDecode(name.AsSpan(0, name.Length - 1)), FsDecode(value.AsSpan(0, value.Length - 1)));
            return PyNone.Instance;
        });
        m.AddFunction("unsetenv", static (a, kw) =>
        {
            var s = Bind("unsetenv", a, kw, 1, 1, "name");
            var name = EnvArg("unsetenv", s[0]!, "name");
            SysModule.Audit("os.unsetenv", s[0]!);
            if (PosixNative.unsetenv(name) != 0) throw Error();
            Environment.SetEnvironmentVariable(FsDecode(name.AsSpan(0, name.Length - 1)), null);
            return PyNone.Instance;
        });
        m.AddFunction("getpid", static (a, kw) => { NoArgs("posix.getpid", a, kw); return PyInt.From(PosixNative.getpid()); });
        m.AddFunction("getppid", static (a, kw) => { NoArgs("posix.getppid", a, kw); return PyInt.From(PosixNative.getppid()); });
        m.AddFunction("getuid", static (a, kw) => { NoArgs("posix.getuid", a, kw); return PyInt.From(PosixNative.getuid()); });
        m.AddFunction("geteuid", static (a, kw) => { NoArgs("posix.geteuid", a, kw); return PyInt.From(PosixNative.geteuid()); });
        m.AddFunction("getgid", static (a, kw) => { NoArgs("posix.getgid", a, kw); return PyInt.From(PosixNative.getgid()); });
        m.AddFunction("getegid", static (a, kw) => { NoArgs("posix.getegid", a, kw); return PyInt.From(PosixNative.getegid()); });
        m.AddFunction("getpgrp", static (a, kw) => { NoArgs("posix.getpgrp", a, kw); return PyInt.From(PosixNative.getpgrp()); });
        m.AddFunction("getsid", static (a, kw) =>
        {
            var s = Bind("getsid", a, kw, 1, 1, "pid");
            int r = PosixNative.getsid((int)Ops.IndexValue(s[0]!));
            if (r < 0) throw Error();
            return PyInt.From(r);
        });
        m.AddFunction("getgroups", static (a, kw) =>
        {
            NoArgs("posix.getgroups", a, kw);
            int n = PosixNative.getgroups(0, null);
            if (n < 0) throw Error();
            var g = new uint[n];
            fixed (uint* p = g) n = PosixNative.getgroups(n, p);
            if (n < 0) throw Error();
            var l = new PyList();
            for (int i = 0; i < n; i++) l.Append(PyInt.From(g[i]));
            return l;
        });
        m.AddFunction("getlogin", static (a, kw) =>
        {
            NoArgs("posix.getlogin", a, kw);
            var p = PosixNative.getlogin();
            if (p is null) throw Error();
            return PyStr.From(FsDecode(CString(p)));
        });
        m.AddFunction("cpu_count", static (a, kw) =>
        {
            NoArgs("posix.cpu_count", a, kw);
            long n = sysconf(84 /* _SC_NPROCESSORS_ONLN */);
            return n < 1 ? PyNone.Instance : PyInt.From(n);
        });
        m.AddFunction("getloadavg", static (a, kw) =>
        {
            NoArgs("posix.getloadavg", a, kw);
            double* l = stackalloc double[3];
            if (PosixNative.getloadavg(l, 3) != 3) throw Errors.OSError("Load averages are unobtainable");
            return PyTuple.Of(new PyFloat(l[0]), new PyFloat(l[1]), new PyFloat(l[2]));
        });
        m.AddFunction("uname", static (a, kw) =>
        {
            NoArgs("posix.uname", a, kw);
            byte* u = stackalloc byte[65 * 6];
            if (PosixNative.uname(u) != 0) throw Error();
            var f = new PyObject[5];
            for (int i = 0; i < 5; i++) f[i] = PyStr.From(FsDecode(CString(u + 65 * i)));
            return StructSeqType.Make(UnameResultType, f);
        });
        m.AddFunction("times", static (a, kw) =>
        {
            NoArgs("posix.times", a, kw);
            long* t = stackalloc long[4];
            long c = PosixNative.times(t);
            if (c == -1) throw Error();
            double tick = sysconf(2 /* _SC_CLK_TCK */);
            return StructSeqType.Make(TimesResultType,
                [new PyFloat(t[0] / tick), new PyFloat(t[1] / tick), new PyFloat(t[2] / tick), new PyFloat(t[3] / tick), new PyFloat(c / tick)]);
        });
        m.AddFunction("strerror", static (a, kw) =>
        {
            var s = Bind("strerror", a, kw, 1, 1, "code");
            return PyStr.From(Marshal.GetPInvokeErrorMessage((int)Ops.IndexValue(s[0]!)));
        });
        m.AddFunction("kill", static (a, kw) =>
        {
            var s = Bind("kill", a, kw, 2, 2, "pid", "signal");
            SysModule.Audit("os.kill", s[0]!, s[1]!);
            int pid = (int)Ops.IndexValue(s[0]!), sig = (int)Ops.IndexValue(s[1]!);
            if (pid == Environment.ProcessId && SignalModule.RaiseHere(sig)) return PyNone.Instance;   // handled before kill returns, as in CPython
            if (PosixNative.kill(pid, sig) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("killpg", static (a, kw) =>
        {
            var s = Bind("killpg", a, kw, 2, 2, "pgid", "signal");
            SysModule.Audit("os.killpg", s[0]!, s[1]!);
            if (PosixNative.killpg((int)Ops.IndexValue(s[0]!), (int)Ops.IndexValue(s[1]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("waitpid", static (a, kw) =>
        {
            var s = Bind("waitpid", a, kw, 2, 2, "pid", "options");
            int pid = (int)Ops.IndexValue(s[0]!), options = (int)Ops.IndexValue(s[1]!), r, status;
            using (Evaluation.Gil.Unlocked()) r = PosixNative.waitpid(pid, out status, options);
            if (r < 0) throw Error();
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
        // The wait-status macros of <sys/wait.h>.
        AddStatus(m, "WIFEXITED", static st => PyBool.From((st & 0x7f) == 0));
        AddStatus(m, "WEXITSTATUS", static st => PyInt.From((st >> 8) & 0xff));
        AddStatus(m, "WIFSIGNALED", static st => PyBool.From((sbyte)((st & 0x7f) + 1) >> 1 > 0));
        AddStatus(m, "WTERMSIG", static st => PyInt.From(st & 0x7f));
        AddStatus(m, "WIFSTOPPED", static st => PyBool.From((st & 0xff) == 0x7f));
        AddStatus(m, "WSTOPSIG", static st => PyInt.From((st >> 8) & 0xff));
        AddStatus(m, "WIFCONTINUED", static st => PyBool.From(st == 0xffff));
        AddStatus(m, "WCOREDUMP", static st => PyBool.From((st & 0x80) != 0));
        m.AddFunction("waitstatus_to_exitcode", static (a, kw) =>
        {
            var s = Bind("waitstatus_to_exitcode", a, kw, 1, 1, "status");
            int st = (int)Ops.IndexValue(s[0]!);
            if ((st & 0x7f) == 0) return PyInt.From((st >> 8) & 0xff);
            if ((sbyte)((st & 0x7f) + 1) >> 1 > 0) return PyInt.From(-(st & 0x7f));
            throw Errors.ValueError($"invalid wait status: {st}");
        });
        m.AddFunction("_exit", static (a, kw) =>
        {
            var s = Bind("_exit", a, kw, 1, 1, "status");
            PosixNative._exit((int)Ops.IndexValue(s[0]!));
            return PyNone.Instance;
        });
        m.AddFunction("abort", static (a, kw) => { PosixNative.abort(); return PyNone.Instance; });
        m.AddFunction("sync", static (a, kw) => { PosixNative.sync(); return PyNone.Instance; });
        m.AddFunction("major", static (a, kw) =>
        {
            ulong d = (ulong)Ops.IndexValue(Bind("major", a, kw, 1, 1, "device")[0]!);
            return PyInt.From((long)(((d >> 32) & 0xfffff000) | ((d >> 8) & 0xfff)));
        });
        m.AddFunction("minor", static (a, kw) =>
        {
            ulong d = (ulong)Ops.IndexValue(Bind("minor", a, kw, 1, 1, "device")[0]!);
            return PyInt.From((long)(((d >> 12) & 0xffffff00) | (d & 0xff)));
        });
        m.AddFunction("makedev", static (a, kw) =>
        {
            var s = Bind("makedev", a, kw, 2, 2, "major", "minor");
            ulong ma = (ulong)Ops.IndexValue(s[0]!), mi = (ulong)Ops.IndexValue(s[1]!);
            return PyInt.From((long)(((ma & 0xfff) << 8) | ((ma & 0xfffff000) << 32) | (mi & 0xff) | ((mi & 0xffffff00) << 12)));
        });
    }

    private static void AddStatus(PyModule m, string name, Func<int, PyObject> f) =>
        m.AddFunction(name, (a, kw) => f((int)Ops.IndexValue(Bind(name, a, kw, 1, 1, "status")[0]!)));

    /// <summary>The integer constants of Debian's CPython 3.11 posix module on Linux x86-64.</summary>
    private static readonly (string, long)[] Constants =
    [
        ("CLD_CONTINUED", 6), ("CLD_DUMPED", 3), ("CLD_EXITED", 1), ("CLD_KILLED", 2), ("CLD_STOPPED", 5), ("CLD_TRAPPED", 4),
        ("EFD_CLOEXEC", 524288), ("EFD_NONBLOCK", 2048), ("EFD_SEMAPHORE", 1), ("EX_CANTCREAT", 73), ("EX_CONFIG", 78),
        ("EX_DATAERR", 65), ("EX_IOERR", 74), ("EX_NOHOST", 68), ("EX_NOINPUT", 66), ("EX_NOPERM", 77), ("EX_NOUSER", 67),
        ("EX_OK", 0), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_PROTOCOL", 76), ("EX_SOFTWARE", 70), ("EX_TEMPFAIL", 75),
        ("EX_UNAVAILABLE", 69), ("EX_USAGE", 64), ("F_LOCK", 1), ("F_OK", 0), ("F_TEST", 3), ("F_TLOCK", 2), ("F_ULOCK", 0),
        ("GRND_NONBLOCK", 1), ("GRND_RANDOM", 2), ("MFD_ALLOW_SEALING", 2), ("MFD_CLOEXEC", 1), ("MFD_HUGETLB", 4),
        ("MFD_HUGE_16GB", 2281701376), ("MFD_HUGE_16MB", 1610612736), ("MFD_HUGE_1GB", 2013265920), ("MFD_HUGE_1MB", 1342177280),
        ("MFD_HUGE_256MB", 1879048192), ("MFD_HUGE_2GB", 2080374784), ("MFD_HUGE_2MB", 1409286144), ("MFD_HUGE_32MB", 1677721600),
        ("MFD_HUGE_512KB", 1275068416), ("MFD_HUGE_512MB", 1946157056), ("MFD_HUGE_64KB", 1073741824), ("MFD_HUGE_8MB", 1543503872),
        ("MFD_HUGE_MASK", 63), ("MFD_HUGE_SHIFT", 26), ("NGROUPS_MAX", 65536), ("O_ACCMODE", 3), ("O_APPEND", 1024),
        ("O_ASYNC", 8192), ("O_CLOEXEC", 524288), ("O_CREAT", 64), ("O_DIRECT", 16384), ("O_DIRECTORY", 65536),
        ("O_DSYNC", 4096), ("O_EXCL", 128), ("O_FSYNC", 1052672), ("O_LARGEFILE", 0), ("O_NDELAY", 2048), ("O_NOATIME", 262144),
        ("O_NOCTTY", 256), ("O_NOFOLLOW", 131072), ("O_NONBLOCK", 2048), ("O_PATH", 2097152), ("O_RDONLY", 0),
        ("O_RDWR", 2), ("O_RSYNC", 1052672), ("O_SYNC", 1052672), ("O_TMPFILE", 4259840), ("O_TRUNC", 512), ("O_WRONLY", 1),
        ("POSIX_FADV_DONTNEED", 4), ("POSIX_FADV_NOREUSE", 5), ("POSIX_FADV_NORMAL", 0), ("POSIX_FADV_RANDOM", 1),
        ("POSIX_FADV_SEQUENTIAL", 2), ("POSIX_FADV_WILLNEED", 3), ("POSIX_SPAWN_CLOSE", 1), ("POSIX_SPAWN_DUP2", 2),
        ("POSIX_SPAWN_OPEN", 0), ("PRIO_PGRP", 1), ("PRIO_PROCESS", 0), ("PRIO_USER", 2), ("P_ALL", 0), ("P_PGID", 2),
        ("P_PID", 1), ("P_PIDFD", 3), ("RTLD_DEEPBIND", 8), ("RTLD_GLOBAL", 256), ("RTLD_LAZY", 1), ("RTLD_LOCAL", 0),
        ("RTLD_NODELETE", 4096), ("RTLD_NOLOAD", 4), ("RTLD_NOW", 2), ("RWF_APPEND", 16), ("RWF_DSYNC", 2), ("RWF_HIPRI", 1),
        ("RWF_NOWAIT", 8), ("RWF_SYNC", 4), ("R_OK", 4), ("SCHED_BATCH", 3), ("SCHED_FIFO", 1), ("SCHED_IDLE", 5),
        ("SCHED_OTHER", 0), ("SCHED_RESET_ON_FORK", 1073741824), ("SCHED_RR", 2), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("SPLICE_F_MORE", 4), ("SPLICE_F_MOVE", 1), ("SPLICE_F_NONBLOCK", 2), ("ST_APPEND", 256), ("ST_MANDLOCK", 64),
        ("ST_NOATIME", 1024), ("ST_NODEV", 4), ("ST_NODIRATIME", 2048), ("ST_NOEXEC", 8), ("ST_NOSUID", 2), ("ST_RDONLY", 1),
        ("ST_RELATIME", 4096), ("ST_SYNCHRONOUS", 16), ("ST_WRITE", 128), ("TMP_MAX", 238328), ("WCONTINUED", 8),
        ("WEXITED", 4), ("WNOHANG", 1), ("WNOWAIT", 16777216), ("WSTOPPED", 2), ("WUNTRACED", 2), ("W_OK", 2),
        ("XATTR_CREATE", 1), ("XATTR_REPLACE", 2), ("XATTR_SIZE_MAX", 65536), ("X_OK", 1),
    ];
}
