using Herthon.Hosting;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>The `herthon` command line, run in-process: options, exit codes, error reports, REPL.</summary>
public class CliTests
{
    private static (int code, string stdout, string stderr) Run(string[] args, string stdin = "")
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Host.RunMain(args, new StringReader(stdin), o, e);
        return (code, o.ToString().Replace("\r\n", "\n"), e.ToString().Replace("\r\n", "\n"));
    }

    private static string TempScript(string source)
    {
        var dir = Directory.CreateTempSubdirectory("herthon-cli-");
        var path = Path.Combine(dir.FullName, "prog.py");
        File.WriteAllText(path, source);
        return path;
    }

    [Fact]
    public void Dash_c_runs_code_with_argv()
    {
        var (code, stdout, _) = Run(["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"]);
        Assert.Equal(0, code);
        Assert.Equal("['-c', 'a', 'b'] 42\n", stdout);
    }

    [Fact]
    public void Version_and_help_exit_zero()
    {
        Assert.StartsWith("Herthon ", Run(["--version"]).stdout);
        var help = Run(["--help"]);
        Assert.Equal(0, help.code);
        Assert.Contains("usage: herthon", help.stdout);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, stderr) = Run(["--bogus"]);
        Assert.Equal(2, code);
        Assert.Contains("unknown option --bogus", stderr);
    }

    [Fact]
    public void Missing_file_reports_like_cpython_with_exit_code_2()
    {
        var (code, _, stderr) = Run(["/nonexistent/dir/x.py"]);
        Assert.Equal(2, code);
        Assert.Equal("herthon: can't open file '/nonexistent/dir/x.py': [Errno 2] No such file or directory\n", stderr);
    }

    [Fact]
    public void Syntax_error_shows_file_line_source_and_caret()
    {
        var path = TempScript("x = 1\nif x\n    pass\n");
        var (code, stdout, stderr) = Run([path]);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal($"  File \"{path}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n", stderr);
    }

    [Fact]
    public void Uncaught_exception_prints_a_traceback_and_exits_1()
    {
        var path = TempScript("def f(d):\n    return d['k']\n\nprint('before')\nf({})\n");
        var (code, stdout, stderr) = Run([path]);
        Assert.Equal(1, code);
        Assert.Equal("before\n", stdout);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 5, in <module>\n    f({{}})\n" +
            $"  File \"{path}\", line 2, in f\n    return d['k']\n           ~^^^^^\n" +
            "KeyError: 'k'\n", stderr);
    }

    [Fact]
    public void Runaway_recursion_raises_RecursionError_not_a_crash()
    {
        var (code, _, stderr) = Run(["-c", "def f(n):\n    return f(n + 1)\nf(0)\n"]);
        Assert.Equal(1, code);
        Assert.Contains("[Previous line repeated", stderr);
        Assert.EndsWith("RecursionError: maximum recursion depth exceeded\n", stderr);
    }

    [Fact]
    public void Recursion_limit_can_be_raised()
    {
        var (code, stdout, stderr) = Run(["-c", "import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(15000))\n"]);
        Assert.True(code == 0, stderr);
        Assert.Equal("15000\n", stdout);
    }

    [Fact]
    public void Sys_exit_sets_the_exit_code()
    {
        Assert.Equal(3, Run(["-c", "import sys; sys.exit(3)"]).code);
        var (code, _, stderr) = Run(["-c", "import sys; sys.exit('bye')"]);
        Assert.Equal(1, code);
        Assert.Equal("bye\n", stderr);
    }

    [Fact]
    public void Dis_prints_the_disassembly_instead_of_running()
    {
        var path = TempScript("print('ran')\n");
        var (code, stdout, _) = Run(["--dis", path]);
        Assert.Equal(0, code);
        Assert.DoesNotContain("ran\n", stdout);
        Assert.Contains("LOAD_NAME", stdout);
    }

    [Fact]
    public void Repl_echoes_values_continues_after_errors_and_exits_on_eof()
    {
        var input = "x = 6\nx * 7\n1/0\ndef f(a):\n    return a + 1\n\nf(x)\n";
        var (code, stdout, stderr) = Run(["-i"], input);
        Assert.Equal(0, code);
        // Not a terminal: the prompts go to stderr as CPython's, stdout holds only the values.
        Assert.Equal("42\n7\n", stdout);
        Assert.Contains("license\" for more information.\n>>> >>> >>> ", stderr);   // the banner too goes to stderr
        Assert.Contains("... ", stderr);
        Assert.Contains("ZeroDivisionError: division by zero", stderr);
    }

    [Fact]
    public void Repl_reads_a_match_statement_over_several_lines()
    {
        var input = "match [1, 2]:\n    case [a, *rest]:\n        print(a, rest)\n    case _:\n        pass\n\nmatch = 3\nmatch\n";
        var (code, stdout, stderr) = Run(["-i"], input);
        Assert.Equal(0, code);
        Assert.EndsWith("information.\n>>> ... ... ... ... ... >>> >>> >>> \n", stderr);
        Assert.Equal("1 [2]\n3\n", stdout);
    }

    [Fact]
    public void Script_reads_from_stdin_when_not_a_terminal()
    {
        var (code, stdout, _) = Run([], "print('from stdin')\n");
        Assert.Equal(0, code);
        Assert.Equal("from stdin\n", stdout);
    }

    [Fact]
    public void Dash_m_runs_a_module_as_main()
    {
        // In a process of its own, started in the script's folder: -m searches the working directory,
        // and changing the test process's one would move it under every in-process run at once.
        var path = TempScript("print(__name__)\n");
        var dir = Path.GetDirectoryName(path)!;
        var command = Herthon.Tests.Probes.NativeEnvironment.HerthonCommand;
        var (code, stdout, stderr) = Herthon.Tests.Probes.NativeEnvironment.Run(command[0], [.. command.Skip(1), "-m", "prog"], dir);
        Assert.True(code == 0, stderr);
        Assert.Equal("__main__\n", stdout);
    }
}
