using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Herthon.Runtime;

/// <summary>_pickle.Unpickler: a stack machine over the opcodes of pickle.py's _Unpickler. loads()
/// reads straight from the bytes; load() from a file reads each frame whole and otherwise asks
/// file.read / file.readline for exactly what an opcode needs, so the file is left just past STOP.</summary>
public sealed class Unpickler(PyType type) : PyDictInstance(type)
{
    private byte[] _buf = [];
    private int _pos, _end;
    private bool _inFrame;   // _buf holds a frame read from the file (or the whole input for loads)
    private bool _fromData;
    private PyObject? _read, _readline;
    private List<PyObject> _stack = new();
    private readonly List<List<PyObject>> _metastack = new();
    internal List<PyObject?> Memo = new();
    internal int Proto;
    private string _encoding = "ASCII", _errors = "strict";
    private bool _fixImports = true;
    private PyIterator? _buffers;
    internal bool Initialized;

    private void InitOptions(PyObject? fixImports, PyObject? encoding, PyObject? errors, PyObject? buffers)
    {
        _fixImports = fixImports is null || Ops.Truth(fixImports);
        if (encoding is not null && encoding is not PyStr) throw Errors.TypeError($"argument 'encoding' must be str, not {encoding.Type.Name}");
        if (errors is not null && errors is not PyStr) throw Errors.TypeError($"argument 'errors' must be str, not {errors.Type.Name}");
        _encoding = (encoding as PyStr)?.V ?? "ASCII";
        _errors = (errors as PyStr)?.V ?? "strict";
        _buffers = buffers is null || buffers is PyNone ? null : Ops.GetIter(buffers);
        Memo.Clear();
        Proto = 0;
        Initialized = true;
    }

    public void Init(PyObject file, PyObject? fixImports, PyObject? encoding, PyObject? errors, PyObject? buffers)
    {
        _read = PickleModule.LookupAttr(file, "read");
        _readline = PickleModule.LookupAttr(file, "readline");
        if (_read is null || _readline is null) throw Errors.TypeError("file must have 'read' and 'readline' attributes");
        _fromData = false;
        _buf = [];
        _pos = _end = 0;
        _inFrame = false;
        InitOptions(fixImports, encoding, errors, buffers);
    }

    public void InitData(PyObject data, PyObject? fixImports, PyObject? encoding, PyObject? errors, PyObject? buffers)
    {
        if (data is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
        _buf = data is PyBytes b ? b.V : BytesMethods.AsBytes(data);
        _pos = 0;
        _end = _buf.Length;
        _inFrame = true;
        _fromData = true;
        InitOptions(fixImports, encoding, errors, buffers);
    }

    // ---- input ----

    private static PyException Truncated() => PickleModule.Unpickling("pickle data was truncated");

    /// <summary>n bytes as a span of _buf (valid until the next read).</summary>
    private ReadOnlySpan<byte> Read(int n)
    {
        if (_end - _pos >= n)
        {
            var s = _buf.AsSpan(_pos, n);
            _pos += n;
            return s;
        }
        if (_fromData) { _pos = _end; throw Truncated(); }
        if (_inFrame && _pos < _end) throw PickleModule.Unpickling("pickle exhausted before end of frame");
        _inFrame = false;
        var data = ReadFile(n);
        if (data.Length < n) throw Truncated();
        return data;
    }

    private byte[] ReadFile(int n)
    {
        var r = Ops.Call(_read!, PyInt.From(n));
        if (r is PyBytes rb) return rb.V;
        return BytesMethods.AsBytes(r);
    }

    /// <summary>The next opcode: the input ending here is EOFError, not a truncated argument.</summary>
    private byte ReadOpcode()
    {
        if (_pos < _end) return _buf[_pos++];
        if (_fromData || (_inFrame && _pos < _end)) throw Errors.EOFError("Ran out of input");
        _inFrame = false;
        var b = ReadFile(1);
        if (b.Length == 0) throw Errors.EOFError("Ran out of input");
        return b[0];
    }

    private byte ReadByte()
    {
        if (_pos < _end) return _buf[_pos++];
        return Read(1)[0];
    }

    /// <summary>A line including its newline.</summary>
    private ReadOnlySpan<byte> ReadLine()
    {
        if (_pos < _end || _fromData)
        {
            int nl = Array.IndexOf(_buf, (byte)'\n', _pos, _end - _pos);
            if (nl < 0)
            {
                if (_fromData) { _pos = _end; throw Truncated(); }
                throw PickleModule.Unpickling("pickle exhausted before end of frame");
            }
            var s = _buf.AsSpan(_pos, nl + 1 - _pos);
            _pos = nl + 1;
            return s;
        }
        _inFrame = false;
        var r = Ops.Call(_readline!);
        var line = r is PyBytes b ? b.V : BytesMethods.AsBytes(r);
        if (line.Length == 0 || line[^1] != '\n') throw Truncated();
        return line;
    }

    private ReadOnlySpan<byte> ReadLineNoNl() { var l = ReadLine(); return l[..^1]; }

    private void LoadFrame()
    {
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        if (size > int.MaxValue) throw Errors.ValueError("frame size > sys.maxsize");
        if (_fromData)
        {
            if ((ulong)(_end - _pos) < size) throw Truncated();
            return;
        }
        if (_inFrame && _pos < _end) throw PickleModule.Unpickling("beginning of a new frame before end of current frame");
        var data = ReadFile((int)size);
        if (data.Length < (int)size) throw PickleModule.Unpickling("pickle exhausted before end of frame");
        _buf = data;
        _pos = 0;
        _end = data.Length;
        _inFrame = true;
    }

    // ---- stack ----

    /// <summary>Pdata_stack_underflow: nothing above the last MARK.</summary>
    private PyException Underflow() =>
        PickleModule.Unpickling(_metastack.Count > 0 ? "unexpected MARK found" : "unpickling stack underflow");

    private PyObject Pop()
    {
        if (_stack.Count == 0) throw Underflow();
        var x = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return x;
    }

    private PyObject Top()
    {
        if (_stack.Count == 0) throw Underflow();
        return _stack[^1];
    }

    private List<PyObject> PopMark()
    {
        if (_metastack.Count == 0) throw PickleModule.Unpickling("could not find MARK");
        var items = _stack;
        _stack = _metastack[^1];
        _metastack.RemoveAt(_metastack.Count - 1);
        return items;
    }

    private void Push(PyObject o) => _stack.Add(o);

    private void MemoPut(long idx, PyObject value)
    {
        if (idx < 0) throw Errors.ValueError("negative PUT argument");
        if (idx > 1 << 28) throw Errors.MemoryError("");
        while (Memo.Count <= idx) Memo.Add(null);
        Memo[(int)idx] = value;
    }

    private PyObject MemoGet(long idx)
    {
        if (idx >= 0 && idx < Memo.Count && Memo[(int)idx] is { } v) return v;
        throw PickleModule.Unpickling($"Memo value not found at index {idx}");
    }

    private static long ParseLine(ReadOnlySpan<byte> s, string what)
    {
        if (long.TryParse(Encoding.ASCII.GetString(s).Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long v)) return v;
        throw Errors.ValueError($"invalid literal for int() with base 10: {Ops.Repr(new PyBytes(s.ToArray()))}");
    }

    private PyObject DecodeString(byte[] data)
    {
        if (_encoding == "bytes") return new PyBytes(data);
        return Ops.Call(Ops.GetAttr(new PyBytes(data), "decode"), PyStr.From(_encoding), PyStr.From(_errors));
    }

    private static PyObject DecodeUtf8(ReadOnlySpan<byte> data)
    {
        if (System.Text.Unicode.Utf8.IsValid(data)) return PyStr.From(Encoding.UTF8.GetString(data));
        return Ops.Call(Ops.GetAttr(new PyBytes(data.ToArray()), "decode"), PyStr.From("utf-8"), PyStr.From("surrogatepass"));
    }

    private static string AsciiName(ReadOnlySpan<byte> s, string codec)
    {
        return Ops.Str(Ops.Call(Ops.GetAttr(new PyBytes(s.ToArray()), "decode"), PyStr.From(codec)));
    }

    // ---- load ----

    public PyObject Load()
    {
        if (!Initialized) throw PickleModule.Unpickling($"Unpickler.__init__() was not called by {Type.Name}.__init__()");
        _stack = new List<PyObject>();
        _metastack.Clear();
        Proto = 0;
        if (!_fromData) { _buf = []; _pos = _end = 0; _inFrame = false; }
        while (true)
        {
            if (Dispatch(ReadOpcode()) is { } r) return r;
        }
    }

    /// <summary>One opcode; the result when it was STOP.</summary>
    private PyObject? Dispatch(byte op)
    {
        switch (op)
        {
            case 0x80:
                {
                    int p = ReadByte();
                    if (p > PickleModule.HighestProtocol) throw Errors.ValueError($"unsupported pickle protocol: {p}");
                    Proto = p;
                    break;
                }
            case 0x95: LoadFrame(); break;
            case (byte)'.': return Pop();
            case (byte)'(': _metastack.Add(_stack); _stack = new List<PyObject>(); break;
            case (byte)'0':
                if (_stack.Count > 0) Pop();
                else if (_metastack.Count > 0) PopMark();
                else throw PickleModule.Unpickling("unpickling stack underflow");
                break;
            case (byte)'1': PopMark(); break;
            case (byte)'2': Push(Top()); break;
            case (byte)'N': Push(PyNone.Instance); break;
            case 0x88: Push(PyBool.True); break;
            case 0x89: Push(PyBool.False); break;
            case (byte)'I':
                {
                    var line = ReadLineNoNl();
                    if (line.SequenceEqual("00"u8)) Push(PyBool.False);
                    else if (line.SequenceEqual("01"u8)) Push(PyBool.True);
                    else Push(ParseInt(line));
                    break;
                }
            case (byte)'J': Push(PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(Read(4)))); break;
            case (byte)'K': Push(PyInt.From(ReadByte())); break;
            case (byte)'M': Push(PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(Read(2)))); break;
            case (byte)'L':
                {
                    var line = ReadLineNoNl();
                    if (line.Length > 0 && line[^1] == 'L') line = line[..^1];
                    Push(ParseInt(line));
                    break;
                }
            case 0x8a: { int n = ReadByte(); Push(DecodeLong(Read(n))); break; }
            case 0x8b:
                {
                    int n = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                    if (n < 0) throw PickleModule.Unpickling("LONG pickle has negative byte count");
                    Push(DecodeLong(Read(n)));
                    break;
                }
            case (byte)'F':
                Push(Ops.Call(TypeObjects.Float, PyStr.From(Encoding.ASCII.GetString(ReadLineNoNl()))));
                break;
            case (byte)'G': Push(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(Read(8)))); break;
            case (byte)'S':
                {
                    var data = ReadLineNoNl();
                    if (data.Length >= 2 && data[0] == data[^1] && (data[0] == '"' || data[0] == '\''))
                        data = data[1..^1];
                    else throw PickleModule.Unpickling("the STRING opcode argument must be quoted");
                    var codecs = PickleModule.ImportModule("codecs");
                    var dec = (PyTuple)Ops.Call(Ops.GetAttr(codecs, "escape_decode"), new PyBytes(data.ToArray()));
                    Push(DecodeString(((PyBytes)dec.Items[0]).V));
                    break;
                }
            case (byte)'T':
                {
                    int n = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                    if (n < 0) throw PickleModule.Unpickling("BINSTRING pickle has negative byte count");
                    Push(DecodeString(Read(n).ToArray()));
                    break;
                }
            case (byte)'U': { int n = ReadByte(); Push(DecodeString(Read(n).ToArray())); break; }
            case (byte)'B': Push(new PyBytes(Read(ReadSize32("BINBYTES")).ToArray())); break;
            case (byte)'C': { int n = ReadByte(); Push(new PyBytes(Read(n).ToArray())); break; }
            case 0x8e: Push(new PyBytes(Read(ReadSize64("BINBYTES8")).ToArray())); break;
            case 0x96: Push(new PyByteArray(Read(ReadSize64("BYTEARRAY8")).ToArray())); break;
            case (byte)'V':
                Push(Ops.Call(Ops.GetAttr(new PyBytes(ReadLineNoNl().ToArray()), "decode"), PyStr.From("raw-unicode-escape")));
                break;
            case (byte)'X': Push(DecodeUtf8(Read(ReadSize32("BINUNICODE")))); break;
            case 0x8d: Push(DecodeUtf8(Read(ReadSize64("BINUNICODE8")))); break;
            case 0x8c: { int n = ReadByte(); Push(DecodeUtf8(Read(n))); break; }
            case 0x97:
                {
                    if (_buffers is null) throw PickleModule.Unpickling("pickle stream refers to out-of-band data but no *buffers* argument was given");
                    var b = _buffers.Next() ?? throw PickleModule.Unpickling("not enough out-of-band buffers");
                    Push(b);
                    break;
                }
            case 0x98:
                {
                    var b = Top();
                    var mv = PyMemoryView.New(b);
                    if (!Ops.Truth(Ops.GetAttr(mv, "readonly"))) _stack[^1] = Ops.Call(Ops.GetAttr(mv, "toreadonly"));
                    break;
                }
            case (byte)')': Push(PyTuple.Empty); break;
            case (byte)'t': Push(PyTuple.From(PopMark().ToArray())); break;
            case 0x85: { var a = Pop(); Push(PyTuple.Of(a)); break; }
            case 0x86: { var b = Pop(); var a = Pop(); Push(PyTuple.Of(a, b)); break; }
            case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); Push(PyTuple.Of(a, b, c)); break; }
            case (byte)']': Push(new PyList()); break;
            case (byte)'}': Push(new PyDict()); break;
            case 0x8f: Push(new PySet()); break;
            case 0x91:
                {
                    var s = new PySet(true);
                    foreach (var x in PopMark()) s.Add(x);
                    Push(s);
                    break;
                }
            case (byte)'l': Push(new PyList(PopMark())); break;
            case (byte)'d':
                {
                    var items = PopMark();
                    if (items.Count % 2 != 0) throw PickleModule.Unpickling("odd number of items for DICT");
                    var d = new PyDict();
                    for (int i = 0; i + 1 < items.Count; i += 2) d.SetItem(items[i], items[i + 1]);
                    Push(d);
                    break;
                }
            case (byte)'i':
                {
                    var module = AsciiName(ReadLineNoNl(), "ascii");
                    var name = AsciiName(ReadLineNoNl(), "ascii");
                    var klass = FindClass(module, name);
                    Instantiate(klass, PopMark());
                    break;
                }
            case (byte)'o':
                {
                    var args = PopMark();
                    if (args.Count == 0) throw PickleModule.Unpickling("unpickling stack underflow");
                    var cls = args[0];
                    args.RemoveAt(0);
                    Instantiate(cls, args);
                    break;
                }
            case 0x81:
                {
                    var args = Pop();
                    var cls = Pop();
                    if (cls is not PyType) throw PickleModule.Unpickling("NEWOBJ class argument isn't a type object");
                    if (args is not PyTuple at) throw PickleModule.Unpickling("NEWOBJ expected an arg tuple.");
                    var call = new PyObject[at.Items.Length + 1];
                    call[0] = cls;
                    at.Items.CopyTo(call, 1);
                    Push(Ops.Call(Ops.GetAttr(cls, "__new__"), call));
                    break;
                }
            case 0x92:
                {
                    var kwargs = Pop();
                    var args = Pop();
                    var cls = Pop();
                    if (cls is not PyType) throw PickleModule.Unpickling($"NEWOBJ_EX class argument must be a type, not {cls.Type.Name}");
                    if (args is not PyTuple at) throw PickleModule.Unpickling($"NEWOBJ_EX args argument must be a tuple, not {args.Type.Name}");
                    if (kwargs is not PyDict kd) throw PickleModule.Unpickling($"NEWOBJ_EX kwargs argument must be a dict, not {kwargs.Type.Name}");
                    var call = new List<PyObject> { cls };
                    call.AddRange(at.Items);
                    var names = new List<string>();
                    foreach (var (k, v) in kd.Items()) { call.Add(v); names.Add(Ops.Str(k)); }
                    Push(Ops.Call(Ops.GetAttr(cls, "__new__"), call.ToArray(), names.Count > 0 ? names.ToArray() : null));
                    break;
                }
            case (byte)'c':
                {
                    var module = AsciiName(ReadLineNoNl(), "utf-8");
                    var name = AsciiName(ReadLineNoNl(), "utf-8");
                    Push(FindClass(module, name));
                    break;
                }
            case 0x93:
                {
                    if (_stack.Count < 2) throw PickleModule.Unpickling("STACK_GLOBAL requires str");
                    var name = Pop();
                    var module = Pop();
                    if (!ReferenceEquals(name.Type, TypeObjects.Str) || !ReferenceEquals(module.Type, TypeObjects.Str))
                        throw PickleModule.Unpickling("STACK_GLOBAL requires str");
                    Push(FindClass(((PyStr)module).V, ((PyStr)name).V));
                    break;
                }
            case 0x82: GetExtension(ReadByte()); break;
            case 0x83: GetExtension(BinaryPrimitives.ReadUInt16LittleEndian(Read(2))); break;
            case 0x84: GetExtension(BinaryPrimitives.ReadInt32LittleEndian(Read(4))); break;
            case (byte)'R':
                {
                    var args = Pop();
                    var func = Top();
                    PyObject[] argv = args is PyTuple t ? t.Items : throw Errors.TypeError("argument list must be a tuple");
                    _stack[^1] = Ops.Call(func, argv);
                    break;
                }
            case (byte)'P':
                {
                    var line = ReadLineNoNl();
                    foreach (var c in line)
                        if (c > 127) throw PickleModule.Unpickling("persistent IDs in protocol 0 must be ASCII strings");
                    Push(PersistentLoad(PyStr.From(Encoding.ASCII.GetString(line))));
                    break;
                }
            case (byte)'Q': Push(PersistentLoad(Pop())); break;
            case (byte)'g': Push(MemoGet(ParseLine(ReadLineNoNl(), "GET"))); break;
            case (byte)'h': Push(MemoGet(ReadByte())); break;
            case (byte)'j': Push(MemoGet(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)))); break;
            case (byte)'p': MemoPut(ParseLine(ReadLineNoNl(), "PUT"), Top()); break;
            case (byte)'q': MemoPut(ReadByte(), Top()); break;
            case (byte)'r': MemoPut(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)), Top()); break;
            case 0x94: MemoPut(Memo.Count, Top()); break;
            case (byte)'a':
                {
                    var value = Pop();
                    var list = Top();
                    if (list is PyList pl && ReferenceEquals(pl.Type, TypeObjects.List)) pl.Append(value);
                    else Ops.Call(Ops.GetAttr(list, "append"), value);
                    break;
                }
            case (byte)'e':
                {
                    var items = PopMark();
                    var list = Top();
                    if (list is PyList pl && ReferenceEquals(pl.Type, TypeObjects.List)) { foreach (var x in items) pl.Append(x); break; }
                    if (PickleModule.LookupAttr(list, "extend") is { } extend) { Ops.Call(extend, new PyList(items)); break; }
                    var append = Ops.GetAttr(list, "append");
                    foreach (var x in items) Ops.Call(append, x);
                    break;
                }
            case (byte)'s':
                {
                    var value = Pop();
                    var key = Pop();
                    var d = Top();
                    if (d is PyDict pd && ReferenceEquals(pd.Type, TypeObjects.Dict)) pd.SetItem(key, value);
                    else Ops.SetItem(d, key, value);
                    break;
                }
            case (byte)'u':
                {
                    var items = PopMark();
                    var d = Top();
                    if (items.Count % 2 != 0) throw PickleModule.Unpickling("odd number of items for SETITEMS");
                    for (int i = 0; i < items.Count; i += 2)
                    {
                        if (d is PyDict pd && ReferenceEquals(pd.Type, TypeObjects.Dict)) pd.SetItem(items[i], items[i + 1]);
                        else Ops.SetItem(d, items[i], items[i + 1]);
                    }
                    break;
                }
            case 0x90:
                {
                    var items = PopMark();
                    var s = Top();
                    if (s is PySet ps && !ps.Frozen) { foreach (var x in items) ps.Add(x); break; }
                    var add = Ops.GetAttr(s, "add");
                    foreach (var x in items) Ops.Call(add, x);
                    break;
                }
            case (byte)'b': Build(); break;
            default:
                {
                    char c = (char)op;
                    throw PickleModule.Unpickling(op >= 0x20 && op < 0x7f ? $"invalid load key, '{c}'." : $"invalid load key, '\\x{op:x2}'.");
                }
        }
        return null;
    }

    private int ReadSize32(string what)
    {
        uint n = BinaryPrimitives.ReadUInt32LittleEndian(Read(4));
        if (n > int.MaxValue) throw PickleModule.Unpickling($"{what} exceeds system's maximum size of {int.MaxValue} bytes");
        return (int)n;
    }

    private int ReadSize64(string what)
    {
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        if (n > int.MaxValue) throw PickleModule.Unpickling($"{what} exceeds system's maximum size of {long.MaxValue} bytes");
        return (int)n;
    }

    private static PyObject ParseInt(ReadOnlySpan<byte> line) =>
        Ops.Call(TypeObjects.Int, PyStr.From(Encoding.ASCII.GetString(line)), PyInt.From(0));

    internal static PyObject DecodeLong(ReadOnlySpan<byte> data) =>
        data.Length == 0 ? PyInt.From(0) : PyInt.From(new BigInteger(data, isUnsigned: false, isBigEndian: false));

    private PyObject PersistentLoad(PyObject pid)
    {
        var f = PickleModule.LookupAttr(this, "persistent_load")
            ?? throw PickleModule.Unpickling("A load persistent id instruction was encountered, but no persistent_load function was specified.");
        return Ops.Call(f, pid);
    }

    private PyObject FindClass(string module, string name) =>
        Ops.Call(Ops.GetAttr(this, "find_class"), PyStr.From(module), PyStr.From(name));

    internal PyObject FindClassImpl(PyObject moduleName, PyObject globalName)
    {
        SysModule.Audit("pickle.find_class", moduleName, globalName);
        if (Proto < 3 && _fixImports)
        {
            var nm = (PyDict)PickleModule.CompatPickle("NAME_MAPPING");
            var im = (PyDict)PickleModule.CompatPickle("IMPORT_MAPPING");
            if (nm.Get(PyTuple.Of(moduleName, globalName)) is PyTuple { Items.Length: 2 } mapped)
            {
                moduleName = mapped.Items[0];
                globalName = mapped.Items[1];
            }
            else if (im.Get(moduleName) is { } m2) moduleName = m2;
        }
        var module = PickleModule.ImportModule(Ops.Str(moduleName));
        if (Proto >= 4)
        {
            var n = Ops.Str(globalName);
            var path = n.Split('.');
            foreach (var part in path)
                if (part == "<locals>") throw Errors.AttributeError($"Can't get local attribute {Ops.Repr(globalName)} on {Ops.Repr(module)}");
            return PickleModule.DeepAttr(module, path, out _)
                ?? throw Errors.AttributeError($"Can't get attribute {Ops.Repr(globalName)} on {Ops.Repr(module)}");
        }
        return Ops.GetAttr(module, (PyStr)globalName);
    }

    private void Instantiate(PyObject klass, List<PyObject> args)
    {
        PyObject value;
        if (args.Count > 0 || klass is not PyType || PickleModule.LookupAttr(klass, "__getinitargs__") is not null)
            value = Ops.Call(klass, args.ToArray());
        else
            value = Ops.Call(Ops.GetAttr(klass, "__new__"), klass);
        Push(value);
    }

    private void GetExtension(int code)
    {
        var copyreg = PickleModule.Copyreg;
        var cache = (PyDict)Ops.GetAttr(copyreg, "_extension_cache");
        var key = PyInt.From(code);
        if (cache.Get(key) is { } hit) { Push(hit); return; }
        var inv = (PyDict)Ops.GetAttr(copyreg, "_inverted_registry");
        if (inv.Get(key) is not PyTuple { Items.Length: 2 } pair)
        {
            if (code <= 0) throw PickleModule.Unpickling("EXT specifies code <= 0");
            throw Errors.ValueError($"unregistered extension code {code}");
        }
        var obj = FindClass(Ops.Str(pair.Items[0]), Ops.Str(pair.Items[1]));
        cache.SetItem(key, obj);
        Push(obj);
    }

    private void Build()
    {
        var state = Pop();
        var inst = Top();
        if (PickleModule.LookupAttr(inst, "__setstate__") is { } setstate)
        {
            Ops.Call(setstate, state);
            return;
        }
        PyObject? slotstate = null;
        if (state is PyTuple { Items.Length: 2 } st)
        {
            state = st.Items[0];
            slotstate = st.Items[1];
        }
        if (state is not PyNone)
        {
            if (state is not PyDict sd) throw PickleModule.Unpickling("state is not a dictionary");
            if (sd.Count > 0)
            {
                var dict = Ops.GetAttr(inst, "__dict__");
                foreach (var (k, v) in sd.Items())
                {
                    var key = k;
                    if (dict is PyDict d) d.SetItem(key, v);
                    else Ops.SetItem(dict, key, v);
                }
            }
        }
        if (slotstate is not null && slotstate is not PyNone)
        {
            if (slotstate is not PyDict sl) throw PickleModule.Unpickling("slot state is not a dictionary");
            foreach (var (k, v) in sl.Items()) Ops.SetAttr(inst, k as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{k.Type.Name}'"), v);
        }
    }
}
