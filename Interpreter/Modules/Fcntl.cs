using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// `fcntl`: fcntl, ioctl, flock and lockf over libc, with Linux's constants. An int argument is
/// passed as an int; a bytes argument is copied into a buffer the call may fill and returned as
/// bytes, as CPython does (at most 1024 bytes).
/// </summary>
public static class FcntlModule
{
    [StructLayout(LayoutKind.Sequential)]
    struct Flock { public short Type, Whence; public long Start, Len; public int Pid; }

    static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int fcntl(int fd, int cmd, nint arg);
        [DllImport("libc", SetLastError = true)] public static extern int fcntl(int fd, int cmd, byte[] arg);
        [DllImport("libc", SetLastError = true)] public static extern int fcntl(int fd, int cmd, ref Flock arg);
        [DllImport("libc", SetLastError = true)] public static extern int ioctl(int fd, nuint request, nint arg);
        [DllImport("libc", SetLastError = true)] public static extern int ioctl(int fd, nuint request, byte[] arg);
        [DllImport("libc", SetLastError = true)] public static extern int flock(int fd, int op);
    }

    const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, F_SETLK = 6, F_SETLKW = 7;

    public static PyModule Create()
    {
        var m = new PyModule("fcntl");
        foreach (var (name, value) in new (string, int)[]
        {
            ("F_DUPFD", 0), ("F_GETFD", 1), ("F_SETFD", 2), ("F_GETFL", 3), ("F_SETFL", 4), ("F_GETLK", 5),
            ("F_SETLK", 6), ("F_SETLKW", 7), ("F_SETOWN", 8), ("F_GETOWN", 9), ("F_SETSIG", 10), ("F_GETSIG", 11),
            ("F_SETLEASE", 1024), ("F_GETLEASE", 1025), ("F_NOTIFY", 1026), ("F_DUPFD_CLOEXEC", 1030),
            ("F_SETPIPE_SZ", 1031), ("F_GETPIPE_SZ", 1032), ("F_ADD_SEALS", 1033), ("F_GET_SEALS", 1034),
            ("F_SEAL_SEAL", 1), ("F_SEAL_SHRINK", 2), ("F_SEAL_GROW", 4), ("F_SEAL_WRITE", 8),
            ("F_OFD_GETLK", 36), ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38),
            ("FD_CLOEXEC", 1), ("F_RDLCK", 0), ("F_WRLCK", 1), ("F_UNLCK", 2), ("F_EXLCK", 4), ("F_SHLCK", 8),
            ("LOCK_SH", LOCK_SH), ("LOCK_EX", LOCK_EX), ("LOCK_NB", LOCK_NB), ("LOCK_UN", LOCK_UN),
            ("LOCK_MAND", 32), ("LOCK_READ", 64), ("LOCK_WRITE", 128), ("LOCK_RW", 192),
            ("DN_ACCESS", 1), ("DN_MODIFY", 2), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_RENAME", 16),
            ("DN_ATTRIB", 32), ("DN_MULTISHOT", unchecked((int)0x80000000)),
            ("FASYNC", 0x2000), ("I_PUSH", 21250),
        })
            m.Add(name, PyInt.From(value));
        m.AddFunction("fcntl", static (a, kw) => Call("fcntl", a, kw, ioctl: false));
        m.AddFunction("ioctl", static (a, kw) => Call("ioctl", a, kw, ioctl: true));
        m.AddFunction("flock", static (a, kw) =>
        {
            Args.Count("flock", a, kw, 2, 2);
            int fd = OSErrors.FileDescriptor(a[0]), op = checked((int)Ops.IndexValue(a[1]));
            while (Native.flock(fd, op) < 0)
                if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.AddFunction("lockf", static (a, kw) =>
        {
            Args.Count("lockf", a, kw, 2, 5);
            int fd = OSErrors.FileDescriptor(a[0]), code = checked((int)Ops.IndexValue(a[1]));
            var l = new Flock
            {
                Type = (code & LOCK_UN) != 0 ? (short)2 : (code & LOCK_SH) != 0 ? (short)0 : (code & LOCK_EX) != 0 ? (short)1
                    : throw Errors.ValueError("unrecognized lockf argument"),
                Len = a.Length > 2 ? Ops.IndexValue(a[2]) : 0,
                Start = a.Length > 3 ? Ops.IndexValue(a[3]) : 0,
                Whence = a.Length > 4 ? checked((short)Ops.IndexValue(a[4])) : (short)0,
            };
            int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
            while (Native.fcntl(fd, cmd, ref l) < 0)
                if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
            return PyNone.Instance;
        });
        return m;
    }

    static PyObject Call(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool ioctl)
    {
        Args.Count(name, a, kw, 2, ioctl ? 4 : 3);
        int fd = OSErrors.FileDescriptor(a[0]);
        long request = Ops.IndexValue(a[1]);
        PyObject arg = a.Length > 2 ? a[2] : PyInt.From(0);
        int r;
        if (arg is PyInt or PyBool || (arg is not (PyBytes or PyByteArray or PyStr) && arg.Type.Lookup("__index__") is not null))
        {
            nint v = (nint)Ops.IndexValue(arg);
            while ((r = ioctl ? Native.ioctl(fd, (nuint)request, v) : Native.fcntl(fd, (int)request, v)) < 0)
                if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
            return PyInt.From(r);
        }
        byte[] data = arg is PyStr s ? System.Text.Encoding.UTF8.GetBytes(s.V) : OSErrors.BytesLike(arg, "");
        if (data.Length > 1024) throw Errors.ValueError($"{name} string arg too long");
        var buf = new byte[1024];
        data.CopyTo(buf, 0);
        while ((r = ioctl ? Native.ioctl(fd, (nuint)request, buf) : Native.fcntl(fd, (int)request, buf)) < 0)
            if (!OSErrors.Interrupted(OSErrors.LastErrno)) throw OSErrors.Last();
        // A mutable buffer given to ioctl is filled in place (mutate_flag defaults to True).
        if (ioctl && arg is PyByteArray ba && (a.Length < 4 || Ops.Truth(a[3])))
        {
            Array.Copy(buf, ba.Data, Math.Min(ba.Count, data.Length));
            return PyInt.From(r);
        }
        return new PyBytes(buf.AsSpan(0, data.Length).ToArray());
    }
}
