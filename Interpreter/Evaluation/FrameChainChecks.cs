using System.Diagnostics;

namespace Herthon.Evaluation;

/// <summary>
/// DEBUG-only checks of the frame-chain invariant: while a frame runs, its Back is its caller and
/// ts.Frame is the innermost running frame. A broken chain throws <see cref="FrameChainBroken"/>,
/// which no catch of the interpreter turns into a Python exception, so a test run reports it as an
/// internal error with the stack of the place that broke it. Release builds contain none of this
/// (every method is [Conditional("DEBUG")]: the calls are not compiled).
/// </summary>
internal static class FrameChainChecks
{
    /// <summary>Thrown by a failed check (DEBUG builds only).</summary>
    internal sealed class FrameChainBroken(string message) : Exception(message);

    /// <summary>An Execute-like exit: the frame's Back must still be what its entry set.</summary>
    [Conditional("DEBUG")]
    internal static void BackUnchanged(Frame f, Frame? back)
    {
        if (!ReferenceEquals(f.Back, back))
            throw new FrameChainBroken($"frame of {f.Code.Name}: Back changed while it ran ({Describe(back)} -> {Describe(f.Back)})");
    }

    /// <summary>A frame is made current on top of <paramref name="caller"/>, which must be current.</summary>
    [Conditional("DEBUG")]
    internal static void IsCurrent(ThreadState ts, Frame f, string where)
    {
        if (!ReferenceEquals(ts.Frame, f))
            throw new FrameChainBroken($"{where}: frame of {f.Code.Name} is not ts.Frame ({Describe(ts.Frame)})");
    }

    /// <summary>An exception came back to Run: the chain from ts.Frame must reach the entry frame.</summary>
    [Conditional("DEBUG")]
    internal static void Reaches(ThreadState ts, Frame entry)
    {
        for (var f = ts.Frame; f is not null; f = f.Back)
            if (ReferenceEquals(f, entry)) return;
        throw new FrameChainBroken($"the chain from ts.Frame ({Describe(ts.Frame)}) does not reach the entry frame of {entry.Code.Name}");
    }

    /// <summary>A frame is cleared for reuse or let go: it must not be on the running chain.</summary>
    [Conditional("DEBUG")]
    internal static void NotRunning(Frame frame, string what)
    {
        var ts = ThreadState.Current;
        int n = 0;
        for (var f = ts.Frame; f is not null && n < 100_000; f = f.Back, n++)
            if (ReferenceEquals(f, frame))
                throw new FrameChainBroken($"{what}: frame of {frame.Code.Name} is on the running chain (depth {n} from ts.Frame)");
    }

    private static string Describe(Frame? f) => f is null ? "null" : f.Code.Name;
}
