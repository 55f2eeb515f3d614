using System.Runtime.CompilerServices;
using System.Text;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Lexing;
using Herthon.Parsing;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// One interpreter run: the `herthon` command line (script, -c, -m, REPL, --dis), its streams,
/// sys.modules, and the CPython-style reporting of syntax errors and uncaught exceptions.
/// </summary>
public sealed partial class Host
{
    public const string Version = "0.1.0";
    public const string Usage = "usage: herthon [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    [ThreadStatic] private static Host? t_current;
    public static Host Current => t_current ?? throw new InvalidOperationException("no Herthon host on this thread");
    internal static Host? CurrentOrNull => t_current;
    /// <summary>Makes <paramref name="host"/> current on a thread `_thread` started (null when it ends).</summary>
    internal static void Attach(Host? host) => t_current = host;
    /// <summary>The global interpreter lock of this run; the main thread takes it at start.</summary>
    internal readonly Gil Gil;
    /// <summary>The thread that runs the program (_thread.interrupt_main's target; inherits ended threads' finalisers).</summary>
    internal ThreadState MainThread = null!;
    /// <summary>Threads started by _thread that are still running (_thread._count()).</summary>
    internal int ThreadCount;
    /// <summary>What ended threads ran on (a threading.Thread), until a collection freed it (GcModule.CollectEndedThreads).</summary>
    internal readonly List<(WeakReference<PyObject> Owner, int Collections)> EndedThreadOwners = [];

    public readonly TextReader Stdin;
    public readonly TextWriter Stdout;
    public readonly TextWriter Stderr;
    public readonly PyTextStream RealStdout, RealStderr, RealStdin;
    public readonly PyDict Modules = new();
    public PyDict SysDict = null!;
    public readonly HashSet<string> Initializing = [];
    /// <summary>atexit callbacks of this run, oldest first (Modules/Atexit.cs).</summary>
    public readonly List<AtexitModule.Callback?> AtExitCallbacks = [];
    /// <summary>sys.addaudithook's hooks, in the order they were added (called in that order).</summary>
    public readonly List<PyObject> AuditHooks = [];
    /// <summary>sys.set_int_max_str_digits's limit (0: none) and sys.setswitchinterval's value.</summary>
    public int IntMaxStrDigits = IntStrLimit.Default;
    public double SwitchInterval = 0.005;

    private Host(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        Stdin = stdin;
        Stdout = stdout;
        Stderr = stderr;
        RealStdout = new PyTextStream("<stdout>", stdout, null);
        RealStderr = new PyTextStream("<stderr>", stderr, null);
        RealStdin = new PyTextStream("<stdin>", null, stdin);
        Gil = new Gil(this);
    }

    /// <summary>The CLI, callable in-process with explicit streams (the tests use this).</summary>
    public static int RunMain(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        int exit = 0;
        // The instance layout's one assumption about the runtime's field placement (PyInstance.InlineCount).
        if (!PyInstance.LayoutHolds()) { stderr.WriteLine("herthon: internal error: PyDictInstance.Inline3 is not after PyInstance's inline values"); return 70; }
        // Deep Python recursion must end in RecursionError, never a .NET stack overflow: run on a
        // thread whose stack comfortably holds the recursion limit's worth of eval-loop frames.
        ThreadState? state = null;
        var thread = new Thread(() => { state = ThreadState.Current; exit = RunOnThisThread(args, stdin, stdout, stderr); }, 512 * 1024 * 1024);
        thread.Start();
        LoopReentry.JoinAsking(thread, () => state);
        return exit;
    }

    /// <summary>The process is the herthon command (not a test running programs in-process): it owns SIGINT.</summary>
    internal static bool IsCommandLine;

    /// <summary>Standard descriptors (bit fd) that were closed when the process started: their
    /// sys.stdin/stdout/stderr are None, as CPython's create_stdio makes them.</summary>
    internal static int ClosedStandardFds;

    /// <summary>Reads <see cref="ClosedStandardFds"/> (the CLI calls it first thing).</summary>
    internal static void ReadClosedStandardFds()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        // The runtime may already have opened a file of its own on a free standard descriptor (it keeps
        // /dev/urandom open from before Main): such a descriptor has FD_CLOEXEC, which one inherited
        // through exec never has.
        for (int fd = 0; fd < 3; fd++)
        {
            int flags = PosixNative.fcntl(fd, 1 /* F_GETFD */, 0);
            if (flags < 0 || (flags & 1 /* FD_CLOEXEC */) != 0) ClosedStandardFds |= 1 << fd;
        }
    }

    /// <summary>An uncaught KeyboardInterrupt ended the program: the CLI then dies of SIGINT, as CPython.</summary>
    internal static volatile bool EndedByKeyboardInterrupt;

    internal static int RunOnThisThread(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var host = new Host(stdin, stdout, stderr);
        t_current = host;
        host.MainThread = ThreadState.Current;
        ThreadModule.NativeId(host.MainThread);   // its OS thread id, for signal.pthread_kill from other threads
        host.Gil.Acquire(host.MainThread);
        if (IsCommandLine)
        {
            Interrupts.InstallForMainThread();
            SignalModule.IgnoreAtStartup();
        }
        try { return host.Main(args); }
        catch (FatalStartupError f)
        {
            // CPython's Py_FatalError during initialisation: the message, the runtime's state, the cause.
            stderr.Write($"Fatal Herthon error: {f.Message}\nHerthon runtime state: core initialized\n{f.Cause}\n\n"
                + $"Current thread 0x{Environment.CurrentManagedThreadId:x16} (most recent call first):\n  <no Python frame>\n");
            return 1;
        }
        catch (PyException e) when (host.SysDict is not null)
        {
            // An exception out of start-up itself (Setup, before the program runs): a KeyboardInterrupt
            // that arrived while importlib or site was set up ends the run as an uncaught one, as
            // CPython's start-up does not go on after Ctrl-C either (it stops with a fatal error).
            host.FlushStdout();
            return host.Shutdown(host.HandleUncaught(e.Value));
        }
        catch (Exception e) when (e is not PyException)
        {
            // A bug in Herthon itself: report it plainly instead of dying with a .NET stack dump
            // (and stay quiet when the report cannot be written either: the descriptors may be closed).
            try
            {
                stderr.WriteLine($"herthon: internal error: {e.GetType().Name}: {e.Message}");
                stderr.WriteLine(e.StackTrace);
            }
            catch (Exception w) when (w is IOException or UnauthorizedAccessException) { }
            return 70;
        }
        finally
        {
            try { stdout.Flush(); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            try { stderr.Flush(); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            t_current = null;
        }
    }

    private int Main(string[] args)
    {
        if (Configure(args) is { } status) return status;
        var cl = Options;
        var rest = cl.Rest;
        string? script = cl.Script;
        bool dis = cl.Dis;
        int r;
        if (cl.Command is not null) r = RunSource(cl.Command, "<string>", ["-c", .. rest], cl.SafePath != 0 ? null : "", dis);
        else if (cl.Module is not null) r = RunModuleAsMain(cl.Module, rest);
        else if (script is not null && script != "-")
        {
            string text;
            try { text = File.ReadAllText(script); }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
            {
                string full = Path.GetFullPath(script);
                string why = e is UnauthorizedAccessException ? "[Errno 13] Permission denied" : Directory.Exists(script) ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
                Stderr.WriteLine($"herthon: can't open file '{full}': {why}");
                return 2;
            }
            // Like CPython 3.9+, the main script is known by its absolute path (co_filename, __file__).
            string fullPath = Path.GetFullPath(script);
            r = RunSource(SkipFirstLineIfAsked(text), fullPath, [script, .. rest], cl.SafePath != 0 ? null : Path.GetDirectoryName(fullPath), dis);
        }
        else
        {
            bool tty = ConsoleInput.IsProcessStdin(Stdin) && !Console.IsInputRedirected;
            if (cl.Interactive != 0 || tty)
            {
                var globals = Setup(["", .. rest], cl.SafePath != 0 ? null : "");
                RunStartupFile(globals);
                return Repl();
            }
            r = RunSource(SkipFirstLineIfAsked(Stdin.ReadToEnd()), "<stdin>", [script ?? "-", .. rest], cl.SafePath != 0 ? null : "", dis);
        }
        // -i (or HERTHONINSPECT with a terminal): the prompt follows the program, whatever way it ended.
        bool interactiveInput = cl.Interactive != 0 || ConsoleInput.IsProcessStdin(Stdin) && !Console.IsInputRedirected;
        if (cl.Inspect != 0 && interactiveInput && !dis && SysDict is not null) return Repl();
        return r;
    }

    private int UsageError(string msg)
    {
        Stderr.WriteLine(msg);
        Stderr.WriteLine(Usage);
        Stderr.WriteLine("Try `herthon -h' for more information.");
        return 2;
    }

    private PyDict Setup(string[] argv, string? scriptDir)
    {
        ThreadState.Current.RecursionLimit = 1000;
        StartupTrace.Mark("setup");
        var builtins = Builtins.Dict;
        StartupTrace.Mark("builtins and type objects");
        var sys = SysModule.Create(this, argv);
        StartupTrace.Mark("sys");
        SysDict = sys.ModuleDict;
        Modules.SetItem(PyStr.From("sys"), sys);
        CodeCache.ConfigureSys(SysDict, DontWriteBytecode);
        ApplyOptionsToSys(SysDict);
        Modules.SetItem(PyStr.From("builtins"), Builtins.Module);
        var path = (PyList)SysDict.Get("path")!;
        var env = Options.IgnoreEnvironment != 0 ? null : Environment.GetEnvironmentVariable("HERTHONPATH");
        if (!string.IsNullOrEmpty(env)) foreach (var p in env.Split(':', StringSplitOptions.RemoveEmptyEntries)) path.Append(PyStr.From(p));
        var lib = Path.Combine(AppContext.BaseDirectory, "Lib");
        if (Directory.Exists(lib)) path.Append(PyStr.From(lib));
        if (StandardLibrary.Directory is { } stdlib) path.Append(PyStr.From(stdlib));
        var main = new PyModule("__main__");
        main.ModuleDict["__builtins__"] = Builtins.Module;
        main.ModuleDict["__package__"] = PyNone.Instance;
        Modules.SetItem(PyStr.From("__main__"), main);
        StartupTrace.Mark("__main__");
        ConfigureStdio();
        if (Options.FaultHandler) FaulthandlerModule.EnableAtStartup();
        ImportWarningsForOptions();
        ImportSite();
        // As CPython's pymain_run_python: the script's directory (or '' for -c and the REPL, the
        // working directory for -m) goes in front once site has run, so site's absolutising of
        // sys.path leaves '' as it is and a sitecustomize beside the script is not imported.
        if (scriptDir is not null && SysDict.Get("path") is PyList sysPath) sysPath.Insert(0, PyStr.From(scriptDir));
        StartupMemory.AfterStartup();
        return main.ModuleDict;
    }

    public static CodeObject CompileSource(string source, string filename, string mode, int optimize = -1)
    {
        var ast = Parser.Parse(source, filename, mode);
        return Compiler.Compile(ast, filename, source, mode, optimize);
    }

    public static CodeObject CompileFile(string filename, string source)
    {
        try { return CompileSource(source, filename, "exec"); }
        catch (SyntaxErrorException e) { throw new PyException(ToPySyntaxError(e)); }
    }

    public static PyBaseException ToPySyntaxError(SyntaxErrorException e)
    {
        var type = e.Kind switch { SyntaxErrorKind.IndentationError => TypeObjects.IndentationError, SyntaxErrorKind.TabError => TypeObjects.TabError, _ => TypeObjects.SyntaxError };
        var ex = Errors.NewException(type, [PyStr.From(e.Msg)]);
        var d = ex.Dict!;
        d["msg"] = PyStr.From(e.Msg);
        d["filename"] = PyStr.From(e.FileName);
        d["lineno"] = PyInt.From(e.LineNo);
        d["offset"] = PyInt.From(e.Offset);
        d["end_lineno"] = PyInt.From(e.EndLineNo > 0 ? e.EndLineNo : e.LineNo);
        d["end_offset"] = PyInt.From(e.EndOffset);
        d["text"] = e.SourceLine is null ? PyNone.Instance : PyStr.From(e.SourceLine);
        return ex;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // no stack slot keeps __main__ alive into FinalizeModules
    private int RunSource(string source, string filename, string[] argv, string? scriptDir, bool dis)
    {
        var globals = Setup(argv, scriptDir);
        if (filename != "<string>" && filename != "<stdin>") globals["__file__"] = PyStr.From(filename);
        CodeObject code;
        try
        {
            code = CompileSource(source, filename, "exec");
            StartupTrace.Mark("compiled");
            StartupMemory.AfterCompile();   // the compiler's code pages are start-up's too
        }
        catch (SyntaxErrorException e)
        {
            PrintException(ToPySyntaxError(e));
            return 1;
        }
        if (dis)
        {
            Stdout.Write(Disassembler.Disassemble(code));
            return 0;
        }
        if (Options.DisAdaptive)
        {
            int status = Execute(() => Interpreter.RunCode(code, globals, null));
            Stdout.Write(Disassembler.Disassemble(code, adaptive: true));
            return status;
        }
        return Execute(() => Interpreter.RunCode(code, globals, null));
    }

    /// <summary>-m: CPython's runpy._run_module_as_main (packages run their __main__, errors read as CPython's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // no stack slot keeps __main__ alive into FinalizeModules
    private int RunModuleAsMain(string module, string[] rest)
    {
        var globals = Setup(["-m", .. rest], Options.SafePath != 0 ? null : Directory.GetCurrentDirectory());
        if (StandardLibrary.Directory is null) return RunModuleWithoutRunpy(module, globals);
        return Execute(() =>
        {
            var runpy = Importer.ImportName("runpy", new PyDict(), PyNone.Instance, 0);
            return Ops.Call(Ops.GetAttr(runpy, "_run_module_as_main"), [PyStr.From(module), PyBool.True]);
        });
    }

    /// <summary>Without the standard library (no runpy): a plain module file found on sys.path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // no stack slot keeps __main__ alive into FinalizeModules
    private int RunModuleWithoutRunpy(string module, PyDict globals)
    {
        return Execute(() =>
        {
            var path = (PyList)SysDict.Get("path")!;
            foreach (var p in path.AsSpan())
            {
                var d = Ops.Str(p);
                var file = Path.Combine(d.Length == 0 ? "." : d, module.Replace('.', '/') + ".py");
                if (File.Exists(file))
                {
                    ((PyList)SysDict.Get("argv")!).Items[0] = PyStr.From(Path.GetFullPath(file));
                    globals["__file__"] = PyStr.From(file);
                    var code = CompileFile(file, File.ReadAllText(file));
                    return Interpreter.RunCode(code, globals, null);
                }
            }
            Stderr.WriteLine($"herthon: No module named {module}");
            throw new PyException(Errors.NewException(TypeObjects.SystemExit, [PyInt.From(1)]));
        });
    }

    /// <summary>Runs to completion; maps SystemExit and uncaught exceptions to the exit code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // no stack slot keeps __main__ alive into FinalizeModules
    private int Execute(Func<PyObject> run)
    {
        int status;
        try
        {
            run();
            Finalization.RunPending(ThreadState.Current);   // finalisers the CLR already queued run before exit
            FlushStdout();
            status = 0;
        }
        catch (PyException e)
        {
            FlushStdout();
            status = HandleUncaught(e.Value);
        }
        return Shutdown(status);
    }

    private int Shutdown(int status)
    {
        // As CPython's finalisation: non-daemon threads are joined, then atexit callbacks run (both
        // after the uncaught exception is printed); daemon threads never get the GIL back.
        WaitForThreadShutdown();
        if (AtExitCallbacks.Count > 0)
        {
            AtexitModule.Run(this);
            FlushStdout();
        }
        if (Options.Verbose > 0) FinalizeModulesVerbosely();
        FinalizeModules();
        status = FlushedStatus(status);
        Gil.Finalize(ThreadState.Current);
        return status;
    }

    /// <summary>This run's watches (Finalizable) whose objects the CLR has not yet found unreachable.
    /// Per run, not per process: in-process runs (the test suite) would otherwise each force full
    /// collections at exit for objects of other runs, pausing every run in the process.</summary>
    internal long LiveFinalizables;

    /// <summary>
    /// CPython's finalize_modules, as far as Python code can see it: the modules leave sys.modules and
    /// what only they kept alive dies, so a suspended generator's finally blocks, __del__ methods and
    /// weak-reference callbacks run before the process ends, in the order the objects were registered
    /// (as CPython's collector finalises a module's unreachable cycle). Module dicts stay intact while
    /// those run, as in CPython's collection. Nothing to do (and no collection) when no object waits
    /// for finalisation.
    /// </summary>
    private void FinalizeModules()
    {
        if (Interlocked.Read(ref LiveFinalizables) == 0) return;
        var ts = ThreadState.Current;
        DropModules();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        Finalization.AfterCollection(ts);   // gc.collect()'s rounds: run what was found, collect what that freed
        FlushStdout();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DropModules()
    {
        var names = new List<PyObject>();
        foreach (var (key, _) in Modules.Items()) names.Add(key);
        foreach (var n in names) Modules.SetItem(n, PyNone.Instance);
        PyType.ClearLookupCache();
    }

    private static readonly string[] s_sysDeletes =
        ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"];

    /// <summary>-v: the first steps of CPython's finalize_modules, done and reported as it does (builtins._ and
    /// sys's import state cleared, the standard streams restored, each module removed from sys.modules).
    /// Wiping module dicts and the "# destroy" lines belong to reference counting: Herthon's modules live
    /// until the process ends, so those are not reported.</summary>
    private void FinalizeModulesVerbosely()
    {
        if (SysDict is null) return;
        var sb = new StringBuilder("# clear builtins._\n");
        Builtins.Dict.Remove(PyStr.From("_"));
        foreach (var name in s_sysDeletes)
        {
            sb.Append("# clear sys.").Append(name).Append('\n');
            SysDict[name] = PyNone.Instance;
        }
        foreach (var name in (string[])["stdin", "stdout", "stderr"])
        {
            sb.Append("# restore sys.").Append(name).Append('\n');
            if (SysDict.Get("__" + name + "__") is { } original) SysDict[name] = original;
        }
        var names = new List<PyStr>();
        foreach (var (key, module) in Modules.Items()) if (key is PyStr n && module is PyModule) names.Add(n);
        foreach (var n in names)
        {
            sb.Append("# cleanup[2] removing ").Append(n.V).Append('\n');
            Modules.SetItem(n, PyNone.Instance);
        }
        Stderr.Write(sb.ToString());
        Stderr.Flush();
    }

    /// <summary>CPython's wait_for_thread_shutdown: threading._shutdown() if threading was imported.</summary>
    private void WaitForThreadShutdown()
    {
        if (Modules.Get("threading") is not { } threading) return;
        try
        {
            if (Ops.GetAttrOrNull(threading, PyStr.From("_shutdown")) is { } shutdown) Ops.Call(shutdown);
        }
        catch (PyException e) { Finalization.WriteUnraisable(e.Value, null, threading); }
        Finalization.RunPending(ThreadState.Current);   // what ended threads left
        FlushStdout();
    }

    private void FlushStdout()
    {
        IoModule.FlushOpenFiles();
        try { RealStdout.Flush(); if (SysDict?.Get("stdout") is PyTextStream s) s.Flush(); }
        catch (IOException) { }
        catch (PyException e) { _stdoutFlushFailed ??= e.Value; }   // reported once, at exit (FlushedStatus)
    }

    /// <summary>Buffered stdout that could not be written (the reader of its pipe went away).</summary>
    private PyBaseException? _stdoutFlushFailed;

    /// <summary>CPython's flush_std_files at finalisation: a failed flush of stdout is an unraisable
    /// exception ("Exception ignored in: &lt;_io.TextIOWrapper name='&lt;stdout&gt;' …&gt;") and exit status 120.</summary>
    private int FlushedStatus(int status)
    {
        FlushStdout();
        if (_stdoutFlushFailed is not { } failed) return status;
        _stdoutFlushFailed = null;
        Finalization.WriteUnraisable(failed, null, RealStdout);
        return 120;
    }

    private int HandleUncaught(PyBaseException e)
    {
        if (e.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            var args = e.Args.Items;
            var code = args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : e.Args;
            if (code is PyNone) return 0;
            if (code is PyInt ci) return (int)(ci.V & 0xFF);
            Stderr.WriteLine(Ops.Str(code));
            return 1;
        }
        ReportUncaught(e);
        if (e.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt))
        {
            EndedByKeyboardInterrupt = IsCommandLine;
            return 130;   // 128 + SIGINT, what the shell reports for CPython's death by signal
        }
        return 1;
    }

    /// <summary>An uncaught exception goes to sys.excepthook (a program may replace it), as in CPython.</summary>
    private void ReportUncaught(PyBaseException e)
    {
        var hook = SysDict?.Get("excepthook");
        if (hook is null || ReferenceEquals(hook, SysModule.ExceptHook))
        {
            if (hook is null) Stderr.Write("sys.excepthook is missing\n");
            PrintException(e);
            return;
        }
        try
        {
            Ops.Call(hook, [e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]);
            FlushStdout();
        }
        catch (PyException he)
        {
            FlushStdout();
            Stderr.Write("Error in sys.excepthook:\n");
            PrintException(he.Value);
            Stderr.Write("\nOriginal exception was:\n");
            PrintException(e);
        }
    }

    /// <summary>The text CPython prints for an uncaught exception (chain, traceback, groups, last line).</summary>
    public static string FormatException(PyBaseException e, bool chain = true, bool tracebackModule = false) =>
        ExceptionPrinter.Format(e, chain, tracebackModule);

    public void PrintException(PyBaseException e)
    {
        var text = ExceptionPrinter.Format(e, chain: true);
        // As CPython's, through sys.stderr's codec: backslashreplace for what it cannot encode.
        if (RealStderr.Encoding != "utf-8" && !RealStderr.Closed)
        {
            try { RealStderr.Write(text); RealStderr.Flush(); return; }
            catch (PyException) { }
        }
        // A stderr that cannot be written (its descriptor closed) loses the report, as CPython's does.
        try
        {
            Stderr.Write(text);
            Stderr.Flush();
        }
        catch (Exception w) when (w is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The `File ..., line N, in f` entries (with source lines and carets) of a traceback.</summary>
    internal static void FormatTracebackEntries(PyTraceback first, StringBuilder sb)
    {
        var entries = new List<PyTraceback>();
        for (var tb = first; tb is not null; tb = tb.Next) entries.Add(tb);
        // CPython collapses runs of more than 3 identical entries.
        int i = 0;
        while (i < entries.Count)
        {
            int j = i;
            while (j + 1 < entries.Count && SameEntry(entries[j + 1], entries[i])) j++;
            int run = j - i + 1;
            int show = Math.Min(run, 3);
            for (int k = 0; k < show; k++) AppendEntry(entries[i + k], sb);
            if (run > 3) sb.Append($"  [Previous line repeated {run - 3} more time{(run - 3 == 1 ? "" : "s")}]\n");
            i = j + 1;
        }
    }

    private static bool SameEntry(PyTraceback a, PyTraceback b) =>
        ReferenceEquals(a.Code, b.Code) && a.Line == b.Line;

    private static void AppendEntry(PyTraceback tb, StringBuilder sb)
    {
        sb.Append($"  File \"{tb.Code.FileName}\", line {tb.Line}, in {tb.Code.Name}\n");
        var line = SourceLine(tb.Code.FileName, tb.Line);
        if (line is null || line.Trim().Length == 0) return;
        var stripped = line.Trim();
        sb.Append("    ").Append(stripped).Append('\n');
        // A frame's entry (a failed 'call' trace event) is CPython's RESUME, whose empty column
        // range prints as an empty indicator line.
        if (tb.Ip < 0) { sb.Append("    \n"); return; }
        if (CurrentOrNull?.Options.NoDebugRanges == true) return;   // -X no_debug_ranges: no column information
        var carets = Carets(line, tb.Code.PositionOf(tb.Ip));
        if (carets is not null) sb.Append("    ").Append(carets).Append('\n');
    }

    /// <summary>
    /// CPython 3.11's error-location line under a traceback entry: `^` under the failing expression
    /// when it is not the whole line, with `~` for the operands of a binary operation or the value of
    /// a subscript. Returns null when no indicator line is printed.
    /// </summary>
    public static string? Carets(string line, (int Line, int Col, int EndLine, int EndCol) pos)
    {
        if (pos.Col < 0 || pos.EndCol < 0) return null;
        // Positions count UTF-8 bytes, as CPython's; the carets go under characters.
        pos.Col = Tokenizer.CharColumn(line, pos.Col);
        if (pos.EndLine == pos.Line) pos.EndCol = Tokenizer.CharColumn(line, pos.EndCol);
        string lstripped = line.TrimStart(' ', '\t', '\f');
        string stripped = line.Trim();
        int strippedChars = line.Length - lstripped.Length;
        int start = pos.Col, end;
        (int left, int right)? anchors = null;
        if (pos.EndLine == pos.Line)
        {
            end = Math.Min(pos.EndCol, line.Length);
            if (start >= end) return null;
            anchors = CaretAnchors(line[start..end]);
        }
        else end = strippedChars + stripped.Length;
        if (!(end - start < stripped.Length || (anchors is { } an && an.right - an.left > 0))) return null;
        var sb = new StringBuilder();
        sb.Append(' ', Math.Max(0, start - strippedChars));
        if (anchors is { } a)
        {
            sb.Append('~', a.left).Append('^', a.right - a.left).Append('~', Math.Max(0, end - start - a.right));
        }
        else sb.Append('^', end - start);
        return sb.ToString();
    }

    private static (int left, int right)? CaretAnchors(string segment)
    {
        ModuleNode tree;
        try { tree = Parser.Parse(segment, "<segment>", "exec"); }
        catch (SyntaxErrorException) { return null; }
        if (tree.Body.Count != 1 || tree.Body[0] is not ExprStmt es) return null;
        switch (es.Value)
        {
            case BinOp b:
                {
                    int opStart = Tokenizer.CharColumn(segment, b.Left.EndCol), opEnd = Tokenizer.CharColumn(segment, b.Right.Col);
                    if (opStart < 0 || opEnd > segment.Length || opEnd < opStart) return null;
                    var opStr = segment[opStart..opEnd];
                    int offset = opStr.Length - opStr.TrimStart().Length;
                    int left = opStart + offset, right = left + 1;
                    if (offset + 1 < opStr.Length && !char.IsWhiteSpace(opStr[offset + 1])) right++;
                    return (left, right);
                }
            case Subscript s:
                return (Tokenizer.CharColumn(segment, s.Value.EndCol), Tokenizer.CharColumn(segment, s.Slice.EndCol) + 1);
        }
        return null;
    }

    private static readonly Dictionary<string, string[]> LineCache = [];

    public static string? SourceLine(string file, int line)
    {
        if (file.StartsWith('<')) return null;
        lock (LineCache)
        {
            if (!LineCache.TryGetValue(file, out var lines))
            {
                try { lines = File.ReadAllText(file).Split('\n'); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { lines = []; }
                LineCache[file] = lines;
            }
            return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
        }
    }

    internal static void FormatSyntaxError(PyBaseException e, StringBuilder sb)
    {
        string file = e.Attr("filename") is PyStr f ? f.V : "<string>";
        int lineno = e.Attr("lineno") is PyInt l ? (int)l.V : 0;
        int offset = e.Attr("offset") is PyInt o ? (int)o.V : 0;
        int endOffset = e.Attr("end_offset") is PyInt eo ? (int)eo.V : 0;
        int endLineno = e.Attr("end_lineno") is PyInt el ? (int)el.V : lineno;
        string? text = e.Attr("text") is PyStr t ? t.V : SourceLine(file, lineno);
        sb.Append($"  File \"{file}\", line {lineno}\n");
        if (text is not null)
        {
            var raw = text.TrimEnd('\n', '\r');
            var stripped = raw.TrimStart(' ', '\t', '\f');
            int removed = raw.Length - stripped.Length;
            // A range that goes on to a later line is marked to the end of this one (CPython's print_error_text).
            if (endLineno > lineno) endOffset = raw.Length + 1;
            sb.Append("    ").Append(stripped.TrimEnd()).Append('\n');
            if (offset >= 1 && offset - 1 - removed >= 0)
            {
                int col = offset - 1 - removed;
                int width = endOffset > offset ? endOffset - offset : 1;
                if (col > stripped.Length) col = stripped.Length;
                sb.Append("    ").Append(' ', col).Append('^', Math.Max(1, width)).Append('\n');
            }
        }
        string name = e.Type.Name;
        string msg = e.Attr("msg") is PyStr m ? m.V : Ops.Str(e);
        sb.Append(name).Append(": ").Append(msg).Append('\n');
    }
}

/// <summary>A start-up failure CPython reports as "Fatal Python error" (exit status 1) before any program runs.</summary>
internal sealed class FatalStartupError(string message, string cause) : Exception(message)
{
    public readonly string Cause = cause;
}
