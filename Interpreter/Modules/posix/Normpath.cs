namespace Herthon.Runtime;

public static partial class PosixModule
{
    /// <summary>posix._path_normpath (CPython's _Py_normpath), behind posixpath.normpath: collapses "//", "."
    /// and "dir/.." lexically; keeps exactly two leading slashes (POSIX leaves their meaning open).</summary>
    private static string NormPath(string path)
    {
        if (path.Length == 0) return "";
        int initial = path.StartsWith('/') ? (path.StartsWith("//") && !path.StartsWith("///") ? 2 : 1) : 0;
        var comps = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || (initial == 0 && comps.Count == 0) || (comps.Count > 0 && comps[^1] == ".."))
                comps.Add(comp);
            else if (comps.Count > 0)
                comps.RemoveAt(comps.Count - 1);
        }
        return new string('/', initial) + string.Join('/', comps);
    }

    private static void AddNormpath(PyModule m) =>
        m.AddFunction("_path_normpath", static (a, kw) =>
        {
            var s = Bind("_path_normpath", a, kw, 1, 1, "path");
            var p = PathArg("_path_normpath", "path", s[0]!);
            var r = NormPath(FsDecode(p.Bytes.AsSpan(0, p.Bytes!.Length - 1)));
            return p.IsBytes ? new PyBytes(FsEncode(r)) : PyStr.From(r);
        });
}
