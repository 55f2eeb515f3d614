namespace Herthon.Runtime;

/// <summary>
/// Substring search in Python's code-point terms over .NET's UTF-16 text. An ordinal search can
/// match half of a surrogate pair: a pattern that starts with a low surrogate or ends with a high
/// one (a lone surrogate in Python) would be found inside an astral character, which CPython's
/// search never does. Only such patterns take the checked path; every other search is the plain
/// ordinal one.
/// </summary>
public static class StrSearch
{
    /// <summary>True when an ordinal match of sub could cut a surrogate pair of the text.</summary>
    public static bool CanSplitPair(string sub) =>
        sub.Length > 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));

    /// <summary>The match of length n at k keeps the text's surrogate pairs whole.</summary>
    public static bool Whole(string s, int k, int n) =>
        !(k > 0 && char.IsLowSurrogate(s[k]) && char.IsHighSurrogate(s[k - 1]))
        && !(k + n < s.Length && char.IsHighSurrogate(s[k + n - 1]) && char.IsLowSurrogate(s[k + n]));

    /// <summary>The first index k in [lo, hi - sub.Length] where sub occurs in s as whole code points, or -1.</summary>
    public static int IndexOf(string s, string sub, int lo, int hi)
    {
        if (hi - lo < sub.Length) return -1;
        if (!CanSplitPair(sub)) return s.IndexOf(sub, lo, hi - lo, StringComparison.Ordinal);
        while (hi - lo >= sub.Length)
        {
            int k = s.IndexOf(sub, lo, hi - lo, StringComparison.Ordinal);
            if (k < 0 || Whole(s, k, sub.Length)) return k;
            lo = k + 1;
        }
        return -1;
    }

    public static int IndexOf(string s, string sub, int lo) => IndexOf(s, sub, lo, s.Length);

    /// <summary>The last index k in [lo, hi - sub.Length] where sub occurs in s as whole code points, or -1.</summary>
    public static int LastIndexOf(string s, string sub, int lo, int hi)
    {
        while (hi - lo >= sub.Length)
        {
            int k = s.AsSpan(lo, hi - lo).LastIndexOf(sub.AsSpan());
            if (k < 0) return -1;
            k += lo;
            if (!CanSplitPair(sub) || Whole(s, k, sub.Length)) return k;
            hi = k + sub.Length - 1;
        }
        return -1;
    }

    /// <remarks>A one-character needle that is not a surrogate (`ch in " \t\r\n"`) is a char
    /// search: the general ordinal substring search costs ~2x as much for it.</remarks>
    public static bool Contains(string s, string sub)
    {
        if (sub.Length == 1 && !char.IsSurrogate(sub[0])) return s.AsSpan().IndexOf(sub[0]) >= 0;
        return CanSplitPair(sub) ? IndexOf(s, sub, 0, s.Length) >= 0 : s.Contains(sub, StringComparison.Ordinal);
    }
}
