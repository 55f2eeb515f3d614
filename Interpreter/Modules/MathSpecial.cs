namespace Herthon.Runtime;

/// <summary>gamma, lgamma, erf, erfc as CPython's mathmodule.c computes them.</summary>
internal static class SpecialFunctions
{
    private static PyException Dom() => Errors.ValueError("math domain error");
    private static PyException Range() => Errors.OverflowError("math range error");

    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private static readonly double[] NumCoeffs =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    private static readonly double[] DenCoeffs =
        [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
    private static readonly double[] GammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
            for (int i = 12; i >= 0; i--) { num = num * x + NumCoeffs[i]; den = den * x + DenCoeffs[i]; }
        else
            for (int i = 0; i < 13; i++) { num = num / x + NumCoeffs[i]; den = den / x + DenCoeffs[i]; }
        return num / den;
    }

    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    public static double TGamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            throw Dom();
        }
        if (x == 0.0) throw Dom();
        if (x == Math.Floor(x))
        {
            if (x < 0.0) throw Dom();
            if (x <= GammaIntegral.Length) return GammaIntegral[(int)x - 1];
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double r0 = 1.0 / x;
            if (double.IsInfinity(r0)) throw Range();
            return r0;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            throw Range();
        }
        double y = absx + LanczosGMinusHalf, z;
        if (absx > LanczosGMinusHalf) { double q = y - absx; z = q - LanczosGMinusHalf; }
        else { double q = y - LanczosGMinusHalf; z = q - absx; }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else { double sp = Math.Pow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
        }
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    public static double LGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw Dom();
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = 1.144729885849400174143427351353058711647 - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    private const double SqrtPi = 1.772453850905516027298167483341145182798;

    private static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0.0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
        return acc * x * Math.Exp(-x2) / SqrtPi;
    }

    private static double ErfcContFrac(double x)
    {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < 50; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p; p = b * p - a * pLast; pLast = t;
            t = q; q = b * q - a * qLast; qLast = t;
        }
        return p / q * x * Math.Exp(-x2) / SqrtPi;
    }

    public static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < 1.5) return ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    public static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < 1.5) return 1.0 - ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
