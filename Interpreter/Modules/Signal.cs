using System.Runtime.InteropServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `_signal` module (CPython's Modules/signalmodule.c) under CPython's `signal.py`.
/// </summary>
/// <remarks>
/// The .NET runtime owns the process's signal handlers; a Python handler is a
/// PosixSignalRegistration whose callback (on the runtime's signal thread) only marks the signal
/// tripped, writes the signal number to the wakeup fd (asyncio's self-pipe) and sets
/// <see cref="PendingWork.Signals"/> on the main thread, whose loop calls the Python handlers at its
/// next safe point — CPython's design, where the C handler only trips a flag and the eval breaker
/// runs the Python code. SIGINT's default handler is CPython's default_int_handler: Ctrl-C becomes
/// KeyboardInterrupt through <see cref="Interrupts"/>; SIGPIPE and SIGXFSZ start ignored, as in CPython.
/// Handler state is process-wide, like the signals themselves.
/// </remarks>
public static partial class SignalModule
{
    private const int NSIG = 65, SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGSTOP = 19, SIGXFSZ = 25;
    private static readonly PyObject SigDfl = PyInt.From(0), SigIgn = PyInt.From(1);
    private static readonly object s_lock = new();
    private static readonly PyObject?[] s_handlers = new PyObject?[NSIG];
    private static readonly PosixSignalRegistration?[] s_registrations = new PosixSignalRegistration?[NSIG];
    private static readonly int[] s_tripped = new int[NSIG];
    /// <summary>siginterrupt(sig, False): a blocking call goes on when sig arrives; its handler runs after it.</summary>
    private static readonly bool[] s_restart = new bool[NSIG];
    private static ThreadState? s_main;
    private static int s_wakeupFd = -1;
    private static PyObject? s_defaultIntHandler;
    /// <summary>Signals the process inherited ignored (a background job's SIGINT and SIGQUIT, nohup's SIGHUP):
    /// CPython starts them as SIG_IGN and gives SIGINT no default_int_handler. Read once, before this module
    /// changes any disposition.</summary>
    private static readonly bool[] s_startIgnored = ReadStartIgnored();

    private static readonly (string, int)[] Numbers =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
        ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17),
        ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23),
        ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29),
        ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("NSIG", NSIG), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2),
        ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_signal");
        foreach (var (name, value) in Numbers) m.Add(name, PyInt.From(value));
        m.Add("SIG_DFL", SigDfl);
        m.Add("SIG_IGN", SigIgn);
        s_defaultIntHandler ??= new PyBuiltinFunction("default_int_handler", static (a, kw) =>
            throw new PyException(Errors.NewException(TypeObjects.KeyboardInterrupt, [])));
        m.Add("default_int_handler", s_defaultIntHandler);
        m.AddFunction("signal", static (a, kw) =>
        {
            Args.Count("signal", a, kw, 2, 2);
            int sig = SignalNumber(a[0]);
            var handler = a[1];
            bool dfl = handler is PyInt { Big: null } d && d.V == 0, ign = handler is PyInt { Big: null } g && g.V == 1;
            if (!dfl && !ign && !Builtins.IsCallable(handler))
                throw Errors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            RequireMainThread();
            if (sig == SIGKILL || sig == SIGSTOP || sig is 32 or 33) throw OSErrors.FromErrno(22);
            lock (s_lock)
            {
                var old = Current(sig);
                s_handlers[sig] = dfl ? SigDfl : ign ? SigIgn : handler;
                if (ign || (dfl && IgnoredByDefault(sig))) s_held &= ~Bit(sig);   // POSIX: ignoring a pending signal discards it
                s_restart[sig] = false;   // CPython installs handlers without SA_RESTART: calls are interrupted
                s_main = ThreadState.Current;
                Install(sig, dfl ? Disposition.Default : ign ? Disposition.Ignore : Disposition.Python);
                FaulthandlerModule.Supersede(sig);   // the last sigaction wins, as in CPython
                return old;
            }
        });
        m.AddFunction("getsignal", static (a, kw) =>
        {
            Args.Count("getsignal", a, kw, 1, 1);
            int sig = SignalNumber(a[0]);
            lock (s_lock) return Current(sig);
        });
        m.AddFunction("raise_signal", static (a, kw) =>
        {
            Args.Count("raise_signal", a, kw, 1, 1);
            int sig = SignalNumber(a[0]);
            if (RaiseHere(sig, thread: true)) return PyNone.Instance;
            if (raise(sig) != 0) throw OSErrors.FromErrno(Marshal.GetLastPInvokeError());
            Thread.Sleep(200);   // SIG_DFL: the default action (usually the end of the process) is on its way
            return PyNone.Instance;
        });
        m.AddFunction("strsignal", static (a, kw) =>
        {
            Args.Count("strsignal", a, kw, 1, 1);
            int sig = SignalNumber(a[0]);
            string? text = Marshal.PtrToStringUTF8(strsignal(sig));
            return text is null || text.Contains("Unknown signal") ? PyNone.Instance : PyStr.From(text);
        });
        m.AddFunction("valid_signals", static (a, kw) =>
        {
            Args.Count("valid_signals", a, kw, 0, 0);
            var set = new PySet();
            for (int i = 1; i < NSIG; i++) if (i is not (32 or 33)) set.Add(PyInt.From(i));
            return set;
        });
        m.Add("ItimerError", ItimerError);
        m.AddFunction("setitimer", static (a, kw) =>
        {
            Args.Count("setitimer", a, kw, 2, 3);
            int which = (int)Ops.IndexValue(a[0]);
            Span<long> value = stackalloc long[4], old = stackalloc long[4];   // it_interval, it_value: (tv_sec, tv_usec) each
            SetTimeval(value[2..], a[1]);
            SetTimeval(value[..2], a.Length > 2 ? a[2] : null);
            if (setitimer(which, ref value[0], ref old[0]) != 0) throw ItimerFailed();
            return ItimerValue(old);
        });
        m.AddFunction("getitimer", static (a, kw) =>
        {
            Args.Count("getitimer", a, kw, 1, 1);
            int which = (int)Ops.IndexValue(a[0]);
            Span<long> value = stackalloc long[4];
            if (getitimer(which, ref value[0]) != 0) throw ItimerFailed();
            return ItimerValue(value);
        });
        m.AddFunction("alarm", static (a, kw) =>
        {
            Args.Count("alarm", a, kw, 1, 1);
            return PyInt.From(alarm((uint)Ops.IndexValue(a[0])));
        });
        m.AddFunction("pause", static (a, kw) =>
        {
            // The runtime's signal thread receives the signal, so pause(2) here would never wake:
            // wait for the next signal this module or Ctrl-C handling sees, then run its handler.
            Args.Count("pause", a, kw, 0, 0);
            var ts = ThreadState.Current;
            using (Gil.Unlocked())
                while (!ts.HasWakingWork) { Interrupts.Wake.Reset(); if (!ts.HasWakingWork) Interrupts.Wake.Wait(); }
            ts.RunPending();
            return PyNone.Instance;
        });
        m.AddFunction("set_wakeup_fd", static (a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n != 1) throw Errors.TypeError($"set_wakeup_fd() takes exactly 1 positional argument ({n} given)");
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                if (kw![i] != "warn_on_full_buffer") throw Errors.TypeError($"set_wakeup_fd() got an unexpected keyword argument '{kw[i]}'");
            int fd = (int)Ops.IndexValue(a[0]);
            RequireMainThread("set_wakeup_fd only works in main thread of the main interpreter");
            if (fd != -1 && fcntl(fd, 1 /* F_GETFD */) < 0) throw Errors.ValueError($"the fd {fd} must be in non-blocking mode");
            if (fd != -1 && (fcntl(fd, 3 /* F_GETFL */) & 0x800 /* O_NONBLOCK */) == 0) throw Errors.ValueError($"the fd {fd} must be in non-blocking mode");
            int old = Interlocked.Exchange(ref s_wakeupFd, fd);
            return PyInt.From(old);
        });
        m.AddFunction("siginterrupt", static (a, kw) =>
        {
            // CPython's flag is SA_RESTART on the handler: True (the default after signal.signal) interrupts
            // a blocking call, whose handler runs at once and whose call is retried if it returns (PEP 475);
            // False lets the call go on and runs the handler after it.
            Args.Count("siginterrupt", a, kw, 2, 2);
            int sig = SignalNumber(a[0]);
            bool interrupt = Ops.Truth(a[1]);
            lock (s_lock) s_restart[sig] = !interrupt;
            return PyNone.Instance;
        });
        AddMaskFunctions(m);
        return m;
    }

    private enum Disposition { Default, Ignore, Python }

    private static PyType? s_itimerError;
    /// <summary>signal.ItimerError, CPython's "signal.itimer_error": the OSError setitimer and getitimer raise.</summary>
    private static PyType ItimerError => s_itimerError ??= Errors.ModuleException("itimer_error", "signal", TypeObjects.OSError);

    private static PyException ItimerFailed()
    {
        int errno = Marshal.GetLastPInvokeError();
        return new PyException(Errors.NewException(ItimerError, [PyInt.From(errno), PyStr.From(OSErrors.Message(errno))]));
    }

    /// <summary>A number of seconds as a struct timeval, rounded up to the microsecond (CPython's timeval_from_double).</summary>
    private static void SetTimeval(Span<long> tv, PyObject? seconds)
    {
        long us;
        if (seconds is null) us = 0;
        else if (seconds is PyFloat f)
        {
            double d = f.V;
            if (double.IsNaN(d)) throw Errors.ValueError("Invalid value NaN (not a number)");
            double ns = Math.Ceiling(d * 1e9);
            if (!(Math.Abs(ns) < 9.2e18)) throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
            long n = (long)ns;
            us = n / 1000 + (n % 1000 > 0 ? 1 : 0);
        }
        else
        {
            long v = Ops.IndexValue(seconds);
            if (v > long.MaxValue / 1_000_000_000 || v < long.MinValue / 1_000_000_000) throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
            us = v * 1_000_000;
        }
        tv[0] = Math.DivRem(us, 1_000_000, out long rem);
        if (rem < 0) { tv[0]--; rem += 1_000_000; }
        tv[1] = rem;
    }

    /// <summary>(it_value, it_interval) in seconds, as CPython's itimer_retval.</summary>
    private static PyObject ItimerValue(ReadOnlySpan<long> itv) => PyTuple.From(
        [new PyFloat(itv[2] + itv[3] / 1e6), new PyFloat(itv[0] + itv[1] / 1e6)]);

    /// <summary>The command line's start-up, as CPython's: SIGXFSZ ignored, so that writing past RLIMIT_FSIZE
    /// fails with EFBIG (OSError) instead of killing the process (.NET already ignores SIGPIPE).</summary>
    internal static void IgnoreAtStartup()
    {
        if (!s_startIgnored[SIGXFSZ]) signal(SIGXFSZ, 1);
    }

    private static PyObject Current(int sig) => s_handlers[sig] ?? (s_startIgnored[sig] ? SigIgn : sig switch
    {
        SIGINT => s_defaultIntHandler!,
        SIGPIPE or SIGXFSZ => SigIgn,
        _ => SigDfl,
    });

    private static void Install(int sig, Disposition how)
    {
        // SIG_DFL of a signal the main thread blocks: a registration holds it until it is unblocked (Signal.Masks.cs).
        bool hold = how == Disposition.Default && (s_blocked & Bit(sig)) != 0 && Holdable(sig);
        if (sig == SIGINT && Interrupts.Installed)
        {
            // The CLI's registration asks Deliver() first; SIG_DFL and SIG_IGN are the kernel's, as in
            // CPython (Ctrl-C then kills the process, or is ignored by it and by the programs it runs).
            if (how == Disposition.Python || hold) ReceiveFromKernel(sig);
            else signal(sig, how == Disposition.Default ? 0 : 1);
            return;
        }
        bool kernelIgnores = sig is SIGPIPE or SIGXFSZ || s_startIgnored[sig];
        if (how == Disposition.Python || hold || (how == Disposition.Ignore && !kernelIgnores))
        {
            // One registration for as long as the signal is handled or ignored here: its callback reads the
            // handler when the signal arrives, so a program switching handlers (test_signal's
            // test_stress_modifying_handlers) never leaves a moment in which the runtime's default, death, applies.
            s_registrations[sig] ??= PosixSignalRegistration.Create((PosixSignal)sig, ctx =>
            {
                ctx.Cancel = true;
                Deliver(sig);
            });
            if (how == Disposition.Python || hold) ReceiveFromKernel(sig);
            return;
        }
        // SIG_DFL (disposing gives the runtime's default action back), or SIG_IGN of a signal the kernel
        // ignores: SIGPIPE and SIGXFSZ (ignored at start-up, as CPython does, and never handled by the
        // runtime) and signals ignored since start-up (which the runtime leaves to the kernel for good).
        s_registrations[sig]?.Dispose();
        s_registrations[sig] = null;
        if (kernelIgnores) signal(sig, how == Disposition.Default ? 0 : 1);
    }

    private const int SA_SIGINFO = 4, SigactionSize = 152, SigactionFlags = 136;

    /// <summary>
    /// Makes the kernel hand <paramref name="sig"/> to the runtime's signal thread, whose registrations
    /// call <see cref="Deliver"/>. The runtime installs its handler when a registration is created — except
    /// for a signal that was ignored when the process started, which it leaves ignored for good. Such a
    /// signal (or SIGINT after SIG_DFL/SIG_IGN) gets the runtime's handler copied from a signal it handles
    /// (SIGCONT, which it installs at start-up for the terminal, or SIGINT/SIGQUIT/SIGWINCH/SIGCHLD).
    /// </summary>
    private static unsafe void ReceiveFromKernel(int sig)
    {
        byte* current = stackalloc byte[256];
        if (sigaction(sig, null, current) != 0 || IsRuntimeHandler(current)) return;
        byte* runtime = stackalloc byte[256];
        if (s_runtimeAction is null)
            foreach (int from in (ReadOnlySpan<int>)[18 /* SIGCONT */, SIGINT, 3 /* SIGQUIT */, 28 /* SIGWINCH */, 17 /* SIGCHLD */])
            {
                if (from == sig || sigaction(from, null, runtime) != 0 || !IsRuntimeHandler(runtime)) continue;
                s_runtimeAction = new ReadOnlySpan<byte>(runtime, SigactionSize).ToArray();
                break;
            }
        if (s_runtimeAction is null) return;   // nothing to copy: the signal stays as it is
        fixed (byte* action = s_runtimeAction) sigaction(sig, action, null);
    }

    /// <summary>The runtime's handler, once seen; kept because SIG_DFL/SIG_IGN may replace it on every signal it was read from.</summary>
    private static byte[]? s_runtimeAction;

    /// <summary>A handler with SA_SIGINFO that is neither SIG_DFL nor SIG_IGN: the runtime's (it installs no other kind).</summary>
    private static unsafe bool IsRuntimeHandler(byte* action)
    {
        nint handler = *(nint*)action;
        if (s_runtimeAction is not null) fixed (byte* known = s_runtimeAction) return handler == *(nint*)known;
        return handler is not (0 or 1) && (*(int*)(action + SigactionFlags) & SA_SIGINFO) != 0;
    }

    private static unsafe bool[] ReadStartIgnored()
    {
        var ignored = new bool[NSIG];
        if (!OperatingSystem.IsLinux()) return ignored;
        byte* action = stackalloc byte[256];
        for (int sig = 1; sig < NSIG; sig++)
            if (sig is not (SIGKILL or SIGSTOP or SIGPIPE or SIGXFSZ) && sigaction(sig, null, action) == 0)
                ignored[sig] = *(nint*)action == 1;   // SIG_IGN
        return ignored;
    }

    /// <summary>
    /// Called on the runtime's signal thread: false when SIGINT should take its default course
    /// (KeyboardInterrupt through Interrupts); otherwise trips the Python handler (or ignores it).
    /// </summary>
    internal static bool Deliver(int sig)
    {
        if (Hold(sig, sig is 14 or 26 or 27 ? SI_KERNEL : SI_USER, 0, 0)) return true;   // blocked: sigpending/sigwait's (the timers' signals come from the kernel)
        var h = Current(sig);
        if (sig == SIGINT && ReferenceEquals(h, s_defaultIntHandler)) { WriteWakeup(sig); return false; }
        if (!ReferenceEquals(h, SigIgn) && !ReferenceEquals(h, SigDfl)) Trip(sig, s_main);
        return true;
    }

    /// <summary>What CPython's C handler does: marks sig tripped, writes the wakeup fd, and asks
    /// <paramref name="main"/> to run the Python handlers at its next safe point (waking its waits).</summary>
    private static void Trip(int sig, ThreadState? main)
    {
        Volatile.Write(ref s_tripped[sig], 1);
        WriteWakeup(sig);
        main?.RequestPending(s_restart[sig] ? PendingWork.RestartedSignals : PendingWork.Signals);
        Interrupts.Notify();
    }

    /// <summary>
    /// raise_signal(sig) and os.kill(os.getpid(), sig) of a signal this process handles or ignores. CPython's
    /// raise() runs the C handler at once, in the raising thread: it trips the Python handler, which the main
    /// thread runs before its next bytecode. A real signal here would reach the runtime's signal thread later,
    /// through a pipe, after whatever the program did next — a raise followed by signal(sig, SIG_DFL) killed
    /// the process (test_signal's test_stress_modifying_handlers). So the handler is tripped here, and run at
    /// once on the main thread. False under SIG_DFL: the caller sends the real signal (the kernel's default).
    /// A signal the main thread blocks is held instead (sigpending shows it at once, as in CPython): for kill(),
    /// which is process-directed, whichever thread sends it; for raise() (<paramref name="thread"/>), which is
    /// directed at the raising thread, when that is the main thread.
    /// </summary>
    /// <param name="receiver">The thread the signal is for (pthread_kill's target); else the sending thread,
    /// which Linux picks for a signal a process sends itself.</param>
    internal static bool RaiseHere(int sig, bool thread = false, ThreadState? receiver = null)
    {
        if (sig <= 0 || sig >= NSIG) return false;
        if ((!thread || IsMain(ThreadState.Current)) && Hold(sig, SI_USER, Environment.ProcessId, PosixNative.getuid()))
            return true;   // kill() is process-directed: the main thread's mask decides; raise() the raising thread's
        PyObject h;
        lock (s_lock) h = Current(sig);
        // faulthandler.register(sig): its traceback before kill returns, as CPython's handler writes it; chained
        // to a Python handler that then runs, or (SIG_DFL) left to the real signal, whose registration writes it.
        if (FaulthandlerModule.IsRegistered(sig, out bool chain))
        {
            if (!chain || !ReferenceEquals(h, SigDfl)) FaulthandlerModule.DumpForSignal(sig, receiver ?? ThreadState.Current);
            if (!chain) return true;
        }
        if (ReferenceEquals(h, SigDfl)) return false;
        var main = MainThread;
        if (ReferenceEquals(h, SigIgn)) { }
        else if (sig == SIGINT && ReferenceEquals(h, s_defaultIntHandler) && Interrupts.Installed) Interrupts.Interrupt(main);
        else Trip(sig, main);
        var ts = ThreadState.Current;
        if (ReferenceEquals(ts, main) && ts.Pending != 0) ts.RunPending();
        return true;
    }

    /// <summary>
    /// _thread.interrupt_main(signum) (CPython's PyErr_SetInterruptEx): the main thread runs signum's
    /// Python handler as if the signal had arrived; nothing happens under SIG_IGN or SIG_DFL.
    /// </summary>
    internal static void Simulate(int sig, ThreadState main)
    {
        var h = Current(sig);
        if (ReferenceEquals(h, SigIgn) || ReferenceEquals(h, SigDfl)) return;
        if (sig == SIGINT && ReferenceEquals(h, s_defaultIntHandler)) { main.RequestPending(PendingWork.Interrupt); return; }
        Trip(sig, main);   // as CPython's trip_signal: the wakeup fd gets the byte too
    }

    private static void WriteWakeup(int sig)
    {
        int fd = Volatile.Read(ref s_wakeupFd);
        if (fd < 0) return;
        byte b = (byte)sig;
        unsafe { write(fd, &b, 1); }
    }

    /// <summary>Runs the Python handlers of the tripped signals (main thread, from ThreadState.RunPending).</summary>
    internal static void RunHandlers(ThreadState ts)
    {
        ts.ClearPending(PendingWork.Signals | PendingWork.RestartedSignals);
        for (int sig = 1; sig < NSIG; sig++)
        {
            if (Interlocked.Exchange(ref s_tripped[sig], 0) == 0) continue;
            var h = s_handlers[sig];
            if (h is null || ReferenceEquals(h, SigIgn) || ReferenceEquals(h, SigDfl)) continue;
            Ops.Call(h, [PyInt.From(sig), (PyObject?)ts.Frame?.Escape() ?? PyNone.Instance]);
        }
    }

    /// <summary>Signals whose SIG_DFL can be held while blocked: not SIGKILL/SIGSTOP, the faults, SIGCHLD and SIGCONT
    /// (the runtime's own: it reaps children and restores the terminal on them), nor glibc's and the runtime's real-time ones.</summary>
    private static bool IgnoredByDefault(int sig) => sig is 17 or 18 or 23 or 28;   // SIGCHLD, SIGCONT, SIGURG, SIGWINCH

    private static bool Holdable(int sig) => sig < 32 && (KernelBlockable & Bit(sig)) != 0 && sig is not (SIGKILL or SIGSTOP or 17 or 18);

    private static int SignalNumber(PyObject o)
    {
        long sig = Ops.IndexValue(o);
        if (sig < 1 || sig >= NSIG) throw Errors.ValueError("signal number out of range");
        return (int)sig;
    }

    private static void RequireMainThread(string message = "signal only works in main thread of the main interpreter")
    {
        var host = Host.CurrentOrNull;
        if (host is not null && !ReferenceEquals(host.MainThread, ThreadState.Current)) throw Errors.ValueError(message);
    }

    [DllImport("libc", SetLastError = true)] private static extern int raise(int sig);
    [DllImport("libc")] private static extern nint strsignal(int sig);
    [DllImport("libc")] private static extern nint signal(int sig, nint handler);
    [DllImport("libc")] private static extern unsafe int sigaction(int sig, byte* act, byte* oldact);
    [DllImport("libc", SetLastError = true)] private static extern int setitimer(int which, ref long value, ref long old);
    [DllImport("libc", SetLastError = true)] private static extern int getitimer(int which, ref long value);
    [DllImport("libc")] private static extern uint alarm(uint seconds);
    [DllImport("libc")] private static extern int fcntl(int fd, int cmd);
    [DllImport("libc")] private static extern unsafe nint write(int fd, byte* buf, nint count);
}
