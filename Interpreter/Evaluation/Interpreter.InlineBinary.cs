using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public sealed partial class Frame
{
    /// <summary>The right operand of the BINARY_OP whose left operand's `__op__` this inline frame
    /// runs (see PushBinary; InitSelf then holds the left operand and InitType is null): what the
    /// reflected method and the TypeError take when `__op__` returns NotImplemented.</summary>
    internal PyObject? BinaryRight;
    /// <summary>The BinaryOp of such a frame, or -1 - the CompareOp of a COMPARE_OP's (PushCompare).</summary>
    internal int BinaryOpArg;
}

// BINARY_OP on an instance of a Python class whose `__op__` is a Python function (raytracer's
// Vec + Vec, Vec * k): the method runs as an inline frame of the same loop (as CALL's inline
// calls), instead of Ops.Binary -> TryDunder -> CallMethod -> RunFrame, a recursive Run and Loop
// per operator. Only when CPython's order calls the left operand's method first: the right
// operand is of the same class, an exact int or float, or an instance of a class that is not a
// subclass of the left one's (a subclass's reflected method would go first). The frame's return
// (InitResult's binary branch) passes the result on, or for NotImplemented finishes the protocol
// as Ops.Binary would after the left method: the reflected method of a different type, then the
// TypeError, raised with the caller current at its BINARY_OP.
public static partial class Interpreter
{
    /// <summary>Set in Frame.BinaryOpArg for an in-place operator (`a += b` run as `__add__`).</summary>
    private const int InplaceFlag = 0x100;

    /// <summary>BINARY_OP (or its in-place form) with a plain instance <paramref name="a"/> on the
    /// left: pushes `type(a).__op__(a, b)` inline and returns its frame, or null when the operation
    /// takes the generic path. The operands are off the caller's stack, which ends at
    /// <paramref name="sp"/>, where the result goes; the caller's Ip is at the BINARY_OP.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushBinary(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, bool inplace, Slot[] s, int sp)
    {
        // The line marker or function__entry watched: the marked twin (MarkedCallLeaves).
        bool marked = false;
        Probes.Probes.CallMarkersEnabled(ref marked);
        if (marked) return PushBinaryMarked(caller, ts, a, b, op, inplace, s, sp);
        return PushBinaryAs(caller, ts, a, b, op, inplace, s, sp, marked: false);
    }

    /// <summary>PushBinary while a tracer watches the line marker (it then declines) or function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushBinaryMarked(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, bool inplace, Slot[] s, int sp)
        => PushBinaryAs(caller, ts, a, b, op, inplace, s, sp, marked: true);

    /// <summary>PushBinary's body; <paramref name="marked"/> (a constant at each use) says whether
    /// the line poll and the entry marker's guard are compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? PushBinaryAs(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, bool inplace, Slot[] s, int sp, bool marked)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb)
            && b.GetType() != typeof(PyFloat) && b.GetType() != typeof(PyInt)
            && (!PyInstance.IsExact(b) || tb.IsSubtypeOf(ta)))
            return null;
        // The class's __op__ (for `a += b`, when it has no __iop__), looked up once per class version.
        if (ta.Plan(inplace ? PyType.BinaryPlanCount + op : op) is not { } m || !(marked ? CanRunInline(ts) : CanRunInlineUnmarked(ts))) return null;
        // Two free slots at the stack's end (its depth held the operands before BINARY_OP popped them).
        var frame = NewOperandFrame(m, a, b, s, sp, keepFirst: false);
        Enter(caller, ts, frame, s, sp, sp, entryMarker: marked);
        frame.InitSelf = a;
        frame.Special = true;
        frame.BinaryRight = b;
        frame.BinaryOpArg = inplace ? op | InplaceFlag : op;   // the in-place form's TypeError says `+=`
        return frame;
    }

    /// <summary>COMPARE_OP with a plain instance <paramref name="a"/> on the left whose class has a
    /// Python `__lt__` … `__ge__` for the operator: pushes `type(a).__op__(a, b)` inline (as
    /// PushBinary does) and returns its frame, or null when the comparison takes the generic path.
    /// Only when CPython's do_richcompare asks a's method first: b's type is not a proper subclass
    /// of a's (a subclass's reflected method would go first). Without a Python method for the
    /// operator (object's default, `__ne__` derived from `__eq__`, a builtin) the generic path runs.
    /// <paramref name="sp"/> is the caller's stack end with b popped: a is in s[sp-1], where the
    /// result goes; the caller's Ip is at the COMPARE_OP. The frame is marked as a binary one whose
    /// BinaryOpArg is -1 - the CompareOp, so a NotImplemented result finishes the protocol with
    /// Ops.RichCompareAfterLeft (b's reflected method, then identity for == and !=, or the TypeError).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushCompare(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, Slot[] s, int sp)
    {
        // function__entry watched: the marked twin (MarkedCallLeaves). One query: see LineWatched.
        bool marked = false;
        Probes.Probes.FunctionEntryEnabled(ref marked);
        if (marked) return PushCompareMarked(caller, ts, a, b, op, s, sp);
        return PushCompareAs(caller, ts, a, b, op, s, sp, marked: false);
    }

    /// <summary>PushCompare while a tracer watches function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushCompareMarked(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, Slot[] s, int sp)
        => PushCompareAs(caller, ts, a, b, op, s, sp, marked: true);

    /// <summary>PushCompare's body; <paramref name="marked"/> (a constant at each use) says whether the
    /// entry marker's guard is compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? PushCompareAs(Frame caller, ThreadState ts, PyObject a, PyObject b, int op, Slot[] s, int sp, bool marked)
    {
        var ta = a.Type;
        if (b.GetType() != typeof(PyInt) && b.GetType() != typeof(PyFloat))
        {
            var tb = b.Type;
            if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta)) return null;
        }
        if ((uint)op > (uint)CompareOp.Ge || ta.Plan(PyType.ComparePlan + op) is not { } m || !CanRunInlineUnmarked(ts) || LineWatched()) return null;
        // a's slot and the free one past it (b's before COMPARE_OP popped it); a stays in its slot.
        var frame = NewOperandFrame(m, a, b, s, sp - 1, keepFirst: true);
        Enter(caller, ts, frame, s, sp - 1, sp, entryMarker: marked);
        frame.InitSelf = a;
        frame.Special = true;
        frame.BinaryRight = b;
        frame.BinaryOpArg = -1 - op;
        return frame;
    }

    /// <summary>
    /// The frame of `m(a, b)` for PushBinary and PushCompare: a simple function of two parameters
    /// gets the operands in its first two slots; anything else (defaults, *args, cells, a wrong arity,
    /// whose TypeError is raised here with the caller current, as CallMethod raises it) binds them
    /// from the caller's stack slots <paramref name="at"/> and at + 1, which are cleared again (the
    /// first one not when <paramref name="keepFirst"/>: it already held a).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame NewOperandFrame(PyFunction m, PyObject a, PyObject b, Slot[] s, int at, bool keepFirst)
    {
        var frame = NewFrame(m);
        if (m.IsSimple && m.Code.ArgCount == 2)
        {
            var dst = frame.Slots;
            dst[0].V = a;
            dst[1].V = b;
            return frame;
        }
        s[at].V = a;
        s[at + 1].V = b;
        try { BindArguments(m, frame, ArgSpan(s, at, 2), null, null); }
        finally
        {
            if (!keepFirst) s[at].V = null;
            s[at + 1].V = null;
        }
        return frame;
    }

    /// <summary>An inline `__op__` frame (PushBinary, PushCompare) returned <paramref name="r"/>: r,
    /// or when it is NotImplemented the rest of the protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject BinaryResult(Frame f, PyObject r)
    {
        if (r is not PyNotImplemented) return r;
        if (f.BinaryOpArg < 0) return Ops.RichCompareAfterLeft(f.InitSelf!, f.BinaryRight!, (CompareOp)(-1 - f.BinaryOpArg));
        return Ops.BinaryAfterLeft(f.InitSelf!, f.BinaryRight!, (BinaryOp)(f.BinaryOpArg & ~InplaceFlag), (f.BinaryOpArg & InplaceFlag) != 0);
    }
}
