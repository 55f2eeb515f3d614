namespace Herthon.Evaluation;

/// <summary>
/// Tiered compilation replaces Loop's machine code while a program runs (the ReadyToRun code from
/// Herthon.dll first, tier 1 once Loop is hot, with PGO data), but a Python frame keeps running the
/// version Loop had when the frame was entered. A program whose work is one long call (nbody's
/// advance(), a main() with the loop inside) ran at the speed of whichever version it happened to
/// start in: nbody took 2.4 s or 3.7 s depending on when the tier-1 code arrived. So while the
/// program's thread runs, the waiting CLI thread asks it every few milliseconds, then more rarely,
/// to leave Loop at its next back edge and call it again (<see cref="PendingWork.ReenterLoop"/>,
/// through the eval breaker: no extra check in the loop). Those calls also count towards the
/// tier-up of a Loop that is no longer called otherwise. Both tier-ups happen within the first
/// second or two; later the asking stops.
/// </summary>
internal static class LoopReentry
{
    /// <summary>Waits for <paramref name="thread"/> to end, asking the thread state it runs to re-enter the loop meanwhile.</summary>
    public static void JoinAsking(Thread thread, Func<ThreadState?> state)
    {
        int waited = 0;
        while (waited < 10_000)
        {
            int interval = waited < 1_000 ? 10 : 100;
            if (thread.Join(interval)) return;
            waited += interval;
            state()?.RequestPending(PendingWork.ReenterLoop);
        }
        thread.Join();
    }
}
