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
    /// <summary>The self-pipe: a byte is written to it on every <see cref="Notify"/>, so a main thread waiting
    /// in poll(2) on a descriptor wakes up too (the runtime handles signals on a thread of its own, so the
    /// main thread's system calls are never interrupted by EINTR as CPython's are).</summary>
    private static int s_wakeRead = -1, s_wakeWrite = -1;

    /// <summary>True on the thread that receives KeyboardInterrupt and runs signal handlers.</summary>
    internal static bool IsMainThread(ThreadState ts) => ReferenceEquals(ts, s_main);

    /// <summary>Called by the CLI on the thread that runs the program.</summary>
    internal static void InstallForMainThread()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        s_main = ThreadState.Current;
        if (s_wakeRead < 0)
        {
            Span<int> fds = stackalloc int[2];
            if (pipe2(ref fds[0], O_NONBLOCK | O_CLOEXEC) == 0) { s_wakeRead = fds[0]; s_wakeWrite = fds[1]; }
        }
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
        Notify();
    }

    /// <summary>Wakes every wait of the main thread that Ctrl-C or a signal handler may end.</summary>
    internal static void Notify()
    {
        Wake.Set();
        if (s_wakeWrite >= 0) { byte b = 0; write(s_wakeWrite, ref b, 1); }   // a full pipe already wakes the reader
    }

    private const int F_GETFL = 3, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000, POLLIN = 1, POLLOUT = 4, EINTR = 4;
    private const int WakeWork = (int)(PendingWork.Interrupt | PendingWork.Signals | PendingWork.RestartedSignals);
    /// <summary>What ends a wait for a descriptor: a signal whose handler siginterrupt(sig, False) made
    /// restartable does not (SA_RESTART restarts read and write; sleeps and lock waits end anyway).</summary>
    private const int DescriptorWakeWork = (int)(PendingWork.Interrupt | PendingWork.Signals);

    /// <summary>
    /// Before a blocking read or write of <paramref name="fd"/> on the main thread: waits (without the GIL)
    /// until the descriptor is ready, running KeyboardInterrupt and signal handlers when they arrive — they
    /// raise, or the wait goes on (PEP 475), as CPython's EINTR handling does. Other threads return at once.
    /// </summary>
    internal static void WaitReady(int fd, bool forWrite)
    {
        var ts = ThreadState.Current;
        if (fd < 0 || !ReferenceEquals(ts, s_main) || s_wakeRead < 0) return;   // poll(2) ignores a negative fd: the call reports EBADF
        if (NonBlocking(fd)) return;   // the call reports EAGAIN at once, as it must
        Span<PollFd> fds = stackalloc PollFd[2];
        Span<byte> sink = stackalloc byte[64];
        while (true)
        {
            if ((ts.Pending & DescriptorWakeWork) != 0) { ts.RunPending(); continue; }
            fds[0] = new PollFd { Fd = fd, Events = (short)(forWrite ? POLLOUT : POLLIN) };
            fds[1] = new PollFd { Fd = s_wakeRead, Events = POLLIN };
            int r;
            using (Gil.Unlocked()) r = poll(ref fds[0], 2, -1);
            if (r < 0) { if (Marshal.GetLastPInvokeError() == EINTR) continue; return; }   // let the call itself report
            if (fds[1].Revents != 0) while (read(s_wakeRead, ref sink[0], 64) > 0) { }
            if ((ts.Pending & DescriptorWakeWork) != 0) continue;   // handled at the top of the loop, with the GIL
            if (fds[0].Revents != 0) return;
        }
    }

    /// <summary>The self-pipe's reading end, for a wait that polls it beside its own descriptors (select, poll, epoll).</summary>
    internal static int WakeFd => s_wakeRead;

    /// <summary>Empties the self-pipe after a wait saw it readable.</summary>
    internal static void DrainWake()
    {
        Span<byte> sink = stackalloc byte[64];
        while (read(s_wakeRead, ref sink[0], 64) > 0) { }
    }

    /// <summary>Whether a signal handler or Ctrl-C waits to run on <paramref name="ts"/>: a wait for descriptors ends for it.</summary>
    internal static bool SignalWaiting(ThreadState ts) => (ts.Pending & DescriptorWakeWork) != 0;

    /// <summary>True on the main thread of the CLI: its blocking calls must end when a signal arrives.</summary>
    internal static bool OnInterruptibleThread => s_wakeRead >= 0 && ReferenceEquals(ThreadState.Current, s_main);

    /// <summary>
    /// write(2) of <paramref name="data"/> to a pipe, socket or terminal on the main thread, as a
    /// blocking write behaves under signals in CPython: it waits for room (without the GIL) a page
    /// at a time, so a signal ends the wait; if some bytes went out it returns their count (the
    /// handler runs at the caller's next check, as after a partial write(2)), otherwise the handler
    /// runs here: it raises, or the write goes on (PEP 475). -1 with errno set when write(2) failed
    /// before anything was written.
    /// </summary>
    internal static nint Write(int fd, byte[] data)
    {
        const int PipeBuf = 4096;   // a pipe that polls writable has a free page: this much never blocks
        var ts = ThreadState.Current;
        if (data.Length == 0 || NonBlocking(fd)) { nint put; using (Gil.Unlocked()) put = write(fd, ref MemoryMarshal.GetArrayDataReference(data), data.Length); return put; }
        Span<PollFd> fds = stackalloc PollFd[2];
        Span<byte> sink = stackalloc byte[64];
        int total = 0;
        while (total < data.Length)
        {
            if ((ts.Pending & DescriptorWakeWork) != 0)
            {
                if (total > 0) return total;
                ts.RunPending();
                continue;
            }
            fds[0] = new PollFd { Fd = fd, Events = POLLOUT };
            fds[1] = new PollFd { Fd = s_wakeRead, Events = POLLIN };
            int r;
            using (Gil.Unlocked()) r = poll(ref fds[0], 2, -1);
            if (r < 0 && Marshal.GetLastPInvokeError() == EINTR) continue;
            if (r > 0 && fds[1].Revents != 0) while (read(s_wakeRead, ref sink[0], 64) > 0) { }
            if ((ts.Pending & DescriptorWakeWork) != 0) continue;
            if (r > 0 && fds[0].Revents == 0) continue;
            nint n;   // also when poll failed or reported an error: write(2) says which
            using (Gil.Unlocked()) n = write(fd, ref data[total], Math.Min(PipeBuf, data.Length - total));
            if (n < 0)
            {
                if (Marshal.GetLastPInvokeError() == EINTR) continue;
                return total > 0 ? total : -1;
            }
            total += (int)n;
        }
        return total;
    }

    /// <summary>
    /// A lock wait as CPython's on POSIX: on the main thread Ctrl-C and signal handlers interrupt it (and
    /// run; an exception from them propagates, otherwise the wait resumes with the time left). Called
    /// with the GIL held; waits without it. <paramref name="timeoutMs"/> negative: no limit.
    /// </summary>
    internal static bool WaitSemaphore(SemaphoreSlim sem, double timeoutMs)
    {
        var ts = ThreadState.Current;
        long deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeoutMs);
        if (!ReferenceEquals(ts, s_main))
            using (Gil.Unlocked())
                return timeoutMs < 0 ? sem.Wait(Timeout.Infinite) : sem.Wait(TimeSpan.FromMilliseconds(Math.Min(timeoutMs, int.MaxValue - 1)));
        var handles = new WaitHandle[] { sem.AvailableWaitHandle, Wake.WaitHandle };
        while (true)
        {
            if ((ts.Pending & WakeWork) != 0) ts.RunPending();
            long left = deadline == long.MaxValue ? -1 : Math.Max(0, deadline - Environment.TickCount64);
            using (Gil.Unlocked())
            {
                Wake.Reset();
                if ((ts.Pending & WakeWork) == 0)
                {
                    if (sem.Wait(0)) return true;
                    WaitHandle.WaitAny(handles, left > int.MaxValue ? int.MaxValue - 1 : (int)left);
                    if (sem.Wait(0)) return true;
                }
            }
            if ((ts.Pending & WakeWork) == 0 && deadline != long.MaxValue && Environment.TickCount64 >= deadline) return false;
        }
    }

    private static bool NonBlocking(int fd) => (fcntl(fd, F_GETFL, 0) & O_NONBLOCK) != 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd { public int Fd; public short Events; public short Revents; }

    [DllImport("libc", SetLastError = true)] private static extern int poll(ref PollFd fds, nuint n, int timeout);
    [DllImport("libc", SetLastError = true)] private static extern int fcntl(int fd, int cmd, int arg);
    [DllImport("libc", SetLastError = true)] private static extern int pipe2(ref int fds, int flags);
    [DllImport("libc", SetLastError = true)] private static extern nint write(int fd, ref byte buf, nint n);
    [DllImport("libc", SetLastError = true)] private static extern nint read(int fd, ref byte buf, nint n);

    /// <summary>
    /// time.sleep's wait (without the GIL) until <paramref name="end"/> (UTC): false when the time is up,
    /// true as soon as Ctrl-C or a signal with a Python handler arrives — the caller then runs it with the
    /// GIL and, unless it raised, sleeps on for the rest (PEP 475; nanosleep is never restarted, so a
    /// restartable handler ends the wait too).
    /// </summary>
    internal static bool SleepUntil(DateTime end)
    {
        var ts = ThreadState.Current;
        while (true)
        {
            if ((ts.Pending & WakeWork) != 0) return true;
            var left = end - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return false;
            Wake.Reset();
            if ((ts.Pending & WakeWork) != 0) continue;
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
