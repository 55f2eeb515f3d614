using System.Runtime.CompilerServices;
using Herthon.Runtime;
using Herthon.Compiling;

namespace Herthon.Evaluation;

// Calls from the eval loop of anything that is not a Python function, with the cfunction markers
// around builtin (C#-implemented) functions. Kept out of Interpreter.Loop.cs: the loop passes the
// frame, the call instruction's index and the callable, and everything else is derived here.
public static partial class Interpreter
{
    /// <summary>
    /// Calls a non-PyFunction <paramref name="callable"/> for the CALL / CALL_METHOD instruction at
    /// <paramref name="at"/> of <paramref name="f"/>. Untraced (and in plain builds, where
    /// <c>traced</c> stays a constant false) this is Ops.Call with the method-descriptor fast path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject CallOther(Frame f, int at, PyObject callable, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced)
            return CallOtherTraced(f, at, callable, args, kw);
        if (callable is PyBuiltinFunction { Fast: not BuiltinFast.None } b && kw is null && CallFastBuiltin(b.Fast, args) is { } r) return r;
        if (callable is PyType t && args.Length == 1 && kw is null && TypeCall1(t, args[0]) is { } tr) return tr;
        if (callable is PyMethodDescriptor md && args.Length > 0)
        {
            // lst.append(x) (CPython 3.11's PRECALL_NO_KW_LIST_APPEND): a list and one positional
            // argument need neither the descriptor's self check nor the argument parsing.
            if (ReferenceEquals(md, ListMethods.AppendDescriptor) && args.Length == 2 && kw is null && args[0] is PyList list)
            {
                list.Append(args[1]);
                return PyNone.Instance;
            }
            return md.CallUnbound(args, kw);
        }
        return Ops.Call(callable, args, kw);
    }

    /// <summary>
    /// `str(x)`, `float(x)` and `int(x)` with one positional argument and no keywords (CPython 3.11's
    /// PRECALL_NO_KW_STR_1 and PRECALL_BUILTIN_CLASS): what the type's __new__ gives for the
    /// argument kinds answered here, without Ops.Call, TypeCall and the __new__'s argument parsing.
    /// str: any argument (str.__new__'s one-argument case: an exact str itself, else str of
    /// Ops.Str, which calls __str__ and checks its result); float: an exact float (itself) or an
    /// exact int; int: an exact int (itself; int(str) and int(float) are the loop's own CALL path).
    /// Null for everything else (subclasses of float and int, whose __float__/__index__ may be their
    /// own, strings for float(), other types): the ordinary call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? TypeCall1(PyType t, PyObject x)
    {
        if (ReferenceEquals(t, TypeObjects.Str))
            return StrMethods.StrOf(x);
        if (ReferenceEquals(t, TypeObjects.Float))
        {
            if (x.GetType() == typeof(PyFloat)) return x;
            if (x is PyInt { Sub: null } i) return new PyFloat(i.ToDouble());
            return null;
        }
        if (ReferenceEquals(t, TypeObjects.Int) && x is PyInt { Sub: null } && x is not PyBool) return x;
        return null;
    }

    /// <summary>
    /// CALL 2 of builtin isinstance (CPython 3.11's PRECALL_NO_KW_ISINSTANCE): the test without the
    /// call path's layers. Null (nothing done, the call takes CallAt) with keyword names pending or
    /// a cfunction marker enabled.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? IsInstanceCall(Frame f, PyObject o, PyObject cls)
    {
        if (f.KwNames is not null) return null;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced) return null;
        return Builtins.IsInstance(o, cls) ? PyBool.True : PyBool.False;
    }

    /// <summary>
    /// CALL 1 of builtin len (CPython 3.11's PRECALL_NO_KW_LEN) on an exact list, tuple, str or dict
    /// (none can run Python code for its length): the length replaces len and its argument (the
    /// caller's stack ends [.., len, o]) and true. False, with nothing done, for every other
    /// argument (subclasses, whose __len__ may be their own, sets, ranges, user classes), with
    /// keyword names pending or with a cfunction marker enabled: the call then takes CallAt.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LenCall(Frame f, Slot[] s, int sp)
    {
        int n = PlainLen(f, s[sp - 1].V!);
        if (n < 0) return false;
        s[sp - 1].V = null;
        s[sp - 2].V = PyInt.From(n);
        return true;
    }

    /// <summary>len(o) of an exact list, tuple, str or dict, which runs no Python code, when no keyword
    /// names are pending and no cfunction marker is enabled (the call is then not observable as a
    /// call); -1 for anything else, nothing done (LenCall, LenCompareJump).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainLen(Frame f, PyObject o)
    {
        if (f.KwNames is not null) return -1;
        int n;
        if (o.GetType() == typeof(PyList) && Unsafe.As<PyList>(o).Sub is null) n = Unsafe.As<PyList>(o).Count;
        else if (o.GetType() == typeof(PyTuple) && Unsafe.As<PyTuple>(o).Sub is null) n = Unsafe.As<PyTuple>(o).Items.Length;
        else if (o.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(o).Sub is null) n = Unsafe.As<PyStr>(o).CodePointLength;
        else if (o.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(o).Sub is null) n = Unsafe.As<PyDict>(o).Count;
        else return -1;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        return traced ? -1 : n;
    }

    /// <summary>ord(o) of a str of one UTF-16 unit when no keyword names are pending and no cfunction
    /// marker is enabled; -1 for anything else, nothing done (LenGlobalStep).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainOrd(Frame f, PyObject o)
    {
        if (o is not PyStr { V.Length: 1 } str || f.KwNames is not null) return -1;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        return traced ? -1 : str.V[0];
    }

    /// <summary>
    /// LOAD_FAST i LOAD_GLOBAL len, then (at `at`) LOAD_FAST o CALL 1 COMPARE_OP POP_JUMP_IF_FALSE|TRUE
    /// (`while pos < len(text):`) with i an exact int and o an exact list, tuple, str or dict (LenCall's
    /// kinds: no Python code runs for the length, the comparison is of two ints): the instruction the
    /// jump goes on at, without the length made an int or pushed. -1, nothing done, for anything else
    /// (o unbound included: the LOAD_FAST raises on the ordinary path), with keyword names pending
    /// or with a cfunction marker enabled.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LenCompareJump(Frame f, Slot[] s, nint instrs, int at, PyObject i)
    {
        if (i.GetType() != typeof(PyInt) || Fetch(instrs, at + 1) != ((1 << 8) | (int)Op.Call)) return -1;
        int cmp = Fetch(instrs, at + 2);
        int jump = Fetch(instrs, at + 3);
        if ((cmp & 0xFF) != (int)Op.CompareOp || ((jump & 0xFF) != (int)Op.PopJumpIfFalse && (jump & 0xFF) != (int)Op.PopJumpIfTrue)) return -1;
        var o = s[Fetch(instrs, at) >> 8].V;
        int n = o is null ? -1 : PlainLen(f, o);
        if (n < 0) return -1;
        bool c = Ops.CmpLong(Unsafe.As<PyInt>(i).V, n, (CompareOp)(cmp >> 8));
        return c == ((jump & 0xFF) == (int)Op.PopJumpIfTrue) ? jump >> 8 : at + 4;
    }

    /// <summary>
    /// LOAD_GLOBAL len (its cache's hit; <paramref name="ip"/> is the instruction after it), then
    /// LOAD_FAST o (or LOAD_GLOBAL o on its cache's hit) CALL 1 with o an exact list, tuple, str or dict (PlainLen's kinds: no Python code
    /// runs, nothing can raise, no keyword names, no cfunction marker): when LOAD_FAST|LOAD_CONST n
    /// COMPARE_OP POP_JUMP_IF_FALSE|TRUE follow with n an exact int (`if len(buf) == size:`,
    /// `while len(stack) > 0:`), the index the jump goes on at, nothing pushed; otherwise the length
    /// is stored at s[sp] and -2 returned (the loop goes on after the CALL with one more on the
    /// stack: `n = len(items)`, `[len(c) for c in cs]`, `i % len(WORDS)`). -1, nothing done, for
    /// anything else (o unbound or a global's cache missed: the ordinary path raises or looks it up). CPython 3.11 runs LOAD_GLOBAL,
    /// LOAD_FAST, PRECALL_NO_KW_LEN and CALL for it; `i < len(o)` is LenCompareJump's.
    /// The same for builtin ord (<paramref name="kind"/> Ord) of a str holding one UTF-16 unit (a BMP
    /// character or a lone surrogate; str subclasses too, as ord reads the value without any
    /// dunder): `if ord(ch) < 0x20:`, `n = ord(c)`. Astral characters, other lengths and other
    /// types take the CALL, which answers or raises.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LenGlobalStep(Frame f, Slot[] s, nint instrs, int ip, int sp, BuiltinFast kind)
    {
        int load = Fetch(instrs, ip);
        if (Fetch(instrs, ip + 1) != ((1 << 8) | (int)Op.Call)) return -1;
        PyObject? o;
        if ((load & 0xFF) == (int)Op.LoadFast) o = s[load >> 8].V;
        else if ((load & 0xFF) == (int)Op.LoadGlobal) o = GlobalHit(f.Code, ip, f);   // `len(WORDS)`: the cache's hit only
        else return -1;
        int n = o is null ? -1 : kind == BuiltinFast.Len ? PlainLen(f, o) : PlainOrd(f, o);
        if (n < 0) return -1;
        int w = Fetch(instrs, ip + 2);
        int cmp = Fetch(instrs, ip + 3);
        int jump = Fetch(instrs, ip + 4);
        if ((cmp & 0xFF) == (int)Op.CompareOp && ((jump & 0xFF) == (int)Op.PopJumpIfFalse || (jump & 0xFF) == (int)Op.PopJumpIfTrue))
        {
            PyObject? r = (w & 0xFF) == (int)Op.LoadFast ? s[w >> 8].V
                : (w & 0xFF) == (int)Op.LoadConst ? f.Code.Constants[w >> 8] : null;
            if (r is not null && r.GetType() == typeof(PyInt))
            {
                bool c = Ops.CmpLong(n, Unsafe.As<PyInt>(r).V, (CompareOp)(cmp >> 8));
                return c == ((jump & 0xFF) == (int)Op.PopJumpIfTrue) ? jump >> 8 : ip + 5;
            }
        }
        s[sp].V = PyInt.From(n);
        return -2;
    }

    /// <summary>Whether a LOAD_FAST before the LOAD_GLOBAL at <paramref name="at"/> of len or one of
    /// math's one-float functions (<paramref name="kind"/>) should leave it to LOAD_GLOBAL's fused
    /// call (LenGlobalStep, MathGlobalCall) rather than take it as a pair: LOAD_FAST, LOAD_CONST or
    /// LOAD_GLOBAL, then CALL 1 follow (`t += sin(x)`, `n += len(o)`), and for len no COMPARE_OP
    /// after the CALL (`i < len(o)` with its jump is the pair's LenCompareJump). Each instruction is
    /// read only after one that is never a code's last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GlobalCallAfterPair(nint instrs, int at, BuiltinFast kind)
    {
        int load = Fetch(instrs, at + 1) & 0xFF;
        if (load != (int)Op.LoadFast && load != (int)Op.LoadConst && load != (int)Op.LoadGlobal) return false;
        if (Fetch(instrs, at + 2) != ((1 << 8) | (int)Op.Call)) return false;
        return kind != BuiltinFast.Len || (Fetch(instrs, at + 3) & 0xFF) != (int)Op.CompareOp;
    }

    /// <summary>
    /// `isinstance(o, (C1, …, Cn))` at BUILD_TUPLE n before CALL 2, the classes still on the stack
    /// (s[sp-n..sp-1], o below them): when every item is a plain class (metaclass type: no
    /// __instancecheck__ can run, nothing can see the tuple) the result; null (the tuple is built and
    /// the call made as usual) otherwise, with keyword names pending or a cfunction marker enabled.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? IsInstanceOfItems(Frame f, Slot[] s, int sp, int n)
    {
        if (f.KwNames is not null) return null;
        for (int i = sp - n; i < sp; i++) if (s[i].V is not PyType { Metaclass: null }) return null;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced) return null;
        var ot = s[sp - n - 1].V!.Type;
        // An instance whose __class__ is not its type: the tuple is built and each item tested,
        // then __class__ looked up, in CPython's order (Builtins.IsInstance).
        if (!ot.ClassIsOwnType()) return null;
        for (int i = sp - n; i < sp; i++)
        {
            var t = Unsafe.As<PyType>(s[i].V!);
            if (ReferenceEquals(ot, t) || ot.IsSubtypeOf(t)) return PyBool.True;
        }
        return PyBool.False;
    }

    /// <summary>
    /// `if isinstance(x, C):` and `if isinstance(x, (C1, …, Cn)):` in one dispatch, at LOAD_GLOBAL of
    /// the builtin isinstance (its cache's hit; the instruction after it at <paramref name="ip"/>):
    /// LOAD_FAST x, LOAD_GLOBAL C1 … Cn (each its cache's hit), BUILD_TUPLE n when n &gt; 1 (or n = 1),
    /// CALL 2, POP_JUMP_IF_FALSE|TRUE. Nothing is pushed: the index of the instruction to run next,
    /// or -1 (nothing done; LOAD_GLOBAL pushes isinstance and the instructions run one by one, the
    /// CALL's own fast paths included). Answered only where no code can run and nothing can raise:
    /// x bound, every class plain (metaclass type: no __instancecheck__), x's `__class__` its type
    /// (ClassIsOwnType: no lookup that could raise or answer otherwise), no keyword names, no
    /// cfunction marker enabled (the CALL fires it). CPython 3.11 runs the same as
    /// PRECALL_NO_KW_ISINSTANCE after three pushes and a tuple.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IsInstanceJump(Frame f, Slot[] s, int ip)
    {
        var code = f.Code;
        nint instrs = code.Instructions;
        int w = Fetch(instrs, ip);
        if ((w & 0xFF) != (int)Op.LoadFast || s[w >> 8].V is not { } o) return -1;
        var ot = o.Type;
        if (!ot.ClassIsOwnType()) return -1;
        bool found = false;
        int at = ip + 1, n = 0;
        while (((w = Fetch(instrs, at)) & 0xFF) == (int)Op.LoadGlobal)
        {
            if (GlobalHit(code, at, f) is not PyType { Metaclass: null } t) return -1;
            if (!found && (ReferenceEquals(ot, t) || ot.IsSubtypeOf(t))) found = true;
            at++;
            if (++n > 16) return -1;
        }
        if (n == 0) return -1;
        if ((w & 0xFF) == (int)Op.BuildTuple)
        {
            if (w >> 8 != n) return -1;
            w = Fetch(instrs, ++at);
        }
        else if (n != 1) return -1;
        if (w != ((2 << 8) | (int)Op.Call)) return -1;
        int j = Fetch(instrs, at + 1);
        bool jumpIf;
        if ((j & 0xFF) == (int)Op.PopJumpIfTrue) jumpIf = true;
        else if ((j & 0xFF) == (int)Op.PopJumpIfFalse) jumpIf = false;
        else return -1;
        if (f.KwNames is not null) return -1;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced) return -1;
        return found == jumpIf ? j >> 8 : at + 2;
    }

    /// <summary>len(x), isinstance(x, cls), abs(x), ord(c) and math's one-argument functions called positionally with their argument count, or null
    /// (the call takes Fn's path, which raises the arity errors).</summary>
    private static PyObject? CallFastBuiltin(BuiltinFast kind, ReadOnlySpan<PyObject> args)
    {
        switch (kind)
        {
            case BuiltinFast.Len when args.Length == 1:
                return PyInt.From(Ops.Len(args[0]));
            case BuiltinFast.IsInstance when args.Length == 2:
                return Builtins.IsInstance(args[0], args[1]) ? PyBool.True : PyBool.False;
            case BuiltinFast.Abs when args.Length == 1:
                {
                    // An exact float gives a new float (float_abs); a non-negative exact int is its
                    // own absolute value (long_abs); the rest (bool, subclasses, __abs__) via Fn.
                    var o = args[0];
                    if (o.GetType() == typeof(PyFloat)) return new PyFloat(Math.Abs(Unsafe.As<PyFloat>(o).V));
                    if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsPlain)
                    {
                        long v = Unsafe.As<PyInt>(o).V;
                        return v >= 0 ? o : v != long.MinValue ? PyInt.From(-v) : null;
                    }
                    return null;
                }
            case BuiltinFast.Ord when args.Length == 1:
                // One UTF-16 unit (a BMP character or a lone surrogate) of any str; the rest
                // (astral pairs, bytes, the errors) via Fn.
                return args[0] is PyStr { V.Length: 1 } s ? PyInt.From(s.V[0]) : null;
            case BuiltinFast.DivMod when args.Length == 2:
                {
                    // int_divmod of two 64-bit ints of type int or bool (floor quotient, remainder
                    // with the divisor's sign), one tuple; the rest (floats, big values, subclasses
                    // whose __divmod__ may be their own, a zero divisor, MinValue // -1) via Fn.
                    PyObject v = args[0], w = args[1];
                    if (v is PyInt iv && iv.IsPlain && w is PyInt iw && iw.IsPlain)
                    {
                        long x = iv.V, y = iw.V;
                        if (y == 0 || (y == -1 && x == long.MinValue)) return null;
                        long q = x / y, m = x - q * y;
                        if (m != 0 && ((m < 0) != (y < 0))) { q--; m += y; }
                        return PyTuple.Of(PyInt.From(q), PyInt.From(m));
                    }
                    return null;
                }
            case >= BuiltinFast.MathSqrt when args.Length == 1:
                return MathOne(kind, args[0]);
            default:
                return null;
        }
    }

    /// <summary>math.sqrt/sin/cos/… of an exact float or a plain int whose result is not an error
    /// (CPython's math_1: a nan from a non-nan argument is a domain error, an infinity from a finite
    /// one a domain or range error); null for anything else, which the function's own path handles
    /// (argument conversion with __float__/__index__, the errors).</summary>
    private static PyObject? MathOne(BuiltinFast kind, PyObject arg) =>
        MathArgument(arg, out double x) && MathOneDouble(kind, x, out double r) ? new PyFloat(r) : null;

    /// <summary>The double an exact float or a plain int gives math's one-float functions without
    /// running any code; false for anything else (bool, subclasses, __float__/__index__ objects,
    /// ints past 64 bits: the function's own path converts or raises).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MathArgument(PyObject a, out double x)
    {
        if (a.GetType() == typeof(PyFloat)) { x = Unsafe.As<PyFloat>(a).V; return true; }
        if (a.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsPlain) { x = Unsafe.As<PyInt>(a).V; return true; }
        x = 0;
        return false;
    }

    /// <summary>MathOne's function of the double <paramref name="x"/>: false (the function's own
    /// path raises) where CPython's math_1 reports an error.</summary>
    private static bool MathOneDouble(BuiltinFast kind, double x, out double r)
    {
        switch (kind)
        {
            case BuiltinFast.MathSqrt: r = Math.Sqrt(x); break;
            case BuiltinFast.MathSin: r = Math.Sin(x); break;
            case BuiltinFast.MathCos: r = Math.Cos(x); break;
            case BuiltinFast.MathTan: r = Math.Tan(x); break;
            case BuiltinFast.MathAsin: r = Math.Asin(x); break;
            case BuiltinFast.MathAcos: r = Math.Acos(x); break;
            case BuiltinFast.MathAtan: r = Math.Atan(x); break;
            case BuiltinFast.MathExp: r = Math.Exp(x); break;
            case BuiltinFast.MathFabs: r = Math.Abs(x); break;
            default: r = 0; return false;
        }
        return !((double.IsNaN(r) && !double.IsNaN(x)) || (double.IsInfinity(r) && double.IsFinite(x)));
    }

    /// <summary>
    /// A float result <paramref name="z"/> (of BINARY_OP, or the end of a float chain) that is the
    /// only argument of the CALL 1 or CALL_METHOD 1 right after it (`sqrt(x * x + y * y)`,
    /// `int((p.x - x0) * sx)`, `math.sqrt(d)`): when the callable is builtin `int` or one of
    /// math's one-float functions (BuiltinFast.MathSqrt..), the call's result, made from the
    /// unboxed double, so the argument float is never made. Null (z is boxed and the CALL runs as
    /// always) for any other callable, a CALL_METHOD with a bound self, keyword names pending, the
    /// cfunction markers enabled (their entry and return fire on the ordinary path), or an
    /// argument the function rejects (nan or an infinity for int, math_1's domain and range
    /// errors), which the ordinary path raises with its traceback. The argument was never stored
    /// anywhere Python code can reach, so no `is`, id() or alias sees that it was not made.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? FloatArgCall(Frame f, Slot[] s, int sp, int call, double z)
    {
        PyObject? callable;
        if ((call & 0xFF) == (int)Op.Call) callable = s[sp - 1].V;
        else if (s[sp - 1].V is null) callable = s[sp - 2].V;
        else return null;
        if (f.KwNames is not null) return null;
        if (ReferenceEquals(callable, TypeObjects.Int))
            return double.IsFinite(z) ? Builtins.IntFromDouble(z) : null;
        if (callable is PyBuiltinFunction { Fast: >= BuiltinFast.MathSqrt } b)
        {
            bool traced = false;
            Probes.Probes.CFunctionEnabled(ref traced);
            if (traced) return null;
            return MathOneDouble(b.Fast, z, out double r) ? new PyFloat(r) : null;
        }
        return null;
    }

    /// <summary>Where a math call fused into its LOAD_GLOBAL ended (<see cref="MathGlobalCall"/>):
    /// the one float made and the loop's registers; R null when the call was not made.</summary>
    private readonly struct MathCallEnd(PyObject? r, int ip, int sp)
    {
        public readonly PyObject? R = r;
        public readonly int Ip = ip;
        public readonly int Sp = sp;
    }

    /// <summary>
    /// `sin(i)`, `cos(a) * 3`, `2.0 * sqrt(d)`, `exp(t) - 1` in one dispatch, at the LOAD_GLOBAL of
    /// one of math's one-float functions (<paramref name="kind"/>, the global cache's hit; the
    /// instruction after it at <paramref name="ip"/>): LOAD_FAST x or LOAD_CONST c, then CALL 1,
    /// with x an exact float or a plain int. The function runs on the unboxed double; when the
    /// instructions after the CALL continue a float chain (BINARY_OP with the left operand on the
    /// stack, OPERAND BINARY_OP, ...: <see cref="FloatChain"/>) the result stays a double through
    /// them, and when the chain ends in the only argument of another such call or of int()
    /// (<see cref="FloatArgCall"/>) that call is made too; one float is made at the end. Neither
    /// the function nor its argument is pushed. Declined (R null, nothing changed: the
    /// instructions run one by one, the CALL's own path raising what it raises) for an unbound
    /// local, an argument of any other type (bool, subclasses, objects with __float__ or
    /// __index__, ints past 64 bits), keyword names pending, the cfunction markers enabled (the
    /// CALL fires them), and an argument the function rejects (math_1's domain and range errors:
    /// the ordinary path raises them with the call's traceback). CPython 3.11 pushes the function
    /// and the argument and runs PRECALL_BUILTIN_O; nothing Python code can see differs: no code
    /// runs between the loads and the call, and the intermediate floats were never stored.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MathCallEnd MathGlobalCall(Frame f, Slot[] s, int ip, int sp, BuiltinFast kind)
    {
        var code = f.Code;
        nint instrs = code.Instructions;
        int w = Fetch(instrs, ip);
        PyObject? a;
        if ((w & 0xFF) == (int)Op.LoadFast) a = s[w >> 8].V;
        else if ((w & 0xFF) == (int)Op.LoadConst) a = code.Constants[w >> 8];
        else return default;
        if (a is null || Fetch(instrs, ip + 1) != ((1 << 8) | (int)Op.Call) || !MathArgument(a, out double x)) return default;
        if (f.KwNames is not null || CFunctionTraced() || !MathOneDouble(kind, x, out double z)) return default;
        ip += 2;
        if (FloatChainNext(Fetch(instrs, ip)))
        {
            var chain = FloatChain(code, ip, s, sp, code.Constants, z);
            z = chain.Z;
            ip = chain.Ip;
            sp = chain.Sp;
        }
        int cw = Fetch(instrs, ip);
        if ((cw == ((1 << 8) | (int)Op.Call) || cw == ((1 << 8) | (int)Op.CallMethod)) && FloatArgCall(f, s, sp, cw, z) is { } cr)
        {
            s[sp].V = null;
            sp -= (cw & 0xFF) == (int)Op.Call ? 1 : 2;
            return new MathCallEnd(cr, ip + 1, sp);
        }
        return new MathCallEnd(new PyFloat(z), ip, sp);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallOtherTraced(Frame f, int at, PyObject callable, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (!Probes.ProbeRendering.IsBuiltinCall(callable))
            return Ops.Call(callable, args, kw);
        Probes.Probes.CFunctionEntry(f, at, callable);
        try
        {
            return Ops.Call(callable, args, kw);
        }
        finally
        {
            Probes.Probes.CFunctionReturn(f, at, callable);
        }
    }

    /// <summary>CALL_FUNCTION_EX at <paramref name="at"/>: <c>callable(*posArgs, **kwargs)</c>, with the cfunction markers when traced.</summary>
    /// <remarks>Not inlined: the loop itself holds no marker guard but the line marker's poll, so that
    /// its code is the same in the plain and the instrumented build (hot-methods.sh).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallExOther(Frame f, int at, PyObject callable, PyObject posArgs, PyDict? kwargs)
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced)
            return CallExTraced(f, at, callable, posArgs, kwargs);
        return CallWithArgsAndKwargs(callable, posArgs, kwargs);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallExTraced(Frame f, int at, PyObject callable, PyObject posArgs, PyDict? kwargs)
    {
        if (!Probes.ProbeRendering.IsBuiltinCall(callable))
            return CallWithArgsAndKwargs(callable, posArgs, kwargs);
        Probes.Probes.CFunctionEntry(f, at, callable);
        try
        {
            return CallWithArgsAndKwargs(callable, posArgs, kwargs);
        }
        finally
        {
            Probes.Probes.CFunctionReturn(f, at, callable);
        }
    }
}
