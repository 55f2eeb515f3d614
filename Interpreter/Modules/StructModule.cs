using System.Buffers.Binary;
using System.Text;

namespace Herthon.Runtime;

/// <summary>`struct`: pack/unpack/calcsize/iter_unpack for the standard format characters.</summary>
public static class StructModule
{
    private static PyType? s_error;

    public static PyModule Create()
    {
        var m = new PyModule("struct");
        s_error ??= Errors.ModuleException("error", "struct", TypeObjects.Exception);
        m.Add("error", s_error);
        m.AddFunction("calcsize", static (a, kw) => PyInt.From(Layout(Fmt(a[0])).Size));
        m.AddFunction("pack", static (a, kw) => new PyBytes(Pack(Layout(Fmt(a[0])), a[1..])));
        m.AddFunction("unpack", static (a, kw) => UnpackAll(Layout(Fmt(a[0])), a[1]));
        m.AddFunction("unpack_from", static (a, kw) => UnpackFrom(Layout(Fmt(a[0])), a[1..], kw));
        m.AddFunction("iter_unpack", static (a, kw) => IterUnpack(Layout(Fmt(a[0])), a[1]));
        m.AddFunction("pack_into", static (a, kw) => PackInto(Layout(Fmt(a[0])), a[1..]));
        m.Add("Struct", StructType);
        m.AddFunction("_clearcache", static (a, kw) => PyNone.Instance);   // no format cache to clear
        return m;
    }

    private static PyTuple UnpackAll(StructLayout layout, PyObject buffer)
    {
        var data = BytesMethods.AsBytes(buffer);
        if (data.Length != layout.Size) throw Error($"unpack requires a buffer of {layout.Size} bytes");
        return Unpack(layout, data, 0);
    }

    /// <summary>unpack_from(buffer, offset=0); args[0] is the buffer.</summary>
    private static PyTuple UnpackFrom(StructLayout layout, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var data = BytesMethods.AsBytes(Args.Positional(a, kw) > 0 ? a[0] : Args.Kw(a, kw, "buffer") ?? throw Errors.TypeError("unpack_from() missing required argument 'buffer' (pos 1)"));
        int offset = Args.Positional(a, kw) > 1 ? (int)Ops.IndexValue(a[1]) : (Args.Kw(a, kw, "offset") is { } o ? (int)Ops.IndexValue(o) : 0);
        if (offset < 0) offset += data.Length;
        if (offset < 0 || data.Length - offset < layout.Size)
            throw Error($"unpack_from requires a buffer of at least {layout.Size + Math.Max(offset, 0)} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return Unpack(layout, data, offset);
    }

    private static PyObject IterUnpack(StructLayout layout, PyObject buffer)
    {
        var data = BytesMethods.AsBytes(buffer);
        if (layout.Size == 0) throw Error("cannot iteratively unpack with a struct of length 0");
        if (data.Length % layout.Size != 0) throw Error($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
        var items = new List<PyObject>();
        for (int off = 0; off < data.Length; off += layout.Size) items.Add(Unpack(layout, data, off));
        return new ArrayIterator([.. items], items.Count);
    }

    /// <summary>pack_into(buffer, offset, v1, ...): writes into a bytearray.</summary>
    private static PyObject PackInto(StructLayout layout, ReadOnlySpan<PyObject> a)
    {
        if (a.Length < 2) throw Errors.TypeError($"pack_into expected buffer argument");
        int size = PyMemoryView.Writable(a[0], "argument must be read-write bytes-like object").Length;
        var packed = Pack(layout, a[2..]);
        long offset = Ops.IndexValue(a[1]);
        if (offset < 0)
        {
            if (offset + layout.Size > 0) throw Error($"no space to pack {layout.Size} bytes at offset {offset}");
            if (offset + size < 0) throw Error($"offset {offset} out of range for {size}-byte buffer");
            offset += size;
        }
        if (size - offset < layout.Size)
        {
            if (offset > size) throw Error($"offset {offset} out of range for {size}-byte buffer");
            throw Error($"pack_into requires a buffer of at least {layout.Size + offset} bytes for packing {layout.Size} bytes at offset {offset} (actual buffer size is {size})");
        }
        packed.CopyTo(PyMemoryView.Writable(a[0], "argument must be read-write bytes-like object")[(int)offset..]);
        return PyNone.Instance;
    }

    /// <summary>A compiled format (struct.Struct): the layout is parsed once.</summary>
    private sealed class PyStruct(PyType type, string format, StructLayout layout) : PyObject
    {
        public readonly string Format = format;
        public readonly StructLayout Layout = layout;
        public override PyType Type => type;
    }

    public static readonly PyType StructType = MakeStructType();

    private static PyType MakeStructType()
    {
        var t = new PyType("Struct", [TypeObjects.Object], true) { Module = "_struct" };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var f = Args.Positional(a, kw) > 0 ? a[0] : Args.Kw(a, kw, "format") ?? throw Errors.TypeError("Struct() missing required argument 'format' (pos 1)");
            string fmt = Fmt(f);
            return new PyStruct(cls, fmt, Layout(fmt));
        };
        static PyStruct S(ReadOnlySpan<PyObject> a) => (PyStruct)a[0];
        t.SetMethod("pack", static (a, kw) => new PyBytes(Pack(S(a).Layout, a[1..])));
        t.SetMethod("unpack", static (a, kw) => { Args.Method("unpack", a, kw, 1, 1); return UnpackAll(S(a).Layout, a[1]); });
        t.SetMethod("unpack_from", static (a, kw) => UnpackFrom(S(a).Layout, a[1..], kw));
        t.SetMethod("iter_unpack", static (a, kw) => { Args.Method("iter_unpack", a, kw, 1, 1); return IterUnpack(S(a).Layout, a[1]); });
        t.SetMethod("pack_into", static (a, kw) => PackInto(S(a).Layout, a[1..]));
        t.TypeDict["format"] = new PyGetSetDescriptor("format", o => PyStr.From(((PyStruct)o).Format));
        t.TypeDict["size"] = new PyGetSetDescriptor("size", o => PyInt.From(((PyStruct)o).Layout.Size));
        return t;
    }

    private static PyException Error(string msg) => Errors.Make(s_error!, msg);

    private static string Fmt(PyObject o) => o is PyStr s ? s.V : o is PyBytes b ? Encoding.ASCII.GetString(b.V) : throw Errors.TypeError("Struct() argument 1 must be a str or bytes object, not " + o.Type.Name);

    private readonly record struct Item(char Code, int Count, int Offset, int Size);

    private sealed record StructLayout(bool Little, List<Item> Items, int Size);

    private static int SizeOf(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' or 'n' or 'N' or 'P' => 8,
        _ => throw Error("bad char in struct format"),
    };

    private static StructLayout Layout(string fmt)
    {
        bool little = BitConverter.IsLittleEndian, native = true;
        int i = 0;
        if (fmt.Length > 0 && fmt[0] is '<' or '>' or '!' or '=' or '@')
        {
            little = fmt[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
            native = fmt[0] == '@';
            i = 1;
        }
        var items = new List<Item>();
        int offset = 0;
        while (i < fmt.Length)
        {
            if (char.IsWhiteSpace(fmt[i])) { i++; continue; }
            int count = 1;
            if (char.IsAsciiDigit(fmt[i]))
            {
                int start = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                count = int.Parse(fmt.AsSpan(start, i - start));
                if (i >= fmt.Length) throw Error("repeat count given without format specifier");
            }
            char c = fmt[i++];
            int size = SizeOf(c, native);
            if (native && size > 1 && c is not ('s' or 'p')) offset = (offset + size - 1) / size * size;   // native alignment
            items.Add(new Item(c, count, offset, size));
            offset += c is 's' or 'p' ? count : size * count;
        }
        return new StructLayout(little, items, offset);
    }

    private static byte[] Pack(StructLayout layout, ReadOnlySpan<PyObject> args)
    {
        var buf = new byte[layout.Size];
        int ai = 0;
        int expected = layout.Items.Sum(it => it.Code is 'x' ? 0 : it.Code is 's' or 'p' ? 1 : it.Count);
        if (args.Length != expected) throw Error($"pack expected {expected} items for packing (got {args.Length})");
        foreach (var it in layout.Items)
        {
            if (it.Code == 'x') continue;
            if (it.Code is 's' or 'p')
            {
                var b = args[ai++] is PyBytes pb ? pb.V : throw Error($"argument for 's' must be a bytes object");
                Array.Copy(b, 0, buf, it.Offset, Math.Min(b.Length, it.Count));
                continue;
            }
            for (int k = 0; k < it.Count; k++)
                Write(buf.AsSpan(it.Offset + k * it.Size, it.Size), it.Code, args[ai++], layout.Little);
        }
        return buf;
    }

    private static void Write(Span<byte> d, char c, PyObject v, bool little)
    {
        switch (c)
        {
            case 'c':
                if (v is not PyBytes { V.Length: 1 } cb) throw Error("char format requires a bytes object of length 1");
                d[0] = cb.V[0];
                return;
            case '?': d[0] = (byte)(Ops.Truth(v) ? 1 : 0); return;
            case 'f':
                {
                    float f = (float)Ops.ToDouble(v);
                    if (little) BinaryPrimitives.WriteSingleLittleEndian(d, f); else BinaryPrimitives.WriteSingleBigEndian(d, f);
                    return;
                }
            case 'd':
                {
                    double x = Ops.ToDouble(v);
                    if (little) BinaryPrimitives.WriteDoubleLittleEndian(d, x); else BinaryPrimitives.WriteDoubleBigEndian(d, x);
                    return;
                }
            case 'e':
                {
                    var h = (Half)Ops.ToDouble(v);
                    if (little) BinaryPrimitives.WriteHalfLittleEndian(d, h); else BinaryPrimitives.WriteHalfBigEndian(d, h);
                    return;
                }
        }
        if (v is not PyInt iv) throw Error("required argument is not an integer");
        bool signed = char.IsLower(c) && c != 'p';
        var big = iv.ToBig();
        int bits = d.Length * 8;
        var min = signed ? -(System.Numerics.BigInteger.One << (bits - 1)) : System.Numerics.BigInteger.Zero;
        var max = signed ? (System.Numerics.BigInteger.One << (bits - 1)) - 1 : (System.Numerics.BigInteger.One << bits) - 1;
        if (big < min || big > max)
        {
            // CPython's wording: named 1- and 2-byte codes, quoted signed 4-byte codes, else generic.
            string? name = c switch { 'b' => "byte", 'B' => "ubyte", 'h' => "short", 'H' => "ushort", _ => null };
            if (name is not null) throw Error($"{name} format requires {min} <= number <= {max}");
            if (signed && d.Length == 4) throw Error($"'{c}' format requires {min} <= number <= {max}");
            throw Error("argument out of range");
        }
        ulong u = (ulong)(big & ulong.MaxValue);   // two's complement of the low 64 bits
        for (int k = 0; k < d.Length; k++)
        {
            byte b = (byte)(u >> (8 * k));
            d[little ? k : d.Length - 1 - k] = b;
        }
    }

    private static PyTuple Unpack(StructLayout layout, byte[] data, int baseOffset)
    {
        var items = new List<PyObject>();
        foreach (var it in layout.Items)
        {
            if (it.Code == 'x') continue;
            if (it.Code is 's' or 'p') { items.Add(new PyBytes(data.AsSpan(baseOffset + it.Offset, it.Count).ToArray())); continue; }
            for (int k = 0; k < it.Count; k++)
                items.Add(Read(data.AsSpan(baseOffset + it.Offset + k * it.Size, it.Size), it.Code, layout.Little));
        }
        return PyTuple.From([.. items]);
    }

    private static PyObject Read(ReadOnlySpan<byte> d, char c, bool little)
    {
        switch (c)
        {
            case 'c': return new PyBytes([d[0]]);
            case '?': return PyBool.From(d[0] != 0);
            case 'f': return new PyFloat(little ? BinaryPrimitives.ReadSingleLittleEndian(d) : BinaryPrimitives.ReadSingleBigEndian(d));
            case 'd': return new PyFloat(little ? BinaryPrimitives.ReadDoubleLittleEndian(d) : BinaryPrimitives.ReadDoubleBigEndian(d));
            case 'e': return new PyFloat((double)(little ? BinaryPrimitives.ReadHalfLittleEndian(d) : BinaryPrimitives.ReadHalfBigEndian(d)));
        }
        ulong u = 0;
        for (int k = 0; k < d.Length; k++) u |= (ulong)d[little ? k : d.Length - 1 - k] << (8 * k);
        bool signed = char.IsLower(c);
        if (!signed) return d.Length == 8 && u > long.MaxValue ? PyInt.From(new System.Numerics.BigInteger(u)) : PyInt.From((long)u);
        int shift = 64 - 8 * d.Length;
        return PyInt.From(((long)(u << shift)) >> shift);
    }
}
