using System.Text;

namespace Herthon.Runtime;

/// <summary>_io.StringIO: an in-memory text stream with TextIOWrapper's newline rules.</summary>
public sealed class StringIOObject(PyType type) : IOObject(type)
{
    public char[] Buf = [];
    public int Size, Pos;
    /// <summary>The constructor's newline argument (null for None).</summary>
    public string? Newline = "\n";
    public int Seen; // newline kinds seen with newline=None (Newlines.LF|CR|CRLF)
    public bool Initialized;
}

public static partial class IoModule
{
    public static readonly PyType StringIOType;

    [Flags] private enum Seen { LF = 1, CR = 2, CRLF = 4 }

    private static StringIOObject Sio(PyObject o)
    {
        var s = o as StringIOObject ?? throw Errors.TypeError($"descriptor requires a '_io.StringIO' object but received a '{o.Type.Name}'");
        if (!s.Initialized) throw Errors.ValueError("I/O operation on uninitialized object");
        if (s.IsClosed) throw Errors.ValueError("I/O operation on closed file");
        return s;
    }

    /// <summary>Universal newlines: \r\n and \r become \n; records which kinds were seen.</summary>
    public static string TranslateNewlines(string s, ref int seen)
    {
        if (s.IndexOf('\r') < 0)
        {
            if (s.Contains('\n')) seen |= (int)Seen.LF;
            return s;
        }
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') { seen |= (int)Seen.CRLF; i++; }
                else seen |= (int)Seen.CR;
                sb.Append('\n');
            }
            else
            {
                if (c == '\n') seen |= (int)Seen.LF;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static PyObject NewlinesValue(int seen) => seen switch
    {
        0 => PyNone.Instance,
        1 => PyStr.From("\n"),
        2 => PyStr.From("\r"),
        3 => PyTuple.Of(PyStr.From("\r"), PyStr.From("\n")),
        4 => PyStr.From("\r\n"),
        5 => PyTuple.Of(PyStr.From("\n"), PyStr.From("\r\n")),
        6 => PyTuple.Of(PyStr.From("\r"), PyStr.From("\r\n")),
        _ => PyTuple.Of(PyStr.From("\r"), PyStr.From("\n"), PyStr.From("\r\n")),
    };

    public static string? NewlineArg(PyObject o, bool reprValue = true)
    {
        if (o is PyNone) return null;
        if (o is not PyStr s) throw Errors.TypeError($"newline must be str or None, not {o.Type.Name}");
        if (s.V is not ("" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {(reprValue ? Ops.Repr(s) : s.V)}");
        return s.V;
    }

    private static int SioWrite(StringIOObject s, string text)
    {
        int origLen = text.Length;
        if (s.Newline is null) text = TranslateNewlines(text, ref s.Seen);
        else if (s.Newline == "") TranslateNewlines(text, ref s.Seen);
        else if (s.Newline is "\r" or "\r\n") text = text.Replace("\n", s.Newline);
        int end = s.Pos + text.Length;
        if (end > s.Buf.Length) Array.Resize(ref s.Buf, Math.Max(end, s.Buf.Length * 2));
        if (s.Pos > s.Size) Array.Clear(s.Buf, s.Size, s.Pos - s.Size);
        text.CopyTo(0, s.Buf, s.Pos, text.Length);
        s.Pos = end;
        if (end > s.Size) s.Size = end;
        return origLen;
    }

    private static string SioReadLine(StringIOObject s, long limit)
    {
        int start = Math.Min(s.Pos, s.Size), i = start;
        int stop = limit >= 0 ? (int)Math.Min(s.Size, start + limit) : s.Size;
        string? nl = s.Newline is null ? "\n" : s.Newline;
        while (i < stop)
        {
            char c = s.Buf[i++];
            if (nl == "")
            {
                if (c == '\n') break;
                if (c == '\r') { if (i < stop && s.Buf[i] == '\n') i++; break; }
            }
            else if (nl.Length == 1 ? c == nl[0] : c == '\r' && i < stop && s.Buf[i] == '\n' && ++i > 0) break;
        }
        s.Pos = i;
        return new string(s.Buf, start, i - start);
    }

    private static PyType SetupStringIO()
    {
        var t = NewType("StringIO", TextIOBase);
        SetConstructor(t, static cls => new StringIOObject(cls), static (o, a, kw) =>
        {
            Args.OnlyKw("StringIO", kw, "initial_value", "newline");
            var s = (StringIOObject)o;
            var init = Arg(a, kw, 0, "initial_value");
            s.Newline = NewlineArg(Arg(a, kw, 1, "newline", PyStr.From("\n")));
            if (init is not (PyNone or PyStr)) throw Errors.TypeError($"initial_value must be str or None, not {init.Type.Name}");
            s.Buf = []; s.Size = s.Pos = 0; s.Seen = 0; s.IsClosed = false; s.Initialized = true;
            if (init is PyStr iv && iv.V.Length > 0) { SioWrite(s, iv.V); s.Pos = 0; }
        });
        t.SetMethod("getvalue", static (a, kw) => { var s = Sio(a[0]); return PyStr.From(new string(s.Buf, 0, s.Size)); });
        t.SetMethod("readable", static (a, kw) => { Sio(a[0]); return PyBool.True; });
        t.SetMethod("writable", static (a, kw) => { Sio(a[0]); return PyBool.True; });
        t.SetMethod("seekable", static (a, kw) => { Sio(a[0]); return PyBool.True; });
        t.TypeDict["line_buffering"] = new PyGetSetDescriptor("line_buffering", static o => { Sio(o); return PyBool.False; });
        t.TypeDict["newlines"] = new PyGetSetDescriptor("newlines", static o => { var s = Sio(o); return s.Newline is null or "" ? NewlinesValue(s.Seen) : PyNone.Instance; });
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(((IOObject)o).IsClosed));
        t.SetMethod("read", static (a, kw) =>
        {
            var s = Sio(a[0]);
            long n = SizeArg(Arg(a[1..], kw, 0, "size"));
            int avail = Math.Max(0, s.Size - s.Pos);
            int take = n < 0 || n > avail ? avail : (int)n;
            var r = new string(s.Buf, Math.Min(s.Pos, s.Size), take);
            s.Pos += take;
            return PyStr.From(r);
        });
        t.SetMethod("readline", static (a, kw) =>
        {
            var sizeObj = Arg(a[1..], kw, 0, "size");
            if (sizeObj is not (PyNone or PyInt)) throw Errors.TypeError($"integer argument expected, got '{sizeObj.Type.Name}'");
            return PyStr.From(SioReadLine(Sio(a[0]), SizeArg(sizeObj)));
        });
        t.SetIterNext(static self =>
        {
            var s = Sio(self);
            if (s.Type != StringIOType && s.Type.Lookup("readline") is { } rl && rl is not PyMethodDescriptor)
            {
                var r = Ops.CallMethod(rl, s);
                if (r is not PyStr rs) throw Errors.OSError($"readline() should have returned a str object, not '{r.Type.Name}'");
                return rs.V.Length == 0 ? null : rs;
            }
            var line = SioReadLine(s, -1);
            return line.Length == 0 ? null : PyStr.From(line);
        });
        t.SetMethod("write", static (a, kw) =>
        {
            var s = Sio(a[0]);
            if (a.Length < 2 || a[1] is not PyStr text) throw Errors.TypeError($"string argument expected, got '{(a.Length < 2 ? "nothing" : a[1].Type.Name)}'");
            return PyInt.From(text.V.Length == 0 ? 0 : SioWrite(s, text.V));
        });
        t.SetMethod("seek", static (a, kw) =>
        {
            var s = Sio(a[0]);
            long pos = Ops.IndexValue(Arg(a[1..], kw, 0, "pos"));
            long whence = Ops.IndexValue(Arg(a[1..], kw, 1, "whence", PyInt.From(0)));
            if (whence is < 0 or > 2) throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (whence == 0 && pos < 0) throw Errors.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0) throw Errors.OSError($"Can't do nonzero cur-relative seeks");
            s.Pos = whence switch { 0 => (int)Math.Min(pos, int.MaxValue), 1 => s.Pos, _ => s.Size };
            return PyInt.From(s.Pos);
        });
        t.SetMethod("tell", static (a, kw) => PyInt.From(Sio(a[0]).Pos));
        t.SetMethod("truncate", static (a, kw) =>
        {
            var s = Sio(a[0]);
            var sizeObj = Arg(a[1..], kw, 0, "pos");
            long size = sizeObj is PyNone ? s.Pos : Ops.IndexValue(sizeObj);
            if (size < 0) throw Errors.ValueError($"Negative size value {size}");
            if (size < s.Size) s.Size = (int)size;
            return PyInt.From(size);
        });
        t.SetMethod("close", static (a, kw) => { ((IOObject)a[0]).IsClosed = true; return PyNone.Instance; });
        return t;
    }
}
