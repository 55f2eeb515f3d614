using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// breakpoint() and sys.breakpointhook (PEP 553): the hook named by HERTHONBREAKPOINT (CPython's
/// PYTHONBREAKPOINT; "0" disables it, unset or empty means pdb.set_trace), imported when called.
/// </summary>
public static class Breakpoint
{
    public static readonly PyBuiltinFunction Builtin = new("breakpoint", static (a, kw) =>
    {
        var hook = Host.Current.SysDict.Get("breakpointhook") ?? throw Errors.RuntimeError("lost sys.breakpointhook");
        SysModule.Audit("builtins.breakpoint", hook);
        return Ops.Call(hook, a, kw);
    });

    public static readonly PyBuiltinFunction Hook = new("breakpointhook", static (a, kw) =>
    {
        var host = Host.Current;
        var env = host.Options.IgnoreEnvironment != 0 ? null : Variable(host, "HERTHONBREAKPOINT");
        if (env == "0") return PyNone.Instance;
        string hookName = string.IsNullOrEmpty(env) ? "pdb.set_trace" : env;
        int dot = hookName.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : hookName[..dot], attr = dot < 0 ? hookName : hookName[(dot + 1)..];
        PyObject target;
        try
        {
            Importer.ImportName(module, new PyDict(), PyNone.Instance, 0);
            target = Ops.GetAttr(host.Modules.Get(module) ?? throw Errors.ImportError(module), attr);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ImportError) || e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            OptionWarnings.Warn(TypeObjects.RuntimeWarning, $"Ignoring unimportable $HERTHONBREAKPOINT: \"{hookName}\"");
            return PyNone.Instance;
        }
        return Ops.Call(target, a, kw);
    }) { ModuleName = "sys" };

    /// <summary>Read through os.environ once os is imported, so a program's own changes to it apply, as in CPython.</summary>
    private static string? Variable(Host host, string name)
    {
        if (host.Modules.Get("os") is PyModule os && os.ModuleDict.Get("environ") is { } environ)
            return Ops.Invoke(environ, "get", PyStr.From(name)) is PyStr s ? s.V : null;
        return Environment.GetEnvironmentVariable(name);
    }
}
