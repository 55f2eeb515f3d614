using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `_posixsubprocess`: fork_exec, the primitive CPython's subprocess.py starts children with. The
/// fork and everything up to exec run in C (Native/posixsubprocess.c, libherthon_posix.so beside
/// Herthon.dll): this method only converts the arguments to native memory, calls it, and frees.
/// Exec failures come back through errpipe_write for subprocess.py to raise.
/// preexec_fn, which would run Python code in the child, is refused.
/// </summary>
public static unsafe class PosixsubprocessModule
{
    const string LibraryName = "libherthon_posix.so";

    static delegate* unmanaged<nint*, nint*, nint*, nint, int, int, int, int, int, int, int, int, int, int, int, int, int*, int, int, ulong, int> s_forkExec;
    static bool s_loaded;

    static delegate* unmanaged<nint*, nint*, nint*, nint, int, int, int, int, int, int, int, int, int, int, int, int, int*, int, int, ulong, int> ForkExec()
    {
        if (!s_loaded)
        {
            s_loaded = true;
            if (TryExport("herthon_fork_exec", out nint fn))
                s_forkExec = (delegate* unmanaged<nint*, nint*, nint*, nint, int, int, int, int, int, int, int, int, int, int, int, int, int*, int, int, ulong, int>)fn;
        }
        if (s_forkExec == null) throw Errors.OSError($"fork_exec needs {LibraryName} next to Herthon.dll (built with gcc)");
        return s_forkExec;
    }

    /// <summary>A function of libherthon_posix.so, looked for beside the executable, then beside Herthon.dll.</summary>
    internal static bool TryExport(string name, out nint fn)
    {
        foreach (var dir in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(PosixsubprocessModule).Assembly.Location) })
        {
            if (string.IsNullOrEmpty(dir)) continue;
            string path = Path.Combine(dir, LibraryName);
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out nint lib) && NativeLibrary.TryGetExport(lib, name, out fn)) return true;
        }
        fn = 0;
        return false;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_posixsubprocess");
        m.AddFunction("fork_exec", static (a, kw) => ForkExecCall(a, kw));
        return m;
    }

    static byte[] FsEncode(PyObject o, string what) => o switch
    {
        PyStr s => Encoding.UTF8.GetBytes(s.V),
        PyBytes b => b.V,
        _ when o.Type.Lookup("__fspath__") is { } fspath => FsEncode(Ops.CallMethod(fspath, o), what),
        _ => throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}"),
    };

    static nint Native(byte[] b)
    {
        if (Array.IndexOf(b, (byte)0) >= 0) throw Errors.ValueError("embedded null byte");
        nint p = Marshal.AllocHGlobal(b.Length + 1);
        Marshal.Copy(b, 0, p, b.Length);
        ((byte*)p)[b.Length] = 0;
        return p;
    }

    /// <summary>A NULL-terminated array of C strings; every allocation is recorded in owned.</summary>
    static nint[] NativeArray(List<byte[]> items, List<nint> owned)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++) owned.Add(arr[i] = Native(items[i]));
        return arr;
    }

    static List<byte[]> Sequence(PyObject o, string what)
    {
        var list = new List<byte[]>();
        var it = Ops.GetIter(o);
        while (it.Next() is { } item) list.Add(FsEncode(item, what));
        return list;
    }

    static int Fd(PyObject o) => checked((int)Ops.IndexValue(o));

    static PyObject ForkExecCall(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("fork_exec", a, kw, 23, 23);
        if (a[21] is not PyNone) throw Errors.RuntimeError("preexec_fn is not supported by Herthon: a forked .NET process cannot run Python code before exec");
        if (a[17] is not PyNone || a[18] is not PyNone || a[19] is not PyNone)
            throw Errors.NotImplementedError("subprocess: group, extra_groups and user are not supported by Herthon");

        var argv = a[0] is PyNone ? new List<byte[]>() : Sequence(a[0], "args");
        var executables = Sequence(a[1], "executable_list");
        bool closeFds = Ops.Truth(a[2]);
        if (a[3] is not PyTuple passFds) throw Errors.TypeError("pass_fds must be a tuple");
        var keep = new int[passFds.Items.Length];
        for (int i = 0; i < keep.Length; i++)
        {
            if (passFds.Items[i] is not PyInt pi || Ops.IndexValue(pi) < 0 || Ops.IndexValue(pi) > int.MaxValue || (i > 0 && Ops.IndexValue(pi) <= keep[i - 1]))
                throw Errors.ValueError("bad value(s) in fds_to_keep");
            keep[i] = (int)Ops.IndexValue(pi);
        }
        byte[]? cwd = a[4] is PyNone ? null : FsEncode(a[4], "cwd");
        List<byte[]> env;
        if (a[5] is PyNone)
        {
            // The child inherits the environment as Python sees it: posix.putenv updates .NET's copy,
            // not the C library's environ.
            env = new List<byte[]>();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.Add(Encoding.UTF8.GetBytes($"{e.Key}={e.Value}"));
        }
        else env = Sequence(a[5], "env");
        int p2cread = Fd(a[6]), p2cwrite = Fd(a[7]), c2pread = Fd(a[8]), c2pwrite = Fd(a[9]);
        int errread = Fd(a[10]), errwrite = Fd(a[11]), errpipeRead = Fd(a[12]), errpipeWrite = Fd(a[13]);
        int restoreSignals = Ops.Truth(a[14]) ? 1 : 0, callSetsid = Ops.Truth(a[15]) ? 1 : 0;
        int pgid = Fd(a[16]), umask = Fd(a[20]);

        var fork = ForkExec();
        var owned = new List<nint>();
        try
        {
            var argvArr = NativeArray(argv, owned);
            var execArr = NativeArray(executables, owned);
            var envArr = NativeArray(env, owned);
            nint cwdPtr = 0;
            if (cwd is not null) owned.Add(cwdPtr = Native(cwd));
            int pid;
            fixed (nint* pArgv = argvArr, pExec = execArr, pEnv = envArr)
            fixed (int* pKeep = keep)
                pid = fork(pExec, pArgv, pEnv, cwdPtr, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                           errpipeRead, errpipeWrite, restoreSignals, callSetsid, pgid, closeFds ? 1 : 0, pKeep, keep.Length, umask,
                           SignalModule.ChildMask());
            if (pid < 0) throw OSErrors.FromErrno(Marshal.GetLastSystemError());
            return PyInt.From(pid);
        }
        finally
        {
            foreach (var p in owned) Marshal.FreeHGlobal(p);
        }
    }
}
