using System.Runtime.InteropServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `_signal` functions about blocked and pending signals: pthread_sigmask, sigpending, sigwait,
/// sigwaitinfo, sigtimedwait and pthread_kill (CPython's signalmodule.c).
/// </summary>
/// <remarks>
/// In CPython a signal the main thread blocks stays pending in the kernel until it is unblocked or
/// taken by sigwait. Herthon cannot leave it to the kernel: the runtime's own threads (GC, finalizer,
/// signal thread) do not block it, so the kernel hands a process-directed signal to one of them — the
/// runtime's handler (its registration calls <see cref="Deliver"/>), or, under SIG_DFL, the default
/// action, death. So the main thread's mask is kept here as Python sees it: a signal in it that
/// arrives is held (<see cref="Hold"/>) instead of tripped; sigpending reports the held ones; sigwait
/// and its siblings take them; unblocking delivers them as they would have been delivered. While a
/// signal under SIG_DFL is blocked, a registration catches it so that it can be held (the default
/// action then happens when it is unblocked). The thread's kernel mask follows Python's for the
/// ordinary signals, so programs started from it inherit it, as they do from CPython; the faults
/// through which the runtime reports null references and arithmetic errors (a blocked SIGSEGV ends the
/// process) and the real-time signals it suspends threads with stay unblocked in the kernel.
/// Limit: the runtime's handler does not pass on the kernel's siginfo, so for a signal sent by another
/// process sigwaitinfo reports si_code SI_USER with si_pid and si_uid 0 (SI_KERNEL for SIGALRM, SIGVTALRM
/// and SIGPROF, the timers' signals); the process's own os.kill, raise_signal and pthread_kill and its
/// alarm and setitimer give CPython's values.
/// </remarks>
public static partial class SignalModule
{
    private const int SI_USER = 0, SI_KERNEL = 0x80, EINVAL = 22, ESRCH = 3;
    /// <summary>Signals 1-31 but SIGILL, SIGTRAP, SIGBUS, SIGFPE and SIGSEGV (and SIGKILL/SIGSTOP, which the kernel never blocks).</summary>
    private const ulong KernelBlockable = 0x7FFF_FFFFUL & ~((1UL << 3) | (1UL << 4) | (1UL << 6) | (1UL << 7) | (1UL << 10));

    /// <summary>The main thread's mask as Python sees it (bit sig-1), read from the kernel at first use.</summary>
    private static ulong s_blocked;
    private static bool s_blockedRead;
    /// <summary>Signals that arrived while blocked or waited for, not yet delivered or taken.</summary>
    private static ulong s_held;
    private static readonly (int Code, int Pid, uint Uid)[] s_heldInfo = new (int, int, uint)[NSIG];
    /// <summary>Signals some sigwait/sigwaitinfo/sigtimedwait is waiting for, and how many wait for each.</summary>
    private static ulong s_waitMask;
    private static readonly int[] s_waiters = new int[NSIG];
    private static readonly ManualResetEventSlim s_arrived = new(false);

    private static PyType? s_siginfo;
    private static PyType SigInfoType => s_siginfo ??= StructSeqType.Define("signal", "struct_siginfo",
        ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"], 7);

    private static ulong Bit(int sig) => 1UL << (sig - 1);

    private static void AddMaskFunctions(PyModule m)
    {
        m.Add("struct_siginfo", SigInfoType);
        m.AddFunction("pthread_sigmask", static (a, kw) =>
        {
            Args.Count("pthread_sigmask", a, kw, 2, 2);
            int how = (int)Ops.IndexValue(a[0]);
            ulong set = ToSigset(a[1]);
            var ts = ThreadState.Current;
            int err = KernelMask(how, set & KernelBlockable, out ulong kernelOld);
            if (err != 0) throw OSErrors.FromErrno(err);
            if (!IsMain(ts)) return ToSet(kernelOld);
            ulong old, released;
            lock (s_lock)
            {
                if (!s_blockedRead) { s_blocked = kernelOld; s_blockedRead = true; }
                old = s_blocked;
                s_blocked = how switch { 0 => old | set, 1 => old & ~set, _ => set };
                ulong changed = old ^ s_blocked;
                for (int sig = 1; sig < NSIG; sig++)
                    if ((changed & Bit(sig)) != 0 && ReferenceEquals(Current(sig), SigDfl)) Install(sig, Disposition.Default);
                released = s_held & ~s_blocked & ~s_waitMask;
                s_held &= ~released;
            }
            Release(released, ts);
            return ToSet(old);
        });
        m.AddFunction("sigpending", static (a, kw) =>
        {
            Args.Count("sigpending", a, kw, 0, 0);
            ulong pending = KernelPending();
            if (IsMain(ThreadState.Current)) lock (s_lock) pending |= s_held;
            return ToSet(pending);
        });
        m.AddFunction("sigwait", static (a, kw) =>
        {
            Args.Count("sigwait", a, kw, 1, 1);
            return PyInt.From(WaitFor(ToSigset(a[0]), -1).Sig);
        });
        m.AddFunction("sigwaitinfo", static (a, kw) =>
        {
            Args.Count("sigwaitinfo", a, kw, 1, 1);
            var (sig, info) = WaitFor(ToSigset(a[0]), -1);
            return SigInfo(sig, info);
        });
        m.AddFunction("sigtimedwait", static (a, kw) =>
        {
            Args.Count("sigtimedwait", a, kw, 2, 2);
            ulong set = ToSigset(a[0]);
            double timeout;
            if (a[1] is PyFloat f)
            {
                if (double.IsNaN(f.V)) throw Errors.ValueError("Invalid value NaN (not a number)");
                timeout = f.V;
            }
            else timeout = Ops.IndexValue(a[1]);
            if (timeout < 0) throw Errors.ValueError("timeout must be non-negative");
            var (sig, info) = WaitFor(set, timeout);
            return sig == 0 ? PyNone.Instance : SigInfo(sig, info);
        });
        m.AddFunction("pthread_kill", static (a, kw) =>
        {
            Args.Count("pthread_kill", a, kw, 2, 2);
            if (a[0] is not PyInt tid) throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            if (tid.Sign < 0) throw Errors.OverflowError("can't convert negative value to unsigned int");
            long ident = tid.Big is null ? tid.V : -1;
            int sig = (int)Ops.IndexValue(a[1]);
            var main = Host.Current.MainThread;
            var target = ident == main.Ident ? main : ThreadModule.Find(ident);
            if (target is null) throw OSErrors.FromErrno(ESRCH);
            if (sig < 0 || sig >= NSIG) throw OSErrors.FromErrno(EINVAL);
            if (sig == 0) return PyNone.Instance;
            // To the main thread: held if it blocks sig, else its handler tripped here (RaiseHere, as for a
            // kill: the target's mask decides, whichever thread sends it); under SIG_DFL, and to any other
            // thread, the kernel's tgkill.
            bool done = ReferenceEquals(target, main) && RaiseHere(sig, receiver: main);
            if (!done && tgkill(Environment.ProcessId, ThreadModule.NativeId(target), sig) != 0)
                throw OSErrors.FromErrno(Marshal.GetLastPInvokeError());
            var ts = ThreadState.Current;
            if (ReferenceEquals(ts, main) && ts.HasWakingWork) ts.RunPending();
            return PyNone.Instance;
        });
    }

    /// <summary>The mask a child process started by this thread inherits (posixsubprocess.c): the main thread's as
    /// Python sees it, another thread's from the kernel (pthread_sigmask there changes only the kernel's).</summary>
    internal static ulong ChildMask()
    {
        if (IsMain(ThreadState.Current)) lock (s_lock) if (s_blockedRead) return s_blocked;
        KernelMask(0 /* SIG_BLOCK of nothing */, 0, out ulong mask);
        return mask;
    }

    private static ThreadState? MainThread => Host.CurrentOrNull?.MainThread ?? s_main;

    private static bool IsMain(ThreadState ts) => ReferenceEquals(ts, MainThread);

    /// <summary>
    /// A signal arriving (from the runtime's signal thread, or raised by this process) that the main thread
    /// blocks or a sigwait waits for: held, with what is known of its sender, instead of delivered.
    /// </summary>
    private static bool Hold(int sig, int code, int pid, uint uid)
    {
        lock (s_lock)
        {
            if (((s_blocked | s_waitMask) & Bit(sig)) == 0) return false;
            if ((s_held & Bit(sig)) == 0) { s_held |= Bit(sig); s_heldInfo[sig] = (code, pid, uid); }
        }
        s_arrived.Set();
        return true;
    }

    /// <summary>
    /// Delivers signals held while blocked, as the kernel does when they are unblocked: the Python handler,
    /// KeyboardInterrupt, nothing under SIG_IGN, or the default action; handlers run before this returns
    /// (CPython's pthread_sigmask calls PyErr_CheckSignals).
    /// </summary>
    private static void Release(ulong released, ThreadState ts)
    {
        var main = MainThread;
        for (int sig = 1; sig < NSIG && released != 0; sig++)
        {
            if ((released & Bit(sig)) == 0) continue;
            released &= ~Bit(sig);
            PyObject h;
            lock (s_lock) h = Current(sig);
            if (ReferenceEquals(h, SigIgn)) continue;
            if (sig == SIGINT && ReferenceEquals(h, s_defaultIntHandler)) { Interrupts.Interrupt(main); continue; }
            if (!ReferenceEquals(h, SigDfl)) { Trip(sig, main); continue; }
            if (IgnoredByDefault(sig)) continue;
            PosixNative.kill(Environment.ProcessId, sig);   // the registration that held it is gone: the kernel's default action
            Thread.Sleep(200);
        }
        if (ReferenceEquals(ts, main) && ts.HasWakingWork) ts.RunPending();
    }

    /// <summary>
    /// sigwait and its siblings: waits (without the GIL) until a signal of <paramref name="set"/> is held,
    /// takes it and returns it with its sender; (0, _) when <paramref name="timeout"/> (seconds, negative:
    /// none) runs out. Handlers of other signals run while it waits; one that raises ends the wait (PEP 475).
    /// </summary>
    private static (int Sig, (int Code, int Pid, uint Uid) Info) WaitFor(ulong set, double timeout)
    {
        var ts = ThreadState.Current;
        long deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        lock (s_lock)
            for (int sig = 1; sig < NSIG; sig++)
                if ((set & Bit(sig)) != 0 && s_waiters[sig]++ == 0) s_waitMask |= Bit(sig);
        try
        {
            while (true)
            {
                lock (s_lock)
                {
                    ulong ready = s_held & set;
                    if (ready != 0)
                    {
                        int sig = System.Numerics.BitOperations.TrailingZeroCount(ready) + 1;
                        s_held &= ~Bit(sig);
                        return (sig, s_heldInfo[sig]);
                    }
                }
                if (ts.HasWakingWork) { ts.RunPending(); continue; }
                long now = Environment.TickCount64;
                if (now >= deadline) return (0, default);
                using (Gil.Unlocked())
                {
                    s_arrived.Reset();
                    if ((Volatile.Read(ref s_held) & set) == 0 && !ts.HasWakingWork)
                        s_arrived.Wait((int)Math.Min(50, deadline - now));   // 50 ms: Ctrl-C and handlers are seen at least that often
                }
            }
        }
        finally
        {
            lock (s_lock)
                for (int sig = 1; sig < NSIG; sig++)
                    if ((set & Bit(sig)) != 0 && --s_waiters[sig] == 0) s_waitMask &= ~Bit(sig);
        }
    }

    private static PyObject SigInfo(int sig, (int Code, int Pid, uint Uid) info) => StructSeqType.Make(SigInfoType,
        [PyInt.From(sig), PyInt.From(info.Code), PyInt.From(0), PyInt.From(info.Pid), PyInt.From(info.Uid), PyInt.From(0),
         PyInt.From((long)(uint)info.Pid | (long)info.Uid << 32)]);   // si_band shares the kernel's union with si_pid and si_uid

    /// <summary>CPython's _Py_Sigset_Converter: an iterable of signal numbers, 32 and 33 (glibc's own) skipped with a RuntimeWarning.</summary>
    private static ulong ToSigset(PyObject o)
    {
        ulong set = 0;
        for (var it = Ops.GetIter(o); it.Next() is { } item;)
        {
            long sig = item is PyInt { Big: not null } ? -1 : Ops.IndexValue(item);   // -1: overflow, as CPython reports it
            if (sig <= 0 || sig >= NSIG) throw Errors.ValueError($"signal number {sig} out of range [1; {NSIG - 1}]");
            if (sig is 32 or 33) { OptionWarnings.Warn(TypeObjects.RuntimeWarning, $"invalid signal number {sig}, please use valid_signals()"); continue; }
            set |= Bit((int)sig);
        }
        return set;
    }

    private static PyObject ToSet(ulong mask)
    {
        var set = new PySet();
        for (int sig = 1; sig < NSIG; sig++) if ((mask & Bit(sig)) != 0) set.Add(PyInt.From(sig));
        return set;
    }

    /// <summary>pthread_sigmask(2) of the calling thread; returns its error number and the old mask.</summary>
    private static unsafe int KernelMask(int how, ulong set, out ulong old)
    {
        ulong* newSet = stackalloc ulong[16], oldSet = stackalloc ulong[16];   // glibc's sigset_t: 1024 bits
        new Span<ulong>(newSet, 16).Clear();
        new Span<ulong>(oldSet, 16).Clear();
        newSet[0] = set;
        int err = pthread_sigmask(how, newSet, oldSet);
        old = oldSet[0];
        return err;
    }

    private static unsafe ulong KernelPending()
    {
        ulong* set = stackalloc ulong[16];
        new Span<ulong>(set, 16).Clear();
        return sigpending(set) == 0 ? set[0] & ~(Bit(32) | Bit(33)) : 0;
    }

    [DllImport("libc")] private static extern unsafe int pthread_sigmask(int how, ulong* set, ulong* old);
    [DllImport("libc")] private static extern unsafe int sigpending(ulong* set);
    [DllImport("libc", SetLastError = true)] private static extern int tgkill(int pid, int tid, int sig);
}
