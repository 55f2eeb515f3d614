using Herthon.Compiling;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `_imp` module (CPython's Python/import.c): what importlib._bootstrap, _bootstrap_external and
/// zipimport ask the interpreter. Herthon has no frozen modules and no extension modules, so the
/// frozen queries answer "no" and extension_suffixes() is empty; builtin modules are ModuleRegistry's.
/// </summary>
public static class ImpModule
{
    /// <summary>The import lock's recursion count (the interpreter runs one thread at a time).</summary>
    [ThreadStatic] private static int t_lockCount;

    public static PyModule Create()
    {
        var m = new PyModule("_imp");
        m.Add("check_hash_based_pycs", PyStr.From("default"));
        m.AddFunction("lock_held", static (a, kw) => { Args.Count("lock_held", a, kw, 0, 0); return t_lockCount > 0 ? PyBool.True : PyBool.False; });
        m.AddFunction("acquire_lock", static (a, kw) => { Args.Count("acquire_lock", a, kw, 0, 0); t_lockCount++; return PyNone.Instance; });
        m.AddFunction("release_lock", static (a, kw) =>
        {
            Args.Count("release_lock", a, kw, 0, 0);
            if (t_lockCount == 0) throw Errors.RuntimeError("not holding the import lock");
            t_lockCount--;
            return PyNone.Instance;
        });
        m.AddFunction("is_builtin", static (a, kw) =>
        {
            Args.Count("is_builtin", a, kw, 1, 1);
            var name = Name(a[0], "is_builtin");
            // As CPython: -1 for the modules that cannot be initialised again.
            return PyInt.From(name is "sys" or "builtins" ? -1 : Importer.BuiltinModules.ContainsKey(name) ? 1 : 0);
        });
        m.AddFunction("create_builtin", static (a, kw) =>
        {
            Args.Count("create_builtin", a, kw, 1, 1);
            var name = Ops.GetAttr(a[0], "name") is PyStr s ? s.V : throw Errors.TypeError("spec.name must be a string");
            if (name is "sys" or "builtins") return Host.Current.Modules.Get(name) ?? PyNone.Instance;
            return Importer.BuiltinModules.TryGetValue(name, out var factory) ? factory() : PyNone.Instance;
        });
        m.AddFunction("exec_builtin", static (a, kw) => { Args.Count("exec_builtin", a, kw, 1, 1); return PyInt.From(0); });
        m.AddFunction("is_frozen", static (a, kw) => { Args.Count("is_frozen", a, kw, 1, 1); Name(a[0], "is_frozen"); return PyBool.False; });
        m.AddFunction("is_frozen_package", static (a, kw) => { Args.Count("is_frozen_package", a, kw, 1, 1); throw NoFrozen(Name(a[0], "is_frozen_package")); });
        m.AddFunction("get_frozen_object", static (a, kw) => { Args.Count("get_frozen_object", a, kw, 1, 2); throw NoFrozen(Name(a[0], "get_frozen_object")); });
        m.AddFunction("init_frozen", static (a, kw) => { Args.Count("init_frozen", a, kw, 1, 1); Name(a[0], "init_frozen"); return PyNone.Instance; });
        m.AddFunction("find_frozen", static (a, kw) => { Args.Count("find_frozen", a, kw, 1, 2); Name(a[0], "find_frozen"); return PyNone.Instance; });
        m.AddFunction("_frozen_module_names", static (a, kw) => { Args.Count("_frozen_module_names", a, kw, 0, 0); return PyTuple.Empty; });
        m.AddFunction("_override_frozen_modules_for_tests", static (a, kw) => { Args.Count("_override_frozen_modules_for_tests", a, kw, 1, 1); return PyNone.Instance; });
        m.AddFunction("_override_multi_interp_extensions_check", static (a, kw) => { Args.Count("_override_multi_interp_extensions_check", a, kw, 1, 1); return PyInt.From(-1); });
        m.AddFunction("extension_suffixes", static (a, kw) => { Args.Count("extension_suffixes", a, kw, 0, 0); return new PyList(); });
        m.AddFunction("create_dynamic", static (a, kw) =>
        {
            Args.Count("create_dynamic", a, kw, 1, 2);
            var e = Errors.ImportError("Herthon cannot load C extension modules");
            e.Value.Dict!["name"] = Ops.GetAttr(a[0], "name");
            throw e;
        });
        m.AddFunction("exec_dynamic", static (a, kw) => { Args.Count("exec_dynamic", a, kw, 1, 1); return PyInt.From(0); });
        m.AddFunction("_fix_co_filename", static (a, kw) =>
        {
            Args.Count("_fix_co_filename", a, kw, 2, 2);
            if (a[0] is not CodeObject code) throw Errors.TypeError($"_fix_co_filename() argument 1 must be code, not {a[0].Type.Name}");
            if (a[1] is not PyStr path) throw Errors.TypeError($"_fix_co_filename() argument 2 must be str, not {a[1].Type.Name}");
            CodeCache.FixFileName(code, code.FileName, path.V);
            return PyNone.Instance;
        });
        m.AddFunction("source_hash", static (a, kw) =>
        {
            Args.Count("source_hash", a, kw, 2, 2);
            var key = Args.Kw(a, kw, "key") ?? a[0];
            var source = Args.Kw(a, kw, "source") ?? a[1];
            var data = source switch
            {
                PyBytes b => b.V,
                PyByteArray ba => ba.Data.AsSpan(0, ba.Count).ToArray(),
                _ => throw Errors.TypeError($"a bytes-like object is required, not '{source.Type.Name}'"),
            };
            ulong h = SipHash13((ulong)Ops.IndexValue(key), data);
            return new PyBytes(BitConverter.GetBytes(h));
        });
        return m;
    }

    private static string Name(PyObject o, string fn) =>
        o is PyStr s ? s.V : throw Errors.TypeError($"{fn}() argument must be str, not {o.Type.Name}");

    private static PyException NoFrozen(string name)
    {
        var e = Errors.ImportError($"No such frozen object named '{name}'");
        e.Value.Dict!["name"] = PyStr.From(name);
        return e;
    }

    /// <summary>SipHash-1-3 keyed with (key, 0): CPython 3.11's _Py_KeyedHash, which source_hash uses.</summary>
    public static ulong SipHash13(ulong k0, ReadOnlySpan<byte> src)
    {
        ulong k1 = 0;
        ulong v0 = k0 ^ 0x736f6d6570736575UL, v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL, v3 = k1 ^ 0x7465646279746573UL;
        int n = src.Length, i = 0;
        for (; i + 8 <= n; i += 8)
        {
            ulong mi = BitConverter.ToUInt64(src.Slice(i, 8));
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = (ulong)n << 56;
        for (int k = 0; i + k < n; k++) t |= (ulong)src[i + k] << (8 * k);
        v3 ^= t;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= t;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = ulong.RotateLeft(v1, 13); v1 ^= v0; v0 = ulong.RotateLeft(v0, 32);
        v2 += v3; v3 = ulong.RotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = ulong.RotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = ulong.RotateLeft(v1, 17); v1 ^= v2; v2 = ulong.RotateLeft(v2, 32);
    }
}
