using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// `_bz2` over the system's libbzip2 (libbz2.so.1.0, the library CPython's _bz2 links), so compressed
/// bytes are identical to CPython's: BZ2Compressor and BZ2Decompressor with CPython's API and errors,
/// which CPython's bz2.py (BZ2File, open, compress, decompress) runs on.
/// </summary>
public static unsafe class Bz2Module
{
    private const string Lib = "libbz2.so.1.0";
    private const int BZ_RUN = 0, BZ_FINISH = 2;
    private const int BZ_OK = 0, BZ_RUN_OK = 1, BZ_FLUSH_OK = 2, BZ_FINISH_OK = 3, BZ_STREAM_END = 4, BZ_SEQUENCE_ERROR = -1,
        BZ_PARAM_ERROR = -2, BZ_MEM_ERROR = -3, BZ_DATA_ERROR = -4, BZ_DATA_ERROR_MAGIC = -5, BZ_IO_ERROR = -6,
        BZ_UNEXPECTED_EOF = -7, BZ_OUTBUFF_FULL = -8, BZ_CONFIG_ERROR = -9;

    [StructLayout(LayoutKind.Sequential)]
    private struct BzStream
    {
        public byte* next_in; public uint avail_in; public uint total_in_lo32; public uint total_in_hi32;
        public byte* next_out; public uint avail_out; public uint total_out_lo32; public uint total_out_hi32;
        public void* state; public void* bzalloc; public void* bzfree; public void* opaque;
    }

    [DllImport(Lib)] private static extern int BZ2_bzCompressInit(BzStream* s, int blockSize100k, int verbosity, int workFactor);
    [DllImport(Lib)] private static extern int BZ2_bzCompress(BzStream* s, int action);
    [DllImport(Lib)] private static extern int BZ2_bzCompressEnd(BzStream* s);
    [DllImport(Lib)] private static extern int BZ2_bzDecompressInit(BzStream* s, int verbosity, int small);
    [DllImport(Lib)] private static extern int BZ2_bzDecompress(BzStream* s);
    [DllImport(Lib)] private static extern int BZ2_bzDecompressEnd(BzStream* s);

    private static readonly PyType CompressorType = MakeCompressorType();
    private static readonly PyType DecompressorType = MakeDecompressorType();

    public static PyModule Create()
    {
        var m = new PyModule("_bz2");
        m.Add("BZ2Compressor", CompressorType);
        m.Add("BZ2Decompressor", DecompressorType);
        return m;
    }

    /// <summary>CPython's catch_bz2_error.</summary>
    private static int Check(int ret)
    {
        return ret switch
        {
            >= BZ_OK and <= BZ_STREAM_END => ret,
            BZ_PARAM_ERROR => throw Errors.ValueError("Internal error - invalid parameters passed to libbzip2"),
            BZ_MEM_ERROR => throw Errors.MemoryError(""),
            BZ_DATA_ERROR or BZ_DATA_ERROR_MAGIC => throw Errors.OSError("Invalid data stream"),
            BZ_IO_ERROR => throw Errors.OSError("Unknown I/O error"),
            BZ_UNEXPECTED_EOF => throw Errors.EOFError("Compressed file ended before the logical end-of-stream was detected"),
            BZ_SEQUENCE_ERROR => throw Errors.RuntimeError("Internal error - Invalid sequence of commands sent to libbzip2"),
            _ => throw Errors.OSError($"Unrecognized error from libbzip2: {ret}"),
        };
    }

    private sealed class Compressor : PyObject
    {
        private BzStream* _s = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        private bool _initialised;
        public bool Flushed;

        public Compressor(int level)
        {
            Check(BZ2_bzCompressInit(_s, level, 0, 0));
            _initialised = true;
        }

        ~Compressor()
        {
            if (_s is null) return;
            if (_initialised) BZ2_bzCompressEnd(_s);
            NativeMemory.Free(_s);
            _s = null;
        }

        public override PyType Type => CompressorType;

        /// <summary>Runs `action` over `data` until the input is used up (BZ_RUN) or the stream ends (BZ_FINISH).</summary>
        public byte[] Run(byte[] data, int action)
        {
            var output = new MemoryStream();
            var buf = new byte[64 * 1024];
            fixed (byte* ip = data)
            fixed (byte* op = buf)
            {
                _s->next_in = ip;
                _s->avail_in = (uint)data.Length;
                while (true)
                {
                    _s->next_out = op;
                    _s->avail_out = (uint)buf.Length;
                    int ret = Check(BZ2_bzCompress(_s, action));
                    output.Write(buf, 0, buf.Length - (int)_s->avail_out);
                    if (action == BZ_RUN && _s->avail_in == 0 && _s->avail_out != 0) break;
                    if (action == BZ_FINISH && ret == BZ_STREAM_END) break;
                }
                _s->next_in = null;
                _s->avail_in = 0;
            }
            return output.ToArray();
        }
    }

    private sealed class Decompressor : NativeDecompressor
    {
        private BzStream* _s = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        private bool _initialised;

        public Decompressor()
        {
            Check(BZ2_bzDecompressInit(_s, 0, 0));
            _initialised = true;
        }

        ~Decompressor()
        {
            if (_s is null) return;
            if (_initialised) BZ2_bzDecompressEnd(_s);
            NativeMemory.Free(_s);
            _s = null;
        }

        public override PyType Type => DecompressorType;

        protected override bool Step(byte* input, nuint inLen, byte* output, nuint outLen, out nuint inLeft, out nuint outLeft)
        {
            // libbzip2 counts in 32-bit lengths: feed at most 4 GiB a call.
            uint inNow = (uint)Math.Min(inLen, uint.MaxValue), outNow = (uint)Math.Min(outLen, uint.MaxValue);
            _s->next_in = input; _s->avail_in = inNow;
            _s->next_out = output; _s->avail_out = outNow;
            int ret = Check(BZ2_bzDecompress(_s));
            inLeft = inLen - inNow + _s->avail_in;
            outLeft = outLen - outNow + _s->avail_out;
            return ret == BZ_STREAM_END;
        }
    }

    private static PyType MakeCompressorType()
    {
        var t = new PyType("BZ2Compressor", [TypeObjects.Object], true) { Module = "_bz2" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("BZ2Compressor() takes no keyword arguments");
            if (a.Length > 1) throw Errors.TypeError($"BZ2Compressor expected at most 1 argument, got {a.Length}");
            long level = a.Length > 0 ? Ops.IndexValue(a[0]) : 9;
            if (level < 1 || level > 9) throw Errors.ValueError("compresslevel must be between 1 and 9");
            return new Compressor((int)level);
        };
        t.SetMethod("compress", static (a, kw) =>
        {
            Args.Method("compress", a, kw, 1, 1);
            var c = (Compressor)a[0];
            var data = BytesMethods.AsBytes(a[1]);
            lock (c)
            {
                if (c.Flushed) throw Errors.ValueError("Compressor has been flushed");
                return new PyBytes(c.Run(data, BZ_RUN));
            }
        });
        t.SetMethod("flush", static (a, kw) =>
        {
            Args.Method("flush", a, kw, 0, 0);
            var c = (Compressor)a[0];
            lock (c)
            {
                if (c.Flushed) throw Errors.ValueError("Repeated call to flush()");
                c.Flushed = true;
                return new PyBytes(c.Run([], BZ_FINISH));
            }
        });
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle '_bz2.BZ2Compressor' object"));
        return t;
    }

    private static PyType MakeDecompressorType()
    {
        var t = new PyType("BZ2Decompressor", [TypeObjects.Object], true) { Module = "_bz2" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("BZ2Decompressor() takes no keyword arguments");
            if (a.Length > 0) throw Errors.TypeError($"BZ2Decompressor expected 0 arguments, got {a.Length}");
            return new Decompressor();
        };
        NativeDecompressor.AddMembers(t);
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle '_bz2.BZ2Decompressor' object"));
        return t;
    }
}
