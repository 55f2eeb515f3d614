using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// `_testinternalcapi` (CPython's Modules/_testinternalcapi.c): the interpreter internals CPython's own
/// tests inspect. Herthon has the two that describe it rather than CPython's C layout: get_config()
/// (test.support.requires_debug_ranges asks it whether code objects carry column positions, and
/// test_traceback decorates its classes with that at import) and get_recursion_depth().
/// </summary>
public static class TestinternalcapiModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_testinternalcapi");
        m.AddFunction("get_config", static (a, kw) =>
        {
            Args.NoKw("get_config", kw);
            if (a.Length != 0) throw Errors.TypeError($"_testinternalcapi.get_config() takes no arguments ({a.Length} given)");
            return Config();
        });
        m.AddFunction("get_recursion_depth", static (a, kw) =>
        {
            Args.NoKw("get_recursion_depth", kw);
            if (a.Length != 0) throw Errors.TypeError($"_testinternalcapi.get_recursion_depth() takes no arguments ({a.Length} given)");
            // CPython counts the caller's frame too (its depth is the number of frames below and including it).
            return PyInt.From(ThreadState.Current.Depth);
        });
        return m;
    }

    /// <summary>The run's configuration under PyConfig's field names, from the command line it was started with.</summary>
    private static PyDict Config()
    {
        var host = Host.CurrentOrNull;
        var cl = host?.Options ?? new CommandLine();
        var sys = host?.SysDict;
        var d = new PyDict();
        PyObject Int(int v) => PyInt.From(v);
        PyObject Bool(bool v) => PyInt.From(v ? 1 : 0);   // PyConfig's flags are C ints
        PyObject Str(string? s) => s is null ? PyNone.Instance : PyStr.From(s);
        PyObject Copy(string name) => sys?.Get(name) is PyList l ? new PyList(new List<PyObject>(l.Items)) : new PyList();

        d["isolated"] = Int(cl.Isolated);
        d["use_environment"] = Bool(cl.IgnoreEnvironment == 0);
        d["dev_mode"] = Bool(cl.DevMode);
        d["install_signal_handlers"] = Int(1);
        d["use_hash_seed"] = Int(0);
        d["hash_seed"] = Int(0);
        d["faulthandler"] = Bool(cl.DevMode);
        d["tracemalloc"] = Int(cl.TraceMalloc is null ? 0 : int.TryParse(cl.TraceMalloc, out var frames) ? frames : 1);
        d["import_time"] = Bool(cl.ImportTime);
        d["code_debug_ranges"] = Bool(!cl.NoDebugRanges);
        d["show_ref_count"] = Int(0);
        d["dump_refs"] = Int(0);
        d["malloc_stats"] = Int(0);
        d["pycache_prefix"] = Str(cl.PycachePrefix);
        d["argv"] = Copy("argv");
        d["orig_argv"] = Copy("orig_argv");
        var xoptions = new PyList();   // as given: "name" or "name=value"
        foreach (var (name, value) in cl.XOptions) xoptions.Append(PyStr.From(value is null ? name : $"{name}={value}"));
        d["xoptions"] = xoptions;
        d["warnoptions"] = Copy("warnoptions");
        d["executable"] = sys?.Get("executable") ?? PyNone.Instance;
        d["platlibdir"] = sys?.Get("platlibdir") ?? PyNone.Instance;
        d["site_import"] = Bool(cl.NoSite == 0);
        d["bytes_warning"] = Int(cl.BytesWarning);
        d["warn_default_encoding"] = Int(cl.WarnDefaultEncoding);
        d["inspect"] = Int(cl.Inspect);
        d["interactive"] = Int(cl.Interactive);
        d["optimization_level"] = Int(cl.Optimize);
        d["parser_debug"] = Int(cl.Debug);
        d["write_bytecode"] = Bool(cl.DontWriteBytecode == 0);
        d["verbose"] = Int(cl.Verbose);
        d["quiet"] = Int(cl.Quiet);
        d["user_site_directory"] = Bool(cl.NoUserSite == 0);
        d["buffered_stdio"] = Bool(!cl.Unbuffered);
        d["skip_source_first_line"] = Bool(cl.SkipFirstLine);
        d["run_command"] = Str(cl.Command is null ? null : cl.Command + "\n");
        d["run_module"] = Str(cl.Module);
        d["run_filename"] = Str(cl.Script is null or "-" ? null : Path.GetFullPath(cl.Script));
        d["check_hash_pycs_mode"] = PyStr.From(cl.CheckHashBasedPycs);
        d["safe_path"] = Int(cl.SafePath);
        d["int_max_str_digits"] = Int(cl.IntMaxStrDigits);
        return d;
    }
}
