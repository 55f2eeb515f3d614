namespace Herthon.Runtime;

/// <summary>
/// What importlib's _bootstrap_external needs from `posix` and Herthon's posix module does not have
/// yet: `stat` (mode, size and times of a path, following links) and `fspath`. Added to the posix
/// module by ImportBootstrap only when the names are missing, so a complete posix replaces them.
/// </summary>
public static class PosixImportFallback
{
    private static readonly string[] StatFields =
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

    public static void AddIfMissing(PyModule posix)
    {
        var d = posix.ModuleDict;
        if (!d.ContainsKey(PyStr.From("stat"))) posix.AddFunction("stat", static (a, kw) =>
        {
            Args.Count("stat", a, kw, 1, 1);
            var p = FsPath(a[0]) is PyStr s ? s.V : System.Text.Encoding.UTF8.GetString(((PyBytes)FsPath(a[0])).V);
            FileSystemInfo info = Directory.Exists(p) ? new DirectoryInfo(p) : new FileInfo(p);
            if (!info.Exists) throw FileIO.Errno(TypeObjects.FileNotFoundError, 2, "No such file or directory", p);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) info = target;
            int type = info is DirectoryInfo ? 0x4000 : 0x8000;
            int perms = OperatingSystem.IsWindows() ? 0x1B6 : (int)info.UnixFileMode;
            static PyObject Time(DateTime t) => new PyFloat((t - DateTime.UnixEpoch).TotalSeconds);
            return StructSeq.Make("os.stat_result", StatFields,
            [
                PyInt.From(type | perms), PyInt.From(0), PyInt.From(0), PyInt.From(1), PyInt.From(0), PyInt.From(0),
                PyInt.From(info is FileInfo fi ? fi.Length : 4096),
                Time(info.LastAccessTimeUtc), Time(info.LastWriteTimeUtc), Time(info.LastWriteTimeUtc),
            ]);
        });
        if (!d.ContainsKey(PyStr.From("fspath"))) posix.AddFunction("fspath", static (a, kw) => { Args.Count("fspath", a, kw, 1, 1); return FsPath(a[0]); });
    }

    private static PyObject FsPath(PyObject o)
    {
        if (o is PyStr or PyBytes) return o;
        var fspath = o.Type.Lookup("__fspath__")
            ?? throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var r = Ops.CallMethod(fspath, o);
        if (r is PyStr or PyBytes) return r;
        throw Errors.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }
}
