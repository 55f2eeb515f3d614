using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>A complex value as CPython's Py_complex: two doubles, no object.</summary>
public readonly record struct Cx(double Re, double Im);

/// <summary>CPython's errno outcomes of the complex and cmath C functions.</summary>
public enum MathErr { None, Domain, Range }

public sealed class PyComplex(double re, double im) : PyObject
{
    public readonly double Re = re, Im = im;
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.Complex;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);

    public PyComplex(Cx c) : this(c.Re, c.Im) { }
    public Cx Value => new(Re, Im);

    /// <summary>CPython's complex_hash: hash(real) + 1000003 * hash(imag), so hash(1+0j) == hash(1).</summary>
    public long Hash()
    {
        ulong combined = unchecked((ulong)PyFloat.HashDouble(Re) + 1000003UL * (ulong)PyFloat.HashDouble(Im));
        long h = unchecked((long)combined);
        return h == -1 ? -2 : h;
    }
}

/// <summary>The libm functions .NET's Math lacks; CPython calls the same glibc ones, so results agree bit for bit.</summary>
internal static class LibM
{
    [DllImport("libm.so.6", EntryPoint = "hypot")]
    internal static extern double Hypot(double x, double y);

    [DllImport("libm.so.6", EntryPoint = "log1p")]
    internal static extern double Log1P(double x);
}

/// <summary>complex arithmetic, repr, format and construction (CPython 3.11's complexobject.c semantics).</summary>
public static class ComplexOps
{
    public static readonly Cx One = new(1.0, 0.0);

    /// <summary>TO_COMPLEX: int, float and complex operands take part in complex arithmetic; others do not.</summary>
    public static bool TryAsComplex(PyObject o, out Cx c)
    {
        switch (o)
        {
            case PyComplex z: c = z.Value; return true;
            case PyFloat f: c = new(f.V, 0.0); return true;
            case PyInt i: c = new(i.ToDouble(), 0.0); return true;
        }
        c = default;
        return false;
    }

    // ---------------------------------------------------------------- arithmetic (_Py_c_*)

    public static Cx Sum(Cx a, Cx b) => new(a.Re + b.Re, a.Im + b.Im);
    public static Cx Diff(Cx a, Cx b) => new(a.Re - b.Re, a.Im - b.Im);
    public static Cx Neg(Cx a) => new(-a.Re, -a.Im);
    public static Cx Prod(Cx a, Cx b) => new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>_Py_c_quot: Smith's algorithm; division by zero reports a domain error.</summary>
    public static Cx Quot(Cx a, Cx b, ref MathErr err)
    {
        double absBre = Math.Abs(b.Re), absBim = Math.Abs(b.Im);
        if (absBre >= absBim)
        {
            if (absBre == 0.0) { err = MathErr.Domain; return new(0.0, 0.0); }
            double ratio = b.Im / b.Re;
            double denom = b.Re + b.Im * ratio;
            return new((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        if (absBim >= absBre)
        {
            double ratio = b.Re / b.Im;
            double denom = b.Re * ratio + b.Im;
            return new((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        return new(double.NaN, double.NaN); // at least one of b's parts is a NaN
    }

    /// <summary>_Py_c_pow: polar form.</summary>
    public static Cx PowGeneral(Cx a, Cx b, ref MathErr err)
    {
        if (b.Re == 0.0 && b.Im == 0.0) return new(1.0, 0.0);
        if (a.Re == 0.0 && a.Im == 0.0)
        {
            if (b.Im != 0.0 || b.Re < 0.0) err = MathErr.Domain;
            return new(0.0, 0.0);
        }
        double vabs = LibM.Hypot(a.Re, a.Im);
        double len = Math.Pow(vabs, b.Re);
        double at = Math.Atan2(a.Im, a.Re);
        double phase = at * b.Re;
        if (b.Im != 0.0)
        {
            len /= Math.Exp(at * b.Im);
            phase += b.Im * Math.Log(vabs);
        }
        // libm's cos/sin of an infinity set errno = EDOM, which complex_pow reports (range errors of the
        // earlier calls are dropped by Py_ADJUST_ERANGE2 unless the result is infinite).
        if (double.IsInfinity(phase)) err = MathErr.Domain;
        return new(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    /// <summary>c_powu: binary exponentiation by repeated complex products (exactly CPython's rounding).</summary>
    private static Cx PowU(Cx x, long n)
    {
        Cx r = One, p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            mask <<= 1;
            p = Prod(p, p);
        }
        return r;
    }

    /// <summary>complex_pow: small integral exponents multiply, others go through the polar form.</summary>
    public static PyObject Pow(Cx a, Cx b)
    {
        var err = MathErr.None;
        Cx p;
        if (b.Im == 0.0 && b.Re == Math.Floor(b.Re) && Math.Abs(b.Re) <= 100.0)
        {
            long n = (long)b.Re;
            p = n > 0 ? PowU(a, n) : Quot(One, PowU(a, -n), ref err);
        }
        else p = PowGeneral(a, b, ref err);
        // Py_ADJUST_ERANGE2: an infinite part is an overflow unless an error was already recorded.
        if (err == MathErr.None && (double.IsInfinity(p.Re) || double.IsInfinity(p.Im))) err = MathErr.Range;
        if (err == MathErr.Domain) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
        if (err == MathErr.Range) throw Errors.OverflowError("complex exponentiation");
        return new PyComplex(p);
    }

    /// <summary>_Py_c_abs: C99 rules (an infinite part wins over a NaN); overflow is the caller's to report.</summary>
    public static double Abs(Cx z, out bool overflow)
    {
        overflow = false;
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im))
        {
            if (double.IsInfinity(z.Re)) return Math.Abs(z.Re);
            if (double.IsInfinity(z.Im)) return Math.Abs(z.Im);
            return double.NaN;
        }
        double r = LibM.Hypot(z.Re, z.Im);
        overflow = !double.IsFinite(r);
        return r;
    }

    public static PyObject AbsObject(PyComplex c)
    {
        double r = Abs(c.Value, out bool overflow);
        if (overflow) throw Errors.OverflowError("absolute value too large");
        return new PyFloat(r);
    }

    /// <summary>a OP b when either side is complex and the other a number; null when complex does not take part.</summary>
    public static PyObject? Binary(PyObject a, PyObject b, BinaryOp op)
    {
        if (op is not (BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.TrueDiv or BinaryOp.Pow)) return null;
        if (!IsNumber(a) || !IsNumber(b)) return null;
        TryAsComplex(a, out var x);
        TryAsComplex(b, out var y);
        switch (op)
        {
            case BinaryOp.Add: return new PyComplex(Sum(x, y));
            case BinaryOp.Sub: return new PyComplex(Diff(x, y));
            case BinaryOp.Mul: return new PyComplex(Prod(x, y));
            case BinaryOp.TrueDiv:
                {
                    var err = MathErr.None;
                    var q = Quot(x, y, ref err);
                    if (err != MathErr.None) throw Errors.ZeroDivisionError("complex division by zero");
                    return new PyComplex(q);
                }
            default: return Pow(x, y);
        }
    }

    private static bool IsNumber(PyObject o) => o is PyComplex or PyFloat or PyInt;

    /// <summary>complex_richcompare: == and != against int, float and complex; ordering is not defined (null).</summary>
    public static PyObject? Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (!IsNumber(a) || !IsNumber(b)) return null;
        if (op is not (CompareOp.Eq or CompareOp.Ne))
            throw Errors.TypeError($"'{Ops.OpSymbol(op)}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");
        PyComplex c;
        if (a is PyComplex ac) c = ac;
        else { c = (PyComplex)b; b = a; }
        bool equal;
        switch (b)
        {
            case PyComplex d: equal = c.Re == d.Re && c.Im == d.Im; break;
            case PyFloat f: equal = c.Re == f.V && c.Im == 0.0; break;
            default:
                // An int compares exactly with the real part (as float == int does).
                if (c.Im != 0.0) { equal = false; break; }
                return Ops.RichCompare(new PyFloat(c.Re), b, op);
        }
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    // ---------------------------------------------------------------- repr and format

    /// <summary>repr-style digits without the ".0" float's repr adds: 1.0 → "1", 1e16 → "1e+16".</summary>
    private static string ShortRepr(double d)
    {
        var s = FloatFormat.Repr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    /// <summary>complex_repr: "1j" when the real part is +0, else "(re±imj)".</summary>
    public static string Repr(double re, double im)
    {
        string ims = ShortRepr(im);
        if (re == 0.0 && !double.IsNegative(re)) return ims + "j";
        if (ims[0] != '-') ims = "+" + ims;   // a NaN never shows its sign
        return "(" + ShortRepr(re) + ims + "j)";
    }

    /// <summary>format_complex_internal: each part formatted like a float, the imaginary part always signed
    /// when the real part is shown, then padded as a whole.</summary>
    public static string Format(double re, double im, string spec)
    {
        if (spec.Length == 0) return Repr(re, im);
        var sp = Formatter.Parse(spec, "complex");
        if (sp.Fill == '0') throw Errors.ValueError("Zero padding is not allowed in complex format specifier");
        if (sp.Align == '=') throw Errors.ValueError("'=' alignment flag is not allowed in complex format specifier");
        char type = sp.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw Errors.ValueError(type > 32 && type < 128
                ? $"Unknown format code '{type}' for object of type 'complex'"
                : $"Unknown format code '\\x{(int)type:x}' for object of type 'complex'");
        int prec = sp.Precision;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            if (re == 0.0 && !double.IsNegative(re)) skipRe = true; else parens = true;
            if (prec >= 0) type = 'g';
        }
        if (type == 'n') type = 'g';
        if (prec < 0) prec = 6;
        string reBody = PartDigits(re, type, prec, sp.Alt, sp.NoNegZero, out bool reNeg);
        string imBody = PartDigits(im, type, prec, sp.Alt, sp.NoNegZero, out bool imNeg);
        if (sp.Grouping != '\0')
        {
            reBody = GroupPart(reBody, sp.Grouping);
            imBody = GroupPart(imBody, sp.Grouping);
        }
        string SignOf(bool neg, char want) => neg ? "-" : want == '+' ? "+" : want == ' ' ? " " : "";
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe) sb.Append(SignOf(reNeg, sp.Sign)).Append(reBody);
        sb.Append(SignOf(imNeg, skipRe ? sp.Sign : '+')).Append(imBody).Append('j');
        if (parens) sb.Append(')');
        string body = sb.ToString();
        if (sp.Width <= body.Length) return body;
        int pad = sp.Width - body.Length;
        return (sp.Align == '\0' ? '>' : sp.Align) switch
        {
            '<' => body + new string(sp.Fill, pad),
            '^' => new string(sp.Fill, pad / 2) + body + new string(sp.Fill, pad - pad / 2),
            _ => new string(sp.Fill, pad) + body,
        };
    }

    /// <summary>PyOS_double_to_string of |d| for one part; the sign is returned separately.</summary>
    private static string PartDigits(double d, char type, int prec, bool alt, bool noNegZero, out bool neg)
    {
        neg = double.IsNegative(d) && !double.IsNaN(d);
        double mag = Math.Abs(d);
        string s = type switch
        {
            'r' => ShortRepr(mag),
            'f' => FloatFormat.FormatF(mag, prec),
            'F' => FloatFormat.FormatF(mag, prec).ToUpperInvariant(),
            'e' or 'E' => FloatFormat.FormatE(mag, prec, type == 'E'),
            _ => FloatFormat.FormatG(mag, prec, alt, type == 'G'),
        };
        // The alternate form always has a decimal point.
        if (alt && double.IsFinite(d) && !s.Contains('.'))
        {
            int e = s.IndexOfAny(['e', 'E']);
            s = e >= 0 ? s[..e] + "." + s[e..] : s + ".";
        }
        if (noNegZero && neg && double.IsFinite(d))
        {
            bool zero = true;
            foreach (var ch in s) if (ch is >= '1' and <= '9') { zero = false; break; }
            if (zero) neg = false;
        }
        return s;
    }

    private static string GroupPart(string s, char sep)
    {
        if (s.Length == 0 || !char.IsAsciiDigit(s[0])) return s;   // inf / nan
        int end = s.IndexOfAny(['.', 'e', 'E']);
        if (end < 0) end = s.Length;
        return Formatter.Group(s[..end], sep, 3) + s[end..];
    }

    // ---------------------------------------------------------------- construction

    /// <summary>complex(real=0, imag=0): complex_new_impl.</summary>
    public static PyObject New(PyType cls, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (a.Length > 2) throw Errors.TypeError($"complex() takes at most 2 arguments ({a.Length} given)");
        PyObject? r = npos > 0 ? a[0] : null, i = npos > 1 ? a[1] : null;
        if (kw is not null)
            for (int k = 0; k < kw.Length; k++)
            {
                var v = a[npos + k];
                if (kw[k] == "real")
                {
                    if (npos >= 1) throw Errors.TypeError("argument for complex() given by name ('real') and position (1)");
                    r = v;
                }
                else if (kw[k] == "imag")
                {
                    if (npos >= 2) throw Errors.TypeError("argument for complex() given by name ('imag') and position (2)");
                    i = v;
                }
                else throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for complex()");
            }
        var c = Construct(r ?? PyInt.From(0), i);
        if (cls.IsBuiltin) return c;
        var z = (PyComplex)c;
        return new PyComplex(z.Re, z.Im) { Sub = cls };
    }

    private static PyObject Construct(PyObject r, PyObject? i)
    {
        if (r is PyComplex { Sub: null } && i is null) return r;
        if (r is PyStr s)
        {
            if (i is not null) throw Errors.TypeError("complex() can't take second arg if first is a string");
            return new PyComplex(Parse(s.V));
        }
        if (i is PyStr) throw Errors.TypeError("complex() second arg can't be a string");
        // A class's __complex__ comes first (complex subclasses keep their own values).
        if (r is PyInstance || (SubclassDicts.IsUserSub(r) && r.Type.Lookup("__complex__") is PyFunction))
        {
            var m = r.Type.Lookup("__complex__");
            if (m is not null)
            {
                var res = Ops.CallMethod(m, r);
                if (res is not PyComplex) throw Errors.TypeError($"__complex__ returned non-complex (type {res.Type.Name})");
                r = res;
            }
        }
        if (!IsNumberLike(r)) throw Errors.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        if (i is not null && !IsNumberLike(i)) throw Errors.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        Cx cr, ci;
        bool crComplex = r is PyComplex;
        cr = r is PyComplex rc ? rc.Value : new(Ops.ToDouble(r), 0.0);
        bool ciComplex = i is PyComplex;
        ci = i is null ? new(cr.Im, 0.0) : i is PyComplex ic ? ic.Value : new(Ops.ToDouble(i), 0.0);
        double real = cr.Re, imag = ci.Re;
        if (ciComplex) real -= ci.Im;
        if (crComplex && i is not null) imag += cr.Im;
        return new PyComplex(real, imag);
    }

    /// <summary>Has nb_float or nb_index, or is a complex.</summary>
    private static bool IsNumberLike(PyObject o) =>
        o is PyInt or PyFloat or PyComplex
        || (o is PyInstance && (o.Type.Lookup(Ops.N.Float) is not null || o.Type.Lookup(Ops.N.Index) is not null));

    /// <summary>PyComplex_AsCComplex: what cmath's arguments accept (complex, __complex__, then anything float() takes).</summary>
    public static Cx AsComplex(PyObject o)
    {
        if (o is PyComplex c) return c.Value;
        if (o is PyInstance && o.Type.Lookup("__complex__") is { } m)
        {
            var res = Ops.CallMethod(m, o);
            if (res is not PyComplex rc) throw Errors.TypeError($"__complex__ returned non-complex (type {res.Type.Name})");
            return rc.Value;
        }
        return new(Ops.ToDouble(o), 0.0);
    }

    // ---------------------------------------------------------------- complex('1+2j')

    /// <summary>complex_subtype_from_string: unicode digits and spaces mapped to ASCII, underscores checked
    /// and removed as in literals, then complex_from_string_inner.</summary>
    public static Cx Parse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (ch < 128) sb.Append(ch);
            else if (char.IsWhiteSpace(ch)) sb.Append(' ');
            else if (char.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber) sb.Append((char)('0' + (int)char.GetNumericValue(ch)));
            else sb.Append('?');
        }
        string s = sb.ToString();
        if (s.Contains('_'))
        {
            var clean = new StringBuilder(s.Length);
            char prev = '\0';
            foreach (char ch in s)
            {
                if (ch == '_')
                {
                    if (!char.IsAsciiDigit(prev)) throw Unconvertible(text);
                }
                else
                {
                    if (prev == '_' && !char.IsAsciiDigit(ch)) throw Unconvertible(text);
                    clean.Append(ch);
                }
                prev = ch;
            }
            if (prev == '_' || s.Contains('\0')) throw Unconvertible(text);
            s = clean.ToString();
        }
        return ParseInner(s) ?? throw Errors.ValueError("complex() arg is a malformed string");
    }

    private static PyException Unconvertible(string text) => Errors.ValueError($"could not convert string to complex: {Ops.StrRepr(text)}");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    private static Cx? ParseInner(string s)
    {
        int p = 0, n = s.Length;
        double x = 0.0, y = 0.0;
        bool bracket = false;
        while (p < n && IsSpace(s[p])) p++;
        if (p < n && s[p] == '(') { bracket = true; p++; while (p < n && IsSpace(s[p])) p++; }
        char At(int k) => k < n ? s[k] : '\0';
        int end = ParseDoublePrefix(s, p, out double z);
        if (end != p)
        {
            p = end;
            if (At(p) is '+' or '-')
            {
                // <float><signed-float>j or <float><sign>j
                x = z;
                end = ParseDoublePrefix(s, p, out y);
                if (end != p) p = end;
                else { y = s[p] == '+' ? 1.0 : -1.0; p++; }
                if (At(p) is not ('j' or 'J')) return null;
                p++;
            }
            else if (At(p) is 'j' or 'J') { p++; y = z; }
            else x = z;
        }
        else
        {
            // <sign>j or j
            if (At(p) is '+' or '-') { y = s[p] == '+' ? 1.0 : -1.0; p++; }
            else y = 1.0;
            if (At(p) is not ('j' or 'J')) return null;
            p++;
        }
        while (p < n && IsSpace(s[p])) p++;
        if (bracket)
        {
            if (At(p) != ')') return null;
            p++;
            while (p < n && IsSpace(s[p])) p++;
        }
        return p == n ? new Cx(x, y) : null;
    }

    /// <summary>PyOS_string_to_double with an end pointer: the longest float prefix at `start` (no leading
    /// whitespace), overflow giving ±inf. Returns the end index (== start when there is no number).</summary>
    private static int ParseDoublePrefix(string s, int start, out double value)
    {
        value = 0;
        int p = start, n = s.Length;
        bool neg = false;
        if (p < n && s[p] is '+' or '-') { neg = s[p] == '-'; p++; }
        if (MatchWord(s, p, "inf"))
        {
            p += MatchWord(s, p, "infinity") ? 8 : 3;
            value = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return p;
        }
        if (MatchWord(s, p, "nan"))
        {
            value = neg ? -PyFloat.Nan : PyFloat.Nan;
            return p + 3;
        }
        int digitsStart = p, nd = 0;
        while (p < n && char.IsAsciiDigit(s[p])) { p++; nd++; }
        if (p < n && s[p] == '.') { p++; while (p < n && char.IsAsciiDigit(s[p])) { p++; nd++; } }
        if (nd == 0) return start;
        if (p < n && s[p] is 'e' or 'E')
        {
            int q = p + 1;
            if (q < n && s[q] is '+' or '-') q++;
            int expDigits = q;
            while (q < n && char.IsAsciiDigit(s[q])) q++;
            if (q > expDigits) p = q;
        }
        value = double.Parse(s.AsSpan(digitsStart, p - digitsStart), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        if (neg) value = -value;
        return p;
    }

    private static bool MatchWord(string s, int p, string word) =>
        p + word.Length <= s.Length && string.Compare(s, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // ---------------------------------------------------------------- the type's methods

    private static PyComplex Self(ReadOnlySpan<PyObject> a, string name) =>
        a.Length > 0 && a[0] is PyComplex c ? c : throw Errors.TypeError($"descriptor '{name}' requires a 'complex' object");

    private static void ReadOnlyMember(PyObject o, PyObject v) => throw Errors.AttributeError("readonly attribute");

    public static void Install(PyType t)
    {
        t.New = New;
        // real and imag are read-only members in CPython (a different message from a getter without a setter).
        t.TypeDict["real"] = new PyGetSetDescriptor("real", static o => new PyFloat(((PyComplex)o).Re), ReadOnlyMember);
        t.TypeDict["imag"] = new PyGetSetDescriptor("imag", static o => new PyFloat(((PyComplex)o).Im), ReadOnlyMember);
        t.SetMethod("conjugate", static (a, kw) => { Args.Method("conjugate", a, kw, 0, 0); var c = Self(a, "conjugate"); return new PyComplex(c.Re, -c.Im); });
        t.SetMethod("__complex__", static (a, kw) => { var c = Self(a, "__complex__"); return c.Sub is null ? c : new PyComplex(c.Re, c.Im); });
        t.SetMethod("__getnewargs__", static (a, kw) => { var c = Self(a, "__getnewargs__"); return PyTuple.Of(new PyFloat(c.Re), new PyFloat(c.Im)); });
        t.SetMethod("__repr__", static (a, kw) => { var c = Self(a, "__repr__"); return PyStr.From(Repr(c.Re, c.Im)); });
        t.SetMethod("__format__", static (a, kw) => { var c = Self(a, "__format__"); return PyStr.From(Format(c.Re, c.Im, Ops.AsString(a[1], "format() argument 2"))); });
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(Self(a, "__hash__").Hash()));
        t.SetMethod("__bool__", static (a, kw) => { var c = Self(a, "__bool__"); return PyBool.From(c.Re != 0.0 || c.Im != 0.0); });
        t.SetMethod("__abs__", static (a, kw) => AbsObject(Self(a, "__abs__")));
        t.SetMethod("__neg__", static (a, kw) => { var c = Self(a, "__neg__"); return new PyComplex(-c.Re, -c.Im); });
        t.SetMethod("__pos__", static (a, kw) => { var c = Self(a, "__pos__"); return c.Sub is null ? c : new PyComplex(c.Re, c.Im); });
        foreach (var (name, op) in new[] { ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("truediv", BinaryOp.TrueDiv), ("pow", BinaryOp.Pow) })
        {
            var o = op;
            t.SetMethod($"__{name}__", (a, kw) => Binary(Self(a, name), a[1], o) ?? PyNotImplemented.Instance);
            t.SetMethod($"__r{name}__", (a, kw) => { Self(a, name); return Binary(a[1], a[0], o) ?? PyNotImplemented.Instance; });
        }
        foreach (var (name, cop) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var c = cop;
            t.SetMethod(name, (a, kw) => c is CompareOp.Eq or CompareOp.Ne && IsNumber(a[1]) ? Compare(Self(a, name), a[1], c)! : PyNotImplemented.Instance);
        }
    }
}
