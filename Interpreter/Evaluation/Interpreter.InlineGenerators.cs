using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// FOR_ITER over a generator in the untraced loop copy resumes the generator's frame inside the same
// Loop invocation (CPython 3.12's FOR_ITER_GEN), as an inline call: no Resume -> Execute -> Run ->
// LoopCatching -> Loop chain per item. YIELD_VALUE in such a frame pops back to the FOR_ITER with
// the value, RETURN_VALUE ends the for loop, and an exception leaving the frame goes on in the
// caller's handler search (Unwind). Each step does what PyGenerator.Resume, ResumeGenerator and
// Execute do around a recursive resume: the running flag, the generator's exception state, the
// frame chain and depth, the entry/return markers.
public static partial class Interpreter
{
    /// <summary>
    /// Makes generator <paramref name="g"/>'s frame current on top of <paramref name="caller"/>
    /// (whose stack, of depth <paramref name="sp"/>, ends with the generator at its FOR_ITER), or
    /// returns null when the resume takes the ordinary recursive path: the generator running or
    /// finished, a tracer or the line marker attached, or the recursion limit reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? ResumeInline(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        var frame = g.Frame;
        if (g.Running || frame.Finished || frame.PendingThrow is not null || !CanRunInline(ts)) return null;
        g.Running = true;
        if (g.Started) frame.Slots[frame.Sp++].V = PyNone.Instance;
        g.Started = true;
        g.OuterHandled = ts.Handled;
        if (g.SavedHandled is not null) ts.Handled = g.SavedHandled;
        caller.Sp = sp;
        return MakeCurrent(caller, ts, frame);
    }

    /// <summary>The generator of inline frame <paramref name="f"/> stops running (it yielded,
    /// returned or raised): its exception state is saved and the caller's restored.</summary>
    private static void SuspendInline(Frame f, ThreadState ts, PyGenerator g)
    {
        g.SavedHandled = !f.Finished && !ReferenceEquals(ts.Handled, g.OuterHandled) ? ts.Handled : null;
        ts.Handled = g.OuterHandled;
        g.OuterHandled = null;
        g.Running = false;
    }

    /// <summary>YIELD_VALUE in an inline generator frame: back to the caller's FOR_ITER, whose
    /// next value <paramref name="r"/> is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame YieldInline(Frame f, ThreadState ts, PyObject r)
    {
        var g = f.Generator!;
        var caller = PopInline(f, ts);
        SuspendInline(f, ts, g);
        g.AfterYield();
        caller.Slots[caller.Sp++].V = r;
        caller.Ip++;   // past its FOR_ITER
        return caller;
    }

    /// <summary>RETURN_VALUE in an inline generator frame: the caller's for loop is exhausted (the
    /// value, StopIteration.value, is dropped as FOR_ITER drops it).</summary>
    private static Frame ReturnInlineGenerator(Frame f, ThreadState ts)
    {
        var g = f.Generator!;
        var caller = PopInline(f, ts);
        SuspendInline(f, ts, g);
        ForIterExhausted(caller);
        return caller;
    }

    /// <summary>The caller's FOR_ITER at caller.Ip found its iterator exhausted: pop it, jump past the loop.</summary>
    private static void ForIterExhausted(Frame caller)
    {
        caller.Slots[--caller.Sp].V = null;
        caller.Ip = caller.Code.Code[caller.Ip] >> 8;
    }

    /// <summary>
    /// Exception <paramref name="e"/> leaves inline generator frame <paramref name="f"/> (already
    /// finished by HandleException): the generator stops, and a StopIteration becomes the
    /// RuntimeError PyGenerator.Resume raises for it. Returns the exception that goes on.
    /// </summary>
    private static PyBaseException LeaveInlineGenerator(Frame f, ThreadState ts, PyBaseException e)
    {
        SuspendInline(f, ts, f.Generator!);
        return e.Type.IsSubtypeOf(TypeObjects.StopIteration) ? PyGenerator.StopIterationEscaped(e).Value : e;
    }
}
