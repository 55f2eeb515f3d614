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
    /// True: done, f.Ip is the CALL_METHOD's index (the loop goes on after it). False: s[sp-1]
    /// and s[sp] hold the method and self as LOAD_METHOD leaves them. The conditions
    /// are DescriptorCall's (self exactly of the method's type, no keyword names, no cfunction
    /// marker enabled, a direct form that did not decline); a local that is unbound declines too
    /// (LOAD_FAST then raises as always). f.Ip is set to the CALL_METHOD first, so an exception the
    /// method raises (dict.get's key hash, list.pop's IndexError) is reported at the call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LoadMethodFused(Frame f, CodeObject code, int ip, Slot[] s, int sp)
    {
        int at = ip - 1;
        var o = s[sp - 1].V!;
        if (code.AttrCache is { } sites && sites[at] is { Kind: AttrSiteKind.BuiltinMethod } site)
        {
            var bt = FastType.Of(o);
            if (ReferenceEquals(bt, site.Type) && bt.Version == site.Version)
            {
                var descr = site.Descr!;
                if (descr.GetType() == typeof(PyMethodDescriptor) && ReferenceEquals(Unsafe.As<PyMethodDescriptor>(descr).Owner, bt)
                    && FusedCall(f, code, at, s, sp, o, Unsafe.As<PyMethodDescriptor>(descr)))
                    return true;
                s[sp - 1].V = descr;
                s[sp].V = o;
                return false;
            }
        }
        LoadMethodSites(code, at, s, sp, code.Names[Fetch(code.Instructions, at) >> 8]);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FusedCall(Frame f, CodeObject code, int at, Slot[] s, int sp, PyObject self, PyMethodDescriptor md)
    {
        nint instrs = code.Instructions;
        int nx = Fetch(instrs, at + 1);
        PyObject? a;
        switch ((Op)(nx & 0xFF))
        {
            case Op.CallMethod:
                {
                    if (nx >> 8 != 0 || md.Direct0 is not { } d0 || f.KwNames is not null || CFunctionTraced()) return false;
                    f.Ip = at + 1;
                    var r = d0(self);
                    if (r is null) return false;
                    s[sp - 1].V = r;
                    return true;
                }
            case Op.LoadFast:
                a = s[nx >> 8].V;
                if (a is null) return false;
                break;
            case Op.LoadConst:
                a = code.Constants[nx >> 8];
                break;
            default:
                return false;
        }
        nx = Fetch(instrs, at + 2);
        PyObject? b;
        switch ((Op)(nx & 0xFF))
        {
            case Op.CallMethod:
                {
                    if (nx >> 8 != 1 || f.KwNames is not null) return false;
                    if (ReferenceEquals(md, ListMethods.AppendDescriptor))
                    {
                        if (CFunctionTraced()) return false;
                        f.Ip = at + 2;
                        Unsafe.As<PyList>(self).Append(a);
                        s[sp - 1].V = PyNone.Instance;
                        return true;
                    }
                    if (md.Direct1 is not { } d1 || CFunctionTraced()) return false;
                    f.Ip = at + 2;
                    var r = d1(self, a);
                    if (r is null) return false;
                    s[sp - 1].V = r;
                    return true;
                }
            case Op.LoadFast:
                b = s[nx >> 8].V;
                if (b is null) return false;
                break;
            case Op.LoadConst:
                b = code.Constants[nx >> 8];
                break;
            default:
                return false;
        }
        nx = Fetch(instrs, at + 3);
        if ((nx & 0xFF) != (int)Op.CallMethod || nx >> 8 != 2 || md.Direct2 is not { } d2 || f.KwNames is not null || CFunctionTraced()) return false;
        f.Ip = at + 3;
        var r2 = d2(self, a, b);
        if (r2 is null) return false;
        s[sp - 1].V = r2;
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
