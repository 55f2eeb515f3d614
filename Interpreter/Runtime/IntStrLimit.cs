using System.Globalization;
using System.Numerics;

namespace Herthon.Runtime;

/// <summary>
/// CPython's limit on int&lt;-&gt;str conversion in bases that are not powers of two (CVE-2020-10735):
/// more than sys.get_int_max_str_digits() decimal digits is a ValueError, checked before the
/// quadratic conversion runs. Numbers below the 640-digit threshold are never checked.
/// </summary>
public static class IntStrLimit
{
    public const int Default = 4300;
    public const int Threshold = 640;
    private const double Log10Of2 = 0.30102999566398119521;

    private static int Max => Hosting.Host.Current.IntMaxStrDigits;

    public static string ToDecimal(BigInteger v)
    {
        var mag = BigInteger.Abs(v);
        long bits = (long)mag.GetBitLength();
        if (bits > Threshold * 3)
        {
            int max = Max;
            // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits: refuse before converting.
            if (max > 0 && (long)((bits - 1) * Log10Of2) + 1 > max) throw TooManyToStr(max);
            var s = v.ToString(CultureInfo.InvariantCulture);
            if (max > 0 && s.Length - (v.Sign < 0 ? 1 : 0) > max) throw TooManyToStr(max);
            return s;
        }
        return v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Counts the digits of `text` (underscores excluded) for a parse in base `radix`.</summary>
    public static void CheckParse(ReadOnlySpan<char> text, int radix)
    {
        if ((radix & (radix - 1)) == 0 || text.Length <= Threshold) return;
        int digits = 0;
        foreach (var c in text)
        {
            if (c == '_') continue;
            if (char.IsWhiteSpace(c)) break;
            digits++;
        }
        int max = Max;
        if (digits > Threshold && max > 0 && digits > max)
            throw Errors.ValueError($"Exceeds the limit ({max} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    private static PyException TooManyToStr(int max) =>
        Errors.ValueError($"Exceeds the limit ({max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static void Set(PyObject value)
    {
        long n = Ops.IndexValue(value);
        if (n != 0 && n < Threshold) throw Errors.ValueError($"maxdigits must be 0 or larger than {Threshold}");
        Hosting.Host.Current.IntMaxStrDigits = (int)Math.Min(n, int.MaxValue);
    }
}
