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

    /// <summary>Finds and loads one module not yet in sys.modules (the import markers sit here).</summary>
    public static PyObject FindAndLoad(string fullname, Host host)
    {
        SysModule.Audit("import", PyStr.From(fullname), PyNone.Instance, host.SysDict.Get("path") ?? PyNone.Instance,
            host.SysDict.Get("meta_path") ?? PyNone.Instance, host.SysDict.Get("path_hooks") ?? PyNone.Instance);
        Probes.Probes.ImportFindLoadStart(fullname);
        bool found = false;
        try
        {
            var m = Load(fullname, host);
            found = true;
            return m;
        }
        finally
        {
            Probes.Probes.ImportFindLoadDone(fullname, found ? 1 : 0);
        }
    }

    private static PyObject Load(string fullname, Host host)
    {
        if (BuiltinModules.TryGetValue(fullname, out var factory))
        {
            var bm = factory();
            host.Modules.SetItem(PyStr.From(fullname), bm);
            return bm;
        }
        // Search path: the parent package's __path__, else sys.path.
        List<string> searchPath = [];
        int dot = fullname.LastIndexOf('.');
        string shortName = dot >= 0 ? fullname[(dot + 1)..] : fullname;
        if (dot >= 0)
        {
            var parent = host.Modules.Get(fullname[..dot]) as PyModule;
            if (parent?.ModuleDict.Get("__path__") is not PyList pp)
                throw NotFound(fullname, $"No module named '{fullname}'; '{fullname[..dot]}' is not a package");
            foreach (var p in pp.AsSpan()) searchPath.Add(Ops.Str(p));
        }
        else if (host.SysDict.Get("path") is PyList sp)
            foreach (var p in sp.AsSpan()) searchPath.Add(Ops.Str(p));

        foreach (var dir in searchPath)
        {
            var d = dir.Length == 0 ? "." : dir;
            var pkgInit = Path.Combine(d, shortName, "__init__.py");
            if (File.Exists(pkgInit)) return ExecModule(fullname, pkgInit, host, Path.Combine(d, shortName));
            var file = Path.Combine(d, shortName + ".py");
            if (File.Exists(file)) return ExecModule(fullname, file, host, null);
        }
        throw NotFound(fullname);
    }

    private static PyException NotFound(string name, string? message = null)
    {
        var e = Errors.ModuleNotFoundError(message ?? StandardLibrary.NotFoundMessage(name));
        e.Value.Dict!["name"] = PyStr.From(name);
        return e;
    }

    private static PyObject ExecModule(string fullname, string file, Host host, string? packageDir)
    {
        var module = new PyModule(fullname);
        var g = module.ModuleDict;
        g["__file__"] = PyStr.From(file);
        g["__builtins__"] = Builtins.Module;
        if (packageDir is not null)
        {
            g["__path__"] = new PyList(new List<PyObject> { PyStr.From(packageDir) });
            g["__package__"] = PyStr.From(fullname);
        }
        else g["__package__"] = PyStr.From(fullname.Contains('.') ? fullname[..fullname.LastIndexOf('.')] : "");
        var key = PyStr.From(fullname);
        host.Modules.SetItem(key, module);
        host.Initializing.Add(fullname);
        try
        {
            var code = Host.CompileFile(file, File.ReadAllText(file));
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
        // Bind the submodule on its parent package.
        int dot = fullname.LastIndexOf('.');
        if (dot >= 0 && host.Modules.Get(fullname[..dot]) is PyModule parent)
            parent.ModuleDict.SetItem(PyStr.From(fullname[(dot + 1)..]), host.Modules.Get(fullname) ?? module);
        return host.Modules.Get(fullname) ?? module;
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
