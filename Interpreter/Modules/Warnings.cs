using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// A minimal `_warnings` (what importlib._bootstrap and _bootstrap_external import): warn and
/// warn_explicit hand over to CPython's pure-Python warnings module. It has no `filters`, so
/// warnings.py keeps its own Python filter machinery (its documented fallback) and no loop arises.
/// </summary>
public static class WarningsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_warnings");
        m.AddFunction("warn", static (a, kw) => Forward("warn", a, kw));
        m.AddFunction("warn_explicit", static (a, kw) => Forward("warn_explicit", a, kw));
        return m;
    }

    private static PyObject Forward(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var warnings = Importer.ImportName("warnings", new PyDict(), PyNone.Instance, 0);
        return Ops.Call(Ops.GetAttr(warnings, name), a, kw);
    }
}
