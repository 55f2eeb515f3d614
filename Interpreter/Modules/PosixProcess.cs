using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// The `posix` functions processes and pipes need (subprocess.py, selectors, socket): file
/// descriptors (pipe, read, write, close, dup, dup2, inheritable and blocking flags), waitpid and
/// the W* status macros, kill, strerror. Added to the posix module by <see cref="AddTo"/> only
/// where the module does not define the name already.
/// </summary>
public static class PosixProcess
{
    internal static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int pipe2(int[] fds, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint read(int fd, byte[] buf, nint count);
        [DllImport("libc", SetLastError = true)] public static extern nint write(int fd, byte[] buf, nint count);
        [DllImport("libc", SetLastError = true)] public static extern int close(int fd);
        [DllImport("libc", SetLastError = true)] public static extern int fcntl(int fd, int cmd, int arg);
        [DllImport("libc", SetLastError = true)] public static extern int dup2(int fd, int fd2);
        [DllImport("libc", SetLastError = true)] public static extern int dup3(int fd, int fd2, int flags);
        [DllImport("libc", SetLastError = true)] public static extern int waitpid(int pid, out int status, int options);
        [DllImport("libc", SetLastError = true)] public static extern int kill(int pid, int sig);
        [DllImport("libc", SetLastError = true)] public static extern int killpg(int pgrp, int sig);
        [DllImport("libc")] public static extern int getppid();
    }

    public const int F_DUPFD_CLOEXEC = 1030, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;

    private static int Int(PyObject o) => checked((int)Ops.IndexValue(o));

    /// <summary>Retries a call interrupted by a signal, as CPython does since PEP 475.</summary>
    private static int Retry(Func<int> call)
    {
        while (true)
        {
            int r;
            using (Evaluation.Gil.Unlocked()) r = call();   // read, write, waitpid block: other threads run meanwhile
            if (r >= 0 || !OSErrors.Interrupted(OSErrors.LastErrno)) return r;
        }
    }

    public static bool GetInheritable(int fd)
    {
        int flags = Native.fcntl(fd, F_GETFD, 0);
        if (flags < 0) throw OSErrors.Last();
        return (flags & FD_CLOEXEC) == 0;
    }

    public static void SetInheritable(int fd, bool inheritable)
    {
        int flags = Native.fcntl(fd, F_GETFD, 0);
        if (flags < 0) throw OSErrors.Last();
        int want = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (want != flags && Native.fcntl(fd, F_SETFD, want) < 0) throw OSErrors.Last();
    }

    public static bool GetBlocking(int fd)
    {
        int flags = Native.fcntl(fd, F_GETFL, 0);
        if (flags < 0) throw OSErrors.Last();
        return (flags & O_NONBLOCK) == 0;
    }

    public static void SetBlocking(int fd, bool blocking)
    {
        int flags = Native.fcntl(fd, F_GETFL, 0);
        if (flags < 0) throw OSErrors.Last();
        int want = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (want != flags && Native.fcntl(fd, F_SETFL, want) < 0) throw OSErrors.Last();
    }

    private static void Fn(PyModule m, string name, BuiltinFn fn)
    {
        if (!m.ModuleDict.ContainsKey(PyStr.From(name))) m.AddFunction(name, fn);
    }

    public static void AddTo(PyModule m)
    {
        foreach (var (name, value) in new (string, int)[] { ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8), ("O_NONBLOCK", O_NONBLOCK), ("O_CLOEXEC", O_CLOEXEC) })
            if (!m.ModuleDict.ContainsKey(PyStr.From(name))) m.Add(name, PyInt.From(value));

        Fn(m, "pipe", static (a, kw) =>
        {
            Args.Count("pipe", a, kw, 0, 0);
            var fds = new int[2];
            if (Native.pipe2(fds, O_CLOEXEC) < 0) throw OSErrors.Last();
            return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        Fn(m, "read", static (a, kw) =>
        {
            Args.Count("read", a, kw, 2, 2);
            int fd = Int(a[0]);
            long n = Ops.IndexValue(a[1]);
            if (n < 0) throw OSErrors.FromErrno(22);
            var buf = new byte[n];
            int r = Retry(() => (int)Native.read(fd, buf, (nint)buf.Length));
            if (r < 0) throw OSErrors.Last();
            if (r < buf.Length) Array.Resize(ref buf, r);
            return new PyBytes(buf);
        });
        Fn(m, "write", static (a, kw) =>
        {
            Args.Count("write", a, kw, 2, 2);
            int fd = Int(a[0]);
            var data = OSErrors.BytesLike(a[1], "");
            int r = Retry(() => (int)Native.write(fd, data, (nint)data.Length));
            if (r < 0) throw OSErrors.Last();
            return PyInt.From(r);
        });
        Fn(m, "close", static (a, kw) =>
        {
            Args.Count("close", a, kw, 1, 1);
            // close is not retried on EINTR: on Linux the descriptor is gone either way.
            if (Native.close(Int(a[0])) < 0 && OSErrors.LastErrno != OSErrors.EINTR) throw OSErrors.Last();
            return PyNone.Instance;
        });
        Fn(m, "closerange", static (a, kw) =>
        {
            Args.Count("closerange", a, kw, 2, 2);
            for (int fd = Math.Max(0, Int(a[0])), hi = Int(a[1]); fd < hi; fd++) Native.close(fd);
            return PyNone.Instance;
        });
        Fn(m, "dup", static (a, kw) =>
        {
            Args.Count("dup", a, kw, 1, 1);
            int fd = Native.fcntl(Int(a[0]), F_DUPFD_CLOEXEC, 0);
            if (fd < 0) throw OSErrors.Last();
            return PyInt.From(fd);
        });
        Fn(m, "dup2", static (a, kw) =>
        {
            Args.OnlyKw("dup2", kw, "fd", "fd2", "inheritable");
            int fd = Int(a[0]), fd2 = Int(a[1]);
            bool inheritable = Args.Kw(a, kw, "inheritable") is { } inh ? Ops.Truth(inh) : Args.Positional(a, kw) < 3 || Ops.Truth(a[2]);
            int r = inheritable || fd == fd2 ? Native.dup2(fd, fd2) : Native.dup3(fd, fd2, O_CLOEXEC);
            if (r < 0) throw OSErrors.Last();
            return PyInt.From(r);
        });
        Fn(m, "get_inheritable", static (a, kw) => { Args.Count("get_inheritable", a, kw, 1, 1); return PyBool.From(GetInheritable(Int(a[0]))); });
        Fn(m, "set_inheritable", static (a, kw) => { Args.Count("set_inheritable", a, kw, 2, 2); SetInheritable(Int(a[0]), Ops.Truth(a[1])); return PyNone.Instance; });
        Fn(m, "get_blocking", static (a, kw) => { Args.Count("get_blocking", a, kw, 1, 1); return PyBool.From(GetBlocking(Int(a[0]))); });
        Fn(m, "set_blocking", static (a, kw) => { Args.Count("set_blocking", a, kw, 2, 2); SetBlocking(Int(a[0]), Ops.Truth(a[1])); return PyNone.Instance; });

        Fn(m, "waitpid", static (a, kw) =>
        {
            Args.Count("waitpid", a, kw, 2, 2);
            int pid = Int(a[0]), options = Int(a[1]), status = 0;
            int r = Retry(() => Native.waitpid(pid, out status, options));
            if (r < 0) throw OSErrors.Last();
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
        Fn(m, "wait", static (a, kw) =>
        {
            Args.Count("wait", a, kw, 0, 0);
            int status = 0;
            int r = Retry(() => Native.waitpid(-1, out status, 0));
            if (r < 0) throw OSErrors.Last();
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
        Fn(m, "waitstatus_to_exitcode", static (a, kw) =>
        {
            Args.OnlyKw("waitstatus_to_exitcode", kw, "status");
            int status = Int(a[0]);
            if ((status & 0x7f) == 0) return PyInt.From((status >> 8) & 0xff);           // WIFEXITED
            if (((status & 0x7f) + 1) >> 1 > 0 && (status & 0x7f) != 0x7f) return PyInt.From(-(status & 0x7f)); // WIFSIGNALED
            throw Errors.ValueError($"invalid wait status: {status}");
        });
        Fn(m, "WIFEXITED", static (a, kw) => PyBool.From((Int(a[0]) & 0x7f) == 0));
        Fn(m, "WEXITSTATUS", static (a, kw) => PyInt.From((Int(a[0]) >> 8) & 0xff));
        Fn(m, "WIFSIGNALED", static (a, kw) => { int s = Int(a[0]); return PyBool.From(((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f); });
        Fn(m, "WTERMSIG", static (a, kw) => PyInt.From(Int(a[0]) & 0x7f));
        Fn(m, "WIFSTOPPED", static (a, kw) => PyBool.From((Int(a[0]) & 0xff) == 0x7f));
        Fn(m, "WSTOPSIG", static (a, kw) => PyInt.From((Int(a[0]) >> 8) & 0xff));
        Fn(m, "WCOREDUMP", static (a, kw) => PyBool.From((Int(a[0]) & 0x80) != 0));
        Fn(m, "WIFCONTINUED", static (a, kw) => PyBool.From(Int(a[0]) == 0xffff));
        Fn(m, "kill", static (a, kw) =>
        {
            Args.Count("kill", a, kw, 2, 2);
            if (Native.kill(Int(a[0]), Int(a[1])) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        Fn(m, "killpg", static (a, kw) =>
        {
            Args.Count("killpg", a, kw, 2, 2);
            if (Native.killpg(Int(a[0]), Int(a[1])) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        Fn(m, "getppid", static (a, kw) => PyInt.From(Native.getppid()));
        Fn(m, "strerror", static (a, kw) => { Args.Count("strerror", a, kw, 1, 1); return PyStr.From(OSErrors.Message(Int(a[0]))); });
    }
}
