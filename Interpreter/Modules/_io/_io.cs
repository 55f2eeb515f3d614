namespace Herthon.Runtime;

/// <summary>
/// Base of every `_io` object. Instances are PyInstances so Python subclasses (io.RawIOBase
/// implementations, StringIO subclasses) keep an instance dict; the C# subclasses hold the state.
/// </summary>
public class IOObject(PyType type) : PyDictInstance(type)
{
    public bool IsClosed;
}

/// <summary>`_io`: the module, open(), and the shared helpers of its classes.</summary>
public static partial class IoModule
{
    public const int DefaultBufferSize = 8192;

    /// <summary>_io.open, which is also builtins.open.</summary>
    public static readonly PyBuiltinFunction OpenFunction = new("open", Open) { ModuleName = "_io" };

    public static readonly PyType UnsupportedOperation = MakeUnsupported();
    public static readonly PyType IOBase = NewType("_IOBase", TypeObjects.Object);
    public static readonly PyType RawIOBase = NewType("_RawIOBase", IOBase);
    public static readonly PyType BufferedIOBase = NewType("_BufferedIOBase", IOBase);
    public static readonly PyType TextIOBase = NewType("_TextIOBase", IOBase);

    private static PyType MakeUnsupported()
    {
        var t = new PyType("UnsupportedOperation", [TypeObjects.OSError, TypeObjects.ValueError], false) { Module = "io" };
        t.ComputeMro();
        t.IsException = true;
        t.New = TypeObjects.OSError.New;
        return t;
    }

    public static PyType NewType(string name, PyType @base)
    {
        var t = new PyType(name, [@base], true) { Module = "_io", AcceptsSubclasses = true };
        t.ComputeMro();
        t.TypeDict["__doc__"] = PyNone.Instance;
        return t;
    }

    /// <summary>cls(...): builtin classes initialise here; a Python subclass's __init__ (or the
    /// inherited native one) runs afterwards through the usual protocol.</summary>
    public static void SetConstructor(PyType t, Func<PyType, IOObject> make, Action<IOObject, ReadOnlySpan<PyObject>, string[]?> init)
    {
        t.New = (cls, a, kw) =>
        {
            var o = make(cls);
            if (cls.IsBuiltin) init(o, a, kw);
            return o;
        };
        t.SetMethod("__init__", (a, kw) => { init((IOObject)a[0], a[1..], kw); return PyNone.Instance; });
    }

    static IoModule()
    {
        SetupIOBase();
        // The abstract bases inherited object's constructor before _IOBase had its own: Python subclasses
        // of them (_compression.DecompressReader) must get IOObject instances too.
        RawIOBase.New = BufferedIOBase.New = TextIOBase.New = IOBase.New;
        SetupRawIOBase();
        SetupBufferedIOBase();
        SetupTextIOBase();
        // The concrete classes, after the bases they derive from.
        FileIOType = SetupFileIO();
        BytesIOType = SetupBytesIO();
        StringIOType = SetupStringIO();
        BufferedReaderType = SetupBuffered("BufferedReader", read: true, write: false);
        BufferedWriterType = SetupBuffered("BufferedWriter", read: false, write: true);
        BufferedRandomType = SetupBuffered("BufferedRandom", read: true, write: true);
        BufferedRWPairType = SetupRWPair();
        TextIOWrapperType = SetupTextIOWrapper();
        NewlineDecoderType = SetupNewlineDecoder();
    }

    public static PyModule Create()
    {
        var m = new PyModule("_io");
        m.Add("DEFAULT_BUFFER_SIZE", PyInt.From(DefaultBufferSize));
        m.Add("UnsupportedOperation", UnsupportedOperation);
        m.Add("BlockingIOError", TypeObjects.BlockingIOError);
        m.Add("_IOBase", IOBase);
        m.Add("_RawIOBase", RawIOBase);
        m.Add("_BufferedIOBase", BufferedIOBase);
        m.Add("_TextIOBase", TextIOBase);
        m.Add("FileIO", FileIOType);
        m.Add("BytesIO", BytesIOType);
        m.Add("StringIO", StringIOType);
        m.Add("BufferedReader", BufferedReaderType);
        m.Add("BufferedWriter", BufferedWriterType);
        m.Add("BufferedRandom", BufferedRandomType);
        m.Add("BufferedRWPair", BufferedRWPairType);
        m.Add("TextIOWrapper", TextIOWrapperType);
        m.Add("IncrementalNewlineDecoder", NewlineDecoderType);
        m.Add("open", OpenFunction);
        m.AddFunction("open_code", static (a, kw) =>
        {
            Args.Count("open_code", a, kw, 1, 1);
            if (a[0] is not PyStr) throw Errors.TypeError($"open_code() argument 'path' must be str, not {a[0].Type.Name}");
            return Open([a[0], PyStr.From("rb")], null);
        });
        m.AddFunction("text_encoding", static (a, kw) =>
        {
            Args.Count("text_encoding", a, kw, 1, 2);
            if (a[0] is PyNone && OptionWarnings.DefaultEncoding)
                OptionWarnings.Warn(TypeObjects.EncodingWarning, "'encoding' argument not specified", a.Length > 1 ? (int)Ops.IndexValue(a[1]) : 2);
            return a[0] is PyNone ? PyStr.From("locale") : a[0];
        });
        return m;
    }

    // ------------------------------------------------------------------ helpers

    public static PyException Unsupported(string msg) => new(Errors.NewException(UnsupportedOperation, [PyStr.From(msg)]));

    public static PyException ClosedError() => Errors.ValueError("I/O operation on closed file.");

    public static PyObject Arg(ReadOnlySpan<PyObject> a, string[]? kw, int index, string name, PyObject? dflt = null)
    {
        int np = Args.Positional(a, kw);
        if (index < np) return a[index];
        return Args.Kw(a, kw, name) ?? dflt ?? PyNone.Instance;
    }

    /// <summary>A size argument: None or negative means "all".</summary>
    public static long SizeArg(PyObject o)
    {
        if (o is PyNone) return -1;
        if (o is PyInt i) return i.V;
        if (o.Type.Lookup("__index__") is null) throw Errors.TypeError($"argument should be integer or None, not '{o.Type.Name}'");
        return Ops.IndexValue(o);
    }

    public static bool IsClosed(PyObject self) => self switch
    {
        TextIOObject { Detached: false, Initialized: true } t => TextClosed(t),
        Buffered { Detached: false, Initialized: true } b => RawClosed(b),
        IOObject io => io.IsClosed,
        _ => Ops.Truth(Ops.GetAttr(self, "closed")),
    };

    /// <summary>The buffers of open files written through open(): flushed before a file is opened
    /// (Herthon has no reference counting to close an abandoned file at once, as CPython does) and
    /// when the program ends.</summary>
    [ThreadStatic] private static List<WeakReference<IOObject>>? t_openWriters;

    internal static void TrackWriter(IOObject o) => (t_openWriters ??= []).Add(new WeakReference<IOObject>(o));

    public static void FlushOpenFiles()
    {
        var list = t_openWriters;
        if (list is null) return;
        // Text wrappers first: their pending bytes go into the buffers flushed next.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (!list[i].TryGetTarget(out var o)) { list.RemoveAt(i); continue; }
                try
                {
                    if (pass == 0 && o is TextIOObject { Detached: false, Initialized: true } t && !TextClosed(t)) FlushPending(t);
                    else if (pass == 1 && o is Buffered { Detached: false, Initialized: true } b && !RawClosed(b)) b.FlushWrites();
                }
                catch (PyException) { }
            }
        }
    }

    // ------------------------------------------------------------------ _IOBase

    private static void SetupIOBase()
    {
        var t = IOBase;
        t.New = static (cls, a, kw) => new IOObject(cls);
        // The abstract bases computed their MRO (and inherited object's __new__) before this ran.
        RawIOBase.New = BufferedIOBase.New = TextIOBase.New = t.New;
        t.SetMethod("seek", static (a, kw) => throw Unsupported("seek"));
        t.SetMethod("tell", static (a, kw) => Ops.Invoke(a[0], "seek", PyInt.From(0), PyInt.From(1)));
        t.SetMethod("truncate", static (a, kw) => throw Unsupported("truncate"));
        t.SetMethod("flush", static (a, kw) => { if (IsClosed(a[0])) throw ClosedError(); return PyNone.Instance; });
        t.SetMethod("close", static (a, kw) =>
        {
            var o = (IOObject)a[0];
            if (o.IsClosed) return PyNone.Instance;
            try { Ops.Invoke(o, "flush"); }
            finally { o.IsClosed = true; }
            return PyNone.Instance;
        });
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(o is IOObject { IsClosed: true }));
        foreach (var name in new[] { "seekable", "readable", "writable" })
            t.SetMethod(name, static (a, kw) => PyBool.False);
        t.SetMethod("_checkClosed", static (a, kw) => { if (IsClosed(a[0])) throw ClosedError(); return PyNone.Instance; });
        t.SetMethod("_checkSeekable", static (a, kw) => { if (!Ops.Truth(Ops.Invoke(a[0], "seekable"))) throw Unsupported("File or stream is not seekable."); return PyBool.True; });
        t.SetMethod("_checkReadable", static (a, kw) => { if (!Ops.Truth(Ops.Invoke(a[0], "readable"))) throw Unsupported("File or stream is not readable."); return PyBool.True; });
        t.SetMethod("_checkWritable", static (a, kw) => { if (!Ops.Truth(Ops.Invoke(a[0], "writable"))) throw Unsupported("File or stream is not writable."); return PyBool.True; });
        t.SetMethod("fileno", static (a, kw) => throw Unsupported("fileno"));
        t.SetMethod("isatty", static (a, kw) => { if (IsClosed(a[0])) throw ClosedError(); return PyBool.False; });
        t.SetMethod("__enter__", static (a, kw) => { if (IsClosed(a[0])) throw ClosedError(); return a[0]; });
        t.SetMethod("__exit__", static (a, kw) => { Ops.Invoke(a[0], "close"); return PyNone.Instance; });
        t.SetMethod("__iter__", static (a, kw) => { if (IsClosed(a[0])) throw ClosedError(); return a[0]; });
        t.SetIterNext(static self =>
        {
            var line = Ops.Invoke(self, "readline");
            return Ops.Len(line) == 0 ? null : line;
        });
        t.SetMethod("readline", static (a, kw) =>
        {
            // Generic readline over peek()/read(1), as CPython's _IOBase.readline.
            long limit = SizeArg(Arg(a[1..], kw, 0, "size"));
            var self = a[0];
            var res = new List<byte>();
            bool hasPeek = self.Type.Lookup("peek") is not null;
            while (limit < 0 || res.Count < limit)
            {
                int n = 1;
                if (hasPeek)
                {
                    var pk = BytesMethods.AsBytes(Ops.Invoke(self, "peek", PyInt.From(1)));
                    if (pk.Length == 0) break;
                    int nl = Array.IndexOf(pk, (byte)'\n');
                    n = nl >= 0 ? nl + 1 : pk.Length;
                    if (limit >= 0) n = (int)Math.Min(n, limit - res.Count);
                }
                var b = Ops.Invoke(self, "read", PyInt.From(n));
                if (b is PyNone) break;
                var bytes = BytesMethods.AsBytes(b);
                if (bytes.Length == 0) break;
                res.AddRange(bytes);
                if (bytes[^1] == '\n') break;
            }
            return new PyBytes([.. res]);
        });
        t.SetMethod("readlines", static (a, kw) =>
        {
            long hint = SizeArg(Arg(a[1..], kw, 0, "hint"));
            var l = new PyList();
            long total = 0;
            var it = Ops.GetIter(a[0]);
            while (it.Next() is { } line)
            {
                l.Append(line);
                total += Ops.Len(line);
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        t.SetMethod("writelines", static (a, kw) =>
        {
            if (IsClosed(a[0])) throw ClosedError();
            var it = Ops.GetIter(a[1]);
            while (it.Next() is { } line) Ops.Invoke(a[0], "write", line);
            return PyNone.Instance;
        });
    }

    private static void SetupRawIOBase()
    {
        var t = RawIOBase;
        t.New = IOBase.New; // Python subclasses (io.RawIOBase, _compression.DecompressReader) are IOObjects too
        t.SetMethod("read", static (a, kw) =>
        {
            long n = SizeArg(Arg(a[1..], kw, 0, "size"));
            if (n < 0) return Ops.Invoke(a[0], "readall");
            var buf = new PyByteArray(new byte[n]);
            var got = Ops.Invoke(a[0], "readinto", buf);
            if (got is PyNone) return got;
            return new PyBytes(buf.Data.AsSpan(0, (int)Ops.IndexValue(got)).ToArray());
        });
        t.SetMethod("readall", static (a, kw) =>
        {
            var res = new List<byte>();
            while (true)
            {
                var chunk = Ops.Invoke(a[0], "read", PyInt.From(DefaultBufferSize));
                if (chunk is PyNone) return res.Count == 0 ? chunk : new PyBytes([.. res]);
                var b = BytesMethods.AsBytes(chunk);
                if (b.Length == 0) break;
                res.AddRange(b);
            }
            return new PyBytes([.. res]);
        });
        t.SetMethod("readinto", static (a, kw) => throw Errors.NotImplementedError("readinto"));
        t.SetMethod("write", static (a, kw) => throw Errors.NotImplementedError("write"));
    }

    private static void SetupBufferedIOBase()
    {
        var t = BufferedIOBase;
        t.New = IOBase.New;
        t.SetMethod("read", static (a, kw) => throw Unsupported("read"));
        t.SetMethod("read1", static (a, kw) => throw Unsupported("read1"));
        t.SetMethod("write", static (a, kw) => throw Unsupported("write"));
        t.SetMethod("detach", static (a, kw) => throw Unsupported("detach"));
        BuiltinFn readinto = static (a, kw) =>
        {
            int want = PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object").Length;
            var data = BytesMethods.AsBytes(Ops.Invoke(a[0], "read", PyInt.From(want)));
            if (data.Length > want) throw Errors.ValueError($"read() returned too much data: {want} bytes requested, {data.Length} returned");
            data.CopyTo(PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object"));
            return PyInt.From(data.Length);
        };
        t.SetMethod("readinto", readinto);
        t.SetMethod("readinto1", readinto);
    }

    private static void SetupTextIOBase()
    {
        var t = TextIOBase;
        t.New = IOBase.New;
        t.SetMethod("read", static (a, kw) => throw Unsupported("read"));
        t.SetMethod("readline", static (a, kw) => throw Unsupported("readline"));
        t.SetMethod("write", static (a, kw) => throw Unsupported("write"));
        t.SetMethod("detach", static (a, kw) => throw Unsupported("detach"));
        foreach (var name in new[] { "encoding", "newlines", "errors" })
            t.TypeDict[name] = new PyGetSetDescriptor(name, static o => PyNone.Instance);
    }

    // ------------------------------------------------------------------ open()

    public static PyObject Open(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("open", kw, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        var file = Arg(a, kw, 0, "file");
        if (file is PyNone && Args.Positional(a, kw) == 0 && Args.Kw(a, kw, "file") is null)
            throw Errors.TypeError("open() missing required argument 'file' (pos 1)");
        var modeObj = Arg(a, kw, 1, "mode", PyStr.From("r"));
        if (modeObj is not PyStr modeStr) throw Errors.TypeError($"open() argument 'mode' must be str, not {modeObj.Type.Name}");
        long buffering = Arg(a, kw, 2, "buffering", PyInt.From(-1)) is var bo && bo is PyNone ? -1 : Ops.IndexValue(bo);
        var encoding = Arg(a, kw, 3, "encoding");
        var errors = Arg(a, kw, 4, "errors");
        var newline = Arg(a, kw, 5, "newline");
        var closefd = Arg(a, kw, 6, "closefd", PyBool.True);
        var opener = Arg(a, kw, 7, "opener");
        if (file is not (PyStr or PyBytes or PyInt) && file.Type.Lookup("__fspath__") is null)
            throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");

        string mode = modeStr.V;
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (char c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw Errors.ValueError($"invalid mode: '{mode}'");
            }
            if (flag) throw Errors.ValueError($"invalid mode: '{mode}'");
            flag = true;
        }
        if (text && binary) throw Errors.ValueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw Errors.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding is not PyNone) throw Errors.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not PyNone) throw Errors.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not PyNone) throw Errors.ValueError("binary mode doesn't take a newline argument");

        string rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        var raw = NewFileIO(file, rawMode, Ops.Truth(closefd), opener);
        try
        {
            bool lineBuffering = buffering == 1 || (buffering < 0 && raw.IsATty());
            if (buffering == 1 || buffering < 0) buffering = DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw Errors.ValueError("can't have unbuffered text I/O");
            }
            var btype = updating ? BufferedRandomType : creating || writing || appending ? BufferedWriterType : BufferedReaderType;
            var buffer = NewBuffered(btype, raw, (int)buffering);
            if (binary) return buffer;
            var wrapper = NewTextIOWrapper(buffer, encoding, errors, newline, lineBuffering);
            wrapper.Dict!["mode"] = PyStr.From(mode);
            return wrapper;
        }
        catch
        {
            raw.CloseRaw();
            throw;
        }
    }
}
