using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// CPython's importlib over Herthon's native importer. The first import of a module that is not
/// builtin loads importlib/_bootstrap.py and _bootstrap_external.py as `_frozen_importlib` and
/// `_frozen_importlib_external` (what CPython freezes into its binary) and installs them as CPython's
/// start-up does, so sys.meta_path, sys.path_hooks and sys.path_importer_cache hold CPython's
/// finders and every module gets CPython's ModuleSpec and loader objects. Finding and loading stay
/// native where the default finders would do exactly what the native code does (builtin modules,
/// folders reached through FileFinder); any other finder, path hook or path entry (a zip file) is
/// asked through its own Python methods, in CPython's order. See docs/architecture.md (Imports).
/// </summary>
public static class ImportBootstrap
{
    public sealed class Objects
    {
        public required PyModule Bootstrap, External;
        public required PyObject BuiltinImporter, FrozenImporter, PathFinder, ModuleSpec, SourceFileLoader, LoadUnlocked, PathImporterCache;
        public required PyType FileFinderType;
        public PyObject[] DefaultHooks = [];

        public (PyObject Spec, PyObject Loader) SourceSpec(string fullname, string file, PyList? path)
        {
            var name = PyStr.From(fullname);
            var loader = Ops.Call(SourceFileLoader, name, PyStr.From(file));
            var spec = Ops.Call(ModuleSpec, [name, loader, PyStr.From(file), path is null ? PyBool.False : PyBool.True], ["origin", "is_package"]);
            Ops.SetAttr(spec, PyStr.From("_set_fileattr"), PyBool.True);
            Ops.SetAttr(spec, PyStr.From("cached"), CachedPath(file, Host.Current));
            if (path is not null) Ops.SetAttr(spec, PyStr.From("submodule_search_locations"), path);
            return (spec, loader);
        }
    }

    /// <summary>importlib.util.cache_from_source(file) for Herthon's cache tag and sys.pycache_prefix.</summary>
    public static PyStr CachedPath(string file, Host host)
    {
        if (CodeCache.Prefix(host.SysDict) is { } prefix) return PyStr.From(CodeCache.PathFor(file, prefix));
        var dir = Path.GetDirectoryName(file) ?? "";
        var name = Path.GetFileName(file);
        int dot = name.LastIndexOf('.');
        return PyStr.From(Path.Combine(dir, "__pycache__", (dot > 0 ? name[..dot] : name) + "." + CodeCache.CacheTag + ".pyc"));
    }

    /// <summary>Loads and installs importlib's bootstrap once per run; null when there is no library or it failed.</summary>
    public static Objects? Ensure(Host host)
    {
        if (host.Boot is not null || host.Bootstrapping || host.BootstrapFailed) return host.Boot;
        if (StandardLibrary.Directory is not { } stdlib) return null;
        var dir = Path.Combine(stdlib, "importlib");
        if (!File.Exists(Path.Combine(dir, "_bootstrap.py")) || !File.Exists(Path.Combine(dir, "_bootstrap_external.py"))) return null;
        host.Bootstrapping = host.QuietImports = true;
        try
        {
            var sys = host.Modules.Get("sys")!;
            var imp = Importer.FindAndLoad("_imp", host);
            PosixImportFallback.AddIfMissing((PyModule)Importer.ImportDotted("posix", host));
            StartupTrace.Mark("bootstrap: _imp, posix");
            var boot = ExecFrozen("_frozen_importlib", Path.Combine(dir, "_bootstrap.py"), host);
            StartupTrace.Mark("bootstrap: _bootstrap.py run");
            Ops.Call(Ops.GetAttr(boot, "_install"), sys, imp);
            StartupTrace.Mark("bootstrap: _install");
            var ext = ExecFrozen("_frozen_importlib_external", Path.Combine(dir, "_bootstrap_external.py"), host);
            // Herthon's build is its magic number (as PyPy has its own): importlib's SourceFileLoader
            // then reads and writes the same cache entries as the native importer (CodeCache).
            ext.ModuleDict["MAGIC_NUMBER"] = new PyBytes(CodeCache.Magic);
            ext.ModuleDict["_RAW_MAGIC_NUMBER"] = PyInt.From(BitConverter.ToUInt32(CodeCache.Magic));
            StartupTrace.Mark("bootstrap: _bootstrap_external.py run");
            Ops.Call(Ops.GetAttr(boot, "_install_external_importers"));
            StartupTrace.Mark("bootstrap: _install_external_importers");
            var objects = new Objects
            {
                Bootstrap = boot, External = ext,
                BuiltinImporter = Ops.GetAttr(boot, "BuiltinImporter"), FrozenImporter = Ops.GetAttr(boot, "FrozenImporter"),
                ModuleSpec = Ops.GetAttr(boot, "ModuleSpec"), LoadUnlocked = Ops.GetAttr(boot, "_load_unlocked"),
                PathFinder = Ops.GetAttr(ext, "PathFinder"), SourceFileLoader = Ops.GetAttr(ext, "SourceFileLoader"),
                PathImporterCache = Ops.GetAttr(Ops.GetAttr(ext, "PathFinder"), "_path_importer_cache"),
                FileFinderType = (PyType)Ops.GetAttr(ext, "FileFinder"),
            };
            // Cache entries are written the native importer's way (CodeCache), also for SourceFileLoader.
            ext.ModuleDict["_write_atomic"] = new PyBuiltinFunction("_write_atomic", static (a, kw) =>
            {
                Args.Count("_write_atomic", a, kw, 2, 3);
                var data = a[1] switch { PyBytes b => b.V, PyByteArray ba => ba.Data.AsSpan(0, ba.Count).ToArray(), _ => throw Errors.TypeError("a bytes-like object is required") };
                CodeCache.WriteAtomic(Ops.Str(a[0]), data);
                return PyNone.Instance;
            }) { ModuleName = "_frozen_importlib_external" };
            // sys.pycache_prefix None means Herthon's cache folder (CodeCache.Prefix), for importlib too.
            var cacheFromSource = ext.ModuleDict.Get("cache_from_source")!;
            ext.ModuleDict["cache_from_source"] = new PyBuiltinFunction("cache_from_source", (a, kw) =>
            {
                var sysDict = Host.Current.SysDict;
                if (sysDict.Get("pycache_prefix") is not PyNone || CodeCache.DefaultPrefix() is not { } dflt) return Ops.Call(cacheFromSource, a, kw);
                sysDict["pycache_prefix"] = PyStr.From(dflt);
                try { return Ops.Call(cacheFromSource, a, kw); }
                finally { sysDict["pycache_prefix"] = PyNone.Instance; }
            }) { ModuleName = "_frozen_importlib_external" };
            // Builtin modules imported while installing get their specs now (CPython's _setup again).
            Ops.Call(Ops.GetAttr(boot, "_setup"), sys, imp);
            StartupTrace.Mark("bootstrap: _setup");
            // importlib.import_module and __import__ of _bootstrap find and load natively too.
            boot.ModuleDict["_find_and_load"] = new PyBuiltinFunction("_find_and_load", static (a, kw) =>
            {
                Args.Count("_find_and_load", a, kw, 2, 2);
                return Importer.ImportDotted(Ops.AsString(a[0], "_find_and_load() argument 1"), Host.Current);
            }) { ModuleName = "_frozen_importlib" };
            host.Boot = objects;
            host.Bootstrapping = false;
            if (host.SysDict.Get("path_hooks") is PyList fileHooks) objects.DefaultHooks = fileHooks.AsSpan().ToArray();
            // As CPython's start-up (_PyImportZip_Init): zip archives on sys.path are importable.
            var zipimport = Importer.FindAndLoad("zipimport", host);
            if (host.SysDict.Get("path_hooks") is PyList hooks)
            {
                hooks.Insert(0, Ops.GetAttr(zipimport, "zipimporter"));
                objects.DefaultHooks = hooks.AsSpan().ToArray();
            }
            StartupTrace.Mark("bootstrap: zipimport");
            return objects;
        }
        catch (PyException e)
        {
            host.Boot = null;
            host.BootstrapFailed = true;
            foreach (var n in new[] { "_frozen_importlib", "_frozen_importlib_external" }) host.Modules.Remove(PyStr.From(n));
            // Ctrl-C is not a failure to set up: it propagates (at start-up it ends the run, Host.RunOnThisThread).
            if (Host.IsInterrupt(e)) throw;
            host.Stderr.Write("herthon: importlib could not be set up; imports continue without it:\n" + Host.FormatException(e.Value));
            return null;
        }
        finally { host.Bootstrapping = host.QuietImports = false; }
    }

    /// <summary>Runs a bootstrap module; its code reports CPython's frozen name ("&lt;frozen importlib._bootstrap&gt;"), as in CPython's tracebacks.</summary>
    private static PyModule ExecFrozen(string name, string file, Host host)
    {
        var module = new PyModule(name);
        module.ModuleDict["__builtins__"] = Builtins.Module;
        host.Modules.SetItem(PyStr.From(name), module);
        var code = CodeCache.Compile(file, host.SysDict);
        CodeCache.FixFileName(code, code.FileName, "<frozen importlib." + Path.GetFileNameWithoutExtension(file) + ">");
        Evaluation.Interpreter.RunCode(code, module.ModuleDict, null);
        return module;
    }

    /// <summary>CPython's _find_spec over sys.meta_path, then the load; the default finders run natively.</summary>
    public static PyObject FindAndLoadWithMetaPath(string fullname, Host host, Objects boot)
    {
        PyObject pathArg = PyNone.Instance;
        int dot = fullname.LastIndexOf('.');
        if (dot >= 0)
        {
            Importer.SearchPath(fullname, host);   // "... is not a package"
            pathArg = ((PyModule)host.Modules.Get(fullname[..dot])!).ModuleDict.Get("__path__")!;
        }
        if (host.SysDict.Get("meta_path") is not PyList metaPath) throw Errors.ImportError("sys.meta_path must be a list of import finders");
        foreach (var finder in metaPath.AsSpan().ToArray())
        {
            if (ReferenceEquals(finder, boot.BuiltinImporter))
            {
                if (dot < 0 && Importer.BuiltinModules.TryGetValue(fullname, out var factory)) return LoadBuiltin(fullname, factory(), host, boot);
                continue;
            }
            if (ReferenceEquals(finder, boot.FrozenImporter)) continue;
            if (ReferenceEquals(finder, boot.PathFinder))
            {
                if (FindOnPath(fullname, host, boot) is { } m) return m;
                continue;
            }
            var findSpec = Ops.GetAttrOrNull(finder, PyStr.From("find_spec"));
            if (findSpec is null) continue;   // legacy find_module-only finders (removed in 3.12) are not consulted
            var spec = Ops.Call(findSpec, [PyStr.From(fullname), pathArg, PyNone.Instance]);
            if (spec is not PyNone) return LoadSpec(fullname, spec, host, boot);
        }
        throw Importer.NotFound(fullname);
    }

    private static PyObject LoadBuiltin(string fullname, PyModule module, Host host, Objects boot)
    {
        var spec = Ops.Call(boot.ModuleSpec, [PyStr.From(fullname), boot.BuiltinImporter, PyStr.From("built-in")], ["origin"]);
        module.ModuleDict["__loader__"] = boot.BuiltinImporter;
        module.ModuleDict["__package__"] = PyStr.Empty;
        module.ModuleDict["__spec__"] = spec;
        host.Modules.SetItem(PyStr.From(fullname), module);
        return module;
    }

    private static PyObject LoadSpec(string fullname, PyObject spec, Host host, Objects boot)
    {
        var module = Ops.Call(boot.LoadUnlocked, spec);
        return Importer.BindOnParent(fullname, module, host);
    }

    /// <summary>PathFinder.find_spec and the load: folders natively unless a non-default finder or hook owns them.</summary>
    private static PyObject? FindOnPath(string fullname, Host host, Objects boot)
    {
        var entries = Importer.SearchPath(fullname, host);
        bool defaultHooks = host.SysDict.Get("path_hooks") is PyList hooks && hooks.Count == boot.DefaultHooks.Length
            && hooks.AsSpan().SequenceEqual(boot.DefaultHooks, ReferenceEqualityComparer.Instance);
        var cache = host.SysDict.Get("path_importer_cache") as PyDict;
        foreach (var entry in entries)
        {
            var key = PyStr.From(entry);
            var finder = cache?.Get(key);
            if (finder is null)
            {
                if (defaultHooks && Directory.Exists(entry.Length == 0 ? "." : entry))
                {
                    if (Importer.FindSource(entry, fullname) is { } src) return Importer.ExecModule(fullname, src.File, host, src.PkgDir, boot);
                    continue;
                }
                finder = Ops.Call(boot.PathImporterCache, key);
            }
            if (finder is PyNone) continue;
            if (ReferenceEquals(finder.Type, boot.FileFinderType))
            {
                if (Importer.FindSource(entry, fullname) is { } src) return Importer.ExecModule(fullname, src.File, host, src.PkgDir, boot);
                continue;
            }
            var findSpec = Ops.GetAttrOrNull(finder, PyStr.From("find_spec"));
            if (findSpec is null) continue;
            var spec = Ops.Call(findSpec, PyStr.From(fullname));
            if (spec is PyNone || Ops.GetAttr(spec, "loader") is PyNone) continue;
            return LoadSpec(fullname, spec, host, boot);
        }
        return null;
    }
}
