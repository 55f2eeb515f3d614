using System.Buffers.Binary;

namespace Herthon.Runtime;

/// <summary>
/// memoryview: a view of an exporter's bytes (bytes, bytearray, array.array, BytesIO.getbuffer(), …) with
/// CPython 3.11's semantics: any shape and strides a slice or cast makes (slices with steps, negative
/// strides, `cast(fmt, shape)` to N dimensions and 0-dim views), the native single-character item formats
/// for reading and writing items (`m[i] = v`, `m[a:b:c] = buffer`), tobytes/tolist/hex in C or Fortran
/// order, hash of read-only byte views, comparison with any buffer by item values, release() and the
/// context manager. Views share the exporter's storage; a bytearray resized under a view (which CPython
/// forbids while exports exist) is caught at the next access instead of read out of bounds.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType MemoryViewType = MakeType();
    private static readonly PyType IteratorType = MakeIteratorType();
    private const string Released = "operation forbidden on released memoryview object";

    private readonly PyObject _obj;       // the exporter (never a memoryview)
    private readonly int _offset;         // byte offset of the first item in the exporter's buffer
    private readonly char _code;          // the item format: one native struct character ('w' for array('u'))
    private readonly int _itemsize;
    private readonly int[] _shape, _strides;
    private bool _released;
    private bool _readOnly;               // toreadonly(), or a read-only exporter
    private long _hash = -1;

    private PyMemoryView(PyObject obj, int offset, char code, int[] shape, int[] strides, bool readOnly)
    {
        _obj = obj; _offset = offset; _code = code; _itemsize = ItemSize(code);
        _shape = shape; _strides = strides; _readOnly = readOnly;
    }

    public override PyType Type => MemoryViewType;

    public bool ReadOnly => _readOnly;
    private int NDim => _shape.Length;
    private int Count { get { int n = 1; foreach (var d in _shape) n *= d; return n; } }
    private int NBytes => Count * _itemsize;

    /// <summary>The view's bytes in C order: the exporter's own storage when the view is C-contiguous.</summary>
    internal ReadOnlySpan<byte> Span => CContiguous ? Whole().Slice(_offset, NBytes) : ToBytes('C');

    public byte[] ToArray() => ToBytes('C');

    private static int ItemSize(char f) => f switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'H' or 'h' => 2,
        'I' or 'i' or 'f' or 'w' => 4,   // 'w': array('u'), UCS-4 code points
        'L' or 'l' or 'Q' or 'q' or 'N' or 'n' or 'd' or 'P' => 8,
        _ => 0,
    };

    private static bool ByteFormat(char f) => f is 'B' or 'b' or 'c';

    private static Span<byte> ExporterBytes(PyObject obj) => obj switch
    {
        PyBytes b => b.V,
        PyByteArray ba => ba.Data.AsSpan(0, ba.Count),
        IBufferExporter e => e.Buffer,
        _ => throw Errors.TypeError("memoryview: unsupported exporter"),
    };

    /// <summary>The exporter's whole buffer, after checking the view is live and still fits in it.</summary>
    private Span<byte> Whole()
    {
        if (_released) throw Errors.ValueError(Released);
        var s = ExporterBytes(_obj);
        if (Count > 0)
        {
            long lo = _offset, hi = _offset;
            for (int d = 0; d < NDim; d++)
            {
                long ext = (long)(_shape[d] - 1) * _strides[d];
                if (ext < 0) lo += ext; else hi += ext;
            }
            if (lo < 0 || hi + _itemsize > s.Length) throw Errors.Make(TypeObjects.BufferError, "memoryview: the underlying buffer was resized below the view");
        }
        return s;
    }

    internal void Live()
    {
        if (_released) throw Errors.ValueError(Released);
    }

    private bool CContiguous
    {
        get
        {
            if (Count == 0) return true;
            int want = _itemsize;
            for (int d = NDim - 1; d >= 0; d--)
            {
                if (_shape[d] > 1 && _strides[d] != want) return false;
                want *= _shape[d];
            }
            return true;
        }
    }

    private bool FContiguous
    {
        get
        {
            if (Count == 0) return true;
            int want = _itemsize;
            for (int d = 0; d < NDim; d++)
            {
                if (_shape[d] > 1 && _strides[d] != want) return false;
                want *= _shape[d];
            }
            return true;
        }
    }

    private static int[] CStrides(int[] shape, int itemsize)
    {
        var s = new int[shape.Length];
        int stride = itemsize;
        for (int d = shape.Length - 1; d >= 0; d--) { s[d] = stride; stride *= shape[d]; }
        return s;
    }

    // ---- items ----

    private PyObject Unpack(ReadOnlySpan<byte> s) => _code switch
    {
        'B' => PyInt.From(s[0]),
        'b' => PyInt.From((sbyte)s[0]),
        'c' => new PyBytes([s[0]]),
        '?' => PyBool.From(s[0] != 0),
        'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(s)),
        'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(s)),
        'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(s)),
        'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(s)),
        'L' or 'Q' or 'N' or 'P' => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
        'l' or 'q' or 'n' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(s)),
        'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
        'd' => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
        _ => throw Errors.NotImplementedError($"memoryview: format {_code} not supported"),
    };

    /// <summary>CPython's pack_single: TypeError for a value of the wrong kind, ValueError out of range.</summary>
    private void Pack(Span<byte> s, PyObject v)
    {
        PyException Bad(bool type) => type ? Errors.TypeError($"memoryview: invalid type for format '{_code}'")
                                           : Errors.ValueError($"memoryview: invalid value for format '{_code}'");
        switch (_code)
        {
            case 'c':
                if (v is not PyBytes b) throw Bad(true);
                if (b.V.Length != 1) throw Bad(false);
                s[0] = b.V[0];
                return;
            case '?':
                s[0] = Ops.Truth(v) ? (byte)1 : (byte)0;
                return;
            case 'f':
            case 'd':
            {
                if (v is not (PyFloat or PyInt) && v.Type.Lookup("__float__") is null && v.Type.Lookup("__index__") is null) throw Bad(true);
                double d = Ops.ToDouble(v);
                if (_code == 'f') BinaryPrimitives.WriteSingleLittleEndian(s, (float)d);
                else BinaryPrimitives.WriteDoubleLittleEndian(s, d);
                return;
            }
            case 'w':
                throw Errors.NotImplementedError("memoryview: format w not supported");
        }
        if (v is not PyInt && v.Type.Lookup("__index__") is null) throw Bad(true);
        var n = Ops.ToPyInt(v).ToBig();
        (System.Numerics.BigInteger min, System.Numerics.BigInteger max) = _code switch
        {
            'B' => ((System.Numerics.BigInteger)0, (System.Numerics.BigInteger)byte.MaxValue),
            'b' => (sbyte.MinValue, sbyte.MaxValue),
            'H' => (0, ushort.MaxValue), 'h' => (short.MinValue, short.MaxValue),
            'I' => (0, uint.MaxValue), 'i' => (int.MinValue, int.MaxValue),
            'L' or 'Q' or 'N' or 'P' => (0, ulong.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        if (n < min || n > max) throw Bad(false);
        switch (_itemsize)
        {
            case 1: s[0] = (byte)(long)(n & 0xFF); break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)(long)(n & 0xFFFF)); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)(long)(n & 0xFFFFFFFF)); break;
            default: BinaryPrimitives.WriteUInt64LittleEndian(s, n.Sign < 0 ? (ulong)(long)n : (ulong)n); break;
        }
    }

    /// <summary>Every item's byte offset, in C (row-major) or Fortran (column-major) order.</summary>
    private int[] Offsets(bool fortran)
    {
        var offs = new int[Count];
        if (offs.Length == 0) return offs;
        if (NDim == 0) { offs[0] = _offset; return offs; }
        var idx = new int[NDim];
        for (int n = 0; ; )
        {
            int off = _offset;
            for (int d = 0; d < NDim; d++) off += idx[d] * _strides[d];
            offs[n++] = off;
            if (n == offs.Length) return offs;
            for (int k = fortran ? 0 : NDim - 1; ; k += fortran ? 1 : -1)
            {
                if (++idx[k] < _shape[k]) break;
                idx[k] = 0;
            }
        }
    }

    /// <summary>tobytes(order): the items in C order, Fortran order, or ('A') Fortran only for a Fortran-contiguous view.</summary>
    private byte[] ToBytes(char order)
    {
        var whole = Whole();
        bool fortran = order == 'F' || order == 'A' && FContiguous && !CContiguous;
        if (fortran ? FContiguous : CContiguous) return whole.Slice(_offset, NBytes).ToArray();
        var r = new byte[NBytes];
        int at = 0;
        foreach (int off in Offsets(fortran)) { whole.Slice(off, _itemsize).CopyTo(r.AsSpan(at)); at += _itemsize; }
        return r;
    }

    private PyObject ToList()
    {
        var whole = Whole();
        if (NDim == 0) return Unpack(whole.Slice(_offset, _itemsize));
        return ListAt(whole, 0, _offset);
    }

    private PyList ListAt(ReadOnlySpan<byte> whole, int dim, int off)
    {
        var l = new PyList();
        for (int i = 0; i < _shape[dim]; i++, off += _strides[dim])
            l.Append(dim == NDim - 1 ? Unpack(whole.Slice(off, _itemsize)) : ListAt(whole, dim + 1, off));
        return l;
    }

    public static PyObject New(PyObject obj) => obj switch
    {
        PyBytes b => new PyMemoryView(obj, 0, 'B', [b.V.Length], [1], true),
        PyByteArray ba => new PyMemoryView(obj, 0, 'B', [ba.Count], [1], false),
        PyMemoryView mv => mv.Copy(mv._readOnly),
        IBufferExporter e => new PyMemoryView(obj, 0, e.BufferFormat, [e.Buffer.Length / e.BufferItemSize], [e.BufferItemSize], e.BufferReadOnly),
        _ => throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'"),
    };

    private PyMemoryView Copy(bool readOnly)
    {
        Live();
        return new PyMemoryView(_obj, _offset, _code, (int[])_shape.Clone(), (int[])_strides.Clone(), readOnly);
    }

    /// <summary>
    /// The bytes a callee may fill (readinto, recv_into, pack_into): a bytearray, a writable C-contiguous
    /// memoryview, or a writable exporter such as array.array; anything else is CPython's TypeError.
    /// </summary>
    internal static Span<byte> Writable(PyObject o, string message)
    {
        switch (o)
        {
            case PyByteArray ba: return ba.Data.AsSpan(0, ba.Count);
            case PyMemoryView mv when !mv._readOnly:
                var whole = mv.Whole();
                if (!mv.CContiguous) throw Errors.Make(TypeObjects.BufferError, "memoryview: underlying buffer is not C-contiguous");
                return whole.Slice(mv._offset, mv.NBytes);
            case IBufferExporter { BufferReadOnly: false } e: return e.Buffer;
        }
        throw Errors.TypeError($"{message}, not {o.Type.Name}");
    }

    /// <summary>The item count and format of another buffer for comparison and slice assignment.</summary>
    private static PyMemoryView? AsView(PyObject o) => o switch
    {
        PyMemoryView mv => mv,
        PyBytes or PyByteArray or IBufferExporter => (PyMemoryView)New(o),
        _ => null,
    };

    // ---- indexing ----

    private int ItemOffset(PyObject key, int dim)
    {
        long i = Ops.IndexValue(key);
        if (i < 0) i += _shape[dim];
        if (i < 0 || i >= _shape[dim]) throw Errors.IndexError($"index out of bounds on dimension {dim + 1}");
        return (int)i * _strides[dim];
    }

    private static bool IsIndex(PyObject o) => o is PyInt || o.Type.Lookup("__index__") is not null;

    /// <summary>The byte offset of the item a key names, or -1 when the key is a slice or Ellipsis (a sub-view).</summary>
    private int ItemKey(PyObject key)
    {
        if (NDim == 0)
        {
            if (key is PyTuple { Items.Length: 0 }) return _offset;
            if (key is PyEllipsis) return -1;
            throw Errors.TypeError("invalid indexing of 0-dim memory");
        }
        if (IsIndex(key))
        {
            if (NDim != 1) throw Errors.NotImplementedError("multi-dimensional sub-views are not implemented");
            return _offset + ItemOffset(key, 0);
        }
        if (key is PySlice or PyEllipsis) return -1;
        if (key is PyTuple t)
        {
            bool allIndex = true, allSlice = true;
            foreach (var k in t.Items) { allIndex &= IsIndex(k); allSlice &= k is PySlice; }
            if (allIndex)
            {
                if (t.Items.Length != NDim)
                    throw (t.Items.Length < NDim ? Errors.NotImplementedError("sub-views are not implemented")
                        : Errors.TypeError($"cannot index {NDim}-dimension view with {t.Items.Length}-element tuple"));
                int off = _offset;
                for (int d = 0; d < NDim; d++) off += ItemOffset(t.Items[d], d);
                return off;
            }
            if (allSlice) throw Errors.NotImplementedError("multi-dimensional slicing is not implemented");
        }
        throw Errors.TypeError("memoryview: invalid slice key");
    }

    private PyMemoryView SubView(PyObject key)
    {
        if (key is PyEllipsis) return Copy(_readOnly);
        var sl = (PySlice)key;
        sl.Indices(_shape[0], out long start, out _, out long step, out long count);
        var shape = (int[])_shape.Clone();
        var strides = (int[])_strides.Clone();
        shape[0] = (int)count;
        strides[0] = (int)(_strides[0] * step);
        return new PyMemoryView(_obj, _offset + (int)start * _strides[0], _code, shape, strides, _readOnly);
    }

    private PyObject GetItem(PyObject key)
    {
        var whole = Whole();
        if (NDim == 0 && key is PyEllipsis) return this;
        int off = ItemKey(key);
        return off >= 0 ? Unpack(whole.Slice(off, _itemsize)) : SubView(key);
    }

    private void SetItem(PyObject key, PyObject value)
    {
        Live();
        if (_readOnly) throw Errors.TypeError("cannot modify read-only memory");
        var whole = Whole();
        if (NDim == 0 && key is PyEllipsis) { Pack(whole.Slice(_offset, _itemsize), value); return; }
        int off = ItemKey(key);
        if (off >= 0) { Pack(whole.Slice(off, _itemsize), value); return; }
        if (NDim != 1) throw Errors.NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
        var dst = SubView(key);
        var src = AsView(value) ?? throw Errors.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
        src.Live();
        if (src.NDim != 1 || src._shape[0] != dst._shape[0] || src._code != dst._code && !(ByteFormat(src._code) && ByteFormat(dst._code) && src._code == 'c' == (dst._code == 'c')))
            throw Errors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
        var bytes = src.ToBytes('C');   // a copy: the source may overlap the destination
        int i = 0;
        foreach (int o in dst.Offsets(false)) { bytes.AsSpan(i, _itemsize).CopyTo(whole.Slice(o, _itemsize)); i += _itemsize; }
    }

    // ---- comparison and hashing ----

    private PyObject Equal(PyObject other)
    {
        var w = AsView(other);
        if (w is null) return PyNotImplemented.Instance;
        if (_released || w._released) return PyBool.From(ReferenceEquals(this, other));
        if (NDim != w.NDim) return PyBool.False;
        for (int d = 0; d < NDim; d++) if (_shape[d] != w._shape[d]) return PyBool.False;
        if (_code == w._code && _code is not ('f' or 'd') && NDim <= 1)
            return PyBool.From(ToBytes('C').AsSpan().SequenceEqual(w.ToBytes('C')));
        var x = ToFlatItems();
        var y = w.ToFlatItems();
        for (int i = 0; i < x.Count; i++)
            if (!Ops.Eq(x[i], y[i])) return PyBool.False;
        return PyBool.True;
    }

    private List<PyObject> ToFlatItems()
    {
        var whole = Whole();
        var items = new List<PyObject>(Count);
        foreach (int off in Offsets(false)) items.Add(Unpack(whole.Slice(off, _itemsize)));
        return items;
    }

    internal long Hash()
    {
        if (_hash != -1) return _hash;
        Live();
        if (!_readOnly) throw Errors.ValueError("cannot hash writable memoryview object");
        if (!ByteFormat(_code)) throw Errors.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return _hash = Ops.Hash(new PyBytes(ToBytes('C')));
    }

    // ---- cast ----

    private PyMemoryView Cast(PyObject format, PyObject? shapeArg)
    {
        Live();
        if (format is not PyStr f) throw Errors.TypeError($"memoryview.cast(): argument 'format' must be str, not {format.Type.Name}");
        if (!CContiguous) throw Errors.TypeError("memoryview: casts are restricted to C-contiguous views");
        var fmt = f.V.StartsWith('@') ? f.V[1..] : f.V;
        if (fmt.Length != 1 || ItemSize(fmt[0]) == 0 || fmt[0] == 'w')
            throw Errors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        char nf = fmt[0];
        int size = ItemSize(nf);
        int[]? shape = null;
        if (shapeArg is not null && shapeArg is not PyNone)
        {
            if (shapeArg is not (PyList or PyTuple)) throw Errors.TypeError("shape must be a list or a tuple");
            var items = shapeArg is PyList l ? l.Items.AsSpan(0, l.Count).ToArray() : ((PyTuple)shapeArg).Items;
            if (items.Length > 64) throw Errors.ValueError("memoryview: number of dimensions must not exceed 64");
            if (NDim != 1 && items.Length != 1) throw Errors.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            shape = new int[items.Length];
            long product = 1;
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyInt) throw Errors.TypeError("memoryview.cast(): elements of shape must be integers");
                long n = Ops.IndexValue(items[i]);
                if (n <= 0) throw Errors.ValueError("memoryview.cast(): elements of shape must be integers > 0");
                product *= n;
                if (product > int.MaxValue) throw Errors.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                shape[i] = (int)n;
            }
            if (product * size != NBytes) throw Errors.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        if (!ByteFormat(_code) && !ByteFormat(nf)) throw Errors.TypeError("memoryview: cannot cast between two non-byte formats");
        if (shape is null)
        {
            if (NBytes % size != 0) throw Errors.TypeError("memoryview: length is not a multiple of itemsize");
            shape = [NBytes / size];
        }
        return new PyMemoryView(_obj, _offset, nf, shape, CStrides(shape, size), _readOnly);
    }

    private PyObject Repr() => PyStr.From($"<{(_released ? "released " : "")}memory at {Ops.Address(this)}>");

    private sealed class Iterator(PyMemoryView v) : PyIterator
    {
        private int _i;
        public override PyType Type => IteratorType;
        public override PyObject? Next()
        {
            if (_i >= v._shape[0]) return null;
            var whole = v.Whole();
            return v.Unpack(whole.Slice(v._offset + _i++ * v._strides[0], v._itemsize));
        }
    }

    private static PyType MakeIteratorType()
    {
        var t = new PyType("memory_iterator", [TypeObjects.Object], true) { IsFinal = true };
        t.ComputeMro();
        t.New = null;
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        return t;
    }

    private static PyType MakeType()
    {
        var t = new PyType("memoryview", [TypeObjects.Object], false) { IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var o = Args.Kw(a, kw, "object") ?? (Args.Positional(a, kw) > 0 ? a[0] : throw Errors.TypeError("memoryview() missing required argument 'object' (pos 1)"));
            return New(o);
        };
        static PyMemoryView V(ReadOnlySpan<PyObject> a) => (PyMemoryView)a[0];
        t.SetMethod("cast", static (a, kw) =>
        {
            var s = Args.BindAtMost("cast", a[1..], kw, "format", "shape");
            if (s[0] is null) throw Errors.TypeError("cast() missing required argument 'format' (pos 1)");
            return V(a).Cast(s[0]!, s[1]);
        });
        t.SetMethod("tolist", static (a, kw) => { Args.Method("tolist", a, kw, 0, 0); return V(a).ToList(); });
        t.SetMethod("tobytes", static (a, kw) =>
        {
            var s = Args.BindAtMost("tobytes", a[1..], kw, "order");
            char order = 'C';
            if (s[0] is PyStr o && o.V is "C" or "F" or "A") order = o.V[0];
            else if (s[0] is not (null or PyNone)) throw Errors.ValueError("order must be 'C', 'F' or 'A'");
            return new PyBytes(V(a).ToBytes(order));
        });
        t.SetMethod("hex", static (a, kw) =>
        {
            var s = Args.BindAtMost("hex", a[1..], kw, "sep", "bytes_per_sep");
            return PyStr.From(BytesMethods.Hex(V(a).ToBytes('C'), s[0], s[1]));
        });
        t.SetMethod("toreadonly", static (a, kw) => { Args.Method("toreadonly", a, kw, 0, 0); return V(a).Copy(true); });
        t.SetMethod("release", static (a, kw) => { Args.Method("release", a, kw, 0, 0); V(a)._released = true; return PyNone.Instance; });
        t.SetMethod("__enter__", static (a, kw) => { V(a).Live(); return a[0]; });
        t.SetMethod("__exit__", static (a, kw) => { V(a)._released = true; return PyNone.Instance; });
        t.SetMethod("__len__", static (a, kw) =>
        {
            var v = V(a);
            v.Live();
            return PyInt.From(v.NDim == 0 ? 1 : v._shape[0]);
        });
        t.SetMethod("__iter__", static (a, kw) =>
        {
            var v = V(a);
            v.Whole();
            if (v.NDim == 0) throw Errors.TypeError("invalid indexing of 0-dim memory");
            if (v.NDim != 1) throw Errors.NotImplementedError("multi-dimensional sub-views are not implemented");
            if (v._code == 'w') throw Errors.NotImplementedError("memoryview: format w not supported");
            return new Iterator(v);
        });
        t.SetMethod("__getitem__", static (a, kw) => { MethodArity.BinarySlot(a); return V(a).GetItem(a[1]); });
        t.SetMethod("__setitem__", static (a, kw) =>
        {
            if (a.Length != 3) throw Errors.TypeError($" expected 2 arguments, got {a.Length - 1}");
            V(a).SetItem(a[1], a[2]);
            return PyNone.Instance;
        });
        t.SetMethod("__delitem__", static (a, kw) => throw Errors.TypeError("cannot delete memory"));
        t.SetMethod("__eq__", static (a, kw) => { MethodArity.BinarySlot(a); return V(a).Equal(a[1]); });
        t.SetMethod("__ne__", static (a, kw) =>
        {
            MethodArity.BinarySlot(a);
            var r = V(a).Equal(a[1]);
            return ReferenceEquals(r, PyNotImplemented.Instance) ? r : PyBool.From(!ReferenceEquals(r, PyBool.True));
        });
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(V(a).Hash()));
        t.SetMethod("__repr__", static (a, kw) => V(a).Repr());
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle memoryview objects"));
        t.SetMethod("__reduce__", static (a, kw) => throw Errors.TypeError("cannot pickle memoryview objects"));
        void Attr(string name, Func<PyMemoryView, PyObject> get) =>
            t.TypeDict[name] = new PyGetSetDescriptor(name, o => { var v = (PyMemoryView)o; v.Live(); return get(v); });
        static PyTuple Ints(int[] xs)
        {
            var items = new PyObject[xs.Length];
            for (int i = 0; i < xs.Length; i++) items[i] = PyInt.From(xs[i]);
            return new PyTuple(items);
        }
        Attr("obj", v => v._obj);
        Attr("nbytes", v => PyInt.From(v.NBytes));
        Attr("itemsize", v => PyInt.From(v._itemsize));
        Attr("format", v => PyStr.From(v._code.ToString()));
        Attr("ndim", v => PyInt.From(v.NDim));
        Attr("shape", v => Ints(v._shape));
        Attr("strides", v => Ints(v._strides));
        Attr("suboffsets", v => PyTuple.Empty);
        Attr("readonly", v => PyBool.From(v._readOnly));
        Attr("contiguous", v => PyBool.From(v.CContiguous || v.FContiguous));
        Attr("c_contiguous", v => PyBool.From(v.CContiguous));
        Attr("f_contiguous", v => PyBool.From(v.FContiguous));
        return t;
    }
}
