namespace Herthon.Runtime;

/// <summary>
/// The buffering CPython's _bz2 and _lzma decompressor objects share: decompress(data, max_length) with
/// eof, unused_data and needs_input, keeping input that could not be consumed because output was capped.
/// Subclasses supply one call of the native library's decode step.
/// </summary>
internal abstract unsafe class NativeDecompressor : PyObject
{
    private const int Chunk = 64 * 1024;
    public bool Eof, NeedsInput = true;
    public byte[] UnusedData = [];
    private byte[] _pending = [];

    /// <summary>One decode call: consumes from `input`, writes to `output`; returns true at the end of the stream.</summary>
    protected abstract bool Step(byte* input, nuint inLen, byte* output, nuint outLen, out nuint inLeft, out nuint outLeft);

    public byte[] Decompress(byte[] data, long maxLength)
    {
        if (Eof) throw Errors.EOFError("End of stream already reached");
        byte[] input = _pending.Length == 0 ? data : [.. _pending, .. data];
        var output = new MemoryStream();
        var buf = new byte[Chunk];
        int inPos = 0;
        bool outFull = false;
        int idle = 0;
        fixed (byte* ip = input)
        fixed (byte* op = buf)
        {
            while (true)
            {
                long room = maxLength < 0 ? Chunk : Math.Min(Chunk, maxLength - output.Length);
                if (room == 0) { outFull = true; break; }
                bool end = Step(ip + inPos, (nuint)(input.Length - inPos), op, (nuint)room, out nuint inLeft, out nuint outLeft);
                int consumed = input.Length - inPos - (int)inLeft, produced = (int)room - (int)outLeft;
                inPos += consumed;
                output.Write(buf, 0, produced);
                if (end) { Eof = true; break; }
                if (outLeft == 0) continue;          // more output may be waiting
                if (inLeft == 0) break;
                // A step may only report something (liblzma's NO_CHECK/GET_CHECK); liblzma itself fails a
                // stream that stops progressing, this bound only keeps a broken library from hanging us.
                idle = consumed == 0 && produced == 0 ? idle + 1 : 0;
                if (idle > 64) break;
            }
        }
        var rest = input.AsSpan(inPos);
        if (Eof)
        {
            NeedsInput = false;
            if (rest.Length > 0) UnusedData = [.. UnusedData, .. rest];
            _pending = [];
        }
        else if (rest.Length == 0)
        {
            _pending = [];
            // Output capped with all input consumed: the library may still hold output for the next call.
            NeedsInput = !outFull;
        }
        else
        {
            _pending = rest.ToArray();
            NeedsInput = false;
        }
        return output.ToArray();
    }

    /// <summary>decompress(data, max_length=-1) with CPython's argument handling.</summary>
    public static PyObject DecompressMethod(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = HashlibModule.Bind("decompress", a[1..], kw, ["data", "max_length"], 1);
        var data = BytesMethods.AsBytes(v[0]!);
        long max = v[1] is { } m ? Ops.IndexValue(m) : -1;
        var d = (NativeDecompressor)a[0];
        lock (d) return new PyBytes(d.Decompress(data, max));
    }

    public static void AddMembers(PyType t)
    {
        t.SetMethod("decompress", DecompressMethod);
        t.TypeDict["eof"] = new PyGetSetDescriptor("eof", o => PyBool.From(((NativeDecompressor)o).Eof));
        t.TypeDict["unused_data"] = new PyGetSetDescriptor("unused_data", o => new PyBytes(((NativeDecompressor)o).UnusedData));
        t.TypeDict["needs_input"] = new PyGetSetDescriptor("needs_input", o => PyBool.From(((NativeDecompressor)o).NeedsInput));
    }
}
