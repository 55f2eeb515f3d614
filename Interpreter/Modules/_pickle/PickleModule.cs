namespace Herthon.Runtime;

/// <summary>
/// `_pickle` (CPython's Modules/_pickle.c): the native Pickler and Unpickler the pickle module uses
/// instead of its pure-Python _Pickler/_Unpickler, with the same opcodes, framing and memo numbering so
/// the bytes are identical to CPython's. Pickler.cs writes, Unpickler.cs reads, PickleBuffer.cs is the
/// protocol-5 buffer wrapper.
/// </summary>
public static partial class PickleModule
{
    public const int HighestProtocol = 5, DefaultProtocol = 4;

    public static readonly PyType PickleError = Errors.ModuleException("PickleError", "_pickle", TypeObjects.Exception);
    public static readonly PyType PicklingError = Errors.ModuleException("PicklingError", "_pickle", PickleError);
    public static readonly PyType UnpicklingError = Errors.ModuleException("UnpicklingError", "_pickle", PickleError);

    internal static PyException Pickling(string m) => Errors.Make(PicklingError, m);
    internal static PyException Unpickling(string m) => Errors.Make(UnpicklingError, m);

    public static PyModule Create()
    {
        var m = new PyModule("_pickle");
        m.Add("PickleError", PickleError);
        m.Add("PicklingError", PicklingError);
        m.Add("UnpicklingError", UnpicklingError);
        m.Add("Pickler", PicklerType);
        m.Add("Unpickler", UnpicklerType);
        m.Add("PickleBuffer", PickleBufferType);
        m.AddFunction("dump", static (a, kw) =>
        {
            var v = Parse("dump", a, kw, ["obj", "file", "protocol", "fix_imports", "buffer_callback"], 3, 2);
            var p = new Pickler(PicklerType);
            p.Init(v[1]!, v[2], v[3], v[4]);
            p.Dump(v[0]!);
            return PyNone.Instance;
        });
        m.AddFunction("dumps", static (a, kw) =>
        {
            var v = Parse("dumps", a, kw, ["obj", "protocol", "fix_imports", "buffer_callback"], 2, 1);
            var p = new Pickler(PicklerType);
            p.Init(null, v[1], v[2], v[3]);
            p.Dump(v[0]!);
            return new PyBytes(p.TakeOutput());
        });
        m.AddFunction("load", static (a, kw) =>
        {
            var v = Parse("load", a, kw, ["file", "fix_imports", "encoding", "errors", "buffers"], 1, 1);
            var u = new Unpickler(UnpicklerType);
            u.Init(v[0]!, v[1], v[2], v[3], v[4]);
            return u.Load();
        });
        m.AddFunction("loads", static (a, kw) =>
        {
            var v = Parse("loads", a, kw, ["data", "fix_imports", "encoding", "errors", "buffers"], 1, 1);
            var u = new Unpickler(UnpicklerType);
            u.InitData(v[0]!, v[1], v[2], v[3], v[4]);
            return u.Load();
        });
        return m;
    }

    internal static PyObject?[] Parse(string fn, ReadOnlySpan<PyObject> a, string[]? kw, string[] names, int maxPositional, int required) =>
        Args.Bind(fn, a, kw, maxPositional, required, names);

    // Looked up per use, not cached: each Host (the test host runs several) has its own copyreg.
    internal static PyObject Copyreg => ImportModule("copyreg");

    internal static PyObject ImportModule(string name)
    {
        Importer.ImportName(name, new PyDict(), PyNone.Instance, 0);
        var modules = (PyDict)Ops.GetAttr(Importer.ImportName("sys", new PyDict(), PyNone.Instance, 0), "modules");
        return modules.Get(name) ?? throw Errors.KeyError(PyStr.From(name));
    }

    internal static PyObject CompatPickle(string mapping) => Ops.GetAttr(ImportModule("_compat_pickle"), mapping);

    /// <summary>_PyObject_LookupAttr: the attribute, or null when getting it raises AttributeError
    /// (also from a class's or module's own __getattr__).</summary>
    internal static PyObject? LookupAttr(PyObject o, string name) => Ops.LookupAttr(o, PyStr.From(name));

    /// <summary>getattr along a dotted name (get_deep_attribute); a "&lt;locals&gt;" part cannot be
    /// reached. Returns null (parent unset) when a lookup fails with AttributeError.</summary>
    internal static PyObject? DeepAttr(PyObject obj, string[] path, out PyObject parent)
    {
        parent = obj;
        foreach (var part in path)
        {
            parent = obj;
            var next = LookupAttr(obj, part);
            if (next is null) return null;
            obj = next;
        }
        return obj;
    }
}
