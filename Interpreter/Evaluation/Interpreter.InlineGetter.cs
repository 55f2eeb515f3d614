using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// A method whose body is one `return self.a` or `return self.a is [not] c` (CodeObject.Getter),
// called with exactly its one argument: PushInline takes its result here, from the body's own
// LOAD_ATTR site, instead of pushing a frame that runs four or five instructions and returns.
public static partial class Interpreter
{
    /// <summary>
    /// The call at the caller's CALL / CALL_METHOD of a getter body (<paramref name="code"/>): when the
    /// body's LOAD_ATTR site has an instance-value or slot entry for the first argument's type and the
    /// value is there (InstanceValueHit, the test the frame's LOAD_ATTR would make first), the
    /// result replaces the call's slots [fn, sp), the caller's Ip moves past the call and the
    /// caller is returned as the frame to continue in. Otherwise null, nothing changed, and the
    /// frame is pushed (its LOAD_ATTR then specialises, raises or calls what it must). PushInline
    /// asked the line marker, function__entry, a tracer or profiler and the recursion limit
    /// (CanRunInlineUnmarked) before; with function__return watched this declines too, so every
    /// call a tracer or marker could see has its frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? GetterCallOrPush(Frame caller, ThreadState ts, PyFunction pf, int fn, int first, int sp)
        => GetterCall(caller, pf.Code, fn, first, sp)
            // Declined (a miss, function__return watched): the frame, as PushInline's general
            // path pushes it (PushInline asked the other markers and CanRunInlineUnmarked).
            ?? EnterInline(caller, ts, pf, null, caller.Slots, fn, first, sp - first, sp, entryMarker: false);

    /// <summary>GetterCall's work (see above).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? GetterCall(Frame caller, CodeObject code, int fn, int first, int sp)
    {
        bool watched = false;
        Probes.Probes.FunctionReturnEnabled(ref watched);
        if (watched) return null;
        var s = caller.Slots;
        if (InstanceValueHit(code, 1, s[first].V!) is not { } v) return null;
        int kind = code.Getter;
        PyObject r = kind == CodeObject.GetterAttr ? v : PyBool.From(ReferenceEquals(v, code.GetterConst) != (kind == CodeObject.GetterIsNot));
        for (int i = fn + 1; i < sp; i++) s[i].V = null;
        s[fn].V = r;
        caller.Sp = fn + 1;
        caller.Ip++;
        return caller;
    }
}
