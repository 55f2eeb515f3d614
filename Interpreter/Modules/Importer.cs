using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>The import system. Every find-and-load goes through <see cref="FindAndLoad"/>.</summary>
public static class Importer
{
    /// <summary>Builtin modules implemented in C#: name → factory.</summary>
    public static readonly Dictionary<string, Func<PyModule>> BuiltinModules = CreateRegistry();

    private static Dictionary<string, Func<PyModule>> CreateRegistry()
    {
        var d = new Dictionary<string, Func<PyModule>>();
        ModuleRegistry.Register(d);
        return d;
    }

    public static PyObject ImportName(string name, PyDict globals, PyObject fromlist, int level)
    {
        var host = Host.Current;
        string fullname = ResolveName(name, globals, level);
        bool hasFromlist = fromlist is PyTuple { Count: > 0 } || fromlist is PyList { Count: > 0 };
        // Import each package on the dotted path.
        var parts = fullname.Split('.');
        PyObject? module = null;
        string prefix = "";
        for (int i = 0; i < parts.Length; i++)
        {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            module = Import(prefix, host);
        }
        if (hasFromlist)
        {
            // from package import submodule: load submodules named in the fromlist.
            if (module is PyModule pm && pm.ModuleDict.ContainsKey(PyStr.From("__path__")))
            {
                var names = Ops.ToList(fromlist);
                // `from pkg import *` also imports the submodules that pkg.__all__ names (CPython's _handle_fromlist).
                if (names.Exists(x => x is PyStr { V: "*" }) && pm.ModuleDict.Get("__all__") is { } all)
                    names.AddRange(Ops.ToList(all));
                foreach (var item in names)
                {
                    var n = ((PyStr)item).V;
                    if (n == "*" || pm.ModuleDict.ContainsKey(PyStr.From(n))) continue;
                    try { Import(fullname + "." + n, host); }
                    catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ModuleNotFoundError) && e.Value.Attr("name") is PyStr en && en.V == fullname + "." + n) { }
                }
            }
            return module!;
        }
        if (level > 0 && name.Length == 0) return module!;
        return host.Modules.Get(parts[0]) ?? module!;
    }

    private static string ResolveName(string name, PyDict globals, int level)
    {
        if (level == 0)
        {
            if (name.Length == 0) throw Errors.ValueError("Empty module name");
            return name;
        }
        var package = globals.Get("__package__") is PyStr ps && ps.V.Length > 0 ? ps.V : null;
        if (package is null)
        {
            var modname = globals.Get("__name__") is PyStr mn ? mn.V : "";
            package = globals.ContainsKey(PyStr.From("__path__")) ? modname : (modname.Contains('.') ? modname[..modname.LastIndexOf('.')] : "");
        }
        if (package.Length == 0) throw Errors.ImportError("attempted relative import with no known parent package");
        var bits = package.Split('.');
        if (level - 1 >= bits.Length) throw Errors.ImportError("attempted relative import beyond top-level package");
        var baseName = string.Join('.', bits.Take(bits.Length - (level - 1)));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private static PyObject Import(string fullname, Host host)
    {
        if (host.Modules.TryGetValue(PyStr.From(fullname), out var existing))
        {
            if (existing is PyNone) throw NotFound(fullname, $"import of {fullname} halted; None in sys.modules");
            return existing;
        }
        return FindAndLoad(fullname, host);
    }

    /// <summary>Finds and loads one module not yet in sys.modules (the import markers sit here). The
    /// end of the outermost one is where start-up's deferred memory release runs once the program
    /// has collected (StartupMemory.ImportDone).</summary>
    public static PyObject FindAndLoad(string fullname, Host host)
    {
        StartupMemory.ImportStarted();
        try { return FindAndLoadCore(fullname, host); }
        finally { StartupMemory.ImportDone(); }
    }

    private static PyObject FindAndLoadCore(string fullname, Host host)
    {
        // Builtin modules need no importlib: `herthon -c "import math"` never loads the library.
        if (host.Boot is null && !BuiltinModules.ContainsKey(fullname) && ImportBootstrap.Ensure(host) is not null
            && host.Modules.TryGetValue(PyStr.From(fullname), out var loaded))
            return loaded;   // the bootstrap imported it
        // The bootstrap's own imports are Herthon's start-up (CPython's happen inside Py_Initialize): no audit event or marker.
        if (host.QuietImports) return Load(fullname, host);
        SysModule.Audit("import", PyStr.From(fullname), PyNone.Instance, host.SysDict.Get("path") ?? PyNone.Instance,
            host.SysDict.Get("meta_path") ?? PyNone.Instance, host.SysDict.Get("path_hooks") ?? PyNone.Instance);
        Probes.Probes.ImportFindLoadStart(fullname);
        bool found = false;
        long start = host.ImportTime ? ImportTimeStart(host) : 0;
        try
        {
            var m = Load(fullname, host);
            found = true;
            if (host.Options.Verbose > 0) host.ReportVerboseImport(fullname, m);
            return m;
        }
        finally
        {
            if (host.ImportTime) ImportTimeDone(host, fullname, start);
            Probes.Probes.ImportFindLoadDone(fullname, found ? 1 : 0);
        }
    }

    // -X importtime, as CPython's import_find_and_load: self and cumulative microseconds, nested by level.
    private static long ImportTimeStart(Host host)
    {
        if (!host.ImportTimeHeader)
        {
            host.ImportTimeHeader = true;
            host.Stderr.Write("import time: self [us] | cumulative | imported package\n");
        }
        host.ImportLevel++;
        host.ImportAccumulatedSaved.Push(host.ImportAccumulated);
        host.ImportAccumulated = 0;
        return System.Diagnostics.Stopwatch.GetTimestamp();
    }

    private static void ImportTimeDone(Host host, string fullname, long start)
    {
        long cum = System.Diagnostics.Stopwatch.GetTimestamp() - start;
        host.ImportLevel--;
        static long Us(long ticks) => (long)Math.Ceiling(ticks * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency);
        host.Stderr.Write($"import time: {Us(cum - host.ImportAccumulated),9} | {Us(cum),10} | {new string(' ', host.ImportLevel * 2)}{fullname}\n");
        host.Stderr.Flush();
        host.ImportAccumulated = host.ImportAccumulatedSaved.Pop() + cum;
    }

    /// <summary>Imports a dotted name and its parents (importlib's _find_and_load, natively); returns sys.modules[name].</summary>
    public static PyObject ImportDotted(string fullname, Host host)
    {
        var parts = fullname.Split('.');
        PyObject module = PyNone.Instance;
        string prefix = "";
        for (int i = 0; i < parts.Length; i++)
        {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            module = Import(prefix, host);
        }
        return module;
    }

    private static PyObject Load(string fullname, Host host) =>
        host.Boot is { } boot && !host.Bootstrapping ? ImportBootstrap.FindAndLoadWithMetaPath(fullname, host, boot) : LoadBuiltinOrSource(fullname, host);

    /// <summary>The import without importlib: a builtin module, else a source file on the search path.</summary>
    private static PyObject LoadBuiltinOrSource(string fullname, Host host)
    {
        if (BuiltinModules.TryGetValue(fullname, out var factory))
        {
            var bm = factory();
            host.Modules.SetItem(PyStr.From(fullname), bm);
            return bm;
        }
        foreach (var dir in SearchPath(fullname, host))
            if (FindSource(dir, fullname) is { } src) return ExecModule(fullname, src.File, host, src.PkgDir, null);
        throw NotFound(fullname);
    }

    /// <summary>The parent package's __path__ for a submodule, else sys.path.</summary>
    internal static List<string> SearchPath(string fullname, Host host)
    {
        List<string> searchPath = [];
        int dot = fullname.LastIndexOf('.');
        if (dot >= 0)
        {
            var parent = host.Modules.Get(fullname[..dot]) as PyModule;
            if (parent?.ModuleDict.Get("__path__") is not { } pp || pp is PyNone)
                throw NotFound(fullname, $"No module named '{fullname}'; '{fullname[..dot]}' is not a package");
            foreach (var p in Ops.ToList(pp)) if (p is PyStr ps) searchPath.Add(ps.V);
        }
        else if (host.SysDict.Get("path") is PyList sp)
            foreach (var p in sp.AsSpan()) if (p is PyStr ps) searchPath.Add(ps.V);
        return searchPath;
    }

    /// <summary>A package's __init__.py or a module's .py in one folder (pkgDir is null for a module).</summary>
    internal static (string File, string? PkgDir)? FindSource(string dir, string fullname)
    {
        var d = dir.Length == 0 ? "." : dir;
        string shortName = fullname[(fullname.LastIndexOf('.') + 1)..];
        var pkgInit = Path.Combine(d, shortName, "__init__.py");
        if (File.Exists(pkgInit)) return (pkgInit, Path.Combine(d, shortName));
        var file = Path.Combine(d, shortName + ".py");
        if (File.Exists(file)) return (file, null);
        return null;
    }

    internal static PyException NotFound(string name, string? message = null)
    {
        var e = Errors.ModuleNotFoundError(message ?? StandardLibrary.NotFoundMessage(name));
        e.Value.Dict!["name"] = PyStr.From(name);
        return e;
    }

    /// <summary>
    /// Runs a source module: a new module in sys.modules while its code runs (removed again if the
    /// code raises, as CPython's _load_unlocked), then bound on its parent package. With importlib
    /// loaded, boot gives it CPython's ModuleSpec and SourceFileLoader.
    /// </summary>
    internal static PyObject ExecModule(string fullname, string file, Host host, string? packageDir, ImportBootstrap.Objects? boot)
    {
        var module = new PyModule(fullname);
        var g = module.ModuleDict;
        string package = packageDir is not null ? fullname : fullname.Contains('.') ? fullname[..fullname.LastIndexOf('.')] : "";
        g["__package__"] = PyStr.From(package);
        PyList? path = packageDir is null ? null : new PyList(new List<PyObject> { PyStr.From(packageDir) });
        if (boot is not null)
        {
            var (spec, loader) = boot.SourceSpec(fullname, file, path);
            g["__loader__"] = loader;
            g["__spec__"] = spec;
        }
        if (path is not null) g["__path__"] = path;
        g["__file__"] = PyStr.From(file);
        if (boot is not null) g["__cached__"] = ImportBootstrap.CachedPath(file, host);
        g["__builtins__"] = Builtins.Dict;   // as CPython: only __main__ holds the builtins module itself
        var key = PyStr.From(fullname);
        host.Modules.SetItem(key, module);
        host.Initializing.Add(fullname);
        try
        {
            var code = CodeCache.Compile(file, host.SysDict);
            Interpreter.RunCode(code, g, null);
        }
        catch
        {
            host.Modules.Remove(key);
            throw;
        }
        finally
        {
            host.Initializing.Remove(fullname);
        }
        return BindOnParent(fullname, module, host);
    }

    /// <summary>What sys.modules holds for the name after loading (a module may replace itself), set on its parent.</summary>
    internal static PyObject BindOnParent(string fullname, PyObject module, Host host)
    {
        var result = host.Modules.Get(fullname) ?? module;
        int dot = fullname.LastIndexOf('.');
        if (dot >= 0 && host.Modules.Get(fullname[..dot]) is PyModule parent)
            parent.ModuleDict.SetItem(PyStr.From(fullname[(dot + 1)..]), result);
        return result;
    }

    public static PyObject ImportFrom(PyObject module, string name)
    {
        PyObject? v;
        try { v = Ops.GetAttrOrNull(module, PyStr.From(name)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { v = null; }
        if (v is not null) return v;
        // A submodule that is loaded but not yet bound (circular imports).
        if (module is PyModule pm)
        {
            var sub = Host.Current.Modules.Get(pm.Name + "." + name);
            if (sub is not null) return sub;
            string file = pm.ModuleDict.Get("__file__") is PyStr f ? f.V : "unknown location";
            bool partial = Host.Current.Initializing.Contains(pm.Name);
            var e = Errors.ImportError(partial
                ? $"cannot import name '{name}' from partially initialized module '{pm.Name}' (most likely due to a circular import) ({file})"
                : pm.ModuleDict.ContainsKey(PyStr.From("__file__"))
                    ? $"cannot import name '{name}' from '{pm.Name}' ({file})"
                    : $"cannot import name '{name}' from '{pm.Name}' (unknown location)");
            e.Value.Dict!["name"] = PyStr.From(pm.Name);
            throw e;
        }
        throw Errors.ImportError($"cannot import name '{name}'");
    }

    public static void ImportStar(PyObject module, PyDict target)
    {
        if (module is not PyModule m) throw Errors.TypeError("import * needs a module");
        if (m.ModuleDict.Get("__all__") is { } all)
        {
            foreach (var n in Ops.ToList(all))
            {
                var name = (PyStr)n;
                target.SetItem(name, Ops.GetAttr(m, name));
            }
            return;
        }
        foreach (var kv in m.ModuleDict.Items())
            if (kv.Key is PyStr s && !s.V.StartsWith('_')) target.SetItem(kv.Key, kv.Value);
    }
}
