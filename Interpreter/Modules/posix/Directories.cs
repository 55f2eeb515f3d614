using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

public static unsafe partial class PosixModule
{
    private static void AddDirectories(PyModule m)
    {
        m.AddFunction("getcwd", static (a, kw) => { NoArgs("posix.getcwd", a, kw); return PyStr.From(FsDecode(Cwd())); });
        m.AddFunction("getcwdb", static (a, kw) => { NoArgs("posix.getcwdb", a, kw); return new PyBytes(Cwd()); });
        m.AddFunction("chdir", static (a, kw) =>
        {
            var s = Bind("chdir", a, kw, 1, 1, "path");
            var p = PathArg("chdir", "path", s[0]!, allowFd: true);
            SysModule.Audit("os.chdir", s[0]!);
            if ((p.IsFd ? fchdir(p.Fd) : PosixNative.chdir(p.Bytes!)) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("fchdir", static (a, kw) =>
        {
            var s = Bind("fchdir", a, kw, 1, 1, "fd");
            if (PosixNative.fchdir(FileNo(s[0]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("listdir", static (a, kw) =>
        {
            var s = Bind("listdir", a, kw, 1, 0, "path");
            var p = PathArg("listdir", "path", s[0] ?? PyNone.Instance, allowFd: true, nullable: true);
            SysModule.Audit("os.listdir", s[0] is null or PyNone ? PyStr.From(".") : s[0]!);
            var l = new PyList();
            foreach (var (name, _, _) in ReadDir(p)) l.Append(NameOf(name, p.IsBytes));
            return l;
        });
        m.AddFunction("scandir", static (a, kw) =>
        {
            var s = Bind("scandir", a, kw, 1, 0, "path");
            var p = PathArg("scandir", "path", s[0] ?? PyNone.Instance, allowFd: true, nullable: true);
            SysModule.Audit("os.scandir", s[0] is null or PyNone ? PyStr.From(".") : s[0]!);
            return new ScandirIterator(p, s[0] is null or PyNone);
        });
        m.AddFunction("mkdir", static (a, kw) =>
        {
            var s = Bind("mkdir", a, kw, 2, 1, "path", "mode", "dir_fd");
            var p = PathArg("mkdir", "path", s[0]!);
            int mode = s[1] is null ? 0x1ff : (int)Ops.IndexValue(s[1]!);
            SysModule.Audit("os.mkdir", s[0]!, PyInt.From(mode), s[2] ?? PyNone.Instance);
            if (mkdirat(DirFd(s[2]), p.Bytes!, mode) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("mkfifo", static (a, kw) =>
        {
            var s = Bind("mkfifo", a, kw, 2, 1, "path", "mode", "dir_fd");
            var p = PathArg("mkfifo", "path", s[0]!);
            if (mkfifoat(DirFd(s[2]), p.Bytes!, s[1] is null ? 0x1b6 : (int)Ops.IndexValue(s[1]!)) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("rmdir", static (a, kw) =>
        {
            var s = Bind("rmdir", a, kw, 1, 1, "path", "dir_fd");
            var p = PathArg("rmdir", "path", s[0]!);
            SysModule.Audit("os.rmdir", s[0]!, s[1] ?? PyNone.Instance);
            if (unlinkat(DirFd(s[1]), p.Bytes!, AT_REMOVEDIR) != 0) throw Error(p);
            return PyNone.Instance;
        });
        foreach (var name in new[] { "remove", "unlink" })
        {
            string fn = name;
            m.AddFunction(fn, (a, kw) =>
            {
                var s = Bind(fn, a, kw, 1, 1, "path", "dir_fd");
                var p = PathArg(fn, "path", s[0]!);
                SysModule.Audit("os.remove", s[0]!, s[1] ?? PyNone.Instance);
                if (unlinkat(DirFd(s[1]), p.Bytes!, 0) != 0) throw Error(p);
                return PyNone.Instance;
            });
        }
        foreach (var name in new[] { "rename", "replace" })
        {
            string fn = name;
            m.AddFunction(fn, (a, kw) =>
            {
                var s = Bind(fn, a, kw, 2, 2, "src", "dst", "src_dir_fd", "dst_dir_fd");
                var src = PathArg(fn, "src", s[0]!);
                var dst = PathArg(fn, "dst", s[1]!);
                SysModule.Audit("os.rename", s[0]!, s[1]!, s[2] ?? PyNone.Instance, s[3] ?? PyNone.Instance);
                if (renameat(DirFd(s[2]), src.Bytes!, DirFd(s[3]), dst.Bytes!) != 0) throw Error(s[0], s[1]);
                return PyNone.Instance;
            });
        }
        m.AddFunction("link", static (a, kw) =>
        {
            var s = Bind("link", a, kw, 2, 2, "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks");
            var src = PathArg("link", "src", s[0]!);
            var dst = PathArg("link", "dst", s[1]!);
            SysModule.Audit("os.link", s[0]!, s[1]!, s[2] ?? PyNone.Instance, s[3] ?? PyNone.Instance);
            if (linkat(DirFd(s[2]), src.Bytes!, DirFd(s[3]), dst.Bytes!, Truth(s[4], true) ? AT_SYMLINK_FOLLOW : 0) != 0) throw Error(s[0], s[1]);
            return PyNone.Instance;
        });
        m.AddFunction("symlink", static (a, kw) =>
        {
            var s = Bind("symlink", a, kw, 3, 2, "src", "dst", "target_is_directory", "dir_fd");
            var src = PathArg("symlink", "src", s[0]!);
            var dst = PathArg("symlink", "dst", s[1]!);
            SysModule.Audit("os.symlink", s[0]!, s[1]!, s[3] ?? PyNone.Instance);
            if (symlinkat(src.Bytes!, DirFd(s[3]), dst.Bytes!) != 0) throw Error(s[0], s[1]);
            return PyNone.Instance;
        });
        m.AddFunction("readlink", static (a, kw) =>
        {
            var s = Bind("readlink", a, kw, 1, 1, "path", "dir_fd");
            var p = PathArg("readlink", "path", s[0]!);
            var buf = new byte[4096];
            nint n;
            fixed (byte* b = buf) n = readlinkat(DirFd(s[1]), p.Bytes!, b, buf.Length);
            if (n < 0) throw Error(p);
            return NameOf(buf.AsSpan(0, (int)n), p.IsBytes);
        });
        m.AddFunction("chmod", static (a, kw) =>
        {
            var s = Bind("chmod", a, kw, 2, 2, "path", "mode", "dir_fd", "follow_symlinks");
            var p = PathArg("chmod", "path", s[0]!, allowFd: true);
            int mode = (int)Ops.IndexValue(s[1]!);
            bool follow = Truth(s[3], true);
            CheckFdPath("chmod", p, s[2], follow);
            SysModule.Audit("os.chmod", s[0]!, s[1]!, s[2] ?? PyNone.Instance);
            int r = p.IsFd ? fchmod(p.Fd, mode) : fchmodat(DirFd(s[2]), p.Bytes!, mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
            if (r != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("fchmod", static (a, kw) =>
        {
            var s = Bind("fchmod", a, kw, 2, 2, "fd", "mode");
            if (PosixNative.fchmod(FdArg(s[0]!), (int)Ops.IndexValue(s[1]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("chown", static (a, kw) =>
        {
            var s = Bind("chown", a, kw, 3, 3, "path", "uid", "gid", "dir_fd", "follow_symlinks");
            var p = PathArg("chown", "path", s[0]!, allowFd: true);
            bool follow = Truth(s[4], true);
            CheckFdPath("chown", p, s[3], follow);
            int uid = (int)Ops.IndexValue(s[1]!), gid = (int)Ops.IndexValue(s[2]!);
            SysModule.Audit("os.chown", s[0]!, s[1]!, s[2]!, s[3] ?? PyNone.Instance);
            int r = p.IsFd ? fchown(p.Fd, uid, gid) : fchownat(DirFd(s[3]), p.Bytes!, uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
            if (r != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("lchown", static (a, kw) =>
        {
            var s = Bind("lchown", a, kw, 3, 3, "path", "uid", "gid");
            var p = PathArg("lchown", "path", s[0]!);
            if (fchownat(AT_FDCWD, p.Bytes!, (int)Ops.IndexValue(s[1]!), (int)Ops.IndexValue(s[2]!), AT_SYMLINK_NOFOLLOW) != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("fchown", static (a, kw) =>
        {
            var s = Bind("fchown", a, kw, 3, 3, "fd", "uid", "gid");
            if (PosixNative.fchown(FdArg(s[0]!), (int)Ops.IndexValue(s[1]!), (int)Ops.IndexValue(s[2]!)) != 0) throw Error();
            return PyNone.Instance;
        });
        m.AddFunction("utime", static (a, kw) =>
        {
            var s = Bind("utime", a, kw, 2, 1, "path", "times", "ns", "dir_fd", "follow_symlinks");
            var p = PathArg("utime", "path", s[0]!, allowFd: true);
            bool follow = Truth(s[4], true);
            var ts = stackalloc Timespec[2];
            Timespec* tp = ts;
            if (s[1] is not null and not PyNone && s[2] is not null)
                throw Errors.ValueError("utime: you may specify either 'times' or 'ns' but not both");
            if (s[1] is not null and not PyNone)
            {
                if (s[1] is not PyTuple { Items.Length: 2 } t) throw Errors.TypeError("utime: 'times' must be either a tuple of two ints or None");
                ts[0] = ToTimespec(t.Items[0]); ts[1] = ToTimespec(t.Items[1]);
            }
            else if (s[2] is not null)
            {
                if (s[2] is not PyTuple { Items.Length: 2 } t) throw Errors.TypeError("utime: 'ns' must be a tuple of two ints");
                ts[0] = NsTimespec(t.Items[0]); ts[1] = NsTimespec(t.Items[1]);
            }
            else tp = null;
            CheckFdPath("utime", p, s[3], follow);
            SysModule.Audit("os.utime", s[0]!, s[1] ?? PyNone.Instance, s[2] ?? PyNone.Instance, s[3] ?? PyNone.Instance);
            int r = p.IsFd ? futimens(p.Fd, tp) : utimensat(DirFd(s[3]), p.Bytes!, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
            if (r != 0) throw Error(p);
            return PyNone.Instance;
        });
        m.AddFunction("access", static (a, kw) =>
        {
            var s = Bind("access", a, kw, 2, 2, "path", "mode", "dir_fd", "effective_ids", "follow_symlinks");
            var p = PathArg("access", "path", s[0]!);
            int flags = (Truth(s[3], false) ? 0x200 /* AT_EACCESS */ : 0) | (Truth(s[4], true) ? 0 : AT_SYMLINK_NOFOLLOW);
            return PyBool.From(faccessat(DirFd(s[2]), p.Bytes!, (int)Ops.IndexValue(s[1]!), flags) == 0);
        });
        m.AddFunction("umask", static (a, kw) =>
        {
            var s = Bind("umask", a, kw, 1, 1, "mask");
            return PyInt.From(PosixNative.umask((int)Ops.IndexValue(s[0]!)));
        });
    }

    private static Timespec ToTimespec(PyObject o)
    {
        if (o is PyFloat f)
        {
            double sec = Math.Floor(f.V);
            long ns = (long)Math.Floor((f.V - sec) * 1e9); // _PyTime_ROUND_FLOOR, as utime() rounds
            if (ns >= 1_000_000_000) { sec += 1; ns -= 1_000_000_000; }
            return new Timespec { Sec = (long)sec, Nsec = ns };
        }
        return new Timespec { Sec = Ops.IndexValue(o), Nsec = 0 };
    }

    private static Timespec NsTimespec(PyObject o)
    {
        if (o is not PyInt i) throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var big = i.ToBig();
        var sec = System.Numerics.BigInteger.DivRem(big, 1_000_000_000, out var rem);
        if (rem < 0) { rem += 1_000_000_000; sec -= 1; }
        return new Timespec { Sec = (long)sec, Nsec = (long)rem };
    }

    private static byte[] Cwd()
    {
        for (int size = 1024; ; size *= 4)
        {
            var buf = new byte[size];
            fixed (byte* b = buf)
            {
                if (PosixNative.getcwd(b, size) is not null) return CString(b);
                if (Errno != 34 /* ERANGE */) throw Error();
            }
        }
    }

    /// <summary>The entries of a directory (without . and ..), as name bytes, d_type and inode.</summary>
    internal static List<(byte[] Name, int Type, ulong Ino)> ReadDir(PosixPath p)
    {
        nint dir = OpenDir(p);
        var list = new List<(byte[], int, ulong)>();
        try
        {
            while (NextEntry(dir, out var e)) list.Add(e);
        }
        finally { closedir(dir); }
        return list;
    }

    internal static nint OpenDir(PosixPath p)
    {
        nint dir;
        if (p.IsFd)
        {
            // The caller keeps its descriptor: read through a duplicate, from the start (CPython does the same).
            int fd = PosixNative.dup(p.Fd);
            if (fd < 0) throw Error();   // as CPython's _Py_dup: no filename
            dir = fdopendir(fd);
            if (dir == 0) { int err = Errno; PosixNative.close(fd); throw IoModule.OSErrorFor(err, p.Object); }
            rewinddir(dir);
        }
        else dir = opendir(p.Bytes!);
        if (dir == 0) throw Error(p);
        return dir;
    }

    /// <summary>struct dirent of glibc x86-64: d_ino at 0, d_type at 18, d_name at 19.</summary>
    internal static bool NextEntry(nint dir, out (byte[] Name, int Type, ulong Ino) entry)
    {
        while (true)
        {
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            byte* d = readdir(dir);
            if (d is null)
            {
                if (Errno != 0) throw Error();
                entry = default;
                return false;
            }
            byte* name = d + 19;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
            entry = (CString(name), d[18], *(ulong*)d);
            return true;
        }
    }
}
