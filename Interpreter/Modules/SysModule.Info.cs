using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

// sys's description of the interpreter (flags, implementation, limits, encodings, prefixes), its hooks
// (excepthook, displayhook, unraisablehook) and its size/interning helpers, as CPython 3.11's sys has them.
public static partial class SysModule
{
    public static readonly PyBuiltinFunction ExceptHook = new("excepthook", static (a, kw) =>
    {
        Args.Count("excepthook", a, kw, 3, 3);
        // CPython's hook writes to sys.stderr, whatever a program put there (test.support.captured_stderr).
        var text = a[1] is PyBaseException e ? Host.FormatException(e) : $"TypeError: print_exception(): Exception expected for value, {a[1].Type.Name} found\n";
        var host = Host.Current;
        var file = host.SysDict?.Get("stderr");
        if (file is null or PyTextStream) { host.Stderr.Write(text); host.Stderr.Flush(); }
        else if (file is not PyNone)
        {
            Ops.Invoke(file, "write", PyStr.From(text));
            if (Ops.GetAttrOrNull(file, PyStr.From("flush")) is { } flush) Ops.Call(flush);
        }
        return PyNone.Instance;
    }) { ModuleName = "sys" };

    public static readonly PyBuiltinFunction DisplayHook = new("displayhook", static (a, kw) =>
    {
        Args.Count("sys.displayhook", a, kw, 1, 1);
        Builtins.DefaultDisplayHook(a[0]);
        return PyNone.Instance;
    }) { ModuleName = "sys" };

    public static readonly PyBuiltinFunction UnraisableHook = new("unraisablehook", static (a, kw) =>
    {
        Args.Count("unraisablehook", a, kw, 1, 1);
        var u = a[0];
        var obj = Ops.GetAttrOrNull(u, PyStr.From("object")) ?? PyNone.Instance;
        var msg = Ops.GetAttrOrNull(u, PyStr.From("err_msg")) is PyStr ms ? ms.V : "Exception ignored in";
        var sb = new System.Text.StringBuilder();
        sb.Append(obj is PyNone ? msg + "\n" : $"{msg}: {Ops.Repr(obj)}\n");
        if (Ops.GetAttrOrNull(u, PyStr.From("exc_value")) is PyBaseException ev) sb.Append(Host.FormatException(ev, chain: false));
        Host.Current.Stderr.Write(sb.ToString());
        return PyNone.Instance;
    }) { ModuleName = "sys" };

    private static readonly ConcurrentDictionary<string, PyStr> Interned = new();

    private static readonly PyType NamespaceType = MakeNamespaceType();

    private static void AddInterpreterInfo(PyModule m, string[] argv)
    {
        var d = m.ModuleDict;
        var vi = (PyTuple)d.Get("version_info")!;
        long hexversion = (3L << 24) | (11L << 16) | (((PyInt)vi.Items[2]).V << 8) | (0xFL << 4);
        d["hexversion"] = PyInt.From(hexversion);
        d["api_version"] = PyInt.From(1013);
        d["maxunicode"] = PyInt.From(0x10FFFF);
        d["byteorder"] = PyStr.From(BitConverter.IsLittleEndian ? "little" : "big");
        d["float_repr_style"] = PyStr.From("short");
        d["copyright"] = PyStr.From(
            "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
            "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
            "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.");
        d["warnoptions"] = new PyList();   // Herthon has no -W option
        // Defaults: CodeCache.ConfigureSys sets dont_write_bytecode for the run; a None prefix means Herthon's cache folder (CodeCache.Prefix).
        d["dont_write_bytecode"] = PyBool.True;
        d["pycache_prefix"] = PyNone.Instance;
        var prefix = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)) ?? "/";
        foreach (var name in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" }) d[name] = PyStr.From(prefix);
        d["platlibdir"] = PyStr.From("lib");
        // Where the pure-Python standard library (os.py) is, as CPython's _stdlib_dir; None without one.
        d["_stdlib_dir"] = StandardLibrary.Directory is { } stdlibDir ? PyStr.From(stdlibDir) : PyNone.Instance;
        d["abiflags"] = PyStr.From("");   // POSIX builds have it; CPython 3.11 release builds: empty
        // The interpreter and the program's command line (interpreter options are not kept).
        var orig = new PyList();
        orig.Append(d.Get("executable")!);
        foreach (var arg in argv) orig.Append(PyStr.From(arg));
        d["orig_argv"] = orig;
        // The importer finds modules itself (ModuleRegistry, then sys.path); it does not consult these.
        d["meta_path"] = new PyList();
        d["path_hooks"] = new PyList();
        d["path_importer_cache"] = new PyDict();

        d["flags"] = StructSeq.Make("sys.flags",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
             "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
             "safe_path", "int_max_str_digits"],
            [Zero, Zero, Zero, Zero, PyInt.From(1), Zero, PyInt.From(1) /* site is never imported */, Zero,
             Zero, Zero, Zero, PyInt.From(1) /* str hashes are seeded per process */, Zero, PyBool.False, PyInt.From(1) /* I/O is always UTF-8 */, Zero,
             PyBool.False, PyInt.From(-1)]);
        // str hashing is .NET's per-process seeded Marvin hash; ints, floats and tuples hash as CPython's do.
        d["hash_info"] = StructSeq.Make("sys.hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [PyInt.From(64), PyInt.From((1L << 61) - 1), PyInt.From(314159), Zero, PyInt.From(1000003), PyStr.From("marvin32"),
             PyInt.From(32), PyInt.From(64), Zero]);
        d["thread_info"] = StructSeq.Make("sys.thread_info", ["name", "lock", "version"],
            [PyStr.From(OperatingSystem.IsWindows() ? "nt" : "pthread"), PyStr.From("mutex+cond"), PyNone.Instance]);

        var impl = new PyDictInstance(NamespaceType);
        var id = impl.Dict!;
        id["name"] = PyStr.From("herthon");
        id["cache_tag"] = PyStr.From("herthon-311");
        id["version"] = vi;
        id["hexversion"] = PyInt.From(hexversion);
        id["_multiarch"] = PyStr.From(RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x86_64-linux-gnu",
            Architecture.Arm64 => "aarch64-linux-gnu",
            var other => other.ToString().ToLowerInvariant() + "-linux-gnu",
        });
        d["implementation"] = impl;

        var builtinNames = new List<string>(Importer.BuiltinModules.Keys) { "builtins", "sys" };
        builtinNames.Sort(StringComparer.Ordinal);
        d["builtin_module_names"] = PyTuple.From(builtinNames.Distinct().Select(n => (PyObject)PyStr.From(n)).ToArray());
        d["stdlib_module_names"] = StdlibModuleNames(builtinNames);

        d["excepthook"] = d["__excepthook__"] = ExceptHook;
        d["displayhook"] = d["__displayhook__"] = DisplayHook;
        d["breakpointhook"] = d["__breakpointhook__"] = Breakpoint.Hook;
        d["unraisablehook"] = d["__unraisablehook__"] = UnraisableHook;

        m.AddFunction("getfilesystemencoding", static (a, kw) => { Args.Count("sys.getfilesystemencoding", a, kw, 0, 0); return PyStr.From("utf-8"); });
        m.AddFunction("getfilesystemencodeerrors", static (a, kw) => { Args.Count("sys.getfilesystemencodeerrors", a, kw, 0, 0); return PyStr.From("surrogateescape"); });
        m.AddFunction("get_int_max_str_digits", static (a, kw) => { Args.Count("sys.get_int_max_str_digits", a, kw, 0, 0); return PyInt.From(Host.Current.IntMaxStrDigits); });
        m.AddFunction("set_int_max_str_digits", static (a, kw) =>
        {
            var v = a.Length == 1 && kw is null ? a[0] : Args.Kw(a, kw, "maxdigits");
            if (v is null || a.Length != 1) throw Errors.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            IntStrLimit.Set(v);
            return PyNone.Instance;
        });
        // Herthon has no GIL: the interval is kept for programs that read it back, and changes nothing.
        m.AddFunction("setswitchinterval", static (a, kw) =>
        {
            Args.Count("setswitchinterval", a, kw, 1, 1);
            double v = Ops.ToDouble(a[0]);
            if (!(v > 0)) throw Errors.ValueError("switch interval must be strictly positive");
            Host.Current.SwitchInterval = v;
            return PyNone.Instance;
        });
        m.AddFunction("getswitchinterval", static (a, kw) => { Args.Count("sys.getswitchinterval", a, kw, 0, 0); return new PyFloat(Host.Current.SwitchInterval); });
        m.AddFunction("is_finalizing", static (a, kw) => PyBool.False);
        m.AddFunction("call_tracing", static (a, kw) =>
        {
            Args.Count("call_tracing", a, kw, 2, 2);
            if (a[1] is not PyTuple t) throw Errors.TypeError($"call_tracing() argument 2 must be tuple, not {a[1].Type.Name}");
            return Ops.Call(a[0], t.Items);
        });
        m.AddFunction("intern", static (a, kw) =>
        {
            Args.Count("intern", a, kw, 1, 1);
            if (a[0] is not PyStr s) throw Errors.TypeError($"intern() argument must be str, not {a[0].Type.Name}");
            if (s.Sub is not null) throw Errors.TypeError($"can't intern {s.Type.Name}");
            return Interned.GetOrAdd(s.V, s);
        });
        m.AddFunction("getsizeof", static (a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (npos < 1 || npos > 2) throw Errors.TypeError($"getsizeof() takes at most 2 arguments ({npos} given)");
            var dflt = npos > 1 ? a[1] : Args.Kw(a, kw, "default");
            try { return PyInt.From(SizeOf(a[0])); }
            catch (PyException) when (dflt is not null) { return dflt; }
        });
    }

    private static readonly PyInt Zero = PyInt.From(0);

    /// <summary>The modules Herthon's own library provides: the C# ones and Lib/'s modules and packages.</summary>
    /// <summary>CPython 3.11's sys.stdlib_module_names (the library Herthon runs is CPython's), plus
    /// Herthon's own builtin modules.</summary>
    private static PyObject StdlibModuleNames(List<string> builtinNames)
    {
        var set = new PySet(frozen: true);
        foreach (var n in builtinNames) set.Add(PyStr.From(n));
        foreach (var n in Hosting.StandardLibrary.ModuleNames) set.Add(PyStr.From(n));
        return set;
    }

    /// <summary>
    /// sys.getsizeof's model: the bytes CPython 3.11 (64-bit) would use for the same contents, with
    /// Herthon's real container capacities (list slots, dict index and entries, set table). Scalars
    /// follow CPython's layouts (30-bit int digits, PEP 393 strings); a type's own __sizeof__ wins; GC
    /// tracked objects add the 16-byte GC header (and user-class instances their 16-byte dict/weakref
    /// pre-header), as sys.getsizeof does. Objects outside the model raise NotImplementedError.
    /// </summary>
    public static long SizeOf(PyObject o)
    {
        var t = o.Type;
        if (!t.IsBuiltin && t.Lookup(PyStr.From("__sizeof__")) is PyFunction user)
        {
            var r = Ops.CallMethod(user, o);
            long n = Ops.IndexValue(r);
            if (n < 0) throw Errors.ValueError("__sizeof__() should return >= 0");
            return n + GcOverhead(o);
        }
        return BaseSize(o) + GcOverhead(o);
    }

    private static long GcOverhead(PyObject o) => o switch
    {
        PyInstance when !o.Type.IsBuiltin => o.Type.SlotNames is null || o.Type.HasDictSlot ? 32 : 16,
        PyInstance when ReferenceEquals(o.Type, TypeObjects.Object) => 0,
        PyList or PyTuple or PyDict or PySet or PyInstance or PyFunction or PyType or PyCell or PyGenerator => 16,
        _ => 0,
    };

    /// <summary>object.__sizeof__: the model without the GC header.</summary>
    public static long BaseSize(PyObject o)
    {
        switch (o)
        {
            case PyNone or PyNotImplemented or PyEllipsis: return 16;
            case PyBool: return 28;
            case PyInt i:
                {
                    long bits = i.Big is null ? (i.V == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Abs(i.V == long.MinValue ? long.MaxValue : i.V)))
                                              : (long)System.Numerics.BigInteger.Abs(i.Big.Value).GetBitLength();
                    return 24 + 4 * Math.Max(1, (bits + 29) / 30);
                }
            case PyFloat: return 24;
            case PyStr s:
                {
                    int max = 0, len = 0;
                    for (int k = 0; k < s.V.Length; k++)
                    {
                        int cp = char.IsHighSurrogate(s.V[k]) && k + 1 < s.V.Length && char.IsLowSurrogate(s.V[k + 1]) ? char.ConvertToUtf32(s.V[k], s.V[++k]) : s.V[k];
                        if (cp > max) max = cp;
                        len++;
                    }
                    return max < 0x80 ? 49 + len : max < 0x100 ? 73 + len : max < 0x10000 ? 74 + 2L * len : 76 + 4L * len;
                }
            case PyBytes b: return 33 + b.V.Length;
            case PyByteArray ba: return 56 + (ba.Data.Length == 0 ? 0 : ba.Data.Length + 1);
            case PyTuple tu: return 24 + 8L * tu.Items.Length;
            case PyList l: return 40 + 8L * l.Items.Length;
            case PyDict d: return 48 + (d.Count == 0 ? 0 : 32 + 4L * d.IndexSize + 24L * d.EntryCapacity);
            case PySet st: return 72 + 16L * st.TableSize;
            case PyRange: return 48;
            case PySlice: return 40;
            case PyBaseException: return 72;
            case PyInstance inst when !inst.Type.IsBuiltin: return 16 + 8L * inst.Type.SlotCount + (inst.Type.SlotNames is null || inst.Type.HasDictSlot ? 8 : 0);
            case PyInstance: return 16;
        }
        throw Errors.NotImplementedError($"sys.getsizeof() has no size model for '{o.Type.Name}' objects in Herthon");
    }

    /// <summary>types.SimpleNamespace, of which sys.implementation is one.</summary>
    private static PyType MakeNamespaceType() => PySimpleNamespace.Type;
}
