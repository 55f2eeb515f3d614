using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Hosting;

// The command line's effect on a run: the usage and fatal errors, --help and -V, and what sys shows
// of the options (flags, warnoptions, _xoptions, orig_argv, pycache_prefix).
public sealed partial class Host
{
    /// <summary>The run's options and HERTHON* variables (CommandLine.Parse).</summary>
    public CommandLine Options = new();
    /// <summary>The whole command line, options included (sys.orig_argv).</summary>
    private string[] _origArgs = [];

    private const string OwnOptions =
        "\nHerthon's own options:\n" +
        "--dis         : print the bytecode disassembly of the program instead of running it\n" +
        "--dis=adaptive: run the program, then print its disassembly with the specialised instructions\n" +
        "--list-probes : list the static tracing markers (provider, name, arguments, enabled now) and exit\n" +
        "\nStandard library (CPython 3.11's, searched last): {stdlib}\n" +
        "Static tracing markers (provider 'herthon') are listed with: readelf -n $(which herthon)\n";

    /// <summary>
    /// Writes --help/--version/--list-probes output: status 0, or, when the reader closed the pipe
    /// (`herthon --help | head -1`), quietly 141 — what a shell reports for CPython, which prints
    /// these before it ignores SIGPIPE and so dies of it.
    /// </summary>
    private int WriteInformation(string text)
    {
        try
        {
            Stdout.Write(text);
            Stdout.Flush();
            return 0;
        }
        catch (IOException)
        {
            return 128 + 13;
        }
    }

    /// <summary>What the parsed command line settles before anything runs: an exit status, or null to go on.</summary>
    private int? Configure(string[] args)
    {
        _origArgs = args;
        var cl = Options = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
        if (cl.Error is not null) return UsageError(cl.Error);
        if (cl.Help is not null)
        {
            return WriteInformation(cl.Help switch
            {
                "help-env" => HelpText.HelpEnv,
                "help-xoptions" => HelpText.HelpXOptions,
                "help-all" => HelpText.HelpAll,
                _ => HelpText.Help + OwnOptions.Replace("{stdlib}", StandardLibrary.Directory ?? $"not found (looked in {StandardLibrary.Candidate})"),
            });
        }
        if (cl.VersionRequests > 0)
        {
            return WriteInformation((cl.VersionRequests == 1
                ? $"Herthon {Version} (Python 3.11 compatible)"
                : $"Herthon {Version} (Python 3.11 compatible) [{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}]") + "\n");
        }
        if (cl.Fatal is not null)
        {
            // CPython's Py_ExitStatusException for a bad configuration: the message, the runtime's state, status 1.
            Stderr.Write($"Fatal Herthon error: {cl.Fatal}\nHerthon runtime state: {(cl.Fatal.StartsWith("preconfig") ? "preinitializing" : "preinitialized")}\n\n");
            return 1;
        }
        if (cl.ListProbes)
        {
            var listing = new StringWriter();
            Probes.ProbeListing.Write(listing);
            return WriteInformation(listing.ToString());
        }
        if (cl.DontWriteBytecode != 0) DontWriteBytecode = true;
        else if (cl.IgnoreEnvironment != 0) DontWriteBytecode = false;   // HERTHONDONTWRITEBYTECODE is ignored too
        if (cl.ImportTime) ImportTime = true;
        if (cl.IntMaxStrDigits >= 0) IntMaxStrDigits = cl.IntMaxStrDigits;
        if (cl.IgnoreEnvironment != 0) StandardLibrary.IgnoreEnvironment = true;
        OptionWarnings.Bytes = cl.BytesWarning > 0;
        OptionWarnings.DefaultEncoding = cl.WarnDefaultEncoding > 0;
        // __debug__ is a builtin (and a compile-time constant the compiler folds under -O).
        Builtins.Dict["__debug__"] = cl.Optimize > 0 ? PyBool.False : PyBool.True;
        return null;
    }

    /// <summary>The options as sys shows them (sys.flags in CPython 3.11's field order).</summary>
    private void ApplyOptionsToSys(PyDict sys)
    {
        var cl = Options;
        static PyObject I(int v) => PyInt.From(v);
        if (sys.Get("flags") is PyTuple flags)
        {
            var v = flags.Items;
            v[0] = I(cl.Debug); v[1] = I(cl.Inspect); v[2] = I(cl.Interactive); v[3] = I(cl.Optimize);
            v[4] = I(DontWriteBytecode ? 1 : 0); v[5] = I(cl.NoUserSite);
            v[6] = I(cl.NoSite);
            v[7] = I(cl.IgnoreEnvironment); v[8] = I(cl.Verbose); v[9] = I(cl.BytesWarning); v[10] = I(cl.Quiet);
            v[11] = I(cl.HashRandomization); v[12] = I(cl.Isolated); v[13] = PyBool.From(cl.DevMode); v[14] = I(StdioEncoding.Utf8Mode(cl));
            v[15] = I(cl.WarnDefaultEncoding); v[16] = PyBool.From(cl.SafePath != 0); v[17] = I(cl.IntMaxStrDigits);
        }
        var warn = new PyList();
        foreach (var w in cl.WarnOptions) warn.Append(PyStr.From(w));
        sys["warnoptions"] = warn;
        sys["_xoptions"] = cl.XOptionsDict();
        if (cl.PycachePrefix is not null) sys["pycache_prefix"] = PyStr.From(cl.PycachePrefix);
        if (cl.PlatLibDir is not null) sys["platlibdir"] = PyStr.From(cl.PlatLibDir);
        var orig = new PyList();
        orig.Append(sys.Get("executable")!);
        foreach (var a in _origArgs) orig.Append(PyStr.From(a));
        sys["orig_argv"] = orig;
    }

    /// <summary>sys.stdin/stdout/stderr's codec and error handlers (CPython's init_sys_streams); an unknown
    /// encoding is fatal, as CPython's init_stdio_encoding.</summary>
    private void ConfigureStdio()
    {
        var (encoding, errors) = StdioEncoding.Choose(Options, StdioEncoding.Utf8Mode(Options));
        string name;
        try { name = StdioEncoding.CodecName(encoding); }
        catch (PyException e) when (!IsInterrupt(e))   // Ctrl-C while the codec registry runs ends the run (RunOnThisThread)
        {
            throw new FatalStartupError("init_stdio_encoding: failed to get the Python codec name of the stdio encoding",
                $"{e.Value.Type.Name}: {Ops.Str(e.Value)}");
        }
        RealStdout.SetEncoding(name, errors);
        RealStdin.SetEncoding(name, errors);
        RealStderr.SetEncoding(name, "backslashreplace");
        if (IsCommandLine)
        {
            // create_stdio's buffering: the writer keeps stdout's text until a flush; stderr's writes through.
            RealStdout.WriteThrough = RealStdout.Unbuffered = Options.Unbuffered;
            RealStdout.LineBuffering = !Options.Unbuffered && RealStdout.IsTerminal();
            RealStderr.LineBuffering = true;
        }
        if (Stdin is ConsoleInput console) console.SetDecoding(name, errors);
    }

    /// <summary>CPython's init_import_site: site.py from the standard library adds the site-packages
    /// directories that exist under sys.prefix (Herthon's own folder, so not Debian's dist-packages with
    /// CPython's C extensions) and the user's, and installs exit, quit, help, copyright, credits and license.
    /// Without the standard library Herthon runs as with -S.</summary>
    private void ImportSite()
    {
        if (Options.NoSite != 0 || StandardLibrary.Directory is null) return;
        try { Importer.ImportName("site", new PyDict(), PyNone.Instance, 0); }
        catch (PyException e) when (!IsInterrupt(e)) { PrintException(e.Value); }
        StartupTrace.Mark("site");
    }

    /// <summary>CPython imports warnings at start-up when there are -W options, so that bad ones are reported then.</summary>
    private void ImportWarningsForOptions()
    {
        if (Options.WarnOptions.Count == 0) return;
        try { Importer.ImportName("warnings", new PyDict(), PyNone.Instance, 0); }
        catch (PyException e) when (!IsInterrupt(e)) { PrintException(e.Value); }
    }

    /// <summary>A KeyboardInterrupt (Ctrl-C, _thread.interrupt_main) during start-up is not an import
    /// failure to report and go on from: it propagates and ends the run (RunOnThisThread).</summary>
    internal static bool IsInterrupt(PyException e) => e.Value.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt);

    /// <summary>HERTHONSTARTUP: run in __main__ before the first prompt of an interactive session.</summary>
    private void RunStartupFile(PyDict globals)
    {
        if (Options.Startup is not { } file) return;
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Stderr.WriteLine($"Could not open HERTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '{file}'");
            return;
        }
        try { Interpreter.RunCode(CompileFile(file, text), globals, null); }
        catch (PyException e)
        {
            FlushStdout();
            ReportUncaught(e.Value);
        }
        FlushStdout();
    }

    /// <summary>CPython's pymain_header: the banner greets an interactive session only (no program, a terminal or -i, no -q).</summary>
    private bool ShowBanner =>
        Options.Quiet == 0 && Options.Command is null && Options.Module is null && Options.Script is null or "-"
        && (Options.Verbose > 0 || Options.Interactive != 0 || ConsoleInput.IsProcessStdin(Stdin) && !Console.IsInputRedirected);

    /// <summary>-v: each import on stderr, in the shape of importlib's verbose messages.</summary>
    internal void ReportVerboseImport(string fullname, PyObject module)
    {
        var file = module is PyModule pm ? pm.ModuleDict.Get("__file__") as PyStr : null;
        if (file is null) Stderr.Write($"import '{fullname}' # <class '_frozen_importlib.BuiltinImporter'>\n");
        else
        {
            Stderr.Write($"# code object from '{file.V}'\n");
            Stderr.Write($"import '{fullname}' # <_frozen_importlib_external.SourceFileLoader '{file.V}'>\n");
        }
        Stderr.Flush();
    }

    /// <summary>-x: the first line is skipped, its newline kept so that line numbers stay the file's.</summary>
    private string SkipFirstLineIfAsked(string text)
    {
        if (!Options.SkipFirstLine) return text;
        int nl = text.IndexOf('\n');
        return nl < 0 ? "" : text[nl..];
    }
}
