using System.Numerics;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// The `resource` module: resource usage (getrusage) and limits (getrlimit, setrlimit, prlimit)
/// through glibc, with CPython's argument rules, messages and audit events.
/// </summary>
public static unsafe class ResourceModule
{
    private const int NLimits = 16;   // RLIM_NLIMITS on Linux

    private static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int getrusage(int who, long* usage);
        [DllImport("libc", SetLastError = true)] public static extern int getrlimit(int resource, ulong* limit);
        [DllImport("libc", SetLastError = true)] public static extern int setrlimit(int resource, ulong* limit);
        [DllImport("libc", SetLastError = true)] public static extern int prlimit(int pid, int resource, ulong* newLimit, ulong* oldLimit);
        [DllImport("libc")] public static extern int getpagesize();
    }

    public static readonly PyType StructRusage = StructSeqType.Define("resource", "struct_rusage",
        ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
         "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"], 16);

    public static PyModule Create()
    {
        var m = new PyModule("resource");
        m.Add("error", TypeObjects.OSError);
        StructRusage.TypeDict["__doc__"] = PyStr.From("struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n" +
            "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n" +
            "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.");
        m.Add("struct_rusage", StructRusage);
        string[] limits = ["CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE", "MEMLOCK", "AS",
            "", "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"];
        for (int i = 0; i < limits.Length; i++)
            if (limits[i].Length > 0) m.Add("RLIMIT_" + limits[i], PyInt.From(i));   // CPython leaves out RLIMIT_LOCKS (10)
        m.Add("RLIMIT_OFILE", PyInt.From(7));
        m.Add("RLIM_INFINITY", PyInt.From(-1));
        m.Add("RUSAGE_SELF", PyInt.From(0));
        m.Add("RUSAGE_CHILDREN", PyInt.From(-1));
        m.Add("RUSAGE_THREAD", PyInt.From(1));

        m.AddFunction("getrusage", static (a, kw) =>
        {
            int who = Args.CInt(Args.One("resource.getrusage", a, kw));
            // struct rusage: two timevals, then fourteen longs.
            long* u = stackalloc long[18];
            if (Native.getrusage(who, u) != 0)
            {
                if (PosixNative.Errno == 22) throw Errors.ValueError("invalid who parameter");
                throw IoModule.OSErrorFor(PosixNative.Errno, null);
            }
            var values = new PyObject[16];
            values[0] = new PyFloat(u[0] + u[1] * 1e-6);
            values[1] = new PyFloat(u[2] + u[3] * 1e-6);
            for (int i = 2; i < 16; i++) values[i] = PyInt.From(u[i + 2]);
            return StructSeqType.Make(StructRusage, values);
        });
        m.AddFunction("getrlimit", static (a, kw) =>
        {
            int resource = Resource(Args.One("resource.getrlimit", a, kw));
            ulong* l = stackalloc ulong[2];
            if (Native.getrlimit(resource, l) != 0) throw IoModule.OSErrorFor(PosixNative.Errno, null);
            return Pair(l);
        });
        m.AddFunction("setrlimit", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("resource.setrlimit() takes no keyword arguments");
            if (a.Length != 2) throw Errors.TypeError($"setrlimit expected 2 arguments, got {a.Length}");
            int resource = Resource(a[0]);
            SysModule.Audit("resource.setrlimit", PyInt.From(resource), a[1]);
            ulong* l = stackalloc ulong[2];
            Limits(a[1], l);
            if (Native.setrlimit(resource, l) != 0) throw LimitFailed(permission: true);
            return PyNone.Instance;
        });
        m.AddFunction("prlimit", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("prlimit() takes no keyword arguments");
            if (a.Length is < 2 or > 3) throw Errors.TypeError("resource.prlimit requires 2 to 3 arguments");
            int pid = PidArg(a[0]);
            int resource = Resource(a[1]);
            PyObject given = a.Length == 3 ? a[2] : PyNone.Instance;
            SysModule.Audit("resource.prlimit", PyInt.From(pid), PyInt.From(resource), given);
            ulong* newLimit = stackalloc ulong[2];
            ulong* old = stackalloc ulong[2];
            bool set = a.Length == 3;   // an explicit None is converted (and refused) like any limits
            if (set) Limits(given, newLimit);
            if (Native.prlimit(pid, resource, set ? newLimit : null, old) != 0) throw LimitFailed(permission: false);
            return Pair(old);
        });
        m.AddFunction("getpagesize", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("resource.getpagesize() takes no keyword arguments");
            if (a.Length != 0) throw Errors.TypeError($"resource.getpagesize() takes no arguments ({a.Length} given)");
            return PyInt.From(Native.getpagesize());
        });
        return m;
    }

    /// <summary>A pid_t as CPython's "i" converter of prlimit reports it.</summary>
    private static int PidArg(PyObject o)
    {
        var v = Ops.ToPyInt(o).ToBig();
        if (v > int.MaxValue) throw Errors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw Errors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    private static int Resource(PyObject o)
    {
        int r = Args.CInt(o);
        if (r is < 0 or >= NLimits) throw Errors.ValueError("invalid resource specified");
        return r;
    }

    /// <summary>A (soft, hard) sequence into rlim_t values: any iterable of exactly two integers; a
    /// negative value is reinterpreted as rlim_t, as CPython's conversion through long long does.</summary>
    private static void Limits(PyObject o, ulong* l)
    {
        var items = Ops.ToList(o);
        if (items.Count != 2) throw Errors.ValueError("expected a tuple of 2 integers");
        for (int i = 0; i < 2; i++)
        {
            BigInteger v = Ops.ToPyInt(items[i]).ToBig();
            if (v > long.MaxValue || v < long.MinValue) throw Errors.OverflowError("Python int too large to convert to C long");
            l[i] = unchecked((ulong)(long)v);
        }
    }

    private static PyObject Pair(ulong* l) =>
        new PyTuple([PyInt.From(unchecked((long)l[0])), PyInt.From(unchecked((long)l[1]))]);

    /// <summary>setrlimit reports EINVAL and EPERM as ValueError; prlimit only EINVAL (its EPERM
    /// may be about another process, so it stays PermissionError).</summary>
    private static PyException LimitFailed(bool permission) => PosixNative.Errno switch
    {
        22 => Errors.ValueError("current limit exceeds maximum limit"),
        1 when permission => Errors.ValueError("not allowed to raise maximum limit"),
        int e => IoModule.OSErrorFor(e, null),
    };
}
