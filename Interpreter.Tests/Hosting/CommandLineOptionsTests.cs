using System.Diagnostics;
using System.Text.RegularExpressions;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// Every CPython 3.11 command-line option and PYTHON* variable, run through both /usr/bin/python3.11
/// and the herthon launcher on the same input (HERTHONX for PYTHONX): exit status, stdout and stderr
/// must be identical once the implementation's name is normalised (the usage line, "Fatal Python
/// error", PYTHON/HERTHON).
/// </summary>
public class CommandLineOptionsTests
{
    public const string CPython = "/usr/bin/python3.11";

    /// <summary>How much of the output is compared: all of it, or (for a warning raised as an error, where
    /// Herthon's pure-Python warnings module adds frames to the traceback) stdout and stderr's last line.</summary>
    public enum Compare { Full, LastErrorLine, NoPrompts, Help, StdoutOnly, NoBanner, FatalHeader }

    public sealed record Case(string Name, string[] Args, string Stdin = "", string[]? Env = null, Compare Mode = Compare.Full)
    {
        public override string ToString() => Name;
    }

    private const string Flags = "import sys; f = sys.flags; print(";
    private const string Streams = "import sys\nprint(*[(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, sys.stderr)])\n";
    private const string WarnProgram = "import warnings\nwarnings.warn('w1')\nwarnings.warn('w1')\nwarnings.warn('dep', DeprecationWarning)\nwarnings.warn('uw', UserWarning)\nprint('done')\n";

    public static readonly Case[] Cases =
    [
        new("-c with arguments", ["-c", "import sys; print(sys.argv)", "a", "-b"]),
        new("-c attached", ["-cprint(6 * 7)"]),
        new("-c puts '' first on sys.path", ["-c", "import sys; print(repr(sys.path[0]), '' in sys.path[1:])"]),
        new("-b", ["-b", "-c", "import sys; print(str(b'x'), b'a' == 'a', b'a' == 1, sys.flags.bytes_warning, sys.warnoptions)"]),
        new("-bb", ["-bb", "-c", "import sys; print(sys.flags.bytes_warning, sys.warnoptions); str(b'x')"], Mode: Compare.LastErrorLine),
        new("-d -q -s -S", ["-d", "-q", "-s", "-S", "-c", Flags + "f.debug, f.quiet, f.no_user_site, f.no_site)"]),
        new("-B", ["-B", "-c", Flags + "sys.dont_write_bytecode, f.dont_write_bytecode)"]),
        new("-E", ["-E", "-c", Flags + "f.ignore_environment, f.optimize, f.verbose)"], Env: ["OPTIMIZE=2", "VERBOSE=1"]),
        new("-i after -c", ["-i", "-c", "x = 6 * 7"], "print(x)\nx + 1\n", Mode: Compare.NoPrompts),
        new("-i after an exception", ["-i", "-c", "x = 1\n1/0"], "print('still here', x)\n", Mode: Compare.NoPrompts),
        new("-I", ["-I", "-c", Flags + "f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, '' in sys.path)"], Env: ["OPTIMIZE=1"]),
        new("-m json.tool from stdin", ["-m", "json.tool", "--sort-keys"], "{\"b\": [1, 2], \"a\": null}"),
        new("-m missing module", ["-m", "no_such_module_here"]),
        new("-O", ["-O", "-c", "import sys\nassert False, 'not run'\nprint(__debug__, sys.flags.optimize)\nif __debug__: print('debug')"]),
        new("-OO", ["-OO", "-c", "import sys\ndef f():\n    'doc'\nclass C:\n    'cdoc'\nprint(f.__doc__, C.__doc__, __debug__, sys.flags.optimize)"]),
        new("-bOO bundled", ["-bOO", "-c", Flags + "f.bytes_warning, f.optimize)"]),
        new("-P", ["-P", "-c", Flags + "f.safe_path, '' in sys.path)"]),
        new("-u", ["-u", "-c", "import sys; sys.stdout.write('out\\n'); sys.stderr.write('err\\n')"]),
        new("-v flag", ["-v", "-c", "import sys; print(sys.flags.verbose, file=sys.stdout)"], Mode: Compare.StdoutOnly),
        new("-W ignore", ["-W", "ignore", "-c", WarnProgram]),
        new("-Wdefault", ["-Wdefault", "-c", WarnProgram]),
        new("-W once::UserWarning", ["-W", "always::UserWarning", "-c", WarnProgram]),
        new("-W error", ["-W", "error::UserWarning", "-c", WarnProgram], Mode: Compare.LastErrorLine),
        new("-W module filter", ["-W", "ignore::DeprecationWarning:__main__", "-W", "error:w1:UserWarning:__main__:2", "-c", WarnProgram], Mode: Compare.LastErrorLine),
        new("-W twice, warnoptions", ["-W", "ignore", "-Wonce::DeprecationWarning", "-c", "import sys; print(sys.warnoptions)"]),
        new("-W invalid options", ["-Wfoo", "-W", "ignore::NoSuchWarning", "-W", "a:b:c:d:e:f", "-W", "error:::x:y", "-c", "print('ran')"]),
        new("-X dev", ["-X", "dev", "-c", "import sys, warnings; print(sys.flags.dev_mode, sys._xoptions, sys.warnoptions); warnings.warn('d', DeprecationWarning)"]),
        new("-X options", ["-Xa=1", "-X", "b", "-X", "utf8", "-c", "import sys; print(sys._xoptions, sys.flags.utf8_mode)"]),
        new("-X utf8=0", ["-X", "utf8=0", "-c", "import sys; print(sys.flags.utf8_mode)"]),
        new("-X utf8 bad", ["-X", "utf8=2", "-c", "pass"]),
        new("-X int_max_str_digits", ["-X", "int_max_str_digits=1000", "-c", "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits()); str(10 ** 1000)"]),
        new("-X int_max_str_digits bad", ["-Xint_max_str_digits=5", "-c", "pass"]),
        new("-X frozen_modules", ["-X", "frozen_modules=off", "-c", "print('ok')"]),
        new("-X frozen_modules bad", ["-X", "frozen_modules=maybe", "-c", "pass"]),
        new("-X no_debug_ranges", ["-X", "no_debug_ranges", "-c", "def f(d):\n    return d['k'] + 1\nf({})"]),
        new("-X pycache_prefix", ["-X", "pycache_prefix=/tmp/herthon-cli-prefix", "-c", "import sys; print(sys.pycache_prefix)"]),
        new("-X warn_default_encoding", ["-X", "warn_default_encoding", "-c", "import sys, io\nprint(sys.flags.warn_default_encoding)\nopen('/dev/null').close()\ndef f(): return io.text_encoding(None)\nf()"]),
        new("-X tracemalloc bad", ["-X", "tracemalloc=x", "-c", "pass"]),
        new("-X importtime flag", ["-X", "importtime", "-c", "import sys; print(sys._xoptions)"], Mode: Compare.StdoutOnly),
        new("--check-hash-based-pycs", ["--check-hash-based-pycs", "always", "-c", "print('ok')"]),
        new("--check-hash-based-pycs bad", ["--check-hash-based-pycs", "sometimes", "-c", "pass"]),
        new("- reads stdin", ["-", "a", "b"], "import sys\nprint(sys.argv)\n"),
        new("-- ends options", ["--", "-"], "print('dash')\n"),
        new("unknown short option", ["-z"]),
        new("unknown long option", ["--frobnicate"]),
        new("-c without argument", ["-c"]),
        new("-m without argument", ["-m"]),
        new("-W without argument", ["-W"]),
        new("-X without argument", ["-X"]),
        new("-J", ["-J"]),
        new("--help-env", ["--help-env"], Mode: Compare.Help),
        new("--help-xoptions", ["--help-xoptions"], Mode: Compare.Help),
        new("--help-all", ["--help-all"], Mode: Compare.Help),

        new("PATH", ["-c", "import clihelper; print(clihelper.VALUE)"], Env: ["PATH={dir}"]),
        new("PATH ignored by -E", ["-E", "-c", "import clihelper"], Env: ["PATH={dir}"], Mode: Compare.LastErrorLine),
        new("HOME", ["-c", "import os; print(os.__file__)"], Env: ["HOME=/usr"]),
        new("STARTUP with -i", ["-i"], "print(started)\n", Env: ["STARTUP={dir}/startup.py"], Mode: Compare.NoPrompts),
        new("OPTIMIZE", ["-c", "import sys\nassert False\nprint(sys.flags.optimize, __debug__)"], Env: ["OPTIMIZE=2"]),
        new("OPTIMIZE non-integer", ["-c", "import sys; print(sys.flags.optimize)"], Env: ["OPTIMIZE=yes"]),
        new("WARNINGS", ["-W", "always::UserWarning", "-c", "import sys; print(sys.warnoptions)\n" + WarnProgram], Env: ["WARNINGS=ignore,error::DeprecationWarning"], Mode: Compare.LastErrorLine),
        new("UTF8", ["-c", Flags + "f.utf8_mode)"], Env: ["UTF8=1"]),
        new("UTF8 bad", ["-c", "pass"], Env: ["UTF8=yes"]),
        new("flag variables", ["-c", Flags + "f.debug, f.dev_mode, f.no_user_site, f.safe_path, '' in sys.path, f.dont_write_bytecode, sys.dont_write_bytecode)"],
            Env: ["DEBUG=1", "DEVMODE=1", "NOUSERSITE=1", "SAFEPATH=1", "DONTWRITEBYTECODE=1", "UNBUFFERED=1"]),
        new("HASHSEED", ["-c", Flags + "f.hash_randomization)"], Env: ["HASHSEED=0"]),
        new("HASHSEED bad", ["-c", "pass"], Env: ["HASHSEED=-1"]),
        new("PYCACHEPREFIX", ["-c", "import sys; print(sys.pycache_prefix)"], Env: ["PYCACHEPREFIX=/tmp/herthon-cli-env-prefix"]),
        new("INTMAXSTRDIGITS", ["-c", "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())"], Env: ["INTMAXSTRDIGITS=0"]),
        new("INTMAXSTRDIGITS bad", ["-c", "pass"], Env: ["INTMAXSTRDIGITS=12"]),
        new("INSPECT", ["-c", "x = 5"], "print(x * 2)\n", Env: ["INSPECT=1"], Mode: Compare.NoPrompts),
        new("VERBOSE", ["-c", "import sys; print(sys.flags.verbose)"], Env: ["VERBOSE=2"], Mode: Compare.StdoutOnly),
        new("WARNDEFAULTENCODING", ["-c", "open('/dev/null').close()"], Env: ["WARNDEFAULTENCODING=1"]),
        new("NODEBUGRANGES", ["-c", "x = [1]\nprint(x[0] + x[1])"], Env: ["NODEBUGRANGES=1"]),
        new("BREAKPOINT=0", ["-c", "breakpoint(); print('skipped')"], Env: ["BREAKPOINT=0"]),
        new("BREAKPOINT hook", ["-c", "def hook(*a, **k): print('hook', a, k)\nbreakpoint(1, x=2)"], Env: ["BREAKPOINT=__main__.hook"]),
        new("IOENCODING latin-1", ["-c", Streams + "print('caf\\xe9'); print('\\u20ac')"], Env: ["IOENCODING=latin-1"], Mode: Compare.LastErrorLine),
        new("IOENCODING ascii:backslashreplace", ["-c", Streams + "print('caf\\xe9 \\u20ac'); raise ValueError('\\xe9')"], Env: ["IOENCODING=ascii:backslashreplace"]),
        new("IOENCODING errors only", ["-c", Streams + "print('\\udcff', 'x')"], Env: ["IOENCODING=:replace"]),
        new("IOENCODING utf-8 strict", ["-c", Streams + "print('\\udcff')"], Env: ["IOENCODING=UTF8"], Mode: Compare.LastErrorLine),
        new("IOENCODING unknown", ["-c", "print('never')"], Env: ["IOENCODING=no-such-codec"], Mode: Compare.FatalHeader),
        new("IOENCODING stdin latin-1", ["-c", "import sys; print(ascii(input()), ascii(sys.stdin.read()))"], "caf\u00e9\nrest\u20ac\n", Env: ["IOENCODING=latin-1:strict"]),
        new("IOENCODING ignored by -E", ["-E", "-c", Streams + "print()"], Env: ["IOENCODING=latin-1"]),
        new("stdin surrogateescape by default", ["-c", "import sys; data = sys.stdin.read(); print(ascii(data), sys.stdin.errors)"], "ok\n"),
        new("LC_ALL=C: UTF-8 mode", ["-c", Streams + "print(sys.flags.utf8_mode)"], Env: ["LC_ALL=C"]),
        new("LC_ALL=C.UTF-8", ["-c", Streams + "print(sys.flags.utf8_mode)"], Env: ["LC_ALL=C.UTF-8"]),
        new("LC_ALL=POSIX -X utf8=0", ["-X", "utf8=0", "-c", Streams + "print(sys.flags.utf8_mode)"], Env: ["LC_ALL=POSIX"]),
        new("UTF8=1 with a locale", ["-c", Streams + "print(sys.flags.utf8_mode)"], Env: ["UTF8=1", "LC_ALL=C.UTF-8"]),
        new("reconfigure", ["-c", "import sys\nsys.stdout.reconfigure(encoding='ascii', errors='xmlcharrefreplace')\nprint('\\xe9', sys.stdout.encoding, sys.stdout.errors)"]),
        new("site imported", ["-c", "import sys, site\nprint(sys.flags.no_site, 'site' in sys.modules, repr(exit), repr(quit), type(help).__name__, type(copyright).__name__)\nprint(site.ENABLE_USER_SITE, sys.__interactivehook__.__name__)\nexit(3)"]),
        new("-S: no site, no exit", ["-S", "-c", "import sys; print(sys.flags.no_site, 'site' in sys.modules, hasattr(sys, '__interactivehook__')); exit()"], Mode: Compare.LastErrorLine),
        new("-s: no user site", ["-s", "-c", "import site; print(site.ENABLE_USER_SITE)"]),
        new("-I: site without user site or hook", ["-I", "-c", "import sys, site; print(sys.flags.no_site, site.ENABLE_USER_SITE, hasattr(sys, '__interactivehook__'))"]),
        new("-i prompts on stderr", ["-i", "-q"], "1 + 1\nfor i in range(2):\n    print(i)\n\nprint('done')\n"),
        new("-i banner on stderr", ["-i"], "x = 6 * 7\nx\n1/0\n", Mode: Compare.NoBanner),
        new("BREAKPOINT unimportable", ["-c", "breakpoint(); print('went on')"], Env: ["BREAKPOINT=no_such_mod.hook"]),
    ];

    public static TheoryData<Case> AllCases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in Cases) data.Add(c);
        return data;
    }

    private static readonly string Fixture = MakeFixture();

    private static string MakeFixture()
    {
        var dir = Directory.CreateTempSubdirectory("herthon-cli-opts-").FullName;
        File.WriteAllText(Path.Combine(dir, "clihelper.py"), "VALUE = 'from the path variable'\n");
        File.WriteAllText(Path.Combine(dir, "startup.py"), "started = 'startup ran'\n");
        return dir;
    }

    internal static (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string stdin, string prefix, IEnumerable<string>? env, string? cwd = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = cwd ?? Fixture,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        // Each implementation sees only its own variables (the test host may have PYTHONDONTWRITEBYTECODE...).
        foreach (var key in info.Environment.Keys.ToList())
            if (key.StartsWith("PYTHON") || key.StartsWith("HERTHON") && key != "HERTHON_LAUNCHER") info.Environment.Remove(key);
        foreach (var e in env ?? [])
        {
            int eq = e.IndexOf('=');
            // The locale's variables are the same for both; the others take the implementation's prefix.
            string name = e[..eq] is var n && (n.StartsWith("LC_") || n == "LANG") ? n : prefix + n;
            info.Environment[name] = e[(eq + 1)..].Replace("{dir}", Fixture);
        }
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // A process that exits without reading all its input (either implementation) closes the pipe: what it printed and its status are what is compared.
        // (Written on the base stream, so the writer's buffer holds nothing for Close or Dispose to flush again.)
        try { p.StandardInput.BaseStream.Write(new System.Text.UTF8Encoding(false).GetBytes(stdin)); } catch (IOException) { }
        try { p.StandardInput.Close(); } catch (IOException) { }
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>CPython's texts with its name as Herthon says it.</summary>
    internal static string Normalize(string s) => s
        .Replace(CPython, "herthon")
        .Replace("Try `python -h'", "Try `herthon -h'")
        .Replace("Fatal Python error", "Fatal Herthon error")
        .Replace("Python runtime state", "Herthon runtime state")
        .Replace("PYTHON", "HERTHON")
        .Replace(NativeEnvironment.Launcher, "herthon");

    /// <summary>The help texts say Herthon where CPython says Python (or CPython, python3).</summary>
    private static string HelpWords(string s) => Regex.Replace(s.Replace("python3 -X", "herthon -X"), @"\bC?Python\b", "Herthon");

    private static string LastLine(string s)
    {
        var lines = s.TrimEnd('\n').Split('\n');
        return lines[^1];
    }

    /// <summary>The session's output without prompts, banner and blank lines (CPython prompts on stderr, Herthon on stdout).</summary>
    private static string WithoutPrompts(string s) => string.Join("\n", Regex.Replace(s, @"(>>> |\.\.\. )", "").Split('\n')
        .Where(l => l.Trim().Length > 0 && !l.StartsWith("Python 3.11") && !l.StartsWith("Herthon ") && !l.StartsWith("Type \"help\"")));

    private static string WithoutBanner(string s) => string.Join("\n", s.Split('\n')
        .Where(l => !l.StartsWith("Python 3.11") && !l.StartsWith("Herthon ") && !l.StartsWith("Type \"help\"")));

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Option_behaves_as_in_CPython(Case c)
    {
        var expected = Run(CPython, c.Args, c.Stdin, "PYTHON", c.Env);
        var actual = Run(NativeEnvironment.Launcher, c.Args, c.Stdin, "HERTHON", c.Env);
        Assert.Equal(expected.Code, actual.Code);
        string eOut = Normalize(expected.Stdout), aOut = Normalize(actual.Stdout);
        string eErr = Normalize(expected.Stderr), aErr = Normalize(actual.Stderr);
        switch (c.Mode)
        {
            case Compare.Full:
                Assert.Equal(eOut, aOut);
                Assert.Equal(eErr, aErr);
                break;
            case Compare.LastErrorLine:
                Assert.Equal(eOut, aOut);
                Assert.Equal(LastLine(eErr), LastLine(aErr));
                break;
            case Compare.StdoutOnly:   // -v's and importtime's stderr is importlib's own trace
                Assert.Equal(eOut, aOut);
                break;
            case Compare.Help:
                Assert.Equal(HelpWords(eOut), aOut);
                Assert.Equal(eErr, aErr);
                break;
            case Compare.NoBanner:   // the greeting names the implementation; the rest, prompts included, is the same
                Assert.Equal(eOut, aOut);
                Assert.Equal(WithoutBanner(eErr), WithoutBanner(aErr));
                break;
            case Compare.FatalHeader:   // the fatal error's text; the thread dump after it names a thread id
                Assert.Equal(eOut, aOut);
                Assert.Equal(string.Join("\n", eErr.Split('\n').Take(3)), string.Join("\n", aErr.Split('\n').Take(3)));
                break;
            case Compare.NoPrompts:
                // CPython writes a non-terminal session's prompts to stderr, Herthon's REPL to stdout.
                Assert.Equal(WithoutPrompts(eOut + "\n" + eErr), WithoutPrompts(aOut + "\n" + aErr));
                break;
        }
    }

    [Fact]
    public void Help_lists_CPythons_options_in_its_words_then_Herthons_own()
    {
        var expected = Run(CPython, ["-h"], "", "PYTHON", null);
        foreach (var flag in new[] { "-h", "-?", "--help" })
        {
            var actual = Run(NativeEnvironment.Launcher, [flag], "", "HERTHON", null);
            Assert.Equal(0, actual.Code);
            int own = actual.Stdout.IndexOf("\nHerthon's own options:", StringComparison.Ordinal);
            Assert.True(own > 0, actual.Stdout);
            var cpythonPart = HelpWords(Normalize(expected.Stdout));
            Assert.Equal(cpythonPart, actual.Stdout[..own]);
            Assert.Contains("--dis ", actual.Stdout[own..]);
            Assert.Contains("--list-probes ", actual.Stdout[own..]);
        }
    }

    [Fact]
    public void Version_names_Herthon_and_the_Python_version()
    {
        foreach (var flag in new[] { "-V", "--version" })
        {
            var (code, stdout, _) = Run(NativeEnvironment.Launcher, [flag], "", "HERTHON", null);
            Assert.Equal(0, code);
            Assert.Matches(@"^Herthon \S+ \(Python 3\.11 compatible\)\n$", stdout);
        }
        var vv = Run(NativeEnvironment.Launcher, ["-VV"], "", "HERTHON", null);
        Assert.StartsWith("Herthon ", vv.Stdout);
        Assert.Contains(".NET", vv.Stdout);
    }

    [Fact]
    public void Verbose_traces_imports_as_importlib_does()
    {
        var expected = Run(CPython, ["-v", "-c", "import json"], "", "PYTHON", null);
        var actual = Run(NativeEnvironment.Launcher, ["-v", "-c", "import json"], "", "HERTHON", null);
        Assert.Equal(expected.Code, actual.Code);
        foreach (var name in new[] { "json", "json.decoder", "json.scanner", "json.encoder" })
        {
            Assert.Contains($"\nimport '{name}' # ", expected.Stderr);
            Assert.Contains($"\nimport '{name}' # ", actual.Stderr);
        }
        Assert.Contains("# code object from '/usr/lib/python3.11/json/__init__.py'", actual.Stderr);
    }

    [Fact]
    public void Importtime_reports_each_import_with_CPythons_header()
    {
        var actual = Run(NativeEnvironment.Launcher, ["-X", "importtime", "-c", "import json"], "", "HERTHON", null);
        Assert.Equal(0, actual.Code);
        var lines = actual.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal("import time: self [us] | cumulative | imported package", lines[0]);
        Assert.Matches(@"^import time: +\d+ \| +\d+ \| json$", lines[^1]);
    }

    [Fact]
    public void Skip_first_line_keeps_line_numbers()
    {
        var script = Path.Combine(Fixture, "dosfirst.py");
        File.WriteAllText(script, "@echo off & herthon -x %0 & goto :eof\nprint('second line')\nraise ValueError('on line 3')\n");
        var expected = Run(CPython, ["-x", script], "", "PYTHON", null);
        var actual = Run(NativeEnvironment.Launcher, ["-x", script], "", "HERTHON", null);
        Assert.Equal(1, actual.Code);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Stderr, actual.Stderr);
    }

    [Fact]
    public void Isolated_mode_ignores_the_path_variable_and_the_script_directory_is_not_first()
    {
        var script = Path.Combine(Fixture, "isolated.py");
        File.WriteAllText(script, "import sys\nprint(sys.path[0] == sys.argv[0].rpartition('/')[0], sys.flags.isolated)\ntry:\n    import clihelper\nexcept ImportError as e:\n    print(e)\n");
        var expected = Run(CPython, ["-I", script], "", "PYTHON", ["PATH={dir}"], cwd: "/");
        var actual = Run(NativeEnvironment.Launcher, ["-I", script], "", "HERTHON", ["PATH={dir}"], cwd: "/");
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Code, actual.Code);
    }
}
