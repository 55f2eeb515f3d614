using System.Numerics;

namespace Herthon.Runtime;

/// <summary>The `math` module (CPython 3.11's mathmodule.c semantics and error messages).</summary>
public static class MathModule
{
    private static PyException DomainError() => Errors.ValueError("math domain error");
    private static PyException RangeError() => Errors.OverflowError("math range error");

    private static double D(PyObject o) => Ops.ToDouble(o);

    private static PyObject F(double d) => new PyFloat(d);

    /// <summary>CPython's math_1: one-argument libm wrapper with its nan/inf error rules.</summary>
    private static BuiltinFn One(string name, Func<double, double> f, bool canOverflow = false) => (a, kw) =>
    {
        Args.Count("math." + name, a, kw, 1, 1);
        double x = D(a[0]);
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return F(r);
    };

    /// <summary>CPython's math_1a: the function itself raises (errno-style) on error.</summary>
    private static BuiltinFn OneA(string name, Func<double, double> f) => (a, kw) =>
    {
        Args.Count("math." + name, a, kw, 1, 1);
        return F(f(D(a[0])));
    };

    private static void Two(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.NoKw(name, kw);
        if (a.Length != 2) throw Errors.TypeError($"{name} expected 2 arguments, got {a.Length}");
    }

    public static PyModule Create()
    {
        var m = new PyModule("math");
        m.Add("pi", F(Math.PI));
        m.Add("e", F(Math.E));
        m.Add("tau", F(Math.Tau));
        m.Add("inf", F(double.PositiveInfinity));
        m.Add("nan", F(PyFloat.Nan));

        m.AddFunction("sqrt", One("sqrt", Math.Sqrt));
        m.AddFunction("cbrt", One("cbrt", Math.Cbrt));
        m.AddFunction("exp", One("exp", Math.Exp, true));
        m.AddFunction("exp2", One("exp2", x => Math.Pow(2.0, x), true));
        m.AddFunction("expm1", One("expm1", ExpM1, true));
        m.AddFunction("log1p", One("log1p", Log1P));
        m.AddFunction("sin", One("sin", Math.Sin));
        m.AddFunction("cos", One("cos", Math.Cos));
        m.AddFunction("tan", One("tan", Math.Tan));
        m.AddFunction("asin", One("asin", Math.Asin));
        m.AddFunction("acos", One("acos", Math.Acos));
        m.AddFunction("atan", One("atan", Math.Atan));
        m.AddFunction("sinh", One("sinh", Math.Sinh, true));
        m.AddFunction("cosh", One("cosh", Math.Cosh, true));
        m.AddFunction("tanh", One("tanh", Math.Tanh));
        m.AddFunction("asinh", One("asinh", Math.Asinh));
        m.AddFunction("acosh", One("acosh", Math.Acosh));
        m.AddFunction("atanh", One("atanh", Math.Atanh));
        m.AddFunction("fabs", One("fabs", Math.Abs));
        m.AddFunction("erf", OneA("erf", SpecialFunctions.Erf));
        m.AddFunction("erfc", OneA("erfc", SpecialFunctions.Erfc));
        m.AddFunction("gamma", OneA("gamma", SpecialFunctions.TGamma));
        m.AddFunction("lgamma", OneA("lgamma", SpecialFunctions.LGamma));
        // CALL runs these directly on a float or int argument (Evaluation/Interpreter.BuiltinCalls.cs).
        foreach (var (name, kind) in new[]
        {
            ("sqrt", BuiltinFast.MathSqrt), ("sin", BuiltinFast.MathSin), ("cos", BuiltinFast.MathCos),
            ("tan", BuiltinFast.MathTan), ("asin", BuiltinFast.MathAsin), ("acos", BuiltinFast.MathAcos),
            ("atan", BuiltinFast.MathAtan), ("exp", BuiltinFast.MathExp), ("fabs", BuiltinFast.MathFabs),
        })
            ((PyBuiltinFunction)m.ModuleDict.Get(name)!).Fast = kind;
        m.AddFunction("degrees", One("degrees", x => x * (180.0 / Math.PI)));
        m.AddFunction("radians", One("radians", x => x * (Math.PI / 180.0)));

        m.AddFunction("log", static (a, kw) =>
        {
            Args.NoKw("log", kw);
            if (a.Length < 1 || a.Length > 2)
                throw Errors.TypeError("math.log requires 1 to 2 arguments");
            double num = LogHelper(a[0], Math.Log);
            if (a.Length == 1) return F(num);
            double den = LogHelper(a[1], Math.Log);
            if (den == 0) throw Errors.ZeroDivisionError("float division by zero");
            return F(num / den);
        });
        m.AddFunction("log2", static (a, kw) => { Args.Count("math.log2", a, kw, 1, 1); return F(LogHelper(a[0], Math.Log2)); });
        m.AddFunction("log10", static (a, kw) => { Args.Count("math.log10", a, kw, 1, 1); return F(LogHelper(a[0], Math.Log10)); });

        m.AddFunction("pow", static (a, kw) =>
        {
            Two("pow", a, kw);
            return F(Pow(D(a[0]), D(a[1])));
        });
        m.AddFunction("atan2", static (a, kw) => { Two("atan2", a, kw); return F(Math.Atan2(D(a[0]), D(a[1]))); });
        m.AddFunction("copysign", static (a, kw) => { Two("copysign", a, kw); return F(Math.CopySign(D(a[0]), D(a[1]))); });
        m.AddFunction("fmod", static (a, kw) =>
        {
            Two("fmod", a, kw);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return F(x);
            double r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            return F(r);
        });
        m.AddFunction("remainder", static (a, kw) =>
        {
            Two("remainder", a, kw);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsNaN(x)) return F(x);
            if (double.IsNaN(y)) return F(y);
            if (double.IsInfinity(x) || y == 0) throw DomainError();
            if (double.IsInfinity(y)) return F(x);
            return F(Remainder(x, y));
        });
        m.AddFunction("ldexp", static (a, kw) =>
        {
            Two("ldexp", a, kw);
            double x = D(a[0]);
            if (a[1] is not PyInt e) throw Errors.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return F(x);
            var eb = e.ToBig();
            if (eb > int.MaxValue) throw RangeError();
            if (eb < int.MinValue) return F(Math.CopySign(0.0, x));
            double r = Math.ScaleB(x, (int)eb);
            if (double.IsInfinity(r)) throw RangeError();
            return F(r);
        });
        m.AddFunction("frexp", static (a, kw) =>
        {
            Args.Count("math.frexp", a, kw, 1, 1);
            double x = D(a[0]);
            double mant = Frexp(x, out int ex);
            return PyTuple.Of(F(mant), PyInt.From(ex));
        });
        m.AddFunction("modf", static (a, kw) =>
        {
            Args.Count("math.modf", a, kw, 1, 1);
            double x = D(a[0]);
            if (double.IsInfinity(x)) return PyTuple.Of(F(Math.CopySign(0.0, x)), F(x));
            if (double.IsNaN(x)) return PyTuple.Of(F(x), F(x));
            double ip = Math.Truncate(x);
            return PyTuple.Of(F(Math.CopySign(x - ip, x)), F(ip));
        });
        m.AddFunction("floor", static (a, kw) =>
        {
            Args.Count("math.floor", a, kw, 1, 1);
            return Rounder(a[0], "__floor__", Math.Floor);
        });
        m.AddFunction("ceil", static (a, kw) =>
        {
            Args.Count("math.ceil", a, kw, 1, 1);
            return Rounder(a[0], "__ceil__", Math.Ceiling);
        });
        m.AddFunction("trunc", static (a, kw) =>
        {
            Args.Count("math.trunc", a, kw, 1, 1);
            var x = a[0];
            if (x is PyFloat f) return Builtins.IntFromDouble(f.V);
            if (x is PyInt i) return i is PyBool ? PyInt.From(i.V) : i;
            var meth = x.Type.Lookup("__trunc__");
            if (meth is null) throw Errors.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            return Ops.CallMethod(meth, x);
        });
        m.AddFunction("isfinite", static (a, kw) => { Args.Count("math.isfinite", a, kw, 1, 1); return PyBool.From(double.IsFinite(D(a[0]))); });
        m.AddFunction("isinf", static (a, kw) => { Args.Count("math.isinf", a, kw, 1, 1); return PyBool.From(double.IsInfinity(D(a[0]))); });
        m.AddFunction("isnan", static (a, kw) => { Args.Count("math.isnan", a, kw, 1, 1); return PyBool.From(double.IsNaN(D(a[0]))); });
        m.AddFunction("isclose", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("isclose", kw, "a", "b", "rel_tol", "abs_tol");
            if (np > 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({np} given)");
            var ao = np > 0 ? a[0] : Args.Kw(a, kw, "a");
            var bo = np > 1 ? a[1] : Args.Kw(a, kw, "b");
            if (ao is null) throw Errors.TypeError("isclose() missing required argument 'a' (pos 1)");
            if (bo is null) throw Errors.TypeError("isclose() missing required argument 'b' (pos 2)");
            double x = D(ao), y = D(bo);
            double rel = Args.Kw(a, kw, "rel_tol") is { } rt ? D(rt) : 1e-9;
            double abs = Args.Kw(a, kw, "abs_tol") is { } at ? D(at) : 0.0;
            if (rel < 0 || abs < 0) throw Errors.ValueError("tolerances must be non-negative");
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        m.AddFunction("factorial", static (a, kw) =>
        {
            Args.Count("math.factorial", a, kw, 1, 1);
            if (a[0] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            var n = Ops.ToPyInt(a[0]);
            if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
            if (n.Big is not null) throw Errors.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return PyInt.From(ProductRange(2, n.V));
        });
        m.AddFunction("gcd", static (a, kw) =>
        {
            Args.NoKw("gcd", kw);
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Ops.ToPyInt(x).ToBig());
            return PyInt.From(g);
        });
        m.AddFunction("lcm", static (a, kw) =>
        {
            Args.NoKw("lcm", kw);
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Ops.ToPyInt(x).ToBig());
                if (v.IsZero || l.IsZero) { l = 0; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        m.AddFunction("isqrt", static (a, kw) =>
        {
            Args.Count("math.isqrt", a, kw, 1, 1);
            var n = Ops.ToPyInt(a[0]).ToBig();
            if (n.Sign < 0) throw Errors.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        m.AddFunction("comb", static (a, kw) =>
        {
            Two("comb", a, kw);
            var n = Ops.ToPyInt(a[0]).ToBig();
            var k = Ops.ToPyInt(a[1]).ToBig();
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            var kk = BigInteger.Min(k, n - k);
            if (kk > int.MaxValue) throw Errors.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            BigInteger r = 1;
            for (int i = 1; i <= (int)kk; i++) r = r * (n - kk + i) / i;
            return PyInt.From(r);
        });
        m.AddFunction("perm", static (a, kw) =>
        {
            Args.NoKw("perm", kw);
            if (a.Length < 1 || a.Length > 2)
                throw Errors.TypeError(a.Length < 1 ? $"perm expected at least 1 argument, got {a.Length}" : $"perm expected at most 2 arguments, got {a.Length}");
            var n = Ops.ToPyInt(a[0]).ToBig();
            if (a.Length == 1 || a[1] is PyNone)
            {
                if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
                return PyInt.From(ProductRange(2, (long)n));
            }
            var k = Ops.ToPyInt(a[1]).ToBig();
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            BigInteger r = 1;
            for (BigInteger i = n - k + 1; i <= n; i++) r *= i;
            return PyInt.From(r);
        });
        m.AddFunction("fsum", static (a, kw) =>
        {
            Args.Count("math.fsum", a, kw, 1, 1);
            return F(FSum(a[0]));
        });
        m.AddFunction("prod", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("prod", kw, "start");
            if (np != 1) throw Errors.TypeError($"prod() takes exactly 1 positional argument ({np} given)");
            PyObject acc = Args.Kw(a, kw, "start") ?? PyInt.From(1);
            var it = Ops.GetIter(a[0]);
            while (it.Next() is { } x) acc = Ops.Binary(acc, x, BinaryOp.Mul);
            return acc;
        });
        m.AddFunction("hypot", static (a, kw) =>
        {
            Args.NoKw("hypot", kw);
            var v = new double[a.Length];
            double max = 0; bool nan = false;
            for (int i = 0; i < a.Length; i++)
            {
                double x = Math.Abs(D(a[i]));
                v[i] = x;
                nan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return F(VectorNorm(v, max, nan));
        });
        m.AddFunction("dist", static (a, kw) =>
        {
            Two("dist", a, kw);
            if (a[0] is not PyTuple && a[0] is not PyList && Ops.GetIterOrNull(a[0]) is null) throw Errors.TypeError("dist(): argument 1 must be tuple, not " + a[0].Type.Name);
            if (a[1] is not PyTuple && a[1] is not PyList && Ops.GetIterOrNull(a[1]) is null) throw Errors.TypeError("dist(): argument 2 must be tuple, not " + a[1].Type.Name);
            var p = Ops.ToArray(a[0]); var q = Ops.ToArray(a[1]);
            if (p.Length != q.Length) throw Errors.ValueError("both points must have the same number of dimensions");
            var v = new double[p.Length];
            double max = 0; bool nan = false;
            for (int i = 0; i < p.Length; i++)
            {
                double x = Math.Abs(D(p[i]) - D(q[i]));
                v[i] = x;
                nan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return F(VectorNorm(v, max, nan));
        });
        m.AddFunction("nextafter", static (a, kw) =>
        {
            Two("nextafter", a, kw);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsNaN(x) || double.IsNaN(y)) return F(double.NaN);
            if (x == y) return F(y);
            return F(y > x ? Math.BitIncrement(x) : Math.BitDecrement(x));
        });
        m.AddFunction("ulp", static (a, kw) =>
        {
            Args.Count("math.ulp", a, kw, 1, 1);
            double x = D(a[0]);
            if (double.IsNaN(x)) return F(x);
            x = Math.Abs(x);
            if (double.IsInfinity(x)) return F(x);
            double x2 = Math.BitIncrement(x);
            if (double.IsInfinity(x2)) { x2 = Math.BitDecrement(x); return F(x - x2); }
            return F(x2 - x);
        });
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private static PyObject Rounder(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyFloat fl) return Builtins.IntFromDouble(f(fl.V));
        if (x is PyInt i) return i is PyBool ? PyInt.From(i.V) : i;
        var meth = x.Type.Lookup(dunder);
        if (meth is not null && x is PyInstance) return Ops.CallMethod(meth, x);
        return Builtins.IntFromDouble(f(D(x)));
    }

    private static double LogHelper(PyObject arg, Func<double, double> func)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            if (i.Big is not null)
            {
                var b = i.Big.Value;
                long bits = (long)b.GetBitLength();
                if (bits > 1000)
                {
                    // frexp-style: x = m * 2**e with m in [0.5, 1)
                    int shift = (int)(bits - 64);
                    double mant = (double)(b >> shift) / Math.Pow(2, 64);
                    long e = bits;
                    return func(mant) + func(2.0) * e;
                }
                return func((double)b);
            }
            return func(i.V);
        }
        double x = D(arg);
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw DomainError();
        return func(x);
    }

    private static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.Abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            if (Math.Abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.Abs(x) > 1.0) return y;
            if (y < 0 && Math.Abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0 ? DomainError() : RangeError();
        return r;
    }

    private static double ExpM1(double x)
    {
        if (double.IsNaN(x)) return x;
        double ax = Math.Abs(x);
        if (ax < 0.1)
        {
            // x + (x^2/2! + x^3/3! + ...): the tail is tiny next to x, so one final rounding.
            double term = x, tail = 0;
            for (int n = 2; n < 20; n++) { term *= x / n; tail += term; }
            return x + tail;
        }
        if (ax < 0.8)
        {
            double h = ExpM1(x / 2);
            return h * (h + 2.0);
        }
        return Math.Exp(x) - 1.0;
    }

    private static double Log1P(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x < -1.0) return double.NaN;
        if (x == -1.0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        if (Math.Abs(x) < 0.05)
        {
            // x - x^2/2 + x^3/3 - ...: the tail is tiny next to x, so one final rounding.
            double p = x, tail = 0;
            for (int n = 2; n < 30; n++) { p *= -x; tail += p / n; }
            return x + tail;
        }
        double y = 1.0 + x;
        return Math.Log(y) - ((y - 1.0) - x) / y;
    }

    private static double Remainder(double x, double y)
    {
        double absx = Math.Abs(x), absy = Math.Abs(y);
        double m = absx % absy;
        double c = absy - m;
        double r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
        return Math.CopySign(1.0, x) * r;
    }

    public static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        return BitConverter.Int64BitsToDouble((bits & ~(0x7FFL << 52)) | (1022L << 52));
    }

    private static BigInteger ProductRange(long lo, long hi)
    {
        if (hi < lo) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            long acc = 1;
            for (long i = lo; i <= hi; i++)
            {
                if (acc > long.MaxValue / Math.Max(i, 1)) { r *= acc; acc = 1; }
                acc *= i;
            }
            return r * acc;
        }
        long mid = lo + (hi - lo) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        if (n < long.MaxValue)
        {
            var r = (long)Math.Sqrt((double)n);
            while (r * (BigInteger)r > n) r--;
            while ((r + 1) * (BigInteger)(r + 1) <= n) r++;
            return r;
        }
        int bits = (int)n.GetBitLength();
        BigInteger x = BigInteger.One << ((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static double FSum(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        double hi, lo = 0, yr, x, y, t;
        while (it.Next() is { } item)
        {
            x = D(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                y = p[j];
                if (Math.Abs(x) < Math.Abs(y)) { t = x; x = y; y = t; }
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw Errors.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw Errors.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        hi = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            hi = p[--n];
            while (n > 0)
            {
                x = hi;
                y = p[--n];
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                y = lo * 2.0;
                x = hi + y;
                yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    private static (double hi, double lo) DlFastSum(double a, double b)
    {
        double x = a + b;
        double y = (a - x) + b;
        return (x, y);
    }

    private static (double hi, double lo) DlSplit(double x)
    {
        double t = x * 134217729.0;
        double hi = t - (t - x);
        return (hi, x - hi);
    }

    private static (double hi, double lo) DlMul(double x, double y)
    {
        var xx = DlSplit(x); var yy = DlSplit(y);
        double p = xx.hi * yy.hi;
        double q = xx.hi * yy.lo + xx.lo * yy.hi;
        double z = p + q;
        double zz = p - z + q + xx.lo * yy.lo;
        return (z, zz);
    }

    /// <summary>CPython 3.11's vector_norm (accurate hypot/dist).</summary>
    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        const double DBL_MIN = 2.2250738585072014e-308;
        int n = vec.Length;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || n <= 1) return max;
        Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            for (int i = 0; i < n; i++) vec[i] /= DBL_MIN;
            return DBL_MIN * VectorNorm(vec, max / DBL_MIN, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            var pr = DlMul(x, x);
            var sm = DlFastSum(csum, pr.hi);
            csum = sm.hi;
            frac1 += pr.lo;
            frac2 += sm.lo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var pr2 = DlMul(-h, h);
        var sm2 = DlFastSum(csum, pr2.hi);
        csum = sm2.hi;
        frac1 += pr2.lo;
        frac2 += sm2.lo;
        double xx = csum - 1.0 + (frac1 + frac2);
        return (h + xx / (2.0 * h)) / scale;
    }
}
