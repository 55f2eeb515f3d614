using System.Buffers.Binary;

namespace Herthon.Runtime;

/// <summary>memoryview over bytes and bytearray: one-dimensional, contiguous views with the native struct
/// item formats (cast, tolist, tobytes, hex, len, indexing and step-1 slicing). Multi-dimensional shapes
/// and other exporters raise NotImplementedError / TypeError instead of pretending.</summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType MemoryViewType = MakeType();
    private readonly PyObject _obj;
    private readonly int _offset, _nbytes;
    private readonly char _format;
    private readonly int _itemsize;
    private bool _released;
    private bool _readOnly;   // toreadonly()

    public bool ReadOnly => _readOnly || _obj is PyBytes || _obj is IBufferExporter { BufferReadOnly: true };
    internal ReadOnlySpan<byte> Span => Bytes();

    private PyMemoryView(PyObject obj, int offset, int nbytes, char format)
    {
        _obj = obj; _offset = offset; _nbytes = nbytes; _format = format; _itemsize = ItemSize(format);
    }

    public override PyType Type => MemoryViewType;

    private static int ItemSize(char f) => f switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'H' or 'h' => 2,
        'I' or 'i' or 'f' => 4,
        'L' or 'l' or 'Q' or 'q' or 'N' or 'n' or 'd' => 8,
        'w' => 4,   // array('u'): UCS-4 code points
        _ => 0,
    };

    private ReadOnlySpan<byte> Bytes()
    {
        if (_released) throw Errors.ValueError("operation forbidden on released memoryview object");
        return _obj switch
        {
            PyBytes b => b.V.AsSpan(_offset, _nbytes),
            PyByteArray ba => ba.Data.AsSpan(_offset, Math.Min(_nbytes, ba.Count - _offset)),
            IBufferExporter e => e.Buffer.Slice(_offset, Math.Min(_nbytes, e.Buffer.Length - _offset)),
            _ => throw Errors.TypeError("memoryview: unsupported exporter"),
        };
    }

    private int Length => _nbytes / _itemsize;

    private PyObject Item(ReadOnlySpan<byte> s) => _format switch
    {
        'B' => PyInt.From(s[0]),
        'b' => PyInt.From((sbyte)s[0]),
        'c' => new PyBytes([s[0]]),
        '?' => PyBool.From(s[0] != 0),
        'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(s)),
        'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(s)),
        'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(s)),
        'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(s)),
        'L' or 'Q' or 'N' => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
        'l' or 'q' or 'n' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(s)),
        'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
        'w' => PyStr.From(char.ConvertFromUtf32(BinaryPrimitives.ReadInt32LittleEndian(s))),
        _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
    };

    public byte[] ToArray() => Bytes().ToArray();

    private PyList ToList()
    {
        var s = Bytes();
        var list = new PyList();
        for (int i = 0; i + _itemsize <= s.Length; i += _itemsize) list.Append(Item(s.Slice(i, _itemsize)));
        return list;
    }

    public static PyObject New(PyObject obj) => obj switch
    {
        PyBytes b => new PyMemoryView(obj, 0, b.V.Length, 'B'),
        PyByteArray ba => new PyMemoryView(obj, 0, ba.Count, 'B'),
        PyMemoryView mv => new PyMemoryView(mv._obj, mv._offset, mv._nbytes, mv._format) { _readOnly = mv._readOnly },
        IBufferExporter e => new PyMemoryView(obj, 0, e.Buffer.Length, e.BufferFormat),
        _ => throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'"),
    };

    private static PyType MakeType()
    {
        var t = new PyType("memoryview", [TypeObjects.Object], false);
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var o = Args.Kw(a, kw, "object") ?? (Args.Positional(a, kw) > 0 ? a[0] : throw Errors.TypeError("memoryview() missing required argument 'object' (pos 1)"));
            return New(o);
        };
        static PyMemoryView V(ReadOnlySpan<PyObject> a) => (PyMemoryView)a[0];
        t.SetMethod("cast", static (a, kw) =>
        {
            var v = V(a);
            v.Bytes();
            if (a.Length > 2 || kw is { Length: > 0 }) throw Errors.NotImplementedError("memoryview.cast() with a shape is not supported");
            if (a[1] is not PyStr f) throw Errors.TypeError($"cast() argument 'format' must be str, not {a[1].Type.Name}");
            var fmt = f.V.StartsWith('@') ? f.V[1..] : f.V;
            if (fmt.Length != 1 || ItemSize(fmt[0]) == 0)
                throw Errors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            char nf = fmt[0];
            if (v._format is not ('B' or 'b' or 'c') && nf is not ('B' or 'b' or 'c'))
                throw Errors.TypeError("memoryview: cannot cast between two non-byte formats");
            if (v._nbytes % ItemSize(nf) != 0) throw Errors.TypeError("memoryview: length is not a multiple of itemsize");
            return new PyMemoryView(v._obj, v._offset, v._nbytes, nf) { _readOnly = v._readOnly };
        });
        t.SetMethod("tolist", static (a, kw) => V(a).ToList());
        t.SetMethod("tobytes", static (a, kw) => new PyBytes(V(a).Bytes().ToArray()));
        t.SetMethod("hex", static (a, kw) => PyStr.From(Convert.ToHexString(V(a).Bytes()).ToLowerInvariant()));
        t.SetMethod("release", static (a, kw) => { V(a)._released = true; return PyNone.Instance; });
        t.SetMethod("__enter__", static (a, kw) => a[0]);
        t.SetMethod("__exit__", static (a, kw) => { V(a)._released = true; return PyBool.False; });
        t.SetMethod("__len__", static (a, kw) => { V(a).Bytes(); return PyInt.From(V(a).Length); });
        t.SetMethod("__getitem__", static (a, kw) =>
        {
            var v = V(a);
            var s = v.Bytes();
            if (a[1] is PySlice sl)
            {
                sl.Indices(v.Length, out long start, out _, out long step, out long count);
                if (step != 1) throw Errors.NotImplementedError("memoryview slices with a step are not supported");
                return new PyMemoryView(v._obj, v._offset + (int)start * v._itemsize, (int)count * v._itemsize, v._format) { _readOnly = v._readOnly };
            }
            long i = Ops.IndexValue(a[1]);
            if (i < 0) i += v.Length;
            if (i < 0 || i >= v.Length) throw Errors.IndexError("index out of bounds on dimension 1");
            return v.Item(s.Slice((int)i * v._itemsize, v._itemsize));
        });
        t.SetMethod("__eq__", static (a, kw) =>
        {
            MethodArity.BinarySlot(a);
            var v = V(a);
            PyObject other = a[1] is PyBytes or PyByteArray ? New(a[1]) : a[1];
            if (other is not PyMemoryView o) return PyNotImplemented.Instance;
            return PyBool.From(Ops.Eq(v.ToList(), o.ToList()));
        });
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(V(a)._released ? "<released memory>" : "<memory>"));
        t.TypeDict["obj"] = new PyGetSetDescriptor("obj", o => ((PyMemoryView)o)._obj);
        t.TypeDict["nbytes"] = new PyGetSetDescriptor("nbytes", o => PyInt.From(((PyMemoryView)o)._nbytes));
        t.TypeDict["itemsize"] = new PyGetSetDescriptor("itemsize", o => PyInt.From(((PyMemoryView)o)._itemsize));
        t.TypeDict["format"] = new PyGetSetDescriptor("format", o => PyStr.From(((PyMemoryView)o)._format.ToString()));
        t.TypeDict["ndim"] = new PyGetSetDescriptor("ndim", o => PyInt.From(1));
        t.TypeDict["shape"] = new PyGetSetDescriptor("shape", o => PyTuple.Of(PyInt.From(((PyMemoryView)o).Length)));
        t.TypeDict["readonly"] = new PyGetSetDescriptor("readonly", o => PyBool.From(((PyMemoryView)o).ReadOnly));
        t.TypeDict["contiguous"] = new PyGetSetDescriptor("contiguous", o => PyBool.True);
        t.TypeDict["c_contiguous"] = new PyGetSetDescriptor("c_contiguous", o => PyBool.True);
        t.TypeDict["f_contiguous"] = new PyGetSetDescriptor("f_contiguous", o => PyBool.True);
        t.SetMethod("toreadonly", static (a, kw) =>
        {
            var v = V(a);
            v.Bytes();
            return new PyMemoryView(v._obj, v._offset, v._nbytes, v._format) { _readOnly = true };
        });
        return t;
    }
}
