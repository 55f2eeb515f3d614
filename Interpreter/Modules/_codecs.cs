using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `_codecs`: the codec registry (search functions, lookup cache, error handlers) and the codec
/// functions CPython's encodings/*.py call. str.encode and bytes.decode go through
/// <see cref="Codecs.Encode(string,string,string)"/>/<see cref="Codecs.Decode(byte[],string,string)"/>:
/// the codecs written here directly, any other name through the registry.
/// </summary>
public static class CodecsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_codecs");
        m.AddFunction("register", static (a, kw) =>
        {
            Args.Count("register", a, kw, 1, 1);
            if (!Builtins.IsCallable(a[0])) throw Errors.TypeError("argument must be callable");
            Codecs.SearchFunctions.Add(a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("unregister", static (a, kw) =>
        {
            Args.Count("unregister", a, kw, 1, 1);
            var fn = a[0];
            int i = Codecs.SearchFunctions.FindIndex(f => ReferenceEquals(f, fn));
            if (i >= 0) { Codecs.SearchFunctions.RemoveAt(i); Codecs.Cache.Clear(); }
            return PyNone.Instance;
        });
        m.AddFunction("lookup", static (a, kw) => { Args.Count("lookup", a, kw, 1, 1); return Codecs.Lookup(Ops.AsString(a[0], "lookup() argument")); });
        m.AddFunction("_forget_codec", static (a, kw) => { Args.Count("_forget_codec", a, kw, 1, 1); Codecs.Cache.Remove(Codecs.Normalize(Ops.AsString(a[0], "_forget_codec() argument"))); return PyNone.Instance; });
        m.AddFunction("encode", static (a, kw) => CodecCall(a, kw, "encode", 0));
        m.AddFunction("decode", static (a, kw) => CodecCall(a, kw, "decode", 1));
        m.AddFunction("register_error", static (a, kw) =>
        {
            Args.Count("register_error", a, kw, 2, 2);
            if (!Builtins.IsCallable(a[1])) throw Errors.TypeError("handler must be callable");
            Codecs.ErrorHandlers[Ops.AsString(a[0], "register_error() argument 1")] = a[1];
            return PyNone.Instance;
        });
        m.AddFunction("lookup_error", static (a, kw) => { Args.Count("lookup_error", a, kw, 1, 1); return Codecs.LookupError(Ops.AsString(a[0], "lookup_error() argument")); });

        // Encoders: (str, errors=None[, extra]) -> (bytes, consumed code points).
        AddEncoder(m, "utf_8_encode", Codecs.Kind.Utf8, "utf-8");
        AddEncoder(m, "ascii_encode", Codecs.Kind.Ascii, "ascii");
        AddEncoder(m, "latin_1_encode", Codecs.Kind.Latin1, "latin-1");
        AddEncoder(m, "utf_16_le_encode", Codecs.Kind.Utf16LE, "utf-16-le");
        AddEncoder(m, "utf_16_be_encode", Codecs.Kind.Utf16BE, "utf-16-be");
        AddEncoder(m, "utf_32_le_encode", Codecs.Kind.Utf32LE, "utf-32-le");
        AddEncoder(m, "utf_32_be_encode", Codecs.Kind.Utf32BE, "utf-32-be");
        m.AddFunction("utf_16_encode", static (a, kw) => BomEncode(a, kw, "utf_16_encode", Codecs.Kind.Utf16LE, Codecs.Kind.Utf16BE, "utf-16"));
        m.AddFunction("utf_32_encode", static (a, kw) => BomEncode(a, kw, "utf_32_encode", Codecs.Kind.Utf32LE, Codecs.Kind.Utf32BE, "utf-32"));
        m.AddFunction("charmap_encode", static (a, kw) =>
        {
            var (s, errors) = EncArgs(a, kw, "charmap_encode", 3);
            var map = a.Length > 2 ? a[2] : PyNone.Instance;
            var b = map is PyNone ? Codecs.EncodeCps(s, Codecs.Kind.Latin1, "latin-1", errors) : Codecs.EncodeCps(s, Codecs.Kind.Charmap, "charmap", errors, map);
            return PyTuple.Of(new PyBytes(b), PyInt.From(s.CodePointLength));
        });
        m.AddFunction("charmap_build", static (a, kw) =>
        {
            Args.Count("_codecs.charmap_build", a, kw, 1, 1);
            var table = Ops.AsString(a[0], "charmap_build() argument");
            var d = new PyDict();
            var cps = Codecs.CodePointsOf(table);
            for (int i = 0; i < cps.Length; i++) d.SetItem(PyInt.From(cps[i]), PyInt.From(i));
            return d;
        });
        m.AddFunction("unicode_escape_encode", static (a, kw) => { var (s, _) = EncArgs(a, kw, "unicode_escape_encode", 2); return PyTuple.Of(new PyBytes(Codecs.UnicodeEscapeEncode(s.V, raw: false)), PyInt.From(s.CodePointLength)); });
        m.AddFunction("raw_unicode_escape_encode", static (a, kw) => { var (s, _) = EncArgs(a, kw, "raw_unicode_escape_encode", 2); return PyTuple.Of(new PyBytes(Codecs.UnicodeEscapeEncode(s.V, raw: true)), PyInt.From(s.CodePointLength)); });
        m.AddFunction("escape_encode", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyBytes b) throw Errors.TypeError($"escape_encode() argument 1 must be bytes, not {(a.Length > 0 ? a[0].Type.Name : "nothing")}");
            var r = BytesMethods.Repr(b.V);
            return PyTuple.Of(new PyBytes(Encoding.Latin1.GetBytes(r[2..^1].Replace("\\'", "'").Replace("'", "\\'"))), PyInt.From(b.V.Length));
        });
        m.AddFunction("readbuffer_encode", static (a, kw) =>
        {
            Args.Count("readbuffer_encode", a, kw, 1, 2);
            var b = a[0] is PyStr s ? Encoding.UTF8.GetBytes(s.V) : BytesMethods.AsBytes(a[0]);
            return PyTuple.Of(new PyBytes(b), PyInt.From(b.Length));
        });

        // Decoders: (data, errors=None, final=False) -> (str, consumed bytes).
        AddDecoder(m, "utf_8_decode", Codecs.Kind.Utf8);
        AddDecoder(m, "ascii_decode", Codecs.Kind.Ascii);
        AddDecoder(m, "latin_1_decode", Codecs.Kind.Latin1);
        AddDecoder(m, "utf_16_le_decode", Codecs.Kind.Utf16LE);
        AddDecoder(m, "utf_16_be_decode", Codecs.Kind.Utf16BE);
        AddDecoder(m, "utf_32_le_decode", Codecs.Kind.Utf32LE);
        AddDecoder(m, "utf_32_be_decode", Codecs.Kind.Utf32BE);
        AddDecoder(m, "unicode_escape_decode", Codecs.Kind.UnicodeEscape);
        AddDecoder(m, "raw_unicode_escape_decode", Codecs.Kind.RawUnicodeEscape);
        m.AddFunction("utf_16_decode", static (a, kw) => BomDecode(a, kw, "utf_16_decode", false, ex: false));
        m.AddFunction("utf_32_decode", static (a, kw) => BomDecode(a, kw, "utf_32_decode", true, ex: false));
        m.AddFunction("utf_16_ex_decode", static (a, kw) => BomDecode(a, kw, "utf_16_ex_decode", false, ex: true));
        m.AddFunction("utf_32_ex_decode", static (a, kw) => BomDecode(a, kw, "utf_32_ex_decode", true, ex: true));
        m.AddFunction("charmap_decode", static (a, kw) =>
        {
            var data = DataArg(a, "charmap_decode");
            var errors = a.Length > 1 && a[1] is not PyNone ? Ops.AsString(a[1], "charmap_decode() argument 2") : "strict";
            var map = a.Length > 2 ? a[2] : PyNone.Instance;
            var (s, n) = map is PyNone ? Codecs.DecodeBytes(data, Codecs.Kind.Latin1, errors, true) : Codecs.DecodeBytes(data, Codecs.Kind.Charmap, errors, true, map);
            return PyTuple.Of(PyStr.From(s), PyInt.From(n));
        });
        m.AddFunction("escape_decode", static (a, kw) =>
        {
            Args.Count("escape_decode", a, kw, 1, 2);
            var data = a[0] is PyStr s ? Encoding.UTF8.GetBytes(s.V) : BytesMethods.AsBytes(a[0]);
            return PyTuple.Of(new PyBytes(Codecs.EscapeDecode(data)), PyInt.From(data.Length));
        });
        m.AddFunction("utf_7_encode", static (a, kw) =>
        {
            var (s, _) = EncArgs(a, kw, "utf_7_encode", 2);
            return PyTuple.Of(new PyBytes(Codecs.Utf7Encode(s.V)), PyInt.From(s.CodePointLength));
        });
        m.AddFunction("utf_7_decode", static (a, kw) =>
        {
            Args.Count("utf_7_decode", a, kw, 1, 3);
            var data = DataArg(a, "utf_7_decode");
            var errors = a.Length > 1 && a[1] is not PyNone ? Ops.AsString(a[1], "utf_7_decode() argument 2") : "strict";
            bool final = a.Length > 2 && Ops.Truth(a[2]);
            var (s, n) = Codecs.Utf7Decode(data, errors, final);
            return PyTuple.Of(PyStr.From(s), PyInt.From(n));
        });
        return m;
    }

    private static PyObject CodecCall(ReadOnlySpan<PyObject> a, string[]? kw, string fn, int index)
    {
        Args.OnlyKw(fn, kw, "obj", "encoding", "errors");
        int np = Args.Positional(a, kw);
        var obj = np > 0 ? a[0] : Args.Kw(a, kw, "obj") ?? throw Errors.TypeError($"{fn}() missing required argument 'obj' (pos 1)");
        var enc = np > 1 ? a[1] : Args.Kw(a, kw, "encoding");
        var err = np > 2 ? a[2] : Args.Kw(a, kw, "errors");
        string encoding = enc is null ? "utf-8" : Ops.AsString(enc, $"{fn}() argument 'encoding'");
        string errors = err is null ? "strict" : Ops.AsString(err, $"{fn}() argument 'errors'");
        return Codecs.CallCodec(obj, encoding, errors, index);
    }

    private static (PyStr S, string Errors) EncArgs(ReadOnlySpan<PyObject> a, string[]? kw, string fn, int max)
    {
        Args.Count(fn, a, kw, 1, max);
        if (a[0] is not PyStr s) throw Errors.TypeError($"{fn}() argument 1 must be str, not {a[0].Type.Name}");
        return (s, a.Length > 1 && a[1] is not PyNone ? Ops.AsString(a[1], $"{fn}() argument 2") : "strict");
    }

    private static byte[] DataArg(ReadOnlySpan<PyObject> a, string fn)
    {
        if (a.Length == 0) throw Errors.TypeError($"{fn}() missing required argument 'data' (pos 1)");
        return a[0] switch
        {
            PyBytes b => b.V,
            PyByteArray ba => ba.ToArray(),
            PyStr s when fn is "unicode_escape_decode" or "raw_unicode_escape_decode" => Encoding.UTF8.GetBytes(s.V),
            _ => throw Errors.TypeError($"a bytes-like object is required, not '{a[0].Type.Name}'"),
        };
    }

    private static void AddEncoder(PyModule m, string fn, Codecs.Kind kind, string name) =>
        m.AddFunction(fn, (a, kw) =>
        {
            var (s, errors) = EncArgs(a, kw, fn, 2);
            return PyTuple.Of(new PyBytes(Codecs.EncodeCps(s, kind, name, errors)), PyInt.From(s.CodePointLength));
        });

    private static PyObject BomEncode(ReadOnlySpan<PyObject> a, string[]? kw, string fn, Codecs.Kind le, Codecs.Kind be, string name)
    {
        var (s, errors) = EncArgs(a, kw, fn, 3);
        long order = a.Length > 2 ? Ops.IndexValue(a[2]) : 0;
        byte[] body = Codecs.EncodeCps(s, order > 0 ? be : le, order == 0 ? name : order > 0 ? name + "-be" : name + "-le", errors);
        if (order == 0) body = [.. (le == Codecs.Kind.Utf16LE ? new byte[] { 0xFF, 0xFE } : [0xFF, 0xFE, 0, 0]), .. body];
        return PyTuple.Of(new PyBytes(body), PyInt.From(s.CodePointLength));
    }

    private static void AddDecoder(PyModule m, string fn, Codecs.Kind kind) =>
        m.AddFunction(fn, (a, kw) =>
        {
            var data = DataArg(a, fn);
            var errors = a.Length > 1 && a[1] is not PyNone ? Ops.AsString(a[1], $"{fn}() argument 2") : "strict";
            bool final = a.Length > 2 ? Ops.Truth(a[2]) : kind is Codecs.Kind.Ascii or Codecs.Kind.Latin1 or Codecs.Kind.UnicodeEscape or Codecs.Kind.RawUnicodeEscape;
            var (s, n) = Codecs.DecodeBytes(data, kind, errors, final);
            return PyTuple.Of(PyStr.From(s), PyInt.From(n));
        });

    /// <summary>utf_16/32(_ex)_decode: a byte order mark at the start picks the byte order (and is
    /// consumed); otherwise byteorder (ex only) or little-endian.</summary>
    private static PyObject BomDecode(ReadOnlySpan<PyObject> a, string[]? kw, string fn, bool wide, bool ex)
    {
        var data = DataArg(a, fn);
        var errors = a.Length > 1 && a[1] is not PyNone ? Ops.AsString(a[1], $"{fn}() argument 2") : "strict";
        long order = ex && a.Length > 2 ? Ops.IndexValue(a[2]) : 0;
        bool final = a.Length > (ex ? 3 : 2) && Ops.Truth(a[ex ? 3 : 2]);
        int skip = 0;
        if (order == 0)
        {
            if (!wide && data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) { order = -1; skip = 2; }
            else if (!wide && data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { order = 1; skip = 2; }
            else if (wide && data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { order = -1; skip = 4; }
            else if (wide && data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { order = 1; skip = 4; }
        }
        var kind = wide ? (order > 0 ? Codecs.Kind.Utf32BE : Codecs.Kind.Utf32LE) : (order > 0 ? Codecs.Kind.Utf16BE : Codecs.Kind.Utf16LE);
        var (s, n) = Codecs.DecodeBytes(data, kind, errors, final, null, skip);
        // ex_decode reports the byte order only once it is known (a BOM seen, or given).
        if (ex && skip == 0 && order == 0 && data.Length < (wide ? 4 : 2)) return PyTuple.Of(PyStr.From(s), PyInt.From(n), PyInt.From(0));
        return ex ? PyTuple.Of(PyStr.From(s), PyInt.From(n), PyInt.From(order)) : PyTuple.Of(PyStr.From(s), PyInt.From(n));
    }
}

/// <summary>The codec machinery shared by `_codecs`, str.encode/bytes.decode and `_io`.</summary>
public static class Codecs
{
    public enum Kind { Utf8, Ascii, Latin1, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Charmap, UnicodeEscape, RawUnicodeEscape }

    /// <summary>One registry per interpreter (Host): programs run side by side in one process.</summary>
    private sealed class Registry
    {
        public readonly List<PyObject> SearchFunctions = [];
        public readonly Dictionary<string, PyObject> Cache = [];
        public readonly Dictionary<string, PyObject> ErrorHandlers = [];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Hosting.Host, Registry> s_registries = [];
    private static Registry Current => s_registries.GetValue(Hosting.Host.Current, static _ => new Registry());

    public static List<PyObject> SearchFunctions => Current.SearchFunctions;
    public static Dictionary<string, PyObject> Cache => Current.Cache;
    public static Dictionary<string, PyObject> ErrorHandlers => Current.ErrorHandlers;
    private static readonly string[] s_builtinHandlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"];

    /// <summary>CPython's normalizestring: lower case, spaces become underscores.</summary>
    public static string Normalize(string name) => name.ToLowerInvariant().Replace(' ', '_');

    public static PyObject Lookup(string encoding)
    {
        var key = Normalize(encoding);
        if (Cache.TryGetValue(key, out var hit)) return hit;
        // The registry fills itself by importing the encodings package, as CPython's does.
        if (SearchFunctions.Count == 0) Importer.ImportName("encodings", new PyDict(), PyTuple.Empty, 0);
        var name = PyStr.From(key);
        foreach (var f in SearchFunctions.ToArray())
        {
            var r = Ops.Call(f, name);
            if (r is PyNone) continue;
            if (r is not PyTuple { Count: 4 }) throw Errors.TypeError("codec search functions must return 4-tuples");
            Cache[key] = r;
            return r;
        }
        throw Errors.Make(TypeObjects.LookupError, $"unknown encoding: {encoding}");
    }

    public static PyObject LookupError(string name)
    {
        if (ErrorHandlers.TryGetValue(name, out var h)) return h;
        if (Array.IndexOf(s_builtinHandlers, name) >= 0)
        {
            var fn = new PyBuiltinFunction(name + "_errors", (a, kw) => CallBuiltinHandler(name, a[0])) { ModuleName = "_codecs" };
            ErrorHandlers[name] = fn;
            return fn;
        }
        throw Errors.Make(TypeObjects.LookupError, $"unknown error handler name '{name}'");
    }

    /// <summary>codecs.encode/decode: the registry's encoder (index 0) or decoder (1), result checked.</summary>
    public static PyObject CallCodec(PyObject obj, string encoding, string errors, int index)
    {
        var info = (PyTuple)Lookup(encoding);
        var r = Ops.Call(info.Items[index], obj, PyStr.From(errors));
        if (r is not PyTuple { Count: 2 } t)
            throw Errors.TypeError(index == 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        return t.Items[0];
    }

    private static Kind? FastKind(string encoding, out string name)
    {
        name = encoding.ToLowerInvariant().Replace('_', '-');
        switch (name)
        {
            case "utf-8": case "utf8": name = "utf-8"; return Kind.Utf8;
            case "ascii": case "us-ascii": name = "ascii"; return Kind.Ascii;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": name = "latin-1"; return Kind.Latin1;
            case "utf-16-le": case "utf-16le": name = "utf-16-le"; return Kind.Utf16LE;
            case "utf-16-be": case "utf-16be": name = "utf-16-be"; return Kind.Utf16BE;
            case "utf-32-le": case "utf-32le": name = "utf-32-le"; return Kind.Utf32LE;
            case "utf-32-be": case "utf-32be": name = "utf-32-be"; return Kind.Utf32BE;
            default: return null;
        }
    }

    /// <summary>str.encode(encoding, errors).</summary>
    public static byte[] Encode(string s, string encoding, string errors) => Encode(PyStr.From(s), encoding, errors);

    public static byte[] Encode(PyStr s, string encoding, string errors)
    {
        if (FastKind(encoding, out var name) is { } k) return EncodeCps(s, k, name, errors);
        var info = TextCodec(encoding, 0);
        var r = Ops.Call(info.Items[0], s, PyStr.From(errors));
        if (r is not PyTuple { Count: 2 } t) throw Errors.TypeError("encoder must return a tuple (object, integer)");
        return t.Items[0] switch
        {
            PyBytes b => b.V,
            PyByteArray ba => ba.ToArray(),
            var o => throw Errors.TypeError($"'{encoding}' encoder returned '{o.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"),
        };
    }

    /// <summary>bytes.decode(encoding, errors).</summary>
    public static string Decode(byte[] b, string encoding, string errors)
    {
        if (FastKind(encoding, out _) is { } k) return DecodeBytes(b, k, errors, true).Text;
        var info = TextCodec(encoding, 1);
        var r = Ops.Call(info.Items[1], new PyBytes(b), PyStr.From(errors));
        if (r is not PyTuple { Count: 2 } t) throw Errors.TypeError("decoder must return a tuple (object,integer)");
        return t.Items[0] is PyStr s ? s.V : throw Errors.TypeError($"'{encoding}' decoder returned '{t.Items[0].Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    /// <summary>A registry codec usable by str.encode/bytes.decode (not e.g. rot13 or hex).</summary>
    public static PyTuple TextCodec(string encoding, int index)
    {
        var info = (PyTuple)Lookup(encoding);
        if (info.Dict?.Get("_is_text_encoding") is { } flag && !Ops.Truth(flag))
            throw Errors.Make(TypeObjects.LookupError, $"'{encoding}' is not a text encoding; use codecs.{(index == 0 ? "encode" : "decode")}() to handle arbitrary codecs");
        return info;
    }

    // ------------------------------------------------------------------ code points

    /// <summary>Python's view of a string: code points, surrogate pairs joined, lone surrogates kept.</summary>
    public static int[] CodePointsOf(string s)
    {
        var r = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) r[n++] = char.ConvertToUtf32(c, s[++i]);
            else r[n++] = c;
        }
        return n == r.Length ? r : r[..n];
    }

    private static void AppendCp(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else { cp -= 0x10000; sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF))); }
    }

    // ------------------------------------------------------------------ encoding

    private static bool TryEncode(Kind kind, int cp, List<byte> o, PyObject? map)
    {
        bool surrogate = cp is >= 0xD800 and <= 0xDFFF;
        switch (kind)
        {
            case Kind.Ascii: if (cp >= 0x80) return false; o.Add((byte)cp); return true;
            case Kind.Latin1: if (cp >= 0x100) return false; o.Add((byte)cp); return true;
            case Kind.Utf8: if (surrogate) return false; Utf8(cp, o); return true;
            case Kind.Utf16LE: case Kind.Utf16BE: if (surrogate) return false; Utf16(cp, o, kind == Kind.Utf16BE); return true;
            case Kind.Utf32LE: case Kind.Utf32BE: if (surrogate) return false; Utf32(cp, o, kind == Kind.Utf32BE); return true;
            case Kind.Charmap: return CharmapEncode(cp, o, map!);
            default: return false;
        }
    }

    private static void Utf8(int cp, List<byte> o)
    {
        if (cp < 0x80) o.Add((byte)cp);
        else if (cp < 0x800) { o.Add((byte)(0xC0 | cp >> 6)); o.Add((byte)(0x80 | cp & 0x3F)); }
        else if (cp < 0x10000) { o.Add((byte)(0xE0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
        else { o.Add((byte)(0xF0 | cp >> 18)); o.Add((byte)(0x80 | cp >> 12 & 0x3F)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
    }

    private static void Utf16(int cp, List<byte> o, bool be)
    {
        if (cp >= 0x10000) { cp -= 0x10000; Unit(0xD800 + (cp >> 10)); Unit(0xDC00 + (cp & 0x3FF)); }
        else Unit(cp);
        void Unit(int u) { if (be) { o.Add((byte)(u >> 8)); o.Add((byte)u); } else { o.Add((byte)u); o.Add((byte)(u >> 8)); } }
    }

    private static void Utf32(int cp, List<byte> o, bool be)
    {
        if (be) { o.Add((byte)(cp >> 24)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 8)); o.Add((byte)cp); }
        else { o.Add((byte)cp); o.Add((byte)(cp >> 8)); o.Add((byte)(cp >> 16)); o.Add((byte)(cp >> 24)); }
    }

    private static bool CharmapEncode(int cp, List<byte> o, PyObject map)
    {
        PyObject? v;
        if (map is PyDict d) v = d.Get(PyInt.From(cp));
        else
        {
            try { v = Ops.GetItem(map, PyInt.From(cp)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError)) { v = null; }
        }
        switch (v)
        {
            case null or PyNone: return false;
            case PyInt i:
                if (i.V is < 0 or > 255) throw Errors.TypeError("character mapping must be in range(256)");
                o.Add((byte)i.V); return true;
            case PyBytes b: o.AddRange(b.V); return true;
            default: throw Errors.TypeError("character mapping must return integer, bytes or None, not " + v.Type.Name);
        }
    }

    private static string EncodeReason(Kind kind) => kind switch
    {
        Kind.Ascii => "ordinal not in range(128)",
        Kind.Latin1 => "ordinal not in range(256)",
        Kind.Charmap => "character maps to <undefined>",
        _ => "surrogates not allowed",
    };

    /// <summary>Encodes <paramref name="s"/> with a native codec, calling the error handler on every
    /// run of characters the codec cannot encode (positions in code points, as in CPython).</summary>
    public static byte[] EncodeCps(PyStr s, Kind kind, string name, string errors, PyObject? map = null)
    {
        var str = s.V;
        // Fast paths: the whole text is encodable.
        if (kind == Kind.Utf8 && str.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return Encoding.UTF8.GetBytes(str);
        if (kind == Kind.Ascii && !str.AsSpan().ContainsAnyExceptInRange('\0', '\x7f')) return Encoding.Latin1.GetBytes(str);
        if (kind == Kind.Latin1 && !str.AsSpan().ContainsAnyExceptInRange('\0', '\xff')) return Encoding.Latin1.GetBytes(str);
        var cps = CodePointsOf(str);
        var o = new List<byte>(cps.Length);
        int i = 0;
        while (i < cps.Length)
        {
            if (TryEncode(kind, cps[i], o, map)) { i++; continue; }
            int end = i + 1;
            while (end < cps.Length && !TryEncode(kind, cps[end], new List<byte>(), map)) end++;
            i = EncodeError(errors, kind, name, s, cps, i, end, o, map);
        }
        return [.. o];
    }

    private static PyException EncodeException(string name, PyStr s, int start, int end, string reason) =>
        new(Errors.NewException(TypeObjects.UnicodeEncodeError, [PyStr.From(name), s, PyInt.From(start), PyInt.From(end), PyStr.From(reason)]));

    private static int EncodeError(string errors, Kind kind, string name, PyStr s, int[] cps, int start, int end, List<byte> o, PyObject? map)
    {
        string reason = EncodeReason(kind);
        void Ascii(string text)
        {
            foreach (char c in text) if (!TryEncode(kind, c, o, map)) throw EncodeException(name, s, start, end, reason);
        }
        switch (errors)
        {
            case "strict": throw EncodeException(name, s, start, end, reason);
            case "ignore": return end;
            case "replace": for (int k = start; k < end; k++) Ascii("?"); return end;
            case "backslashreplace": case "xmlcharrefreplace": case "namereplace":
                Ascii(ReplaceText(errors, cps, start, end)); return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) if (cps[k] is < 0xDC80 or > 0xDCFF) throw EncodeException(name, s, start, end, reason);
                for (int k = start; k < end; k++) o.Add((byte)(cps[k] - 0xDC00));
                return end;
            case "surrogatepass":
                if (kind is Kind.Utf8 or Kind.Utf16LE or Kind.Utf16BE or Kind.Utf32LE or Kind.Utf32BE)
                {
                    for (int k = start; k < end; k++) if (cps[k] is < 0xD800 or > 0xDFFF) throw EncodeException(name, s, start, end, reason);
                    for (int k = start; k < end; k++)
                    {
                        int cp = cps[k];
                        if (kind == Kind.Utf8) { o.Add((byte)(0xE0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
                        else if (kind is Kind.Utf16LE or Kind.Utf16BE) Utf16(cp, o, kind == Kind.Utf16BE);
                        else Utf32(cp, o, kind == Kind.Utf32BE);
                    }
                    return end;
                }
                throw EncodeException(name, s, start, end, reason);
        }
        var exc = EncodeException(name, s, start, end, reason);
        var r = Ops.Call(LookupError(errors), exc.Value);
        if (r is not PyTuple { Count: 2 } t || t.Items[0] is not (PyStr or PyBytes) || t.Items[1] is not PyInt)
            throw Errors.TypeError("encoding error handler must return (str/bytes, int) tuple");
        if (t.Items[0] is PyBytes rb) o.AddRange(rb.V);
        else foreach (var cp in CodePointsOf(((PyStr)t.Items[0]).V)) if (!TryEncode(kind, cp, o, map)) throw exc;
        return NewPos(t.Items[1], cps.Length);
    }

    private static int NewPos(PyObject pos, int length)
    {
        long p = Ops.IndexValue(pos);
        if (p < 0) p += length;
        if (p < 0 || p > length) throw Errors.IndexError($"position {p} from error handler out of bounds");
        return (int)p;
    }

    private static string ReplaceText(string handler, int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (int k = start; k < end; k++)
        {
            int cp = cps[k];
            if (handler == "xmlcharrefreplace") sb.Append("&#").Append(cp).Append(';');
            else if (handler == "namereplace" && NameOf(cp) is { } n) sb.Append("\\N{").Append(n).Append('}');
            else sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
        }
        return sb.ToString();
    }

    /// <summary>The Unicode name of a code point (for namereplace).</summary>
    private static string? NameOf(int cp) => UnicodeDatabase.Instance.Name(cp);

    /// <summary>The builtin handlers called through lookup_error (CPython's *_errors functions).</summary>
    private static PyObject CallBuiltinHandler(string name, PyObject exc)
    {
        if (exc is not PyBaseException e || !e.Type.IsSubtypeOf(TypeObjects.UnicodeError))
            throw Errors.TypeError($"don't know how to handle {exc.Type.Name} in error callback");
        if (name == "strict") throw new PyException(e);
        var args = e.Args.Items;
        int start = (int)Ops.IndexValue(args[2]), end = (int)Ops.IndexValue(args[3]);
        var endObj = PyInt.From(end);
        bool encoding = e.Type.IsSubtypeOf(TypeObjects.UnicodeEncodeError), decoding = e.Type.IsSubtypeOf(TypeObjects.UnicodeDecodeError);
        switch (name)
        {
            case "ignore": return PyTuple.Of(PyStr.Empty, endObj);
            case "replace": return PyTuple.Of(PyStr.From(encoding ? new string('?', end - start) : "\uFFFD"), endObj);
            case "backslashreplace" when encoding:
            case "xmlcharrefreplace" when encoding:
            case "namereplace" when encoding:
                return PyTuple.Of(PyStr.From(ReplaceText(name, CodePointsOf(((PyStr)args[1]).V), start, end)), endObj);
            case "backslashreplace" when decoding:
                {
                    var b = BytesMethods.AsBytes(args[1]);
                    var sb = new StringBuilder();
                    for (int k = start; k < end; k++) sb.Append($"\\x{b[k]:x2}");
                    return PyTuple.Of(PyStr.From(sb.ToString()), endObj);
                }
            case "surrogateescape" when decoding:
                {
                    var b = BytesMethods.AsBytes(args[1]);
                    var sb = new StringBuilder();
                    for (int k = start; k < end && k < start + 4; k++)
                    {
                        if (b[k] < 128) throw new PyException(e);
                        sb.Append((char)(0xDC00 + b[k]));
                    }
                    return PyTuple.Of(PyStr.From(sb.ToString()), PyInt.From(start + sb.Length));
                }
            case "surrogateescape" when encoding:
                {
                    var cps = CodePointsOf(((PyStr)args[1]).V);
                    var o = new byte[end - start];
                    for (int k = start; k < end; k++) o[k - start] = cps[k] is >= 0xDC80 and <= 0xDCFF ? (byte)(cps[k] - 0xDC00) : throw new PyException(e);
                    return PyTuple.Of(new PyBytes(o), endObj);
                }
        }
        throw Errors.TypeError($"don't know how to handle {e.Type.Name} in error callback");
    }

    // ------------------------------------------------------------------ decoding

    /// <summary>Decodes with a native codec; unless <paramref name="final"/>, an incomplete sequence at
    /// the end is left unconsumed (incremental decoding). Returns the text and the bytes consumed.</summary>
    public static (string Text, int Consumed) DecodeBytes(byte[] b, Kind kind, string errors, bool final, PyObject? map = null, int from = 0)
    {
        int i = from; // a byte order mark already consumed: positions still count from the data's start
        if (from == 0)
        {
            if (kind == Kind.Ascii && !b.AsSpan().ContainsAnyExceptInRange((byte)0, (byte)0x7f)) return (Encoding.Latin1.GetString(b), b.Length);
            if (kind == Kind.Latin1) return (Encoding.Latin1.GetString(b), b.Length);
            if (kind == Kind.Utf8 && final && System.Text.Unicode.Utf8.IsValid(b)) return (Encoding.UTF8.GetString(b), b.Length);
        }
        string name = kind switch
        {
            Kind.Utf8 => "utf-8", Kind.Ascii => "ascii", Kind.Utf16LE => "utf-16-le", Kind.Utf16BE => "utf-16-be",
            Kind.Utf32LE => "utf-32-le", Kind.Utf32BE => "utf-32-be", Kind.Charmap => "charmap",
            Kind.UnicodeEscape => "unicodeescape", Kind.RawUnicodeEscape => "rawunicodeescape", _ => "latin-1",
        };
        var sb = new StringBuilder(b.Length);
        PyObject? data = null;
        while (i < b.Length)
        {
            int start = i, end;
            string reason;
            switch (kind)
            {
                case Kind.Ascii:
                    if (b[i] < 0x80) { sb.Append((char)b[i++]); continue; }
                    end = i + 1; reason = "ordinal not in range(128)";
                    break;
                case Kind.Utf8:
                    {
                        var (cp, len, bad, incomplete) = Utf8At(b, i);
                        if (!bad) { AppendCp(sb, cp); i += len; continue; }
                        if (incomplete && !final) return (sb.ToString(), i);
                        end = i + len;
                        reason = incomplete ? "unexpected end of data" : b[i] is >= 0x80 and < 0xC2 or >= 0xF5 ? "invalid start byte" : "invalid continuation byte";
                        break;
                    }
                case Kind.Utf16LE: case Kind.Utf16BE:
                    {
                        bool be = kind == Kind.Utf16BE;
                        if (b.Length - i < 2)
                        {
                            if (!final) return (sb.ToString(), i);
                            end = b.Length; reason = "truncated data"; break;
                        }
                        int u = be ? b[i] << 8 | b[i + 1] : b[i + 1] << 8 | b[i];
                        if (u is < 0xD800 or > 0xDFFF) { sb.Append((char)u); i += 2; continue; }
                        if (u >= 0xDC00) { end = i + 2; reason = "illegal encoding"; break; }
                        if (b.Length - i < 4)
                        {
                            if (!final) return (sb.ToString(), i);
                            end = b.Length; reason = "unexpected end of data"; break;
                        }
                        int u2 = be ? b[i + 2] << 8 | b[i + 3] : b[i + 3] << 8 | b[i + 2];
                        if (u2 is >= 0xDC00 and <= 0xDFFF) { sb.Append((char)u).Append((char)u2); i += 4; continue; }
                        end = i + 2; reason = "illegal UTF-16 surrogate";
                        break;
                    }
                case Kind.Utf32LE: case Kind.Utf32BE:
                    {
                        if (b.Length - i < 4)
                        {
                            if (!final) return (sb.ToString(), i);
                            end = b.Length; reason = "truncated data"; break;
                        }
                        long cp = kind == Kind.Utf32BE ? (long)b[i] << 24 | (long)b[i + 1] << 16 | (long)b[i + 2] << 8 | b[i + 3] : (long)b[i + 3] << 24 | (long)b[i + 2] << 16 | (long)b[i + 1] << 8 | b[i];
                        if (cp < 0x110000 && cp is < 0xD800 or > 0xDFFF) { AppendCp(sb, (int)cp); i += 4; continue; }
                        end = i + 4;
                        reason = cp < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)" : "code point not in range(0x110000)";
                        break;
                    }
                case Kind.Charmap:
                    {
                        if (CharmapDecode(b[i], sb, map!)) { i++; continue; }
                        end = i + 1; reason = "character maps to <undefined>";
                        break;
                    }
                case Kind.UnicodeEscape: case Kind.RawUnicodeEscape:
                    {
                        var (consumed, r) = EscapeAt(b, i, sb, kind == Kind.RawUnicodeEscape);
                        if (r is null) { i += consumed; continue; }
                        if (!final && i + consumed >= b.Length && r != "unknown Unicode character name") return (sb.ToString(), i);
                        end = i + consumed; reason = r;
                        break;
                    }
                default: sb.Append((char)b[i++]); continue;
            }
            i = DecodeError(errors, kind, name, b, ref data, start, end, reason, sb);
        }
        return (sb.ToString(), b.Length);
    }

    /// <summary>One UTF-8 sequence at b[i]: the code point and length, or (bad) the length of the
    /// invalid prefix CPython reports and whether the data merely ended too early.</summary>
    private static (int Cp, int Len, bool Bad, bool Incomplete) Utf8At(byte[] b, int i)
    {
        int c = b[i];
        if (c < 0x80) return (c, 1, false, false);
        int need; int lo = 0x80, hi = 0xBF;
        if (c < 0xC2) return (0, 1, true, false);
        else if (c < 0xE0) need = 1;
        else if (c < 0xF0) { need = 2; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
        else if (c < 0xF5) { need = 3; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
        else return (0, 1, true, false);
        int cp = c & (0x3F >> need);
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= b.Length) return (0, k, true, true);
            int x = b[i + k];
            if (k == 1 ? x < lo || x > hi : x is < 0x80 or > 0xBF) return (0, k, true, false);
            cp = cp << 6 | x & 0x3F;
        }
        return (cp, need + 1, false, false);
    }

    private static bool CharmapDecode(byte x, StringBuilder sb, PyObject map)
    {
        if (map is PyStr table)
        {
            // A decoding table string; U+FFFE marks an undefined byte.
            if (x >= table.V.Length || table.V[x] == '\uFFFE') return false;
            sb.Append(table.V[x]);
            return true;
        }
        PyObject? v;
        try { v = Ops.GetItem(map, PyInt.From(x)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError)) { return false; }
        switch (v)
        {
            case PyNone: return false;
            case PyInt i:
                if (i.V is < 0 or > 0x10FFFF) throw Errors.TypeError("character mapping must be in range(0x110000)");
                if (i.V == 0xFFFE) return false;
                AppendCp(sb, (int)i.V); return true;
            case PyStr s: if (s.V == "\uFFFE") return false; sb.Append(s.V); return true;
            default: throw Errors.TypeError("character mapping must return integer, None or str");
        }
    }

    private static int Hex(byte c) => c is >= (byte)'0' and <= (byte)'9' ? c - '0' : c is >= (byte)'a' and <= (byte)'f' ? c - 'a' + 10 : c is >= (byte)'A' and <= (byte)'F' ? c - 'A' + 10 : -1;

    /// <summary>One unit of (raw_)unicode_escape input at b[i]: appends its text and returns the bytes
    /// consumed, or the bad run's length and CPython's reason.</summary>
    private static (int Consumed, string? Reason) EscapeAt(byte[] b, int i, StringBuilder sb, bool raw)
    {
        if (b[i] != '\\') { sb.Append((char)b[i]); return (1, null); }
        if (raw)
        {
            // Only \u and \U preceded by an odd number of backslashes are escapes.
            if (i + 1 >= b.Length || b[i + 1] is not ((byte)'u' or (byte)'U')) { sb.Append('\\'); return (1, null); }
        }
        if (i + 1 >= b.Length) return (1, "\\ at end of string");
        byte c = b[i + 1];
        char? simple = c switch
        {
            (byte)'\n' => '\0', (byte)'\\' => '\\', (byte)'\'' => '\'', (byte)'"' => '"', (byte)'b' => '\b', (byte)'f' => '\f',
            (byte)'t' => '\t', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'v' => '\v', (byte)'a' => '\a', _ => null,
        };
        if (simple is { } ch) { if (c != '\n') sb.Append(ch); return (2, null); }
        if (c is >= (byte)'0' and <= (byte)'7')
        {
            int v = 0, k = i + 1;
            for (; k < b.Length && k < i + 4 && b[k] is >= (byte)'0' and <= (byte)'7'; k++) v = v * 8 + b[k] - '0';
            sb.Append((char)v);
            return (k - i, null);
        }
        int digits = c switch { (byte)'x' => 2, (byte)'u' => 4, (byte)'U' => 8, _ => 0 };
        if (digits > 0)
        {
            int v = 0, k = i + 2;
            for (; k < i + 2 + digits; k++)
            {
                if (k >= b.Length || Hex(b[k]) < 0) return (k - i, $"truncated \\{(char)c}{new string('X', digits)} escape");
                v = v * 16 + Hex(b[k]);
            }
            if (v > 0x10FFFF) return (k - i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
            AppendCp(sb, v);
            return (k - i, null);
        }
        if (c == 'N')
        {
            int close = i + 2 < b.Length && b[i + 2] == '{' ? Array.IndexOf(b, (byte)'}', i + 3) : -1;
            if (close < 0 || close == i + 3) return (Math.Max(close, b.Length) - i, "malformed \\N character escape");
            var text = Unicodedata.CharacterNamed(Encoding.Latin1.GetString(b, i + 3, close - i - 3));
            if (text is null) return (close + 1 - i, "unknown Unicode character name");
            sb.Append(text);
            return (close + 1 - i, null);
        }
        // An unknown escape stays as written.
        sb.Append('\\');
        return (1, null);
    }

    private static PyException DecodeException(string name, ref PyObject? data, byte[] b, int start, int end, string reason)
    {
        data ??= new PyBytes(b);
        return new(Errors.NewException(TypeObjects.UnicodeDecodeError, [PyStr.From(name), data, PyInt.From(start), PyInt.From(end), PyStr.From(reason)]));
    }

    private static int DecodeError(string errors, Kind kind, string name, byte[] b, ref PyObject? data, int start, int end, string reason, StringBuilder sb)
    {
        switch (errors)
        {
            case "strict": throw DecodeException(name, ref data, b, start, end, reason);
            case "ignore": return end;
            case "replace": sb.Append('\uFFFD'); return end;
            case "backslashreplace": for (int k = start; k < end; k++) sb.Append($"\\x{b[k]:x2}"); return end;
            case "surrogateescape":
                {
                    int k = start;
                    for (; k < end && k < start + 4; k++)
                    {
                        if (b[k] < 128) throw DecodeException(name, ref data, b, start, end, reason);
                        sb.Append((char)(0xDC00 + b[k]));
                    }
                    return k;
                }
            case "surrogatepass":
                {
                    int cp = -1, len = 0;
                    if (kind == Kind.Utf8 && b.Length - start >= 3 && (b[start] & 0xF0) == 0xE0 && (b[start + 1] & 0xC0) == 0x80 && (b[start + 2] & 0xC0) == 0x80)
                    { cp = (b[start] & 0x0F) << 12 | (b[start + 1] & 0x3F) << 6 | b[start + 2] & 0x3F; len = 3; }
                    else if (kind is Kind.Utf16LE or Kind.Utf16BE && b.Length - start >= 2)
                    { cp = kind == Kind.Utf16BE ? b[start] << 8 | b[start + 1] : b[start + 1] << 8 | b[start]; len = 2; }
                    else if (kind is Kind.Utf32LE or Kind.Utf32BE && b.Length - start >= 4)
                    { cp = kind == Kind.Utf32BE ? b[start + 2] << 8 | b[start + 3] : b[start + 1] << 8 | b[start]; len = 4; }
                    if (cp is < 0xD800 or > 0xDFFF) throw DecodeException(name, ref data, b, start, end, reason);
                    sb.Append((char)cp);
                    return start + len;
                }
        }
        var exc = DecodeException(name, ref data, b, start, end, reason);
        var r = Ops.Call(LookupError(errors), exc.Value);
        if (r is not PyTuple { Count: 2 } t || t.Items[0] is not PyStr rep || t.Items[1] is not PyInt)
            throw Errors.TypeError("decoding error handler must return (str, int) tuple");
        sb.Append(rep.V);
        return NewPos(t.Items[1], b.Length);
    }

    // ------------------------------------------------------------------ UTF-7 (RFC 2152, as CPython's)

    /// <summary>CPython's utf7_category: 0 "Set D" and 1 "Set O" and 2 whitespace are written directly by
    /// the encoder; 3 ('+', '\\', '~', controls, DEL) only inside a base-64 shift sequence.</summary>
    private static int Utf7Category(int c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' => 0,
        '\'' or '(' or ')' or ',' or '-' or '.' or '/' or ':' or '?' => 0,
        ' ' or '\t' or '\r' or '\n' => 2,
        '!' or '"' or '#' or '$' or '%' or '&' or '*' or ';' or '<' or '=' or '>' or '@' or '[' or ']' or '^' or '_' or '`' or '{' or '|' or '}' => 1,
        _ => 3,
    };

    private static bool Utf7Direct(int c) => c is > 0 and < 128 && Utf7Category(c) != 3;
    private static bool IsBase64(int c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/';
    private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static int FromBase64(int c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A', >= 'a' and <= 'z' => c - 'a' + 26, >= '0' and <= '9' => c - '0' + 52, '+' => 62, _ => 63,
    };

    /// <summary>UTF-7 never fails: every UTF-16 unit (a lone surrogate too) goes into a shift sequence.</summary>
    public static byte[] Utf7Encode(string s)
    {
        var o = new List<byte>(s.Length + 8);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        foreach (char ch in s)
        {
            if (inShift)
            {
                if (Utf7Direct(ch))
                {
                    if (bits > 0) { o.Add((byte)Base64Chars[(int)(buffer << (6 - bits)) & 0x3F]); buffer = 0; bits = 0; }
                    inShift = false;
                    // a character outside the base-64 set ends the sequence by itself; '-' and base-64 ones need the '-'
                    if (IsBase64(ch) || ch == '-') o.Add((byte)'-');
                    o.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+') { o.Add((byte)'+'); o.Add((byte)'-'); continue; }
            else if (Utf7Direct(ch)) { o.Add((byte)ch); continue; }
            else { o.Add((byte)'+'); inShift = true; }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6) { o.Add((byte)Base64Chars[(int)(buffer >> (bits - 6)) & 0x3F]); bits -= 6; }
            buffer &= (1UL << bits) - 1;
        }
        if (bits > 0) o.Add((byte)Base64Chars[(int)(buffer << (6 - bits)) & 0x3F]);
        if (inShift) o.Add((byte)'-');
        return [.. o];
    }

    /// <summary>PyUnicode_DecodeUTF7Stateful: (text, bytes consumed); without `final` an unfinished shift
    /// sequence is left unconsumed (its text too), as the incremental decoder needs.</summary>
    public static (string, int) Utf7Decode(byte[] b, string errors, bool final)
    {
        var sb = new StringBuilder(b.Length);
        PyObject? data = null;
        bool inShift = false;
        int bits = 0, startinpos = 0, shiftOutStart = 0;
        ulong buffer = 0;
        int surrogate = 0;
        int i = 0;
        while (true)
        {
            while (i < b.Length)
            {
                int ch = b[i];
                string? reason = null;
                int start = i;
                if (inShift)
                {
                    if (IsBase64(ch))
                    {
                        buffer = (buffer << 6) | (uint)FromBase64(ch);
                        bits += 6;
                        i++;
                        if (bits >= 16)
                        {
                            int outCh = (int)(buffer >> (bits - 16)) & 0xFFFF;
                            bits -= 16;
                            buffer &= (1UL << bits) - 1;
                            if (surrogate != 0)
                            {
                                if (outCh is >= 0xDC00 and <= 0xDFFF) { sb.Append((char)surrogate).Append((char)outCh); surrogate = 0; continue; }
                                sb.Append((char)surrogate);
                                surrogate = 0;
                            }
                            if (outCh is >= 0xD800 and <= 0xDBFF) surrogate = outCh;
                            else sb.Append((char)outCh);
                        }
                        continue;
                    }
                    inShift = false;   // leaving the base-64 section
                    if (bits > 6) { reason = "partial character in shift sequence"; start = startinpos; }
                    else if (bits > 0 && buffer != 0) { reason = "non-zero padding bits in shift sequence"; start = startinpos; }
                    else
                    {
                        if (surrogate != 0 && ch <= 127 && ch != '+') { sb.Append((char)surrogate); surrogate = 0; }
                        if (ch == '-') i++;   // '-' is absorbed; other terminators are decoded next
                        continue;
                    }
                    // CPython reports these from the shift's start through the terminator, which is consumed
                    i = DecodeError(errors, Kind.Ascii, "utf7", b, ref data, start, i + 1, reason, sb);
                    continue;
                }
                if (ch == '+')
                {
                    startinpos = i;
                    i++;
                    if (i < b.Length && b[i] == '-') { i++; sb.Append('+'); continue; }
                    if (i < b.Length && !IsBase64(b[i])) { i++; reason = "ill-formed sequence"; }
                    else { inShift = true; surrogate = 0; shiftOutStart = sb.Length; bits = 0; buffer = 0; continue; }
                }
                else if (ch <= 127) { sb.Append((char)ch); i++; continue; }
                else { i++; reason = "unexpected special character"; }
                i = DecodeError(errors, Kind.Ascii, "utf7", b, ref data, start, i, reason, sb);
            }
            if (inShift && final)
            {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
                {
                    surrogate = 0;
                    i = DecodeError(errors, Kind.Ascii, "utf7", b, ref data, startinpos, b.Length, "unterminated shift sequence", sb);
                    if (i < b.Length) continue;
                }
            }
            break;
        }
        if (surrogate != 0) sb.Append((char)surrogate);
        if (!final && inShift)
        {
            sb.Length = shiftOutStart;   // the unfinished sequence is decoded again with the next chunk
            return (sb.ToString(), startinpos);
        }
        return (sb.ToString(), b.Length);
    }

    // ------------------------------------------------------------------ escape codecs

    public static byte[] UnicodeEscapeEncode(string s, bool raw)
    {
        var sb = new StringBuilder(s.Length);
        foreach (int cp in CodePointsOf(s))
        {
            if (cp >= 0x10000) sb.Append($"\\U{cp:x8}");
            else if (cp >= 0x100) sb.Append($"\\u{cp:x4}");
            else if (raw) sb.Append((char)cp);
            else if (cp == '\\') sb.Append("\\\\");
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < 0x20 || cp >= 0x7F) sb.Append($"\\x{cp:x2}");
            else sb.Append((char)cp);
        }
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>escape_decode: Python bytes-literal escapes.</summary>
    public static byte[] EscapeDecode(byte[] b)
    {
        var o = new List<byte>(b.Length);
        for (int i = 0; i < b.Length; i++)
        {
            if (b[i] != '\\') { o.Add(b[i]); continue; }
            if (++i >= b.Length) throw Errors.ValueError("Trailing \\ in string");
            byte c = b[i];
            switch ((char)c)
            {
                case '\n': break;
                case '\\': o.Add((byte)'\\'); break;
                case '\'': o.Add((byte)'\''); break;
                case '"': o.Add((byte)'"'); break;
                case 'b': o.Add(8); break;
                case 'f': o.Add(12); break;
                case 't': o.Add(9); break;
                case 'n': o.Add(10); break;
                case 'r': o.Add(13); break;
                case 'v': o.Add(11); break;
                case 'a': o.Add(7); break;
                case >= '0' and <= '7':
                    {
                        int v = c - '0';
                        for (int k = 0; k < 2 && i + 1 < b.Length && b[i + 1] is >= (byte)'0' and <= (byte)'7'; k++) v = v * 8 + b[++i] - '0';
                        o.Add((byte)v);
                        break;
                    }
                case 'x':
                    if (i + 2 < b.Length && Hex(b[i + 1]) >= 0 && Hex(b[i + 2]) >= 0) { o.Add((byte)(Hex(b[i + 1]) * 16 + Hex(b[i + 2]))); i += 2; break; }
                    throw Errors.ValueError($"invalid \\x escape at position {i - 1}");
                default: o.Add((byte)'\\'); o.Add(c); break;
            }
        }
        return [.. o];
    }
}
