using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>_pickle.Pickler: writes into one growing buffer that dumps() returns and dump() hands to
/// file.write when the pickle is complete (or a frame is full); protocol 4+ output is cut into frames
/// at opcode boundaries as _pickle.c does, so the bytes match CPython's.</summary>
public sealed class Pickler(PyType type) : PyDictInstance(type)
{
    private const int FrameSizeTarget = 64 * 1024, FrameSizeMin = 4, FrameHeaderSize = 9, BatchSize = 1000;

    private byte[] _out = new byte[256];
    private int _len;
    private int _frameStart = -1;
    private bool _framing;
    private PyObject? _write;
    internal int Proto;
    internal bool Bin, Fast, FixImports, Initialized;
    private int _fastNesting;
    private HashSet<object>? _fastMemo;
    internal PyObject? BufferCallback;
    internal Dictionary<PyObject, (int Index, PyObject Obj)> Memo = new(ReferenceComparer.Instance);
    private PyObject? _persFunc, _reducerOverride, _dispatchTable;
    private PyDict? _copyregDispatch;

    public void Init(PyObject? file, PyObject? protocol, PyObject? fixImports, PyObject? bufferCallback)
    {
        long proto = protocol is null || protocol is PyNone ? PickleModule.DefaultProtocol : Ops.IndexValue(protocol);
        if (proto < 0) proto = PickleModule.HighestProtocol;
        else if (proto > PickleModule.HighestProtocol) throw Errors.ValueError($"pickle protocol must be <= {PickleModule.HighestProtocol}");
        Proto = (int)proto;
        Bin = Proto > 0;
        FixImports = fixImports is null || Ops.Truth(fixImports);
        BufferCallback = bufferCallback is PyNone ? null : bufferCallback;
        if (BufferCallback is not null && Proto < 5) throw Errors.ValueError("buffer_callback needs protocol >= 5");
        if (file is not null)
            _write = PickleModule.LookupAttr(file, "write") ?? throw Errors.TypeError("file must have a 'write' attribute");
        Memo.Clear();
        Fast = false;
        Initialized = true;
    }

    public byte[] TakeOutput()
    {
        var r = _out.AsSpan(0, _len).ToArray();
        _len = 0;
        return r;
    }

    public void Dump(PyObject obj)
    {
        if (!Initialized) throw PickleModule.Pickling($"Pickler.__init__() was not called by {Type.Name}.__init__()");
        _persFunc = PickleModule.LookupAttr(this, "persistent_id");
        _reducerOverride = PickleModule.LookupAttr(this, "reducer_override");
        var dt = PickleModule.LookupAttr(this, "dispatch_table");
        _dispatchTable = dt is PyNone ? null : dt;
        _copyregDispatch = null;
        _len = 0;
        _frameStart = -1;
        if (Proto >= 2)
        {
            WriteByte(0x80);
            WriteByte((byte)Proto);
            _framing = Proto >= 4;
        }
        try
        {
            Save(obj, false);
            WriteByte((byte)'.');
            CommitFrame();
            _framing = false;
            Flush();
        }
        finally
        {
            _framing = false;
            _fastNesting = 0;
            _fastMemo = null;
        }
    }

    private void Flush()
    {
        if (_write is null || _len == 0) return;
        Ops.Call(_write, new PyBytes(TakeOutput()));
    }

    // ---- output ----

    private void Reserve(int n)
    {
        if (_framing && _frameStart == -1)
        {
            _frameStart = _len;
            Reserve2(FrameHeaderSize);
            _len += FrameHeaderSize;
        }
        Reserve2(n);
    }

    private void Reserve2(int n)
    {
        if (_len + n <= _out.Length) return;
        long size = Math.Max((long)_len + n, (long)_out.Length * 2);
        if (size > Array.MaxLength) throw Errors.MemoryError("");
        Array.Resize(ref _out, (int)size);
    }

    private void WriteByte(byte b) { Reserve(1); _out[_len++] = b; }
    private void Write(ReadOnlySpan<byte> s) { Reserve(s.Length); s.CopyTo(_out.AsSpan(_len)); _len += s.Length; }
    private void WriteAscii(string s) { Reserve(s.Length); for (int i = 0; i < s.Length; i++) _out[_len++] = (byte)s[i]; }
    private void WriteU32(byte op, uint v) { Reserve(5); _out[_len++] = op; BinaryPrimitives.WriteUInt32LittleEndian(_out.AsSpan(_len), v); _len += 4; }
    private void WriteU64(byte op, ulong v) { Reserve(9); _out[_len++] = op; BinaryPrimitives.WriteUInt64LittleEndian(_out.AsSpan(_len), v); _len += 8; }

    private void CommitFrame()
    {
        if (!_framing || _frameStart == -1) return;
        int frameLen = _len - _frameStart - FrameHeaderSize;
        if (frameLen >= FrameSizeMin)
        {
            _out[_frameStart] = 0x95;
            BinaryPrimitives.WriteUInt64LittleEndian(_out.AsSpan(_frameStart + 1), (ulong)frameLen);
        }
        else
        {
            Array.Copy(_out, _frameStart + FrameHeaderSize, _out, _frameStart, frameLen);
            _len -= FrameHeaderSize;
        }
        _frameStart = -1;
    }

    /// <summary>_Pickler_OpcodeBoundary: a full frame is closed (and, for dump, written out).</summary>
    private void OpcodeBoundary()
    {
        if (!_framing || _frameStart == -1) return;
        if (_len - _frameStart - FrameHeaderSize < FrameSizeTarget) return;
        CommitFrame();
        Flush();
    }

    /// <summary>A header and a payload; a payload of a frame's size or more goes outside any frame.</summary>
    private void WriteBytes(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data)
    {
        bool bypass = data.Length >= FrameSizeTarget;
        bool framing = _framing;
        if (bypass && framing) { CommitFrame(); _framing = false; }
        Write(header);
        if (bypass && _write is not null)
        {
            Flush();
            Ops.Call(_write, new PyBytes(data.ToArray()));
        }
        else Write(data);
        _framing = framing;
    }

    // ---- memo ----

    private void Memoize(PyObject obj)
    {
        if (Fast) return;
        int idx = Memo.Count;
        Memo[obj] = (idx, obj);
        if (Proto >= 4) WriteByte(0x94);
        else if (Bin)
        {
            if (idx < 256) { Reserve(2); _out[_len++] = (byte)'q'; _out[_len++] = (byte)idx; }
            else WriteU32((byte)'r', (uint)idx);
        }
        else WriteAscii("p" + idx + "\n");
    }

    private void MemoGet(int idx)
    {
        if (Bin)
        {
            if (idx < 256) { Reserve(2); _out[_len++] = (byte)'h'; _out[_len++] = (byte)idx; }
            else WriteU32((byte)'j', (uint)idx);
        }
        else WriteAscii("g" + idx + "\n");
    }

    private bool FastEnter(PyObject obj)
    {
        if (!Fast) return true;
        if (++_fastNesting >= 50)
        {
            _fastMemo ??= new HashSet<object>(ReferenceComparer.Instance);
            if (!_fastMemo.Add(obj))
            {
                _fastNesting = 0;
                throw Errors.ValueError($"fast mode: can't pickle cyclic objects including object type {obj.Type.Name} at 0x{ObjectIds.Of(obj):x}");
            }
        }
        return true;
    }

    private void FastLeave(PyObject obj)
    {
        if (!Fast) return;
        if (_fastNesting-- >= 50) _fastMemo?.Remove(obj);
    }

    // ---- save ----

    /// <summary>save(): one object, then a frame boundary check (after every object, as _pickle.c).</summary>
    private void Save(PyObject obj, bool persSave)
    {
        SaveObject(obj, persSave);
        OpcodeBoundary();
    }

    private void SaveObject(PyObject obj, bool persSave)
    {
        if (!persSave && _persFunc is not null && SavePers(obj)) return;
        var t = obj.Type;
        if (obj is PyNone) { WriteByte((byte)'N'); return; }
        if (obj is PyBool b)
        {
            if (Proto >= 2) WriteByte(ReferenceEquals(b, PyBool.True) ? (byte)0x88 : (byte)0x89);
            else WriteAscii(ReferenceEquals(b, PyBool.True) ? "I01\n" : "I00\n");
            return;
        }
        if (ReferenceEquals(t, TypeObjects.Int)) { SaveLong((PyInt)obj); return; }
        if (ReferenceEquals(t, TypeObjects.Float)) { SaveFloat(((PyFloat)obj).V); return; }
        if (Memo.TryGetValue(obj, out var entry)) { MemoGet(entry.Index); return; }
        if (ReferenceEquals(t, TypeObjects.Bytes)) { SaveBytes((PyBytes)obj); return; }
        if (ReferenceEquals(t, TypeObjects.Str)) { SaveStr((PyStr)obj); return; }

        var ts = ThreadState.EnterRecursiveCall(" while pickling an object");
        try
        {
            SaveComplex(obj, t);
        }
        finally { ts.Depth--; }
    }

    private void SaveComplex(PyObject obj, PyType t)
    {
        if (ReferenceEquals(t, TypeObjects.Dict)) { SaveDict((PyDict)obj); return; }
        if (ReferenceEquals(t, TypeObjects.Set)) { SaveSet((PySet)obj); return; }
        if (ReferenceEquals(t, TypeObjects.FrozenSet)) { SaveFrozenSet((PySet)obj); return; }
        if (ReferenceEquals(t, TypeObjects.List)) { SaveList((PyList)obj); return; }
        if (ReferenceEquals(t, TypeObjects.Tuple)) { SaveTuple((PyTuple)obj); return; }
        if (ReferenceEquals(t, TypeObjects.ByteArray)) { SaveByteArray((PyByteArray)obj); return; }
        if (ReferenceEquals(t, PickleModule.PickleBufferType)) { SavePickleBuffer((PickleBuffer)obj); return; }

        PyObject? reduceValue = null;
        if (_reducerOverride is not null)
        {
            var r = Ops.Call(_reducerOverride, obj);
            if (r is not PyNotImplemented) reduceValue = r;
        }
        if (reduceValue is null)
        {
            if (ReferenceEquals(t, TypeObjects.TypeType)) { SaveType(obj); return; }
            if (ReferenceEquals(t, TypeObjects.Function)) { SaveGlobal(obj, null); return; }
            if (obj is PyEllipsis) { SaveGlobal(obj, PyStr.From("Ellipsis")); return; }
            if (obj is PyNotImplemented) { SaveGlobal(obj, PyStr.From("NotImplemented")); return; }
            PyObject? reduceFunc;
            if (_dispatchTable is null)
                reduceFunc = (_copyregDispatch ??= (PyDict)Ops.GetAttr(PickleModule.Copyreg, "dispatch_table")).Get(t);
            else
            {
                try { reduceFunc = Ops.GetItem(_dispatchTable, t); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyError)) { reduceFunc = null; }
            }
            if (reduceFunc is not null) reduceValue = Ops.Call(reduceFunc, obj);
            else if (t.IsSubtypeOf(TypeObjects.TypeType)) { SaveGlobal(obj, null); return; }
            else if (PickleModule.LookupAttr(obj, "__reduce_ex__") is { } rex) reduceValue = Ops.Call(rex, PyInt.From(Proto));
            else if (PickleModule.LookupAttr(obj, "__reduce__") is { } red) reduceValue = Ops.Call(red);
            else throw PickleModule.Pickling($"can't pickle '{t.Name}' object: {Ops.Repr(obj)}");
        }
        if (reduceValue is PyStr name) { SaveGlobal(obj, name); return; }
        if (reduceValue is not PyTuple rt) throw PickleModule.Pickling("__reduce__ must return a string or tuple");
        SaveReduce(rt, obj);
    }

    /// <summary>save_pers: true when obj had a persistent id and was written as one.</summary>
    private bool SavePers(PyObject obj)
    {
        var pid = Ops.Call(_persFunc!, obj);
        if (pid is PyNone) return false;
        if (Bin)
        {
            Save(pid, true);
            WriteByte((byte)'Q');
        }
        else
        {
            var s = Ops.Str(pid);
            foreach (var c in s)
                if (c > 127) throw PickleModule.Pickling("persistent IDs in protocol 0 must be ASCII strings");
            WriteAscii("P" + s + "\n");
        }
        return true;
    }

    private void SaveLong(PyInt i)
    {
        if (i.IsSmall && i.V >= int.MinValue && i.V <= int.MaxValue)
        {
            long v = i.V;
            if (!Bin) { WriteAscii("I" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"); return; }
            if (v >= 0 && v <= 0xff) { Reserve(2); _out[_len++] = (byte)'K'; _out[_len++] = (byte)v; return; }
            if (v >= 0 && v <= 0xffff) { Reserve(3); _out[_len++] = (byte)'M'; BinaryPrimitives.WriteUInt16LittleEndian(_out.AsSpan(_len), (ushort)v); _len += 2; return; }
            WriteU32((byte)'J', (uint)(int)v);
            return;
        }
        if (Proto >= 2)
        {
            var bytes = EncodeLong(i.ToBig());
            if (bytes.Length < 256) { Reserve(2); _out[_len++] = 0x8a; _out[_len++] = (byte)bytes.Length; }
            else WriteU32(0x8b, (uint)bytes.Length);
            Write(bytes);
            return;
        }
        WriteAscii("L" + i.ToDecimalString() + "L\n");
    }

    internal static byte[] EncodeLong(BigInteger n) => n.IsZero ? [] : n.ToByteArray();

    private void SaveFloat(double d)
    {
        if (Bin)
        {
            Reserve(9);
            _out[_len++] = (byte)'G';
            BinaryPrimitives.WriteDoubleBigEndian(_out.AsSpan(_len), d);
            _len += 8;
        }
        else WriteAscii("F" + FloatFormat.Repr(d) + "\n");
    }

    private void SaveBytes(PyBytes obj)
    {
        if (Proto < 3)
        {
            if (obj.V.Length == 0) SaveReduce(PyTuple.Of(TypeObjects.Bytes, PyTuple.Empty), obj);
            else
            {
                var encode = Ops.GetAttr(PickleModule.ImportModule("codecs"), "encode");
                SaveReduce(PyTuple.Of(encode, PyTuple.Of(PyStr.From(Encoding.Latin1.GetString(obj.V)), PyStr.From("latin1"))), obj);
            }
            return;
        }
        SaveBytesData(obj.V, obj);
    }

    private void SaveBytesData(ReadOnlySpan<byte> data, PyObject memoObj)
    {
        Span<byte> header = stackalloc byte[9];
        int hl;
        if (data.Length <= 0xff) { header[0] = (byte)'C'; header[1] = (byte)data.Length; hl = 2; }
        else if ((ulong)data.Length > 0xffffffffUL && Proto >= 4) { header[0] = 0x8e; BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length); hl = 9; }
        else { header[0] = (byte)'B'; BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length); hl = 5; }
        WriteBytes(header[..hl], data);
        Memoize(memoObj);
    }

    private void SaveByteArray(PyByteArray obj)
    {
        if (Proto < 5)
        {
            if (obj.Count == 0) SaveReduce(PyTuple.Of(TypeObjects.ByteArray, PyTuple.Empty), obj);
            else SaveReduce(PyTuple.Of(TypeObjects.ByteArray, PyTuple.Of(new PyBytes(obj.ToArray()))), obj);
            return;
        }
        SaveByteArrayData(obj.Data.AsSpan(0, obj.Count), obj);
    }

    private void SaveByteArrayData(ReadOnlySpan<byte> data, PyObject memoObj)
    {
        Span<byte> header = stackalloc byte[9];
        header[0] = 0x96;
        BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
        WriteBytes(header, data);
        Memoize(memoObj);
    }

    private void SavePickleBuffer(PickleBuffer obj)
    {
        if (Proto < 5) throw PickleModule.Pickling("PickleBuffer can only pickled with protocol >= 5");
        var data = obj.Data();
        bool inBand = BufferCallback is null || Ops.Truth(Ops.Call(BufferCallback, obj));
        if (inBand)
        {
            if (obj.ReadOnly) SaveBytesData(data, obj);
            else SaveByteArrayData(data, obj);
        }
        else
        {
            WriteByte(0x97);
            if (obj.ReadOnly) WriteByte(0x98);
        }
    }

    private void SaveStr(PyStr s)
    {
        if (Bin)
        {
            var data = Utf8SurrogatePass(s);
            Span<byte> header = stackalloc byte[9];
            int hl;
            if (data.Length <= 0xff && Proto >= 4) { header[0] = 0x8c; header[1] = (byte)data.Length; hl = 2; }
            else if ((ulong)data.Length > 0xffffffffUL && Proto >= 4) { header[0] = 0x8d; BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length); hl = 9; }
            else { header[0] = (byte)'X'; BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length); hl = 5; }
            WriteBytes(header[..hl], data);
        }
        else
        {
            WriteByte((byte)'V');
            Write(RawUnicodeEscape(s.V));
            WriteByte((byte)'\n');
        }
        Memoize(s);
    }

    internal static byte[] Utf8SurrogatePass(PyStr s)
    {
        var v = s.V;
        bool lone = false;
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) { lone = true; break; }
        }
        if (!lone) return Encoding.UTF8.GetBytes(v);
        return ((PyBytes)Ops.Call(Ops.GetAttr(s, "encode"), PyStr.From("utf-8"), PyStr.From("surrogatepass"))).V;
    }

    /// <summary>raw-unicode-escape, with the characters that would break the line-based UNICODE
    /// opcode (backslash, NUL, newlines, ^Z) escaped as \u00XX as pickle does.</summary>
    private static byte[] RawUnicodeEscape(string v)
    {
        var sb = new List<byte>(v.Length + 8);
        for (int i = 0; i < v.Length; i++)
        {
            int c = v[i];
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) c = char.ConvertToUtf32(v[i], v[++i]);
            string? esc = null;
            if (c is '\\' or 0 or '\n' or '\r' or 0x1a || (c >= 0x100 && c <= 0xffff)) esc = "\\u" + c.ToString("x4");
            else if (c > 0xffff) esc = "\\U" + c.ToString("x8");
            if (esc is null) sb.Add((byte)c);
            else foreach (var ch in esc) sb.Add((byte)ch);
        }
        return sb.ToArray();
    }

    private void SaveTuple(PyTuple t)
    {
        int n = t.Items.Length;
        if (n == 0)
        {
            if (Proto > 0) WriteByte((byte)')');
            else WriteAscii("(t");
            return;
        }
        if (n <= 3 && Proto >= 2)
        {
            foreach (var x in t.Items) Save(x, false);
            if (Memo.TryGetValue(t, out var e))
            {
                for (int i = 0; i < n; i++) WriteByte((byte)'0');
                MemoGet(e.Index);
            }
            else
            {
                WriteByte((byte)(0x85 + n - 1));
                Memoize(t);
            }
            return;
        }
        WriteByte((byte)'(');
        foreach (var x in t.Items) Save(x, false);
        if (Memo.TryGetValue(t, out var e2))
        {
            if (Bin) WriteByte((byte)'1');
            else for (int i = 0; i <= n; i++) WriteByte((byte)'0');
            MemoGet(e2.Index);
            return;
        }
        WriteByte((byte)'t');
        Memoize(t);
    }

    private void SaveList(PyList l)
    {
        FastEnter(l);
        if (Bin) WriteByte((byte)']');
        else WriteAscii("(l");
        Memoize(l);
        if (Bin)
        {
            // batch_list_exact: walks the list by index, so items appended meanwhile are pickled too.
            if (l.Count == 1)
            {
                Save(l.Items[0], false);
                WriteByte((byte)'a');
            }
            else if (l.Count > 0)
            {
                int total = 0;
                do
                {
                    int thisBatch = 0;
                    WriteByte((byte)'(');
                    while (total < l.Count)
                    {
                        Save(l.Items[total], false);
                        total++;
                        if (++thisBatch == BatchSize) break;
                    }
                    WriteByte((byte)'e');
                } while (total < l.Count);
            }
        }
        else
            for (int i = 0; i < l.Count; i++)
            {
                Save(l.Items[i], false);
                WriteByte((byte)'a');
            }
        FastLeave(l);
    }

    /// <summary>batch_list over any iterator (listitems of __reduce__).</summary>
    private void BatchAppends(PyObject items)
    {
        var it = Ops.GetIter(items);
        if (!Bin)
        {
            while (it.Next() is { } x) { Save(x, false); WriteByte((byte)'a'); }
            return;
        }
        var first = it.Next();
        if (first is null) return;
        var second = it.Next();
        if (second is null) { Save(first, false); WriteByte((byte)'a'); return; }
        // A batch of BatchSize; an item left alone at the end of the iterator goes with APPEND.
        var pending = new List<PyObject>(2) { first, second };
        while (true)
        {
            WriteByte((byte)'(');
            int n = 0;
            foreach (var p in pending) { Save(p, false); n++; }
            pending.Clear();
            PyObject? x = null;
            while (n < BatchSize && (x = it.Next()) is not null) { Save(x, false); n++; }
            WriteByte((byte)'e');
            if (n < BatchSize) return;
            var a = it.Next();
            if (a is null) return;
            var b = it.Next();
            if (b is null) { Save(a, false); WriteByte((byte)'a'); return; }
            pending.Add(a); pending.Add(b);
        }
    }

    private void SaveDict(PyDict d)
    {
        FastEnter(d);
        if (Bin) WriteByte((byte)'}');
        else WriteAscii("(d");
        Memoize(d);
        if (Bin && d.Count == 1)
        {
            d.EntryAt(FirstEntry(d), out var k, out var v);
            Save(k, false);
            Save(v, false);
            WriteByte((byte)'s');
        }
        else if (d.Count > 0)
        {
            int size = d.Count, mutations = d.Mutations;
            int count = 0;
            bool open = false;
            for (int pos = 0; pos < d.EntryLimit; pos++)
            {
                if (!d.EntryAt(pos, out var k, out var v)) continue;
                if (Bin && !open) { WriteByte((byte)'('); open = true; }
                Save(k, false);
                Save(v, false);
                if (!Bin) WriteByte((byte)'s');
                if (d.Count != size) throw Errors.RuntimeError("dictionary changed size during iteration");
                if (Bin && ++count == BatchSize) { WriteByte((byte)'u'); open = false; count = 0; }
            }
            if (open) WriteByte((byte)'u');
        }
        FastLeave(d);
    }

    private static int FirstEntry(PyDict d)
    {
        for (int pos = 0; pos < d.EntryLimit; pos++)
            if (d.EntryAt(pos, out _, out _)) return pos;
        return -1;
    }

    /// <summary>batch_dict over an iterator of (key, value) pairs (dictitems of __reduce__).</summary>
    private void BatchSetItems(PyObject items)
    {
        var it = Ops.GetIter(items);
        static (PyObject, PyObject) Pair(PyObject p)
        {
            if (p is not PyTuple { Items.Length: 2 } t) throw Errors.TypeError("dict items iterator must return 2-tuples");
            return (t.Items[0], t.Items[1]);
        }
        if (!Bin)
        {
            while (it.Next() is { } p) { var (k, v) = Pair(p); Save(k, false); Save(v, false); WriteByte((byte)'s'); }
            return;
        }
        var first = it.Next();
        if (first is null) return;
        var second = it.Next();
        if (second is null) { var (k, v) = Pair(first); Save(k, false); Save(v, false); WriteByte((byte)'s'); return; }
        var pending = new List<PyObject>(2) { first, second };
        while (true)
        {
            WriteByte((byte)'(');
            int n = 0;
            foreach (var p in pending) { var (k, v) = Pair(p); Save(k, false); Save(v, false); n++; }
            pending.Clear();
            PyObject? x = null;
            while (n < BatchSize && (x = it.Next()) is not null) { var (k, v) = Pair(x); Save(k, false); Save(v, false); n++; }
            WriteByte((byte)'u');
            if (n < BatchSize) return;
            var a = it.Next();
            if (a is null) return;
            var b = it.Next();
            if (b is null) { var (k, v) = Pair(a); Save(k, false); Save(v, false); WriteByte((byte)'s'); return; }
            pending.Add(a); pending.Add(b);
        }
    }

    private void SaveSet(PySet s)
    {
        if (Proto < 4)
        {
            SaveReduce(PyTuple.Of(TypeObjects.Set, PyTuple.Of(SetList(s))), s);
            return;
        }
        WriteByte(0x8f);
        Memoize(s);
        int size = s.Count;
        var it = Ops.GetIter(s);
        int n = 0;
        while (true)
        {
            var x = it.Next();
            if (x is null) break;
            if (n == 0) WriteByte((byte)'(');
            Save(x, false);
            if (++n == BatchSize) { WriteByte(0x90); n = 0; }
            if (s.Count != size) throw Errors.RuntimeError("set changed size during iteration");
        }
        if (n > 0) WriteByte(0x90);
    }

    private static PyList SetList(PySet s)
    {
        var l = new PyList();
        var it = Ops.GetIter(s);
        while (it.Next() is { } x) l.Append(x);
        return l;
    }

    private void SaveFrozenSet(PySet s)
    {
        if (Proto < 4)
        {
            SaveReduce(PyTuple.Of(TypeObjects.FrozenSet, PyTuple.Of(SetList(s))), s);
            return;
        }
        WriteByte((byte)'(');
        var it = Ops.GetIter(s);
        while (it.Next() is { } x) Save(x, false);
        if (Memo.TryGetValue(s, out var e))
        {
            WriteByte((byte)'1');
            MemoGet(e.Index);
            return;
        }
        WriteByte(0x91);
        Memoize(s);
    }

    private void SaveType(PyObject obj)
    {
        if (ReferenceEquals(obj, TypeObjects.NoneType)) SaveReduce(PyTuple.Of(TypeObjects.TypeType, PyTuple.Of(PyNone.Instance)), obj);
        else if (ReferenceEquals(obj, TypeObjects.NotImplementedType)) SaveReduce(PyTuple.Of(TypeObjects.TypeType, PyTuple.Of(PyNotImplemented.Instance)), obj);
        else if (ReferenceEquals(obj, TypeObjects.EllipsisType)) SaveReduce(PyTuple.Of(TypeObjects.TypeType, PyTuple.Of(PyEllipsis.Instance)), obj);
        else SaveGlobal(obj, null);
    }

    private void SaveGlobal(PyObject obj, PyStr? name)
    {
        var globalName = name ?? (PickleModule.LookupAttr(obj, "__qualname__") ?? Ops.GetAttr(obj, "__name__")) as PyStr
            ?? throw Errors.TypeError("attribute name must be string");
        var path = globalName.V.Split('.');
        foreach (var part in path)
            if (part == "<locals>") throw Errors.AttributeError($"Can't pickle local object {Ops.Repr(globalName)}");
        var moduleName = WhichModule(obj, path);
        PyObject module;
        try { module = PickleModule.ImportModule(Ops.Str(moduleName)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.ImportError) || e.Value.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: import of module {Ops.Repr(moduleName)} failed");
        }
        var cls = PickleModule.DeepAttr(module, path, out var parent);
        if (cls is null)
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: attribute lookup {globalName.V} on {Ops.Str(moduleName)} failed");
        if (!ReferenceEquals(cls, obj))
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: it's not the same object as {Ops.Str(moduleName)}.{globalName.V}");
        if (Proto >= 2)
        {
            var reg = (PyDict)Ops.GetAttr(PickleModule.Copyreg, "_extension_registry");
            if (reg.Get(PyTuple.Of(moduleName, globalName)) is { } code)
            {
                if (code is not PyInt ci) throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: extension code {Ops.Repr(code)} isn't an integer");
                long c = ci.IsSmall ? ci.V : -1;
                if (c <= 0 || c > 0x7fffffff) throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: extension code {ci.ToDecimalString()} is out of range");
                if (c <= 0xff) { Reserve(2); _out[_len++] = 0x82; _out[_len++] = (byte)c; }
                else if (c <= 0xffff) { Reserve(3); _out[_len++] = 0x83; BinaryPrimitives.WriteUInt16LittleEndian(_out.AsSpan(_len), (ushort)c); _len += 2; }
                else WriteU32(0x84, (uint)c);
                return;
            }
        }
        var lastName = path[^1];
        var outName = ReferenceEquals(parent, module) ? PyStr.From(lastName) : globalName;
        if (Proto >= 4)
        {
            Save(moduleName, false);
            Save(outName, false);
            WriteByte(0x93);
        }
        else if (!ReferenceEquals(parent, module))
        {
            SaveReduce(PyTuple.Of(PickleModule.GetattrBuiltin, PyTuple.Of(parent, PyStr.From(lastName))), null);
        }
        else
        {
            string mod = Ops.Str(moduleName), nm = outName.V;
            if (Proto < 3 && FixImports)
            {
                var rn = (PyDict)PickleModule.CompatPickle("REVERSE_NAME_MAPPING");
                var ri = (PyDict)PickleModule.CompatPickle("REVERSE_IMPORT_MAPPING");
                if (rn.Get(PyTuple.Of(PyStr.From(mod), PyStr.From(nm))) is PyTuple { Items.Length: 2 } mapped)
                {
                    mod = Ops.Str(mapped.Items[0]);
                    nm = Ops.Str(mapped.Items[1]);
                }
                else if (ri.Get(PyStr.From(mod)) is PyStr m2) mod = m2.V;
            }
            if (Proto < 3 && (!IsAscii(mod) || !IsAscii(nm)))
                throw PickleModule.Pickling($"can't pickle global identifier '{mod}.{nm}' using pickle protocol {Proto}");
            WriteByte((byte)'c');
            Write(Encoding.UTF8.GetBytes(mod));
            WriteByte((byte)'\n');
            Write(Encoding.UTF8.GetBytes(nm));
            WriteByte((byte)'\n');
        }
        Memoize(obj);
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 127) return false;
        return true;
    }

    /// <summary>whichmodule: obj.__module__, else the sys.modules entry holding obj at that path, else __main__.</summary>
    private static PyObject WhichModule(PyObject obj, string[] path)
    {
        var m = PickleModule.LookupAttr(obj, "__module__");
        if (m is not null && m is not PyNone) return m;
        var modules = (PyDict)Ops.GetAttr(PickleModule.ImportModule("sys"), "modules");
        // builtins first: CPython's sys.modules starts with sys and builtins.
        if (modules.Get("builtins") is { } b && ReferenceEquals(PickleModule.DeepAttr(b, path, out _), obj)) return PyStr.From("builtins");
        foreach (var (name, module) in modules.Copy().Items())
        {
            if (name is not PyStr ns || ns.V is "__main__" or "__mp_main__" || module is PyNone) continue;
            try
            {
                if (ReferenceEquals(PickleModule.DeepAttr(module, path, out _), obj)) return name;
            }
            catch (PyException) { }
        }
        return PyStr.From("__main__");
    }

    private void SaveReduce(PyTuple rv, PyObject? obj)
    {
        int size = rv.Items.Length;
        if (size < 2 || size > 6) throw PickleModule.Pickling("tuple returned by __reduce__ must contain 2 through 6 elements");
        var callable = rv.Items[0];
        var argtup = rv.Items[1];
        PyObject? state = size > 2 && rv.Items[2] is not PyNone ? rv.Items[2] : null;
        PyObject? listitems = size > 3 && rv.Items[3] is not PyNone ? rv.Items[3] : null;
        PyObject? dictitems = size > 4 && rv.Items[4] is not PyNone ? rv.Items[4] : null;
        PyObject? stateSetter = size > 5 && rv.Items[5] is not PyNone ? rv.Items[5] : null;
        if (!Builtins.IsCallable(callable)) throw PickleModule.Pickling("first item of the tuple returned by __reduce__ must be callable");
        if (argtup is not PyTuple args) throw PickleModule.Pickling("second item of the tuple returned by __reduce__ must be a tuple");
        if (listitems is not null && listitems is not PyIterator && listitems.Type.Lookup(Ops.N.Next) is null)
            throw PickleModule.Pickling($"fourth element of the tuple returned by __reduce__ must be an iterator, not {listitems.Type.Name}");
        if (dictitems is not null && dictitems is not PyIterator && dictitems.Type.Lookup(Ops.N.Next) is null)
            throw PickleModule.Pickling($"fifth element of the tuple returned by __reduce__ must be an iterator, not {dictitems.Type.Name}");
        if (stateSetter is not null && !Builtins.IsCallable(stateSetter))
            throw PickleModule.Pickling($"sixth element of the tuple returned by __reduce__ must be a function, not {stateSetter.Type.Name}");

        string funcName = "";
        if (Proto >= 2 && PickleModule.LookupAttr(callable, "__name__") is PyStr fn) funcName = fn.V;
        if (funcName == "__newobj_ex__")
        {
            if (args.Items.Length != 3) throw PickleModule.Pickling($"length of the NEWOBJ_EX argument tuple must be exactly 3, not {args.Items.Length}");
            var cls = args.Items[0];
            if (cls is not PyType) throw PickleModule.Pickling($"first item from NEWOBJ_EX argument tuple must be a class, not {cls.Type.Name}");
            if (obj is not null && !ReferenceEquals(Ops.GetAttr(obj, "__class__"), cls))
                throw PickleModule.Pickling("args[0] from __newobj_ex__ args has the wrong class");
            if (args.Items[1] is not PyTuple) throw PickleModule.Pickling($"second item from NEWOBJ_EX argument tuple must be a tuple, not {args.Items[1].Type.Name}");
            if (args.Items[2] is not PyDict) throw PickleModule.Pickling($"third item from NEWOBJ_EX argument tuple must be a dict, not {args.Items[2].Type.Name}");
            if (Proto >= 4)
            {
                Save(cls, false);
                Save(args.Items[1], false);
                Save(args.Items[2], false);
                WriteByte(0x92);
            }
            else
            {
                var a2 = (PyTuple)args.Items[1];
                var kw = (PyDict)args.Items[2];
                var partial = Ops.GetAttr(PickleModule.ImportModule("functools"), "partial");
                var callArgs = new List<PyObject> { Ops.GetAttr(cls, "__new__"), cls };
                callArgs.AddRange(a2.Items);
                var names = new List<string>();
                foreach (var (k, v) in kw.Items()) { callArgs.Add(v); names.Add(Ops.Str(k)); }
                var p = Ops.Call(partial, callArgs.ToArray(), names.Count > 0 ? names.ToArray() : null);
                Save(p, false);
                Save(PyTuple.Empty, false);
                WriteByte((byte)'R');
            }
        }
        else if (funcName == "__newobj__")
        {
            if (args.Items.Length < 1) throw PickleModule.Pickling("__newobj__ arglist is empty");
            var cls = args.Items[0];
            if (cls is not PyType) throw PickleModule.Pickling("args[0] from __newobj__ args is not a type");
            if (obj is not null && !ReferenceEquals(Ops.GetAttr(obj, "__class__"), cls))
                throw PickleModule.Pickling("args[0] from __newobj__ args has the wrong class");
            Save(cls, false);
            Save(PyTuple.From(args.Items.AsSpan(1)), false);
            WriteByte(0x81);
        }
        else
        {
            Save(callable, false);
            Save(args, false);
            WriteByte((byte)'R');
        }
        if (obj is not null)
        {
            if (Memo.TryGetValue(obj, out var e))
            {
                WriteByte((byte)'0');
                MemoGet(e.Index);
            }
            else Memoize(obj);
        }
        if (listitems is not null) BatchAppends(listitems);
        if (dictitems is not null) BatchSetItems(dictitems);
        if (state is not null)
        {
            if (stateSetter is null)
            {
                Save(state, false);
                WriteByte((byte)'b');
            }
            else
            {
                Save(stateSetter, false);
                Save(obj ?? PyNone.Instance, false);
                Save(state, false);
                WriteByte(0x86);
                WriteByte((byte)'R');
                WriteByte((byte)'0');
            }
        }
    }

    public void ClearMemo() => Memo.Clear();
}
