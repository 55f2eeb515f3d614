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
        var ts = ThreadState.Current;
        if (g.Running || frame.Finished || ts.Hooked) return g.Resume(PyNone.Instance, null, out _);
        bool lines = false;
        Probes.Probes.LineEnabled(ref lines);
        if (lines) return g.Resume(PyNone.Instance, null, out _);
        g.Running = true;
        PyObject r;
        try
        {
            if (g.Started) frame.Slots[frame.Sp++].V = PyNone.Instance;
            g.Started = true;
            // ResumeGenerator: the generator's exception state while it runs, the caller's after.
            var outer = ts.Handled;
            if (g.SavedHandled is not null) ts.Handled = g.SavedHandled;
            try
            {
                // Execute, untraced: recursion checks, frame chain, markers, the loop.
                if (ts.Depth >= ts.RecursionLimit) throw Errors.RecursionError("maximum recursion depth exceeded");
                if ((ts.NativeDepth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Errors.RecursionError("maximum recursion depth exceeded");
                int depth = ts.Depth++;
                ts.NativeDepth++;
                frame.Back = ts.Frame;
                ts.Frame = frame;
                Probes.Probes.FunctionEntry(frame);
                try
                {
                    r = Run<Untraced>(frame, ts);
                    if (ReferenceEquals(r, ModeSwitch)) r = ContinueAfterSwitch(frame, ts, lines: true);
                }
                finally
                {
                    Probes.Probes.FunctionReturn(frame);
                    ts.Frame = frame.Back;
                    ts.Depth = depth;
                    ts.NativeDepth--;
                }
            }
            finally
            {
                g.SavedHandled = !frame.Finished && !ReferenceEquals(ts.Handled, outer) ? ts.Handled : null;
                ts.Handled = outer;
            }
        }
        catch (PyException e)
        {
            frame.Finished = true;
            if (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) throw PyGenerator.StopIterationEscaped(e.Value);
            throw;
        }
        finally
        {
            g.Running = false;
        }
        if (frame.Finished) return null;
        g.AfterYield();
        return r;
    }
}
