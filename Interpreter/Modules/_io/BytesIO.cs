namespace Herthon.Runtime;

/// <summary>_io.BytesIO: an in-memory binary stream.</summary>
public sealed class BytesIOObject(PyType type) : IOObject(type)
{
    public byte[] Buf = [];
    public int Size, Pos;
}

/// <summary>What getbuffer()'s memoryview reads: the live contents (BytesIO itself is no buffer, as in CPython).</summary>
internal sealed class BytesIOBuffer(BytesIOObject b) : PyObject, IBufferExporter
{
    public override PyType Type => b.Type;
    public Span<byte> Buffer => b.Buf.AsSpan(0, b.Size);
    public char BufferFormat => 'B';
    public int BufferItemSize => 1;
}

public static partial class IoModule
{
    public static readonly PyType BytesIOType;

    private static BytesIOObject Mem(PyObject o)
    {
        var b = o as BytesIOObject ?? throw Errors.TypeError($"descriptor requires a '_io.BytesIO' object but received a '{o.Type.Name}'");
        if (b.IsClosed) throw ClosedError();
        return b;
    }

    private static int MemWrite(BytesIOObject b, byte[] data)
    {
        int end = b.Pos + data.Length;
        if (end > b.Buf.Length) Array.Resize(ref b.Buf, Math.Max(end, b.Buf.Length * 2));
        // Writing past the end fills the gap with zero bytes.
        if (b.Pos > b.Size) Array.Clear(b.Buf, b.Size, b.Pos - b.Size);
        data.CopyTo(b.Buf, b.Pos);
        b.Pos = end;
        if (end > b.Size) b.Size = end;
        return data.Length;
    }

    private static byte[] MemRead(BytesIOObject b, long n)
    {
        int avail = Math.Max(0, b.Size - b.Pos);
        int take = n < 0 || n > avail ? avail : (int)n;
        var r = b.Buf.AsSpan(b.Pos, take).ToArray();
        b.Pos += take;
        return r;
    }

    private static byte[] MemReadLine(BytesIOObject b, long limit)
    {
        int avail = Math.Max(0, b.Size - b.Pos);
        int nl = avail == 0 ? -1 : Array.IndexOf(b.Buf, (byte)'\n', b.Pos, avail);
        int len = nl < 0 ? avail : nl - b.Pos + 1;
        if (limit >= 0 && len > limit) len = (int)limit;
        return MemRead(b, len);
    }

    private static PyType SetupBytesIO()
    {
        var t = NewType("BytesIO", BufferedIOBase);
        SetConstructor(t, static cls => new BytesIOObject(cls), static (o, a, kw) =>
        {
            Args.OnlyKw("BytesIO", kw, "initial_bytes");
            var b = (BytesIOObject)o;
            var init = Arg(a, kw, 0, "initial_bytes");
            b.Buf = init is PyNone ? [] : BytesMethods.AsBytes(init);
            b.Size = b.Buf.Length;
            b.Pos = 0;
        });
        t.SetMethod("getvalue", static (a, kw) => { var b = Mem(a[0]); return new PyBytes(b.Buf.AsSpan(0, b.Size).ToArray()); });
        t.SetMethod("getbuffer", static (a, kw) => PyMemoryView.New(new BytesIOBuffer(Mem(a[0]))));
        t.SetMethod("readable", static (a, kw) => { Mem(a[0]); return PyBool.True; });
        t.SetMethod("writable", static (a, kw) => { Mem(a[0]); return PyBool.True; });
        t.SetMethod("seekable", static (a, kw) => { Mem(a[0]); return PyBool.True; });
        t.SetMethod("flush", static (a, kw) => { Mem(a[0]); return PyNone.Instance; });
        t.SetMethod("isatty", static (a, kw) => { Mem(a[0]); return PyBool.False; });
        BuiltinFn read = static (a, kw) => new PyBytes(MemRead(Mem(a[0]), SizeArg(Arg(a[1..], kw, 0, "size"))));
        t.SetMethod("read", read);
        t.SetMethod("read1", read);
        t.SetMethod("readline", static (a, kw) => new PyBytes(MemReadLine(Mem(a[0]), SizeArg(Arg(a[1..], kw, 0, "size")))));
        t.SetMethod("readlines", static (a, kw) =>
        {
            var b = Mem(a[0]);
            long hint = SizeArg(Arg(a[1..], kw, 0, "size"));
            var l = new PyList();
            long total = 0;
            while (b.Pos < b.Size)
            {
                var line = MemReadLine(b, -1);
                l.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        BuiltinFn readinto = static (a, kw) =>
        {
            var b = Mem(a[0]);
            var target = PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object");
            var data = MemRead(b, target.Length);
            data.CopyTo(target);
            return PyInt.From(data.Length);
        };
        t.SetMethod("readinto", readinto);
        t.SetMethod("readinto1", readinto);
        t.SetMethod("write", static (a, kw) =>
        {
            var b = Mem(a[0]);
            if (a[1] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            return PyInt.From(MemWrite(b, BytesMethods.AsBytes(a[1])));
        });
        t.SetMethod("writelines", static (a, kw) =>
        {
            var b = Mem(a[0]);
            var it = Ops.GetIter(a[1]);
            while (it.Next() is { } x) MemWrite(b, BytesMethods.AsBytes(x));
            return PyNone.Instance;
        });
        t.SetMethod("seek", static (a, kw) =>
        {
            var b = Mem(a[0]);
            long pos = Ops.IndexValue(Arg(a[1..], kw, 0, "pos"));
            long whence = Ops.IndexValue(Arg(a[1..], kw, 1, "whence", PyInt.From(0)));
            if (whence == 0 && pos < 0) throw Errors.ValueError($"negative seek value {pos}");
            pos = whence switch
            {
                0 => pos,
                1 => Math.Max(0, b.Pos + pos),
                2 => Math.Max(0, b.Size + pos),
                _ => throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"),
            };
            b.Pos = (int)Math.Min(pos, int.MaxValue);
            return PyInt.From(b.Pos);
        });
        t.SetMethod("tell", static (a, kw) => PyInt.From(Mem(a[0]).Pos));
        t.SetMethod("truncate", static (a, kw) =>
        {
            var b = Mem(a[0]);
            var sizeObj = Arg(a[1..], kw, 0, "size");
            long size = sizeObj is PyNone ? b.Pos : Ops.IndexValue(sizeObj);
            if (size < 0) throw Errors.ValueError($"negative size value {size}");
            if (size < b.Size) b.Size = (int)size;
            return PyInt.From(size);
        });
        t.SetMethod("close", static (a, kw) => { ((IOObject)a[0]).IsClosed = true; return PyNone.Instance; });
        t.SetIterNext(static self =>
        {
            var line = MemReadLine(Mem(self), -1);
            return line.Length == 0 ? null : new PyBytes(line);
        });
        return t;
    }
}
