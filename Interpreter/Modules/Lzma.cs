using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// `_lzma` over the system's liblzma (liblzma.so.5, the library CPython's _lzma links), so compressed
/// bytes are identical to CPython's: LZMACompressor/LZMADecompressor for FORMAT_XZ, FORMAT_ALONE,
/// FORMAT_RAW (and FORMAT_AUTO decoding), filter chain specifiers (LZMA1/2, delta, BCJ) and the
/// filter-properties helpers lzma.py and zipfile use. Follows CPython's Modules/_lzmamodule.c.
/// </summary>
public static unsafe class LzmaModule
{
    private const string Lib = "liblzma.so.5";
    private const int LZMA_RUN = 0, LZMA_FINISH = 3;
    private const int LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_UNSUPPORTED_CHECK = 3, LZMA_GET_CHECK = 4,
        LZMA_MEM_ERROR = 5, LZMA_MEMLIMIT_ERROR = 6, LZMA_FORMAT_ERROR = 7, LZMA_OPTIONS_ERROR = 8, LZMA_DATA_ERROR = 9,
        LZMA_BUF_ERROR = 10, LZMA_PROG_ERROR = 11;
    private const uint TELL_NO_CHECK = 0x01, TELL_ANY_CHECK = 0x04;
    private const int FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
    private const int CHECK_NONE = 0, CHECK_CRC32 = 1, CHECK_CRC64 = 4, CHECK_SHA256 = 10, CHECK_ID_MAX = 15, CHECK_UNKNOWN = 16;
    private const ulong FILTER_LZMA1 = 0x4000000000000001, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03,
        FILTER_X86 = 0x04, FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07, FILTER_ARMTHUMB = 0x08, FILTER_SPARC = 0x09;
    private const ulong VLI_UNKNOWN = ulong.MaxValue;
    private const uint PRESET_DEFAULT = 6, PRESET_EXTREME = 0x80000000;
    // lzma_stream is 136 bytes and lzma_options_lzma 112 on LP64 (liblzma 5.4); both get room to spare.
    private const int StreamBytes = 256, OptionsBytes = 256;

    [StructLayout(LayoutKind.Sequential)]
    private struct LzmaStream
    {
        public byte* next_in; public nuint avail_in; public ulong total_in;
        public byte* next_out; public nuint avail_out; public ulong total_out;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Filter { public ulong id; public void* options; }

    [DllImport(Lib)] private static extern int lzma_easy_encoder(LzmaStream* s, uint preset, int check);
    [DllImport(Lib)] private static extern int lzma_stream_encoder(LzmaStream* s, Filter* filters, int check);
    [DllImport(Lib)] private static extern int lzma_alone_encoder(LzmaStream* s, void* options);
    [DllImport(Lib)] private static extern int lzma_raw_encoder(LzmaStream* s, Filter* filters);
    [DllImport(Lib)] private static extern int lzma_auto_decoder(LzmaStream* s, ulong memlimit, uint flags);
    [DllImport(Lib)] private static extern int lzma_stream_decoder(LzmaStream* s, ulong memlimit, uint flags);
    [DllImport(Lib)] private static extern int lzma_alone_decoder(LzmaStream* s, ulong memlimit);
    [DllImport(Lib)] private static extern int lzma_raw_decoder(LzmaStream* s, Filter* filters);
    [DllImport(Lib)] private static extern int lzma_code(LzmaStream* s, int action);
    [DllImport(Lib)] private static extern void lzma_end(LzmaStream* s);
    [DllImport(Lib)] private static extern int lzma_get_check(LzmaStream* s);
    [DllImport(Lib)] private static extern byte lzma_check_is_supported(int check);
    [DllImport(Lib)] private static extern byte lzma_lzma_preset(void* options, uint preset);
    [DllImport(Lib)] private static extern int lzma_properties_size(uint* size, Filter* filter);
    [DllImport(Lib)] private static extern int lzma_properties_encode(Filter* filter, byte* props);
    [DllImport(Lib)] private static extern int lzma_properties_decode(Filter* filter, void* allocator, byte* props, nuint size);
    [DllImport("libc.so.6")] private static extern void free(void* p);

    private static PyType? s_error;
    private static PyType Error => s_error ??= Errors.ModuleException("LZMAError", "_lzma", TypeObjects.Exception);
    private static readonly PyType CompressorType = MakeCompressorType();
    private static readonly PyType DecompressorType = MakeDecompressorType();

    public static PyModule Create()
    {
        var m = new PyModule("_lzma");
        m.Add("LZMAError", Error);
        m.Add("LZMACompressor", CompressorType);
        m.Add("LZMADecompressor", DecompressorType);
        foreach (var (name, value) in new (string, long)[]
        {
            ("FORMAT_AUTO", FORMAT_AUTO), ("FORMAT_XZ", FORMAT_XZ), ("FORMAT_ALONE", FORMAT_ALONE), ("FORMAT_RAW", FORMAT_RAW),
            ("CHECK_NONE", CHECK_NONE), ("CHECK_CRC32", CHECK_CRC32), ("CHECK_CRC64", CHECK_CRC64), ("CHECK_SHA256", CHECK_SHA256),
            ("CHECK_ID_MAX", CHECK_ID_MAX), ("CHECK_UNKNOWN", CHECK_UNKNOWN),
            ("FILTER_LZMA2", (long)FILTER_LZMA2), ("FILTER_DELTA", (long)FILTER_DELTA), ("FILTER_X86", (long)FILTER_X86),
            ("FILTER_POWERPC", (long)FILTER_POWERPC), ("FILTER_IA64", (long)FILTER_IA64), ("FILTER_ARM", (long)FILTER_ARM),
            ("FILTER_ARMTHUMB", (long)FILTER_ARMTHUMB), ("FILTER_SPARC", (long)FILTER_SPARC), ("FILTER_LZMA1", (long)FILTER_LZMA1),
            ("MF_HC3", 0x03), ("MF_HC4", 0x04), ("MF_BT2", 0x12), ("MF_BT3", 0x13), ("MF_BT4", 0x14),
            ("MODE_FAST", 1), ("MODE_NORMAL", 2), ("PRESET_DEFAULT", PRESET_DEFAULT), ("PRESET_EXTREME", PRESET_EXTREME),
        })
            m.Add(name, PyInt.From(value));
        m.AddFunction("is_check_supported", static (a, kw) =>
        {
            Args.Count("is_check_supported", a, kw, 1, 1);
            return PyBool.From(lzma_check_is_supported((int)Ops.IndexValue(a[0])) != 0);
        });
        m.AddFunction("_encode_filter_properties", static (a, kw) =>
        {
            Args.Count("_encode_filter_properties", a, kw, 1, 1);
            var chain = new FilterChain();
            try
            {
                chain.Add(a[0]);
                uint size;
                Check(lzma_properties_size(&size, chain.Ptr));
                var props = new byte[size];
                fixed (byte* p = props) Check(lzma_properties_encode(chain.Ptr, p));
                return new PyBytes(props);
            }
            finally { chain.Free(); }
        });
        m.AddFunction("_decode_filter_properties", static (a, kw) =>
        {
            Args.Count("_decode_filter_properties", a, kw, 2, 2);
            ulong id = (ulong)Ops.ToPyInt(a[0]).ToBig();
            var props = BytesMethods.AsBytes(a[1]);
            Filter f = new() { id = id };
            fixed (byte* p = props) Check(lzma_properties_decode(&f, null, p, (nuint)props.Length));
            try { return FilterSpec(f); }
            finally { free(f.options); }
        });
        return m;
    }

    /// <summary>CPython's catch_lzma_error: the non-error statuses pass through.</summary>
    private static int Check(int ret) => ret switch
    {
        LZMA_OK or LZMA_GET_CHECK or LZMA_NO_CHECK or LZMA_STREAM_END => ret,
        LZMA_UNSUPPORTED_CHECK => throw Errors.Make(Error, "Unsupported integrity check"),
        LZMA_MEM_ERROR => throw Errors.MemoryError(""),
        LZMA_MEMLIMIT_ERROR => throw Errors.Make(Error, "Memory usage limit exceeded"),
        LZMA_FORMAT_ERROR => throw Errors.Make(Error, "Input format not supported by decoder"),
        LZMA_OPTIONS_ERROR => throw Errors.Make(Error, "Invalid or unsupported options"),
        LZMA_DATA_ERROR => throw Errors.Make(Error, "Corrupt input data"),
        LZMA_BUF_ERROR => throw Errors.Make(Error, "Insufficient buffer space"),
        LZMA_PROG_ERROR => throw Errors.Make(Error, "Internal error"),
        _ => throw Errors.Make(Error, $"Unrecognized error from liblzma: {ret}"),
    };

    /// <summary>A filter chain parsed from Python specifiers into native lzma_filter structs.</summary>
    private sealed class FilterChain
    {
        private readonly Filter* _filters = (Filter*)NativeMemory.AllocZeroed(5, (nuint)sizeof(Filter));
        public int Count;
        public Filter* Ptr => _filters;

        public FilterChain() { _filters[0].id = VLI_UNKNOWN; }

        public void Free()
        {
            for (int i = 0; i < Count; i++) NativeMemory.Free(_filters[i].options);
            NativeMemory.Free(_filters);
        }

        public static FilterChain Parse(PyObject specs)
        {
            var chain = new FilterChain();
            try
            {
                long n = Ops.Len(specs);
                if (n > 4) throw Errors.ValueError("Too many filters - liblzma supports a maximum of 4");
                for (long i = 0; i < n; i++) chain.Add(Ops.GetItem(specs, PyInt.From(i)));
                return chain;
            }
            catch { chain.Free(); throw; }
        }

        /// <summary>CPython's parse_filter_spec.</summary>
        public void Add(PyObject spec)
        {
            if (spec is not PyDict && spec.Type.Lookup("keys") is null)
                throw Errors.TypeError("Filter specifier must be a dict or dict-like object");
            var keys = new List<string>();
            var it = Ops.GetIter(Ops.Call(Ops.GetAttr(spec, "keys")));
            PyObject? Get(string key)
            {
                try { return Ops.GetItem(spec, PyStr.From(key)); }
                catch (PyException e) when (Ops.IsInstance(e.Value, TypeObjects.KeyError)) { return null; }
            }
            while (it.Next() is { } key) keys.Add(key is PyStr ks ? ks.V : "\0");
            var idObj = Get("id") ?? throw Errors.ValueError("Filter specifier must have an \"id\" entry");
            ulong id = (ulong)Ops.ToPyInt(idObj).ToBig();
            // The slot is taken (and freed with the chain) before its options are filled in.
            void* options = NativeMemory.AllocZeroed(OptionsBytes);
            _filters[Count].options = options;
            _filters[Count].id = id;
            Count++;
            _filters[Count].id = VLI_UNKNOWN;
            string[] allowed;
            string kind;
            if (id is FILTER_LZMA1 or FILTER_LZMA2)
            {
                allowed = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];
                kind = "LZMA filter";
                uint preset = Get("preset") is { } p ? (uint)Ops.IndexValue(p) : PRESET_DEFAULT;
                if (lzma_lzma_preset(options, preset) != 0) throw Errors.Make(Error, $"Invalid compression preset: {preset}");
                foreach (var (name, offset) in new[] { ("dict_size", 0), ("lc", 20), ("lp", 24), ("pb", 28), ("mode", 32), ("nice_len", 36), ("mf", 40), ("depth", 44) })
                    if (Get(name) is { } v) *(uint*)((byte*)options + offset) = UInt32(v, kind);
            }
            else if (id == FILTER_DELTA)
            {
                allowed = ["id", "dist"];
                kind = "delta filter";
                *(uint*)((byte*)options + 4) = Get("dist") is { } d ? UInt32(d, kind) : 1;   // type 0 = LZMA_DELTA_TYPE_BYTE
            }
            else if (id is >= FILTER_X86 and <= FILTER_SPARC)
            {
                allowed = ["id", "start_offset"];
                kind = "BCJ filter";
                *(uint*)options = Get("start_offset") is { } so ? UInt32(so, kind) : 0;
            }
            else throw Errors.ValueError($"Invalid filter ID: {id}");
            foreach (var key in keys)
                if (Array.IndexOf(allowed, key) < 0) throw Errors.ValueError($"Invalid filter specifier for {kind}");
        }

        private static uint UInt32(PyObject v, string kind)
        {
            if (v is not PyInt i || i.Sign < 0 || i.ToBig() > uint.MaxValue) throw Errors.ValueError($"Invalid filter specifier for {kind}");
            return (uint)i.V;
        }
    }

    /// <summary>CPython's build_filter_spec: a decoded filter's options as a dict.</summary>
    private static PyDict FilterSpec(Filter f)
    {
        var d = new PyDict();
        d.SetItem(PyStr.From("id"), PyInt.From(new System.Numerics.BigInteger(f.id)));
        var o = (byte*)f.options;
        void Put(string name, int offset) => d.SetItem(PyStr.From(name), PyInt.From((long)*(uint*)(o + offset)));
        if (f.id == FILTER_LZMA1) { Put("lc", 20); Put("lp", 24); Put("pb", 28); Put("dict_size", 0); }
        else if (f.id == FILTER_LZMA2) Put("dict_size", 0);
        else if (f.id == FILTER_DELTA) Put("dist", 4);
        else if (f.id is >= FILTER_X86 and <= FILTER_SPARC && o is not null) Put("start_offset", 0);
        return d;
    }

    private sealed class Compressor : PyObject
    {
        private LzmaStream* S = (LzmaStream*)NativeMemory.AllocZeroed(StreamBytes);
        public bool Flushed;
        public override PyType Type => CompressorType;
        public void Init(int ret) => Check(ret);
        public LzmaStream* Native => S;

        ~Compressor()
        {
            if (S is null) return;
            lzma_end(S);
            NativeMemory.Free(S);
            S = null;
        }

        public byte[] Run(byte[] data, int action)
        {
            var result = new MemoryStream();
            var buf = new byte[64 * 1024];
            fixed (byte* ip = data)
            fixed (byte* op = buf)
            {
                S->next_in = ip;
                S->avail_in = (nuint)data.Length;
                while (true)
                {
                    S->next_out = op;
                    S->avail_out = (nuint)buf.Length;
                    int ret = lzma_code(S, action);
                    // Blocked with all input consumed and room left: nothing more to say for now.
                    if (ret == LZMA_BUF_ERROR && S->avail_in == 0 && S->avail_out > 0) ret = LZMA_OK;
                    Check(ret);
                    result.Write(buf, 0, buf.Length - (int)S->avail_out);
                    if (action == LZMA_RUN && S->avail_in == 0 && S->avail_out != 0) break;
                    if (action == LZMA_FINISH && ret == LZMA_STREAM_END) break;
                }
                S->next_in = null;
                S->avail_in = 0;
            }
            return result.ToArray();
        }
    }

    private sealed class Decompressor : NativeDecompressor
    {
        private LzmaStream* S = (LzmaStream*)NativeMemory.AllocZeroed(StreamBytes);
        public int CheckId;

        ~Decompressor()
        {
            if (S is null) return;
            lzma_end(S);
            NativeMemory.Free(S);
            S = null;
        }

        public override PyType Type => DecompressorType;
        public LzmaStream* Native => S;

        protected override bool Step(byte* input, nuint inLen, byte* output, nuint outLen, out nuint inLeft, out nuint outLeft)
        {
            S->next_in = input; S->avail_in = inLen;
            S->next_out = output; S->avail_out = outLen;
            int ret = lzma_code(S, LZMA_RUN);
            if (ret == LZMA_BUF_ERROR && S->avail_in == 0 && S->avail_out > 0) ret = LZMA_OK;
            Check(ret);
            if (ret is LZMA_GET_CHECK or LZMA_NO_CHECK) CheckId = lzma_get_check(S);
            inLeft = S->avail_in; outLeft = S->avail_out;
            S->next_in = null; S->avail_in = 0;
            return ret == LZMA_STREAM_END;
        }
    }

    private static PyType MakeCompressorType()
    {
        var t = new PyType("LZMACompressor", [TypeObjects.Object], true) { Module = "_lzma" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var v = HashlibModule.Bind("LZMACompressor", a, kw, ["format", "check", "preset", "filters"], 0);
            long format = v[0] is { } f ? Ops.IndexValue(f) : FORMAT_XZ;
            long check = v[1] is { } c ? Ops.IndexValue(c) : -1;
            PyObject? presetObj = v[2] is PyNone ? null : v[2], filters = v[3] is PyNone ? null : v[3];
            if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE)
                throw Errors.ValueError("Integrity checks are only supported by FORMAT_XZ");
            if (presetObj is not null && filters is not null)
                throw Errors.ValueError("Cannot specify both preset and filter chain");
            uint preset = presetObj is null ? PRESET_DEFAULT : (uint)Ops.IndexValue(presetObj);
            var comp = new Compressor();
            var s = comp.Native;
            switch (format)
            {
                case FORMAT_XZ:
                    if (check == -1) check = CHECK_CRC64;
                    if (filters is null) comp.Init(lzma_easy_encoder(s, preset, (int)check));
                    else WithChain(filters, chain => comp.Init(lzma_stream_encoder(s, chain.Ptr, (int)check)));
                    break;
                case FORMAT_ALONE:
                    if (filters is null)
                    {
                        var options = NativeMemory.AllocZeroed(OptionsBytes);
                        try
                        {
                            if (lzma_lzma_preset(options, preset) != 0) throw Errors.Make(Error, $"Invalid compression preset: {preset}");
                            comp.Init(lzma_alone_encoder(s, options));
                        }
                        finally { NativeMemory.Free(options); }
                    }
                    else WithChain(filters, chain =>
                    {
                        if (chain.Count != 1 || chain.Ptr[0].id != FILTER_LZMA1) throw Errors.ValueError("Invalid filter chain for FORMAT_ALONE compressor");
                        comp.Init(lzma_alone_encoder(s, chain.Ptr[0].options));
                    });
                    break;
                case FORMAT_RAW:
                    if (filters is null) throw Errors.ValueError("Must specify filters for FORMAT_RAW");
                    WithChain(filters, chain => comp.Init(lzma_raw_encoder(s, chain.Ptr)));
                    break;
                default:
                    throw Errors.ValueError($"Invalid container format: {format}");
            }
            return comp;
        };
        t.SetMethod("compress", static (a, kw) =>
        {
            Args.Method("compress", a, kw, 1, 1);
            var c = (Compressor)a[0];
            var data = BytesMethods.AsBytes(a[1]);
            lock (c)
            {
                if (c.Flushed) throw Errors.ValueError("Compressor has been flushed");
                return new PyBytes(c.Run(data, LZMA_RUN));
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
                return new PyBytes(c.Run([], LZMA_FINISH));
            }
        });
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle '_lzma.LZMACompressor' object"));
        return t;
    }

    private static void WithChain(PyObject specs, Action<FilterChain> init)
    {
        var chain = FilterChain.Parse(specs);
        try { init(chain); }
        finally { chain.Free(); }   // liblzma copies the options it needs at initialisation
    }

    private static PyType MakeDecompressorType()
    {
        var t = new PyType("LZMADecompressor", [TypeObjects.Object], true) { Module = "_lzma" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var v = HashlibModule.Bind("LZMADecompressor", a, kw, ["format", "memlimit", "filters"], 0);
            long format = v[0] is { } f ? Ops.IndexValue(f) : FORMAT_AUTO;
            PyObject? memlimitObj = v[1] is PyNone ? null : v[1], filters = v[2] is PyNone ? null : v[2];
            if (memlimitObj is not null && format == FORMAT_RAW) throw Errors.ValueError("Cannot specify memory limit with FORMAT_RAW");
            if (format == FORMAT_RAW && filters is null) throw Errors.ValueError("Must specify filters for FORMAT_RAW");
            if (format != FORMAT_RAW && filters is not null) throw Errors.ValueError("Cannot specify filters except with FORMAT_RAW");
            ulong memlimit = memlimitObj is null ? ulong.MaxValue : (ulong)Ops.ToPyInt(memlimitObj).ToBig();
            var d = new Decompressor();
            var s = d.Native;
            switch (format)
            {
                case FORMAT_AUTO:
                    d.CheckId = CHECK_UNKNOWN;
                    Check(lzma_auto_decoder(s, memlimit, TELL_ANY_CHECK | TELL_NO_CHECK));
                    break;
                case FORMAT_XZ:
                    d.CheckId = CHECK_UNKNOWN;
                    Check(lzma_stream_decoder(s, memlimit, TELL_ANY_CHECK | TELL_NO_CHECK));
                    break;
                case FORMAT_ALONE:
                    d.CheckId = CHECK_NONE;
                    Check(lzma_alone_decoder(s, memlimit));
                    break;
                case FORMAT_RAW:
                    d.CheckId = CHECK_NONE;
                    WithChain(filters!, chain => Check(lzma_raw_decoder(s, chain.Ptr)));
                    break;
                default:
                    throw Errors.ValueError($"Invalid container format: {format}");
            }
            return d;
        };
        NativeDecompressor.AddMembers(t);
        t.TypeDict["check"] = new PyGetSetDescriptor("check", o => PyInt.From(((Decompressor)o).CheckId));
        t.SetMethod("__reduce_ex__", static (a, kw) => throw Errors.TypeError("cannot pickle '_lzma.LZMADecompressor' object"));
        return t;
    }
}
