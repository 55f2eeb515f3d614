using System.Buffers.Binary;
using System.Numerics;

namespace Herthon.Runtime;

/// <summary>
/// `_struct`, the native half of the standard library's struct.py (which re-exports it): formats compiled
/// once into a list of codes (native '@' sizes and alignment, or the standard '&lt;', '&gt;', '!', '='
/// sizes), cached by format string as CPython caches them; pack/unpack/calcsize/iter_unpack/pack_into/
/// unpack_from and the Struct type, over any buffer (bytes, bytearray, memoryview, array) for reading and
/// any writable one for pack_into. Range and type errors carry CPython 3.11's messages.
/// </summary>
public static class StructModule
{
    private static PyType? s_error;
    private static PyType Error => s_error ??= Errors.ModuleException("error", "struct", TypeObjects.Exception);

    public static PyModule Create()
    {
        var m = new PyModule("_struct");
        m.Add("error", Error);
        m.Add("__doc__", PyStr.From("Functions to convert between Python values and C structs."));
        m.AddFunction("calcsize", static (a, kw) =>
        {
            if (a.Length != 1 || kw is { Length: > 0 }) throw Errors.TypeError($"_struct.calcsize() takes exactly one argument ({a.Length} given)");
            return PyInt.From(Layout(a[0]).Size);
        });
        m.AddFunction("pack", static (a, kw) =>
        {
            Args.NoKw("pack", kw);
            if (a.Length == 0) throw Errors.TypeError("missing format argument");
            return new PyBytes(Pack(Layout(a[0]), a[1..]));
        });
        m.AddFunction("unpack", static (a, kw) =>
        {
            Args.NoKw("unpack", kw);
            if (a.Length != 2) throw Errors.TypeError($"unpack expected 2 arguments, got {a.Length}");
            return UnpackAll(Layout(a[0]), a[1]);
        });
        m.AddFunction("unpack_from", static (a, kw) =>
        {
            var s = Args.Bind("unpack_from", a, kw, 3, 0, "format", "buffer", "offset");
            if (s[0] is null) throw Errors.TypeError("unpack_from() missing required argument 'format' (pos 1)");
            if (s[1] is null) throw Errors.TypeError("unpack_from() missing required argument 'buffer' (pos 2)");
            return UnpackFrom(Layout(s[0]!), s[1]!, s[2]);
        });
        m.AddFunction("iter_unpack", static (a, kw) =>
        {
            Args.NoKw("iter_unpack", kw);
            if (a.Length != 2) throw Errors.TypeError($"iter_unpack expected 2 arguments, got {a.Length}");
            return IterUnpack(Layout(a[0]), a[1]);
        });
        m.AddFunction("pack_into", static (a, kw) =>
        {
            Args.NoKw("pack_into", kw);
            if (a.Length == 0) throw Errors.TypeError("missing format argument");
            return PackInto(Layout(a[0]), a[1..]);
        });
        m.AddFunction("_clearcache", static (a, kw) =>
        {
            lock (s_cache) s_cache.Clear();
            return PyNone.Instance;
        });
        m.Add("Struct", StructType);
        return m;
    }

    private static PyException StructError(string msg) => Errors.Make(Error, msg);

    // ---- compiled formats ----

    /// <summary>One packed field: a code at a byte offset; `Size` is the field's byte count ('s'/'p': the count).</summary>
    private readonly record struct Field(char Code, long Offset, int Size);

    private sealed class StructLayout(string format, bool little, Field[] fields, long size)
    {
        public readonly string Format = format;
        public readonly bool Little = little;
        public readonly Field[] Fields = fields;   // 'x' padding is not a field
        public readonly long Size = size;          // calcsize may exceed what a buffer can hold, as CPython's
    }

    private static readonly Dictionary<string, StructLayout> s_cache = [];
    private const int CacheLimit = 100;   // CPython's MAXCACHE

    private static string FormatText(PyObject o)
    {
        string s = o switch
        {
            PyStr str => str.V,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.V),
            _ => throw Errors.TypeError($"Struct() argument 1 must be a str or bytes object, not {o.Type.Name}"),
        };
        foreach (char c in s)
        {
            if (c > 127 && o is PyStr) Ops.Invoke(o, "encode", PyStr.From("ascii"));   // CPython's UnicodeEncodeError
            if (c == '\0') throw StructError("embedded null character");
        }
        return s;
    }

    private static StructLayout Layout(PyObject format)
    {
        string fmt = FormatText(format);
        lock (s_cache)
        {
            if (s_cache.TryGetValue(fmt, out var cached)) return cached;
        }
        var layout = Compile(fmt);
        lock (s_cache)
        {
            if (s_cache.Count >= CacheLimit) s_cache.Clear();
            s_cache[fmt] = layout;
        }
        return layout;
    }

    /// <summary>Native ('@') sizes are the platform's (LP64); standard ones are fixed. 0: not a code in this mode.</summary>
    private static int SizeOf(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => native ? 8 : 0,
        _ => 0,
    };

    /// <summary>Two passes, as CPython's prepare_s: the sizes first (so an overflowing total is struct.error
    /// before anything is allocated), then one field per item.</summary>
    private static StructLayout Compile(string fmt)
    {
        Compile(fmt, null);
        var fields = new List<Field>();
        return Compile(fmt, fields);
    }

    private static StructLayout Compile(string fmt, List<Field>? fields)
    {
        bool little = BitConverter.IsLittleEndian, native = true;
        int i = 0;
        if (fmt.Length > 0 && fmt[0] is '<' or '>' or '!' or '=' or '@')
        {
            little = fmt[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
            native = fmt[0] == '@';
            i = 1;
        }
        long offset = 0;
        const long Max = long.MaxValue;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (char.IsWhiteSpace(c)) continue;
            long count = 1;
            if (char.IsAsciiDigit(c))
            {
                count = c - '0';
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                {
                    if (count > (Max - (fmt[i] - '0')) / 10) throw StructError("total struct size too long");
                    count = count * 10 + (fmt[i++] - '0');
                }
                if (i >= fmt.Length) throw StructError("repeat count given without format specifier");
                c = fmt[i++];
            }
            int size = SizeOf(c, native);
            if (size == 0) throw StructError("bad char in struct format");
            if (native && size > 1 && c is not ('s' or 'p' or 'x' or 'c')) offset = (offset + size - 1) / size * size;   // native alignment
            if (c is not ('s' or 'p') && count > Max / size) throw StructError("total struct size too long");
            long bytes = c is 's' or 'p' ? count : count * size;
            if (offset > Max - bytes) throw StructError("total struct size too long");
            if (fields is null) { }
            else if (c is 's' or 'p')
            {
                if (count > Array.MaxLength) throw Errors.MemoryError("");
                fields.Add(new Field(c, offset, (int)count));
            }
            else if (c != 'x')
            {
                if (fields.Count + count > 1 << 26) throw Errors.MemoryError("");   // one field per item, as CPython's codes
                for (long k = 0; k < count; k++) fields.Add(new Field(c, offset + k * size, size));
            }
            offset += bytes;
        }
        return new StructLayout(fmt, little, fields is null ? [] : [.. fields], offset);
    }

    // ---- packing ----

    private static byte[] Pack(StructLayout layout, ReadOnlySpan<PyObject> args, string what = "pack")
    {
        if (args.Length != layout.Fields.Length || layout.Size < 0)   // an uninitialised Struct expects -1, as CPython's
            throw StructError($"{what} expected {(layout.Size < 0 ? -1 : layout.Fields.Length)} items for packing (got {args.Length})");
        if (layout.Size > Array.MaxLength) throw Errors.MemoryError("");
        var buf = new byte[layout.Size];
        for (int k = 0; k < args.Length; k++)
        {
            var f = layout.Fields[k];
            Write(buf.AsSpan((int)f.Offset, f.Size), f.Code, args[k], layout);
        }
        return buf;
    }

    private static void Write(Span<byte> d, char c, PyObject v, StructLayout layout)
    {
        bool little = layout.Little;
        switch (c)
        {
            case 's':
            case 'p':
            {
                byte[] b = v switch
                {
                    PyBytes pb => pb.V,
                    PyByteArray ba => ba.ToArray(),
                    _ => throw StructError($"argument for '{c}' must be a bytes object"),
                };
                if (c == 's') { b.AsSpan(0, Math.Min(b.Length, d.Length)).CopyTo(d); return; }
                if (d.Length == 0) return;
                int n = Math.Min(b.Length, d.Length - 1);
                b.AsSpan(0, n).CopyTo(d[1..]);
                d[0] = (byte)Math.Min(n, 255);
                return;
            }
            case 'c':
                if (v is not PyBytes { V.Length: 1 } cb) throw StructError("char format requires a bytes object of length 1");
                d[0] = cb.V[0];
                return;
            case '?':
                d[0] = (byte)(Ops.Truth(v) ? 1 : 0);
                return;
            case 'f':
            case 'd':
            case 'e':
            {
                double x = FloatArg(v);
                if (c == 'd')
                {
                    if (little) BinaryPrimitives.WriteDoubleLittleEndian(d, x); else BinaryPrimitives.WriteDoubleBigEndian(d, x);
                }
                else if (c == 'f')
                {
                    float y = (float)x;
                    if (float.IsInfinity(y) && !double.IsInfinity(x)) throw Errors.OverflowError("float too large to pack with f format");
                    if (little) BinaryPrimitives.WriteSingleLittleEndian(d, y); else BinaryPrimitives.WriteSingleBigEndian(d, y);
                }
                else
                {
                    var h = (Half)x;
                    if (Half.IsInfinity(h) && !double.IsInfinity(x)) throw Errors.OverflowError("float too large to pack with e format");
                    if (little) BinaryPrimitives.WriteHalfLittleEndian(d, h); else BinaryPrimitives.WriteHalfBigEndian(d, h);
                }
                return;
            }
        }
        WriteInt(d, c, IntArg(v), little);
    }

    /// <summary>PyFloat_AsDouble's arguments: floats, ints, and objects with __float__ or __index__.</summary>
    private static double FloatArg(PyObject v)
    {
        if (v is PyFloat f) return f.V;
        if (v is PyInt i)
        {
            double x = (double)i.ToBig();
            if (double.IsInfinity(x)) throw StructError("required argument is not a float");
            return x;
        }
        if (v.Type.Lookup("__float__") is null && v.Type.Lookup("__index__") is null) throw StructError("required argument is not a float");
        return Ops.ToDouble(v);
    }

    /// <summary>get_pylong: an int, or an object with __index__.</summary>
    private static BigInteger IntArg(PyObject v)
    {
        if (v is PyInt i) return i.ToBig();
        if (v.Type.Lookup("__index__") is null) throw StructError("required argument is not an integer");
        return Ops.ToPyInt(v).ToBig();
    }

    private static readonly BigInteger LongMin = long.MinValue, LongMax = long.MaxValue, ULongMax = ulong.MaxValue;

    private static void WriteInt(Span<byte> d, char c, BigInteger n, bool little)
    {
        int size = d.Length;
        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (c == 'P')
        {
            if (n < LongMin || n > ULongMax) throw StructError("int too large to convert");
        }
        else if (signed || c is 'B' or 'H')
        {
            // get_long / get_longlong: beyond a C long is "argument out of range", then the field's range
            if (n < LongMin || n > LongMax) throw StructError("argument out of range");
            long x = (long)n;
            if (size < 8)
            {
                long min = signed ? -(1L << (size * 8 - 1)) : 0, max = signed ? (1L << (size * 8 - 1)) - 1 : (1L << (size * 8)) - 1;
                if (x < min || x > max)
                {
                    string? name = c switch { 'b' => "byte", 'B' => "ubyte", 'h' => "short", 'H' => "ushort", _ => null };
                    throw StructError(name is not null ? $"{name} format requires {min} <= number <= {max}" : $"'{c}' format requires {min} <= number <= {max}");
                }
            }
        }
        else
        {
            // get_ulong / get_ulonglong: a negative or too-large value is "argument out of range"
            if (n.Sign < 0 || n > ULongMax) throw StructError("argument out of range");
            if (size < 8 && (ulong)n > (1UL << (size * 8)) - 1)
                throw StructError($"'{c}' format requires 0 <= number <= {(1UL << (size * 8)) - 1}");
        }
        ulong u = (ulong)(n & ULongMax);   // two's complement of the low 64 bits
        for (int k = 0; k < size; k++) d[little ? k : size - 1 - k] = (byte)(u >> (8 * k));
    }

    // ---- unpacking ----

    private static PyTuple Unpack(StructLayout layout, ReadOnlySpan<byte> data)
    {
        var items = new PyObject[layout.Fields.Length];
        for (int k = 0; k < items.Length; k++)
        {
            var f = layout.Fields[k];
            items[k] = Read(data.Slice((int)f.Offset, f.Size), f.Code, layout.Little);
        }
        return new PyTuple(items);
    }

    private static PyObject Read(ReadOnlySpan<byte> d, char c, bool little)
    {
        switch (c)
        {
            case 's': return new PyBytes(d.ToArray());
            case 'p':
            {
                if (d.Length == 0) return new PyBytes([]);
                int n = Math.Min(d[0], d.Length - 1);
                return new PyBytes(d.Slice(1, n).ToArray());
            }
            case 'c': return new PyBytes([d[0]]);
            case '?': return PyBool.From(d[0] != 0);
            case 'f': return new PyFloat(little ? BinaryPrimitives.ReadSingleLittleEndian(d) : BinaryPrimitives.ReadSingleBigEndian(d));
            case 'd': return new PyFloat(little ? BinaryPrimitives.ReadDoubleLittleEndian(d) : BinaryPrimitives.ReadDoubleBigEndian(d));
            case 'e': return new PyFloat((double)(little ? BinaryPrimitives.ReadHalfLittleEndian(d) : BinaryPrimitives.ReadHalfBigEndian(d)));
        }
        ulong u = 0;
        for (int k = 0; k < d.Length; k++) u |= (ulong)d[little ? k : d.Length - 1 - k] << (8 * k);
        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (!signed) return u > long.MaxValue ? PyInt.From(new BigInteger(u)) : PyInt.From((long)u);
        int shift = 64 - 8 * d.Length;
        return PyInt.From((long)(u << shift) >> shift);
    }

    private static byte[] ReadBuffer(PyObject buffer) => BytesMethods.AsBytes(buffer);

    private static PyTuple UnpackAll(StructLayout layout, PyObject buffer)
    {
        var data = ReadBuffer(buffer);
        if (data.Length != layout.Size) throw StructError($"unpack requires a buffer of {layout.Size} bytes");
        return Unpack(layout, data);
    }

    private static PyTuple UnpackFrom(StructLayout layout, PyObject buffer, PyObject? offsetArg)
    {
        var data = ReadBuffer(buffer);
        long offset = offsetArg is null ? 0 : Ops.IndexValue(offsetArg);
        long size = layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0) throw StructError($"not enough data to unpack {size} bytes at offset {offset}");
            if (offset + data.Length < 0) throw StructError($"offset {offset} out of range for {data.Length}-byte buffer");
            offset += data.Length;
        }
        if (data.Length - offset < size)
            throw StructError($"unpack_from requires a buffer of at least {(ulong)offset + (ulong)size} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return Unpack(layout, data.AsSpan((int)offset));
    }

    private static PyObject PackInto(StructLayout layout, ReadOnlySpan<PyObject> a)
    {
        if (a.Length != layout.Fields.Length + 2)
        {
            if (a.Length == 0) throw StructError("pack_into expected buffer argument");
            if (a.Length == 1) throw StructError("pack_into expected offset argument");
            throw StructError($"pack_into expected {layout.Fields.Length} items for packing (got {a.Length - 2})");
        }
        int buflen = PyMemoryView.Writable(a[0], "argument must be read-write bytes-like object").Length;
        long offset = Ops.IndexValue(a[1]);
        long size = layout.Size;
        if (offset < 0)
        {
            if (offset + size > 0) throw StructError($"no space to pack {size} bytes at offset {offset}");
            if (offset + buflen < 0) throw StructError($"offset {offset} out of range for {buflen}-byte buffer");
            offset += buflen;
        }
        if (buflen - offset < size)
            throw StructError($"pack_into requires a buffer of at least {(ulong)offset + (ulong)size} bytes for packing {size} bytes at offset {offset} (actual buffer size is {buflen})");
        var packed = Pack(layout, a[2..], "pack_into");
        packed.CopyTo(PyMemoryView.Writable(a[0], "argument must be read-write bytes-like object")[(int)offset..]);
        return PyNone.Instance;
    }

    // ---- iter_unpack ----

    private static readonly PyType UnpackIteratorType = MakeUnpackIteratorType();

    private sealed class UnpackIterator(StructLayout layout, byte[] data) : PyIterator
    {
        private int _at;
        public override PyType Type => UnpackIteratorType;
        public int Remaining => (data.Length - _at) / (int)layout.Size;
        public override PyObject? Next()
        {
            if (_at >= data.Length) return null;
            var r = Unpack(layout, data.AsSpan(_at, (int)layout.Size));
            _at += (int)layout.Size;
            return r;
        }
    }

    private static PyType MakeUnpackIteratorType()
    {
        var t = new PyType("unpack_iterator", [TypeObjects.Object], true) { Module = "_struct", IsFinal = true };
        t.ComputeMro();
        t.New = null;
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        t.SetMethod("__length_hint__", static (a, kw) => PyInt.From(((UnpackIterator)a[0]).Remaining));
        return t;
    }

    private static PyObject IterUnpack(StructLayout layout, PyObject buffer)
    {
        if (layout.Size == 0) throw StructError("cannot iteratively unpack with a struct of length 0");
        var data = ReadBuffer(buffer);
        if (data.Length % layout.Size != 0) throw StructError($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
        return new UnpackIterator(layout, data);
    }

    // ---- Struct ----

    /// <summary>_struct.Struct: __new__ makes an empty struct (format '', size -1), __init__ compiles the format.</summary>
    private sealed class PyStruct(PyType type) : PyObject
    {
        public StructLayout? Layout;
        public override PyType Type => type;
        public override PyDict? Dict => ReferenceEquals(type, StructType) ? null : _dict ??= new PyDict();
        private PyDict? _dict;
    }

    private static readonly StructLayout s_empty = new("", true, [], -1);

    public static readonly PyType StructType = MakeStructType();

    private static PyType MakeStructType()
    {
        var t = new PyType("Struct", [TypeObjects.Object], true) { Module = "_struct", AcceptsSubclasses = true };
        t.ComputeMro();
        // Struct(format) compiles at once; a subclass's instance starts empty and its __init__ (or this
        // one, through super()) compiles, as CPython's tp_new/tp_init split does.
        t.New = static (cls, a, kw) => cls.IsBuiltin ? new PyStruct(cls) { Layout = InitArg(a, kw) } : new PyStruct(cls);
        t.SetMethod("__init__", static (a, kw) =>
        {
            Self(a).Layout = InitArg(a[1..], kw);
            return PyNone.Instance;
        });
        static StructLayout InitArg(ReadOnlySpan<PyObject> a, string[]? kw)
        {
            var s = Args.Bind("Struct", a, kw, 1, 0, "format");
            if (s[0] is null) throw Errors.TypeError("Struct() missing required argument 'format' (pos 1)");
            return Layout(s[0]!);
        }
        static StructLayout S(ReadOnlySpan<PyObject> a) => ((PyStruct)a[0]).Layout ??= s_empty;
        static PyStruct Self(ReadOnlySpan<PyObject> a) => (PyStruct)a[0];
        t.SetMethod("pack", static (a, kw) => { Args.NoKw("pack", kw); return new PyBytes(Pack(S(a), a[1..])); });
        t.SetMethod("unpack", static (a, kw) => { Args.Method("unpack", a, kw, 1, 1); return UnpackAll(S(a), a[1]); });
        t.SetMethod("unpack_from", static (a, kw) =>
        {
            var s = Args.Bind("unpack_from", a[1..], kw, 2, 0, "buffer", "offset");
            if (s[0] is null) throw Errors.TypeError("unpack_from() missing required argument 'buffer' (pos 1)");
            return UnpackFrom(S(a), s[0]!, s[1]);
        });
        t.SetMethod("iter_unpack", static (a, kw) => { Args.Method("iter_unpack", a, kw, 1, 1); return IterUnpack(S(a), a[1]); });
        t.SetMethod("pack_into", static (a, kw) => { Args.NoKw("pack_into", kw); return PackInto(S(a), a[1..]); });
        t.SetMethod("__sizeof__", static (a, kw) => PyInt.From(48 + 16 * (Self(a).Layout?.Fields.Length ?? 0)));
        t.TypeDict["format"] = new PyGetSetDescriptor("format", o => PyStr.From((((PyStruct)o).Layout ?? s_empty).Format));
        t.TypeDict["size"] = new PyGetSetDescriptor("size", o => PyInt.From((((PyStruct)o).Layout ?? s_empty).Size));
        return t;
    }
}
