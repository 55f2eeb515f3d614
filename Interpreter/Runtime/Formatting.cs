using System.Runtime.CompilerServices;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Herthon.Runtime;

/// <summary>float → text exactly as CPython prints it (repr, 'e', 'f', 'g', '%').</summary>
public static class FloatFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Shortest round-tripping digits and the decimal exponent: value = 0.DIGITS × 10^decpt.</summary>
    public static (string digits, int decpt) Shortest(double d)
    {
        // .NET's "R" is the shortest round-tripping form, the same digits CPython's repr uses.
        return Decompose(Math.Abs(d).ToString("R", Inv));
    }

    private static (string digits, int decpt) Decompose(string s)
    {
        int exp = 0;
        int e = s.IndexOfAny(['E', 'e']);
        if (e >= 0) { exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, Inv); s = s[..e]; }
        int dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s[..dot] : s;
        string frac = dot >= 0 ? s[(dot + 1)..] : "";
        string digits = intPart + frac;
        int decpt = intPart.Length + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) { digits = "0"; decpt = 1; }
        return (digits, decpt);
    }

    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        var (digits, decpt) = Shortest(d);
        string sign = d < 0 ? "-" : "";
        int x = decpt - 1;
        if (x < -4 || x >= 16) return sign + Sci(digits, x, alwaysDot: false);
        return sign + Fixed(digits, decpt, minFrac: 1);
    }

    private static string Sci(string digits, int exp, bool alwaysDot)
    {
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        else if (alwaysDot) sb.Append('.');
        sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", Inv));
        return sb.ToString();
    }

    private static string Fixed(string digits, int decpt, int minFrac)
    {
        var sb = new StringBuilder();
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (minFrac > 0) sb.Append('.').Append('0', minFrac);
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>Digits rounded (half-even on the exact binary value) to `ndigits` significant digits.</summary>
    private static (string digits, int decpt) Significant(double d, int ndigits)
    {
        string s = Math.Abs(d).ToString("E" + Math.Max(ndigits - 1, 0), Inv);
        return Decompose(s);
    }

    /// <summary>"F0" … "F20": the .NET format strings of the common precisions, made once.</summary>
    private static readonly string[] FixedFormats = MakeFixedFormats();

    private static string[] MakeFixedFormats()
    {
        var a = new string[21];
        for (int i = 0; i < a.Length; i++) a[i] = "F" + i.ToString(CultureInfo.InvariantCulture);
        return a;
    }

    public static string FormatF(double d, int prec)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (prec > 300) prec = 300;
        string s = Math.Abs(d).ToString(prec < FixedFormats.Length ? FixedFormats[prec] : "F" + prec, Inv);
        return (IsNeg(d) ? "-" : "") + s;
    }

    public static string FormatE(double d, int prec, bool upper = false)
    {
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return (d > 0 ? "" : "-") + (upper ? "INF" : "inf");
        string s = Math.Abs(d).ToString((upper ? "E" : "e") + prec, Inv);
        // .NET writes e+006; Python writes e+06.
        int e = s.IndexOfAny(['e', 'E']);
        int exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, Inv);
        s = s[..e] + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Inv);
        return (IsNeg(d) ? "-" : "") + s;
    }

    /// <summary>'g' formatting as PyOS_double_to_string does it; addDot0 is its Py_DTSF_ADD_DOT_0 flag (a format spec
    /// with a precision but no type), which also moves the switch to exponent notation one digit earlier.</summary>
    public static string FormatG(double d, int prec, bool alt, bool upper = false, bool addDot0 = false)
    {
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return (d > 0 ? "" : "-") + (upper ? "INF" : "inf");
        if (prec == 0) prec = 1;
        string sign = IsNeg(d) ? "-" : "";
        var (digits, decpt) = d == 0 ? ("0", 1) : Significant(d, prec);
        if (alt) digits = digits.PadRight(prec, '0');
        string body;
        if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec))
        {
            body = Sci(digits, decpt - 1, alwaysDot: alt);
            if (upper) body = body.ToUpperInvariant();
        }
        else
        {
            body = Fixed(digits, decpt, minFrac: 0);
            if (!body.Contains('.')) body += addDot0 ? ".0" : alt ? "." : "";
        }
        return sign + body;
    }

    private static bool IsNeg(double d) => d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);

}

/// <summary>The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].</summary>
public static class Formatter
{
    /// <summary>The string for a code point; lone surrogates are kept as a single char like CPython.</summary>
    public static string CodePointString(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    internal struct Spec
    {
        public char Fill, Align, Sign, Type, Grouping;
        public bool Alt, Zero, NoNegZero;
        public int Width, Precision;
    }

    internal static Spec Parse(string s, string typeName)
    {
        var sp = new Spec { Fill = ' ', Align = '\0', Sign = '\0', Type = '\0', Width = -1, Precision = -1 };
        int i = 0;
        bool fillGiven = false;
        if (s.Length >= 2 && (s[1] is '<' or '>' or '^' or '=')) { sp.Fill = s[0]; sp.Align = s[1]; i = 2; fillGiven = true; }
        else if (s.Length >= 1 && (s[0] is '<' or '>' or '^' or '=')) { sp.Align = s[0]; i = 1; }
        if (i < s.Length && s[i] is '+' or '-' or ' ') sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { sp.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { sp.Alt = true; i++; }
        if (!fillGiven && i < s.Length && s[i] == '0') { sp.Zero = true; i++; }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) sp.Width = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        if (i < s.Length && s[i] is ',' or '_') sp.Grouping = s[i++];
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw Errors.ValueError("Format specifier missing precision");
            sp.Precision = int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        }
        if (i < s.Length) sp.Type = s[i++];
        if (i < s.Length) throw Errors.ValueError($"Invalid format specifier '{s}' for object of type '{typeName}'");
        // The 0 flag pads with zeros; it implies '=' alignment only for numbers (strings keep '<').
        if (sp.Zero) { sp.Fill = '0'; if (sp.Align == '\0' && typeName != "str") sp.Align = '='; }
        if (sp.Grouping != '\0')
        {
            bool ok = sp.Type is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                || (sp.Grouping == '_' && sp.Type is 'b' or 'o' or 'x' or 'X');
            if (!ok) throw Errors.ValueError(sp.Type > 32 && sp.Type < 128
                ? $"Cannot specify '{sp.Grouping}' with '{sp.Type}'."
                : $"Cannot specify '{sp.Grouping}' with '\\x{(int)sp.Type:x}'.");
        }
        return sp;
    }

    private static string Pad(string body, Spec sp, char defaultAlign, string prefix = "")
    {
        // prefix = sign and base prefix, kept left of '=' padding.
        int total = prefix.Length + PyStr.CodePointCount(body);
        if (sp.Width <= total) return prefix + body;
        int pad = sp.Width - total;
        char align = sp.Align == '\0' ? defaultAlign : sp.Align;
        return align switch
        {
            '<' => prefix + body + new string(sp.Fill, pad),
            '^' => new string(sp.Fill, pad / 2) + prefix + body + new string(sp.Fill, pad - pad / 2),
            '=' => prefix + new string(sp.Fill, pad) + body,
            _ => new string(sp.Fill, pad) + prefix + body,
        };
    }

    public static string FormatStr(string s, string spec)
    {
        if (spec.Length == 0) return s;
        var sp = Parse(spec, "str");
        if (sp.Type is not ('\0' or 's')) throw Errors.ValueError($"Unknown format code '{sp.Type}' for object of type 'str'");
        if (sp.Sign != '\0') throw Errors.ValueError("Sign not allowed in string format specifier");
        if (sp.NoNegZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (sp.Alt) throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (sp.Align == '=') throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        if (sp.Precision >= 0) s = PyStr.PrefixCodePoints(s, sp.Precision);
        return Pad(s, sp, '<');
    }

    internal static string Group(string digits, char sep, int every)
    {
        if (sep == '\0' || digits.Length <= every) return digits;
        var sb = new StringBuilder();
        int first = digits.Length % every;
        if (first > 0) sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += every)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, every);
        }
        return sb.ToString();
    }

    public static string FormatInt(PyInt v, string spec)
    {
        if (spec.Length == 0) return v.ToDecimalString();
        var sp = Parse(spec, "int");
        if (sp.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(v.ToDouble(), spec);
        if (sp.Precision >= 0) throw Errors.ValueError("Precision not allowed in integer format specifier");
        if (sp.NoNegZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (sp.Type == 'c' && sp.Sign != '\0') throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
        if (sp.Type == 'c' && sp.Alt) throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
        BigInteger b = v.ToBig();
        bool neg = b.Sign < 0;
        var mag = BigInteger.Abs(b);
        string digits, basePrefix = "";
        int every = 3;
        switch (sp.Type)
        {
            case '\0' or 'd' or 'n': digits = IntStrLimit.ToDecimal(mag); break;
            case 'x': digits = ToBase(mag, 16, false); basePrefix = sp.Alt ? "0x" : ""; every = 4; break;
            case 'X': digits = ToBase(mag, 16, true); basePrefix = sp.Alt ? "0X" : ""; every = 4; break;
            case 'o': digits = ToBase(mag, 8, false); basePrefix = sp.Alt ? "0o" : ""; every = 4; break;
            case 'b': digits = ToBase(mag, 2, false); basePrefix = sp.Alt ? "0b" : ""; every = 4; break;
            case 'c':
                if (b < 0 || b > 0x10FFFF) throw Errors.Make(TypeObjects.OverflowError, "%c arg not in range(0x110000)");
                return Pad(Formatter.CodePointString((int)b), sp, '<');
            case 's':
                throw Errors.ValueError("Unknown format code 's' for object of type 'int'");
            default: throw Errors.ValueError($"Unknown format code '{sp.Type}' for object of type 'int'");
        }
        string sign = neg ? "-" : sp.Sign is '+' ? "+" : sp.Sign is ' ' ? " " : "";
        if (sp.Grouping != '\0')
        {
            if (sp.Zero && sp.Align == '=' && sp.Fill == '0')
            {
                int want = sp.Width - sign.Length - basePrefix.Length;
                while (Group(digits, sp.Grouping, every).Length < want) digits = "0" + digits;
                digits = Group(digits, sp.Grouping, every);
                if (digits.Length > want && digits[0] == sp.Grouping) digits = digits[1..];
                return sign + basePrefix + digits;
            }
            digits = Group(digits, sp.Grouping, every);
        }
        return Pad(digits, sp, '>', sign + basePrefix);
    }

    public static string ToBase(BigInteger mag, int radix, bool upper)
    {
        if (mag.IsZero) return "0";
        if (mag <= ulong.MaxValue)
        {
            ulong u = (ulong)mag;
            string r = radix switch { 16 => u.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture), 2 => Convert.ToString((long)u, 2), 8 => Convert.ToString((long)u, 8), _ => "" };
            if (u > long.MaxValue && radix != 16) r = SlowBase(mag, radix, upper);
            return r;
        }
        return SlowBase(mag, radix, upper);
    }

    private static string SlowBase(BigInteger mag, int radix, bool upper)
    {
        var sb = new StringBuilder();
        string chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!mag.IsZero) { sb.Insert(0, chars[(int)(mag % radix)]); mag /= radix; }
        return sb.ToString();
    }

    public static string FormatFloat(double d, string spec)
    {
        if (spec.Length == 0) return FloatFormat.Repr(d);
        var sp = Parse(spec, "float");
        bool neg = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);
        if (double.IsNaN(d)) neg = false;
        double mag = Math.Abs(d);
        string body;
        int prec = sp.Precision;
        switch (sp.Type)
        {
            case 'f' or 'F':
                body = FloatFormat.FormatF(mag, prec < 0 ? 6 : prec);
                if (sp.Type == 'F') body = body.ToUpperInvariant();
                if (sp.Alt && double.IsFinite(d) && !body.Contains('.')) body += ".";
                break;
            case 'e' or 'E':
                body = FloatFormat.FormatE(mag, prec < 0 ? 6 : prec, sp.Type == 'E');
                break;
            case 'g' or 'G':
                body = FloatFormat.FormatG(mag, prec < 0 ? 6 : prec, sp.Alt, sp.Type == 'G');
                break;
            case '%':
                body = FloatFormat.FormatF(mag * 100, prec < 0 ? 6 : prec) + "%";
                break;
            case '\0':
                body = prec < 0 ? FloatFormat.Repr(mag) : FloatFormat.FormatG(mag, prec, sp.Alt, addDot0: true);
                break;
            case 'n':
                body = FloatFormat.FormatG(mag, prec < 0 ? 6 : prec, sp.Alt);
                break;
            default: throw Errors.ValueError($"Unknown format code '{sp.Type}' for object of type 'float'");
        }
        if (sp.NoNegZero && neg && IsZeroText(body)) neg = false;
        string sign = neg ? "-" : sp.Sign is '+' ? "+" : sp.Sign is ' ' ? " " : "";
        if (sp.Grouping != '\0' && !double.IsNaN(d) && !double.IsInfinity(d))
        {
            int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            string intPart = dot >= 0 ? body[..dot] : body, rest = dot >= 0 ? body[dot..] : "";
            if (sp.Zero && sp.Align == '=' && sp.Fill == '0')
            {
                int want = sp.Width - sign.Length - rest.Length;
                while (Group(intPart, sp.Grouping, 3).Length < want) intPart = "0" + intPart;
                var g = Group(intPart, sp.Grouping, 3);
                if (g.Length > want && g[0] == sp.Grouping) g = g[1..];
                return sign + g + rest;
            }
            body = Group(intPart, sp.Grouping, 3) + rest;
        }
        return Pad(body, sp, '>', sign);
    }

    private static bool IsZeroText(string s)
    {
        foreach (var c in s) if (c is >= '1' and <= '9') return false;
        return true;
    }
}

/// <summary>printf-style `%` formatting for str (and bytes).</summary>
public static class PercentFormat
{
    public static string Format(string fmt, PyObject args) => Format(fmt, args, out _);

    /// <summary>
    /// str % args as an object (PyUnicode_Format): a %s, %r or %a conversion that is the whole
    /// format's output — nothing written before it, nothing after it, no sign or blank flag, a width
    /// and a precision that change nothing — gives the object str(), repr() or ascii() returned, an
    /// instance of a str subclass from a __str__ or __repr__ included (CPython's unicode writer hands
    /// back the one str it was given); everything else a new exact str.
    /// </summary>
    public static PyObject FormatObject(string fmt, PyObject args)
    {
        string s = Format(fmt, args, out var whole);
        return whole ?? PyStr.From(s);
    }

    private static string Format(string fmt, PyObject args, out PyObject? whole)
    {
        whole = null;
        if (fmt.Length <= PlainMax && TryPlain(fmt, args) is { } plainText) return plainText;
        PyObject[] items;
        PyObject? mapping = null;   // CPython's `dict`: args when it is a mapping (mp_subscript) other than a tuple or str
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = [args];
            if (args is PyDict) mapping = args;
            else if (args is not PyStr && args.Type.Lookup(Ops.N.GetItem) is not null) mapping = args;
        }
        var sb = new StringBuilder(fmt.Length + 16);
        Span<char> intBuf = stackalloc char[24];
        int ai = 0;
        int i = 0;
        PyObject NextArg()
        {
            if (ai >= items.Length) throw Errors.TypeError("not enough arguments for format string");
            return items[ai++];
        }
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw Errors.ValueError("incomplete format");
            // "%%" only right after the '%': with a key, flags, width or precision between them the
            // second '%' is a conversion, which CPython rejects (after taking its argument).
            if (fmt[i] == '%') { sb.Append('%'); i++; continue; }
            PyObject? arg = null;
            if (fmt[i] == '(')
            {
                int close = fmt.IndexOf(')', i);
                if (close < 0) throw Errors.ValueError("incomplete format key");
                string key = fmt[(i + 1)..close];
                i = close + 1;
                if (mapping is null) throw Errors.TypeError("format requires a mapping");
                arg = Ops.GetItem(mapping, PyStr.From(key));
            }
            // Flags, width and precision are read as numbers; their text (for the spec strings of
            // the general path below) is only made when that path runs.
            int flagStart = i;
            bool fMinus = false, fPlus = false, fSpace = false, fAlt = false, fZero = false;
            while (i < fmt.Length && fmt[i] is '-' or '+' or ' ' or '#' or '0')
            {
                switch (fmt[i++])
                {
                    case '-': fMinus = true; break;
                    case '+': fPlus = true; break;
                    case ' ': fSpace = true; break;
                    case '#': fAlt = true; break;
                    default: fZero = true; break;
                }
            }
            int flagEnd = i;
            int w = 0;             // the width when it fits an int (wBig: it does not)
            bool wBig = false;
            string? widthText = null;
            int widthStart = i;
            if (i < fmt.Length && fmt[i] == '*')
            {
                long wv = Star(NextArg(), "ssize_t");
                i++;
                // A negative width from '*' left-aligns, as the '-' flag (CPython's formatter).
                if (wv < 0) { fMinus = true; wv = wv == long.MinValue ? long.MaxValue : -wv; }
                if (wv > int.MaxValue) wBig = true; else w = (int)wv;
                widthText = wv.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) { if (w > 100_000_000) wBig = true; else w = w * 10 + (fmt[i] - '0'); i++; }
                widthText = i > widthStart ? null : "";
            }
            int widthEnd = i;
            int p = -1;            // the precision, -1 none (pBig: too large for the quick path)
            bool pBig = false;
            string? precText = null;
            int precStart = 0, precEnd = 0;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    long pv = Star(NextArg(), "int");
                    i++;
                    if (pv < 0) pv = 0;   // CPython: a negative precision from '*' is 0
                    precText = pv.ToString(CultureInfo.InvariantCulture);
                    if (pv < 0 || pv > 100_000_000) pBig = true; else p = (int)pv;
                }
                else
                {
                    precStart = i;
                    p = 0;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) { if (p > 100_000_000) pBig = true; else p = p * 10 + (fmt[i] - '0'); i++; }
                    precEnd = i;
                    if (precEnd == precStart) precText = "0";
                }
            }
            bool hasPrec = p >= 0 || pBig;
            while (i < fmt.Length && fmt[i] is 'l' or 'h' or 'L') i++;
            if (i >= fmt.Length) throw Errors.ValueError("incomplete format");
            char conv = fmt[i++];
            arg ??= NextArg();
            if (!fMinus && !fPlus && !fSpace && !fAlt && !fZero && w == 0 && !wBig && !hasPrec)
            {
                // Plain %d/%s of an exact int or str: no spec string to build and parse.
                if (conv is 'd' or 'i' or 'u' or 's' && arg.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(arg).IsPlain)
                {
                    Unsafe.As<PyInt>(arg).V.TryFormat(intBuf, out int n, default, CultureInfo.InvariantCulture);
                    sb.Append(intBuf[..n]);
                    continue;
                }
                if (conv == 's' && arg is PyStr { Sub: null } plain) { sb.Append(plain.V); continue; }
            }
            if (!fAlt && !wBig && !pBig && Quick(sb, conv, arg, fMinus, fPlus, fSpace, fZero, w, p, intBuf)) continue;
            string flags = fmt[flagStart..flagEnd];
            string width = widthText ?? fmt[widthStart..widthEnd];
            string prec = precText ?? fmt[precStart..precEnd];
            if (fMinus && !flags.Contains('-')) flags += "-";
            string spec;
            string align = flags.Contains('-') ? "<" : "";
            string sign = flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
            string zero = flags.Contains('0') && !flags.Contains('-') ? "0" : "";
            string alt = flags.Contains('#') ? "#" : "";
            string precPart = hasPrec ? "." + prec : "";
            string text;
            switch (conv)
            {
                case 's' or 'r' or 'a' when sb.Length == 0 && i == fmt.Length && !fPlus && !fSpace && !wBig && !pBig:
                    {
                        // The format's one output (FormatObject): the conversion's own object kept.
                        var so = conv == 's' ? Ops.StrObject(arg) : conv == 'r' ? Ops.ReprObject(arg) : Ops.AsciiObject(arg);
                        var ps = Unsafe.As<PyStr>(so);
                        int len = ps.CodePointLength;
                        if (w <= len && (!hasPrec || p >= len)) { whole = so; text = ps.V; break; }
                        text = ps.V;
                        if (hasPrec) text = PyStr.PrefixCodePoints(text, int.Parse(prec, CultureInfo.InvariantCulture));
                        text = Formatter.FormatStr(text, (align == "" ? ">" : align) + width);
                        break;
                    }
                case 's': text = Ops.Str(arg); if (hasPrec) text = PyStr.PrefixCodePoints(text, int.Parse(prec, CultureInfo.InvariantCulture)); text = Formatter.FormatStr(text, (align == "" ? ">" : align) + width); break;
                case 'r' or 'a': text = conv == 'a' ? Ops.Ascii(arg) : Ops.Repr(arg); if (hasPrec) text = PyStr.PrefixCodePoints(text, int.Parse(prec, CultureInfo.InvariantCulture)); text = Formatter.FormatStr(text, (align == "" ? ">" : align) + width); break;
                case 'd' or 'i' or 'u':
                    {
                        PyInt iv = arg is PyFloat f ? (PyInt)Builtins.IntFromDouble(f.V) : Ops.ToPyIntForFormat(arg, conv);
                        spec = align + sign + zero + width + "d";
                        text = Formatter.FormatInt(iv, spec);
                        if (hasPrec)
                        {
                            string digits = iv.ToBig().ToString().TrimStart('-');
                            int pp = int.Parse(prec, CultureInfo.InvariantCulture);
                            if (digits.Length < pp) text = Formatter.FormatStr((iv.Sign < 0 ? "-" : sign) + digits.PadLeft(pp, '0'), (align == "" ? ">" : align) + width);
                        }
                        break;
                    }
                case 'x' or 'X' or 'o':
                    {
                        var iv = Ops.ToPyIntForFormat(arg, conv);
                        spec = align + sign + alt + zero + width + conv;
                        text = Formatter.FormatInt(iv, spec);
                        break;
                    }
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    {
                        double dv = arg is PyFloat or PyInt ? Ops.ToDouble(arg) : throw Errors.TypeError($"must be real number, not {arg.Type.Name}");
                        spec = align + sign + alt + zero + width + (hasPrec ? precPart : ".6") + conv;
                        text = Formatter.FormatFloat(dv, spec);
                        break;
                    }
                case 'c':
                    if (arg is PyStr cs)
                    {
                        if (cs.V.Length != 1) throw Errors.TypeError("%c requires int or char");
                        text = cs.V;
                    }
                    else if (arg is PyInt ci)
                    {
                        var cv = ci.ToBig();
                        if (cv < 0 || cv > 0x10FFFF) throw Errors.Make(TypeObjects.OverflowError, "%c arg not in range(0x110000)");
                        text = Formatter.CodePointString((int)cv);
                    }
                    else throw Errors.TypeError("%c requires int or char");
                    text = Formatter.FormatStr(text, (align == "" ? ">" : align) + width);
                    break;
                default:
                    throw Errors.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
            }
            sb.Append(text);
        }
        if (ai < items.Length && mapping is null) throw Errors.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private const int PlainInt = 1, PlainStr = 2;

    /// <summary>The one test of a bare conversion (no key, flags, width or precision) that
    /// <see cref="TryPlain"/> and the general loop share: <see cref="PlainInt"/> for %d, %i, %u or
    /// %s of an exact int in 64 bits (its decimal digits), <see cref="PlainStr"/> for %s of an exact
    /// str (its text), 0 for anything else (the general formatting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainConversion(char conv, PyObject arg)
    {
        if (arg.GetType() == typeof(PyInt)) return conv is 'd' or 'i' or 'u' or 's' && Unsafe.As<PyInt>(arg).IsPlain ? PlainInt : 0;
        return conv == 's' && arg.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(arg).IsExact ? PlainStr : 0;
    }

    /// <summary>The longest format and result <see cref="TryPlain"/> writes (its stack buffer).</summary>
    private const int PlainMax = 256;

    /// <summary>
    /// str % args when every conversion is a bare %d, %i, %u or %s of an exact int in 64 bits, a
    /// bare %s of an exact str, or %%, and the arguments (a tuple, or one exact int or str) are
    /// taken exactly once: the text is written into a stack buffer and becomes the one string
    /// allocated (`"missing %d" % key`, `"%s=%s" % (k, v)`), where the general path below makes a
    /// StringBuilder, its buffer and an argument array. Null: anything else (flags, widths, keys,
    /// other conversions or types, an argument count that does not match, a text past PlainMax),
    /// which the general path formats or rejects with CPython's errors.
    /// </summary>
    private static string? TryPlain(string fmt, PyObject args)
    {
        PyObject[]? items = null;
        int count = 1;
        if (args is PyTuple t) { items = t.Items; count = items.Length; }
        else if (!(args.GetType() == typeof(PyInt) || args is PyStr { Sub: null })) return null;
        Span<char> buf = stackalloc char[PlainMax];
        int pos = 0, ai = 0, i = 0;
        while (i < fmt.Length)
        {
            int pct = fmt.AsSpan(i).IndexOf('%');
            int run = pct < 0 ? fmt.Length - i : pct;
            if (run > 0)
            {
                if (pos + run > PlainMax) return null;
                fmt.AsSpan(i, run).CopyTo(buf[pos..]);
                pos += run;
                i += run;
            }
            if (pct < 0) break;
            if (i + 1 >= fmt.Length) return null;
            char conv = fmt[i + 1];
            i += 2;
            if (conv == '%')
            {
                if (pos >= PlainMax) return null;
                buf[pos++] = '%';
                continue;
            }
            if (ai >= count) return null;
            var arg = items is null ? args : items[ai];
            ai++;
            if (conv is 'd' or 'i' or 'u' or 's' && arg.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(arg).IsPlain)
            {
                if (!Unsafe.As<PyInt>(arg).V.TryFormat(buf[pos..], out int n, default, CultureInfo.InvariantCulture)) return null;
                pos += n;
            }
            else if (conv == 's' && arg is PyStr { Sub: null } ps)
            {
                var v = ps.V;
                if (pos + v.Length > PlainMax) return null;
                v.AsSpan().CopyTo(buf[pos..]);
                pos += v.Length;
            }
            else return null;
        }
        if (ai != count) return null;
        return new string(buf[..pos]);
    }

    /// <summary>
    /// One conversion with flags, width and precision written straight into sb, for the cases
    /// programs use most (`%6d`, `%-10s`, `%.2f`, `%04x`): %d/%i/%u/%x/%X of an exact int in 64
    /// bits without a precision, %f/%F of an exact finite float (precision up to 50), %s of an
    /// exact str without astral characters (the width and precision then count chars, which are
    /// its code points) or of an exact int without a precision. The text is what the spec-string
    /// path below gives: the sign ('-', else '+' or ' ' from the flags), then the '-' flag left-
    /// aligns with spaces, else the '0' flag of a number pads with zeros after the sign, else
    /// spaces go first. False: nothing was written, the general path formats it.
    /// </summary>
    /// <summary>The value for a '*' width or precision: an int (bool included, not __index__), as
    /// CPython's PyLong_Check, in a C ssize_t (width) or int (precision).</summary>
    private static long Star(PyObject v, string cType)
    {
        if (v is not PyInt pi) throw Errors.TypeError("* wants int");
        if (pi.Big is not null || (cType == "int" && pi.V is < int.MinValue or > int.MaxValue))
            throw Errors.OverflowError($"Python int too large to convert to C {cType}");
        return pi.V;
    }

    private static bool Quick(StringBuilder sb, char conv, PyObject arg, bool minus, bool plus, bool space, bool zero, int w, int p, Span<char> buf)
    {
        ReadOnlySpan<char> body;
        bool neg = false, numeric = true;
        int n;
        switch (conv)
        {
            case 'd' or 'i' or 'u' or 'x' or 'X':
                {
                    if (p >= 0 || arg.GetType() != typeof(PyInt) || !Unsafe.As<PyInt>(arg).IsPlain) return false;
                    long v = Unsafe.As<PyInt>(arg).V;
                    neg = v < 0;
                    ulong mag = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
                    if (conv is 'x' or 'X') mag.TryFormat(buf, out n, conv == 'x' ? "x" : "X", CultureInfo.InvariantCulture);
                    else mag.TryFormat(buf, out n, default, CultureInfo.InvariantCulture);
                    body = buf[..n];
                    break;
                }
            case 'f' or 'F':
                {
                    if (arg.GetType() != typeof(PyFloat)) return false;
                    double d = Unsafe.As<PyFloat>(arg).V;
                    if (!double.IsFinite(d) || p > 50) return false;
                    neg = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);
                    body = FloatFormat.FormatF(Math.Abs(d), p < 0 ? 6 : p);
                    break;
                }
            case 's':
                numeric = false;
                if (arg.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(arg).IsExact)
                {
                    var ps = Unsafe.As<PyStr>(arg);
                    if (ps.HasAstral) return false;
                    body = ps.V;
                    if (p >= 0 && p < body.Length) body = body[..p];
                }
                else if (p < 0 && arg.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(arg).IsPlain)
                {
                    Unsafe.As<PyInt>(arg).V.TryFormat(buf, out n, default, CultureInfo.InvariantCulture);
                    body = buf[..n];
                }
                else return false;
                break;
            default:
                return false;
        }
        char sign = !numeric ? '\0' : neg ? '-' : plus ? '+' : space ? ' ' : '\0';
        int len = body.Length + (sign != '\0' ? 1 : 0);
        int pad = w > len ? w - len : 0;
        if (minus)
        {
            if (sign != '\0') sb.Append(sign);
            sb.Append(body);
            if (pad > 0) sb.Append(' ', pad);
        }
        else if (zero && numeric)
        {
            if (sign != '\0') sb.Append(sign);
            if (pad > 0) sb.Append('0', pad);
            sb.Append(body);
        }
        else
        {
            if (pad > 0) sb.Append(' ', pad);
            if (sign != '\0') sb.Append(sign);
            sb.Append(body);
        }
        return true;
    }
}

public static partial class Ops
{
    internal static PyInt ToPyIntForFormat(PyObject arg, char conv)
    {
        if (arg is PyInt i) return i;
        // CPython's mainformatlong: %d/%i/%u take PyNumber_Long (__int__ first, then __index__),
        // %x/%X/%o only _PyNumber_Index.
        if (conv is 'd' or 'i' or 'u' && arg is PyInstance && arg.Type.Lookup(N.Int) is { } m && CallMethod(m, arg) is PyInt r) return r;
        if (arg is PyInstance && arg.Type.Lookup(N.Index) is not null) return ToPyInt(arg);
        if (conv is 'd' or 'i' or 'u') throw Errors.TypeError($"%{conv} format: a real number is required, not {arg.Type.Name}");
        throw Errors.TypeError($"%{conv} format: an integer is required, not {arg.Type.Name}");
    }
}
