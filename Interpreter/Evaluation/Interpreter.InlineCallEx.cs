using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// CALL_FUNCTION_EX (f(*args), f(**kw), f(*args, **kw)) of a Python function or bound method in
// the untraced loop: the callee is pushed inline like a CALL's, its arguments bound straight from
// the tuple and the dict instead of going through Ops.Call and the recursive path.
public static partial class Interpreter
{
    /// <summary>
    /// Pushes the callee of CALL_FUNCTION_EX inline, or returns null when the call takes the
    /// ordinary path (not a Python function, a generator, a tracer or the line marker attached, the
    /// recursion limit, or a non-string keyword, whose TypeError that path raises). The callable
    /// is at slot <paramref name="fn"/>, the caller's stack top; the argument containers are popped.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInlineEx(Frame caller, ThreadState ts, PyObject callable, PyTuple posArgs, PyDict? kwargs, Slot[] s, int fn)
    {
        // The line marker or function__entry watched: the marked twin (MarkedCallLeaves).
        bool marked = false;
        Probes.Probes.CallMarkersEnabled(ref marked);
        if (marked) return PushInlineExMarked(caller, ts, callable, posArgs, kwargs, s, fn);
        return PushInlineExAs(caller, ts, callable, posArgs, kwargs, s, fn, marked: false);
    }

    /// <summary>PushInlineEx while a tracer watches the line marker or function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInlineExMarked(Frame caller, ThreadState ts, PyObject callable, PyTuple posArgs, PyDict? kwargs, Slot[] s, int fn)
        => PushInlineExAs(caller, ts, callable, posArgs, kwargs, s, fn, marked: true);

    /// <summary>PushInlineEx's body; <paramref name="marked"/> (a constant at each use) says whether
    /// the line poll and the entry marker's guard are compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? PushInlineExAs(Frame caller, ThreadState ts, PyObject callable, PyTuple posArgs, PyDict? kwargs, Slot[] s, int fn, bool marked)
    {
        PyFunction pf;
        PyObject? self = null;
        if (callable is PyFunction p) pf = p;
        else if (callable is PyMethod { Func: PyFunction mf } bm) { pf = mf; self = bm.Self; }
        else return null;
        var code = pf.Code;
        if (code.IsGenerator || !(marked ? CanRunInline(ts) : CanRunInlineUnmarked(ts))) return null;

        var args = posArgs.Items;
        string[]? kw = null;
        if (kwargs is not null && kwargs.Count > 0)
        {
            var all = new PyObject[args.Length + kwargs.Count];
            args.CopyTo(all, 0);
            kw = new string[kwargs.Count];
            int i = 0;
            foreach (var kv in kwargs.Items())
            {
                if (kv.Key is not PyStr ks) return null;
                kw[i] = ks.V;
                all[args.Length + i++] = kv.Value;
            }
            args = all;
        }
        caller.KwNames = null;
        var frame = NewFrame(pf);
        if (kw is null && pf.IsSimple && args.Length + (self is null ? 0 : 1) == code.ArgCount)
        {
            var dst = frame.Slots;
            int d = 0;
            if (self is not null) dst[d++].V = self;
            for (int i = 0; i < args.Length; i++) dst[d++].V = args[i];
        }
        else BindArguments(pf, frame, args, kw, self);
        return Enter(caller, ts, frame, s, fn, fn + 1, entryMarker: marked);
    }
}
