using System.Runtime.InteropServices;
using System.Text;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Parsing;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// The interactive prompt, as CPython's: on a terminal, HERTHONSTARTUP runs first, then
/// sys.__interactivehook__ (or Herthon's equivalent of site's, which sets up `readline`, `rlcompleter`
/// and ~/.herthon_history); once `readline` is imported, lines are read through it. A pipe, or a
/// terminal whose TERM is dumb, gets plain line reading without escape codes.
/// </summary>
public sealed partial class Host
{
    /// <summary>The interactive hook site.py would have installed, with Herthon's history file.</summary>
    private const string InteractiveHook = """
        def _hook():
            import atexit, os
            try:
                import readline, rlcompleter
            except ImportError:
                return
            readline.parse_and_bind('tab: complete')
            try:
                readline.read_init_file()
            except OSError:
                pass
            if readline.get_current_history_length() == 0:
                history = os.path.join(os.path.expanduser('~'), '.herthon_history')
                try:
                    readline.read_history_file(history)
                except OSError:
                    pass
                def write_history():
                    try:
                        readline.write_history_file(history)
                    except OSError:
                        pass
                atexit.register(write_history)
        """;

    /// <summary>Lines are read through readline: it was imported, stdin and stdout are the terminal (not
    /// replaced in sys), and the terminal is not dumb, as CPython's PyOS_Readline/input() decide.</summary>
    internal bool EditsLines() =>
        ReadlineModule.Loaded && ConsoleInput.IsProcessStdin(Stdin) && isatty(0) == 1 && isatty(1) == 1
        && Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term && term != "dumb"
        && ReferenceEquals(SysDict.Get("stdin"), RealStdin) && ReferenceEquals(SysDict.Get("stdout"), RealStdout);

    internal void FlushStdoutForInput() => FlushStdout();

    private int Repl()
    {
        var globals = (Modules.Get("__main__") as PyModule)?.ModuleDict ?? Setup([""], "");
        bool terminal = ConsoleInput.IsProcessStdin(Stdin) && isatty(0) == 1 && isatty(1) == 1;
        if (SysDict.Get("ps1") is null) SysDict["ps1"] = PyStr.From(">>> ");
        if (SysDict.Get("ps2") is null) SysDict["ps2"] = PyStr.From("... ");
        if (ShowBanner)
        {
            // CPython's pymain_header greets on stderr, terminal or not.
            Stderr.Write($"Herthon {Version} (Python 3.11 compatible) on linux\n");
            Stderr.Write("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
            Stderr.Flush();
        }
        if (terminal)
        {
            RunInteractiveHook();
        }
        var buffer = new StringBuilder();
        int status = 0;
        while (true)
        {
            var prompt = Ops.Str(SysDict.Get(buffer.Length == 0 ? "ps1" : "ps2") ?? PyStr.From(""));
            string? line;
            try
            {
                FlushStdout();
                if (terminal && EditsLines()) line = ReadlineModule.ReadLine(prompt);
                else if (terminal) line = ReadTerminalLine(prompt);
                else
                {
                    // Not a terminal: PyOS_StdioReadline prompts on stderr, so stdout holds only the output.
                    Stderr.Write(prompt);
                    Stderr.Flush();
                    line = Stdin.ReadLine();
                }
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt))
            {
                // Ctrl-C at the prompt abandons the line (and a block being typed), as CPython's.
                Stderr.Write("\nKeyboardInterrupt\n");
                Stderr.Flush();
                buffer.Clear();
                continue;
            }
            if (line is null)
            {
                // The newline that ends the last prompt goes where the prompt went.
                var end = terminal ? Stdout : Stderr;
                end.Write('\n');
                end.Flush();
                break;
            }
            buffer.Append(line).Append('\n');
            string src = buffer.ToString();
            CodeObject code;
            try
            {
                if (src.Trim().Length == 0) { buffer.Clear(); continue; }
                code = CompileSource(src, "<stdin>", "single");
            }
            catch (SyntaxErrorException e) when (e.IsIncompleteInput && line.Length > 0)
            {
                continue;
            }
            catch (SyntaxErrorException e)
            {
                PrintException(ToPySyntaxError(e));
                buffer.Clear();
                continue;
            }
            // A block statement waits for an empty line before running.
            if (NeedsMoreLines(src, line)) continue;
            buffer.Clear();
            try
            {
                Interpreter.RunCode(code, globals, null);
            }
            catch (PyException ex)
            {
                if (ex.Value.Type.IsSubtypeOf(TypeObjects.SystemExit)) { FlushStdout(); status = HandleUncaught(ex.Value); break; }
                FlushStdout();
                ReportUncaught(ex.Value);
            }
            FlushStdout();
        }
        return Shutdown(status);
    }

    private static bool NeedsMoreLines(string src, string lastLine)
    {
        var lines = src.TrimEnd('\n').Split('\n');
        if (lines.Length == 1 && !lines[0].TrimEnd().EndsWith(':')) return false;
        return lastLine.Length > 0;
    }


    /// <summary>sys.__interactivehook__ as CPython's pymain_run_interactive_hook. site.py's own
    /// (register_readline) gives way to Herthon's, the same but for the history file's name.</summary>
    private void RunInteractiveHook()
    {
        if (SysDict.Get("__interactivehook__") is not { } hook) return;   // -S, -I: no line editing, as CPython's
        if (hook is PyFunction { Name: "register_readline" } f && f.Globals.Get("__name__") is PyStr { V: "site" })
        {
            RunSetupSnippet(InteractiveHook, "_hook");
            return;
        }
        try { Ops.Call(hook); }
        catch (PyException e)
        {
            Stderr.Write("Failed calling sys.__interactivehook__\n");
            PrintException(e.Value);
        }
    }

    private void RunSetupSnippet(string source, string function)
    {
        try
        {
            var ns = new PyDict();
            ns["__builtins__"] = Builtins.Module;
            ns["__name__"] = PyStr.From("site");
            Interpreter.RunCode(CompileSource(source, "<site>", "exec"), ns, null);
            Ops.Call(ns.Get(function)!);
        }
        catch (PyException e) { PrintException(e.Value); }
    }

    /// <summary>A line from a terminal without line editing (TERM=dumb): the kernel's canonical mode
    /// edits; polling keeps Ctrl-C prompt (a blocking read would be restarted after SIGINT).</summary>
    private unsafe string? ReadTerminalLine(string prompt)
    {
        Stdout.Write(prompt);
        Stdout.Flush();
        var ts = ThreadState.Current;
        var bytes = new List<byte>();
        var fds = stackalloc int[2];
        while (true)
        {
            int ready;
            fds[0] = 0;
            fds[1] = 1;   // POLLIN
            using (Gil.Unlocked()) ready = poll(fds, 1, 100);
            if (ts.Pending != 0) ts.RunPending();
            if (ready <= 0) continue;
            byte b;
            nint n = read(0, &b, 1);
            if (n < 0 && Marshal.GetLastPInvokeError() == 4) continue;   // EINTR
            if (n <= 0) return bytes.Count == 0 ? null : PosixModule.FsDecode(bytes.ToArray());
            if (b == '\n') return PosixModule.FsDecode(bytes.ToArray());
            bytes.Add(b);
        }
    }

    [DllImport("libc")] private static extern int isatty(int fd);
    [DllImport("libc", SetLastError = true)] private static extern unsafe int poll(int* fds, nuint n, int timeout);
    [DllImport("libc", SetLastError = true)] private static extern unsafe nint read(int fd, byte* buf, nint count);
}
