using System.Runtime.InteropServices;
using System.Text;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `faulthandler` module (CPython's Modules/faulthandler.c): Python tracebacks written straight
/// to a file descriptor — now (dump_traceback), after a timeout (dump_traceback_later, a watchdog
/// thread), on a user signal (register) and on a fatal signal (enable).
/// </summary>
/// <remarks>
/// The text is CPython's: "Current thread 0x… (most recent call first):" (or "Thread 0x…" for the
/// others, "Stack (most recent call first):" for one thread), at most 100 frames and 100 threads,
/// names in ASCII with escapes. A thread is shown by its threading.get_ident().
/// <para>
/// Fatal signals: enable() installs async-signal-safe handlers from libherthon_posix.so
/// (Native/faulthandler.c) for SIGABRT, SIGBUS and SIGILL. The handler writes "Fatal Python error",
/// then a managed dumper thread, woken through a pipe, writes the tracebacks (the crashing thread
/// marked current) while the handler waits, and the signal is raised again with the previous
/// disposition. SIGSEGV and SIGFPE stay .NET's: in managed code they are recoverable exceptions.
/// </para>
/// <para>
/// User signals (register): one the process sends itself (os.kill, signal.raise_signal) is written
/// before the call returns, on the sending thread, as CPython's handler runs there; one from elsewhere
/// arrives through PosixSignalRegistration on .NET's signal thread, which shows the main thread as
/// current (where CPython's process-directed signal is normally handled).
/// </para>
/// </remarks>
public static unsafe class FaulthandlerModule
{
    private const int NSIG = 65, MaxFrames = 100, MaxThreads = 100, MaxString = 500;
    private static readonly int[] FatalSignals = [11, 8, 6, 7, 4];   // SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL

    private static readonly object s_lock = new();

    // enable(): the file kept alive while its descriptor is used, and the dumper thread's pipes.
    private static PyObject? s_fatalFile;
    private static int s_fatalFd = -1;
    private static bool s_fatalAll, s_enabled;
    private static Host? s_fatalHost;
    private static int s_requestRead = -1, s_requestWrite = -1, s_doneRead = -1, s_doneWrite = -1;
    private static delegate* unmanaged<int, int, int, int> s_enable;
    private static delegate* unmanaged<void> s_disable;

    // dump_traceback_later(): one watchdog at a time.
    private static Watchdog? s_watchdog;

    // register(): a handler per signal number.
    private static readonly UserHandler?[] s_user = new UserHandler?[NSIG];

    private sealed class UserHandler
    {
        public PyObject? File;
        public int Fd;
        public bool AllThreads, Chain;
        public required Host Host;
        public PosixSignalRegistration? Registration;
    }

    public static PyModule Create()
    {
        var m = new PyModule("faulthandler");
        m.AddFunction("dump_traceback", static (a, kw) =>
        {
            var s = Args.BindAtMost("dump_traceback", a, kw, "file", "all_threads");
            int fd = FileDescriptor(s[0], out _);
            bool all = s[1] is null || Ops.Truth(s[1]!);
            var ts = ThreadState.Current;
            Write(fd, all ? Threads(Host.Current, ts) : Stack(ts.Frame));
            return PyNone.Instance;
        });
        m.AddFunction("enable", static (a, kw) =>
        {
            var s = Args.BindAtMost("enable", a, kw, "file", "all_threads");
            int fd = FileDescriptor(s[0], out var file);
            bool all = s[1] is null || Ops.Truth(s[1]!);
            Enable(file, fd, all);
            return PyNone.Instance;
        });
        m.AddFunction("disable", static (a, kw) =>
        {
            PosixModule.NoArgs("faulthandler.disable", a, kw);
            lock (s_lock)
            {
                bool was = s_enabled;
                if (was) s_disable();
                s_enabled = false;
                s_fatalFile = null;
                return PyBool.From(was);
            }
        });
        m.AddFunction("is_enabled", static (a, kw) =>
        {
            PosixModule.NoArgs("faulthandler.is_enabled", a, kw);
            return PyBool.From(s_enabled);
        });
        m.AddFunction("dump_traceback_later", static (a, kw) =>
        {
            var s = Args.BindAtMost("dump_traceback_later", a, kw, "timeout", "repeat", "file", "exit");
            if (s[0] is null) throw Errors.TypeError("dump_traceback_later() missing required argument 'timeout' (pos 1)");
            long micros = Timeout(s[0]!);
            bool repeat = s[1] is not null && Args.CInt(s[1]!) != 0;
            int fd = FileDescriptor(s[2], out var file);
            bool exit = s[3] is not null && Args.CInt(s[3]!) != 0;
            var w = new Watchdog(Host.Current, file, fd, micros, repeat, exit);
            lock (s_lock)
            {
                s_watchdog?.Cancel();
                s_watchdog = w;
            }
            w.Start();
            return PyNone.Instance;
        });
        m.AddFunction("cancel_dump_traceback_later", static (a, kw) =>
        {
            PosixModule.NoArgs("faulthandler.cancel_dump_traceback_later", a, kw);
            Watchdog? w;
            lock (s_lock) { w = s_watchdog; s_watchdog = null; }
            w?.Cancel();
            return PyNone.Instance;
        });
        // CPython's test helper: abort() with the handlers of enable() in place.
        m.AddFunction("_sigabrt", static (a, kw) => { PosixModule.NoArgs("faulthandler._sigabrt", a, kw); PosixNative.abort(); return PyNone.Instance; });
        m.AddFunction("register", static (a, kw) =>
        {
            var s = Args.BindAtMost("register", a, kw, "signum", "file", "all_threads", "chain");
            if (s[0] is null) throw Errors.TypeError("register() missing required argument 'signum' (pos 1)");
            int signum = Signum(s[0]!);
            if (Array.IndexOf(FatalSignals, signum) >= 0)
                throw Errors.RuntimeError($"signal {signum} cannot be registered, use enable() instead");
            int fd = FileDescriptor(s[1], out var file);
            bool all = s[2] is null || Ops.Truth(s[2]!);
            bool chain = s[3] is not null && Ops.Truth(s[3]!);
            if (signum is 9 or 19) throw IoModule.OSErrorFor(22, null);   // SIGKILL, SIGSTOP: sigaction's EINVAL
            lock (s_lock)
            {
                var h = s_user[signum] ??= new UserHandler { Host = Host.Current };
                h.File = file; h.Fd = fd; h.AllThreads = all; h.Chain = chain; h.Host = Host.Current;
                h.Registration ??= PosixSignalRegistration.Create((PosixSignal)signum, ctx => OnUserSignal(signum, ctx));
            }
            return PyNone.Instance;
        });
        m.AddFunction("unregister", static (a, kw) =>
        {
            int signum = Signum(Args.One("faulthandler.unregister", a, kw));
            lock (s_lock)
            {
                if (s_user[signum] is not { } h) return PyBool.False;
                s_user[signum] = null;
                h.Registration?.Dispose();
                return PyBool.True;
            }
        });
        return m;
    }

    // ------------------------------------------------------------------ arguments

    private static int Signum(PyObject o)
    {
        int s = Args.CInt(o);
        if (s is < 1 or >= NSIG) throw Errors.ValueError("signal number out of range");
        return s;
    }

    /// <summary>The timeout in microseconds, rounded up (CPython's _PyTime_ROUND_CEILING).</summary>
    private static long Timeout(PyObject o)
    {
        double seconds;
        if (o is PyFloat f) seconds = f.V;
        else
        {
            var v = Ops.ToPyInt(o).ToBig();
            if (v > long.MaxValue / 1_000_000_000 || v < long.MinValue / 1_000_000_000)
                throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
            seconds = (double)v;
        }
        if (double.IsNaN(seconds)) throw Errors.ValueError("Invalid value NaN (not a number)");
        double ns = Math.Ceiling(seconds * 1e9);
        if (!(ns < 9.2e18 && ns > -9.2e18)) throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
        long micros = ((long)ns + 999) / 1000;
        if (micros <= 0) throw Errors.ValueError("timeout must be greater than 0");
        return micros;
    }

    /// <summary>The descriptor of a file argument (faulthandler_get_fileno): None is sys.stderr; an int is
    /// the descriptor itself; otherwise file.fileno(), after which the file is flushed and kept alive.</summary>
    private static int FileDescriptor(PyObject? file, out PyObject? keep)
    {
        keep = null;
        if (file is null or PyNone)
        {
            file = Host.Current.SysDict.Get("stderr");
            if (file is null or PyNone) throw Errors.RuntimeError("sys.stderr is None");
        }
        else if (file is PyInt)
        {
            int fd = Args.CInt(file);
            if (fd < 0) throw Errors.ValueError("file is not a valid file descripter");
            return fd;
        }
        var r = Ops.Call(Ops.GetAttr(file, PyStr.From("fileno")), []);
        if (r is not PyInt n || n.Big is not null || n.V is < 0 or > int.MaxValue)
            throw Errors.RuntimeError("file.fileno() is not a valid file descriptor");
        try { Ops.Call(Ops.GetAttr(file, PyStr.From("flush")), []); }
        catch (PyException) { }   // CPython ignores a failing flush
        keep = file;
        return (int)n.V;
    }

    // ------------------------------------------------------------------ the text

    /// <summary>Every live thread of the host, newest first, <paramref name="current"/> marked.</summary>
    private static string Threads(Host host, ThreadState? current)
    {
        var sb = new StringBuilder();
        var states = ThreadModule.LiveStates(host);
        states.Sort(static (x, y) => y.Ident.CompareTo(x.Ident));
        for (int i = 0; i < states.Count; i++)
        {
            if (i >= MaxThreads) { sb.Append("...\n"); break; }
            if (i > 0) sb.Append('\n');
            var ts = states[i];
            sb.Append(ReferenceEquals(ts, current) ? "Current thread 0x" : "Thread 0x").Append(ts.Ident.ToString("x16"))
              .Append(" (most recent call first):\n");
            Frames(sb, ts.Frame);
        }
        return sb.ToString();
    }

    private static string Stack(Frame? top)
    {
        var sb = new StringBuilder("Stack (most recent call first):\n");
        Frames(sb, top);
        return sb.ToString();
    }

    private static void Frames(StringBuilder sb, Frame? f)
    {
        if (f is null) { sb.Append("  <no Python frame>\n"); return; }
        for (int depth = 0; f is not null; f = f.Back, depth++)
        {
            if (depth >= MaxFrames) { sb.Append("  ...\n"); break; }
            sb.Append("  File \"");
            Ascii(sb, f.Code.FileName);
            sb.Append("\", line ").Append(f.LineNumber).Append(" in ");
            Ascii(sb, f.Code.Name);
            sb.Append('\n');
        }
    }

    /// <summary>CPython's _Py_DumpASCII: printable ASCII as it is, other characters escaped, at most 500 of them.</summary>
    private static void Ascii(StringBuilder sb, string s)
    {
        int n = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (n++ == MaxString) { sb.Append("..."); return; }
            int c = r.Value;
            if (c is >= ' ' and <= '~') sb.Append((char)c);
            else if (c <= 0xff) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xffff) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
    }

    private static void Write(int fd, string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        fixed (byte* p = bytes)
            for (int off = 0; off < bytes.Length;)
            {
                nint w = PosixNative.write(fd, p + off, bytes.Length - off);
                if (w <= 0)
                {
                    if (w < 0 && PosixNative.Errno == 4) continue;   // EINTR
                    return;
                }
                off += (int)w;
            }
    }

    // ------------------------------------------------------------------ dump_traceback_later

    private sealed class Watchdog(Host host, PyObject? file, int fd, long micros, bool repeat, bool exit)
    {
        private readonly ManualResetEventSlim _cancelled = new();
        private readonly PyObject? _file = file;   // kept alive while its descriptor is used
        private Thread? _thread;

        public void Start()
        {
            _thread = new Thread(Run) { IsBackground = true, Name = "faulthandler watchdog" };
            _thread.Start();
        }

        public void Cancel()
        {
            _cancelled.Set();
            if (_thread is { } t && t != Thread.CurrentThread) t.Join();
        }

        private void Run()
        {
            var timeout = TimeSpan.FromTicks(micros * 10);
            do
            {
                if (_cancelled.Wait(timeout)) return;
                Write(fd, Header() + Threads(host, null));
                if (exit) PosixNative._exit(1);
            } while (repeat);
            GC.KeepAlive(_file);
        }

        /// <summary>"Timeout (H:MM:SS[.ffffff])!".</summary>
        private string Header()
        {
            long sec = micros / 1_000_000, us = micros % 1_000_000;
            var t = $"Timeout ({sec / 3600}:{sec / 60 % 60:D2}:{sec % 60:D2}";
            return t + (us != 0 ? $".{us:D6}" : "") + ")!\n";
        }
    }

    // ------------------------------------------------------------------ register

    /// <summary>A signal from elsewhere, on .NET's signal thread: the main thread is shown as current.</summary>
    private static void OnUserSignal(int signum, PosixSignalContext ctx)
    {
        UserHandler? h;
        lock (s_lock) h = s_user[signum];
        if (h is not { Registration: not null }) return;
        Dump(h, h.Host.MainThread);
        ctx.Cancel = !h.Chain;
    }

    internal static bool IsRegistered(int signum, out bool chain)
    {
        var h = s_user[signum];
        chain = h is { Chain: true };
        return h is { Registration: not null };
    }

    /// <summary>signal.signal(signum, …) after register(signum): CPython's sigaction replaces faulthandler's
    /// handler, which then writes nothing, though unregister still reports it registered.</summary>
    internal static void Supersede(int signum)
    {
        lock (s_lock)
        {
            if (s_user[signum] is not { } h) return;
            h.Registration?.Dispose();
            h.Registration = null;
        }
    }

    /// <summary>A signal this process sends itself (os.kill, signal.raise_signal): written before the call
    /// returns, with the sending thread as current, as CPython's handler runs on it.</summary>
    internal static void DumpForSignal(int signum, ThreadState current)
    {
        if (s_user[signum] is { Registration: not null } h) Dump(h, current);
    }

    private static void Dump(UserHandler h, ThreadState current)
    {
        Write(h.Fd, h.AllThreads ? Threads(h.Host, current) : Stack(current.Frame));
        GC.KeepAlive(h.File);
    }

    // ------------------------------------------------------------------ enable

    /// <summary>-X faulthandler: the module imported (it is in sys.modules, as CPython's) and enabled on sys.stderr.</summary>
    internal static void EnableAtStartup()
    {
        var m = Importer.ImportName("faulthandler", new PyDict(), PyNone.Instance, 0);
        Ops.Call(Ops.GetAttr(m, PyStr.From("enable")), []);
    }

    private static void Enable(PyObject? file, int fd, bool all)
    {
        lock (s_lock)
        {
            if (s_enable == null)
            {
                if (!PosixsubprocessModule.TryExport("herthon_faulthandler_enable", out nint en)
                    || !PosixsubprocessModule.TryExport("herthon_faulthandler_disable", out nint dis))
                    throw Errors.OSError("faulthandler.enable needs libherthon_posix.so next to Herthon.dll (built with gcc)");
                int* p = stackalloc int[2];
                if (PosixNative.pipe2(p, 0x80000 /* O_CLOEXEC */) != 0) throw PosixModule.Error();
                s_requestRead = p[0]; s_requestWrite = p[1];
                if (PosixNative.pipe2(p, 0x80000) != 0) throw PosixModule.Error();
                s_doneRead = p[0]; s_doneWrite = p[1];
                new Thread(Dumper) { IsBackground = true, Name = "faulthandler dumper" }.Start();
                s_disable = (delegate* unmanaged<void>)dis;
                s_enable = (delegate* unmanaged<int, int, int, int>)en;
            }
            s_fatalFile = file; s_fatalFd = fd; s_fatalAll = all; s_fatalHost = Host.Current;
            if (s_enable(fd, s_requestWrite, s_doneRead) != 0) throw PosixModule.Error();
            s_enabled = true;
        }
    }

    /// <summary>Waits for the fatal handler's request (the crashing thread's OS id), writes the
    /// tracebacks and answers, so that the handler can end the process.</summary>
    private static void Dumper()
    {
        long tid;
        while (PosixNative.read(s_requestRead, (byte*)&tid, sizeof(long)) == sizeof(long))
        {
            try
            {
                var host = s_fatalHost!;
                ThreadState? current = null;
                foreach (var ts in ThreadModule.LiveStates(host))
                    if (ts.NativeId == tid) current = ts;
                Write(s_fatalFd, s_fatalAll ? Threads(host, current) : Stack(current?.Frame));
            }
            catch (Exception) { }   // the process is ending: whatever was written stays
            byte done = 1;
            PosixNative.write(s_doneWrite, &done, 1);
        }
    }
}
