using Herthon.Evaluation;

namespace Herthon.Runtime;

// What the loop's inline pushes look up in a class on every operation: BINARY_OP's `__op__`
// (Interpreter.PushBinary) and a call's `__init__`/`__new__` (Interpreter.PushInit). Each was a
// PyType.Lookup per operation (the global method cache: the name's hash, an entry compare, a string
// compare; 2.6 % of raytracer's samples); here it is computed once per Version of the class (every
// change to its dict or a base's bumps it, as the method cache relies on) and kept in the class.
public sealed partial class PyType
{
    /// <summary>BinaryOp n: slot n; its in-place form: slot BinaryPlanCount + n; the __init__ plan:
    /// InitPlan; CompareOp n (COMPARE_OP's `__lt__` … `__ge__`, Interpreter.PushCompare): ComparePlan + n.</summary>
    internal const int BinaryPlanCount = 13, InitPlan = 2 * BinaryPlanCount, ComparePlan = InitPlan + 1, PlanCount = ComparePlan + 6;
    private static readonly PyObject s_unknown = new PyStr("<plan not computed>");
    private PyObject?[]? _plans;
    private int _plansVersion;

    /// <summary>The Python function an inline push of <paramref name="slot"/> runs, or null when the
    /// operation takes its generic path: for a BinaryOp slot the class's `__op__` when it is a plain
    /// (non-generator) Python function, and for an in-place slot the same when the class has no
    /// `__iop__`; for a compare slot the class's `__lt__` … `__ge__` when it is one; for InitPlan its Python `__init__` when no Python `__new__` is defined (the checks
    /// PushInit makes on the type's flags and builtin constructor are not cached).</summary>
    /// <remarks>The hit (the plans of this Version, the slot computed) is inlined into the pushes
    /// that ask it, with no cast helper (the array holds PyFunctions, null and s_unknown only); the
    /// rest is <see cref="PlanMiss"/>. As one method ILC kept it a call of ~40 instructions per
    /// operation (1 % of raytracer's).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyFunction? Plan(int slot)
    {
        var p = _plans;
        if (p is not null && _plansVersion == Version && (uint)slot < (uint)p.Length)
        {
            var v = p[slot];
            if (!ReferenceEquals(v, s_unknown)) return System.Runtime.CompilerServices.Unsafe.As<PyFunction?>(v);
        }
        return PlanMiss(slot);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private PyFunction? PlanMiss(int slot)
    {
        var p = _plans;
        if (p is null || _plansVersion != Version)
        {
            p = new PyObject?[PlanCount];
            Array.Fill(p, s_unknown);
            _plans = p;
            _plansVersion = Version;
        }
        var v = p[slot];
        if (ReferenceEquals(v, s_unknown)) p[slot] = v = ComputePlan(slot);
        return (PyFunction?)v;
    }

    private PyFunction? ComputePlan(int slot)
    {
        if (slot < BinaryPlanCount)
            return Lookup(Ops.N.BinOp[slot]) is PyFunction f && !f.Code.IsGenerator ? f : null;
        if (slot < InitPlan)
            return Lookup(Ops.N.IBinOp[slot - BinaryPlanCount]) is null ? Plan(slot - BinaryPlanCount) : null;
        if (slot >= ComparePlan)
            return Lookup(Ops.N.CompareName((CompareOp)(slot - ComparePlan))) is PyFunction c && !c.Code.IsGenerator ? c : null;
        if (Lookup(Ops.N.Init) is not PyFunction init || init.Code.IsGenerator) return null;
        var newFn = Lookup(Ops.N.New);
        if (newFn is PyStaticMethod sm) newFn = sm.Func;
        return newFn is PyFunction ? null : init;
    }
}
