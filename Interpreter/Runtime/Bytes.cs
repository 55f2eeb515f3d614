using System.Numerics;
using System.Text;

namespace Herthon.Runtime;

public sealed class PyBytes(byte[] v) : PyObject
{
    public readonly byte[] V = v;
    public override PyType Type => TypeObjects.Bytes;
}

public sealed class PyByteArray : PyObject
{
    public byte[] Data;
    public int Count;
    public PyByteArray(byte[] data) { Data = data; Count = data.Length; }
    public override PyType Type => TypeObjects.ByteArray;
    public byte[] ToArray() => Data.AsSpan(0, Count).ToArray();
    public void Extend(byte[] b)
    {
        if (Count + b.Length > Data.Length) Array.Resize(ref Data, Math.Max(Count + b.Length, Data.Length * 2));
        b.CopyTo(Data, Count);
        Count += b.Length;
    }
}

public static class BytesMethods
{
    public static byte[] AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.V,
        PyByteArray ba => ba.ToArray(),
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public static byte ByteValue(PyObject o)
    {
        long v = Ops.IndexValue(o);
        if (v < 0 || v > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
        return (byte)v;
    }

    public static byte[] Slice(byte[] b, PySlice s)
    {
        s.Indices(b.Length, out long start, out _, out long step, out long count);
        var r = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step) r[i] = b[j];
        return r;
    }

    public static string Repr(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (var x in b)
        {
            if (x == q || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x == '\t') sb.Append("\\t");
            else if (x < 32 || x >= 127) sb.Append("\\x").Append(x.ToString("x2"));
            else sb.Append((char)x);
        }
        return sb.Append(q).ToString();
    }

    private static Encoding GetEncoding(string name, string errors, bool encode)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        return n switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false, errors == "strict"),
            "ascii" or "us-ascii" => Encoding.ASCII,
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" => Encoding.Latin1,
            "utf-16" => Encoding.Unicode,
            _ => throw Errors.Make(TypeObjects.LookupError, $"unknown encoding: {name}"),
        };
    }

    public static byte[] Encode(string s, string encoding, string errors)
    {
        var enc = GetEncoding(encoding, errors, true);
        string n = encoding.ToLowerInvariant().Replace('_', '-');
        if (n is "ascii" or "us-ascii" or "latin-1" or "latin1" or "iso-8859-1")
        {
            int limit = n.StartsWith("ascii") || n == "us-ascii" ? 128 : 256;
            var bytes = new List<byte>();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < limit) { bytes.Add((byte)c); continue; }
                switch (errors)
                {
                    case "ignore": continue;
                    case "replace": bytes.Add((byte)'?'); continue;
                    default:
                        throw Errors.Make(TypeObjects.UnicodeEncodeError, $"'{(limit == 128 ? "ascii" : "latin-1")}' codec can't encode character '{(c < 0x100 ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}")}' in position {i}: ordinal not in range({limit})");
                }
            }
            return [.. bytes];
        }
        try { return enc.GetBytes(s); }
        catch (EncoderFallbackException) { throw Errors.Make(TypeObjects.UnicodeEncodeError, "'utf-8' codec can't encode character: surrogates not allowed"); }
    }

    public static string Decode(byte[] b, string encoding, string errors)
    {
        string n = encoding.ToLowerInvariant().Replace('_', '-');
        if (n is "ascii" or "us-ascii")
        {
            var sb = new StringBuilder();
            for (int i = 0; i < b.Length; i++)
            {
                if (b[i] < 128) { sb.Append((char)b[i]); continue; }
                if (errors == "ignore") continue;
                if (errors == "replace") { sb.Append('\uFFFD'); continue; }
                throw Errors.Make(TypeObjects.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b[i]:x2} in position {i}: ordinal not in range(128)");
            }
            return sb.ToString();
        }
        var enc = GetEncoding(encoding, errors, false);
        try { return enc.GetString(b); }
        catch (DecoderFallbackException e)
        {
            int pos = Math.Max(e.Index, 0);
            byte bad = e.BytesUnknown is { Length: > 0 } bu ? bu[0] : (byte)0;
            int need = bad >= 0xF0 ? 3 : bad >= 0xE0 ? 2 : bad >= 0xC2 ? 1 : 0;
            string why = need == 0 ? "invalid start byte" : pos + need >= b.Length ? "unexpected end of data" : "invalid continuation byte";
            throw Errors.Make(TypeObjects.UnicodeDecodeError, $"'utf-8' codec can't decode byte 0x{bad:x2} in position {pos}: {why}");
        }
    }

    public static PyObject IntFromBytes(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        a = a[1..]; // cls
        int npos = Args.Positional(a, kw);
        var bytes = AsBytes(npos > 0 ? a[0] : Args.Kw(a, kw, "bytes")!);
        var order = npos > 1 ? Ops.Str(a[1]) : (Args.Kw(a, kw, "byteorder") is { } bo ? Ops.Str(bo) : "big");
        bool signed = Args.Kw(a, kw, "signed") is { } sg && Ops.Truth(sg);
        var v = new BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big");
        return PyInt.From(v);
    }

    public static PyObject IntToBytes(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        var v = ((PyInt)a[0]).ToBig();
        long length = npos > 1 ? Ops.IndexValue(a[1]) : (Args.Kw(a, kw, "length") is { } l ? Ops.IndexValue(l) : 1);
        var order = npos > 2 ? Ops.Str(a[2]) : (Args.Kw(a, kw, "byteorder") is { } bo ? Ops.Str(bo) : "big");
        bool signed = Args.Kw(a, kw, "signed") is { } sg && Ops.Truth(sg);
        if (!signed && v.Sign < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (raw.Length > length)
        {
            // Trim sign-extension bytes that fit.
            int needed = raw.Length;
            while (needed > length && raw[needed - 1] == (v.Sign < 0 ? 0xFF : 0)) needed--;
            if (needed > length) throw Errors.OverflowError("int too big to convert");
            Array.Resize(ref raw, needed);
        }
        var r = new byte[length];
        raw.CopyTo(r, 0);
        if (v.Sign < 0) for (int i = raw.Length; i < length; i++) r[i] = 0xFF;
        if (order == "big") Array.Reverse(r);
        return new PyBytes(r);
    }

    public static void Install()
    {
        var b = TypeObjects.Bytes;
        b.New = static (cls, a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (npos == 0) return new PyBytes([]);
            var src = a[0];
            if (src is PyStr s)
            {
                var enc = npos > 1 ? Ops.Str(a[1]) : (Args.Kw(a, kw, "encoding") is { } e ? Ops.Str(e) : throw Errors.TypeError("string argument without an encoding"));
                return new PyBytes(Encode(s.V, enc, "strict"));
            }
            if (src is PyInt n) return new PyBytes(new byte[Ops.IndexValue(n)]);
            var list = Ops.ToList(src);
            var r = new byte[list.Count];
            for (int i = 0; i < r.Length; i++) r[i] = ByteValue(list[i]);
            return new PyBytes(r);
        };
        b.SetMethod("decode", static (a, kw) =>
        {
            var enc = (a.Length > 1 ? a[1] : Args.Kw(a, kw, "encoding")) is { } e ? Ops.Str(e) : "utf-8";
            var errors = (a.Length > 2 ? a[2] : Args.Kw(a, kw, "errors")) is { } er ? Ops.Str(er) : "strict";
            return PyStr.From(Decode(((PyBytes)a[0]).V, enc, errors));
        });
        b.SetMethod("hex", static (a, kw) => PyStr.From(Convert.ToHexString(((PyBytes)a[0]).V).ToLowerInvariant()));
        b.TypeDict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", static (a, kw) => new PyBytes(Convert.FromHexString(Ops.Str(a[1]).Replace(" ", "")))));
        b.SetMethod("__len__", static (a, kw) => PyInt.From(((PyBytes)a[0]).V.Length));
        b.SetMethod("__iter__", static (a, kw) => Ops.GetIterNative(a[0])!);
        b.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        b.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        foreach (var name in new[] { "upper", "lower", "strip", "split", "startswith", "endswith", "replace", "find", "count", "join", "lstrip", "rstrip", "index", "isdigit", "isalpha", "isspace" })
        {
            string nm = name;
            b.SetMethod(nm, (a, kw) =>
            {
                // Delegate to the str implementation over latin-1 text; results map back to bytes.
                var args = new PyObject[a.Length];
                for (int i = 0; i < a.Length; i++) args[i] = a[i] is PyBytes pb ? PyStr.From(Encoding.Latin1.GetString(pb.V)) : a[i] is PyList or PyTuple ? new PyList(Ops.ToList(a[i]).Select(x => x is PyBytes xb ? (PyObject)PyStr.From(Encoding.Latin1.GetString(xb.V)) : x).ToList()) : a[i];
                var fn = TypeObjects.Str.Lookup(nm) as PyMethodDescriptor ?? throw Errors.AttributeError(nm);
                var r = fn.Fn(args, kw);
                return ToBytesResult(r);
            });
        }
        var ba = TypeObjects.ByteArray;
        ba.New = static (cls, a, kw) => new PyByteArray(a.Length == 0 ? [] : ((PyBytes)TypeObjects.Bytes.New!(TypeObjects.Bytes, a, kw)).V);
        ba.SetMethod("append", static (a, kw) => { ((PyByteArray)a[0]).Extend([ByteValue(a[1])]); return PyNone.Instance; });
        ba.SetMethod("extend", static (a, kw) => { var l = Ops.ToList(a[1]); ((PyByteArray)a[0]).Extend(a[1] is PyBytes pb ? pb.V : l.Select(ByteValue).ToArray()); return PyNone.Instance; });
        ba.SetMethod("decode", static (a, kw) => PyStr.From(Decode(((PyByteArray)a[0]).ToArray(), a.Length > 1 ? Ops.Str(a[1]) : "utf-8", "strict")));
        ba.SetMethod("__len__", static (a, kw) => PyInt.From(((PyByteArray)a[0]).Count));
        ba.TypeDict["__hash__"] = PyNone.Instance;
    }

    private static PyObject ToBytesResult(PyObject r) => r switch
    {
        PyStr s => new PyBytes(Encoding.Latin1.GetBytes(s.V)),
        PyList l => new PyList(l.AsSpan().ToArray().Select(ToBytesResult).ToList()),
        _ => r,
    };
}
