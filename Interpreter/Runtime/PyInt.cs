using System.Numerics;
using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// Python int: a 64-bit fast path (Big == null) that overflows into BigInteger. Values that fit
/// in a long are always stored small, so equality of representation is equality of value.
/// </summary>
public class PyInt : PyObject
{
    public readonly long V;
    // What few ints have, a big value or a user subclass, lives in the sealed derived class
    // PyIntExt: a 64-bit int of type int is a 24-byte object (header, method table, V), and the hot
    // paths' exact test `GetType() == typeof(PyInt)` is also the test for such an int.

    /// <summary>The value when it does not fit in a long; null for the 64-bit fast path.</summary>
    public BigInteger? Big => this is PyIntExt e ? e.BigValue : null;

    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] Cache = MakeCache();

    private static PyInt[] MakeCache()
    {
        var c = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(i + CacheMin);
        return c;
    }

    protected PyInt(long v) { V = v; }

    /// <summary>The user subclass this int is an instance of, or null for int (and bool, whose Type says so).</summary>
    public PyType? Sub => this is PyIntExt e ? e.SubType : null;
    public override PyType Type => TypeObjects.Int;
    public override PyDict? Dict => null;

    /// <summary>An instance of a user subclass of int (never shared with the small-int cache).</summary>
    public static PyInt NewSub(PyInt value, PyType sub) => new PyIntExt(value.V, value.Big, sub);

    /// <summary>A 64-bit int of type int (or bool): no big value, no user subclass. Two method-table
    /// compares, which the JIT folds after a hot path's own `GetType() == typeof(PyInt)`.</summary>
    public bool IsPlain
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyInt) || GetType() == typeof(PyBool);
    }

    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => GetType() != typeof(PyIntExt) || Unsafe.As<PyIntExt>(this).BigValue is null;
    }

    /// <summary>An int whose type is int itself (not bool, not a user subclass), 64-bit or big.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactInt(PyObject o) =>
        o.GetType() == typeof(PyInt) || (o.GetType() == typeof(PyIntExt) && Unsafe.As<PyIntExt>(o).SubType is null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v) =>
        (ulong)(v - CacheMin) <= (ulong)(CacheMax - CacheMin) ? Cache[v - CacheMin] : new PyInt(v);

    /// <summary>Whether From(v) returns a cached int (no allocation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCached(long v) => (ulong)(v - CacheMin) <= (ulong)(CacheMax - CacheMin);

    public static PyInt From(int v) => From((long)v);

    public static PyInt From(BigInteger b) =>
        b >= long.MinValue && b <= long.MaxValue ? From((long)b) : new PyIntExt(0, b, null);

    public BigInteger ToBig() => Big is { } b ? b : new BigInteger(V);

    public double ToDouble()
    {
        if (Big is null) return V;
        var d = BigToDouble(Big.Value);
        if (double.IsInfinity(d)) throw Errors.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>BigInteger to double, correctly rounded (half to even); .NET's cast truncates.</summary>
    public static double BigToDouble(BigInteger n)
    {
        bool neg = n.Sign < 0;
        var m = BigInteger.Abs(n);
        long bits = (long)m.GetBitLength();
        if (bits <= 53) return neg ? -(double)(long)m : (double)(long)m;
        int shift = (int)(bits - 54);                       // keep 53 bits plus one rounding bit
        var top = (ulong)(m >> shift);
        bool sticky = !(m & ((BigInteger.One << shift) - 1)).IsZero;
        bool round = (top & 1) != 0;
        top >>= 1;
        if (round && (sticky || (top & 1) != 0)) top++;
        double d = Math.ScaleB((double)top, shift + 1);
        return neg ? -d : d;
    }

    public int Sign => Big is { } b ? b.Sign : Math.Sign(V);

    /// <summary>Hash() of an int known to be of type int itself (PyInt, not PyIntExt): the common case
    /// inline at a set's probe, the rest through Hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long PlainHash()
    {
        const long P = (1L << 61) - 1;
        long v = V;
        return (ulong)(v + (P - 1)) <= (ulong)(2 * (P - 1)) ? (v == -1 ? -2 : v) : Hash();
    }

    /// <summary>CPython's hash for ints: value mod (2**61 - 1), with -1 mapped to -2.</summary>
    public long Hash()
    {
        const long P = (1L << 61) - 1;
        // |V| < P (every int but the 64-bit ones past 2**61): the value is its own residue, no
        // 64-bit division (long_hash's loop ends after one digit step for these too).
        if (GetType() != typeof(PyIntExt) && (ulong)(V + (P - 1)) <= (ulong)(2 * (P - 1))) return V == -1 ? -2 : V;
        long h;
        if (Big is null)
        {
            if (V == long.MinValue) return HashBig(new BigInteger(V));
            long a = Math.Abs(V) % P;
            h = V < 0 ? -a : a;
        }
        else return HashBig(Big.Value);
        return h == -1 ? -2 : h;
    }

    private static long HashBig(BigInteger b)
    {
        const long P = (1L << 61) - 1;
        var a = (long)(BigInteger.Abs(b) % P);
        long h = b.Sign < 0 ? -a : a;
        return h == -1 ? -2 : h;
    }

    public string ToDecimalString() => Big is null ? V.ToString(System.Globalization.CultureInfo.InvariantCulture) : IntStrLimit.ToDecimal(Big.Value);
}

/// <summary>An int that is big (past 64 bits) or of a user subclass of int, or both: 40 bytes
/// (PyInt's 24, the big value's reference and the subclass). Never in the small-int cache.</summary>
public sealed class PyIntExt : PyInt
{
    public readonly BigInteger? BigValue;
    public readonly PyType? SubType;
    internal PyIntExt(long v, BigInteger? big, PyType? sub) : base(v) { BigValue = big; SubType = sub; }
    public override PyType Type => SubType ?? TypeObjects.Int;
    public override PyDict? Dict => SubType is null ? null : SubclassDicts.Of(this);
}

public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);
    private PyBool(long v) : base(v) { }
    public override PyType Type => TypeObjects.Bool;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool From(bool b) => b ? True : False;
}

/// <summary>Python float. An instance of exactly float is this class (24 bytes: header, method
/// table, V), so the hot paths' test for a plain float is one method-table compare
/// (<c>o.GetType() == typeof(PyFloat)</c>); an instance of a user subclass is a
/// <see cref="PyFloatSub"/>, which carries the type.</summary>
public class PyFloat(double v) : PyObject
{
    public readonly double V = v;

    /// <summary>The user subclass this float is an instance of, or null for float.</summary>
    public PyType? Sub
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyFloat) ? null : Unsafe.As<PyFloatSub>(this).SubType;
    }

    public override PyType Type => TypeObjects.Float;

    /// <summary>The quiet NaN CPython makes for float('nan') and math.nan: sign bit clear (.NET's
    /// double.NaN, 0.0 / 0.0 on x86, has it set, which copysign and struct.pack show).</summary>
    public static readonly double Nan = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>An instance of a user subclass of float.</summary>
    public static PyFloat NewSub(double v, PyType sub) => new PyFloatSub(v, sub);

    public static long HashDouble(double d)
    {
        // CPython's _Py_HashDouble: equal numbers hash equal across int and float.
        if (double.IsNaN(d)) return 0;
        if (double.IsInfinity(d)) return d > 0 ? 314159 : -314159;
        if (d == Math.Floor(d) && Math.Abs(d) < 9.2e18) return PyInt.From((long)d).Hash();
        const long P = (1L << 61) - 1;
        double m = Math.Abs(d);
        int e;
        // frexp
        long bits = BitConverter.DoubleToInt64Bits(m);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0) { m *= 1L << 54; bits = BitConverter.DoubleToInt64Bits(m); exp = (int)((bits >> 52) & 0x7FF) - 54; }
        e = exp - 1022;
        m = BitConverter.Int64BitsToDouble((bits & ~(0x7FFL << 52)) | (1022L << 52));
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)P) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)P) x -= (ulong)P;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & (ulong)P) | (x >> (61 - e));
        long h = (long)x;
        if (d < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}

/// <summary>An instance of a user subclass of float (see <see cref="PyFloat"/>).</summary>
public sealed class PyFloatSub(double v, PyType sub) : PyFloat(v)
{
    public readonly PyType SubType = sub;
    public override PyType Type => SubType;
    public override PyDict? Dict => SubclassDicts.Of(this);
}
