using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public static partial class Interpreter
{
    /// <summary>
    /// LOAD_METHOD of the untraced loop copy (the traced copy calls <see cref="LoadMethodCached"/>).
    /// On the site's builtin-method hit, when the instructions that follow are the call with
    /// nothing but local or constant arguments in between (`ch.isalpha()`, `ch.lower()`,
    /// `w.strip(",.")`, `d.get(k)`, `parts.append(ch)`, `counts.get(w, 0)`: LOAD_METHOD, then at
    /// most two LOAD_FAST / LOAD_CONST, then CALL_METHOD with that many arguments), the method runs
    /// here on its direct form, as CALL_METHOD's DescriptorCall would run it, and its result replaces
    /// the owner: the method and self never reach the stack, the call is not dispatched.
    /// 1: done, the result in s[sp-1], f.Ip is the CALL_METHOD's index (the loop goes on after it);
    /// 2: done and the result consumed by the POP_TOP or POP_JUMP_IF_FALSE/TRUE after the call
    /// (<see cref="FusedResult"/>), the loop goes on at f.Ip + 1 with sp one lower. 3: generator.send
    /// with its argument (`acc.send(x)`): s[sp-1..sp+1] hold send, the generator and the argument, f.Ip
    /// is the CALL_METHOD, which the loop runs at once (SendMethodInline, else dispatched). 0: s[sp-1]
    /// and s[sp] hold the method and self as LOAD_METHOD leaves them. The conditions
    /// are DescriptorCall's (self exactly of the method's type, no keyword names, no cfunction
    /// marker enabled, a direct form that did not decline); a local that is unbound declines too
    /// (LOAD_FAST then raises as always). f.Ip is set to the CALL_METHOD first, so an exception the
    /// method raises (dict.get's key hash, list.pop's IndexError) is reported at the call.
    /// </summary>
    /// <remarks>
    /// The site's plan (<see cref="AttrSite.Plan"/>, CPython 3.11's PRECALL_NO_KW_LIST_APPEND and
    /// PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O / _FAST: the specialisation decided once, its
    /// guards tested each time) is tried first: the receiver's exact class, the type's version,
    /// no keyword names, the cfunction marker off, the operands bound; then list.append and
    /// dict.get run here, the other methods through their direct form, and the result goes where
    /// the decoded instruction after the call says. Anything that does not pass takes the
    /// general path below (<see cref="LoadMethodFusedSlow"/>), which decides the plan on a hit
    /// that has none yet.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadMethodFused(Frame f, CodeObject code, int ip, Slot[] s, int sp)
    {
        int at = ip - 1;
        if (code.AttrCache is { } sites && sites[at] is { Plan: > FusedPlan.Undecided } site)
        {
            var o = s[sp - 1].V!;
            var plan = site.Plan;
            PyObject? a, r;
            // The two most frequent plans first, each with its own receiver test (no switch on
            // the receiver kind, no delegate): `parts.append(x)` and `d.get(k)` / `d.get(k, x)`.
            if (plan == FusedPlan.ListAppend)
            {
                if (!PlanHit(o, site, f, FusedRecv.List)) goto Slow;
                a = PlanOperand(s, code, site.PlanA);
                if (a is null) goto Slow;
                f.Ip = site.PlanCall;
                Unsafe.As<PyList>(o).Append(a);
                return FusedResultAt(f, s, sp, site.PlanCall, site.PlanNext, PyNone.Instance);
            }
            if (plan == FusedPlan.AppendOfCall0)
            {
                // `cur.append(ch.lower())`: the inner call on its own site's Direct0 plan, then the append.
                if (!PlanHit(o, site, f, FusedRecv.List)) goto Slow;
                a = PlanOperand(s, code, site.PlanA);
                if (a is null || sites[at + 2] is not { Plan: FusedPlan.Direct0 } inner
                    || !ReceiverExact(a, inner.Recv) || inner.Type!.Version != inner.Version)
                    goto Slow;
                f.Ip = inner.PlanCall;
                r = Unsafe.As<PyMethodDescriptor>(inner.Descr)!.Direct0!(a);
                // Declined before any effect: LOAD_METHOD's hit, the instructions one by one.
                if (r is null) goto Slow;
                f.Ip = site.PlanCall;
                Unsafe.As<PyList>(o).Append(r);
                return FusedResultAt(f, s, sp, site.PlanCall, site.PlanNext, PyNone.Instance);
            }
            if (plan >= FusedPlan.DictGet1)
            {
                if (!PlanHit(o, site, f, FusedRecv.Dict)) goto Slow;
                a = PlanOperand(s, code, site.PlanA);
                if (a is null) goto Slow;
                PyObject? b = PyNone.Instance;
                if (plan != FusedPlan.DictGet1)
                {
                    b = PlanOperand(s, code, site.PlanB);
                    if (b is null) goto Slow;
                    if (plan == FusedPlan.DictGetAddStore && b.GetType() == typeof(PyInt) && DictGetAddStore(f, code, s, at, o, a, Unsafe.As<PyInt>(b)))
                    {
                        s[sp - 1].V = null;
                        return 2;
                    }
                }
                f.Ip = site.PlanCall;
                r = Unsafe.As<PyDict>(o).Get(a) ?? b;
                return FusedResultAt(f, s, sp, site.PlanCall, site.PlanNext, r);
            }
            if (!ReceiverExact(o, site.Recv) || site.Type!.Version != site.Version) goto Slow;
            if (plan == FusedPlan.None)
            {
                // A call of another shape (`cur.append(ch.lower())`, `" ".join(out)`): LOAD_METHOD's hit.
                s[sp - 1].V = site.Descr;
                s[sp].V = o;
                return 0;
            }
            if (f.KwNames is not null || CFunctionTraced()) goto Slow;
            var md = Unsafe.As<PyMethodDescriptor>(site.Descr)!;
            if (plan == FusedPlan.Direct0)
            {
                f.Ip = site.PlanCall;
                r = md.Direct0!(o);
            }
            else
            {
                a = PlanOperand(s, code, site.PlanA);
                if (a is null) goto Slow;
                f.Ip = site.PlanCall;
                if (plan == FusedPlan.Direct1) r = md.Direct1!(o, a);
                else
                {
                    var b = PlanOperand(s, code, site.PlanB);
                    if (b is null) goto Slow;
                    r = md.Direct2!(o, a, b);
                }
            }
            if (r is null)
            {
                // The direct form declined before any effect: CALL_METHOD runs the method.
                s[sp - 1].V = md;
                s[sp].V = o;
                return 0;
            }
            return FusedResultAt(f, s, sp, site.PlanCall, site.PlanNext, r);
        }
    Slow:
        return LoadMethodFusedSlow(f, code, ip, s, sp);
    }

    /// <summary>Whether <paramref name="o"/> is exactly of the type a plan's site saw (its
    /// FastType.Of test for that one type, without testing the others first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ReceiverExact(PyObject o, FusedRecv recv) => recv switch
    {
        FusedRecv.Str => o.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(o).IsExact,
        FusedRecv.List => o.GetType() == typeof(PyList) && Unsafe.As<PyList>(o).Sub is null,
        FusedRecv.Dict => o.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(o).Sub is null,
        FusedRecv.Set => o.GetType() == typeof(PySet) && Unsafe.As<PySet>(o).Sub is null && !Unsafe.As<PySet>(o).Frozen,
        _ => false,
    };

    /// <summary>
    /// Decides a BuiltinMethod site's plan on its first fused hit (<paramref name="md"/> owned by
    /// the site's type, which FastType.Of gave for the receiver): the call shape LOAD_METHOD,
    /// then 0–2 LOAD_FAST / LOAD_CONST, then CALL_METHOD with that count (the code does not change,
    /// so the shape holds for the site's life), a method with the direct form for that count, and
    /// a receiver type FastType.Of knows by its .NET class. Anything else: <see cref="FusedPlan.None"/>
    /// (the general path, as before).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DecidePlan(CodeObject code, int at, AttrSite site, PyMethodDescriptor md)
    {
        site.Plan = FusedPlan.None;
        var t = site.Type;
        FusedRecv recv = ReferenceEquals(t, TypeObjects.Str) ? FusedRecv.Str
            : ReferenceEquals(t, TypeObjects.List) ? FusedRecv.List
            : ReferenceEquals(t, TypeObjects.Dict) ? FusedRecv.Dict
            : ReferenceEquals(t, TypeObjects.Set) ? FusedRecv.Set
            : FusedRecv.None;
        site.Recv = recv;
        if (recv == FusedRecv.None) return;
        nint instrs = code.Instructions;
        int n = code.Code.Length;
        int argc = 0, pa = 0, pb = 0;
        int k = at + 1;
        for (; k < n && argc <= 2; k++)
        {
            int w = Fetch(instrs, k);
            int op = w & 0xFF;
            int operand;
            if (op == (int)Op.LoadFast) operand = w >> 8;
            else if (op == (int)Op.LoadConst) operand = ~(w >> 8);
            else break;
            if (argc == 0) pa = operand; else pb = operand;
            argc++;
        }
        if (argc > 2 || k >= n - 1) return;
        int cw = Fetch(instrs, k);
        // `l.append(x.m())`: LOAD_FAST x, LOAD_METHOD m, CALL_METHOD 0, CALL_METHOD 1 (the inner
        // call's own site decides whether it has a Direct0 plan, each time).
        if (argc == 1 && k + 3 < n && (cw & 0xFF) == (int)Op.LoadMethod && recv == FusedRecv.List && ReferenceEquals(md, ListMethods.AppendDescriptor)
            && Fetch(instrs, k + 1) == (int)Op.CallMethod && Fetch(instrs, k + 2) == ((1 << 8) | (int)Op.CallMethod))
        {
            site.PlanA = pa;
            site.PlanCall = k + 2;
            site.PlanNext = Fetch(instrs, k + 3);
            site.Plan = FusedPlan.AppendOfCall0;
            return;
        }
        if ((cw & 0xFF) != (int)Op.CallMethod || cw >> 8 != argc) return;
        FusedPlan plan;
        if (argc == 0) plan = md.Direct0 is not null ? FusedPlan.Direct0 : FusedPlan.None;
        else if (argc == 1)
            plan = ReferenceEquals(md, ListMethods.AppendDescriptor) ? FusedPlan.ListAppend
                : ReferenceEquals(md, DictMethods.GetDescriptor) ? FusedPlan.DictGet1
                : md.Direct1 is not null ? FusedPlan.Direct1 : FusedPlan.None;
        else
            plan = ReferenceEquals(md, DictMethods.GetDescriptor)
                ? (IsDictGetAddStoreShape(code, at) ? FusedPlan.DictGetAddStore : FusedPlan.DictGet2)
                : md.Direct2 is not null ? FusedPlan.Direct2 : FusedPlan.None;
        if (plan == FusedPlan.None) return;
        site.PlanA = pa;
        site.PlanB = pb;
        site.PlanCall = k;
        site.PlanNext = Fetch(instrs, k + 1);
        site.Plan = plan;
    }

    /// <summary>The instructions after `d.get(k, c0)` are those of `d[k] = d.get(k, c0) + c1`
    /// (<see cref="DictGetAddStore"/> tests the rest, the operands' values, each time).</summary>
    private static bool IsDictGetAddStoreShape(CodeObject code, int at)
    {
        if (at + 8 >= code.Code.Length) return false;
        nint instrs = code.Instructions;
        return (Fetch(instrs, at + 4) & 0xFF) == (int)Op.LoadConst
            && (Fetch(instrs, at + 5) & 0xFF) == (int)Op.BinaryOp
            && (Fetch(instrs, at + 6) & 0xFF) == (int)Op.LoadFast
            && (Fetch(instrs, at + 7) & 0xFF) == (int)Op.LoadFast
            && (Fetch(instrs, at + 8) & 0xFF) == (int)Op.StoreSubscr;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadMethodFusedSlow(Frame f, CodeObject code, int ip, Slot[] s, int sp)
    {
        int at = ip - 1;
        var o = s[sp - 1].V!;
        if (code.AttrCache is { } sites && sites[at] is { Kind: AttrSiteKind.BuiltinMethod } site)
        {
            var bt = FastType.Of(o);
            if (ReferenceEquals(bt, site.Type) && bt.Version == site.Version)
            {
                var descr = site.Descr!;
                if (descr.GetType() == typeof(PyMethodDescriptor) && ReferenceEquals(Unsafe.As<PyMethodDescriptor>(descr).Owner, bt))
                {
                    if (site.Plan == FusedPlan.Undecided) DecidePlan(code, at, site, Unsafe.As<PyMethodDescriptor>(descr));
                    int done = FusedCall(f, code, at, s, sp, o, Unsafe.As<PyMethodDescriptor>(descr));
                    if (done != 0) return done;
                }
                s[sp - 1].V = descr;
                s[sp].V = o;
                return 0;
            }
        }
        LoadMethodSites(code, at, s, sp, code.Names[Fetch(code.Instructions, at) >> 8]);
        return 0;
    }

    /// <summary>The argument a LOAD_FAST or LOAD_CONST between LOAD_METHOD and its CALL_METHOD
    /// pushes (<paramref name="nx"/> is that instruction); false for any other instruction and for
    /// an unbound local (the fused call declines, LOAD_FAST raises as always).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FusedOperand(CodeObject code, Slot[] s, int nx, out PyObject? v)
    {
        if ((nx & 0xFF) == (int)Op.LoadFast) { v = s[nx >> 8].V; return v is not null; }
        if ((nx & 0xFF) == (int)Op.LoadConst) { v = code.Constants[nx >> 8]; return true; }
        v = null;
        return false;
    }

    /// <summary>
    /// Where a fused call's result goes, its CALL_METHOD at <paramref name="call"/>: a POP_TOP after
    /// it (`parts.append(ch)`) drops it, a STORE_FAST (`w = w.lower()`) stores it in its local, a
    /// POP_JUMP_IF_FALSE / _IF_TRUE (`if ch.isalpha():`) takes
    /// a bool result's branch, and none reaches the stack: 2, f.Ip the index before the next
    /// instruction to run (the loop runs f.Ip + 1 with one slot less). Anything else: the result
    /// replaces the owner's slot, 1, f.Ip the CALL_METHOD.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FusedResult(Frame f, CodeObject code, Slot[] s, int sp, int call, PyObject r) =>
        FusedResultAt(f, s, sp, call, Fetch(code.Instructions, call + 1), r);

    /// <summary><see cref="FusedResult"/> with the instruction after the call already fetched
    /// (<paramref name="nx"/>: a plan's PlanNext).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FusedResultAt(Frame f, Slot[] s, int sp, int call, int nx, PyObject r)
    {
        int op = nx & 0xFF;
        if (op == (int)Op.PopTop)
        {
            s[sp - 1].V = null;
            f.Ip = call + 1;
            return 2;
        }
        // A STORE_FAST after it (`w = word.lower()`, `e = ESCAPES.get(ch)`): stored in the local.
        if (op == (int)Op.StoreFast)
        {
            s[nx >> 8].V = r;
            s[sp - 1].V = null;
            f.Ip = call + 1;
            return 2;
        }
        if ((op == (int)Op.PopJumpIfFalse || op == (int)Op.PopJumpIfTrue) && r.GetType() == typeof(PyBool))
        {
            s[sp - 1].V = null;
            // True goes on after an IF_FALSE and jumps at an IF_TRUE; False the other way round.
            f.Ip = ReferenceEquals(r, PyBool.True) == (op == (int)Op.PopJumpIfTrue) ? (nx >> 8) - 1 : call + 1;
            return 2;
        }
        s[sp - 1].V = r;
        f.Ip = call;
        return 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FusedCall(Frame f, CodeObject code, int at, Slot[] s, int sp, PyObject self, PyMethodDescriptor md)
    {
        nint instrs = code.Instructions;
        int nx = Fetch(instrs, at + 1);
        if ((nx & 0xFF) == (int)Op.CallMethod)
        {
            if (nx >> 8 != 0 || md.Direct0 is not { } d0 || f.KwNames is not null || CFunctionTraced()) return 0;
            f.Ip = at + 1;
            var r = d0(self);
            if (r is null) return 0;
            return FusedResult(f, code, s, sp, at + 1, r);
        }
        if (!FusedOperand(code, s, nx, out var a)) return 0;
        nx = Fetch(instrs, at + 2);
        if ((nx & 0xFF) == (int)Op.CallMethod)
        {
            if (nx >> 8 != 1 || f.KwNames is not null) return 0;
            if (ReferenceEquals(md, ListMethods.AppendDescriptor))
            {
                if (CFunctionTraced()) return 0;
                f.Ip = at + 2;
                Unsafe.As<PyList>(self).Append(a!);
                return FusedResult(f, code, s, sp, at + 2, PyNone.Instance);
            }
            if (md.Direct1 is not { } d1)
            {
                // g.send(v) (no direct form): the stack made [.., send, g, v] as the two instructions
                // would leave it, 3, f.Ip the CALL_METHOD, which the loop runs through SendMethodInline at once.
                if (!ReferenceEquals(md, GeneratorSendDescriptor) || self is not PyGenerator) return 0;
                s[sp - 1].V = md;
                s[sp].V = self;
                s[sp + 1].V = a;
                f.Ip = at + 2;
                return 3;
            }
            if (CFunctionTraced()) return 0;
            f.Ip = at + 2;
            var r = d1(self, a!);
            if (r is null) return 0;
            return FusedResult(f, code, s, sp, at + 2, r);
        }
        if (!FusedOperand(code, s, nx, out var b)) return 0;
        nx = Fetch(instrs, at + 3);
        if ((nx & 0xFF) != (int)Op.CallMethod || nx >> 8 != 2 || md.Direct2 is not { } d2 || f.KwNames is not null || CFunctionTraced()) return 0;
        if (ReferenceEquals(md, DictMethods.GetDescriptor) && b!.GetType() == typeof(PyInt) && DictGetAddStore(f, code, s, at, self, a!, Unsafe.As<PyInt>(b)))
        {
            s[sp - 1].V = null;
            return 2;
        }
        f.Ip = at + 3;
        var r2 = d2(self, a!, b!);
        if (r2 is null) return 0;
        return FusedResult(f, code, s, sp, at + 3, r2);
    }

    /// <summary>
    /// The counter idiom `d[k] = d.get(k, c0) + c1` (LOAD_METHOD get, LOAD_FAST k, LOAD_CONST c0,
    /// CALL_METHOD 2 at <paramref name="at"/> + 3, then LOAD_CONST c1, BINARY_OP +, LOAD_FAST d,
    /// LOAD_FAST k, STORE_SUBSCR) on an exact dict, an exact str key, exact int constants, the two
    /// LOAD_FASTs holding the very dict and key: one probe (PyDict.TryGetAddStore) replaces the
    /// value or inserts the key, and the loop goes on after the STORE_SUBSCR (f.Ip). CPython runs
    /// two lookups and an int add without any user code between them (str's hash and compare), so
    /// the dict ends the same. False, nothing changed, for anything else (a value that is not an
    /// exact int, a probe that meets another kind of key of the same hash, a sum past 64 bits):
    /// the call runs as fused, the rest instruction by instruction. The caller has already asked
    /// the cfunction marker (dict.get's call is not made when it is on).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DictGetAddStore(Frame f, CodeObject code, Slot[] s, int at, PyObject self, PyObject key, PyInt dflt)
    {
        if (key.GetType() != typeof(PyStr) || !Unsafe.As<PyStr>(key).IsExact || Unsafe.As<PyDict>(self).Sub is not null) return false;
        nint instrs = code.Instructions;
        int w = Fetch(instrs, at + 4);
        if ((w & 0xFF) != (int)Op.LoadConst) return false;
        var c = code.Constants[w >> 8];
        if (c.GetType() != typeof(PyInt)) return false;
        w = Fetch(instrs, at + 5);
        if ((w & 0xFF) != (int)Op.BinaryOp || (w >> 8) != (int)BinaryOp.Add) return false;
        w = Fetch(instrs, at + 6);
        if ((w & 0xFF) != (int)Op.LoadFast || !ReferenceEquals(s[w >> 8].V, self)) return false;
        w = Fetch(instrs, at + 7);
        if ((w & 0xFF) != (int)Op.LoadFast || !ReferenceEquals(s[w >> 8].V, key)) return false;
        if ((Fetch(instrs, at + 8) & 0xFF) != (int)Op.StoreSubscr) return false;
        if (!Unsafe.As<PyDict>(self).TryGetAddStore(Unsafe.As<PyStr>(key), dflt.V, Unsafe.As<PyInt>(c).V)) return false;
        f.Ip = at + 8;
        return true;
    }

    /// <summary>A list or dict plan's hit (ListAppend, AppendOfCall0, the DictGet plans): the receiver
    /// exactly of <paramref name="recv"/> (a constant at each use, so ReceiverExact's switch folds
    /// to that one test), the site's type unchanged, no keyword names pending, no cfunction marker
    /// watched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PlanHit(PyObject o, AttrSite site, Frame f, FusedRecv recv)
        => ReceiverExact(o, recv) && site.Type!.Version == site.Version && f.KwNames is null && !CFunctionTraced();

    /// <summary>A plan's operand: local <paramref name="i"/>, or constant ~<paramref name="i"/> when
    /// negative (DecidePlan's encoding); null for an unbound local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? PlanOperand(Slot[] s, CodeObject code, int i) => i >= 0 ? s[i].V : code.Constants[~i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CFunctionTraced()
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        return traced;
    }
}

/// <summary>What a BuiltinMethod site's fused call runs (<see cref="AttrSite.Plan"/>): decided
/// once by Interpreter.DecidePlan.</summary>
internal enum FusedPlan : byte
{
    /// <summary>Not decided yet (a new or reset site).</summary>
    Undecided,
    /// <summary>No plan: LOAD_METHOD's hit, the call decided by CALL_METHOD (or the general path).</summary>
    None,
    /// <summary>`o.m()`: the method's Direct0.</summary>
    Direct0,
    /// <summary>`o.m(a)`: the method's Direct1.</summary>
    Direct1,
    /// <summary>`o.m(a, b)`: the method's Direct2.</summary>
    Direct2,
    /// <summary>`l.append(a)`: PyList.Append.</summary>
    ListAppend,
    /// <summary>`l.append(x.m())`: the inner LOAD_METHOD's Direct0 plan, then PyList.Append.</summary>
    AppendOfCall0,
    /// <summary>`d.get(k)`: PyDict.Get, else None. The dict plans are the last three.</summary>
    DictGet1,
    /// <summary>`d.get(k, x)`: PyDict.Get, else x.</summary>
    DictGet2,
    /// <summary>`d.get(k, c0)` inside `d[k] = d.get(k, c0) + c1`: DictGetAddStore first.</summary>
    DictGetAddStore,
}

/// <summary>The receiver class a plan's site saw (FastType.Of's exact types).</summary>
internal enum FusedRecv : byte
{
    None,
    Str,
    List,
    Dict,
    Set,
}
