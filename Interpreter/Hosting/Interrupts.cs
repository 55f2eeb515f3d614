using System.Runtime.InteropServices;
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>Ctrl-C as CPython: SIGINT sets <see cref="PendingWork.Interrupt"/> on the main thread,
/// whose loop raises KeyboardInterrupt at its next safe point (back edge or call return), and wakes
/// a blocking time.sleep. An uncaught KeyboardInterrupt ends the process the way CPython's does:
/// by re-raising SIGINT with its default action, so the parent sees a death by signal (status 130).</summary>
internal static class Interrupts
{
    private static ThreadState? s_main;
    private static PosixSignalRegistration? s_sigint;
    /// <summary>True once the CLI handles SIGINT here (the _signal module then leaves SIGINT's registration to it).</summary>
    internal static bool Installed => s_sigint is not null;
    /// <summary>Set when SIGINT arrives; time.sleep waits on it instead of sleeping blindly.</summary>
    internal static readonly ManualResetEventSlim Wake = new(false);

    /// <summary>Called by the CLI on the thread that runs the program.</summary>
    internal static void InstallForMainThread()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        s_main = ThreadState.Current;
        s_sigint ??= PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx =>
        {
            ctx.Cancel = true;   // the program decides, not the runtime
            if (SignalModule.Deliver(2)) return;   // signal.signal(SIGINT, ...) replaced the default handler
            Interrupt(s_main);
        });
    }

    /// <summary>Asks <paramref name="ts"/> to raise KeyboardInterrupt at its next safe point.</summary>
    internal static void Interrupt(ThreadState? ts)
    {
        if (ts is null) return;
        ts.RequestPending(PendingWork.Interrupt);
        Wake.Set();
    }

    /// <summary>time.sleep: sleeps, but returns early (raising KeyboardInterrupt) when interrupted.</summary>
    internal static void Sleep(TimeSpan span)
    {
        var ts = ThreadState.Current;
        var end = DateTime.UtcNow + span;
        while (true)
        {
            if ((ts.Pending & (int)PendingWork.Interrupt) != 0) return;   // the caller raises it once it holds the GIL again
            var left = end - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return;
            Wake.Reset();
            if ((ts.Pending & (int)PendingWork.Interrupt) != 0) continue;
            Wake.Wait(left);
        }
    }

    /// <summary>Ends the process as a default SIGINT would (CPython's _Py_HandleSystemExit / exit 130 path).</summary>
    internal static void DieOfSigint()
    {
        if (!OperatingSystem.IsLinux()) return;
        s_sigint?.Dispose();
        signal(2, 0);   // SIG_DFL
        kill(getpid(), 2);
        Thread.Sleep(1000);   // the signal is delivered asynchronously
    }

    [DllImport("libc")] private static extern nint signal(int sig, nint handler);
    [DllImport("libc")] private static extern int kill(int pid, int sig);
    [DllImport("libc")] private static extern int getpid();
}
