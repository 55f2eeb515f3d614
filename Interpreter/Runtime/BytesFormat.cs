using System.Globalization;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// `bytes % args` and `bytearray % args` (PEP 461), as CPython 3.11's _PyBytes_FormatEx parses and
/// reports them: any object with `__getitem__` but a tuple, bytes, bytearray or str is the mapping
/// (a list too), `%(key)` looks up a bytes key, `%s`/`%b` take bytes-like objects or `__bytes__`,
/// `%r`/`%a` ascii(), `%c` an int in range(256) or one byte, `z` is a flag (a negative zero printed
/// without its sign), one `h`/`l`/`L` is skipped, and the messages are the bytes formatter's
/// ("... during bytes formatting", "float argument required", "* wants int"). Numbers are written
/// by the str formatter (PercentFormat) from a spec of the same flags, after the checks above.
/// </summary>
public static class BytesFormat
{
    public static byte[] Format(ReadOnlySpan<byte> fmt, PyObject args)
    {
        PyObject cur = args;
        PyObject[]? tuple = null;
        int arglen, argidx;
        if (args is PyTuple t) { tuple = t.Items; arglen = tuple.Length; argidx = 0; }
        else { arglen = -1; argidx = -2; }
        PyObject? dict = args is not (PyTuple or PyBytes or PyByteArray or PyStr) && args.Type.Lookup(Ops.N.GetItem) is not null ? args : null;
        var res = new List<byte>(fmt.Length + 16);
        int n = fmt.Length, i = 0;

        PyObject NextArg(ref int argidx)
        {
            if (argidx < arglen)
            {
                argidx++;
                return arglen < 0 || tuple is null ? cur : tuple[argidx - 1];
            }
            throw Errors.TypeError("not enough arguments for format string");
        }

        while (i < n)
        {
            byte b = fmt[i++];
            if (b != (byte)'%') { res.Add(b); continue; }
            if (i < n && fmt[i] == (byte)'%') { res.Add((byte)'%'); i++; continue; }
            if (i < n && fmt[i] == (byte)'(')
            {
                if (dict is null) throw Errors.TypeError("format requires a mapping");
                int start = ++i, depth = 1;
                while (depth > 0 && i < n)
                {
                    if (fmt[i] == (byte)')') depth--;
                    else if (fmt[i] == (byte)'(') depth++;
                    i++;
                }
                if (depth > 0) throw Errors.ValueError("incomplete format key");
                cur = Ops.GetItem(dict, new PyBytes(fmt[start..(i - 1)].ToArray()));
                tuple = null;
                arglen = -1;
                argidx = -2;
            }
            bool ljust = false, sign = false, blank = false, alt = false, zero = false, noNegZero = false;
            int c = -1;
            while (i < n)
            {
                c = fmt[i++];
                if (c == '-') ljust = true;
                else if (c == '+') sign = true;
                else if (c == ' ') blank = true;
                else if (c == '#') alt = true;
                else if (c == '0') zero = true;
                else if (c == 'z') noNegZero = true;
                else break;
                c = -1;
            }
            long width = -1;
            if (c == '*')
            {
                var v = NextArg(ref argidx);
                if (v is not PyInt wi) throw Errors.TypeError("* wants int");
                width = Ops.IndexValue(wi);
                if (width < 0) { ljust = true; width = -width; }
                c = i < n ? fmt[i++] : -1;
            }
            else if (c >= '0' && c <= '9')
            {
                width = c - '0';
                c = -1;
                while (i < n)
                {
                    c = fmt[i++];
                    if (c < '0' || c > '9') break;
                    if (width > (long.MaxValue - (c - '0')) / 10) throw Errors.ValueError("width too big");
                    width = width * 10 + (c - '0');
                    c = -1;
                }
            }
            int prec = -1;
            if (c == '.')
            {
                prec = 0;
                c = i < n ? fmt[i++] : -1;
                if (c == '*')
                {
                    var v = NextArg(ref argidx);
                    if (v is not PyInt pi) throw Errors.TypeError("* wants int");
                    long pv = Ops.IndexValue(pi);
                    if (pv > int.MaxValue || pv < int.MinValue) throw Errors.Make(TypeObjects.OverflowError, "Python int too large to convert to C int");
                    prec = pv < 0 ? 0 : (int)pv;
                    c = i < n ? fmt[i++] : -1;
                }
                else if (c >= '0' && c <= '9')
                {
                    prec = c - '0';
                    c = -1;
                    while (i < n)
                    {
                        c = fmt[i++];
                        if (c < '0' || c > '9') break;
                        if (prec > (int.MaxValue - (c - '0')) / 10) throw Errors.ValueError("prec too big");
                        prec = prec * 10 + (c - '0');
                        c = -1;
                    }
                }
            }
            if (c is 'h' or 'l' or 'L') c = i < n ? fmt[i++] : -1;
            if (c < 0) throw Errors.ValueError("incomplete format");
            var arg = NextArg(ref argidx);
            byte[] text;
            bool number = false;
            switch (c)
            {
                case 'r' or 'a':
                    text = Encoding.ASCII.GetBytes(Ops.Ascii(arg));
                    if (prec >= 0 && text.Length > prec) text = text[..prec];
                    break;
                case 's' or 'b':
                    text = BytesOf(arg);
                    if (prec >= 0 && text.Length > prec) text = text[..prec];
                    break;
                case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                    {
                        PyInt iv = c is 'd' or 'i' or 'u' && arg is PyFloat f ? (PyInt)Builtins.IntFromDouble(f.V) : Ops.ToPyIntForFormat(arg, c == 'i' ? 'd' : (char)c);
                        text = Numeric((char)c, iv, ljust, sign, blank, alt, zero, width, prec);
                        number = true;
                        break;
                    }
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    {
                        if (!(arg is PyFloat or PyInt || (arg is PyInstance && (arg.Type.Lookup(Ops.N.Float) is not null || arg.Type.Lookup(Ops.N.Index) is not null))))
                            throw Errors.TypeError($"float argument required, not {arg.Type.Name}");
                        double d = Ops.ToDouble(arg);
                        text = Numeric((char)c, new PyFloat(d), ljust, sign, blank, alt, zero, width, prec);
                        if (noNegZero && IsNegativeZero(text)) text = Numeric((char)c, new PyFloat(-d), ljust, sign, blank, alt, zero, width, prec);
                        number = true;
                        break;
                    }
                case 'c':
                    text = [ByteOf(arg)];
                    break;
                default:
                    // CPython formats this message with the byte as a C char: a byte above 127 gives an empty message.
                    throw Errors.ValueError(c < 128 ? $"unsupported format character '{(char)c}' (0x{c:x}) at index {i - 1}" : "");
            }
            if (number) { res.AddRange(text); continue; }
            long pad = width > text.Length ? width - text.Length : 0;
            if (!ljust) for (long k = 0; k < pad; k++) res.Add((byte)' ');
            res.AddRange(text);
            if (ljust) for (long k = 0; k < pad; k++) res.Add((byte)' ');
        }
        if (argidx < arglen && dict is null) throw Errors.TypeError("not all arguments converted during bytes formatting");
        return [.. res];
    }

    /// <summary>%s / %b: bytes and bytearray as they are, else `__bytes__`, else the buffer.</summary>
    private static byte[] BytesOf(PyObject arg)
    {
        if (arg is PyBytes pb) return pb.V;
        if (arg is PyByteArray ba) return ba.ToArray();
        if (arg.Type.Lookup("__bytes__") is { } m)
        {
            var r = Ops.CallMethod(m, arg);
            if (r is not PyBytes rb) throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            return rb.V;
        }
        if (arg is IBufferExporter or PyMemoryView) return BytesMethods.AsBytes(arg);
        throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
    }

    /// <summary>%c: one byte of a bytes or bytearray of length 1, or an integer in range(256).</summary>
    private static byte ByteOf(PyObject arg)
    {
        if (arg is PyBytes { V.Length: 1 } pb) return pb.V[0];
        if (arg is PyByteArray { Count: 1 } ba) return ba.Data[0];
        PyInt iv;
        if (arg is PyInt pi) iv = pi;
        else if (arg is PyInstance && arg.Type.Lookup(Ops.N.Index) is not null) iv = Ops.ToPyInt(arg);
        else throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
        if (iv.Big is not null || iv.V < 0 || iv.V > 255) throw Errors.Make(TypeObjects.OverflowError, "%c arg not in range(256)");
        return (byte)iv.V;
    }

    /// <summary>A number written by the str formatter from the same flags, width and precision (ASCII).</summary>
    private static byte[] Numeric(char conv, PyObject value, bool ljust, bool sign, bool blank, bool alt, bool zero, long width, int prec)
    {
        var spec = new StringBuilder("%");
        if (ljust) spec.Append('-');
        if (sign) spec.Append('+');
        if (blank) spec.Append(' ');
        if (alt) spec.Append('#');
        if (zero) spec.Append('0');
        if (width >= 0) spec.Append(width.ToString(CultureInfo.InvariantCulture));
        if (prec >= 0) spec.Append('.').Append(prec.ToString(CultureInfo.InvariantCulture));
        spec.Append(conv);
        return Encoding.ASCII.GetBytes(PercentFormat.Format(spec.ToString(), PyTuple.From([value])));
    }

    /// <summary>Whether a formatted float reads as a negative zero ("-0.00", "-0e+00"): the `z`
    /// flag formats its absolute value instead.</summary>
    private static bool IsNegativeZero(byte[] text)
    {
        int minus = Array.IndexOf(text, (byte)'-');
        if (minus < 0) return false;
        for (int k = minus + 1; k < text.Length; k++)
        {
            byte d = text[k];
            if (d is (byte)'e' or (byte)'E') break;
            if (d is >= (byte)'1' and <= (byte)'9' or (byte)'n' or (byte)'i') return false;
        }
        return true;
    }
}
