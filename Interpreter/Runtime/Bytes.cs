using System.Numerics;
using System.Text;

namespace Herthon.Runtime;

public sealed class PyBytes(byte[] v) : PyObject
{
    public readonly byte[] V = v;
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.Bytes;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
}

public sealed class PyByteArray : PyObject
{
    public byte[] Data;
    public int Count;
    public PyByteArray(byte[] data) { Data = data; Count = data.Length; }
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.ByteArray;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
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
        IBufferExporter e => e.Buffer.ToArray(),
        PyMemoryView mv => mv.ToArray(),
        _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public static byte ByteValue(PyObject o, bool single = true)
    {
        long v = Ops.IndexValue(o);
        if (v < 0 || v > 255) throw Errors.ValueError(single ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
        return (byte)v;
    }

    public static byte[] Slice(byte[] b, PySlice s)
    {
        s.Indices(b.Length, out long start, out _, out long step, out long count);
        var r = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step) r[i] = b[j];
        return r;
    }

    public static string Hex(byte[] b, PyObject? sep, PyObject? bytesPerSep = null)
    {
        string hex = Convert.ToHexString(b).ToLowerInvariant();
        if (sep is null || sep is PyNone || b.Length == 0) return hex;
        string sp = sep is PyStr ss ? ss.V : Encoding.Latin1.GetString(AsBytes(sep));
        if (sp.Length != 1) throw Errors.ValueError("sep must be length 1.");
        long per = 1;
        if (bytesPerSep is not null)
        {
            // A C int in CPython (Argument Clinic's "i").
            if (bytesPerSep is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            var pi = Ops.ToPyInt(bytesPerSep);
            if (pi.Big is not null || pi.V is < int.MinValue or > int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
            per = pi.V;
        }
        int group = (int)Math.Min(Math.Abs(per), b.Length);
        if (group == 0) return hex;
        // Positive bytes_per_sep groups from the right, negative from the left (CPython).
        var parts = new List<string>();
        if (per > 0)
        {
            int first = b.Length % group;
            if (first > 0) parts.Add(hex[..(2 * first)]);
            for (int i = first; i < b.Length; i += group) parts.Add(hex.Substring(2 * i, 2 * group));
        }
        else
        {
            for (int i = 0; i < b.Length; i += group) parts.Add(hex.Substring(2 * i, 2 * Math.Min(group, b.Length - i)));
        }
        return string.Join(sp, parts);
    }

    public static byte[] FromHex(string s)
    {
        var r = new List<byte>();
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r') { i++; continue; }   // ASCII whitespace only
            int hi = HexDigit(s[i]);
            if (hi < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || HexDigit(s[i + 1]) < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + HexDigit(s[i + 1])));
            i += 2;
        }
        return [.. r];
    }

    private static int HexDigit(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;

    public static byte[] Translate(byte[] src, PyObject table, PyObject? delete)
    {
        byte[]? map = table is PyNone ? null : AsBytes(table);
        if (map is not null && map.Length != 256) throw Errors.ValueError("translation table must be 256 characters long");
        var del = delete is null ? [] : AsBytes(delete);
        var r = new List<byte>(src.Length);
        foreach (var x in src)
        {
            if (Array.IndexOf(del, x) >= 0) continue;
            r.Add(map is null ? x : map[x]);
        }
        return [.. r];
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

    /// <summary>str.encode/bytes(str, encoding): the codec machinery in Modules/_codecs.cs.</summary>
    public static byte[] Encode(string s, string encoding, string errors) => Codecs.Encode(s, encoding, errors);

    public static string Decode(byte[] b, string encoding, string errors) => Codecs.Decode(b, encoding, errors);

    public static PyObject IntFromBytes(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        a = a[1..]; // cls
        int npos = Args.Positional(a, kw);
        var src = npos > 0 ? a[0] : Args.Kw(a, kw, "bytes") ?? throw Errors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
        byte[] bytes;
        if (src is PyBytes or PyByteArray) bytes = AsBytes(src);
        else
        {
            // Like bytes(x): any iterable of ints in range(0, 256), but not an int.
            if (src is PyInt || src is PyStr) throw Errors.TypeError($"cannot convert '{src.Type.Name}' object to bytes");
            var it = Ops.GetIter(src);
            var acc = new List<byte>();
            while (it.Next() is { } x) acc.Add(ByteValue(x, single: false));
            bytes = acc.ToArray();
        }
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
            if (src is PyInt n)
            {
                if (n.Big is not null) throw Errors.OverflowError($"cannot fit '{n.Type.Name}' into an index-sized integer");
                long count = Ops.IndexValue(n);
                if (count < 0) throw Errors.ValueError("negative count");
                if (count > Array.MaxLength) throw Errors.MemoryError("");
                return new PyBytes(new byte[count]);
            }
            // CPython's bytes_new asks __bytes__ first (wsgiref's Headers has both __bytes__ and __getitem__).
            if (npos == 1 && src is not PyBytes && src.Type.Lookup("__bytes__") is { } toBytes)
            {
                var made = Ops.CallMethod(toBytes, src);
                if (made is not PyBytes rb) throw Errors.TypeError($"__bytes__ returned non-bytes (type {made.Type.Name})");
                return rb.Sub is null ? rb : new PyBytes(rb.V);
            }
            if (src is IBufferExporter or PyMemoryView) return new PyBytes(AsBytes(src));
            var list = Ops.ToList(src);
            var r = new byte[list.Count];
            for (int i = 0; i < r.Length; i++) r[i] = ByteValue(list[i], single: false);
            return new PyBytes(r);
        };
        b.SetMethod("decode", static (a, kw) =>
        {
            var enc = (a.Length > 1 ? a[1] : Args.Kw(a, kw, "encoding")) is { } e ? Ops.Str(e) : "utf-8";
            var errors = (a.Length > 2 ? a[2] : Args.Kw(a, kw, "errors")) is { } er ? Ops.Str(er) : "strict";
            return PyStr.From(Decode(((PyBytes)a[0]).V, enc, errors));
        });
        b.SetMethod("hex", static (a, kw) => PyStr.From(Hex(((PyBytes)a[0]).V, Args.Positional(a, kw) > 1 ? a[1] : Args.Kw(a, kw, "sep"), Args.Positional(a, kw) > 2 ? a[2] : Args.Kw(a, kw, "bytes_per_sep"))));
        b.TypeDict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", static (a, kw) =>
        {
            Args.Method("bytes.fromhex", a, kw, 1, 1);
            var r = new PyBytes(FromHex(Ops.AsString(a[1], "fromhex() argument")));
            return ReferenceEquals(a[0], TypeObjects.Bytes) ? r : Ops.Call(a[0], r);   // a subclass is built from the bytes
        }));
        b.SetMethod("__bytes__", static (a, kw) =>
        {
            Args.Method("bytes.__bytes__", a, kw, 0, 0);
            var self = (PyBytes)a[0];
            return self.Sub is null ? self : new PyBytes(self.V);
        });
        b.SetMethod("translate", static (a, kw) => Args.Positional(a, kw) < 2 ? throw Errors.TypeError($"translate() takes at least 1 positional argument ({Args.Positional(a, kw) - 1} given)") : new PyBytes(Translate(((PyBytes)a[0]).V, a[1], a.Length > 2 ? a[2] : Args.Kw(a, kw, "delete"))));
        b.TypeDict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", static (a, kw) =>
        {
            if (a.Length != 2) throw Errors.TypeError($"maketrans expected 2 arguments, got {a.Length}");
            var from = AsBytes(a[0]); var to = AsBytes(a[1]);
            if (from.Length != to.Length) throw Errors.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return new PyBytes(table);
        }));
        b.SetMethod("__len__", static (a, kw) => PyInt.From(((PyBytes)a[0]).V.Length));
        b.SetMethod("__iter__", static (a, kw) => Ops.GetIterNative(a[0])!);
        b.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        b.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        // CPython's argument counts for the methods delegated to str's (which assume them): (min, max) positional.
        static void CheckArity(string nm, ReadOnlySpan<PyObject> a, string[]? kw)
        {
            var (min, max) = nm switch
            {
                "strip" or "lstrip" or "rstrip" or "expandtabs" or "splitlines" => (0, 1),
                "split" or "rsplit" => (0, 2),
                "startswith" or "endswith" or "find" or "count" or "index" or "rfind" or "rindex" => (1, 3),
                "replace" => (2, 3),
                "center" or "ljust" or "rjust" => (1, 2),
                "join" or "partition" or "rpartition" or "removeprefix" or "removesuffix" or "zfill" => (1, 1),
                _ => (0, 0),
            };
            int n = Args.Positional(a, kw) - 1;
            if (n >= min && n <= max) return;
            if (max == 0) throw Errors.TypeError($"bytes.{nm}() takes no arguments ({n} given)");
            if (min == max) throw Errors.TypeError($"bytes.{nm}() takes exactly one argument ({n} given)");
            throw Errors.TypeError(n < min ? $"{nm} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}"
                                           : $"{nm} expected at most {max} arguments, got {n}");
        }
        foreach (var name in new[] { "upper", "lower", "strip", "split", "startswith", "endswith", "replace", "find", "count", "join", "lstrip", "rstrip", "index", "isdigit", "isalpha", "isspace", "swapcase", "title", "capitalize", "rfind", "rindex", "rsplit", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "expandtabs", "splitlines", "isalnum", "isupper", "islower", "istitle", "removeprefix", "removesuffix" })
        {
            string nm = name;
            b.SetMethod(nm, (a, kw) =>
            {
                CheckArity(nm, a, kw);
                // Delegate to the str implementation over text with one char per byte; results map back to bytes.
                var args = new PyObject[a.Length];
                args[0] = Text(a[0], nm);
                for (int i = 1; i < a.Length; i++) args[i] = BytesArg(nm, i, a[i]);
                // find/count/index and their r-variants also take the byte to look for as an int.
                if (args.Length > 1 && args[1] is PyInt && nm is "find" or "rfind" or "index" or "rindex" or "count")
                    args[1] = PyStr.FromChar(CharOf(ByteValue(args[1]), nm));
                var fn = TypeObjects.Str.Lookup(nm) as PyMethodDescriptor ?? throw Errors.AttributeError(nm);
                var r = fn.Fn(args, kw);
                return ToBytesResult(r);
            });
        }
        b.SetMethod("isascii", static (a, kw) => { Args.Method("bytes.isascii", a, kw, 0, 0); return PyBool.From(Ascii.IsValid(((PyBytes)a[0]).V)); });
        var ba = TypeObjects.ByteArray;
        ba.SetMethod("isascii", static (a, kw) => { Args.Method("bytearray.isascii", a, kw, 0, 0); var x = (PyByteArray)a[0]; return PyBool.From(Ascii.IsValid(x.Data.AsSpan(0, x.Count))); });
        ba.TypeDict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", static (a, kw) =>
        {
            Args.Method("bytearray.fromhex", a, kw, 1, 1);
            var r = new PyByteArray(FromHex(Ops.AsString(a[1], "fromhex() argument")));
            return ReferenceEquals(a[0], TypeObjects.ByteArray) ? r : Ops.Call(a[0], r);
        }));
        ba.TypeDict["maketrans"] = b.TypeDict.Get("maketrans")!;
        ba.New = static (cls, a, kw) => a.Length == 1 && kw is null or { Length: 0 } && a[0] is PyBytes or PyByteArray
            ? new PyByteArray(a[0] is PyBytes pb ? (byte[])pb.V.Clone() : ((PyByteArray)a[0]).ToArray())
            : new PyByteArray(a.Length == 0 ? [] : ((PyBytes)TypeObjects.Bytes.New!(TypeObjects.Bytes, a, kw)).V);
        ba.SetMethod("append", static (a, kw) => { ((PyByteArray)a[0]).Extend([ByteValue(a[1])]); return PyNone.Instance; });
        ba.SetMethod("extend", static (a, kw) =>
        {
            var bytes = a[1] is PyBytes or PyByteArray ? AsBytes(a[1]) : Ops.ToList(a[1]).Select(x => ByteValue(x)).ToArray();
            ((PyByteArray)a[0]).Extend(bytes);
            return PyNone.Instance;
        });
        ba.SetMethod("decode", static (a, kw) => PyStr.From(Decode(((PyByteArray)a[0]).ToArray(), a.Length > 1 ? Ops.Str(a[1]) : "utf-8", "strict")));
        ba.SetMethod("__len__", static (a, kw) => PyInt.From(((PyByteArray)a[0]).Count));
        ba.SetMethod("pop", static (a, kw) =>
        {
            var self = (PyByteArray)a[0];
            if (self.Count == 0) throw Errors.IndexError("pop from empty bytearray");
            long i = a.Length > 1 ? Ops.IndexValue(a[1]) : self.Count - 1;
            if (i < 0) i += self.Count;
            if (i < 0 || i >= self.Count) throw Errors.IndexError("pop index out of range");
            var v = self.Data[i];
            var rest = self.ToArray().ToList(); rest.RemoveAt((int)i);
            self.Data = [.. rest]; self.Count = rest.Count;
            return PyInt.From(v);
        });
        ba.SetMethod("insert", static (a, kw) =>
        {
            var self = (PyByteArray)a[0];
            long i = Ops.IndexValue(a[1]);
            if (i < 0) i = Math.Max(0, i + self.Count);
            if (i > self.Count) i = self.Count;
            var l = self.ToArray().ToList(); l.Insert((int)i, ByteValue(a[2]));
            self.Data = [.. l]; self.Count = l.Count;
            return PyNone.Instance;
        });
        ba.SetMethod("remove", static (a, kw) =>
        {
            var self = (PyByteArray)a[0];
            var l = self.ToArray().ToList();
            int i = l.IndexOf(ByteValue(a[1]));
            if (i < 0) throw Errors.ValueError("value not found in bytearray");
            l.RemoveAt(i);
            self.Data = [.. l]; self.Count = l.Count;
            return PyNone.Instance;
        });
        ba.SetMethod("reverse", static (a, kw) => { var self = (PyByteArray)a[0]; Array.Reverse(self.Data, 0, self.Count); return PyNone.Instance; });
        ba.SetMethod("clear", static (a, kw) => { var self = (PyByteArray)a[0]; self.Data = []; self.Count = 0; return PyNone.Instance; });
        ba.SetMethod("copy", static (a, kw) => new PyByteArray(((PyByteArray)a[0]).ToArray()));
        ba.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));   // its own, as CPython's (pprint dispatches on it)
        ba.SetMethod("hex", static (a, kw) => PyStr.From(Hex(((PyByteArray)a[0]).ToArray(), Args.Positional(a, kw) > 1 ? a[1] : Args.Kw(a, kw, "sep"), Args.Positional(a, kw) > 2 ? a[2] : Args.Kw(a, kw, "bytes_per_sep"))));
        ba.SetMethod("translate", static (a, kw) => Args.Positional(a, kw) < 2 ? throw Errors.TypeError($"translate() takes at least 1 positional argument ({Args.Positional(a, kw) - 1} given)") : new PyByteArray(Translate(((PyByteArray)a[0]).ToArray(), a[1], a.Length > 2 ? a[2] : Args.Kw(a, kw, "delete"))));
        ba.SetMethod("__iter__", static (a, kw) => new ByteArrayIterator((PyByteArray)a[0]));
        foreach (var name in new[] { "upper", "lower", "strip", "lstrip", "rstrip", "replace", "find", "count", "index", "startswith", "endswith", "split", "join", "isdigit", "isalpha", "isspace", "swapcase", "title", "capitalize", "rfind", "rindex", "rsplit", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "expandtabs", "splitlines", "isalnum", "isupper", "islower", "istitle", "removeprefix", "removesuffix" })
        {
            string nm = name;
            ba.SetMethod(nm, (a, kw) =>
            {
                var args = new PyObject[a.Length];
                for (int i = 0; i < a.Length; i++) args[i] = a[i] is PyByteArray pba ? new PyBytes(pba.ToArray()) : a[i];
                var fn = (PyMethodDescriptor)TypeObjects.Bytes.Lookup(nm)!;
                var r = fn.Fn(args, kw);
                return r switch
                {
                    PyBytes rb => new PyByteArray(rb.V),
                    PyList rl => new PyList(rl.AsSpan().ToArray().Select(x => x is PyBytes xb ? (PyObject)new PyByteArray(xb.V) : x).ToList()),
                    PyTuple rt => PyTuple.From(rt.Items.Select(x => x is PyBytes xb ? (PyObject)new PyByteArray(xb.V) : x).ToArray()),
                    _ => r,
                };
            });
        }
        ba.TypeDict["__hash__"] = PyNone.Instance;
    }

    /// <summary>
    /// The char standing for byte b when a bytes method runs str's code: itself for ASCII, except the
    /// bytes str counts as whitespace or line breaks and bytes does not (\x1c-\x1f; \v and \f for
    /// splitlines), which go with the bytes >= 0x80 to the private-use area, where str sees no case,
    /// letter, digit or space, just as bytes methods see non-ASCII bytes.
    /// </summary>
    private static char CharOf(byte b, string method) =>
        b >= 0x80 || b is >= 0x1c and <= 0x1f || (b is 0x0b or 0x0c && method == "splitlines") ? (char)(0xE000 + b) : (char)b;

    private static PyStr Text(PyObject bytesLike, string method)
    {
        var v = AsBytes(bytesLike);
        return PyStr.From(string.Create(v.Length, (v, method), static (span, st) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = CharOf(st.v[i], st.method);
        }));
    }

    private static bool IsBytesLike(PyObject x) => x is PyBytes or PyByteArray or PyMemoryView or IBufferExporter;

    /// <summary>Argument i of bytes method nm as its str method takes it, with bytes' TypeErrors for str and other non-bytes.</summary>
    private static PyObject BytesArg(string nm, int i, PyObject x)
    {
        // join's argument is an iterable of items even when it is bytes-like itself (`b"-".join(b"ab")`
        // iterates ints and raises, as CPython).
        if (i == 1 && nm == "join")
        {
            var items = Ops.ToList(x);
            var parts = new PyObject[items.Count];
            for (int k = 0; k < parts.Length; k++)
                parts[k] = IsBytesLike(items[k]) ? Text(items[k], nm) : throw Errors.TypeError($"sequence item {k}: expected a bytes-like object, {items[k].Type.Name} found");
            return new PyList(parts.ToList());
        }
        if (IsBytesLike(x))
        {
            if (i == 2 && nm is "center" or "ljust" or "rjust" && AsBytes(x).Length != 1)
                throw Errors.TypeError($"{nm}() argument 2 must be a byte string of length 1, not {x.Type.Name}");
            return Text(x, nm);
        }
        if (i == 1 && nm is "startswith" or "endswith")
        {
            if (x is not PyTuple tup) throw Errors.TypeError($"{nm} first arg must be bytes or a tuple of bytes, not {x.Type.Name}");
            var conv = new PyObject[tup.Items.Length];
            for (int k = 0; k < conv.Length; k++)
                conv[k] = IsBytesLike(tup.Items[k]) ? Text(tup.Items[k], nm) : throw Errors.TypeError($"a bytes-like object is required, not '{tup.Items[k].Type.Name}'");
            return PyTuple.From(conv);
        }
        if (x is PyStr)
        {
            if (i == 1 && nm is "find" or "rfind" or "index" or "rindex" or "count")
                throw Errors.TypeError($"argument should be integer or bytes-like object, not '{x.Type.Name}'");
            if (i == 2 && nm is "center" or "ljust" or "rjust")
                throw Errors.TypeError($"{nm}() argument 2 must be a byte string of length 1, not {x.Type.Name}");
            throw Errors.TypeError($"a bytes-like object is required, not '{x.Type.Name}'");
        }
        return x;
    }

    private static byte[] BytesOf(string s)
    {
        var r = new byte[s.Length];
        for (int i = 0; i < r.Length; i++) r[i] = s[i] >= 0xE000 ? (byte)(s[i] - 0xE000) : (byte)s[i];
        return r;
    }

    private static PyObject ToBytesResult(PyObject r) => r switch
    {
        PyStr s => new PyBytes(BytesOf(s.V)),
        PyList l => new PyList(l.AsSpan().ToArray().Select(ToBytesResult).ToList()),
        PyTuple t => PyTuple.From(t.Items.Select(ToBytesResult).ToArray()),
        _ => r,
    };
}
