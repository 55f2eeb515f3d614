using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// next() from C# code: sum, list, tuple, sorted, min/max, any/all, str.join, the dict/set
// constructors, enumerate/zip/map over a generator call PyGenerator.Next once per item. The
// general path is PyGenerator.Resume -> ResumeGenerator -> Execute -> Run, three call levels (each
// with its own exception region) and a thread-local read per item before the loop starts. Here the
// three are one method for the common case: the generator idle and unfinished, no tracer, no line
// marker. It does what they do in the same order (running flag, sent None, exception state,
// recursion checks, frame chain and depth, entry/return markers, PEP 479), so the markers fire as
// on the general path; everything else (send, throw, a running or finished generator, tracing)
// still goes through Resume.
public static partial class Interpreter
{
    /// <summary>
    /// next(<paramref name="g"/>) for C# consumers: the value it yields, or null when it returns
    /// (PyGenerator.Next's contract). Exceptions leaving the frame propagate; a StopIteration
    /// becomes the RuntimeError of PEP 479.
    /// </summary>
    internal static PyObject? NextFromNative(PyGenerator g)
    {
        var frame = g.Frame;
        var ts = ThreadState.CurrentInlined;
        int depth = ts.Depth;
        // Anything the general path would refuse, raise for, or trace goes there before any state
        // changes (the recursion checks included: Resume raises them with the same effects).
        if (g.Running || frame.Finished || ts.Hooked || depth >= ts.RecursionLimit
            || ((ts.NativeDepth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            return g.Resume(PyNone.Instance, null, out _);
        // The line marker or function__entry watched (one pair query): the general path declines to
        // run the untraced copy, or fires the entry marker; this path then fires none of its own.
        bool watched = false;
        Probes.Probes.CallMarkersEnabled(ref watched);
        if (watched) return g.Resume(PyNone.Instance, null, out _);
        // PyGenerator.Resume: running, the sent None; ResumeGenerator: the generator's exception
        // state; Execute: depth, frame chain, entry marker.
        g.Running = true;
        if (g.Started) frame.Slots[frame.Sp++].V = PyNone.Instance;
        g.Started = true;
        // The generator's exception state in front of the caller's (ResumeGenerator).
        PyBaseException? outer = null, below = null;
        EnterExcState(ts, g.SavedHandled, ref outer, ref below);
        ts.Depth = depth + 1;
        ts.NativeDepth++;
#if DEBUG
        var back = ts.Frame;
#endif
        frame.Back = ts.Frame;
        ts.Frame = frame;
        PyObject r;
        // One handler instead of the three nested regions of the general path (fewer spills): the
        // exit bookkeeping runs here on both paths, in the general path's order.
        try
        {
            r = Run<Untraced>(frame, ts);
            if (ReferenceEquals(r, ModeSwitch)) r = ContinueAfterSwitch(frame, ts, lines: true);
        }
        catch (Exception ex)
        {
#if DEBUG
            FrameChainChecks.BackUnchanged(frame, back);
#endif
            LeaveNative(g, frame, ts, depth, outer, below);
            g.Running = false;
            if (ex is PyException pe)
            {
                frame.Finished = true;
                if (pe.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) throw PyGenerator.StopIterationEscaped(pe.Value);
            }
            throw;
        }
#if DEBUG
        FrameChainChecks.BackUnchanged(frame, back);
#endif
        LeaveNative(g, frame, ts, depth, outer, below);
        g.Running = false;
        if (frame.Finished)
        {
            frame.ReleaseFinished();
            return null;
        }
        g.AfterYield();
        return r;
    }

    /// <summary>The exit half of Execute and ResumeGenerator for NextFromNative: return marker,
    /// frame chain and depths, the generator's exception state saved and the caller's restored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LeaveNative(PyGenerator g, Frame frame, ThreadState ts, int depth, PyBaseException? outer, PyBaseException? below)
    {
        Probes.Probes.FunctionReturn(frame);
        ts.Frame = frame.Back;
        ts.Depth = depth;
        ts.NativeDepth--;
        LeaveExcState(ts, frame.Finished, ref g.SavedHandled, ref outer, ref below);
    }
}
