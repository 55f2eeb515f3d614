using System.Runtime.CompilerServices;
using System.Numerics;

namespace Herthon.Runtime;

public static partial class Ops
{
    /// <summary>a OP b (inplace selects __iop__ first for user types and in-place list/set/dict updates).</summary>
    public static PyObject Binary(PyObject a, PyObject b, BinaryOp op, bool inplace = false)
    {
        // exact str: concatenation, repetition and %-formatting without the numeric and dunder probing below
        if (a.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(a).Sub is null)
        {
            var sa = Unsafe.As<PyStr>(a);
            if (op == BinaryOp.Add && b.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(b).Sub is null)
            {
                // s + '' and '' + s are s itself, as CPython's PyUnicode_Concat gives them.
                var bv = Unsafe.As<PyStr>(b).V;
                return bv.Length == 0 ? a : sa.V.Length == 0 ? b : PyStr.From(string.Concat(sa.V, bv));
            }
            if (op == BinaryOp.Mul && PyInt.IsExactInt(b)) return Repeat(a, Unsafe.As<PyInt>(b));
            if (op == BinaryOp.Mod && !SubclassDicts.IsUserSub(b) && b is not PyInstance) return PercentFormat.FormatObject(sa.V, b);
        }
        if (SubclassDicts.IsUserSub(a) || SubclassDicts.IsUserSub(b))
        {
            if (inplace && SubclassDicts.IsUserSub(a) && a.Type.Lookup(N.IBinOp[(int)op]) is PyFunction im)
            {
                var ir = CallMethod(im, a, b);
                if (ir is not PyNotImplemented) return ir;
            }
            var ur = UserBinary(a, b, op);
            if (ur is not null) return ur;
            return BinaryNative(a, b, op, inplace, userTried: true);
        }
        return BinaryNative(a, b, op, inplace);
    }

    /// <summary>__op__/__rop__ written in Python (or by an extension type such as Counter) on a builtin
    /// subclass (subclass operand first).</summary>
    private static PyObject? UserBinary(PyObject a, PyObject b, BinaryOp op)
    {
        bool bFirst = !ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type);
        // float's slots take +, -, *, /, //, %, ** of any int, int's every operator but @ (the
        // others return NotImplemented, and then the reflected method runs).
        if (!bFirst && op != BinaryOp.MatMul && NativeTakesIntSub(a, b)
            && (a is PyInt || op is BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.TrueDiv or BinaryOp.FloorDiv or BinaryOp.Mod or BinaryOp.Pow))
            return null;
        if (bFirst && IsOverride(b.Type.Lookup(N.RBinOp[(int)op])) is { } rb) { var r = CallMethod(rb, b, a); if (r is not PyNotImplemented) return r; }
        if (IsOverride(a.Type.Lookup(N.BinOp[(int)op])) is { } fa) { var r = CallMethod(fa, a, b); if (r is not PyNotImplemented) return r; }
        if (!bFirst && !ReferenceEquals(a.Type, b.Type) && IsOverride(b.Type.Lookup(N.RBinOp[(int)op])) is { } rb2) { var r = CallMethod(rb2, b, a); if (r is not PyNotImplemented) return r; }
        return null;
    }

    private static PyObject? IsOverride(PyObject? m) => m is PyFunction || IsExtensionMethod(m) ? m : null;

    /// <summary>The builtin behaviour of a OP b (what int.__add__, list.__add__, ... do).</summary>
    /// <remarks>userTried: UserBinary has already called the Python-level methods, which said NotImplemented.</remarks>
    public static PyObject BinaryNative(PyObject a, PyObject b, BinaryOp op, bool inplace = false, bool userTried = false)
    {
        if (a is PyInt ia && b is PyInt ib) return IntOp(ia, ib, op);
        if (a is PyFloat || b is PyFloat)
        {
            if ((a is PyFloat || a is PyInt) && (b is PyFloat || b is PyInt))
            {
                // Bitwise operators and @ are undefined for floats: name the original operand types.
                if (op is BinaryOp.LShift or BinaryOp.RShift or BinaryOp.And or BinaryOp.Or or BinaryOp.Xor or BinaryOp.MatMul)
                    throw Errors.Unsupported((inplace ? N.ISymbol : N.Symbol)[(int)op], a, b);
                return FloatOp(a is PyFloat fa ? fa.V : ((PyInt)a).ToDouble(), b is PyFloat fb ? fb.V : ((PyInt)b).ToDouble(), op);
            }
        }
        if ((a is PyComplex || b is PyComplex) && ComplexOps.Binary(a, b, op) is { } cr) return cr;
        if (inplace)
        {
            var r = InplaceBuiltin(a, b, op);
            if (r is not null) return r;
            if (a is PyInstance || IsExtensionInstance(a))
            {
                var m = a.Type.Lookup(N.IBinOp[(int)op]);
                if (m is not null)
                {
                    r = CallMethod(m, a, b);
                    if (r is not PyNotImplemented) return r;
                }
            }
        }
        var res = SequenceOp(a, b, op);
        if (res is not null) return res;
        return BinaryDunder(a, b, op, userTried, inplace);
    }

    /// <summary>a OP b after a's Python `__op__` returned NotImplemented (a is an instance of a Python
    /// class; b's class is not a subclass of a's, or the two are the same): what BinaryDunder does
    /// after its call of a's method.</summary>
    internal static PyObject BinaryAfterLeft(PyObject a, PyObject b, BinaryOp op, bool inplace = false)
    {
        if (!ReferenceEquals(a.Type, b.Type) && TryDunder(b, N.RBinOp[(int)op], a) is { } r) return r;
        if (op == BinaryOp.Pow && !inplace)
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}' and '{b.Type.Name}'");
        throw Errors.Unsupported((inplace ? N.ISymbol : N.Symbol)[(int)op], a, b);
    }

    private static PyObject BinaryDunder(PyObject a, PyObject b, BinaryOp op, bool userTried, bool inplace)
    {
        var ta = a.Type; var tb = b.Type;
        PyObject? r;
        bool bFirst = !ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && b is PyInstance;
        if (bFirst)
        {
            r = TryDunder(b, N.RBinOp[(int)op], a, userTried);
            if (r is not null) return r;
        }
        r = TryDunder(a, N.BinOp[(int)op], b, userTried);
        if (r is not null) return r;
        if (!bFirst && !ReferenceEquals(ta, tb))
        {
            r = TryDunder(b, N.RBinOp[(int)op], a, userTried);
            if (r is not null) return r;
        }
        if (op == BinaryOp.Add && a is PyBytes or PyByteArray) throw Errors.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
        // A subclass defining __add__ in Python gets the generic message, as CPython's nb_add slot fails first.
        if (op == BinaryOp.Add && (a is PyList || a is PyTuple || a is PyStr) && !(userTried && a.Type.Lookup(N.BinOp[(int)op]) is PyFunction))
            throw Errors.TypeError($"can only concatenate {a.Type.Name} (not \"{b.Type.Name}\") to {a.Type.Name}");
        // In place, b's repeat is tried only when a's type has no sequence methods at all (PyNumber_InPlaceMultiply):
        // `2.5 *= b"x"` names the float, `{1} *= [1]` is unsupported (a set has them, without a repeat).
        if (op == BinaryOp.Mul && (a is PyList or PyTuple or PyStr or PyBytes or PyByteArray
            || ((!inplace || (a is PyInt or PyFloat or PyComplex or PyNone && !SubclassDicts.IsUserSub(a))) && b is PyList or PyTuple or PyStr or PyBytes or PyByteArray)))
        {
            bool seqFirst = a is PyList or PyTuple or PyStr or PyBytes or PyByteArray;
            var other = seqFirst ? b : a;
            // A count with __index__ (sq_repeat's PyNumber_AsSsize_t): `"ab" * C()`, `x *= C()`.
            if (other is PyInstance && other.Type.Lookup(N.Index) is not null)
            {
                var n = ToPyInt(other);
                if (inplace && seqFirst && a is PyList l) return InplaceBuiltin(l, n, op)!;
                return Repeat(seqFirst ? a : b, n);
            }
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.TpName}'");
        }
        if (op == BinaryOp.Pow && !inplace)
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{ta.Name}' and '{tb.Name}'");
        throw Errors.Unsupported((inplace ? N.ISymbol : N.Symbol)[(int)op], a, b);
    }

    private static PyObject? TryDunder(PyObject self, PyStr name, PyObject other, bool userTried = false)
    {
        bool ext = false;
        if (self is not PyInstance && self is not PyType && !(ext = IsExtensionInstance(self))) return null;
        var m = self.Type.Lookup(name);
        if (m is null || (ext && !IsExtensionMethod(m)) || (userTried && m is PyFunction)) return null;
        var r = CallMethod(m, self, other);
        return r is PyNotImplemented ? null : r;
    }

    private static PyObject? InplaceBuiltin(PyObject a, PyObject b, BinaryOp op)
    {
        switch (a)
        {
            case PyList l when op == BinaryOp.Add:
                ListMethods.Extend(l, b);
                return l;
            case PyList l when op == BinaryOp.Mul && b is PyInt n:
                if (n.Big is not null) throw Errors.OverflowError($"cannot fit '{n.Type.Name}' into an index-sized integer");
                ListMethods.InplaceRepeat(l, n.V);
                return l;
            case PySet s when !s.Frozen && b is PySet o:
                switch (op)
                {
                    // As CPython's set_ior / set_iand / set_isub / set_ixor (the table order follows from these steps).
                    case BinaryOp.Or: s.UpdateFromSet(o); return s;
                    case BinaryOp.And: s.SwapBodies(SetMethods.Intersect(s, o)); return s;
                    case BinaryOp.Sub: SetMethods.DiscardAll(s, o); return s;
                    case BinaryOp.Xor when ReferenceEquals(s, o): s.Clear(); return s;
                    case BinaryOp.Xor: foreach (var k in o.ToList()) if (!s.Remove(k)) s.Add(k); return s;
                }
                break;
            case PyDict d when op == BinaryOp.Or && b is PyDict od:
                foreach (var kv in od.Items()) d.SetItem(kv.Key, kv.Value);
                return d;
            case PyByteArray ba when op == BinaryOp.Add && b is PyBytes or PyByteArray:
                ba.Extend(BytesMethods.AsBytes(b));
                return ba;
        }
        return null;
    }

    /// <summary>A new list of a's items then b's (list_concat).</summary>
    internal static PyList ListConcat(PyList a, PyList b)
    {
        var r = new PyList(a.Count + b.Count);
        a.AsSpan().CopyTo(r.Items);
        b.AsSpan().CopyTo(r.Items.AsSpan(a.Count));
        r.Count = a.Count + b.Count;
        return r;
    }

    private static PyObject? SequenceOp(PyObject a, PyObject b, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Add:
                if (a is PyStr sa && b is PyStr sb) return PyStr.From(string.Concat(sa.V, sb.V));
                if (a is PyList la && b is PyList lb) return ListConcat(la, lb);
                if (a is PyTuple ta && b is PyTuple tb)
                {
                    var arr = new PyObject[ta.Items.Length + tb.Items.Length];
                    ta.Items.CopyTo(arr, 0); tb.Items.CopyTo(arr, ta.Items.Length);
                    return PyTuple.From(arr);
                }
                if (a is PyBytes or PyByteArray && b is PyBytes or PyByteArray)
                {
                    var x = BytesMethods.AsBytes(a); var y = BytesMethods.AsBytes(b);
                    var arr = new byte[x.Length + y.Length]; x.CopyTo(arr, 0); y.CopyTo(arr, x.Length);
                    return a is PyBytes ? new PyBytes(arr) : new PyByteArray(arr);
                }
                break;
            case BinaryOp.Mul:
                if (b is PyInt n && a is PyStr or PyList or PyTuple or PyBytes or PyByteArray) return Repeat(a, n);
                if (a is PyInt n2 && b is PyStr or PyList or PyTuple or PyBytes or PyByteArray) return Repeat(b, n2);
                break;
            case BinaryOp.Mod:
                if (a is PyStr fmt) return PercentFormat.FormatObject(fmt.V, b);
                if (a is PyBytes bfmt) return new PyBytes(BytesFormat.Format(bfmt.V, b));
                if (a is PyByteArray bafmt) return new PyByteArray(BytesFormat.Format(bafmt.Data.AsSpan(0, bafmt.Count), b));
                break;
            case BinaryOp.Or or BinaryOp.And or BinaryOp.Sub or BinaryOp.Xor when a is PySet s1 && b is PySet s2:
                return SetMethods.SetOp(s1, s2, op);
            // A keys or items view on either side takes any iterable on the other (CPython's dictviews_* slots).
            case BinaryOp.Or or BinaryOp.And or BinaryOp.Sub or BinaryOp.Xor when a is PyDictView { Kind: not DictIterKind.Values } || b is PyDictView { Kind: not DictIterKind.Values }:
                return SetMethods.ViewOp(a, b, op);
            // dict | dict, unless a dict subclass defined in C# (Counter) brings its own __or__.
            case BinaryOp.Or when a is PyDict d1 && b is PyDict d2 && ReferenceEquals(a.Type.Lookup(N.BinOp[(int)BinaryOp.Or]), TypeObjects.Dict.Lookup(N.BinOp[(int)BinaryOp.Or])):
                {
                    var r = d1.Copy();
                    foreach (var kv in d2.Items()) r.SetItem(kv.Key, kv.Value);
                    return r;
                }
        }
        return null;
    }

    private static PyObject Repeat(PyObject seq, PyInt count)
    {
        // The count is a Py_ssize_t in CPython: past 64 bits it cannot be one, whatever its sign.
        if (count.Big is not null) throw Errors.OverflowError($"cannot fit '{count.Type.Name}' into an index-sized integer");
        long n = Math.Max(count.V, 0);
        switch (seq)
        {
            case PyStr s:
                if (TooLong(n, s.V.Length, long.MaxValue)) throw Errors.OverflowError("repeated string is too long");
                if (TooLong(n, s.V.Length, int.MaxValue / 2)) throw Errors.MemoryError("");
                if (n == 0 || s.V.Length == 0) return PyStr.Empty;
                if (n == 1 && s.IsExact) return s;   // s * 1 is s, as CPython
                if (s.V.Length == 1) return PyStr.From(new string(s.V[0], (int)n));
                return PyStr.From(string.Create(s.V.Length * (int)n, s.V, static (span, text) =>
                {
                    for (int at = 0; at < span.Length; at += text.Length) text.AsSpan().CopyTo(span[at..]);
                }));
            case PyList l:
                {
                    if (TooLong(n, l.Count, int.MaxValue / 2)) throw Errors.MemoryError("");
                    var r = new PyList((int)(l.Count * n));
                    for (long i = 0; i < n; i++) { l.AsSpan().CopyTo(r.Items.AsSpan(r.Count)); r.Count += l.Count; }
                    return r;
                }
            case PyTuple t:
                {
                    if (TooLong(n, t.Count, int.MaxValue / 2)) throw Errors.MemoryError("");
                    var arr = new PyObject[t.Items.Length * n];
                    for (long i = 0; i < n; i++) t.Items.CopyTo(arr, i * t.Items.Length);
                    return PyTuple.From(arr);
                }
            default:
                {
                    var src = BytesMethods.AsBytes(seq);
                    if (TooLong(n, src.Length, int.MaxValue / 2)) throw Errors.MemoryError("");
                    var arr = new byte[src.Length * n];
                    for (long i = 0; i < n; i++) src.CopyTo(arr, i * src.Length);
                    return seq is PyBytes ? new PyBytes(arr) : new PyByteArray(arr);
                }
        }
    }

    /// <summary>|v| ≤ 2**53: the long converts to a double exactly. (Math.Abs would throw for long.MinValue.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ExactInDouble(long v) => (ulong)(v + (1L << 53)) <= (1UL << 54);

    /// <summary>n copies of length items exceed limit (without overflowing the product).</summary>
    internal static bool TooLong(long n, int length, long limit) => length != 0 && n > limit / length;

    // ---------------------------------------------------------------- int arithmetic

    public static PyObject IntOp(PyInt a, PyInt b, BinaryOp op)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.V, y = b.V, r;
            switch (op)
            {
                case BinaryOp.Add: if (!OverflowAdd(x, y, out r)) return PyInt.From(r); break;
                case BinaryOp.Sub: if (!OverflowSub(x, y, out r)) return PyInt.From(r); break;
                case BinaryOp.Mul:
                    {
                        if (MulFits(x, y, out long lo)) return PyInt.From(lo);
                        break;
                    }
                case BinaryOp.FloorDiv:
                    if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
                    if (!(x == long.MinValue && y == -1)) return PyInt.From(FloorDiv(x, y));
                    break;
                case BinaryOp.Mod:
                    if (y == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
                    if (y == -1) return PyInt.From(0);
                    return PyInt.From(FloorMod(x, y));
                case BinaryOp.TrueDiv:
                    if (y == 0) throw Errors.ZeroDivisionError("division by zero");
                    if (ExactInDouble(x) && ExactInDouble(y)) return new PyFloat((double)x / y);
                    return new PyFloat(BigTrueDiv(a.ToBig(), b.ToBig()));
                case BinaryOp.And: return a is PyBool && b is PyBool ? PyBool.From((x & y) != 0) : PyInt.From(x & y);
                case BinaryOp.Or: return a is PyBool && b is PyBool ? PyBool.From((x | y) != 0) : PyInt.From(x | y);
                case BinaryOp.Xor: return a is PyBool && b is PyBool ? PyBool.From((x ^ y) != 0) : PyInt.From(x ^ y);
                case BinaryOp.LShift:
                    if (y < 0) throw Errors.ValueError("negative shift count");
                    if (y < 63 && x == (x << (int)y) >> (int)y) return PyInt.From(x << (int)y);
                    break;
                case BinaryOp.RShift:
                    if (y < 0) throw Errors.ValueError("negative shift count");
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinaryOp.Pow:
                    return IntPow(a, b);
                case BinaryOp.MatMul:
                    throw Errors.Unsupported("@", a, b);
            }
        }
        return BigOp(a.ToBig(), b.ToBig(), op, a, b);
    }

    /// <summary>x * y in <paramref name="z"/>, and whether it fits in a long. Operands within
    /// ±2^31 (nearly every product a program computes) cannot overflow: their product is tested
    /// by two compares and computed by one imul. Others take the 128-bit product, whose high half
    /// must be the low half's sign; Math.BigMul(long, long) is two calls and a software multiply
    /// in the NativeAOT build, whose baseline has no BMI2 (gen9: 4.3 % of comprehensions).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MulFits(long x, long y, out long z)
    {
        if ((ulong)(x + 0x8000_0000L) <= 0xFFFF_FFFFUL && (ulong)(y + 0x8000_0000L) <= 0xFFFF_FFFFUL)
        {
            z = unchecked(x * y);
            return true;
        }
        return MulFitsWide(x, y, out z);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool MulFitsWide(long x, long y, out long z) => Math.BigMul(x, y, out z) == (z >> 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool OverflowAdd(long x, long y, out long r)
    {
        r = unchecked(x + y);
        return ((x ^ r) & (y ^ r)) < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool OverflowSub(long x, long y, out long r)
    {
        r = unchecked(x - y);
        return ((x ^ y) & (x ^ r)) < 0;
    }

    public static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long FloorMod(long x, long y)
    {
        long m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return m;
    }

    private static PyObject BigOp(BigInteger x, BigInteger y, BinaryOp op, PyInt a, PyInt b)
    {
        // + - * by one limb and // with a one-limb quotient without BigInteger's result copy (flt16).
        if (op is BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.FloorDiv && BigArith.Enabled && BigArith.TryOp(x, y, op) is { } fast) return fast;
        switch (op)
        {
            case BinaryOp.Add: return PyInt.From(x + y);
            case BinaryOp.Sub: return PyInt.From(x - y);
            case BinaryOp.Mul: return PyInt.From(x * y);
            case BinaryOp.FloorDiv:
                if (y.IsZero) throw Errors.ZeroDivisionError("integer division or modulo by zero");
                return PyInt.From(BigFloorDiv(x, y));
            case BinaryOp.Mod:
                if (y.IsZero) throw Errors.ZeroDivisionError("integer modulo by zero");
                return PyInt.From(x - BigFloorDiv(x, y) * y);
            case BinaryOp.TrueDiv:
                if (y.IsZero) throw Errors.ZeroDivisionError("division by zero");
                return new PyFloat(BigTrueDiv(x, y));
            case BinaryOp.And: return PyInt.From(x & y);
            case BinaryOp.Or: return PyInt.From(x | y);
            case BinaryOp.Xor: return PyInt.From(x ^ y);
            case BinaryOp.LShift:
                if (y.Sign < 0) throw Errors.ValueError("negative shift count");
                if (y > 1 << 26) throw Errors.OverflowError("too many digits in integer");
                return PyInt.From(x << (int)y);
            case BinaryOp.RShift:
                if (y.Sign < 0) throw Errors.ValueError("negative shift count");
                if (y > int.MaxValue) return PyInt.From(x.Sign < 0 ? -1 : 0);
                return PyInt.From(x >> (int)y);
            case BinaryOp.Pow: return IntPow(a, b);
        }
        throw Errors.Unsupported(N.Symbol[(int)op], a, b);
    }

    public static BigInteger BigFloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var rem);
        if (!rem.IsZero && ((rem.Sign < 0) != (y.Sign < 0))) q -= 1;
        return q;
    }

    private static double BigTrueDiv(BigInteger x, BigInteger y)
    {
        // Correctly rounded for the common magnitudes: scale so the quotient has 64+ bits.
        bool neg = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x); y = BigInteger.Abs(y);
        long xb = (long)x.GetBitLength(), yb = (long)y.GetBitLength();
        int shift = (int)(yb - xb + 66);
        BigInteger q = shift >= 0 ? BigInteger.DivRem(x << shift, y, out var rem) : BigInteger.DivRem(x, y << -shift, out rem);
        if (!rem.IsZero) q |= 1; // sticky bit
        double d = Math.ScaleB(PyInt.BigToDouble(q), -shift);
        if (double.IsInfinity(d)) throw Errors.OverflowError("integer division result too large for a float");
        return neg ? -d : d;
    }

    private static PyObject IntPow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double x = a.ToDouble();
            if (x == 0) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(x, b.ToDouble()));
        }
        if (b.Big is not null)
        {
            if (a.Big is null && (a.V == 0 || a.V == 1)) return a;
            if (a.Big is null && a.V == -1) return PyInt.From(b.Big.Value.IsEven ? 1 : -1);
            throw Errors.OverflowError("exponent too large");
        }
        long e = b.V;
        if (a.Big is null)
        {
            long bas = a.V, result = 1;
            bool overflow = false;
            long ee = e;
            long bb = bas;
            while (ee > 0)
            {
                if ((ee & 1) != 0)
                {
                    long hi = Math.BigMul(result, bb, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0)
                {
                    long hi = Math.BigMul(bb, bb, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    bb = lo;
                }
            }
            if (!overflow) return PyInt.From(result);
        }
        if (e > int.MaxValue) throw Errors.OverflowError("exponent too large");
        return PyInt.From(BigInteger.Pow(a.ToBig(), (int)e));
    }

    // ---------------------------------------------------------------- float arithmetic

    public static PyObject FloatOp(double x, double y, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Add: return new PyFloat(x + y);
            case BinaryOp.Sub: return new PyFloat(x - y);
            case BinaryOp.Mul: return new PyFloat(x * y);
            case BinaryOp.TrueDiv:
                if (y == 0) throw Errors.ZeroDivisionError("float division by zero");
                return new PyFloat(x / y);
            case BinaryOp.FloorDiv:
                if (y == 0) throw Errors.ZeroDivisionError("float floor division by zero");
                return new PyFloat(FloatDivMod(x, y, out _));
            case BinaryOp.Mod:
                if (y == 0) throw Errors.ZeroDivisionError("float modulo");
                FloatDivMod(x, y, out double m);
                return new PyFloat(m);
            case BinaryOp.Pow:
                // A negative base to a fractional power is complex (float_pow hands it to complex_pow).
                if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && Math.Floor(y) != y) return ComplexOps.Pow(new(x, 0.0), new(y, 0.0));
                return new PyFloat(FloatPow(x, y));
        }
        throw Errors.Unsupported(N.Symbol[(int)op], new PyFloat(x), new PyFloat(y));
    }

    /// <summary>CPython's float_divmod: returns floor quotient, sets the modulo with the divisor's sign.</summary>
    public static double FloatDivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return floordiv;
    }

    public static double FloatPow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (double.IsNaN(x)) return x;
        if (x == 0 && y < 0 && !double.IsInfinity(y)) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y)) throw Errors.OverflowError("(34, 'Numerical result out of range')");
        return r;
    }

    // ---------------------------------------------------------------- unary

    public static PyObject Negate(PyObject a)
    {
        if (a.GetType() == typeof(PyFloat)) return new PyFloat(-Unsafe.As<PyFloat>(a).V);   // no cast helper for `is PyInt`
        if (UnaryOverride(a, N.Neg) is { } m) return CallMethod(m, a);
        switch (a)
        {
            case PyInt i: return i.IsSmall && i.V != long.MinValue ? PyInt.From(-i.V) : PyInt.From(-i.ToBig());
            case PyFloat f: return new PyFloat(-f.V);
            case PyComplex c when c.Sub is null: return new PyComplex(-c.Re, -c.Im);
        }
        return UnaryDunder(a, N.Neg, "-");
    }

    public static PyObject Positive(PyObject a)
    {
        if (UnaryOverride(a, N.Pos) is { } m) return CallMethod(m, a);
        switch (a)
        {
            case PyBool b: return PyInt.From(b.V);
            case PyInt pi: return pi.Sub is null ? a : ExactInt(pi);
            case PyFloat pf: return pf.Sub is null ? a : new PyFloat(pf.V);
            case PyComplex { Sub: null }: return a;
        }
        return UnaryDunder(a, N.Pos, "+");
    }

    public static PyObject Invert(PyObject a)
    {
        if (UnaryOverride(a, N.Invert) is { } m) return CallMethod(m, a);
        if (a is PyInt i) return i.Big is null ? PyInt.From(~i.V) : PyInt.From(-i.ToBig() - 1);
        return UnaryDunder(a, N.Invert, "~");
    }

    public static PyObject Abs(PyObject a)
    {
        if (UnaryOverride(a, N.Abs) is { } um) return CallMethod(um, a);
        switch (a)
        {
            // An exact int is its own absolute value; a bool or subclass instance gives a plain int.
            case PyInt i when i.Sign >= 0: return a is PyBool || i.Sub is not null ? ExactInt(i) : a;
            case PyInt i: return i.IsSmall && i.V != long.MinValue ? PyInt.From(-i.V) : PyInt.From(-i.ToBig());
            case PyFloat f: return new PyFloat(Math.Abs(f.V));
            case PyComplex { Sub: null } c: return ComplexOps.AbsObject(c);
        }
        var m = a.Type.Lookup(N.Abs);
        if (m is null) throw Errors.TypeError($"bad operand type for abs(): '{a.Type.Name}'");
        return CallMethod(m, a);
    }

    private static PyInt ExactInt(PyInt i) => i.IsSmall ? PyInt.From(i.V) : PyInt.From(i.ToBig());

    /// <summary>The Python-level unary method of a user subclass of int/float/complex (class I(int): def __neg__...).</summary>
    private static PyObject? UnaryOverride(PyObject a, PyStr name) =>
        a is PyInt { Sub: not null } or PyFloat { Sub: not null } or PyComplex { Sub: not null } ? IsOverride(a.Type.Lookup(name)) : null;

    private static PyObject UnaryDunder(PyObject a, PyStr name, string sym)
    {
        // Any type may define the dunder (user classes, and builtin-defined types such as Counter).
        var m = a.Type.Lookup(name);
        if (m is null) throw Errors.TypeError($"bad operand type for unary {sym}: '{a.Type.Name}'");
        return CallMethod(m, a);
    }
}
