using Herthon.Hosting;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>breakpoint() and sys.breakpointhook (PEP 553): the hook named by $PYTHONBREAKPOINT, pdb.set_trace by default.</summary>
public static class Breakpoint
{
    /// <summary>builtins.breakpoint(*args, **kws): calls sys.breakpointhook, which a program may replace.</summary>
    public static PyObject Call(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var hook = Host.Current.SysDict.Get("breakpointhook") ?? throw Errors.RuntimeError("lost sys.breakpointhook");
        return Ops.Call(hook, a.ToArray(), kw);
    }

    public static readonly PyBuiltinFunction Hook = new("breakpointhook", static (a, kw) =>
    {
        // Read through os.environ, which a program's changes (os.environ[...] = ...) update.
        string? name = null;
        if (!IgnoreEnvironment())
        {
            var environ = Ops.GetAttr(Importer.ImportName("os", new PyDict(), PyNone.Instance, 0), PyStr.From("environ"));
            if (Ops.Invoke(environ, "get", PyStr.From("PYTHONBREAKPOINT")) is PyStr s) name = s.V;
        }
        if (string.IsNullOrEmpty(name)) name = "pdb.set_trace";
        else if (name == "0") return PyNone.Instance;   // breakpoints disabled
        int dot = name.LastIndexOf('.');
        string modulePath = dot < 0 ? "builtins" : name[..dot], funcName = name[(dot + 1)..];
        PyObject target;
        try
        {
            var module = Importer.ImportName(modulePath, new PyDict(), PyTuple.Of(PyStr.From(funcName)), 0);
            target = Ops.GetAttr(module, PyStr.From(funcName));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ImportError) || e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            var warnings = Importer.ImportName("warnings", new PyDict(), PyNone.Instance, 0);
            Ops.Call(Ops.GetAttr(warnings, PyStr.From("warn")),
                [PyStr.From($"Ignoring unimportable $PYTHONBREAKPOINT: \"{name}\""), TypeObjects.RuntimeWarning]);
            return PyNone.Instance;
        }
        return Ops.Call(target, a.ToArray(), kw);
    }) { ModuleName = "sys" };

    private static bool IgnoreEnvironment() =>
        Host.Current.SysDict.Get("flags") is { } flags && Ops.GetAttrOrNull(flags, PyStr.From("ignore_environment")) is { } v && Ops.Truth(v);
}
