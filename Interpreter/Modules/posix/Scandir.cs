using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

/// <summary>os.scandir()'s iterator: reads the directory lazily; a context manager that closes it.</summary>
internal sealed class ScandirIterator : PyObject
{
    public static readonly PyType IteratorType = MakeType();
    private nint _dir;
    private readonly PosixPath _path;
    private readonly bool _defaultPath;  // scandir() without a path: entries' paths are bare names joined to "."

    public ScandirIterator(PosixPath path, bool defaultPath)
    {
        _path = path;
        _defaultPath = defaultPath;
        _dir = PosixModule.OpenDir(path);
    }

    public override PyType Type => IteratorType;

    ~ScandirIterator() { if (_dir != 0) closedir(_dir); }

    private void Close()
    {
        if (_dir == 0) return;
        closedir(_dir);
        _dir = 0;
        GC.SuppressFinalize(this);
    }

    private PyObject Next()
    {
        if (_dir == 0) throw Errors.StopIteration();
        bool more;
        (byte[] Name, int Type, ulong Ino) e;
        try { more = PosixModule.NextEntry(_dir, out e); }
        catch { Close(); throw; }
        if (!more) { Close(); throw Errors.StopIteration(); }
        return new PosixModule.DirEntry(_path, _defaultPath, e.Name, e.Type, e.Ino);
    }

    private static PyType MakeType()
    {
        var t = new PyType("ScandirIterator", [TypeObjects.Object], true) { Module = "posix" };
        t.ComputeMro();
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((ScandirIterator)a[0]).Next());
        t.SetMethod("close", static (a, kw) => { ((ScandirIterator)a[0]).Close(); return PyNone.Instance; });
        t.SetMethod("__enter__", static (a, kw) => a[0]);
        t.SetMethod("__exit__", static (a, kw) => { ((ScandirIterator)a[0]).Close(); return PyBool.False; });
        return t;
    }
}

public static unsafe partial class PosixModule
{
    public static readonly PyType DirEntryType = MakeDirEntryType();

    /// <summary>os.DirEntry: name and path from readdir, the file type from d_type where the file system gives it,
    /// stat() and lstat() results cached on first use, as CPython caches them.</summary>
    internal sealed class DirEntry : PyObject
    {
        public readonly PyObject Name, PathObj;
        public readonly byte[] NameBytes;
        public readonly int DType, DirFd = -1;
        public readonly ulong Ino;
        private readonly byte[] _statPath;   // NUL-terminated, relative to DirFd when scanning an fd
        public PyTuple? Stat, LStat;

        public DirEntry(PosixPath dir, bool defaultPath, byte[] name, int dtype, ulong ino)
        {
            NameBytes = name;
            DType = dtype;
            Ino = ino;
            Name = NameOf(name, dir.IsBytes);
            if (dir.IsFd)
            {
                DirFd = dir.Fd;
                PathObj = Name;
                _statPath = [.. name, 0];
            }
            else
            {
                var d = dir.Bytes.AsSpan(0, dir.Bytes!.Length - 1);
                byte[] full = defaultPath ? name : d.Length > 0 && d[^1] == '/' ? [.. d, .. name] : [.. d, (byte)'/', .. name];
                PathObj = NameOf(full, dir.IsBytes);
                _statPath = [.. full, 0];
            }
        }

        public override PyType Type => DirEntryType;

        public PyTuple GetStat(bool follow)
        {
            if (!follow) return LStat ??= DoStat(false);
            if (Stat is not null) return Stat;
            // stat() of anything but a symlink is its lstat().
            if (DType != DT_LNK && DType != DT_UNKNOWN) return Stat = GetStat(false);
            if (DType == DT_UNKNOWN && (((PyInt)GetStat(false).Items[0]).V & 0xF000) != 0xA000) return Stat = LStat!;
            return Stat = DoStat(true);
        }

        private PyTuple DoStat(bool follow)
        {
            Stat st;
            if (fstatat(DirFd >= 0 ? DirFd : AT_FDCWD, _statPath, out st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) throw Error(PathObj);
            return StatResult(st);
        }

        /// <summary>S_ISDIR/S_ISREG/S_ISLNK from d_type, falling back to stat (a missing target is "not that kind").</summary>
        public bool Is(int dtype, int sfmt, bool follow)
        {
            if (DType != DT_UNKNOWN && !(follow && DType == DT_LNK)) return DType == dtype;
            PyTuple st;
            try { st = GetStat(follow); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.FileNotFoundError)) { return false; }
            return (((PyInt)st.Items[0]).V & 0xF000) == sfmt;
        }
    }

    private static PyType MakeDirEntryType()
    {
        var t = new PyType("DirEntry", [TypeObjects.Object], true) { Module = "posix" };
        t.ComputeMro();
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'posix.DirEntry' instances");
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => ((DirEntry)o).Name);
        t.TypeDict["path"] = new PyGetSetDescriptor("path", o => ((DirEntry)o).PathObj);
        t.SetMethod("__repr__", static (a, kw) => PyStr.From($"<DirEntry {Ops.Repr(((DirEntry)a[0]).Name)}>"));
        t.SetMethod("__fspath__", static (a, kw) => ((DirEntry)a[0]).PathObj);
        t.SetMethod("inode", static (a, kw) => PyInt.From((System.Numerics.BigInteger)((DirEntry)a[0]).Ino));
        t.SetMethod("is_symlink", static (a, kw) =>
        {
            var e = (DirEntry)a[0];
            Args.Method("is_symlink", a, kw, 0, 0);
            return PyBool.From(e.DType != DT_UNKNOWN ? e.DType == DT_LNK : e.Is(DT_LNK, 0xA000, false));
        });
        t.SetMethod("is_dir", static (a, kw) =>
        {
            var s = Bind("is_dir", a[1..], kw, 0, 0, "follow_symlinks");
            return PyBool.From(((DirEntry)a[0]).Is(DT_DIR, 0x4000, Truth(s[0], true)));
        });
        t.SetMethod("is_file", static (a, kw) =>
        {
            var s = Bind("is_file", a[1..], kw, 0, 0, "follow_symlinks");
            return PyBool.From(((DirEntry)a[0]).Is(DT_REG, 0x8000, Truth(s[0], true)));
        });
        t.SetMethod("stat", static (a, kw) =>
        {
            var s = Bind("stat", a[1..], kw, 0, 0, "follow_symlinks");
            return ((DirEntry)a[0]).GetStat(Truth(s[0], true));
        });
        return t;
    }
}
