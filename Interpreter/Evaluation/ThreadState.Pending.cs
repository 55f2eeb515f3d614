#pragma warning disable CS0420 // Interlocked on the volatile Pending word: the interlocked operations are full fences themselves
using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>Bits of <see cref="ThreadState.Pending"/>: why a thread must stop at its next safe point.</summary>
[Flags]
internal enum PendingWork
{
    None = 0,
    /// <summary>The CLR finaliser thread queued Python finalisers (__del__, weakref callbacks) for this thread.</summary>
    Finalizers = 1,
    /// <summary>Another thread waited a whole switch interval for the GIL: let it run (Gil.Yield).</summary>
    GilDrop = 2,
    /// <summary>_thread.interrupt_main(): raise KeyboardInterrupt in this (the main) thread.</summary>
    Interrupt = 4,
    /// <summary>A signal with a Python handler arrived (main thread): run the handlers (_signal).</summary>
    Signals = 8,
    /// <summary>
    /// Leave the eval loop at the next back edge and call it again: a frame runs the machine code
    /// Loop had when the frame started, and tiered compilation replaces that code (ReadyToRun, then
    /// tier 1 with PGO) while a program runs; a long-running frame (nbody's one call of advance())
    /// would otherwise keep the first version for minutes. Requested by LoopReentry.
    /// </summary>
    ReenterLoop = 16,
    /// <summary>
    /// A signal arrived whose handler siginterrupt(sig, False) made restartable (SA_RESTART): the
    /// handler runs at the next safe point, but a blocking call the signal arrived in goes on, so the
    /// waits (which wake for <see cref="Signals"/>) do not look at this bit.
    /// </summary>
    RestartedSignals = 32,
}

public sealed partial class ThreadState
{
    /// <summary>Asks this thread to run <paramref name="work"/> at its next safe point; callable from any thread.</summary>
    internal void RequestPending(PendingWork work) => Interlocked.Or(ref Pending, (int)work);

    internal void ClearPending(PendingWork work) => Interlocked.And(ref Pending, ~(int)work);

    /// <summary>Work a blocking wait must wake up for: anything pending but a loop re-entry request.</summary>
    internal bool HasWakingWork => (Pending & ~(int)PendingWork.ReenterLoop) != 0;

#if DEBUG
    /// <summary>DEBUG builds only: when positive, KeyboardInterrupt is requested at that many safe
    /// points from now (each safe point in between is kept calling RunPending). Tests sweep the
    /// safe points of a run with it, deterministically, instead of interrupting at random times.</summary>
    internal int DebugInterruptCountdown;
#endif

    /// <summary>Called by the loop when <see cref="Pending"/> is not zero: does each requested piece of work;
    /// true when the loop is asked to leave and be called again (<see cref="PendingWork.ReenterLoop"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal bool RunPending()
    {
#if DEBUG
        if (DebugInterruptCountdown > 0 && --DebugInterruptCountdown == 0) RequestPending(PendingWork.Interrupt);
        try { return RunPendingWork(); }
        finally { if (DebugInterruptCountdown > 0) RequestPending(PendingWork.Finalizers); }
    }

    private bool RunPendingWork()
    {
#endif
        var work = (PendingWork)Pending;
        if ((work & PendingWork.ReenterLoop) != 0) ClearPending(PendingWork.ReenterLoop);
        if ((work & PendingWork.Finalizers) != 0) Finalization.RunPending(this);
        if ((work & PendingWork.GilDrop) != 0) YieldGil();
        if ((work & PendingWork.Interrupt) != 0) RaiseInterrupt();
        if ((work & (PendingWork.Signals | PendingWork.RestartedSignals)) != 0) SignalModule.RunHandlers(this);
        return (work & PendingWork.ReenterLoop) != 0;
    }
}
