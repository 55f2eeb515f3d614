namespace Herthon.Runtime;

/// <summary>BufferedReader/BufferedWriter/BufferedRandom: a read-ahead buffer and a write buffer over a
/// raw stream (any object with RawIOBase's methods; FileIO is called directly).</summary>
public sealed class Buffered(PyType type) : IOObject(type)
{
    public PyObject Raw = PyNone.Instance;
    public bool CanRead, CanWrite, Detached, Initialized;
    public int BufferSize = IoModule.DefaultBufferSize;
    public byte[] RBuf = [];
    public int RPos, RLen;
    public MemoryStream WBuf = new();

    public int Unread => RLen - RPos;

    /// <summary>Writes the pending bytes to the raw stream (flush without the closed check).</summary>
    public void FlushWrites()
    {
        if (WBuf.Length == 0) return;
        var data = WBuf.ToArray();
        WBuf.SetLength(0);
        int off = 0;
        while (off < data.Length)
        {
            int n;
            if (Raw is FileIOObject f) n = IoModule.RawWrite(f, off == 0 ? data : data[off..]);
            else
            {
                var r = Ops.Invoke(Raw, "write", new PyBytes(off == 0 ? data : data[off..]));
                if (r is PyNone)
                {
                    var blocked = Errors.NewException(TypeObjects.BlockingIOError, [PyInt.From(11), PyStr.From("write could not complete without blocking"), PyInt.From(off)]);
                    blocked.Dict!["characters_written"] = PyInt.From(off);
                    throw new PyException(blocked);
                }
                n = (int)Ops.IndexValue(r);
            }
            off += n;
        }
    }
}

/// <summary>BufferedRWPair: a reader and a writer buffer over two raw streams.</summary>
public sealed class BufferedPair(PyType type) : IOObject(type)
{
    public Buffered? Reader, Writer;
}

public static partial class IoModule
{
    public static readonly PyType BufferedReaderType;
    public static readonly PyType BufferedWriterType;
    public static readonly PyType BufferedRandomType;
    public static readonly PyType BufferedRWPairType;

    public static Buffered NewBuffered(PyType type, PyObject raw, int size)
    {
        var b = new Buffered(type);
        InitBuffered(b, raw, size);
        return b;
    }

    private static void InitBuffered(Buffered b, PyObject raw, int size)
    {
        bool read = ReferenceEquals(b.Type, BufferedReaderType) || b.Type.IsSubtypeOf(BufferedReaderType) || b.Type.IsSubtypeOf(BufferedRandomType);
        bool write = b.Type.IsSubtypeOf(BufferedWriterType) || b.Type.IsSubtypeOf(BufferedRandomType);
        if (read && !Ops.Truth(Ops.Invoke(raw, "readable"))) throw Unsupported("File or stream is not readable.");
        if (write && !Ops.Truth(Ops.Invoke(raw, "writable"))) throw Unsupported("File or stream is not writable.");
        if (b.Type.IsSubtypeOf(BufferedRandomType) && !Ops.Truth(Ops.Invoke(raw, "seekable"))) throw Unsupported("File or stream is not seekable.");
        if (size <= 0) throw Errors.ValueError("buffer size must be strictly positive");
        b.Raw = raw;
        b.CanRead = read;
        b.CanWrite = write;
        b.BufferSize = size;
        b.RBuf = read ? new byte[size] : [];
        b.RPos = b.RLen = 0;
        b.WBuf.SetLength(0);
        b.Detached = false;
        b.Initialized = true;
        if (write) TrackWriter(b);
    }

    private static Buffered Buf(PyObject o)
    {
        var b = o as Buffered ?? throw Errors.TypeError($"descriptor requires a buffered object but received a '{o.Type.Name}'");
        if (b.Detached) throw Errors.ValueError("raw stream has been detached");
        if (!b.Initialized) throw Errors.ValueError("I/O operation on uninitialized object");
        return b;
    }

    private static bool RawClosed(Buffered b) => b.Raw is IOObject io ? io.IsClosed : Ops.Truth(Ops.GetAttr(b.Raw, "closed"));

    private static Buffered BufOpen(PyObject o, string what)
    {
        var b = Buf(o);
        if (RawClosed(b)) throw Errors.ValueError(what);
        return b;
    }

    /// <summary>One read from the raw stream: the bytes (empty at EOF) or null when it would block.</summary>
    private static byte[]? RawChunk(Buffered b, int n)
    {
        if (b.Raw is FileIOObject f)
        {
            if (f.IsClosed) throw ClosedError();
            if (!f.Readable) throw Unsupported("File not open for reading");
            var buf = new byte[n];
            int got = RawRead(f, buf, n);
            return got == n ? buf : buf[..got];
        }
        var r = Ops.Invoke(b.Raw, "read", PyInt.From(n));
        return r is PyNone ? null : BytesMethods.AsBytes(r);
    }

    /// <summary>Before reading: pending writes go out first (BufferedRandom).</summary>
    private static void PrepareRead(Buffered b)
    {
        if (b.CanWrite && b.WBuf.Length > 0) b.FlushWrites();
    }

    /// <summary>Refills the read-ahead buffer once; false at EOF.</summary>
    private static bool Fill(Buffered b)
    {
        if (b.RPos > 0 && b.Unread > 0) Array.Copy(b.RBuf, b.RPos, b.RBuf, 0, b.Unread);
        b.RLen = b.Unread;
        b.RPos = 0;
        var chunk = RawChunk(b, b.BufferSize - b.RLen);
        if (chunk is null || chunk.Length == 0) return false;
        chunk.CopyTo(b.RBuf, b.RLen);
        b.RLen += chunk.Length;
        return true;
    }

    private static byte[] Take(Buffered b, int n)
    {
        var r = b.RBuf.AsSpan(b.RPos, n).ToArray();
        b.RPos += n;
        return r;
    }

    private static PyObject BRead(Buffered b, long n)
    {
        PrepareRead(b);
        if (n < 0)
        {
            var ms = new MemoryStream();
            ms.Write(b.RBuf, b.RPos, b.Unread);
            b.RPos = b.RLen = 0;
            while (true)
            {
                var chunk = RawChunk(b, Math.Max(b.BufferSize, DefaultBufferSize));
                if (chunk is null) { if (ms.Length == 0) return PyNone.Instance; break; }
                if (chunk.Length == 0) break;
                ms.Write(chunk);
            }
            return new PyBytes(ms.ToArray());
        }
        if (n <= b.Unread) return new PyBytes(Take(b, (int)n));
        var res = new MemoryStream();
        res.Write(b.RBuf, b.RPos, b.Unread);
        b.RPos = b.RLen = 0;
        while (res.Length < n)
        {
            long want = n - res.Length;
            if (want >= b.BufferSize)
            {
                var chunk = RawChunk(b, (int)want);
                if (chunk is null || chunk.Length == 0) break;
                res.Write(chunk);
            }
            else
            {
                if (!Fill(b)) break;
                int k = (int)Math.Min(want, b.Unread);
                res.Write(b.RBuf, b.RPos, k);
                b.RPos += k;
            }
        }
        return new PyBytes(res.ToArray());
    }

    private static byte[] BRead1(Buffered b, long n)
    {
        PrepareRead(b);
        if (n < 0) n = b.BufferSize;
        if (n == 0) return [];
        if (b.Unread == 0) Fill(b);
        return Take(b, (int)Math.Min(n, b.Unread));
    }

    private static byte[] BReadLine(Buffered b, long limit)
    {
        PrepareRead(b);
        var res = new MemoryStream();
        while (limit < 0 || res.Length < limit)
        {
            if (b.Unread == 0 && !Fill(b)) break;
            int avail = b.Unread;
            if (limit >= 0) avail = (int)Math.Min(avail, limit - res.Length);
            int nl = Array.IndexOf(b.RBuf, (byte)'\n', b.RPos, avail);
            int k = nl >= 0 ? nl - b.RPos + 1 : avail;
            res.Write(b.RBuf, b.RPos, k);
            b.RPos += k;
            if (nl >= 0) break;
        }
        return res.ToArray();
    }

    private static int BWrite(Buffered b, byte[] data)
    {
        if (b.Unread > 0)
        {
            // The raw position is ahead of ours by the read-ahead: move it back before writing.
            RawSeekAny(b, -b.Unread, 1);
        }
        b.RPos = b.RLen = 0;
        b.WBuf.Write(data);
        if (b.WBuf.Length >= b.BufferSize) b.FlushWrites();
        return data.Length;
    }

    private static long RawSeekAny(Buffered b, long pos, int whence) =>
        b.Raw is FileIOObject f ? (f.IsClosed ? throw ClosedError() : RawSeek(f, pos, whence)) : Ops.IndexValue(Ops.Invoke(b.Raw, "seek", PyInt.From(pos), PyInt.From(whence)));

    private static long BTell(Buffered b)
    {
        long raw = b.Raw is FileIOObject f ? (f.IsClosed ? throw ClosedError() : RawSeek(f, 0, 1)) : Ops.IndexValue(Ops.Invoke(b.Raw, "tell"));
        if (raw < 0) throw Errors.OSError("Raw stream returned invalid position " + raw);
        return raw - b.Unread + b.WBuf.Length;
    }

    private static long BSeek(Buffered b, long pos, int whence)
    {
        if (whence is < 0 or > 2) throw Errors.ValueError($"whence value {whence} unsupported");
        b.FlushWrites();
        if (whence == 1) pos -= b.Unread;
        b.RPos = b.RLen = 0;
        return RawSeekAny(b, pos, whence);
    }

    private static void BClose(Buffered b)
    {
        if (RawClosed(b)) return;
        try { if (b.CanWrite) b.FlushWrites(); }
        finally { Ops.Invoke(b.Raw, "close"); }
    }

    private static PyType SetupBuffered(string name, bool read, bool write)
    {
        var t = NewType(name, BufferedIOBase);
        SetConstructor(t, static cls => new Buffered(cls), static (o, a, kw) =>
        {
            Args.OnlyKw(o.Type.Name, kw, "raw", "buffer_size");
            var size = Arg(a, kw, 1, "buffer_size", PyInt.From(DefaultBufferSize));
            InitBuffered((Buffered)o, Arg(a, kw, 0, "raw"), (int)Ops.IndexValue(size));
        });
        t.TypeDict["raw"] = new PyGetSetDescriptor("raw", static o => Buf(o).Raw);
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(RawClosed(Buf(o))));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", static o => Ops.GetAttr(Buf(o).Raw, "name"));
        t.TypeDict["mode"] = new PyGetSetDescriptor("mode", static o => Ops.GetAttr(Buf(o).Raw, "mode"));
        foreach (var m in new[] { "readable", "writable", "seekable", "fileno", "isatty" })
        {
            string mn = m;
            t.SetMethod(mn, (a, kw) => Ops.Invoke(Buf(a[0]).Raw, mn));
        }
        t.SetMethod("close", static (a, kw) => { BClose(Buf(a[0])); return PyNone.Instance; });
        t.SetMethod("detach", static (a, kw) =>
        {
            var b = Buf(a[0]);
            if (b.CanWrite) b.FlushWrites();
            b.Detached = true;
            return b.Raw;
        });
        t.SetMethod("flush", static (a, kw) =>
        {
            var b = BufOpen(a[0], "flush of closed file");
            if (b.CanWrite) b.FlushWrites();
            return PyNone.Instance;
        });
        t.SetMethod("seek", static (a, kw) =>
        {
            var b = BufOpen(a[0], "seek of closed file");
            var posObj = Arg(a[1..], kw, 0, "target");
            if (posObj is PyFloat) throw Errors.TypeError("an integer is required");
            return PyInt.From(BSeek(b, Ops.IndexValue(posObj), (int)Ops.IndexValue(Arg(a[1..], kw, 1, "whence", PyInt.From(0)))));
        });
        t.SetMethod("tell", static (a, kw) => PyInt.From(BTell(Buf(a[0]))));
        t.SetMethod("truncate", static (a, kw) =>
        {
            var b = BufOpen(a[0], "truncate of closed file");
            if (!b.CanWrite) throw Unsupported("truncate");
            var posObj = Arg(a[1..], kw, 0, "pos");
            long here = BTell(b);
            b.FlushWrites();
            RawSeekAny(b, here, 0);
            b.RPos = b.RLen = 0;
            return Ops.Invoke(b.Raw, "truncate", posObj is PyNone ? PyInt.From(here) : posObj);
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var b = (Buffered)a[0];
            string tn = b.Type.IsBuiltin ? "_io." + b.Type.Name : b.Type.Module + "." + b.Type.QualName;
            PyObject? name = null;
            try { name = Ops.GetAttrOrNull(b.Raw, PyStr.From("name")); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.Exception)) { }
            return PyStr.From(name is null ? $"<{tn}>" : $"<{tn} name={Ops.Repr(name)}>");
        });
        if (read)
        {
            t.SetMethod("read", static (a, kw) => BRead(BufOpen(a[0], "read of closed file"), SizeArg(Arg(a[1..], kw, 0, "size"))));
            t.SetMethod("read1", static (a, kw) => new PyBytes(BRead1(BufOpen(a[0], "read of closed file"), SizeArg(Arg(a[1..], kw, 0, "size")))));
            t.SetMethod("peek", static (a, kw) =>
            {
                var b = BufOpen(a[0], "peek of closed file");
                PrepareRead(b);
                if (b.Unread == 0) Fill(b);
                return new PyBytes(b.RBuf.AsSpan(b.RPos, b.Unread).ToArray());
            });
            t.SetMethod("readline", static (a, kw) => new PyBytes(BReadLine(BufOpen(a[0], "readline of closed file"), SizeArg(Arg(a[1..], kw, 0, "size")))));
            t.SetIterNext(static self =>
            {
                var line = BReadLine(BufOpen(self, "readline of closed file"), -1);
                return line.Length == 0 ? null : new PyBytes(line);
            });
            BuiltinFn readinto = static (a, kw) =>
            {
                var b = BufOpen(a[0], "readinto of closed file");
                int want = PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object").Length;
                var data = BytesMethods.AsBytes(BRead(b, want));
                data.CopyTo(PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object"));
                return PyInt.From(data.Length);
            };
            t.SetMethod("readinto", readinto);
            t.SetMethod("readinto1", readinto);
        }
        if (write)
        {
            t.SetMethod("write", static (a, kw) =>
            {
                var b = BufOpen(a[0], "write to closed file");
                if (a[1] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
                return PyInt.From(BWrite(b, BytesMethods.AsBytes(a[1])));
            });
        }
        return t;
    }

    private static PyType SetupRWPair()
    {
        var t = NewType("BufferedRWPair", BufferedIOBase);
        SetConstructor(t, static cls => new BufferedPair(cls), static (o, a, kw) =>
        {
            var p = (BufferedPair)o;
            int size = (int)Ops.IndexValue(Arg(a, kw, 2, "buffer_size", PyInt.From(DefaultBufferSize)));
            p.Reader = NewBuffered(BufferedReaderType, Arg(a, kw, 0, "reader"), size);
            p.Writer = NewBuffered(BufferedWriterType, Arg(a, kw, 1, "writer"), size);
        });
        static BufferedPair P(PyObject o) => o is BufferedPair { Reader: not null } p ? p : throw Errors.ValueError("I/O operation on uninitialized object");
        foreach (var m in new[] { "read", "read1", "peek", "readline", "readinto", "readinto1", "__next__" })
        {
            string mn = m;
            t.SetMethod(mn, (a, kw) => { var p = P(a[0]); return Ops.Call(BufferedReaderType.Lookup(mn)!, [p.Reader!, .. a[1..]], kw); });
        }
        t.SetMethod("write", static (a, kw) => { var p = P(a[0]); return PyInt.From(BWrite(BufOpen(p.Writer!, "write to closed file"), BytesMethods.AsBytes(a[1]))); });
        t.SetMethod("flush", static (a, kw) => { P(a[0]).Writer!.FlushWrites(); return PyNone.Instance; });
        t.SetMethod("readable", static (a, kw) => Ops.Invoke(P(a[0]).Reader!.Raw, "readable"));
        t.SetMethod("writable", static (a, kw) => Ops.Invoke(P(a[0]).Writer!.Raw, "writable"));
        t.SetMethod("isatty", static (a, kw) => PyBool.From(Ops.Truth(Ops.Invoke(P(a[0]).Reader!.Raw, "isatty")) || Ops.Truth(Ops.Invoke(P(a[0]).Writer!.Raw, "isatty"))));
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(RawClosed(P(o).Writer!)));
        t.SetMethod("close", static (a, kw) =>
        {
            var p = P(a[0]);
            try { BClose(p.Writer!); }
            finally { BClose(p.Reader!); }
            return PyNone.Instance;
        });
        return t;
    }
}
