using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// The `zlib` module over the system's zlib (libz.so.1, Debian's zlib1g: the library CPython's own
/// zlib module links), so compressed bytes are identical to CPython's. Follows CPython's
/// Modules/zlibmodule.c: the same stream handling, flush modes, unused_data/unconsumed_tail/eof
/// bookkeeping and "Error N while ...: msg" errors.
/// </summary>
public static unsafe class ZlibModule
{
    private const string Lib = "libz.so.1";
    private const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3,
        Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    private const int Z_NO_FLUSH = 0, Z_SYNC_FLUSH = 2, Z_FINISH = 4;
    private const int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;

    /// <summary>zlib's z_stream on LP64 (112 bytes). Lives in native memory: zlib keeps a pointer back to it.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* next_in; public uint avail_in; public nuint total_in;
        public byte* next_out; public uint avail_out; public nuint total_out;
        public sbyte* msg; public void* state;
        public void* zalloc; public void* zfree; public void* opaque;
        public int data_type; public nuint adler; public nuint reserved;
    }

    [DllImport(Lib)] private static extern sbyte* zlibVersion();
    [DllImport(Lib)] private static extern int deflateInit2_(ZStream* s, int level, int method, int windowBits, int memLevel, int strategy, sbyte* version, int size);
    [DllImport(Lib)] private static extern int deflate(ZStream* s, int flush);
    [DllImport(Lib)] private static extern int deflateEnd(ZStream* s);
    [DllImport(Lib)] private static extern int deflateSetDictionary(ZStream* s, byte* dict, uint len);
    [DllImport(Lib)] private static extern int deflateCopy(ZStream* dest, ZStream* source);
    [DllImport(Lib)] private static extern int inflateInit2_(ZStream* s, int windowBits, sbyte* version, int size);
    [DllImport(Lib)] private static extern int inflate(ZStream* s, int flush);
    [DllImport(Lib)] private static extern int inflateEnd(ZStream* s);
    [DllImport(Lib)] private static extern int inflateSetDictionary(ZStream* s, byte* dict, uint len);
    [DllImport(Lib)] private static extern int inflateCopy(ZStream* dest, ZStream* source);
    [DllImport(Lib)] private static extern nuint crc32(nuint crc, byte* buf, uint len);
    [DllImport(Lib)] private static extern nuint adler32(nuint adler, byte* buf, uint len);

    private static PyType? s_error;
    private static readonly PyType CompressType = MakeCompressType();
    private static readonly PyType DecompressType = MakeDecompressType();

    public static PyModule Create()
    {
        var m = new PyModule("zlib");
        s_error ??= Errors.ModuleException("error", "zlib", TypeObjects.Exception);
        m.Add("error", s_error);
        string version = Marshal.PtrToStringUTF8((nint)zlibVersion()) ?? "";
        m.Add("ZLIB_VERSION", PyStr.From(version));
        m.Add("ZLIB_RUNTIME_VERSION", PyStr.From(version));
        foreach (var (name, value) in new (string, int)[]
        {
            ("MAX_WBITS", MAX_WBITS), ("DEFLATED", DEFLATED), ("DEF_MEM_LEVEL", DEF_MEM_LEVEL), ("DEF_BUF_SIZE", DEF_BUF_SIZE),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
            ("Z_BLOCK", 5), ("Z_TREES", 6),
        })
            m.Add(name, PyInt.From(value));

        m.AddFunction("crc32", static (a, kw) =>
        {
            Args.Count("crc32", a, kw, 1, 2);
            return PyInt.From((long)Checksum(BytesMethods.AsBytes(a[0]), a.Length > 1 ? Unsigned32(a[1]) : 0, adler: false));
        });
        m.AddFunction("adler32", static (a, kw) =>
        {
            Args.Count("adler32", a, kw, 1, 2);
            return PyInt.From((long)Checksum(BytesMethods.AsBytes(a[0]), a.Length > 1 ? Unsigned32(a[1]) : 1, adler: true));
        });
        m.AddFunction("compress", static (a, kw) =>
        {
            var p = new Params("compress", a, kw, ["data", "level", "wbits"], positionalOnly: 1);
            var data = BytesMethods.AsBytes(p.Required(0));
            int level = p.Int(1, -1), wbits = p.Int(2, MAX_WBITS);
            var c = new Stream(deflater: true);
            try
            {
                int init = c.InitDeflate(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0);
                if (init == Z_MEM_ERROR) throw Errors.MemoryError("Out of memory while compressing data");
                if (init == Z_STREAM_ERROR) throw Errors.Make(s_error!, "Bad compression level");
                c.Check(init, "while compressing data");
                var output = c.Run(data, Z_FINISH, 0, out int err);
                if (err != Z_STREAM_END) throw c.Error(err, "while compressing data");
                return new PyBytes(output);
            }
            finally { c.End(); }
        });
        m.AddFunction("decompress", static (a, kw) =>
        {
            var p = new Params("decompress", a, kw, ["data", "wbits", "bufsize"], positionalOnly: 1);
            var data = BytesMethods.AsBytes(p.Required(0));
            int wbits = p.Int(1, MAX_WBITS);
            if (p.Int(2, DEF_BUF_SIZE) < 0) throw Errors.ValueError("bufsize must be non-negative");
            var d = new Stream(deflater: false);
            try
            {
                int init = d.InitInflate(wbits);
                if (init == Z_MEM_ERROR) throw Errors.MemoryError("Out of memory while decompressing data");
                d.Check(init, "while preparing to decompress data");
                var output = d.Run(data, Z_NO_FLUSH, 0, out int err);
                if (err != Z_STREAM_END)
                    throw d.Error(err == Z_OK ? Z_BUF_ERROR : err, "while decompressing data");
                return new PyBytes(output);
            }
            finally { d.End(); }
        });
        m.AddFunction("compressobj", static (a, kw) =>
        {
            var p = new Params("compressobj", a, kw, ["level", "method", "wbits", "memLevel", "strategy", "zdict"], positionalOnly: 0);
            var c = new Stream(deflater: true) { ObjType = CompressType };
            c.Check(c.InitDeflate(p.Int(0, -1), p.Int(1, DEFLATED), p.Int(2, MAX_WBITS), p.Int(3, DEF_MEM_LEVEL), p.Int(4, 0)),
                "while creating compression object", init: true);
            if (p.Get(5) is { } zdict and not PyNone) c.SetDictionary(BytesMethods.AsBytes(zdict));
            return c;
        });
        m.AddFunction("decompressobj", static (a, kw) =>
        {
            var p = new Params("decompressobj", a, kw, ["wbits", "zdict"], positionalOnly: 0);
            var d = new Stream(deflater: false) { ObjType = DecompressType };
            if (p.Get(1) is { } zdict)
            {
                if (zdict is not (PyBytes or PyByteArray)) throw Errors.TypeError("zdict argument must support the buffer protocol");
                d.Zdict = BytesMethods.AsBytes(zdict);
            }
            int wbits = p.Int(0, MAX_WBITS);
            d.Check(d.InitInflate(wbits), "while creating decompression object", init: true);
            // A raw stream never asks for its dictionary: set it now, as CPython does.
            if (d.Zdict is not null && wbits < 0) d.SetDictionary(d.Zdict);
            return d;
        });
        return m;
    }

    private static uint Unsigned32(PyObject o) => (uint)(Ops.ToPyInt(o).ToBig() & uint.MaxValue);

    private static uint Checksum(byte[] data, uint value, bool adler)
    {
        nuint v = value;
        fixed (byte* p = data)
        {
            // zlib takes 32-bit lengths: feed large buffers in chunks.
            for (int off = 0; off < data.Length || off == 0; off += int.MaxValue / 2)
            {
                uint len = (uint)Math.Min(data.Length - off, int.MaxValue / 2);
                v = adler ? adler32(v, p + off, len) : crc32(v, p + off, len);
                if (data.Length == 0) break;
            }
        }
        return (uint)v;
    }

    /// <summary>Positional-or-keyword argument access with CPython's messages.</summary>
    private readonly ref struct Params
    {
        private readonly ReadOnlySpan<PyObject> _a;
        private readonly string[]? _kw;
        private readonly string[] _names;
        private readonly string _fn;
        private readonly int _npos;

        public Params(string fn, ReadOnlySpan<PyObject> a, string[]? kw, string[] names, int positionalOnly)
        {
            _fn = fn; _a = a; _kw = kw; _names = names;
            _npos = Args.Positional(a, kw);
            if (_npos > names.Length)
                throw Errors.TypeError($"{fn}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({_npos} given)");
            if (kw is null) return;
            foreach (var k in kw)
            {
                int i = Array.IndexOf(names, k);
                if (i < 0 || i < positionalOnly) throw Errors.TypeError($"{fn}() got an unexpected keyword argument '{k}'");
                if (i < _npos) throw Errors.TypeError($"argument for {fn}() given by name ('{k}') and position ({i + 1})");
            }
        }

        public PyObject? Get(int i) => i < _npos ? _a[i] : Args.Kw(_a, _kw, _names[i]);
        public PyObject Required(int i) => Get(i) ?? throw Errors.TypeError($"{_fn}() missing required argument '{_names[i]}' (pos {i + 1})");
        public int Int(int i, int dflt)
        {
            if (Get(i) is not { } v) return dflt;
            if (v is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            long x = Ops.IndexValue(v);
            if (x > int.MaxValue) throw Errors.OverflowError("signed integer is greater than maximum");
            if (x < int.MinValue) throw Errors.OverflowError("signed integer is less than minimum");
            return (int)x;
        }
    }

    /// <summary>One zlib stream: a Compress or Decompress object, or the temporary of compress()/decompress().</summary>
    private sealed class Stream : PyObject
    {
        private ZStream* _z;
        private readonly bool _deflater;
        private bool _initialised;
        public PyType ObjType = TypeObjects.Object;
        public byte[] UnusedData = [], UnconsumedTail = [];
        public bool Eof;
        public byte[]? Zdict;

        public Stream(bool deflater)
        {
            _deflater = deflater;
            _z = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        }

        ~Stream()
        {
            if (_z is null) return;
            if (_initialised) { if (_deflater) deflateEnd(_z); else inflateEnd(_z); }
            NativeMemory.Free(_z);
            _z = null;
        }

        public override PyType Type => ObjType;

        public int InitDeflate(int level, int method, int wbits, int memLevel, int strategy)
        {
            int err = deflateInit2_(_z, level, method, wbits, memLevel, strategy, zlibVersion(), sizeof(ZStream));
            _initialised = err == Z_OK;
            return err;
        }

        public int InitInflate(int wbits)
        {
            int err = inflateInit2_(_z, wbits, zlibVersion(), sizeof(ZStream));
            _initialised = err == Z_OK;
            return err;
        }

        public void End()
        {
            if (!_initialised) return;
            if (_deflater) deflateEnd(_z); else inflateEnd(_z);
            _initialised = false;
        }

        public void SetDictionary(byte[] dict)
        {
            int err;
            fixed (byte* d = dict) err = _deflater ? deflateSetDictionary(_z, d, (uint)dict.Length) : inflateSetDictionary(_z, d, (uint)dict.Length);
            if (err != Z_OK)
            {
                if (!_deflater && err == Z_STREAM_ERROR) throw Errors.ValueError("Invalid dictionary");
                throw Error(err, "while setting zdict");
            }
        }

        public void Check(int err, string what, bool init = false)
        {
            if (err == Z_OK) return;
            if (init && err == Z_MEM_ERROR) throw Errors.MemoryError("Can't allocate memory for " + (_deflater ? "compression" : "decompression") + " object");
            if (init && err == Z_STREAM_ERROR) throw Errors.ValueError("Invalid initialization option");
            throw Error(err, what);
        }

        /// <summary>CPython's zlib_error: "Error N what[: message]".</summary>
        public PyException Error(int err, string what)
        {
            string? zmsg = err == Z_VERSION_ERROR ? "library version mismatch"
                : _z is not null && _z->msg is not null ? Marshal.PtrToStringUTF8((nint)_z->msg) : null;
            zmsg ??= err switch
            {
                Z_BUF_ERROR => "incomplete or truncated stream",
                Z_STREAM_ERROR => "inconsistent stream state",
                Z_DATA_ERROR => "invalid input data",
                _ => null,
            };
            string text = zmsg is null ? $"Error {err} {what}" : $"Error {err} {what}: {zmsg}";
            return Errors.Make(s_error!, text);
        }

        /// <summary>
        /// Feeds `input` through deflate/inflate with `flush`, collecting output until the input is
        /// consumed and zlib stops producing (or `maxLength` output bytes, when positive). Returns the
        /// output; `err` is zlib's last status; Consumed tells how much input was used.
        /// </summary>
        public byte[] Run(byte[] input, int flush, int maxLength, out int err)
        {
            var output = new List<byte>();
            var chunk = new byte[DEF_BUF_SIZE];
            err = Z_OK;
            fixed (byte* inp = input)
            fixed (byte* outp = chunk)
            {
                _z->next_in = inp;
                _z->avail_in = (uint)input.Length;
                while (true)
                {
                    int room = chunk.Length;
                    if (maxLength > 0) room = Math.Min(room, maxLength - output.Count);
                    if (room == 0) break;
                    _z->next_out = outp;
                    _z->avail_out = (uint)room;
                    err = _deflater ? deflate(_z, flush) : inflate(_z, flush);
                    if (!_deflater && err == Z_NEED_DICT && Zdict is not null)
                    {
                        int produced0 = room - (int)_z->avail_out;
                        for (int i = 0; i < produced0; i++) output.Add(chunk[i]);
                        SetDictionary(Zdict);
                        continue;
                    }
                    int produced = room - (int)_z->avail_out;
                    for (int i = 0; i < produced; i++) output.Add(chunk[i]);
                    if (err is not (Z_OK or Z_BUF_ERROR)) break;
                    // Done when zlib left output room unused (it has nothing more to say for this input).
                    if (_z->avail_out != 0) break;
                }
                Consumed = input.Length - (int)_z->avail_in;
                _z->next_in = null;
                _z->avail_in = 0;
            }
            return output.ToArray();
        }

        public int Consumed;

        public bool Initialised => _initialised;

        public Stream CopyStream()
        {
            if (!_initialised) throw Errors.ValueError("Inconsistent stream state");
            var copy = new Stream(_deflater) { ObjType = ObjType, UnusedData = UnusedData, UnconsumedTail = UnconsumedTail, Eof = Eof, Zdict = Zdict };
            int err = _deflater ? deflateCopy(copy._z, _z) : inflateCopy(copy._z, _z);
            if (err == Z_STREAM_ERROR) throw Errors.ValueError("Inconsistent stream state");
            if (err == Z_MEM_ERROR) throw Errors.MemoryError("Can't allocate memory for " + (_deflater ? "compression" : "decompression") + " object");
            if (err != Z_OK) throw Error(err, _deflater ? "while copying compression object" : "while copying decompression object");
            copy._initialised = true;
            return copy;
        }
    }

    private static PyType MakeCompressType()
    {
        var t = new PyType("Compress", [TypeObjects.Object], true) { Module = "zlib" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'zlib.Compress' instances");
        static Stream S(ReadOnlySpan<PyObject> a) => (Stream)a[0];
        t.SetMethod("compress", static (a, kw) =>
        {
            Args.Method("compress", a, kw, 1, 1);
            var c = S(a);
            if (!c.Initialised) throw c.Error(Z_STREAM_ERROR, "while compressing data");
            var output = c.Run(BytesMethods.AsBytes(a[1]), Z_NO_FLUSH, 0, out int err);
            if (err is not (Z_OK or Z_BUF_ERROR)) throw c.Error(err, "while compressing data");
            return new PyBytes(output);
        });
        t.SetMethod("flush", static (a, kw) =>
        {
            Args.Method("flush", a, kw, 0, 1);
            var c = S(a);
            int mode = a.Length > 1 ? (int)Ops.IndexValue(a[1]) : Z_FINISH;
            if (mode == Z_NO_FLUSH) return new PyBytes([]);   // CPython: flushing with Z_NO_FLUSH is a no-op
            if (!c.Initialised) throw c.Error(Z_STREAM_ERROR, "while flushing");
            var output = c.Run([], mode, 0, out int err);
            if (err == Z_STREAM_END && mode == Z_FINISH) c.End();
            else if (err is not (Z_OK or Z_BUF_ERROR)) throw c.Error(err, "while flushing");
            return new PyBytes(output);
        });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return S(a).CopyStream(); });
        t.SetMethod("__copy__", static (a, kw) => S(a).CopyStream());
        t.SetMethod("__deepcopy__", static (a, kw) => S(a).CopyStream());
        return t;
    }

    private static PyType MakeDecompressType()
    {
        var t = new PyType("Decompress", [TypeObjects.Object], true) { Module = "zlib" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'zlib.Decompress' instances");
        static Stream S(ReadOnlySpan<PyObject> a) => (Stream)a[0];
        t.SetMethod("decompress", static (a, kw) =>
        {
            var p = new Params("decompress", a[1..], kw, ["data", "max_length"], positionalOnly: 1);
            var d = S(a);
            var input = BytesMethods.AsBytes(p.Required(0));
            int max = p.Int(1, 0);
            if (max < 0) throw Errors.ValueError("max_length must be non-negative");
            if (!d.Initialised) throw d.Error(Z_STREAM_ERROR, "while decompressing data");
            var output = d.Run(input, Z_SYNC_FLUSH, max, out int err);
            SaveUnconsumed(d, input, err);
            if (err == Z_STREAM_END) { d.Eof = true; d.End(); }
            else if (err is not (Z_OK or Z_BUF_ERROR)) throw d.Error(err, "while decompressing data");
            return new PyBytes(output);
        });
        t.SetMethod("flush", static (a, kw) =>
        {
            Args.Method("flush", a, kw, 0, 1);
            var d = S(a);
            long length = a.Length > 1 ? Ops.IndexValue(a[1]) : DEF_BUF_SIZE;
            if (length <= 0) throw Errors.ValueError("length must be greater than zero");
            if (!d.Initialised) return new PyBytes([]);
            var input = d.UnconsumedTail;
            var output = d.Run(input, Z_FINISH, 0, out int err);
            SaveUnconsumed(d, input, err);
            if (err == Z_STREAM_END) { d.Eof = true; d.End(); }
            else if (err is not (Z_OK or Z_BUF_ERROR)) throw d.Error(err, "while flushing");
            return new PyBytes(output);
        });
        t.SetMethod("copy", static (a, kw) => { Args.Method("copy", a, kw, 0, 0); return S(a).CopyStream(); });
        t.SetMethod("__copy__", static (a, kw) => S(a).CopyStream());
        t.SetMethod("__deepcopy__", static (a, kw) => S(a).CopyStream());
        t.TypeDict["unused_data"] = new PyGetSetDescriptor("unused_data", o => new PyBytes(((Stream)o).UnusedData));
        t.TypeDict["unconsumed_tail"] = new PyGetSetDescriptor("unconsumed_tail", o => new PyBytes(((Stream)o).UnconsumedTail));
        t.TypeDict["eof"] = new PyGetSetDescriptor("eof", o => PyBool.From(((Stream)o).Eof));
        return t;
    }

    /// <summary>CPython's save_unconsumed_input: input after the stream's end is added to unused_data,
    /// and whatever input is left is (also) the unconsumed_tail.</summary>
    private static void SaveUnconsumed(Stream d, byte[] input, int err)
    {
        var rest = input.AsSpan(d.Consumed);
        if (err == Z_STREAM_END && rest.Length > 0) d.UnusedData = [.. d.UnusedData, .. rest];
        // Output capped: the rest waits in unconsumed_tail; all consumed: the tail is cleared.
        if (rest.Length > 0 || d.UnconsumedTail.Length > 0) d.UnconsumedTail = rest.ToArray();
    }
}
