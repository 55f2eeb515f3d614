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
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadMethodFused(Frame f, CodeObject code, int ip, Slot[] s, int sp)
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
    private static int FusedResult(Frame f, CodeObject code, Slot[] s, int sp, int call, PyObject r)
    {
        int nx = Fetch(code.Instructions, call + 1);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CFunctionTraced()
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        return traced;
    }
}
