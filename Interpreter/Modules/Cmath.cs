using static Herthon.Runtime.ComplexOps;

namespace Herthon.Runtime;

/// <summary>The `cmath` module: CPython 3.11's cmathmodule.c algorithms, C99 Annex G special values and
/// errno-style errors (ValueError "math domain error", OverflowError "math range error").</summary>
public static class Cmath
{
    private const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;
    private const double DblMin = 2.2250738585072014e-308;
    private const int MantDig = 53, ScaleUp = 2 * (MantDig / 2) + 1, ScaleDown = -(ScaleUp + 1) / 2;
    private static readonly double LargeDouble = double.MaxValue / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);

    // Special-value table entries (C99 Annex G), indexed [class of real part][class of imaginary part].
    private const double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private const double INF = double.PositiveInfinity, N = double.NaN;
    private const double U = -9.5426319407711027e33; // never returned: the finite cases are computed

    private static Cx[] T(params double[] v)
    {
        var t = new Cx[49];
        for (int i = 0; i < 49; i++) t[i] = new(v[2 * i], v[2 * i + 1]);
        return t;
    }

    /// <summary>special_type: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.</summary>
    private static int Kind(double d)
    {
        if (double.IsFinite(d)) return d != 0 ? (double.IsNegative(d) ? 1 : 4) : (double.IsNegative(d) ? 2 : 3);
        if (double.IsNaN(d)) return 6;
        return d > 0 ? 5 : 0;
    }

    private static Cx Special(Cx[] table, Cx z) => table[Kind(z.Re) * 7 + Kind(z.Im)];
    private static bool NonFinite(Cx z) => !double.IsFinite(z.Re) || !double.IsFinite(z.Im);

    private static readonly Cx[] AcosSpecial = T(
        P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P14, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, P14, -INF, N, INF,
        N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);
    private static readonly Cx[] AcoshSpecial = T(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
    private static readonly Cx[] AsinhSpecial = T(
        -INF, -P14, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, P14, -INF, N,
        -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
        -INF, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -INF, P12, N, N,
        INF, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N);
    private static readonly Cx[] AtanhSpecial = T(
        -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
        -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
        -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
        0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
        0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
        0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
        0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N);
    private static readonly Cx[] CoshSpecial = T(
        INF, N, U, U, INF, 0.0, INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
        N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);
    private static readonly Cx[] ExpSpecial = T(
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);
    private static readonly Cx[] LogSpecial = T(
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
    private static readonly Cx[] SinhSpecial = T(
        INF, N, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
        0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);
    private static readonly Cx[] SqrtSpecial = T(
        INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N,
        INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);
    private static readonly Cx[] TanhSpecial = T(
        -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);
    private static readonly Cx[] RectSpecial = T(
        INF, N, U, U, -INF, 0.0, -INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);

    // ---------------------------------------------------------------- the functions (errno in `err`)

    public static Cx Acos(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(AcosSpecial, z); }
        Cx r;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            // avoid unnecessary overflow for large arguments
            r = new(Math.Atan2(Math.Abs(z.Im), z.Re), -Math.CopySign(Math.Log(LibM.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0, z.Im));
        }
        else
        {
            var s1 = Sqrt(new(1.0 - z.Re, -z.Im), ref err);
            var s2 = Sqrt(new(1.0 + z.Re, z.Im), ref err);
            r = new(2.0 * Math.Atan2(s1.Re, s2.Re), Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
        }
        err = MathErr.None;
        return r;
    }

    public static Cx Acosh(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(AcoshSpecial, z); }
        Cx r;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
            r = new(Math.Log(LibM.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0, Math.Atan2(z.Im, z.Re));
        else
        {
            var s1 = Sqrt(new(z.Re - 1.0, z.Im), ref err);
            var s2 = Sqrt(new(z.Re + 1.0, z.Im), ref err);
            r = new(Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2.0 * Math.Atan2(s1.Im, s2.Re));
        }
        err = MathErr.None;
        return r;
    }

    /// <summary>asin(z) = -i asinh(iz)</summary>
    public static Cx Asin(Cx z, ref MathErr err)
    {
        var s = Asinh(new(-z.Im, z.Re), ref err);
        return new(s.Im, -s.Re);
    }

    public static Cx Asinh(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(AsinhSpecial, z); }
        Cx r;
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double l = Math.Log(LibM.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            r = new(z.Im >= 0.0 ? Math.CopySign(l, z.Re) : -Math.CopySign(l, -z.Re), Math.Atan2(z.Im, Math.Abs(z.Re)));
        }
        else
        {
            var s1 = Sqrt(new(1.0 + z.Im, -z.Re), ref err);
            var s2 = Sqrt(new(1.0 - z.Im, z.Re), ref err);
            r = new(Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), Math.Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im));
        }
        err = MathErr.None;
        return r;
    }

    /// <summary>atan(z) = -i atanh(iz)</summary>
    public static Cx Atan(Cx z, ref MathErr err)
    {
        var s = Atanh(new(-z.Im, z.Re), ref err);
        return new(s.Im, -s.Re);
    }

    public static Cx Atanh(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(AtanhSpecial, z); }
        // Reduce to z.real >= 0 with atanh(z) = -atanh(-z).
        if (z.Re < 0.0) return Neg(Atanh(Neg(z), ref err));
        double ay = Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // atanh(z) ~ 1/z +/- i*pi/2 for large |z|
            double h = LibM.Hypot(z.Re / 2.0, z.Im / 2.0);
            err = MathErr.None;
            return new(z.Re / 4.0 / h / h, Math.CopySign(Math.PI / 2.0, z.Im));
        }
        if (z.Re == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0) { err = MathErr.Domain; return new(INF, z.Im); }
            err = MathErr.None;
            return new(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(LibM.Hypot(ay, 2.0))), Math.CopySign(Math.Atan2(2.0, -ay) / 2, z.Im));
        }
        err = MathErr.None;
        return new(LibM.Log1P(4.0 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4.0,
            -Math.Atan2(-2.0 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2.0);
    }

    /// <summary>cos(z) = cosh(iz)</summary>
    public static Cx Cos(Cx z, ref MathErr err) => Cosh(new(-z.Im, z.Re), ref err);

    public static Cx Cosh(Cx z, ref MathErr err)
    {
        Cx r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0 ? new(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new(Math.CopySign(INF, Math.Cos(z.Im)), -Math.CopySign(INF, Math.Sin(z.Im)));
            else r = Special(CoshSpecial, z);
            err = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? MathErr.Domain : MathErr.None;
            return r;
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            // cosh(z.real) overflows but cosh(z) may not
            double x1 = z.Re - Math.CopySign(1.0, z.Re);
            r = new(Math.Cos(z.Im) * Math.Cosh(x1) * Math.E, Math.Sin(z.Im) * Math.Sinh(x1) * Math.E);
        }
        else r = new(Math.Cos(z.Im) * Math.Cosh(z.Re), Math.Sin(z.Im) * Math.Sinh(z.Re));
        err = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? MathErr.Range : MathErr.None;
        return r;
    }

    public static Cx Exp(Cx z, ref MathErr err)
    {
        Cx r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0 ? new(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new(Math.CopySign(0.0, Math.Cos(z.Im)), Math.CopySign(0.0, Math.Sin(z.Im)));
            else r = Special(ExpSpecial, z);
            err = double.IsInfinity(z.Im) && (double.IsFinite(z.Re) || (double.IsInfinity(z.Re) && z.Re > 0)) ? MathErr.Domain : MathErr.None;
            return r;
        }
        if (z.Re > LogLargeDouble)
        {
            double l = Math.Exp(z.Re - 1.0);
            r = new(l * Math.Cos(z.Im) * Math.E, l * Math.Sin(z.Im) * Math.E);
        }
        else
        {
            double l = Math.Exp(z.Re);
            r = new(l * Math.Cos(z.Im), l * Math.Sin(z.Im));
        }
        err = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? MathErr.Range : MathErr.None;
        return r;
    }

    /// <summary>c_log: rescales subnormal and huge arguments, and uses log1p near the unit circle.</summary>
    public static Cx Log(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(LogSpecial, z); }
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(LibM.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Math.Log(LibM.Hypot(Math.ScaleB(ax, MantDig), Math.ScaleB(ay, MantDig))) - MantDig * Ln2;
            else
            {
                err = MathErr.Domain; // log(+-0 +- 0i)
                return new(-INF, Math.Atan2(z.Im, z.Re));
            }
        }
        else
        {
            double h = LibM.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = LibM.Log1P((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Math.Log(h);
        }
        err = MathErr.None;
        return new(re, Math.Atan2(z.Im, z.Re));
    }

    public static Cx Log10(Cx z, ref MathErr err)
    {
        var r = Log(z, ref err);
        return new(r.Re / Ln10, r.Im / Ln10);
    }

    /// <summary>sin(z) = -i sinh(iz)</summary>
    public static Cx Sin(Cx z, ref MathErr err)
    {
        var s = Sinh(new(-z.Im, z.Re), ref err);
        return new(s.Im, -s.Re);
    }

    public static Cx Sinh(Cx z, ref MathErr err)
    {
        Cx r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = z.Re > 0 ? new(Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)))
                    : new(-Math.CopySign(INF, Math.Cos(z.Im)), Math.CopySign(INF, Math.Sin(z.Im)));
            else r = Special(SinhSpecial, z);
            err = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? MathErr.Domain : MathErr.None;
            return r;
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double x1 = z.Re - Math.CopySign(1.0, z.Re);
            r = new(Math.Cos(z.Im) * Math.Sinh(x1) * Math.E, Math.Sin(z.Im) * Math.Cosh(x1) * Math.E);
        }
        else r = new(Math.Cos(z.Im) * Math.Sinh(z.Re), Math.Sin(z.Im) * Math.Cosh(z.Re));
        err = double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? MathErr.Range : MathErr.None;
        return r;
    }

    /// <summary>s = sqrt((x + hypot(x, y))/2) on |z| scaled by 1/8 (or up, for subnormals), d = (y/2)/s.</summary>
    public static Cx Sqrt(Cx z, ref MathErr err)
    {
        if (NonFinite(z)) { err = MathErr.None; return Special(SqrtSpecial, z); }
        if (z.Re == 0.0 && z.Im == 0.0) return new(0.0, z.Im);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + LibM.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + LibM.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        err = MathErr.None;
        return z.Re >= 0.0 ? new(s, Math.CopySign(d, z.Im)) : new(d, Math.CopySign(s, z.Im));
    }

    /// <summary>tan(z) = -i tanh(iz)</summary>
    public static Cx Tan(Cx z, ref MathErr err)
    {
        var s = Tanh(new(-z.Im, z.Re), ref err);
        return new(s.Im, -s.Re);
    }

    public static Cx Tanh(Cx z, ref MathErr err)
    {
        Cx r;
        if (NonFinite(z))
        {
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                r = new(z.Re > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Math.Sin(z.Im) * Math.Cos(z.Im)));
            else r = Special(TanhSpecial, z);
            err = double.IsInfinity(z.Im) && double.IsFinite(z.Re) ? MathErr.Domain : MathErr.None;
            return r;
        }
        if (Math.Abs(z.Re) > LogLargeDouble)
            r = new(Math.CopySign(1.0, z.Re), 4.0 * Math.Sin(z.Im) * Math.Cos(z.Im) * Math.Exp(-2.0 * Math.Abs(z.Re)));
        else
        {
            // 1 - tanh(x)^2 computed as 1/cosh(x)^2 for accuracy
            double tx = Math.Tanh(z.Re), ty = Math.Tan(z.Im), cx = 1.0 / Math.Cosh(z.Re);
            double txty = tx * ty, denom = 1.0 + txty * txty;
            r = new(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
        }
        err = MathErr.None;
        return r;
    }

    /// <summary>rect(r, phi) behaves like exp(log(r) + i phi) (and -exp(log(-r) + i phi) for negative r).</summary>
    public static Cx Rect(double r, double phi, ref MathErr err)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            Cx z;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
                z = r > 0 ? new(Math.CopySign(INF, Math.Cos(phi)), Math.CopySign(INF, Math.Sin(phi)))
                    : new(-Math.CopySign(INF, Math.Cos(phi)), -Math.CopySign(INF, Math.Sin(phi)));
            else z = Special(RectSpecial, new(r, phi));
            err = r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi) ? MathErr.Domain : MathErr.None;
            return z;
        }
        err = MathErr.None;
        if (phi == 0.0) return new(r, r * phi);
        return new(r * Math.Cos(phi), r * Math.Sin(phi));
    }

    // ---------------------------------------------------------------- the module

    private static PyObject Result(Cx r, MathErr err) => err switch
    {
        MathErr.Domain => throw Errors.ValueError("math domain error"),
        MathErr.Range => throw Errors.OverflowError("math range error"),
        _ => new PyComplex(r),
    };

    private delegate Cx Fn(Cx z, ref MathErr err);

    private static BuiltinFn One(string name, Fn f) => (a, kw) =>
    {
        var err = MathErr.None;
        var r = f(Arg(a, kw, name), ref err);
        return Result(r, err);
    };

    /// <summary>The single argument of a METH_O function (whose errors name the module).</summary>
    private static Cx Arg(ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        Args.NoKw("cmath." + name, kw);
        if (a.Length != 1) throw Errors.TypeError($"cmath.{name}() takes exactly one argument ({a.Length} given)");
        return AsComplex(a[0]);
    }

    public static PyModule Create()
    {
        var m = new PyModule("cmath");
        m.Add("pi", new PyFloat(Math.PI));
        m.Add("e", new PyFloat(Math.E));
        m.Add("tau", new PyFloat(Math.Tau));
        m.Add("inf", new PyFloat(INF));
        m.Add("infj", new PyComplex(0.0, INF));
        m.Add("nan", new PyFloat(Math.Abs(N)));
        m.Add("nanj", new PyComplex(0.0, Math.Abs(N)));
        m.AddFunction("acos", One("acos", Acos));
        m.AddFunction("acosh", One("acosh", Acosh));
        m.AddFunction("asin", One("asin", Asin));
        m.AddFunction("asinh", One("asinh", Asinh));
        m.AddFunction("atan", One("atan", Atan));
        m.AddFunction("atanh", One("atanh", Atanh));
        m.AddFunction("cos", One("cos", Cos));
        m.AddFunction("cosh", One("cosh", Cosh));
        m.AddFunction("exp", One("exp", Exp));
        m.AddFunction("log10", One("log10", Log10));
        m.AddFunction("sin", One("sin", Sin));
        m.AddFunction("sinh", One("sinh", Sinh));
        m.AddFunction("sqrt", One("sqrt", Sqrt));
        m.AddFunction("tan", One("tan", Tan));
        m.AddFunction("tanh", One("tanh", Tanh));
        m.AddFunction("log", static (a, kw) =>
        {
            Args.NoKw("log", kw);
            if (a.Length is < 1 or > 2) throw Errors.TypeError($"log expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
            var x = AsComplex(a[0]);
            var err = MathErr.None;
            x = Log(x, ref err);
            if (a.Length == 2)
            {
                // As CPython, the base's log resets errno, and a zero divisor is a domain error.
                var y = Log(AsComplex(a[1]), ref err);
                x = Quot(x, y, ref err);
            }
            return Result(x, err);
        });
        m.AddFunction("phase", static (a, kw) => { var z = Arg(a, kw, "phase"); return new PyFloat(Math.Atan2(z.Im, z.Re)); });
        m.AddFunction("polar", static (a, kw) =>
        {
            var z = Arg(a, kw, "polar");
            double phi = Math.Atan2(z.Im, z.Re);
            double r = ComplexOps.Abs(z, out bool overflow);
            if (overflow) throw Errors.OverflowError("math range error");
            return PyTuple.Of(new PyFloat(r), new PyFloat(phi));
        });
        m.AddFunction("rect", static (a, kw) =>
        {
            Args.NoKw("rect", kw);
            if (a.Length != 2) throw Errors.TypeError($"rect expected 2 arguments, got {a.Length}");
            var err = MathErr.None;
            var z = Rect(Ops.ToDouble(a[0]), Ops.ToDouble(a[1]), ref err);
            return Result(z, err);
        });
        m.AddFunction("isfinite", static (a, kw) => { var z = Arg(a, kw, "isfinite"); return PyBool.From(double.IsFinite(z.Re) && double.IsFinite(z.Im)); });
        m.AddFunction("isnan", static (a, kw) => { var z = Arg(a, kw, "isnan"); return PyBool.From(double.IsNaN(z.Re) || double.IsNaN(z.Im)); });
        m.AddFunction("isinf", static (a, kw) => { var z = Arg(a, kw, "isinf"); return PyBool.From(double.IsInfinity(z.Re) || double.IsInfinity(z.Im)); });
        m.AddFunction("isclose", IsClose);
        return m;
    }

    /// <summary>isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): the "weak" (either-operand) relative test.</summary>
    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = Args.Positional(args, kw);
        if (npos > 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        PyObject? ao = npos > 0 ? args[0] : null, bo = npos > 1 ? args[1] : null, relo = null, abso = null;
        if (kw is not null)
            for (int k = 0; k < kw.Length; k++)
            {
                var v = args[npos + k];
                switch (kw[k])
                {
                    case "a" when ao is null: ao = v; break;
                    case "b" when bo is null: bo = v; break;
                    case "rel_tol": relo = v; break;
                    case "abs_tol": abso = v; break;
                    case "a" or "b": throw Errors.TypeError($"argument for isclose() given by name ('{kw[k]}') and position ({(kw[k] == "a" ? 1 : 2)})");
                    default: throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for isclose()");
                }
            }
        if (ao is null) throw Errors.TypeError("isclose() missing required argument 'a' (pos 1)");
        if (bo is null) throw Errors.TypeError("isclose() missing required argument 'b' (pos 2)");
        var a = AsComplex(ao);
        var b = AsComplex(bo);
        double relTol = relo is null ? 1e-09 : Ops.ToDouble(relo), absTol = abso is null ? 0.0 : Ops.ToDouble(abso);
        if (relTol < 0.0 || absTol < 0.0) throw Errors.ValueError("tolerances must be non-negative");
        if (a.Re == b.Re && a.Im == b.Im) return PyBool.True;   // catches equal infinities
        if (double.IsInfinity(a.Re) || double.IsInfinity(a.Im) || double.IsInfinity(b.Re) || double.IsInfinity(b.Im)) return PyBool.False;
        double diff = ComplexOps.Abs(Diff(a, b), out _);
        return PyBool.From(diff <= relTol * ComplexOps.Abs(b, out _) || diff <= relTol * ComplexOps.Abs(a, out _) || diff <= absTol);
    }
}
