namespace Herthon.Runtime;

/// <summary>
/// str's is...() methods as CPython defines them (Objects/unicodectype.c over the Unicode 14.0.0
/// database): ASCII is answered directly, so only non-ASCII text loads <see cref="UnicodeDatabase"/>.
/// </summary>
public static class StrProperties
{
    private enum Kind { Alpha, Decimal, Digit, Numeric, Alnum, Printable, XidStart, XidContinue }

    private static bool Ascii(int c, Kind kind) => kind switch
    {
        Kind.Alpha => char.IsAsciiLetter((char)c),
        Kind.Decimal or Kind.Digit or Kind.Numeric => char.IsAsciiDigit((char)c),
        Kind.Alnum => char.IsAsciiLetterOrDigit((char)c),
        Kind.Printable => c >= ' ' && c != 0x7f,
        Kind.XidStart => char.IsAsciiLetter((char)c),
        _ => char.IsAsciiLetterOrDigit((char)c) || c == '_',
    };

    private static bool Has(int c, Kind kind)
    {
        if (c < 128) return Ascii(c, kind);
        var db = UnicodeDatabase.Instance;
        var rec = db.Get(c);
        string gc = UnicodeDatabase.Categories[rec.Category];
        switch (kind)
        {
            case Kind.Alpha: return gc[0] == 'L' && gc[1] is 'm' or 't' or 'u' or 'l' or 'o';
            case Kind.Printable: return gc[0] is not ('C' or 'Z');
            case Kind.XidStart: return (rec.Flags & UnicodeDatabase.Flags.XidStart) != 0;
            case Kind.XidContinue: return (rec.Flags & UnicodeDatabase.Flags.XidContinue) != 0;
        }
        var num = db.Numeric(c);
        return kind switch
        {
            Kind.Decimal => num is ('D', _),
            Kind.Digit => num is ('D' or 'd', _),
            Kind.Numeric => num is not null,
            _ => num is not null || Has(c, Kind.Alpha),
        };
    }

    private static bool All(string s, Kind kind, bool emptyResult = false)
    {
        if (s.Length == 0) return emptyResult;
        for (int i = 0; i < s.Length; i++)
            if (!Has(CodePointAt(s, ref i), kind)) return false;
        return true;
    }

    /// <summary>The code point at s[i], advancing i past a surrogate pair's first half.</summary>
    private static int CodePointAt(string s, ref int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(c, s[++i]);
        return c;
    }

    // ASCII text is answered by one loop without the per-character kind switch (`ch.isalpha()` on one
    // character is the common call); the first non-ASCII character hands the whole string to All.
    public static bool IsAlpha(string s)
    {
        foreach (char c in s)
        {
            if (c >= 128) return All(s, Kind.Alpha);
            if (!char.IsAsciiLetter(c)) return false;
        }
        return s.Length > 0;
    }

    private static bool AsciiDigits(string s, Kind kind)
    {
        foreach (char c in s)
        {
            if (c >= 128) return All(s, kind);
            if (!char.IsAsciiDigit(c)) return false;
        }
        return s.Length > 0;
    }

    public static bool IsDecimal(string s) => AsciiDigits(s, Kind.Decimal);
    public static bool IsDigit(string s) => AsciiDigits(s, Kind.Digit);
    public static bool IsNumeric(string s) => AsciiDigits(s, Kind.Numeric);

    public static bool IsAlnum(string s)
    {
        foreach (char c in s)
        {
            if (c >= 128) return All(s, Kind.Alnum);
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return s.Length > 0;
    }
    public static bool IsPrintable(string s) => All(s, Kind.Printable, emptyResult: true);

    /// <summary>XID_Start or '_', then XID_Continue (no NFKC, as str.isidentifier).</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        int i = 0;
        int first = CodePointAt(s, ref i);
        if (first != '_' && !Has(first, Kind.XidStart)) return false;
        for (i++; i < s.Length; i++)
            if (!Has(CodePointAt(s, ref i), Kind.XidContinue)) return false;
        return true;
    }

    private static UnicodeDatabase.Flags CaseFlags(int c, out bool title)
    {
        if (c < 128)
        {
            title = false;
            return char.IsAsciiLetterLower((char)c) ? UnicodeDatabase.Flags.Lower : char.IsAsciiLetterUpper((char)c) ? UnicodeDatabase.Flags.Upper : 0;
        }
        var rec = UnicodeDatabase.Instance.Get(c);
        title = UnicodeDatabase.Categories[rec.Category] == "Lt";
        return rec.Flags;
    }

    /// <summary>str.islower (lower=true) and str.isupper: no character of the other case or titlecase, and one cased.</summary>
    public static bool IsCase(string s, bool lower)
    {
        var mine = lower ? UnicodeDatabase.Flags.Lower : UnicodeDatabase.Flags.Upper;
        var other = lower ? UnicodeDatabase.Flags.Upper : UnicodeDatabase.Flags.Lower;
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var f = CaseFlags(CodePointAt(s, ref i), out bool title);
            if ((f & other) != 0 || title) return false;
            if ((f & mine) != 0) cased = true;
        }
        return cased;
    }

    /// <summary>str.istitle: uppercase and titlecase characters only after uncased ones, lowercase only after cased ones.</summary>
    public static bool IsTitle(string s)
    {
        bool previousCased = false, cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            var f = CaseFlags(CodePointAt(s, ref i), out bool title);
            if ((f & UnicodeDatabase.Flags.Upper) != 0 || title)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if ((f & UnicodeDatabase.Flags.Lower) != 0)
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
