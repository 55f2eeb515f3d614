using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// `add(total, i)`, `fib(n - 1)`, `tak(x - 1, y, z)`: a global Python function called with exactly
// its positional parameters, each argument a local, a constant or `local ± int constant`. The
// LOAD_GLOBAL's hit pushes the callee frame itself: the arguments go from the caller's locals
// straight into the callee's first slots, so neither the function nor the arguments pass through
// the caller's stack (no stores there, their write barriers and their nulling in PushInline) and
// the loads, the BINARY_OP and the CALL are not dispatched.
public static partial class Interpreter
{
    /// <summary>Most arguments a global call takes at its LOAD_GLOBAL (<see cref="GlobalCallInline"/>).</summary>
    private const int GlobalCallMaxArgs = 3;

    /// <summary>
    /// At a LOAD_GLOBAL whose cache hit is the Python function <paramref name="pf"/> (ip past the
    /// LOAD_GLOBAL, sp the caller's stack top without the function): when the instructions that
    /// follow are ExactArgs argument forms (LOAD_FAST of a bound local, LOAD_CONST, or LOAD_FAST
    /// LOAD_CONST BINARY_OP +|- of two exact ints whose result fits a long) and then CALL with that
    /// count, the callee frame is pushed with those values as its arguments and returned; the
    /// caller's Ip is the CALL's and its Sp the slot where the function would have been, which is
    /// where the result goes (ReturnInline puts it there and moves past the CALL), exactly as after
    /// PushInline. Otherwise null, with nothing changed: the LOAD_GLOBAL pushes the function and the
    /// instructions run one by one (an unbound local raises there, an overflowing or non-int
    /// operand takes BINARY_OP's own path, a binding or recursion error is raised by the CALL).
    /// Declines as PushInline does: a tracer or profiler attached or the recursion limit reached
    /// (CanRunInlineUnmarked), the line marker or function__entry watched, a getter body (the CALL's
    /// frameless GetterCall), a code whose ExactArgs is not known yet (the CALL computes it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? GlobalCallInline(Frame caller, ThreadState ts, PyFunction pf, nint instrs, int ip, int sp)
    {
        var code = pf.Code;
        int n = code.ExactArgs;
        if ((uint)n > GlobalCallMaxArgs) return null;
        // The site's shape, decided once per cache entry: a LOAD_GLOBAL of a function called with
        // other arguments (attributes of other objects, calls, keywords, *args) declines here.
        if (caller.Code.GlobalCache?[ip - 1] is not { } ce) return null;
        int shape = ce.CallShape;
        if (shape == 0) ce.CallShape = shape = GlobalCallShape(caller.Code, instrs, ip, (int)Op.Call);
        if ((shape & 0xF) != n + 1) return null;
        // The argument forms the shape names, straight-line (a loop kept its index and the three
        // values in stack homes): a null is a value the form does not take.
        var s = caller.Slots;
        int at = ip;
        if (!GlobalCallArguments(caller, s, instrs, ref at, shape, n, out var a0, out var a1, out var a2)) return null;
        // [at] is the CALL n (the shape).
        if (!CanRunInlineUnmarked(ts)) return null;
        // The line marker or function__entry watched: the CALL's own path fires or declines (the
        // set branches leave the method: MarkedCallLeaves).
        bool watched = false;
        Probes.Probes.CallMarkersEnabled(ref watched);   // one load and compare for the pair
        if (watched) return null;
        if (code.Getter != CodeObject.GetterNone) return null;
        var frame = NewFrame(pf);
        // As after PushInline: the caller stopped at its CALL, its stack ends where the function
        // would have been. A spare frame's slots hold at least NLocals >= ExactArgs
        // (SpareCodeInvariant).
        caller.Ip = at;
        caller.Sp = sp;
        MakeCurrentUnmarked(caller, ts, frame);
        // By reference, without bounds tests: the frame's slots hold at least NLocals >= ExactArgs.
        StoreCallArguments(ref MemoryMarshal.GetArrayDataReference(frame.Slots), n, a0, a1, a2);
        return frame;
    }

    /// <summary>
    /// `d.bump(1)`, `self.step(x, y)`: at a LOAD_METHOD whose site hit <paramref name="site"/> is a
    /// Python function of the receiver's class (s[sp-1] the receiver, ip past the LOAD_METHOD),
    /// when ExactArgs - 1 argument forms (those of <see cref="GlobalCallInline"/>) and then
    /// CALL_METHOD with that count follow, the callee frame is pushed with the receiver as self and
    /// those values as its arguments, and returned. Neither the method, the receiver nor the
    /// arguments pass through the caller's stack, and the loads and the CALL_METHOD are not
    /// dispatched. The caller's Ip is the CALL_METHOD's and its Sp the receiver's slot (cleared),
    /// where CALL_METHOD's result goes: the state PushInline leaves, so ReturnInline, tracebacks,
    /// f_lineno and the exception table see the same. Otherwise null with nothing changed: the
    /// LOAD_METHOD pushes the method and self as before. Declines as GlobalCallInline does (a
    /// tracer or profiler, the recursion limit, the line marker or function__entry watched, a
    /// getter body, ExactArgs not known yet, an argument form that would raise or take another
    /// path).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? MethodCallInline(Frame caller, ThreadState ts, AttrSite site, nint instrs, int ip, int sp)
    {
        var pf = Unsafe.As<PyFunction>(site.Descr!);
        var code = pf.Code;
        int n = code.ExactArgs - 1;   // self is the first parameter
        if ((uint)n > GlobalCallMaxArgs) return null;
        // The shape of what follows the LOAD_METHOD, decided once per site entry (Reset clears it).
        int shape = site.CallShape;
        if (shape == 0) site.CallShape = shape = GlobalCallShape(caller.Code, instrs, ip, (int)Op.CallMethod);
        if ((shape & 0xF) != n + 1) return null;
        var s = caller.Slots;
        int at = ip;
        if (!GlobalCallArguments(caller, s, instrs, ref at, shape, n, out var a0, out var a1, out var a2)) return null;
        // [at] is the CALL_METHOD n (the shape).
        if (!CanRunInlineUnmarked(ts)) return null;
        // The line marker or function__entry watched: CALL_METHOD's own path fires or declines.
        bool watched = false;
        Probes.Probes.CallMarkersEnabled(ref watched);   // one load and compare for the pair
        if (watched) return null;
        // `return self.x`: CALL_METHOD's frameless GetterCall.
        if (code.Getter != CodeObject.GetterNone) return null;
        var frame = NewFrame(pf);
        ref Slot top = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), sp - 1);
        var self = top.V;
        top.V = null;
        caller.Ip = at;
        caller.Sp = sp - 1;
        MakeCurrentUnmarked(caller, ts, frame);
        // By reference, without bounds tests: the frame's slots hold at least NLocals >= ExactArgs.
        ref Slot dst = ref MemoryMarshal.GetArrayDataReference(frame.Slots);
        dst.V = self;
        StoreCallArguments(ref Unsafe.Add(ref dst, 1), n, a0, a1, a2);
        return frame;
    }

    /// <summary>The <paramref name="n"/> (0 to 3) argument forms <paramref name="shape"/> names, from
    /// <paramref name="at"/> on (the global call's and the method call's): false when one declines
    /// (<see cref="GlobalCallArgument"/>); straight-line, so the values stay out of a loop's homes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GlobalCallArguments(Frame caller, Slot[] s, nint instrs, ref int at, int shape, int n,
        out PyObject? a0, out PyObject? a1, out PyObject? a2)
    {
        a0 = a1 = a2 = null;
        if (n > 0)
        {
            if ((a0 = GlobalCallArgument(caller, s, instrs, ref at, (shape >> 4) & 3)) is null) return false;
            if (n > 1)
            {
                if ((a1 = GlobalCallArgument(caller, s, instrs, ref at, (shape >> 6) & 3)) is null) return false;
                if (n > 2 && (a2 = GlobalCallArgument(caller, s, instrs, ref at, (shape >> 8) & 3)) is null) return false;
            }
        }
        return true;
    }

    /// <summary>Stores the <paramref name="n"/> gathered arguments from <paramref name="dst"/> on, by
    /// reference without bounds tests: a frame's slots hold at least NLocals >= ExactArgs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreCallArguments(ref Slot dst, int n, PyObject? a0, PyObject? a1, PyObject? a2)
    {
        if (n > 0)
        {
            dst.V = a0;
            if (n > 1)
            {
                Unsafe.Add(ref dst, 1).V = a1;
                if (n > 2) Unsafe.Add(ref dst, 2).V = a2;
            }
        }
    }

    /// <summary>The argument form <paramref name="kind"/> (<see cref="GlobalCallShape"/>'s) at
    /// <paramref name="at"/>: its value, with <paramref name="at"/> past it, or null (an unbound
    /// local, operands that are not two exact ints, an overflow, an attribute not an instance
    /// value's hit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? GlobalCallArgument(Frame caller, Slot[] s, nint instrs, ref int at, int kind)
    {
        int w = Fetch(instrs, at);
        if (kind == FormLocal)
        {
            at++;
            return s[w >> 8].V;
        }
        if (kind == FormConst)
        {
            at++;
            return caller.Code.Constants[w >> 8];
        }
        var v = s[w >> 8].V;
        if (v is null) return null;
        if (kind == FormAttr)
        {
            at += 2;
            return AttrArgument(caller.Code, at - 1, v);
        }
        // FormLocalConstOp: `n - 1`, `i + 1` of two exact ints whose result fits a long.
        var k = caller.Code.Constants[Fetch(instrs, at + 1) >> 8];
        if (v.GetType() != typeof(PyInt) || k.GetType() != typeof(PyInt)) return null;
        long x = Unsafe.As<PyInt>(v).V, y = Unsafe.As<PyInt>(k).V;
        long z;
        if ((Fetch(instrs, at + 2) >> 8) == (int)BinaryOp.Sub ? Ops.OverflowSub(x, y, out z) : Ops.OverflowAdd(x, y, out z)) return null;
        at += 3;
        return PyInt.From(z);
    }

    /// <summary>The argument forms of <see cref="GlobalCallShape"/>: LOAD_FAST; LOAD_CONST;
    /// LOAD_FAST LOAD_CONST BINARY_OP +|-; LOAD_FAST LOAD_ATTR.</summary>
    private const int FormLocal = 0, FormConst = 1, FormLocalConstOp = 2, FormAttr = 3;

    /// <summary>GlobalCallArgument's LOAD_FAST LOAD_ATTR form: the LOAD_ATTR site's instance-value
    /// hit, or null. Not inlined: three copies of the hit made GlobalCallInline keep its values on
    /// the stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? AttrArgument(CodeObject code, int at, PyObject v) => InstanceValueHit(code, at, v);

    /// <summary>What follows a LOAD_GLOBAL at <paramref name="ip"/> (<see cref="GlobalCacheEntry.CallShape"/>):
    /// when k argument forms (FormLocal, FormConst, FormLocalConstOp, FormAttr) are followed by
    /// <paramref name="callOp"/> k (CALL, or CALL_METHOD for <see cref="MethodCallInline"/>), k at
    /// most GlobalCallMaxArgs, 1 + k in the low four bits and form i in bits 4 + 2i, 4 + 2i + 1;
    /// else -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int GlobalCallShape(CodeObject code, nint instrs, int ip, int callOp)
    {
        int at = ip, end = code.Code.Length, forms = 0;
        for (int k = 0; k <= GlobalCallMaxArgs; k++)
        {
            if (at >= end) return -1;
            int w = Fetch(instrs, at);
            if (w == ((k << 8) | callOp)) return (1 + k) | (forms << 4);
            int form;
            if ((w & 0xFF) == (int)Op.LoadConst) { form = FormConst; at++; }
            else if ((w & 0xFF) != (int)Op.LoadFast || at + 1 >= end) return -1;
            else
            {
                int c = Fetch(instrs, at + 1);
                int b = at + 2 < end ? Fetch(instrs, at + 2) : 0;
                if ((c & 0xFF) == (int)Op.LoadAttr) { form = FormAttr; at += 2; }
                else if ((c & 0xFF) == (int)Op.LoadConst
                    && (b == (((int)BinaryOp.Sub << 8) | (int)Op.BinaryOp) || b == (((int)BinaryOp.Add << 8) | (int)Op.BinaryOp)))
                { form = FormLocalConstOp; at += 3; }
                else { form = FormLocal; at++; }
            }
            forms |= form << (2 * k);
        }
        return -1;
    }
}
