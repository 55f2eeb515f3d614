using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The data instructions' fast paths beyond what the loop does inline: BINARY_OP, COMPARE_OP,
// BINARY_SUBSCR / STORE_SUBSCR and CONTAINS_OP on operands of the exact builtin types (not user
// subclasses, which may override the operation, and not bool where the result type differs).
// Each helper is one non-inlined call that either finishes the instruction or falls through to the
// generic protocol, so the loop's frame does not grow with the type tests' temporaries.
public static partial class Interpreter
{
    // ------------------------------------------------------------------ BINARY_OP / COMPARE_OP

    /// <summary>int and float operands of the exact builtin types that the loop's inline
    /// add/subtract/multiply did not finish; anything else takes the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject BinaryNumeric(PyObject a, PyObject b, BinaryOp op, bool inplace)
    {
        // Method-table compares: a Type kept in a local calls Object.GetType (two calls per BINARY_OP
        // that reached here, in the AOT build's machine code).
        // aInt/bInt: ints of type int, 64-bit (PyInt) or big (PyIntExt without a subclass).
        bool aInt = PyInt.IsExactInt(a), bInt = PyInt.IsExactInt(b);
        bool aFloat = a.GetType() == typeof(PyFloat), bFloat = b.GetType() == typeof(PyFloat);
        if (aInt && bInt)
        {
            // Every operator of two ints, small or big (Ops.IntOp: cached small results, overflow to big ints).
            if (Unsafe.As<PyInt>(a).Sub is null && Unsafe.As<PyInt>(b).Sub is null)
                return Ops.IntOp(Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b), op);
        }
        else if (aFloat || bFloat)
        {
            double x, y;
            if (aFloat) x = Unsafe.As<PyFloat>(a).V;
            else if (aInt && Unsafe.As<PyInt>(a) is { IsPlain: true } ia && Ops.ExactInDouble(ia.V)) x = ia.V;
            else goto Generic;
            if (bFloat) y = Unsafe.As<PyFloat>(b).V;
            else if (bInt && Unsafe.As<PyInt>(b) is { IsPlain: true } ib && Ops.ExactInDouble(ib.V)) y = ib.V;
            else goto Generic;
            switch (op)
            {
                case BinaryOp.Add: return new PyFloat(x + y);
                case BinaryOp.Sub: return new PyFloat(x - y);
                case BinaryOp.Mul: return new PyFloat(x * y);
                case BinaryOp.TrueDiv: if (y != 0) return new PyFloat(x / y); break;
                // float_floor_div, float_rem, float_pow: zero divisors and complex powers raise there.
                case BinaryOp.FloorDiv: case BinaryOp.Mod: case BinaryOp.Pow: return Ops.FloatOp(x, y, op);
            }
        }
    Generic:
        // `[i] + neighbours[i]`, `moves() + [PASS]`: two exact lists joined here. Through Ops.Binary
        // they passed BinaryNative's `is PyInt`/`is PyFloat`/`is PyComplex` tests, each a call of
        // the runtime's class-cast helper (PyInt has subclasses): ~250 instructions per `+` in
        // hexiom (docs/performance.md, game16).
        if (op == BinaryOp.Add && !inplace && a.GetType() == typeof(PyList) && b.GetType() == typeof(PyList)
            && Unsafe.As<PyList>(a).Sub is null && Unsafe.As<PyList>(b).Sub is null)
            return Ops.ListConcat(Unsafe.As<PyList>(a), Unsafe.As<PyList>(b));
        return Ops.Binary(a, b, op, inplace);
    }

    /// <summary>x op y for the float operators the loop finishes inline: + - * /, and ** of a
    /// positive finite base and finite exponent with a finite result (float_pow's other cases
    /// raise or return complex). False leaves the operation to the generic path (a zero divisor
    /// raises there). Tests by range, not a switch: inlined at every float site of the loop, the
    /// switch was a jump table with a spill around it (13 instructions and an indirect jump per
    /// operation; these are 2–6 compares and direct branches for + - *).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatArith(int op, double x, double y, out double z)
    {
        if (op <= (int)BinaryOp.Mul)
        {
            z = op == (int)BinaryOp.Mul ? x * y : op == (int)BinaryOp.Add ? x + y : x - y;
            return true;
        }
        if (op == (int)BinaryOp.TrueDiv) { z = x / y; return y != 0; }
        if (op == (int)BinaryOp.Pow)
        {
            z = Math.Pow(x, y);
            return x > 0 && double.IsFinite(z) && double.IsFinite(x) && double.IsFinite(y);
        }
        z = 0;
        return false;
    }

    /// <summary>An exact float, or a plain int of at most 53 bits (exactly a double: float's
    /// operators convert such an int without rounding), as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AsChainOperand(PyObject? o, out double d)
    {
        if (o is not null)
        {
            if (o.GetType() == typeof(PyFloat)) { d = Unsafe.As<PyFloat>(o).V; return true; }
            if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsPlain && Ops.ExactInDouble(Unsafe.As<PyInt>(o).V))
            {
                d = Unsafe.As<PyInt>(o).V;
                return true;
            }
        }
        d = 0;
        return false;
    }

    /// <summary>Whether the instruction after a float result may continue a float chain
    /// (BINARY_OP, or LOAD_FAST|LOAD_CONST before one): the loop calls FloatChain only then.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatChainNext(int nx)
    {
        uint nop = (uint)(nx & 0xFF);
        return nop - (uint)Op.LoadConst <= 1 || nop - (uint)Op.BinaryOp <= 1;
    }

    /// <summary>Where the loop's float chain ended: the unboxed result and the loop's registers.</summary>
    private readonly struct FloatChainEnd(double z, int ip, int sp)
    {
        public readonly double Z = z;
        public readonly int Ip = ip;
        public readonly int Sp = sp;
    }

    /// <summary>The loop's float chain: <paramref name="z"/> is the unboxed result of the BINARY_OP
    /// before <paramref name="ip"/>. While the next instructions are BINARY_OP (z the right operand,
    /// the left one on the stack), OPERAND BINARY_OP (z the left operand) or OPERAND OPERAND
    /// BINARY_OP BINARY_OP (z op (a op b), as `x * x + y * y` after x * x) on floats or small ints,
    /// they are computed into z and skipped; an OPERAND is LOAD_CONST, LOAD_FAST, or LOAD_FAST
    /// LOAD_ATTR where the attribute is an instance value or slot that the site's cache finds
    /// (`self.x * o.x + self.y * o.y`). The chain stops at anything else, an operand of another
    /// type, an unbound local, an attribute the cache does not find, or an operation that could
    /// raise; all of these take the ordinary path with z boxed, before anything of the pattern was
    /// skipped. Nothing Python code can see changes: the operands are read without side effects
    /// (a value hit runs no descriptor or __getattribute__), and the intermediate results were
    /// never stored anywhere, so no `is`, id() or alias can observe them; floats are not mutated.
    /// Registers come back in the result (by-ref loop locals would live in memory).</summary>
    private static FloatChainEnd FloatChain(CodeObject code, int ip, Slot[] s, int sp, PyObject[] consts, double z)
    {
        var instrs = code.Code;
        while (true)
        {
            int nx = instrs[ip];
            int nop = nx & 0xFF;
            if (nop == (int)Op.BinaryOp || nop == (int)Op.InplaceOp)
            {
                if (!AsChainOperand(s[sp - 1].V, out double l) || !FloatArith(nx >> 8, l, z, out double r)) break;
                z = r;
                ip++;
                s[sp].V = null;     // the stale operand above the stack
                sp--;
                continue;
            }
            int n1 = ChainLoad(code, instrs, ip, s, consts, out var w);
            if (n1 == 0) break;
            // An instruction follows every operand: code ends in a return, and neither a load nor
            // a BINARY_OP is ever the last instruction.
            int bx = instrs[ip + n1];
            int bop = bx & 0xFF;
            if (bop == (int)Op.BinaryOp || bop == (int)Op.InplaceOp)
            {
                if (!AsChainOperand(w, out double y) || !FloatArith(bx >> 8, z, y, out double r)) break;
                z = r;
                ip += n1 + 1;
                continue;
            }
            int n2 = ChainLoad(code, instrs, ip + n1, s, consts, out var w2);
            if (n2 == 0) break;
            int cx = instrs[ip + n1 + n2];
            if ((cx & 0xFF) != (int)Op.BinaryOp) break;
            int dx = instrs[ip + n1 + n2 + 1];
            if ((dx & 0xFF) != (int)Op.BinaryOp && (dx & 0xFF) != (int)Op.InplaceOp) break;
            // Both operations are computed before anything is skipped and neither can raise, so
            // computing a op b after z (as the bytecode does) is all that happens. At least one of
            // a, b an exact float: a op b of two ints is int arithmetic (3 ** 40 exact, then one
            // rounding when z meets it), not a double operation.
            if (!AsChainOperand(w, out double a) || !AsChainOperand(w2, out double b)
                || (w!.GetType() != typeof(PyFloat) && w2!.GetType() != typeof(PyFloat))
                || !FloatArith(cx >> 8, a, b, out double t) || !FloatArith(dx >> 8, z, t, out double r2)) break;
            z = r2;
            ip += n1 + n2 + 2;
        }
        return new FloatChainEnd(z, ip, sp);
    }

    /// <summary>UNARY_NEGATIVE's float chain: <paramref name="z"/> is -x of an exact float x and
    /// <paramref name="ip"/> the instruction after UNARY_NEGATIVE. LOAD_FAST|LOAD_CONST y BINARY_OP
    /// (`-x * dt`) with y an exact float or an int of at most 53 bits and an operation that cannot
    /// raise is computed into z here (FloatChain's general loop cost 115 instructions a call for
    /// this one step), then a chain after it as FloatChain's; BINARY_OP first goes to FloatChain;
    /// anything else stops at once, before anything was skipped. Nothing observable is skipped:
    /// the negation of an exact float runs no Python code, and its value was never stored.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FloatChainEnd NegativeChain(CodeObject code, int ip, Slot[] s, int sp, PyObject[] consts, double z)
    {
        var instrs = code.Code;
        int nx = instrs[ip];
        int nop = nx & 0xFF;
        if (nop == (int)Op.BinaryOp || nop == (int)Op.InplaceOp) return FloatChain(code, ip, s, sp, consts, z);
        if (nop == (int)Op.LoadFast || nop == (int)Op.LoadConst)
        {
            int bx = instrs[ip + 1];
            if (((bx & 0xFF) == (int)Op.BinaryOp || (bx & 0xFF) == (int)Op.InplaceOp)
                && AsChainOperand(nop == (int)Op.LoadFast ? s[nx >> 8].V : consts[nx >> 8], out double y)
                && FloatArith(bx >> 8, z, y, out double r))
            {
                z = r;
                ip += 2;
                if (FloatChainNext(instrs[ip])) return FloatChain(code, ip, s, sp, consts, z);
            }
        }
        return new FloatChainEnd(z, ip, sp);
    }

    /// <summary>Where the loop's int chain ended: the unboxed result and the loop's registers.</summary>
    private readonly struct IntChainEnd(long z, int ip, int sp)
    {
        public readonly long Z = z;
        public readonly int Ip = ip;
        public readonly int Sp = sp;
    }

    /// <summary>The loop's int chain, FloatChain's counterpart for plain ints: <paramref name="z"/>
    /// is the result of the BINARY_OP before <paramref name="ip"/> (outside the small-int cache, so
    /// boxing it would allocate). While the next instructions are BINARY_OP (z the right operand, an
    /// exact int of 64 bits on the stack the left one) or OPERAND BINARY_OP (z the left operand) and
    /// the operation is one whose 64-bit result is exact (IntArith), the result stays a long and the
    /// instructions are skipped. Anything else (another type, a bool or int subclass with its own
    /// operators, a big int, an unbound local, an overflow, a negative operand of % or //) stops the
    /// chain with z boxed before the instruction, which then runs (and raises) as always. The
    /// skipped intermediate ints were never stored anywhere, so nothing can see that they were not
    /// made (`is` between computed ints past the cache is not something CPython promises either).</summary>
    private static IntChainEnd IntChain(CodeObject code, int ip, Slot[] s, int sp, PyObject[] consts, long z)
    {
        var instrs = code.Code;
        while (true)
        {
            int nx = instrs[ip];
            int nop = nx & 0xFF;
            if (nop == (int)Op.BinaryOp || nop == (int)Op.InplaceOp)
            {
                if (!AsIntOperand(s[sp - 1].V, out long l) || !IntArith(nx >> 8, l, z, out long r)) break;
                z = r;
                ip++;
                s[sp].V = null;     // the stale operand above the stack
                sp--;
                continue;
            }
            int n1 = ChainLoad(code, instrs, ip, s, consts, out var w);
            if (n1 == 0) break;
            int bx = instrs[ip + n1];
            int bop = bx & 0xFF;
            if (bop != (int)Op.BinaryOp && bop != (int)Op.InplaceOp) break;
            if (!AsIntOperand(w, out long y) || !IntArith(bx >> 8, z, y, out long r2)) break;
            z = r2;
            ip += n1 + 1;
        }
        return new IntChainEnd(z, ip, sp);
    }

    /// <summary>An exact int (not a bool or subclass) of 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AsIntOperand(PyObject? o, out long v)
    {
        if (o is not null && o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsPlain) { v = Unsafe.As<PyInt>(o).V; return true; }
        v = 0;
        return false;
    }

    /// <summary>x op y for the int operations whose result the loop computes inline: + − × when
    /// the result fits in 64 bits, % and // of a non-negative and a positive int (no floor
    /// correction), &amp; | ^. False: the operation is left to the ordinary path.</summary>
    private static bool IntArith(int op, long x, long y, out long z)
    {
        switch ((BinaryOp)op)
        {
            case BinaryOp.Add: z = unchecked(x + y); return ((x ^ z) & (y ^ z)) >= 0;
            case BinaryOp.Sub: z = unchecked(x - y); return ((x ^ y) & (x ^ z)) >= 0;
            case BinaryOp.Mul: return Ops.MulFits(x, y, out z);
            case BinaryOp.Mod: z = x >= 0 && y > 0 ? x % y : 0; return x >= 0 && y > 0;
            case BinaryOp.FloorDiv: z = x >= 0 && y > 0 ? x / y : 0; return x >= 0 && y > 0;
            case BinaryOp.And: z = x & y; return true;
            case BinaryOp.Or: z = x | y; return true;
            case BinaryOp.Xor: z = x ^ y; return true;
            default: z = 0; return false;
        }
    }

    /// <summary>A float chain's operand at <paramref name="ip"/>: LOAD_CONST or LOAD_FAST (1
    /// instruction), or LOAD_FAST LOAD_ATTR (2) when the attribute site's cache finds an instance
    /// value or slot of the local's object (InstanceValueHit: a read without side effects). 0: not
    /// an operand, or an attribute the cache does not find (the ordinary path looks it up or
    /// raises). An unbound local gives a null operand, which the caller's type test rejects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ChainLoad(CodeObject code, int[] instrs, int ip, Slot[] s, PyObject[] consts, out PyObject? w)
    {
        int nx = instrs[ip];
        int nop = nx & 0xFF;
        if (nop == (int)Op.LoadConst) { w = consts[nx >> 8]; return 1; }
        if (nop == (int)Op.LoadFast)
        {
            w = s[nx >> 8].V;
            if ((instrs[ip + 1] & 0xFF) != (int)Op.LoadAttr) return 1;
            if (w is null) return 0;
            w = InstanceValueHit(code, ip + 1, w);
            return w is null ? 0 : 2;
        }
        w = null;
        return 0;
    }

    /// <summary>
    /// LOAD_FAST's pair followed by COMPARE_OP or IS_OP (<paramref name="cmp"/>, at <paramref name="at"/>) and
    /// POP_JUMP_IF_FALSE|TRUE (<paramref name="jump"/>): the instruction to go on at when the comparison
    /// needs no method (`is`; exact plain ints, floats, strs), else -1 and the loop pushes the pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareJump(PyObject v, PyObject w, int cmp, int jump, int at)
    {
        int jop = jump & 0xFF;
        if (jop != (int)Op.PopJumpIfFalse && jop != (int)Op.PopJumpIfTrue) return -1;
        bool c;
        var op = (CompareOp)(cmp >> 8);
        if ((cmp & 0xFF) == (int)Op.IsOp) c = ReferenceEquals(v, w) != ((cmp >> 8) != 0);
        else if (v.GetType() == typeof(PyInt) && w.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(v).IsPlain && Unsafe.As<PyInt>(w).IsPlain)
            c = Ops.CmpLong(Unsafe.As<PyInt>(v).V, Unsafe.As<PyInt>(w).V, op);
        else if (v.GetType() == typeof(PyFloat) && w.GetType() == typeof(PyFloat))
            c = FloatCompare(Unsafe.As<PyFloat>(v).V, Unsafe.As<PyFloat>(w).V, op);
        else if (v.GetType() == typeof(PyStr) && w.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(v).Sub is null && Unsafe.As<PyStr>(w).Sub is null)
            c = op switch
            {
                CompareOp.Eq => PyStr.TextEquals(Unsafe.As<PyStr>(v).V, Unsafe.As<PyStr>(w).V),
                CompareOp.Ne => !PyStr.TextEquals(Unsafe.As<PyStr>(v).V, Unsafe.As<PyStr>(w).V),
                _ => Ops.Cmp(PyStr.Compare(Unsafe.As<PyStr>(v).V, Unsafe.As<PyStr>(w).V), op),
            };
        else return -1;
        return c == (jop == (int)Op.PopJumpIfTrue) ? jump >> 8 : at + 2;
    }

    /// <summary>An IEEE comparison of two floats (false with a NaN, except !=), for the loop's inline COMPARE_OP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatCompare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>COMPARE_OP on exact floats (IEEE comparisons: every comparison with a NaN is false
    /// except !=), exact strs and big ints; else the generic rich comparison.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CompareNumeric(PyObject a, PyObject b, CompareOp op)
    {
        // Each test is `x.GetType() == typeof(T)`, a method-table compare; a Type held in a local
        // or compared with another object's Type calls Object.GetType (seen in json_roundtrip's profile).
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
        {
            double x = Unsafe.As<PyFloat>(a).V, y = Unsafe.As<PyFloat>(b).V;
            return PyBool.From(FloatCompare(x, y, op));
        }
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            var sa = Unsafe.As<PyStr>(a);
            var sb = Unsafe.As<PyStr>(b);
            if (sa.Sub is null && sb.Sub is null)
            {
                if (op == CompareOp.Eq) return PyBool.From(PyStr.TextEquals(sa.V, sb.V));
                if (op == CompareOp.Ne) return PyBool.From(!PyStr.TextEquals(sa.V, sb.V));
                return PyBool.From(Ops.Cmp(PyStr.Compare(sa.V, sb.V), op));
            }
        }
        else if (PyInt.IsExactInt(a) && PyInt.IsExactInt(b))
        {
            if (Unsafe.As<PyInt>(a).Sub is null && Unsafe.As<PyInt>(b).Sub is null)
                return PyBool.From(Ops.Cmp(Unsafe.As<PyInt>(a).ToBig().CompareTo(Unsafe.As<PyInt>(b).ToBig()), op));
        }
        // An exact float and an int of at most 53 bits (`disc < 0`): the int converts exactly, so
        // the IEEE comparison is float_richcompare's exact one (nan: all false but !=).
        else if ((a.GetType() == typeof(PyFloat) || b.GetType() == typeof(PyFloat)) && AsChainOperand(a, out double x) && AsChainOperand(b, out double y))
            return PyBool.From(FloatCompare(x, y, op));
        return Ops.RichCompare(a, b, op);
    }

    // ------------------------------------------------------------------ BINARY_SUBSCR / STORE_SUBSCR

    /// <summary>BINARY_SUBSCR after the loop's inline list case: a tuple or str by int, a dict by
    /// any key (dict's own hashing has the str and int fast paths); else the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? SubscrData(PyObject o, PyObject key)
    {
        if (o.GetType() == typeof(PyTuple))
        {
            if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && Unsafe.As<PyTuple>(o).Sub is null)
            {
                var items = Unsafe.As<PyTuple>(o).Items;
                long i = Unsafe.As<PyInt>(key).V;
                if (i < 0) i += items.Length;
                if ((ulong)i < (ulong)items.Length) return items[i];
            }
        }
        else if (o.GetType() == typeof(PyDict))
        {
            var d = Unsafe.As<PyDict>(o);
            // An exact dict has no __missing__: a miss is reported as null and raised by the loop
            // (KeyMissing), without a .NET throw; `try: d[k] except KeyError:` is common.
            if (d.Sub is null) return d.TryGetValue(key, out var v) ? v : null;
        }
        else if (o.GetType() == typeof(PyStr))
        {
            var s = Unsafe.As<PyStr>(o);
            if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && s.Sub is null && !s.HasAstral)
            {
                long i = Unsafe.As<PyInt>(key).V;
                if (i < 0) i += s.V.Length;
                if ((ulong)i < (ulong)s.V.Length)
                {
                    // `text[pos]`: a Latin-1 character's shared str read here (FromChar was a call).
                    char c = s.V[(int)i];
                    return c < 256 ? PyStr.Latin1Table[c] : PyStr.FromChar(c);
                }
            }
        }
        return Ops.GetItem(o, key);
    }

    /// <summary>
    /// DUP_TOP_TWO BINARY_SUBSCR LOAD_CONST c INPLACE_OP += ROT_THREE STORE_SUBSCR (`d[k] += 1`, a
    /// counter; DUP_TOP_TWO at ip - 1, the stack ending [.., d, k]) on an exact dict holding an exact
    /// int under an exact str or int key, with c an exact int and a sum in 64 bits: the value is
    /// replaced in its entry after one lookup (PyDict.TryAddToInt), d and k are popped, and the loop
    /// goes on after the STORE_SUBSCR. No user code runs on this path (the key's hash is str's or
    /// int's, the probe declines at a stored key of the same hash whose __eq__ could run, exact
    /// dicts have no __missing__), so CPython's two lookups and its int add give the same dict.
    /// False with the stack untouched: the instructions run one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DictCounterAdd(CodeObject code, Slot[] s, int sp, nint instrs, int ip)
    {
        if ((Fetch(instrs, ip + 1) & 0xFF) != (int)Op.LoadConst) return false;
        int opWord = Fetch(instrs, ip + 2);
        if ((opWord & 0xFF) != (int)Op.InplaceOp || (opWord >> 8) != (int)BinaryOp.Add) return false;
        if ((Fetch(instrs, ip + 3) & 0xFF) != (int)Op.RotThree || (Fetch(instrs, ip + 4) & 0xFF) != (int)Op.StoreSubscr) return false;
        var c = code.Constants[Fetch(instrs, ip + 1) >> 8];
        if (c.GetType() != typeof(PyInt)) return false;
        var d = Unsafe.As<PyDict>(s[sp - 2].V!);
        var k = s[sp - 1].V!;
        if (d.Sub is not null) return false;
        long h;
        if (k.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(k).Sub is null) h = Unsafe.As<PyStr>(k).Hash();
        else if (k.GetType() == typeof(PyInt)) h = Unsafe.As<PyInt>(k).Hash();
        else return false;
        if (!d.TryAddToInt(k, h, Unsafe.As<PyInt>(c).V)) return false;
        s[sp - 1].V = null;
        s[sp - 2].V = null;
        return true;
    }

    /// <summary>l[i] of an exact list and a plain int index in range (negative from the end), else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? ListItemAt(PyObject o, PyObject key)
    {
        if (o.GetType() != typeof(PyList) || key.GetType() != typeof(PyInt)) return null;
        var l = Unsafe.As<PyList>(o);
        long i = Unsafe.As<PyInt>(key).V;
        if (i < 0) i += l.Count;
        return l.Sub is null && Unsafe.As<PyInt>(key).IsPlain && (ulong)i < (ulong)l.Count ? l.Items[i] : null;
    }

    /// <summary>
    /// LOAD_FAST s LOAD_FAST|LOAD_CONST i BINARY_SUBSCR with s an exact str without astral characters
    /// and i a plain int index in range (negative from the end): the character's str as SubscrData
    /// gives it (the shared Latin-1 str, or a new one-character str), then, at `at` (the instruction
    /// after BINARY_SUBSCR), STORE_FAST (`ch = text[pos]`) stores it, or LOAD_CONST c CONTAINS_OP
    /// POP_JUMP_IF_FALSE|TRUE with c an exact str (`text[pos] in " \t\r\n"`) decides the jump
    /// (StrSearch.Contains, as ContainsData). Returns the instruction to go on at; -2 when neither
    /// follows (the item is then in s[sp], to be pushed); -1, nothing read or done, for any other
    /// str or index (the ordinary BINARY_SUBSCR raises or calls). Runs no Python code, raises nothing.
    /// One call per character (two calls were 0.8 M instructions of json_roundtrip's 30 M).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StrItemStep(CodeObject code, Slot[] s, nint instrs, int at, PyObject o, PyObject key, int sp)
    {
        if (key.GetType() != typeof(PyInt)) return -1;
        var str = Unsafe.As<PyStr>(o);
        if (!str.IsExact || str.HasAstral) return -1;
        long i = Unsafe.As<PyInt>(key).V;
        string t = str.V;
        if (i < 0) i += t.Length;
        if ((ulong)i >= (ulong)t.Length) return -1;
        char ch = t[(int)i];
        PyStr item = ch < 256 ? PyStr.Latin1Table[ch] : PyStr.FromChar(ch);
        int nx = Fetch(instrs, at);
        if ((nx & 0xFF) == (int)Op.StoreFast)
        {
            s[nx >> 8].V = item;
            return at + 1;
        }
        if ((nx & 0xFF) == (int)Op.LoadConst && code.Constants[nx >> 8] is var c && c.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(c).IsExact)
        {
            int cop = Fetch(instrs, at + 1);
            int jump = Fetch(instrs, at + 2);
            int jop = jump & 0xFF;
            if ((cop & 0xFF) == (int)Op.ContainsOp && (jop == (int)Op.PopJumpIfFalse || jop == (int)Op.PopJumpIfTrue))
            {
                bool r = StrSearch.Contains(Unsafe.As<PyStr>(c).V, item.V) != ((cop >> 8) != 0);
                return r == (jop == (int)Op.PopJumpIfTrue) ? jump >> 8 : at + 3;
            }
        }
        s[sp].V = item;
        return -2;
    }

    /// <summary>The item of LOAD_FAST a, then `nx` (LOAD_FAST|LOAD_CONST i), then BINARY_SUBSCR: a[i] of an
    /// exact list and an index in range, else null (an unbound local too: the ordinary path raises).
    /// Out of the loop: the constants array read inline here kept another loop local in a register,
    /// and the dispatch block then spilled the opcode (63 -> 78 bytes).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? PairSubscrItem(CodeObject code, Slot[] s, int nx, PyObject a)
    {
        var key = (nx & 0xFF) == (int)Op.LoadConst ? code.Constants[nx >> 8] : (nx & 0xFF) == (int)Op.LoadFast ? s[nx >> 8].V : null;
        return key is null ? null : ListItemAt(a, key);
    }

    /// <summary>The item of LOAD_FAST a LOAD_FAST i LOAD_CONST c BINARY_OP +|- BINARY_SUBSCR (`perm1[i + 1]`,
    /// `a[j - 1]`): a[i ± c] of an exact list, plain ints i and c, and an index in range after the
    /// negative adjustment, else null (the ordinary path then runs the three instructions and
    /// raises what it raises). `at` is the LOAD_CONST's index. Out of the loop, as PairSubscrItem.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? PairOffsetItem(CodeObject code, int at, PyObject a, PyObject i)
    {
        var ins = code.Code;
        if (at + 2 >= ins.Length || (ins[at + 2] & 0xFF) != (int)Op.BinarySubscr || i.GetType() != typeof(PyInt)) return null;
        int op = ins[at + 1];
        if (op != (((int)BinaryOp.Add << 8) | (int)Op.BinaryOp) && op != (((int)BinaryOp.Sub << 8) | (int)Op.BinaryOp)) return null;
        var c = code.Constants[ins[at] >> 8];
        if (c.GetType() != typeof(PyInt)) return null;
        long cv = Unsafe.As<PyInt>(c).V, iv = Unsafe.As<PyInt>(i).V;
        // Both 64-bit: a sum past ±2**62 is no index of a list either way (the ordinary path then computes it exactly).
        if (cv > (1L << 62) || cv < -(1L << 62) || iv > (1L << 62) || iv < -(1L << 62)) return null;
        long k = (op >> 8) == (int)BinaryOp.Add ? iv + cv : iv - cv;
        var l = Unsafe.As<PyList>(a);
        if (l.Sub is not null) return null;
        if (k < 0) k += l.Count;
        return (ulong)k < (ulong)l.Count ? l.Items[k] : null;
    }

    /// <summary>l[i] = v for an index the caller checked against l.Count. Without the array store's
    /// covariance check (StelemRef: PyObject[] could be an array of a subtype; a list's never is,
    /// every Items array being made as PyObject[]), 5-7 % of nbody's samples; the write barrier stays.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetListItem(PyList l, int i, PyObject v) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(l.Items), i) = v;

    /// <summary>BUILD_SLICE 2|3 followed by BINARY_SUBSCR or STORE_SUBSCR (`perm[k::-1]`,
    /// `perm[:k + 1] = v`) on an exact list whose bounds are None or plain ints: the indices straight
    /// from the stack, no slice object. Returns the stack pointer after the pair, or -1 when the
    /// ordinary path must run (anything else; it then makes the slice and raises what it raises).
    /// `sub` is the subscript instruction's index: a store's errors (an extended slice of another
    /// length, a value that is not iterable) are reported there, as the ordinary path would.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ListSliceStep(Frame f, Slot[] s, int sp, int arg, bool store, int sub)
    {
        var o = s[sp - arg - 1].V!;
        if (o.GetType() == typeof(PyStr)) return store ? -1 : StrSliceStep(s, sp, arg, Unsafe.As<PyStr>(o));
        if (o.GetType() != typeof(PyList) || Unsafe.As<PyList>(o).Sub is not null) return -1;
        var l = Unsafe.As<PyList>(o);
        if (!PySlice.PlainIndices(s[sp - arg].V!, s[sp - arg + 1].V!, arg == 3 ? s[sp - 1].V! : PyNone.Instance, l.Count,
                out long start, out long stop, out long step, out long count))
            return -1;
        if (!store)
        {
            if (step == -1 && arg == 3 && ReversedPrefixStore(f, s, sp, l, sub) is var rev and >= 0) return rev;
            var r = ListMethods.GetSliceAt(l, start, step, count);
            for (int i = sp - arg; i < sp; i++) s[i].V = null;
            sp -= arg;
            s[sp - 1].V = r;
            return sp;
        }
        f.Ip = sub;
        var v = s[sp - arg - 2].V!;
        for (int i = sp - arg - 2; i < sp; i++) s[i].V = null;
        ListMethods.SetSliceAt(l, start, stop, step, count, v);
        return sp - arg - 2;
    }

    /// <summary>`a[:k + 1] = a[k::-1]` (fannkuch's flip; `a[0:k + 1]` too) as one reversal in place, at
    /// the source slice's BUILD_SLICE 3 BINARY_SUBSCR: the stack holds `a`, `k`, None, -1 and the
    /// next seven instructions are LOAD_FAST a' LOAD_CONST None|0 LOAD_FAST k' LOAD_CONST 1
    /// BINARY_OP + BUILD_SLICE 2 STORE_SUBSCR, where local a' is the same list and local k' is an
    /// exact int equal to the source's start with 0 &lt;= k &lt; len(a). Then the source slice is
    /// a[k], ..., a[0] (k + 1 items) and the target a[0:k + 1] (k + 1 items): the store puts the
    /// reversed prefix back where it was, which is what reversing it in place does, without the
    /// intermediate list (nothing between the two runs Python code: both operands are exact).
    /// Returns the stack pointer after the store with the number of instructions skipped past the
    /// BINARY_SUBSCR in bits 24 and up, or -1 when the shape or the values do not match.</summary>
    private static int ReversedPrefixStore(Frame f, Slot[] s, int sp, PyList l, int sub)
    {
        var code = f.Code;
        var ins = code.Code;
        if (sub + 7 >= ins.Length) return -1;
        if (s[sp - 2].V is not PyNone) return -1;   // the source's stop
        var ks = s[sp - 3].V!;
        if (ks.GetType() != typeof(PyInt)) return -1;
        long k = Unsafe.As<PyInt>(ks).V;
        if ((ulong)k >= (ulong)l.Count) return -1;
        int w1 = ins[sub + 1], w2 = ins[sub + 2], w3 = ins[sub + 3], w4 = ins[sub + 4];
        if ((w1 & 0xFF) != (int)Op.LoadFast || (w2 & 0xFF) != (int)Op.LoadConst || (w3 & 0xFF) != (int)Op.LoadFast
            || (w4 & 0xFF) != (int)Op.LoadConst || ins[sub + 5] != (((int)BinaryOp.Add << 8) | (int)Op.BinaryOp)
            || ins[sub + 6] != ((2 << 8) | (int)Op.BuildSlice) || (ins[sub + 7] & 0xFF) != (int)Op.StoreSubscr)
            return -1;
        if (!ReferenceEquals(s[w1 >> 8].V, l)) return -1;
        var consts = code.Constants;
        var lo = consts[w2 >> 8];
        if (lo is not PyNone && !(lo.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(lo).V == 0)) return -1;
        var one = consts[w4 >> 8];
        if (one.GetType() != typeof(PyInt) || Unsafe.As<PyInt>(one).V != 1) return -1;
        var kt = s[w3 >> 8].V;
        if (kt is null || kt.GetType() != typeof(PyInt) || Unsafe.As<PyInt>(kt).V != k) return -1;
        var items = l.Items;
        for (int i = 0, j = (int)k; i < j; i++, j--)
        {
            var t = items[i];
            SetListItem(l, i, items[j]);
            SetListItem(l, j, t);
        }
        for (int i = sp - 4; i < sp; i++) s[i].V = null;
        return (sp - 4) | (7 << 24);
    }

    /// <summary>BUILD_SLICE BINARY_SUBSCR of an exact str without astral characters, None or plain int
    /// bounds and step 1 (`text[start:pos]`): the substring without a slice object, as Ops.StrSlice
    /// gives it (the whole str is the str itself; empty and one Latin-1 character the shared strs).
    /// -1 for anything else (a subclass's __getitem__, another step, an __index__ bound: the
    /// ordinary path).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StrSliceStep(Slot[] s, int sp, int arg, PyStr str)
    {
        if (!str.IsExact || str.HasAstral) return -1;
        string t = str.V;
        if (!PySlice.PlainIndices(s[sp - arg].V!, s[sp - arg + 1].V!, arg == 3 ? s[sp - 1].V! : PyNone.Instance, t.Length,
                out long start, out _, out long step, out long count) || step != 1)
            return -1;
        var r = count == t.Length ? str : PyStr.Slice(t, (int)start, (int)(start + count));
        for (int i = sp - arg; i < sp; i++) s[i].V = null;
        sp -= arg;
        s[sp - 1].V = r;
        return sp;
    }

    /// <summary>The KeyError of a missed exact-dict subscript (SubscrData returned null).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException KeyMissing(PyObject key) => Errors.NewException(TypeObjects.KeyError, [key]);

    /// <summary>STORE_SUBSCR after the loop's inline list case: an exact dict; else the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreSubscrData(PyObject o, PyObject key, PyObject v)
    {
        if (o.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(o).Sub is null) Unsafe.As<PyDict>(o).SetItem(key, v);
        else Ops.SetItem(o, key, v);
    }

    // ------------------------------------------------------------------ CONTAINS_OP

    /// <summary>`x in c` for an exact dict, set or str container (their own lookups), else the
    /// generic protocol (__contains__, then iteration).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ContainsData(PyObject container, PyObject item)
    {
        if (container.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(container).Sub is null) return Unsafe.As<PyDict>(container).ContainsKey(item);
        if (container.GetType() == typeof(PySet) && Unsafe.As<PySet>(container).Sub is null)
            return item.GetType() == typeof(PyInt) ? Unsafe.As<PySet>(container).ContainsPlainInt(Unsafe.As<PyInt>(item)) : Unsafe.As<PySet>(container).Contains(item);
        if (container.GetType() == typeof(PyStr) && item.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(container).Sub is null)
            return StrSearch.Contains(Unsafe.As<PyStr>(container).V, Unsafe.As<PyStr>(item).V);
        return Ops.Contains(container, item);
    }
}
