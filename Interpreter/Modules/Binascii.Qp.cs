namespace Herthon.Runtime;

/// <summary>binascii's quoted-printable codec (RFC 1521; `header` is RFC 1522's "_ for space"), which quopri uses.</summary>
public static partial class BinasciiModule
{
    private const int QpMaxLineSize = 76;

    private static void AddQuotedPrintable(PyModule m)
    {
        m.AddFunction("a2b_qp", static (a, kw) =>
        {
            var v = QpArgs("a2b_qp", a, kw, ["data", "header"]);
            return new PyBytes(A2bQp(AsciiData(v[0]!), v[1] is { } h && Ops.IndexValue(h) != 0));
        });
        m.AddFunction("b2a_qp", static (a, kw) =>
        {
            var v = QpArgs("b2a_qp", a, kw, ["data", "quotetabs", "istext", "header"]);
            if (v[0] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            bool Flag(PyObject? o, bool dflt) => o is null ? dflt : Ops.IndexValue(o) != 0;
            return new PyBytes(B2aQp(BytesMethods.AsBytes(v[0]!), Flag(v[1], false), Flag(v[2], true), Flag(v[3], false)));
        });
    }

    private static PyObject?[] QpArgs(string name, ReadOnlySpan<PyObject> a, string[]? kw, string[] names)
    {
        Args.ClinicKw(name, kw, names);
        int npos = Args.Positional(a, kw);
        if (npos > names.Length) throw Errors.TypeError($"{name}() takes at most {names.Length} arguments ({npos} given)");
        var v = new PyObject?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            var byName = Args.Kw(a, kw, names[i]);
            if (i < npos && byName is not null) throw Errors.TypeError($"argument for {name}() given by name ('{names[i]}') and position ({i + 1})");
            v[i] = i < npos ? a[i] : byName;
        }
        if (v[0] is null) throw Errors.TypeError($"{name}() missing required argument 'data' (pos 1)");
        return v;
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static byte[] A2bQp(byte[] data, bool header)
    {
        var o = new List<byte>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte c = data[i];
            if (c == '=')
            {
                if (++i >= data.Length) break;   // a trailing '=' is dropped
                if (data[i] is (byte)'\n' or (byte)'\r')
                {
                    // A soft line break: '=' then the line end (anything up to the '\n' after a '\r').
                    if (data[i] != '\n') while (i < data.Length && data[i] != '\n') i++;
                    if (i < data.Length) i++;
                }
                else if (data[i] == '=') { o.Add((byte)'='); i++; }   // "==": what broken encoders write for '='
                else if (i + 1 < data.Length && IsHex(data[i]) && IsHex(data[i + 1]))
                {
                    o.Add((byte)(HexValue(data[i]) << 4 | HexValue(data[i + 1])));
                    i += 2;
                }
                else o.Add((byte)'=');
            }
            else if (header && c == '_') { o.Add((byte)' '); i++; }
            else { o.Add(c); i++; }
        }
        return o.ToArray();
    }

    private static byte[] B2aQp(byte[] data, bool quotetabs, bool istext, bool header)
    {
        // Line ends are written as the data writes its first one: CRLF if it is "\r\n".
        int nl = Array.IndexOf(data, (byte)'\n');
        bool crlf = nl > 0 && data[nl - 1] == '\r';
        var o = new List<byte>(data.Length + data.Length / 8);
        int n = data.Length, linelen = 0;
        void SoftBreak()
        {
            o.Add((byte)'=');
            if (crlf) o.Add((byte)'\r');
            o.Add((byte)'\n');
            linelen = 0;
        }
        void AddHex(byte b) { o.Add((byte)"0123456789ABCDEF"[b >> 4]); o.Add((byte)"0123456789ABCDEF"[b & 15]); }
        int i = 0;
        while (i < n)
        {
            byte c = data[i];
            bool last = i + 1 == n;
            bool quote = c > 126 || c == '=' || header && c == '_'
                || c == '.' && linelen == 0 && (last || data[i + 1] is (byte)'\n' or (byte)'\r' or 0)
                || !istext && c is (byte)'\r' or (byte)'\n'
                || c is (byte)'\t' or (byte)' ' && last
                || c < 33 && c != '\r' && c != '\n' && (quotetabs || c != '\t' && c != ' ');
            if (quote)
            {
                if (linelen + 3 >= QpMaxLineSize) SoftBreak();
                o.Add((byte)'=');
                AddHex(c);
                i++;
                linelen += 3;
            }
            else if (istext && (c == '\n' || c == '\r' && !last && data[i + 1] == '\n'))
            {
                linelen = 0;
                // Whitespace before a line end would be lost in transit: quote it.
                if (o.Count > 0 && o[^1] is (byte)' ' or (byte)'\t')
                {
                    byte ws = o[^1];
                    o[^1] = (byte)'=';
                    AddHex(ws);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (!last && data[i + 1] != '\n' && linelen + 1 >= QpMaxLineSize) SoftBreak();
                linelen++;
                o.Add(header && c == ' ' ? (byte)'_' : c);
                i++;
            }
        }
        return o.ToArray();
    }
}
