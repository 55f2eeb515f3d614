using System.Text;

namespace Herthon.Runtime;

/// <summary>str.capitalize/title/swapcase as CPython 3.11 maps them: full (multi-char) mappings
/// from SpecialCasing, and U+03A3 lowercased by the Final_Sigma rule wherever a char is lowered.</summary>
internal static class StrCase
{
    // Other_Lowercase / Other_Uppercase (Unicode 14, from python3.11's str.islower/isupper on code
    // points outside Ll/Lu): CPython's lower/upper/cased tests include them, .NET's char tests do not.
    private static readonly int[] OtherLower = [0xAA, 0xAA, 0xBA, 0xBA, 0x2B0, 0x2B8, 0x2C0, 0x2C1, 0x2E0, 0x2E4, 0x345, 0x345, 0x37A, 0x37A, 0x1D2C, 0x1D6A, 0x1D78, 0x1D78, 0x1D9B, 0x1DBF, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x2170, 0x217F, 0x24D0, 0x24E9, 0x2C7C, 0x2C7D, 0xA69C, 0xA69D, 0xA770, 0xA770, 0xA7F8, 0xA7F9, 0xAB5C, 0xAB5F, 0x10780, 0x10780, 0x10783, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA];
    private static readonly int[] OtherUpper = [0x2160, 0x216F, 0x24B6, 0x24CF, 0x1F130, 0x1F149, 0x1F150, 0x1F169, 0x1F170, 0x1F189];

    private static bool In(int[] ranges, int cp)
    {
        for (int i = 0; i < ranges.Length; i += 2)
            if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
        return false;
    }

    /// <summary>Py_UNICODE_ISLOWER / ISUPPER / _PyUnicode_IsCased of one UTF-16 char.</summary>
    public static bool IsLower(char c) => char.IsLower(c) || (c >= 0xAA && In(OtherLower, c));
    public static bool IsUpper(char c) => char.IsUpper(c) || (c >= 0x2160 && In(OtherUpper, c));
    public static bool IsCased(char c) => IsLower(c) || IsUpper(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;
    public static bool IsLower(Rune r) => Rune.IsLower(r) || In(OtherLower, r.Value);
    public static bool IsUpper(Rune r) => Rune.IsUpper(r) || In(OtherUpper, r.Value);
    public static bool IsCased(Rune r) => IsLower(r) || IsUpper(r) || Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static void AppendLower(StringBuilder sb, string s, int i)
    {
        char c = s[i];
        if (c == '\u03A3') sb.Append(FinalSigma.IsFinal(s, i) ? '\u03C2' : '\u03C3');
        else if (SpecialCasing.Lower.TryGetValue(c, out var m)) sb.Append(m);
        else sb.Append(char.ToLowerInvariant(c));
    }

    private static void AppendUpper(StringBuilder sb, char c)
    {
        if (SpecialCasing.Upper.TryGetValue(c, out var m)) sb.Append(m);
        else sb.Append(char.ToUpperInvariant(c));
    }

    private static void AppendTitle(StringBuilder sb, char c)
    {
        if (SpecialCasing.Title.TryGetValue(c, out var m)) sb.Append(m);
        else sb.Append(StrMethods.ToTitle(c));
    }

    /// <summary>str.lower: ASCII and sigma-free text as before; a U+03A3 takes its context's form.</summary>
    public static string Lower(string s)
    {
        static string Part(string x) => SpecialCasing.Map(x, static y => y.ToLowerInvariant(), SpecialCasing.Lower);
        return s.Contains('\u03A3') ? FinalSigma.Lower(s, Part) : Part(s);
    }

    public static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        if (Ascii.IsValid(s))
            return string.Create(s.Length, s, static (span, x) =>
            {
                span[0] = char.ToUpperInvariant(x[0]);
                Ascii.ToLower(x.AsSpan(1), span[1..], out _);
            });
        var sb = new StringBuilder(s.Length + 2);
        int from = 1;
        if (IsPair(s, 0)) { sb.Append(Rune.ToUpperInvariant(new Rune(s[0], s[1])).ToString()); from = 2; }
        else AppendTitle(sb, s[0]);
        for (int i = from; i < s.Length; i++)
        {
            if (IsPair(s, i)) { sb.Append(Rune.ToLowerInvariant(new Rune(s[i], s[i + 1])).ToString()); i++; }
            else AppendLower(sb, s, i);
        }
        return sb.ToString();
    }

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        bool prevCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsPair(s, i))
            {
                var r = new Rune(c, s[i + 1]);
                sb.Append((prevCased ? Rune.ToLowerInvariant(r) : Rune.ToUpperInvariant(r)).ToString());
                prevCased = IsCased(r);
                i++;
                continue;
            }
            if (prevCased) AppendLower(sb, s, i); else AppendTitle(sb, c);
            prevCased = IsCased(c);
        }
        return sb.ToString();
    }

    public static string Swapcase(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsPair(s, i))
            {
                var r = new Rune(c, s[i + 1]);
                sb.Append((IsUpper(r) ? Rune.ToLowerInvariant(r) : IsLower(r) ? Rune.ToUpperInvariant(r) : r).ToString());
                i++;
                continue;
            }
            if (IsUpper(c)) AppendLower(sb, s, i);
            else if (IsLower(c)) AppendUpper(sb, c);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsPair(string s, int i) => char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
}
