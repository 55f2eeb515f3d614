namespace Herthon.Runtime;

/// <summary>pickle.PickleBuffer: a reference to an object exporting a buffer, for protocol 5's
/// out-of-band data; memoryview(pb) and pb.raw() view the same bytes with the same read-only flag.</summary>
public sealed class PickleBuffer(PyType type, PyObject obj) : PyDictInstance(type), IBufferExporter
{
    private PyObject? _obj = obj;

    private PyObject Obj => _obj ?? throw Errors.ValueError("operation forbidden on released PickleBuffer object");

    public bool ReadOnly => Obj switch
    {
        PyBytes => true,
        PyMemoryView mv => mv.ReadOnly,
        IBufferExporter e => e.BufferReadOnly,
        _ => false,
    };

    public ReadOnlySpan<byte> Data() => Obj switch
    {
        PyBytes b => b.V,
        PyByteArray ba => ba.Data.AsSpan(0, ba.Count),
        PyMemoryView mv => mv.Span,
        IBufferExporter e => e.Buffer,
        _ => throw Errors.TypeError("a bytes-like object is required"),
    };

    public Span<byte> Buffer
    {
        get
        {
            var d = Data();
            return System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(d), d.Length);
        }
    }

    public char BufferFormat => 'B';
    public int BufferItemSize => 1;
    public bool BufferReadOnly => ReadOnly;

    public void Release() => _obj = null;
    public PyObject Raw() => Ops.Call(Ops.GetAttr(PyMemoryView.New(Obj), "cast"), PyStr.From("B"));
}

public static partial class PickleModule
{
    public static readonly PyType PicklerType = MakePickler();
    public static readonly PyType UnpicklerType = MakeUnpickler();
    public static readonly PyType PickleBufferType = MakePickleBuffer();
    private static readonly PyType PicklerMemoProxyType = MakeProxy("PicklerMemoProxy", true);
    private static readonly PyType UnpicklerMemoProxyType = MakeProxy("UnpicklerMemoProxy", false);

    internal static PyObject GetattrBuiltin => Ops.GetAttr(ImportModule("builtins"), "getattr");

    private static PyType MakePickler()
    {
        var t = new PyType("Pickler", [TypeObjects.Object], true) { Module = "_pickle", AcceptsSubclasses = true };
        t.ComputeMro();
        // TypeCall runs no __init__ for the builtin type itself (as deque), so New initialises it.
        t.New = static (cls, a, kw) =>
        {
            var p = new Pickler(cls);
            if (cls.IsBuiltin) PicklerInit(p, a, kw);
            return p;
        };
        t.SetMethod("__init__", static (a, kw) =>
        {
            PicklerInit((Pickler)a[0], a[1..], kw);
            return PyNone.Instance;
        });
        t.SetMethod("dump", static (a, kw) =>
        {
            Args.Method("dump", a, kw, 1, 1);
            var p = (Pickler)a[0];
            if (!p.Initialized) throw Pickling($"Pickler.__init__() was not called by {p.Type.Name}.__init__()");
            p.Dump(a[1]);
            return PyNone.Instance;
        });
        t.SetMethod("clear_memo", static (a, kw) => { ((Pickler)a[0]).ClearMemo(); return PyNone.Instance; });
        t.SetMethod("__sizeof__", static (a, kw) => PyInt.From(64 + ((Pickler)a[0]).Memo.Count * 24));
        t.TypeDict["memo"] = new PyGetSetDescriptor("memo", o => new MemoProxy(PicklerMemoProxyType, o), static (o, v) =>
        {
            var p = (Pickler)o;
            if (v is MemoProxy { Owner: Pickler src })
            {
                p.Memo = new Dictionary<PyObject, (int, PyObject)>(src.Memo, ReferenceComparer.Instance);
                return;
            }
            if (v is not PyDict d) throw Errors.TypeError($"'memo' attribute must be a PicklerMemoProxy object or dict, not {v.Type.Name}");
            var memo = new Dictionary<PyObject, (int, PyObject)>(ReferenceComparer.Instance);
            foreach (var (_, value) in d.Items())
            {
                if (value is not PyTuple { Items.Length: 2 } e || e.Items[0] is not PyInt idx)
                    throw Errors.TypeError("'memo' values must be 2-item tuples");
                memo[e.Items[1]] = ((int)idx.V, e.Items[1]);
            }
            p.Memo = memo;
        });
        t.TypeDict["fast"] = new PyGetSetDescriptor("fast", o => PyBool.From(((Pickler)o).Fast), static (o, v) => ((Pickler)o).Fast = Ops.Truth(v));
        t.TypeDict["bin"] = new PyGetSetDescriptor("bin", o => PyInt.From(((Pickler)o).Bin ? 1 : 0), static (o, v) => ((Pickler)o).Bin = Ops.Truth(v));
        t.TypeDict["fix_imports"] = new PyGetSetDescriptor("fix_imports", o => PyBool.From(((Pickler)o).FixImports), static (o, v) => ((Pickler)o).FixImports = Ops.Truth(v));
        return t;
    }

    private static void PicklerInit(Pickler p, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Parse("Pickler", a, kw, ["file", "protocol", "fix_imports", "buffer_callback"], 4, 1);
        p.Init(v[0]!, v[1], v[2], v[3]);
    }

    private static void UnpicklerInit(Unpickler u, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Parse("Unpickler", a, kw, ["file", "fix_imports", "encoding", "errors", "buffers"], 1, 1);
        u.Init(v[0]!, v[1], v[2], v[3], v[4]);
    }

    private static PyType MakeUnpickler()
    {
        var t = new PyType("Unpickler", [TypeObjects.Object], true) { Module = "_pickle", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var u = new Unpickler(cls);
            if (cls.IsBuiltin) UnpicklerInit(u, a, kw);
            return u;
        };
        t.SetMethod("__init__", static (a, kw) =>
        {
            UnpicklerInit((Unpickler)a[0], a[1..], kw);
            return PyNone.Instance;
        });
        t.SetMethod("load", static (a, kw) =>
        {
            Args.Method("load", a, kw, 0, 0);
            return ((Unpickler)a[0]).Load();
        });
        t.SetMethod("find_class", static (a, kw) =>
        {
            Args.Method("find_class", a, kw, 2, 2);
            return ((Unpickler)a[0]).FindClassImpl(a[1], a[2]);
        });
        t.SetMethod("__sizeof__", static (a, kw) => PyInt.From(64 + ((Unpickler)a[0]).Memo.Count * 8));
        t.TypeDict["memo"] = new PyGetSetDescriptor("memo", o => new MemoProxy(UnpicklerMemoProxyType, o), static (o, v) =>
        {
            var u = (Unpickler)o;
            if (v is MemoProxy { Owner: Unpickler src })
            {
                u.Memo = new List<PyObject?>(src.Memo);
                return;
            }
            if (v is not PyDict d) throw Errors.TypeError($"'memo' attribute must be an UnpicklerMemoProxy object or dict, not {v.Type.Name}");
            var memo = new List<PyObject?>();
            foreach (var (k, value) in d.Items())
            {
                if (k is not PyInt ki || !ki.IsSmall) throw Errors.TypeError("memo key must be integers");
                if (ki.V < 0) throw Errors.ValueError("memo key must be positive integers.");
                while (memo.Count <= ki.V) memo.Add(null);
                memo[(int)ki.V] = value;
            }
            u.Memo = memo;
        });
        return t;
    }

    /// <summary>PicklerMemoProxy / UnpicklerMemoProxy: what pickler.memo returns; copy() is CPython's
    /// {id(obj): (index, obj)} (pickler) or {index: obj} (unpickler).</summary>
    private sealed class MemoProxy(PyType type, PyObject owner) : PyObject
    {
        public readonly PyObject Owner = owner;
        public override PyType Type => type;

        public PyDict Copy()
        {
            var d = new PyDict();
            if (Owner is Pickler p)
                foreach (var (obj, e) in p.Memo) d.SetItem(PyInt.From(ObjectIds.Of(obj)), PyTuple.Of(PyInt.From(e.Index), e.Obj));
            else
            {
                var u = (Unpickler)Owner;
                for (int i = 0; i < u.Memo.Count; i++)
                    if (u.Memo[i] is { } v) d.SetItem(PyInt.From(i), v);
            }
            return d;
        }
    }

    private static PyType MakeProxy(string name, bool pickler)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "_pickle", IsFinal = true };
        t.ComputeMro();
        t.SetMethod("copy", static (a, kw) => ((MemoProxy)a[0]).Copy());
        t.SetMethod("clear", static (a, kw) =>
        {
            var o = ((MemoProxy)a[0]).Owner;
            if (o is Pickler p) p.ClearMemo();
            else ((Unpickler)o).Memo.Clear();
            return PyNone.Instance;
        });
        t.SetMethod("__reduce__", static (a, kw) => PyTuple.Of(TypeObjects.Dict, PyTuple.Of(((MemoProxy)a[0]).Copy())));
        return t;
    }

    private static PyType MakePickleBuffer()
    {
        var t = new PyType("PickleBuffer", [TypeObjects.Object], true) { Module = "pickle", IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var v = Parse("PickleBuffer", a, kw, ["buffer"], 1, 1);
            var o = v[0]!;
            if (o is not (PyBytes or PyByteArray or PyMemoryView or IBufferExporter))
                throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
            if (o is PyMemoryView mv) mv.Live();   // a released view exports no buffer: ValueError, as CPython's
            return new PickleBuffer(cls, o);
        };
        t.SetMethod("raw", static (a, kw) => ((PickleBuffer)a[0]).Raw());
        t.SetMethod("release", static (a, kw) => { ((PickleBuffer)a[0]).Release(); return PyNone.Instance; });
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle 'pickle.PickleBuffer' object"));
        return t;
    }
}
