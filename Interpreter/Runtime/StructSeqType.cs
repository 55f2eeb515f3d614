using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// CPython's structseq as a real tuple subclass (os.stat_result, pwd.struct_passwd, os.terminal_size):
/// the first n_sequence_fields values are the tuple's items; the remaining named fields (st_atime as a
/// float, st_blksize...) live outside the tuple, as CPython keeps them, and show in __reduce__ only.
/// </summary>
public static class StructSeqType
{
    private sealed class Layout(string[] fields, int visible, int unnamed)
    {
        public readonly string[] Fields = fields;     // every named field, tuple order first
        public readonly int Visible = visible;        // n_sequence_fields
        public readonly int Unnamed = unnamed;        // visible slots without a name (stat's int times)
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, Layout> Layouts = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyTuple, PyObject[]> Hidden = new();

    /// <summary>A structseq type `module.name`. fields lists the named fields in slot order; unnamedAt/unnamed
    /// insert that many unnamed visible slots at that index (os.stat_result's integer times).</summary>
    /// <param name="typeName">The name repr and errors show (CPython's tp_name), module.name unless given.</param>
    /// <param name="instantiable">False for the types whose instances only the runtime makes (sys.flags).</param>
    public static PyType Define(string module, string name, string[] fields, int visible, int unnamedAt = -1, int unnamed = 0,
        string? typeName = null, bool instantiable = true)
    {
        // A type CPython names without a module (asyncgen_hooks) is in "builtins"; its dunders
        // (__repr__ above all) are still its own, which DictDispatch tells Ops.
        var t = new PyType(name, [TypeObjects.Tuple], true) { Module = module, DictDispatch = module == "builtins" };
        t.ComputeMro();
        var layout = new Layout(fields, visible, unnamed);
        Layouts.Add(t, layout);
        // Slot i of the sequence; fields past the named visible ones are hidden values.
        int namedVisible = visible - unnamed;
        for (int i = 0; i < fields.Length; i++)
        {
            int idx = i < namedVisible ? (unnamedAt >= 0 && i >= unnamedAt ? i + unnamed : i) : -1 - (i - namedVisible);
            t.TypeDict[fields[i]] = new PyGetSetDescriptor(fields[i], o =>
            {
                var tup = (PyTuple)o;
                if (idx >= 0) return tup.Items[idx];
                return Hidden.TryGetValue(tup, out var h) ? h[-1 - idx] : PyNone.Instance;
            });
        }
        string full = typeName ?? module + "." + name;
        if (!instantiable)
            t.New = (cls, a, kw) => throw Errors.TypeError($"cannot create '{full}' instances");
        else t.New = (cls, a, kw) =>
        {
            if (kw is { Length: > 0 }) Args.OnlyKw(full, kw, "sequence", "dict");
            var seqObj = a.Length > 0 && (kw is null || a.Length > kw.Length) ? a[0] : Args.Kw(a, kw, "sequence") ?? throw Errors.TypeError($"{full}() missing required argument 'sequence' (pos 1)");
            var dict = Args.Positional(a, kw) > 1 ? a[1] : Args.Kw(a, kw, "dict");
            var items = Ops.ToArray(seqObj);
            int max = fields.Length + unnamed;
            if (items.Length < visible)
                throw Errors.TypeError(visible == max ? $"{full}() takes a {visible}-sequence ({items.Length}-sequence given)" : $"{full}() takes an at least {visible}-sequence ({items.Length}-sequence given)");
            if (items.Length > max)
                throw Errors.TypeError(visible == max ? $"{full}() takes a {visible}-sequence ({items.Length}-sequence given)" : $"{full}() takes an at most {max}-sequence ({items.Length}-sequence given)");
            var rest = new PyObject[fields.Length - namedVisible];
            for (int i = 0; i < rest.Length; i++)
            {
                int src = visible + i;
                PyObject? v = src < items.Length ? items[src] : null;
                if (v is null && dict is PyDict d) v = d.Get(fields[namedVisible + i]);
                // stat_result: a float time not given is the integer one (posixmodule.c's statresult_new).
                if (v is null or PyNone && i < unnamed && unnamedAt >= 0) v = items[unnamedAt + i];
                rest[i] = v ?? PyNone.Instance;
            }
            return Make(cls, items[..visible], rest);
        };
        t.SetMethod("__repr__", (a, kw) =>
        {
            var tup = (PyTuple)a[0];
            var sb = new StringBuilder(full).Append('(');
            for (int i = 0, slot = 0; slot < tup.Items.Length; i++, slot++)
            {
                if (slot > 0) sb.Append(", ");
                // Unnamed slots print with the names of the hidden fields that follow them (CPython: stat's times).
                string fname = unnamedAt >= 0 && slot >= unnamedAt && slot < unnamedAt + unnamed ? fields[namedVisible + slot - unnamedAt] : fields[i];
                if (unnamedAt >= 0 && slot >= unnamedAt && slot < unnamedAt + unnamed) i--;
                sb.Append(fname).Append('=').Append(Ops.Repr(tup.Items[slot]));
            }
            return PyStr.From(sb.Append(')').ToString());
        });
        t.SetMethod("__reduce__", (a, kw) =>
        {
            var tup = (PyTuple)a[0];
            var d = new PyDict();
            if (Hidden.TryGetValue(tup, out var h))
                for (int i = 0; i < h.Length; i++) d[fields[namedVisible + i]] = h[i];
            return PyTuple.Of(tup.Type, PyTuple.Of(PyTuple.From(tup.Items), d));
        });
        t.SetMethod("__reduce_ex__", static (a, kw) => Ops.Invoke(a[0], "__reduce__"));
        t.TypeDict["n_sequence_fields"] = PyInt.From(visible);
        t.TypeDict["n_fields"] = PyInt.From(fields.Length + unnamed);
        t.TypeDict["n_unnamed_fields"] = PyInt.From(unnamed);
        var match = new PyObject[namedVisible];
        for (int i = 0; i < namedVisible; i++) match[i] = PyStr.From(fields[i]);
        t.TypeDict["__match_args__"] = PyTuple.From(match);
        return t;
    }

    public static PyTuple Make(PyType type, PyObject[] visible, PyObject[]? hidden = null)
    {
        var tup = new PyTuple(visible) { Sub = type };
        if (hidden is { Length: > 0 }) Hidden.AddOrUpdate(tup, hidden);
        return tup;
    }
}
