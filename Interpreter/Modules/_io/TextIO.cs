using System.Text;

namespace Herthon.Runtime;

/// <summary>_io.TextIOWrapper: text over a buffered binary stream — encoding, newline translation,
/// line buffering. Decoded text is kept untranslated so tell() can re-encode what is unread.</summary>
public sealed class TextIOObject(PyType type) : IOObject(type)
{
    public PyObject Buffer = PyNone.Instance;
    public string Encoding = "utf-8", Errors = "strict";
    public string? Newline;          // the constructor's argument, null for None
    public bool LineBuffering, WriteThrough, Detached, Initialized, Eof;
    /// <summary>Whether the buffer was readable/writable when wrapped (CPython decides it once too).</summary>
    public bool CanRead, CanWrite;
    public Codecs.Kind? Kind;        // a codec written in C#, else the registry's incremental objects
    public string KindName = "";
    public PyObject? PyDecoder, PyEncoder;
    public byte[] Pending = [];
    public string Chars = "";
    public int Pos;
    public int Seen;
    /// <summary>Encoded text not yet handed to the buffer (CPython's pending_bytes).</summary>
    public MemoryStream PendingOut = new();

    public bool ReadTranslate => Newline is null;
    public string? WriteNl => Newline is "\r" or "\r\n" ? Newline : null;
}

/// <summary>_io.IncrementalNewlineDecoder.</summary>
public sealed class NewlineDecoderObject(PyType type) : IOObject(type)
{
    public PyObject Decoder = PyNone.Instance;
    public bool Translate, PendingCR;
    public int Seen;
}

public static partial class IoModule
{
    public static readonly PyType TextIOWrapperType;
    public static readonly PyType NewlineDecoderType;

    public static TextIOObject NewTextIOWrapper(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, bool lineBuffering)
    {
        var t = new TextIOObject(TextIOWrapperType);
        InitText(t, buffer, encoding, errors, newline, lineBuffering, false);
        return t;
    }

    private static void InitText(TextIOObject t, PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, bool lineBuffering, bool writeThrough)
    {
        t.Initialized = false;
        t.Newline = NewlineArg(newline, reprValue: false);
        if (encoding is not (PyNone or PyStr)) throw Errors.TypeError($"TextIOWrapper() argument 'encoding' must be str or None, not {encoding.Type.Name}");
        if (errors is not (PyNone or PyStr)) throw Errors.TypeError($"TextIOWrapper() argument 'errors' must be str or None, not {errors.Type.Name}");
        string enc = encoding is PyStr es && es.V != "locale" ? es.V : "UTF-8";
        if (encoding is PyNone && OptionWarnings.DefaultEncoding) OptionWarnings.Warn(TypeObjects.EncodingWarning, "'encoding' argument not specified");
        if (enc.Contains('\0')) throw Errors.ValueError("embedded null character");
        t.Buffer = buffer;
        t.Errors = errors is PyStr ers ? ers.V : "strict";
        t.LineBuffering = lineBuffering;
        t.WriteThrough = writeThrough;
        t.Detached = false;
        t.CanRead = Ops.Truth(Ops.Invoke(buffer, "readable"));
        t.CanWrite = Ops.Truth(Ops.Invoke(buffer, "writable"));
        SetEncoding(t, enc);
        t.Chars = ""; t.Pos = 0; t.Pending = []; t.Eof = false; t.Seen = 0;
        t.PendingOut.SetLength(0);
        t.Initialized = true;
        if (t.CanWrite) TrackWriter(t);
    }

    private static void SetEncoding(TextIOObject t, string enc)
    {
        t.Encoding = enc;
        string n = enc.ToLowerInvariant().Replace('_', '-');
        t.Kind = n switch
        {
            "utf-8" or "utf8" => Codecs.Kind.Utf8,
            "ascii" or "us-ascii" => Codecs.Kind.Ascii,
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" => Codecs.Kind.Latin1,
            "utf-16-le" or "utf-16le" => Codecs.Kind.Utf16LE,
            "utf-16-be" or "utf-16be" => Codecs.Kind.Utf16BE,
            "utf-32-le" or "utf-32le" => Codecs.Kind.Utf32LE,
            "utf-32-be" or "utf-32be" => Codecs.Kind.Utf32BE,
            _ => null,
        };
        t.KindName = t.Kind switch
        {
            Codecs.Kind.Utf8 => "utf-8", Codecs.Kind.Ascii => "ascii", Codecs.Kind.Latin1 => "latin-1",
            Codecs.Kind.Utf16LE => "utf-16-le", Codecs.Kind.Utf16BE => "utf-16-be", Codecs.Kind.Utf32LE => "utf-32-le", _ => "utf-32-be",
        };
        t.PyDecoder = t.PyEncoder = null;
        if (t.Kind is null)
        {
            var info = Codecs.TextCodec(enc, 1);
            if (t.CanRead)
                t.PyDecoder = Ops.Call(Ops.GetAttr(info, "incrementaldecoder"), PyStr.From(t.Errors));
            if (t.CanWrite)
            {
                t.PyEncoder = Ops.Call(Ops.GetAttr(info, "incrementalencoder"), PyStr.From(t.Errors));
                // Appending to (or writing into the middle of) a file: no second byte order mark.
                if (Ops.Truth(Ops.Invoke(t.Buffer, "seekable")) && Ops.IndexValue(Ops.Invoke(t.Buffer, "tell")) != 0)
                    Ops.Invoke(t.PyEncoder, "setstate", PyInt.From(0));
            }
        }
    }

    private static TextIOObject Txt(PyObject o)
    {
        var t = o as TextIOObject ?? throw Errors.TypeError($"descriptor requires a '_io.TextIOWrapper' object but received a '{o.Type.Name}'");
        if (t.Detached) throw Errors.ValueError("underlying buffer has been detached");
        if (!t.Initialized) throw Errors.ValueError("I/O operation on uninitialized object");
        return t;
    }

    private static bool TextClosed(TextIOObject t) => t.Buffer is Buffered b ? RawClosed(b) : t.Buffer is IOObject io ? io.IsClosed : Ops.Truth(Ops.GetAttr(t.Buffer, "closed"));

    private static TextIOObject OpenText(PyObject o)
    {
        var t = Txt(o);
        if (TextClosed(t)) throw ClosedError();
        return t;
    }

    private static string DecodeChunk(TextIOObject t, byte[] data, bool final)
    {
        if (t.Kind is { } k)
        {
            var all = t.Pending.Length == 0 ? data : [.. t.Pending, .. data];
            var (s, n) = Codecs.DecodeBytes(all, k, t.Errors, final);
            t.Pending = n == all.Length ? [] : all[n..];
            return s;
        }
        var r = Ops.Invoke(t.PyDecoder!, "decode", new PyBytes(data), PyBool.From(final));
        return r is PyStr rs ? rs.V : throw Errors.TypeError($"decoder should return a string result, not '{r.Type.Name}'");
    }

    private static byte[] EncodeText(TextIOObject t, string s)
    {
        if (t.Kind is { } k) return Codecs.EncodeCps(PyStr.From(s), k, t.KindName, t.Errors);
        var r = Ops.Invoke(t.PyEncoder!, "encode", PyStr.From(s));
        return BytesMethods.AsBytes(r);
    }

    private static void CheckReadable(TextIOObject t)
    {
        if (!t.CanRead) throw Unsupported("not readable");
    }

    /// <summary>Reads one more chunk from the buffer; false at end of file.</summary>
    private static bool ReadChunk(TextIOObject t)
    {
        if (t.Eof) return false;
        FlushPending(t);
        var m = t.Buffer.Type.Lookup("read1") is not null ? "read1" : "read";
        var r = Ops.Invoke(t.Buffer, m, PyInt.From(DefaultBufferSize));
        var data = r is PyNone ? [] : BytesMethods.AsBytes(r);
        t.Eof = data.Length == 0;
        var text = DecodeChunk(t, data, t.Eof);
        t.Chars = t.Pos >= t.Chars.Length ? text : t.Chars[t.Pos..] + text;
        t.Pos = 0;
        return !t.Eof;
    }

    private static string ReadAllText(TextIOObject t)
    {
        FlushPending(t);
        var r = Ops.Invoke(t.Buffer, "read");
        var data = r is PyNone ? [] : BytesMethods.AsBytes(r);
        var text = (t.Pos < t.Chars.Length ? t.Chars[t.Pos..] : "") + DecodeChunk(t, data, true);
        t.Chars = ""; t.Pos = 0; t.Eof = true;
        if (t.Newline is "") TranslateNewlines(text, ref t.Seen);
        return t.ReadTranslate ? TranslateNewlines(text, ref t.Seen) : text;
    }

    /// <summary>Reads up to <paramref name="limit"/> characters (all when negative), stopping after a
    /// line ending when <paramref name="line"/>; line endings as the newline argument says.</summary>
    private static string ReadText(TextIOObject t, long limit, bool line)
    {
        var sb = new StringBuilder();
        string? nl = t.Newline;
        while (limit < 0 || sb.Length < limit)
        {
            if (t.Pos >= t.Chars.Length)
            {
                if (!ReadChunk(t) && t.Pos >= t.Chars.Length) break;
                continue;
            }
            char c = t.Chars[t.Pos];
            if (c == '\r' && nl is null or "" or "\r\n")
            {
                // A \r at the end of the decoded text may be the first half of \r\n.
                if (t.Pos + 1 >= t.Chars.Length && !t.Eof && ReadChunk(t)) continue;
                bool crlf = t.Pos + 1 < t.Chars.Length && t.Chars[t.Pos + 1] == '\n';
                if (nl is null)
                {
                    sb.Append('\n');
                    t.Pos += crlf ? 2 : 1;
                    t.Seen |= crlf ? 4 : 2;
                    if (line) break;
                }
                else if (nl == "")
                {
                    sb.Append(crlf ? "\r\n" : "\r");
                    t.Pos += crlf ? 2 : 1;
                    t.Seen |= crlf ? 4 : 2;
                    if (line) break;
                }
                else if (crlf)
                {
                    sb.Append("\r\n");
                    t.Pos += 2;
                    if (line) break;
                }
                else { sb.Append('\r'); t.Pos++; }
                continue;
            }
            sb.Append(c);
            t.Pos++;
            if (c == '\n')
            {
                if (nl is null or "") t.Seen |= 1;
                if (line && nl is null or "" or "\n") break;
            }
            else if (c == '\r' && line && nl == "\r") break;
        }
        return sb.ToString();
    }

    public static void FlushPending(TextIOObject t)
    {
        if (t.PendingOut.Length == 0) return;
        var data = t.PendingOut.ToArray();
        t.PendingOut.SetLength(0);
        Ops.Invoke(t.Buffer, "write", new PyBytes(data));
    }

    private static void TextFlush(TextIOObject t)
    {
        FlushPending(t);
        Ops.Invoke(t.Buffer, "flush");
    }

    private static long TextTell(TextIOObject t)
    {
        if (!Ops.Truth(Ops.Invoke(t.Buffer, "seekable"))) throw Unsupported("underlying stream is not seekable");
        TextFlush(t);
        long pos = Ops.IndexValue(Ops.Invoke(t.Buffer, "tell"));
        int pending = t.Pending.Length;
        if (t.PyDecoder is not null && Ops.Invoke(t.PyDecoder, "getstate") is PyTuple { Count: 2 } st) pending = (int)Ops.Len(st.Items[0]);
        if (t.Pos >= t.Chars.Length) return pos - pending;
        // The unread decoded text goes back to bytes with the same (stateless) codec.
        var rest = t.Chars[t.Pos..];
        int restBytes = t.Kind is { } k ? Codecs.EncodeCps(PyStr.From(rest), k, t.KindName, t.Errors).Length : Codecs.Encode(rest, t.Encoding, t.Errors).Length - BomLength(t.Encoding);
        return pos - pending - restBytes;
    }

    private static int BomLength(string enc) => enc.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-16" or "utf16" => 2,
        "utf-32" or "utf32" => 4,
        "utf-8-sig" => 3,
        _ => 0,
    };

    private static void ResetDecoder(TextIOObject t)
    {
        t.Chars = ""; t.Pos = 0; t.Pending = []; t.Eof = false;
        if (t.PyDecoder is not null) Ops.Invoke(t.PyDecoder, "reset");
    }

    private static PyType SetupTextIOWrapper()
    {
        var t = NewType("TextIOWrapper", TextIOBase);
        SetConstructor(t, static cls => new TextIOObject(cls), static (o, a, kw) =>
        {
            Args.OnlyKw("TextIOWrapper", kw, "buffer", "encoding", "errors", "newline", "line_buffering", "write_through");
            InitText((TextIOObject)o, Arg(a, kw, 0, "buffer"), Arg(a, kw, 1, "encoding"), Arg(a, kw, 2, "errors"), Arg(a, kw, 3, "newline"),
                Ops.Truth(Arg(a, kw, 4, "line_buffering", PyBool.False)), Ops.Truth(Arg(a, kw, 5, "write_through", PyBool.False)));
        });
        t.TypeDict["encoding"] = new PyGetSetDescriptor("encoding", static o => PyStr.From(Txt(o).Encoding));
        t.TypeDict["errors"] = new PyGetSetDescriptor("errors", static o => PyStr.From(Txt(o).Errors));
        t.TypeDict["buffer"] = new PyGetSetDescriptor("buffer", static o => Txt(o).Buffer);
        t.TypeDict["line_buffering"] = new PyGetSetDescriptor("line_buffering", static o => PyBool.From(Txt(o).LineBuffering));
        t.TypeDict["write_through"] = new PyGetSetDescriptor("write_through", static o => PyBool.From(Txt(o).WriteThrough));
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(TextClosed(Txt(o))));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", static o => Ops.GetAttr(Txt(o).Buffer, "name"));
        t.TypeDict["newlines"] = new PyGetSetDescriptor("newlines", static o =>
        {
            var x = Txt(o);
            return x.Newline is null or "" ? NewlinesValue(x.Seen) : PyNone.Instance;
        });
        foreach (var m in new[] { "readable", "writable", "seekable", "fileno", "isatty" })
        {
            string mn = m;
            t.SetMethod(mn, (a, kw) => Ops.Invoke(Txt(a[0]).Buffer, mn));
        }
        t.SetMethod("flush", static (a, kw) => { TextFlush(OpenText(a[0])); return PyNone.Instance; });
        t.SetMethod("close", static (a, kw) =>
        {
            var x = Txt(a[0]);
            if (TextClosed(x)) return PyNone.Instance;
            try { TextFlush(x); }
            finally { Ops.Invoke(x.Buffer, "close"); }
            return PyNone.Instance;
        });
        t.SetMethod("detach", static (a, kw) =>
        {
            var x = Txt(a[0]);
            TextFlush(x);
            x.Detached = true;
            return x.Buffer;
        });
        t.SetMethod("write", static (a, kw) =>
        {
            var x = OpenText(a[0]);
            if (a.Length < 2 || a[1] is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {(a.Length < 2 ? "nothing" : a[1].Type.Name)}");
            if (!x.CanWrite) throw Unsupported("not writable");
            string text = s.V;
            bool hasNl = text.AsSpan().IndexOfAny('\n', '\r') >= 0;
            if (x.WriteNl is { } wn && text.Contains('\n')) text = text.Replace("\n", wn);
            if (x.Chars.Length > 0 || x.Pending.Length > 0) ResetDecoder(x);
            x.PendingOut.Write(EncodeText(x, text));
            if (x.PendingOut.Length >= DefaultBufferSize || x.WriteThrough) FlushPending(x);
            if (x.LineBuffering && hasNl) TextFlush(x);
            return PyInt.From(s.CodePointLength);
        });
        t.SetMethod("read", static (a, kw) =>
        {
            var x = OpenText(a[0]);
            CheckReadable(x);
            var sizeObj = Arg(a[1..], kw, 0, "size");
            if (sizeObj is not (PyNone or PyInt) && sizeObj.Type.Lookup("__index__") is null) throw Errors.TypeError($"argument should be integer or None, not '{sizeObj.Type.Name}'");
            long n = SizeArg(sizeObj);
            return PyStr.From(n < 0 ? ReadAllText(x) : ReadText(x, n, false));
        });
        t.SetMethod("readline", static (a, kw) =>
        {
            var x = OpenText(a[0]);
            CheckReadable(x);
            return PyStr.From(ReadText(x, SizeArg(Arg(a[1..], kw, 0, "size")), true));
        });
        t.SetIterNext(static self =>
        {
            var x = OpenText(self);
            CheckReadable(x);
            var line = ReadText(x, -1, true);
            return line.Length == 0 ? null : PyStr.From(line);
        });
        t.SetMethod("tell", static (a, kw) => PyInt.From(TextTell(OpenText(a[0]))));
        t.SetMethod("seek", static (a, kw) =>
        {
            var x = OpenText(a[0]);
            long cookie = Ops.IndexValue(Arg(a[1..], kw, 0, "cookie"));
            long whence = Ops.IndexValue(Arg(a[1..], kw, 1, "whence", PyInt.From(0)));
            if (!Ops.Truth(Ops.Invoke(x.Buffer, "seekable"))) throw Unsupported("underlying stream is not seekable");
            switch (whence)
            {
                case 1:
                    if (cookie != 0) throw Unsupported("can't do nonzero cur-relative seeks");
                    cookie = TextTell(x);
                    break;
                case 2:
                    {
                        if (cookie != 0) throw Unsupported("can't do nonzero end-relative seeks");
                        TextFlush(x);
                        ResetDecoder(x);
                        var end = Ops.Invoke(x.Buffer, "seek", PyInt.From(0), PyInt.From(2));
                        if (x.PyEncoder is not null) Ops.Invoke(x.PyEncoder, "setstate", PyInt.From(0));
                        return end;
                    }
                case 0: break;
                default: throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            }
            if (cookie < 0) throw Errors.ValueError($"negative seek position {cookie}");
            TextFlush(x);
            Ops.Invoke(x.Buffer, "seek", PyInt.From(cookie));
            ResetDecoder(x);
            if (x.PyEncoder is not null)
            {
                if (cookie == 0) Ops.Invoke(x.PyEncoder, "reset");
                else Ops.Invoke(x.PyEncoder, "setstate", PyInt.From(0));
            }
            return PyInt.From(cookie);
        });
        t.SetMethod("truncate", static (a, kw) =>
        {
            var x = OpenText(a[0]);
            TextFlush(x);
            var pos = Arg(a[1..], kw, 0, "pos");
            return Ops.Invoke(x.Buffer, "truncate", pos is PyNone ? PyInt.From(TextTell(x)) : pos);
        });
        t.SetMethod("reconfigure", static (a, kw) =>
        {
            var x = Txt(a[0]);
            if (Args.Positional(a, kw) > 1) throw Errors.TypeError("reconfigure() takes no positional arguments");
            Args.OnlyKw("reconfigure", kw, "encoding", "errors", "newline", "line_buffering", "write_through");
            var enc = Args.Kw(a, kw, "encoding");
            var err = Args.Kw(a, kw, "errors");
            var nl = Args.Kw(a, kw, "newline");
            if ((enc is not null || err is not null || nl is not null) && (x.Chars.Length > x.Pos || x.Pending.Length > 0))
                throw Unsupported("It is not possible to set the encoding or newline of stream after the first read");
            TextFlush(x);
            if (err is not null) x.Errors = err is PyStr es ? es.V : "strict";
            else if (enc is not null) x.Errors = "strict";
            if (enc is not null || err is not null) SetEncoding(x, enc is PyStr e ? (e.V == "locale" ? "UTF-8" : e.V) : x.Encoding);
            if (nl is not null) x.Newline = NewlineArg(nl);
            if (Args.Kw(a, kw, "line_buffering") is { } lb && lb is not PyNone) x.LineBuffering = Ops.Truth(lb);
            if (Args.Kw(a, kw, "write_through") is { } wt && wt is not PyNone) x.WriteThrough = Ops.Truth(wt);
            return PyNone.Instance;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var x = (TextIOObject)a[0];
            string tn = x.Type.IsBuiltin ? "_io.TextIOWrapper" : x.Type.Module + "." + x.Type.QualName;
            var sb = new StringBuilder("<").Append(tn);
            PyObject? name = null;
            try { name = x.Detached ? null : Ops.GetAttrOrNull(x, PyStr.From("name")); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.Exception)) { }
            if (name is not null) sb.Append(" name=").Append(Ops.Repr(name));
            if (x.Dict!.Get("mode") is { } mode) sb.Append(" mode=").Append(Ops.Repr(mode));
            sb.Append(" encoding=").Append(Ops.Repr(PyStr.From(x.Encoding))).Append('>');
            return PyStr.From(sb.ToString());
        });
        return t;
    }

    // ------------------------------------------------------------------ IncrementalNewlineDecoder

    private static PyType SetupNewlineDecoder()
    {
        var t = NewType("IncrementalNewlineDecoder", TypeObjects.Object);
        SetConstructor(t, static cls => new NewlineDecoderObject(cls), static (o, a, kw) =>
        {
            Args.OnlyKw("IncrementalNewlineDecoder", kw, "decoder", "translate", "errors");
            var d = (NewlineDecoderObject)o;
            d.Decoder = Arg(a, kw, 0, "decoder");
            d.Translate = Ops.Truth(Arg(a, kw, 1, "translate", PyBool.False));
            d.PendingCR = false;
            d.Seen = 0;
        });
        static NewlineDecoderObject D(PyObject o) => o as NewlineDecoderObject ?? throw Errors.TypeError("IncrementalNewlineDecoder expected");
        t.SetMethod("decode", static (a, kw) =>
        {
            var d = D(a[0]);
            var input = Arg(a[1..], kw, 0, "input");
            bool final = Ops.Truth(Arg(a[1..], kw, 1, "final", PyBool.False));
            var outObj = d.Decoder is PyNone ? input : Ops.Invoke(d.Decoder, "decode", input, PyBool.From(final));
            if (outObj is not PyStr os) throw Errors.TypeError($"decoder should return a string result, not '{outObj.Type.Name}'");
            string output = os.V;
            if (d.PendingCR && (output.Length > 0 || final)) { output = "\r" + output; d.PendingCR = false; }
            if (output.EndsWith('\r') && !final) { output = output[..^1]; d.PendingCR = true; }
            int seen = 0;
            string translated = TranslateNewlines(output, ref seen);
            d.Seen |= seen;
            return PyStr.From(d.Translate ? translated : output);
        });
        t.SetMethod("getstate", static (a, kw) =>
        {
            var d = D(a[0]);
            PyObject buf = new PyBytes([]);
            long flag = 0;
            if (d.Decoder is not PyNone && Ops.Invoke(d.Decoder, "getstate") is PyTuple { Count: 2 } st) { buf = st.Items[0]; flag = Ops.IndexValue(st.Items[1]); }
            return PyTuple.Of(buf, PyInt.From(flag << 1 | (d.PendingCR ? 1L : 0L)));
        });
        t.SetMethod("setstate", static (a, kw) =>
        {
            var d = D(a[0]);
            if (a[1] is not PyTuple { Count: 2 } st) throw Errors.TypeError("state argument must be a tuple");
            long flag = Ops.IndexValue(st.Items[1]);
            d.PendingCR = (flag & 1) != 0;
            if (d.Decoder is not PyNone) Ops.Invoke(d.Decoder, "setstate", PyTuple.Of(st.Items[0], PyInt.From(flag >> 1)));
            return PyNone.Instance;
        });
        t.SetMethod("reset", static (a, kw) =>
        {
            var d = D(a[0]);
            d.Seen = 0;
            d.PendingCR = false;
            if (d.Decoder is not PyNone) Ops.Invoke(d.Decoder, "reset");
            return PyNone.Instance;
        });
        t.TypeDict["newlines"] = new PyGetSetDescriptor("newlines", static o => NewlinesValue(D(o).Seen));
        return t;
    }
}
