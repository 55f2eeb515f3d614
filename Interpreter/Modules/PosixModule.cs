using System.Text;

namespace Herthon.Runtime;

/// <summary>The `posix` module: the host operations the Python-level `os` module is built on.</summary>
public static class PosixModule
{
    private static string PathArg(PyObject o, string fn)
    {
        if (o is PyStr s) return s.V;
        if (o is PyBytes b) return Encoding.UTF8.GetString(b.V);
        var fspath = o.Type.Lookup("__fspath__");
        if (fspath is not null) return PathArg(Ops.CallMethod(fspath, o), fn);
        throw Errors.TypeError($"{fn}: path should be string, bytes or os.PathLike, not {o.Type.Name}");
    }

    private static PyException NotFound(string path) => FileIO.Errno(TypeObjects.FileNotFoundError, 2, "No such file or directory", path);

    public static PyModule Create()
    {
        var m = new PyModule("posix");
        var env = new PyDict();
        foreach (System.Collections.DictionaryEntry kv in Environment.GetEnvironmentVariables())
            env.SetItem(PyStr.From((string)kv.Key), PyStr.From((string?)kv.Value ?? ""));
        m.Add("environ", env);
        m.AddFunction("getcwd", static (a, kw) => PyStr.From(Directory.GetCurrentDirectory()));
        m.AddFunction("chdir", static (a, kw) =>
        {
            var p = PathArg(a[0], "chdir");
            if (!Directory.Exists(p)) throw NotFound(p);
            Directory.SetCurrentDirectory(p);
            return PyNone.Instance;
        });
        m.AddFunction("listdir", static (a, kw) =>
        {
            var p = a.Length > 0 && a[0] is not PyNone ? PathArg(a[0], "listdir") : ".";
            SysModule.Audit("os.listdir", a.Length > 0 ? a[0] : PyStr.From("."));
            if (!Directory.Exists(p)) throw NotFound(p);
            var l = new PyList();
            foreach (var e in Directory.EnumerateFileSystemEntries(p)) l.Append(PyStr.From(Path.GetFileName(e)));
            return l;
        });
        m.AddFunction("_exists", static (a, kw) => { var p = PathArg(a[0], "exists"); return PyBool.From(File.Exists(p) || Directory.Exists(p)); });
        m.AddFunction("_isfile", static (a, kw) => PyBool.From(File.Exists(PathArg(a[0], "isfile"))));
        m.AddFunction("_isdir", static (a, kw) => PyBool.From(Directory.Exists(PathArg(a[0], "isdir"))));
        m.AddFunction("_islink", static (a, kw) => { var p = PathArg(a[0], "islink"); var fi = new FileInfo(p); return PyBool.From(fi.Exists || Directory.Exists(p) ? fi.LinkTarget is not null : false); });
        m.AddFunction("_getsize", static (a, kw) =>
        {
            var p = PathArg(a[0], "getsize");
            if (File.Exists(p)) return PyInt.From(new FileInfo(p).Length);
            if (Directory.Exists(p)) return PyInt.From(4096);
            throw NotFound(p);
        });
        m.AddFunction("_getmtime", static (a, kw) =>
        {
            var p = PathArg(a[0], "getmtime");
            if (!File.Exists(p) && !Directory.Exists(p)) throw NotFound(p);
            return new PyFloat((File.GetLastWriteTimeUtc(p) - DateTime.UnixEpoch).TotalSeconds);
        });
        m.AddFunction("mkdir", static (a, kw) =>
        {
            var p = PathArg(a[0], "mkdir");
            if (File.Exists(p) || Directory.Exists(p)) throw FileIO.Errno(TypeObjects.FileExistsError, 17, "File exists", p);
            var parent = Path.GetDirectoryName(Path.GetFullPath(p));
            if (parent is not null && !Directory.Exists(parent)) throw NotFound(p);
            Directory.CreateDirectory(p);
            return PyNone.Instance;
        });
        m.AddFunction("rmdir", static (a, kw) =>
        {
            var p = PathArg(a[0], "rmdir");
            if (!Directory.Exists(p)) throw NotFound(p);
            if (Directory.EnumerateFileSystemEntries(p).Any()) throw FileIO.Errno(TypeObjects.OSError, 39, "Directory not empty", p);
            Directory.Delete(p);
            return PyNone.Instance;
        });
        BuiltinFn remove = static (a, kw) =>
        {
            var p = PathArg(a[0], "remove");
            if (Directory.Exists(p)) throw FileIO.Errno(TypeObjects.IsADirectoryError, 21, "Is a directory", p);
            if (!File.Exists(p)) throw NotFound(p);
            File.Delete(p);
            return PyNone.Instance;
        };
        m.AddFunction("remove", remove);
        m.AddFunction("unlink", remove);
        m.AddFunction("rename", static (a, kw) =>
        {
            var src = PathArg(a[0], "rename"); var dst = PathArg(a[1], "rename");
            if (Directory.Exists(src)) Directory.Move(src, dst);
            else if (File.Exists(src)) File.Move(src, dst, true);
            else throw NotFound(src);
            return PyNone.Instance;
        });
        m.AddFunction("getpid", static (a, kw) => PyInt.From(Environment.ProcessId));
        m.AddFunction("cpu_count", static (a, kw) => PyInt.From(Environment.ProcessorCount));
        m.AddFunction("urandom", static (a, kw) =>
        {
            long n = Ops.IndexValue(a[0]);
            if (n < 0) throw Errors.ValueError("negative argument not allowed");
            var b = new byte[n];
            System.Security.Cryptography.RandomNumberGenerator.Fill(b);
            return new PyBytes(b);
        });
        m.AddFunction("putenv", static (a, kw) => { Environment.SetEnvironmentVariable(PathArg(a[0], "putenv"), PathArg(a[1], "putenv")); return PyNone.Instance; });
        m.AddFunction("unsetenv", static (a, kw) => { Environment.SetEnvironmentVariable(PathArg(a[0], "unsetenv"), null); return PyNone.Instance; });
        m.AddFunction("_exit", static (a, kw) => { Environment.Exit((int)Ops.IndexValue(a[0])); return PyNone.Instance; });
        PosixProcess.AddTo(m);
        return m;
    }
}
