using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// Big-int add, subtract, multiply by a one-limb int and floor division with a one-limb quotient
/// (issue 12: pidigits, docs/performance.md, "flt16 ... twenty-third session"), on the limbs of
/// .NET's BigInteger without its copies. BigInteger's operators compute into a pooled or stack
/// buffer and then copy the result into a new, zeroed uint[] (the GC clears it, then memmove fills
/// it): pidigits spent 5.1 G of its 11.5 G instructions in that construction, more than python3.11's
/// whole arithmetic. Here the result is computed straight into an uninitialised array of its final
/// length, which becomes the BigInteger's limbs (its private (int, uint[]) constructor, through
/// UnsafeAccessor); borrows and carries are arithmetic, not branches (.NET's SubtractDivisor
/// branches on each limb's borrow). Anything else (both operands past one limb for *, a quotient
/// past 32 bits, negative operands of //) goes to BigInteger as before.
///
/// BigInteger's invariant, which every result here keeps: a value within int's range but
/// int.MinValue has no limbs (the value is the sign field); otherwise the sign is ±1 and the limbs
/// are the magnitude, least significant first, without leading zero limbs. Results that fit in a
/// long become small PyInts (PyInt.From's rule).
/// </summary>
internal static class BigArith
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_bits")]
    private static extern ref uint[]? BitsOf(ref BigInteger b);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_sign")]
    private static extern ref int SignOf(ref BigInteger b);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern BigInteger Make(int sign, uint[]? bits);

    /// <summary>Whether this runtime's BigInteger has the fields and constructor used here, with
    /// their meaning (checked once on a known value; a runtime without them keeps BigInteger's
    /// operators).</summary>
    internal static readonly bool Enabled = Check();

    private static bool Check()
    {
        try
        {
            var v = (BigInteger.One << 70) - 3;                      // limbs fffffffd ffffffff 3f
            var bits = BitsOf(ref v);
            if (bits is not { Length: 3 } || bits[0] != 0xFFFF_FFFDu || bits[1] != 0xFFFF_FFFFu || bits[2] != 0x3Fu || SignOf(ref v) != 1) return false;
            var n = -(BigInteger.One << 40);
            if (SignOf(ref n) != -1) return false;
            var s = new BigInteger(-7);
            if (BitsOf(ref s) is not null || SignOf(ref s) != -7) return false;
            var m = Make(-1, new uint[] { 5, 1 });
            return m == -((BigInteger.One << 32) + 5);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>x op y for op in + - * //, or null when this case is BigInteger's.</summary>
    public static PyObject? TryOp(BigInteger x, BigInteger y, BinaryOp op)
    {
        uint[]? xb = BitsOf(ref x), yb = BitsOf(ref y);
        int xs = SignOf(ref x), ys = SignOf(ref y);
        // A value without limbs is its sign field: one limb of magnitude |sign| (0 has none).
        Span<uint> xt = stackalloc uint[1], yt = stackalloc uint[1];
        ReadOnlySpan<uint> xm = xb is not null ? xb : Small(xs, xt);
        ReadOnlySpan<uint> ym = yb is not null ? yb : Small(ys, yt);
        if (xb is not null) xs = xs < 0 ? -1 : 1; else xs = Math.Sign(xs);
        if (yb is not null) ys = ys < 0 ? -1 : 1; else ys = Math.Sign(ys);
        switch (op)
        {
            case BinaryOp.Add: return AddSigned(xm, xs, ym, ys);
            case BinaryOp.Sub: return AddSigned(xm, xs, ym, -ys);
            case BinaryOp.Mul:
                if (xs == 0 || ys == 0) return PyInt.From(0);
                if (ym.Length == 1) return Result(MulSmall(xm, ym[0]), xs * ys);
                if (xm.Length == 1) return Result(MulSmall(ym, xm[0]), xs * ys);
                return null;
            case BinaryOp.FloorDiv:
                if (xs < 0 || ys <= 0) return null;                     // zero divisor and signs: BigInteger's path
                if (xs == 0) return PyInt.From(0);
                return FloorDivSmallQuotient(xm, ym);
        }
        return null;
    }

    private static ReadOnlySpan<uint> Small(int sign, Span<uint> one)
    {
        if (sign == 0) return default;
        one[0] = (uint)Math.Abs((long)sign);
        return one;
    }

    /// <summary>A magnitude (no leading zero limbs, at least one limb) and its sign as a PyInt.</summary>
    private static PyObject Result(uint[] mag, int sign)
    {
        if (mag.Length <= 2)
        {
            ulong v = mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
            if (v <= long.MaxValue) return PyInt.From(sign < 0 ? -(long)v : (long)v);
            if (sign < 0 && v == 1UL << 63) return PyInt.From(long.MinValue);
        }
        return new PyIntExt(0, Make(sign < 0 ? -1 : 1, mag), null);
    }

    private static PyObject AddSigned(ReadOnlySpan<uint> a, int sa, ReadOnlySpan<uint> b, int sb)
    {
        if (sb == 0) return sa == 0 ? PyInt.From(0) : Result(a.ToArray(), sa);
        if (sa == 0) return Result(b.ToArray(), sb);
        if (sa == sb) return a.Length >= b.Length ? Result(AddMag(a, b), sa) : Result(AddMag(b, a), sa);
        int c = Compare(a, b);
        if (c == 0) return PyInt.From(0);
        return c > 0 ? Result(SubMag(a, b), sa) : Result(SubMag(b, a), sb);
    }

    private static int Compare(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        for (int i = a.Length - 1; i >= 0; i--)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return 0;
    }

    /// <summary>A new array without clearing (the caller writes every limb).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint[] NewLimbs(int n) => GC.AllocateUninitializedArray<uint>(n);

    /// <summary>a + b, a at least as long as b. The result's length is decided from the top limbs
    /// before the loop; when they cannot tell (the sum's top limb one below a carry), the loop's
    /// carry decides and a shorter result is copied once.</summary>
    private static uint[] AddMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int n = a.Length, m = b.Length;
        // Whether the top limb can carry: the carry into it is at most 1.
        ulong top = (ulong)a[n - 1] + (m == n ? b[n - 1] : 0u);
        bool maybeCarry = top + 1 > uint.MaxValue;
        uint[] r = NewLimbs(maybeCarry ? n + 1 : n);
        ref uint ra = ref MemoryMarshal.GetArrayDataReference(r);
        ref uint aa = ref MemoryMarshal.GetReference(a);
        ref uint ba = ref MemoryMarshal.GetReference(b);
        ulong carry = 0;
        int i = 0;
        for (; i < m; i++)
        {
            ulong s = (ulong)Unsafe.Add(ref aa, i) + Unsafe.Add(ref ba, i) + carry;
            Unsafe.Add(ref ra, i) = (uint)s;
            carry = s >> 32;
        }
        for (; i < n && carry != 0; i++)
        {
            ulong s = (ulong)Unsafe.Add(ref aa, i) + carry;
            Unsafe.Add(ref ra, i) = (uint)s;
            carry = s >> 32;
        }
        if (i < n) a[i..].CopyTo(r.AsSpan(i, n - i));
        if (!maybeCarry) return r;
        if (carry != 0) { r[n] = (uint)carry; return r; }
        return r.AsSpan(0, n).ToArray();
    }

    /// <summary>a - b for a &gt; b. The limbs above the highest one where a and b differ cancel, so
    /// the result has at most that many; a borrow reaching that limb can still leave it zero, and
    /// the rare shorter result is copied once.</summary>
    private static uint[] SubMag(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int n = a.Length, m = b.Length;
        int h = n - 1;
        if (n == m) while (a[h] == b[h]) h--;                      // a > b: some limb differs
        uint[] r = NewLimbs(h + 1);
        ref uint ra = ref MemoryMarshal.GetArrayDataReference(r);
        ref uint aa = ref MemoryMarshal.GetReference(a);
        ref uint ba = ref MemoryMarshal.GetReference(b);
        long borrow = 0;                                           // 0 or -1
        int lim = Math.Min(m, h + 1), i = 0;
        for (; i < lim; i++)
        {
            long d = (long)Unsafe.Add(ref aa, i) - Unsafe.Add(ref ba, i) + borrow;
            Unsafe.Add(ref ra, i) = (uint)d;
            borrow = d >> 32;
        }
        for (; i <= h && borrow != 0; i++)
        {
            long d = (long)Unsafe.Add(ref aa, i) + borrow;
            Unsafe.Add(ref ra, i) = (uint)d;
            borrow = d >> 32;
        }
        if (i <= h) a[i..(h + 1)].CopyTo(r.AsSpan(i));
        if (r[h] != 0) return r;
        int len = h;
        while (r[len - 1] == 0) len--;                               // a > b: some limb is not zero
        return r.AsSpan(0, len).ToArray();
    }

    /// <summary>a * k for one limb k &gt; 0. The carry into a's top limb is below k, so the top
    /// limb's product tells the length unless it lies within k of a carry.</summary>
    private static uint[] MulSmall(ReadOnlySpan<uint> a, uint k)
    {
        int n = a.Length;
        ulong top = (ulong)a[n - 1] * k;
        bool noCarry = top + k - 1 <= uint.MaxValue;
        uint[] r = NewLimbs(noCarry ? n : n + 1);
        ulong carry = MulSmallInto(a, k, r);
        if (noCarry) return r;
        if (carry != 0) { r[n] = (uint)carry; return r; }
        return r.AsSpan(0, n).ToArray();
    }

    /// <summary>The low a.Length limbs of a * k into r; returns the carry out.</summary>
    private static ulong MulSmallInto(ReadOnlySpan<uint> a, uint k, Span<uint> r)
    {
        ref uint ra = ref MemoryMarshal.GetReference(r);
        ref uint aa = ref MemoryMarshal.GetReference(a);
        ulong carry = 0;
        for (int i = 0; i < a.Length; i++)
        {
            ulong p = (ulong)Unsafe.Add(ref aa, i) * k + carry;
            Unsafe.Add(ref ra, i) = (uint)p;
            carry = p >> 32;
        }
        return carry;
    }

    private static long BitLength(ReadOnlySpan<uint> a) =>
        a.IsEmpty ? 0 : (long)(a.Length - 1) * 32 + (32 - BitOperations.LeadingZeroCount(a[^1]));

    /// <summary>The bits of a from bit s up, at most 128 of them.</summary>
    private static UInt128 BitsFrom(ReadOnlySpan<uint> a, long s)
    {
        int limb = (int)(s >> 5), shift = (int)(s & 31);
        UInt128 v = 0;
        // Four limbs from the one holding bit s: the callers ask for at most 96 bits past s.
        for (int i = Math.Min(a.Length - 1, limb + 3); i >= limb; i--) v = (v << 32) | a[i];
        return v >> shift;
    }

    /// <summary>x // y for x, y &gt; 0, y of three limbs or more and a quotient below 2^32 (the
    /// spigot's `(...) // t` digits); null otherwise. The quotient is estimated from the top 64
    /// bits of y and the bits of x above the same position (within one or two of the true one),
    /// then corrected: x - q*y computed in one multiply-subtract pass into a stack or pooled buffer
    /// that nothing keeps, y added back while that is negative and subtracted while it is at least
    /// y (compares that end at the top limb).</summary>
    private static PyObject? FloorDivSmallQuotient(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        if (y.Length < 3) return null;
        long xbits = BitLength(x), ybits = BitLength(y);
        if (xbits < ybits) return PyInt.From(0);
        if (xbits - ybits > 31) return null;
        long s = ybits - 64;
        ulong ytop = (ulong)BitsFrom(y, s);
        UInt128 xtop = BitsFrom(x, s);                              // at most 64 + 32 bits
        UInt128 qe = xtop / ytop;
        long q = qe > uint.MaxValue ? uint.MaxValue : (long)(ulong)qe;

        int L = Math.Max(x.Length, y.Length + 1);
        uint[]? rented = null;
        Span<uint> r = L <= 256 ? stackalloc uint[L] : (rented = ArrayPool<uint>.Shared.Rent(L)).AsSpan(0, L);
        try
        {
            // r = x - q*y in one pass; a borrow out of the top limb means q was one too large.
            if (MulSubInto(x, y, (uint)q, r) != 0)
            {
                do q--; while (!AddBack(r, y));
            }
            else
            {
                int len = Trim(r, L);
                while (Compare(r[..len], y) >= 0)
                {
                    q++;
                    len = SubInPlace(r, len, y);
                }
            }
            return PyInt.From(q);
        }
        finally
        {
            if (rented is not null) ArrayPool<uint>.Shared.Return(rented);
        }
    }

    /// <summary>r = x - q*y over r's limbs (x at least as long as y, r longer than y); returns
    /// the borrow out of the top limb (-1 when q*y &gt; x, r then holds the two's complement).</summary>
    private static long MulSubInto(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y, uint q, Span<uint> r)
    {
        ref uint ra = ref MemoryMarshal.GetReference(r);
        ref uint xa = ref MemoryMarshal.GetReference(x);
        ref uint ya = ref MemoryMarshal.GetReference(y);
        ulong carry = 0;
        long borrow = 0;
        int i = 0;
        for (; i < y.Length; i++)
        {
            ulong p = (ulong)Unsafe.Add(ref ya, i) * q + carry;
            carry = p >> 32;
            long d = (long)Unsafe.Add(ref xa, i) - (uint)p + borrow;
            Unsafe.Add(ref ra, i) = (uint)d;
            borrow = d >> 32;
        }
        for (; i < r.Length; i++)
        {
            long d = (long)(i < x.Length ? x[i] : 0u) - (uint)carry + borrow;
            carry = 0;
            r[i] = (uint)d;
            borrow = d >> 32;
        }
        return borrow;
    }

    /// <summary>r += y over r's limbs (r negative in two's complement); true when the carry out of
    /// the top limb makes it non-negative.</summary>
    private static bool AddBack(Span<uint> r, ReadOnlySpan<uint> y)
    {
        ulong carry = 0;
        int i = 0;
        for (; i < y.Length; i++)
        {
            ulong s = (ulong)r[i] + y[i] + carry;
            r[i] = (uint)s;
            carry = s >> 32;
        }
        for (; i < r.Length; i++)
        {
            ulong s = (ulong)r[i] + carry;
            r[i] = (uint)s;
            carry = s >> 32;
        }
        return carry != 0;
    }

    private static int Trim(Span<uint> t, int len)
    {
        while (len > 0 && t[len - 1] == 0) len--;
        return len;
    }

    /// <summary>t -= y for t &gt;= y (t's first len limbs); returns t's new length.</summary>
    private static int SubInPlace(Span<uint> t, int len, ReadOnlySpan<uint> y)
    {
        long borrow = 0;
        int i = 0;
        for (; i < y.Length; i++)
        {
            long d = (long)t[i] - y[i] + borrow;
            t[i] = (uint)d;
            borrow = d >> 32;
        }
        for (; i < len && borrow != 0; i++)
        {
            long d = (long)t[i] + borrow;
            t[i] = (uint)d;
            borrow = d >> 32;
        }
        return Trim(t, len);
    }
}
