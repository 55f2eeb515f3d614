using System.Text.RegularExpressions;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;
using static Herthon.Tests.Hosting.CommandLineOptionsTests;

namespace Herthon.Tests.Hosting;

/// <summary>
/// The standard library's command-line tools run with -m, each against /usr/bin/python3.11's output on
/// the same files (timings and dates masked where the output has them).
/// </summary>
public class RunnableModulesTests
{
    private static readonly string Work = MakeWork();

    private const string Program = """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        def main():
            total = 0
            for i in range(5):
                total += fib(i)
            print("total", total)

        main()
        """;

    private static string MakeWork()
    {
        var dir = Directory.CreateTempSubdirectory("herthon-cli-mods-").FullName;
        File.WriteAllText(Path.Combine(dir, "prog.py"), Program.Replace("\r", "") + "\n");
        File.WriteAllText(Path.Combine(dir, "data.json"), "{\"name\": \"herthon\", \"list\": [1, 2.5, null, true], \"nested\": {\"k\": \"v\"}}");
        File.WriteAllText(Path.Combine(dir, "greeting.py"), "\"\"\"Greetings for the pydoc test.\"\"\"\n\ndef greet(name):\n    \"\"\"Return a greeting for name.\"\"\"\n    return 'hello ' + name\n\nclass Greeter:\n    \"\"\"Greets repeatedly.\"\"\"\n    def __init__(self, times):\n        self.times = times\n");
        Directory.CreateDirectory(Path.Combine(dir, "tests"));
        File.WriteAllText(Path.Combine(dir, "tests", "test_sample.py"), "import unittest\n\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(2 + 2, 4)\n    def test_fails(self):\n        self.assertEqual([1, 2], [1, 3])\n    @unittest.skip('not today')\n    def test_skipped(self):\n        pass\n");
        Directory.CreateDirectory(Path.Combine(dir, "tree", "sub"));
        File.WriteAllText(Path.Combine(dir, "tree", "a.txt"), "alpha\n");
        File.WriteAllText(Path.Combine(dir, "tree", "sub", "b.py"), "print('b')\n");
        return dir;
    }

    private static (int Code, string Stdout, string Stderr) Herthon(string[] args, string stdin = "", string? cwd = null) =>
        Run(NativeEnvironment.Launcher, args, stdin, "HERTHON", null, cwd ?? Work);

    private static (int Code, string Stdout, string Stderr) CPythonRun(string[] args, string stdin = "", string? cwd = null) =>
        Run(CPython, args, stdin, "PYTHON", null, cwd ?? Work);

    private static void Same(string[] args, string stdin = "", Func<string, string>? mask = null)
    {
        mask ??= s => s;
        var expected = CPythonRun(args, stdin);
        var actual = Herthon(args, stdin);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(mask(Normalize(expected.Stdout)), mask(Normalize(actual.Stdout)));
        Assert.Equal(mask(Normalize(expected.Stderr)), mask(Normalize(actual.Stderr)));
    }

    [Fact]
    public void Json_tool_formats_a_file_and_stdin() 
    {
        Same(["-m", "json.tool", "data.json"]);
        Same(["-m", "json.tool", "--sort-keys", "--indent", "2"], "{\"b\": 1, \"a\": [\"\\u00e9\"]}");
        Same(["-m", "json.tool"], "{\"broken\": ");
    }

    [Fact]
    public void Timeit_reports_loops_and_best_time()
    {
        var mask = (string s) => Regex.Replace(Regex.Replace(s, @"[\d.]+ (nsec|usec|msec|sec)", "T"), @"^:0: UserWarning: The test results are likely unreliable.*\n", "", RegexOptions.Multiline);
        Same(["-m", "timeit", "-n", "20", "-r", "2", "-s", "x = list(range(50))", "sum(x)"], mask: mask);
        var (code, stdout, _) = Herthon(["-m", "timeit", "-n", "20", "-r", "2", "sum(range(10))"]);
        Assert.Equal(0, code);
        Assert.Matches(@"^20 loops, best of 2: [\d.]+ (nsec|usec|msec) per loop\n$", stdout);
    }

    [Fact]
    public void Pdb_stops_at_a_breakpoint_steps_prints_and_continues_through_a_pipe()
    {
        Same(["-m", "pdb", "prog.py"], "b 7\nc\np total\nn\np i, total\nc\n");
    }

    [Fact]
    public void CProfile_and_profile_count_the_calls_of_a_real_program()
    {
        // Call counts and the functions are CPython's; times vary (and order among equal counts).
        static string Counts(string s) => string.Join("\n", s.Split('\n')
            .Select(l => Regex.Match(l, @"^\s+(\d+(?:/\d+)?)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+ (.*)$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)
            .Where(l => !l.Contains("profile:0(") && !l.Contains(":0(setprofile)"))
            .Order(StringComparer.Ordinal));
        foreach (var module in new[] { "cProfile", "profile" })
        {
            var expected = CPythonRun(["-m", module, "-s", "calls", "prog.py"]);
            var actual = Herthon(["-m", module, "-s", "calls", "prog.py"]);
            Assert.Equal(0, actual.Code);
            Assert.StartsWith("total 7\n", actual.Stdout);
            Assert.Contains("function calls (", actual.Stdout);
            Assert.Equal(Counts(expected.Stdout), Counts(actual.Stdout));
        }
        Assert.Contains("19/5 prog.py:1(fib)", Counts(Herthon(["-m", "cProfile", "prog.py"]).Stdout));
    }

    [Fact]
    public void Trace_counts_lines()
    {
        var dir = Path.Combine(Work, "coverdir");
        Same(["-m", "trace", "--count", "--summary", "-C", "coverdir", "prog.py"]);
        var cover = File.ReadAllText(Path.Combine(dir, "prog.cover"));
        Directory.Delete(dir, true);
        CPythonRun(["-m", "trace", "--count", "-C", "coverdir", "prog.py"]);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "prog.cover")), cover);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Unittest_discover_runs_a_test_folder()
    {
        var mask = (string s) => Regex.Replace(s, @"Ran (\d+) tests? in [\d.]+s", "Ran $1 tests in Ts");
        Same(["-m", "unittest", "discover", "-s", "tests", "-v"], mask: mask);
    }

    [Fact]
    public void Pydoc_writes_the_html_page_of_a_module()
    {
        var html = Path.Combine(Work, "greeting.html");
        Same(["-m", "pydoc", "-w", "greeting"]);
        var expected = File.ReadAllText(html);
        File.Delete(html);
        Assert.Equal(0, Herthon(["-m", "pydoc", "-w", "greeting"]).Code);
        Assert.Equal(expected, File.ReadAllText(html));
    }

    [Fact]
    public void Zipfile_and_tarfile_create_list_test_and_extract()
    {
        var mask = (string s) => Regex.Replace(Regex.Replace(s, @"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "DATE"), " at 0x[0-9a-f]+", " at ADDR");
        foreach (var (tool, archive) in new[] { ("zipfile", "out.zip"), ("tarfile", "out.tar") })
        {
            File.Delete(Path.Combine(Work, archive));
            Assert.Equal(0, Herthon(["-m", tool, "-c", archive, "tree"]).Code);
            Same(["-m", tool, "-l", archive], mask: mask);
            Same(["-m", tool, "-t", archive], mask: mask);
            var outDir = Path.Combine(Work, tool + "-out");
            Assert.Equal(0, Herthon(["-m", tool, "-e", archive, outDir]).Code);
            Assert.Equal("print('b')\n", File.ReadAllText(Path.Combine(outDir, "tree", "sub", "b.py")));
            Directory.Delete(outDir, true);
        }
    }

    [Fact]
    public void Base64_encodes_and_decodes()
    {
        Same(["-m", "base64", "-e", "data.json"]);
        Same(["-m", "base64", "-d"], "aGVydGhvbiBydW5zIGJhc2U2NA==\n");
        Same(["-m", "base64", "-t"]);
    }

    [Fact]
    public void Calendar_prints_a_year_and_a_month()
    {
        Same(["-m", "calendar", "2024"]);
        Same(["-m", "calendar", "-w", "3", "2023", "2"]);
        Same(["-m", "calendar", "-t", "html", "2024", "7"]);
    }

    [Fact]
    public void Py_compile_and_compileall_write_Herthons_code_cache()
    {
        var cache = Path.Combine(Work, "cache");
        var r = Run(NativeEnvironment.Launcher, ["-X", $"pycache_prefix={cache}", "-m", "py_compile", "prog.py"], "", "HERTHON", null, Work);
        Assert.Equal(0, r.Code);
        Assert.True(File.Exists(Path.Combine(cache, Work.TrimStart('/'), "prog.herthon-311.pyc")));
        var expected = CPythonRun(["-m", "compileall", "tree"]);
        var actual = Run(NativeEnvironment.Launcher, ["-X", $"pycache_prefix={cache}", "-m", "compileall", "tree"], "", "HERTHON", null, Work);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.True(File.Exists(Path.Combine(cache, Work.TrimStart('/'), "tree", "sub", "b.herthon-311.pyc")));
        // A second run finds every entry up to date, as CPython's second run does.
        Assert.Equal(CPythonRun(["-m", "compileall", "tree"]).Stdout,
            Run(NativeEnvironment.Launcher, ["-X", $"pycache_prefix={cache}", "-m", "compileall", "tree"], "", "HERTHON", null, Work).Stdout);
        Same(["-m", "py_compile", "no_such_file.py"]);
    }

    [Fact]
    public async Task Http_server_serves_a_file_on_the_loopback_address()
    {
        var root = Path.Combine(Work, "www");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "hello.txt"), "served by herthon\n");
        int port = 18000 + Environment.ProcessId % 2000;
        var info = new System.Diagnostics.ProcessStartInfo(NativeEnvironment.Launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        // -u: stdout to a pipe is block-buffered (as CPython's), and the banner is read while the server runs.
        foreach (var a in new[] { "-u", "-m", "http.server", port.ToString(), "--bind", "127.0.0.1" }) info.ArgumentList.Add(a);
        using var server = System.Diagnostics.Process.Start(info)!;
        var log = server.StandardError.ReadToEndAsync();
        var banner = server.StandardOutput.ReadLineAsync();
        try
        {
            // The client is CPython's urllib, retrying until the server listens (its start-up imports take a while).
            var fetch = Run(CPython, ["-c", $$"""
                import time, urllib.request
                for _ in range(300):
                    try:
                        with urllib.request.urlopen('http://127.0.0.1:{{port}}/hello.txt', timeout=10) as r:
                            print(r.status, r.headers['Content-Type'], r.read().decode(), end='')
                        break
                    except OSError:
                        time.sleep(0.2)
                """], "", "PYTHON", null, Work);
            Assert.Equal("200 text/plain served by herthon\n", fetch.Stdout);
            Assert.Equal($"Serving HTTP on 127.0.0.1 port {port} (http://127.0.0.1:{port}/) ...", await banner);
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
        }
        Assert.Matches(@"127\.0\.0\.1 - - \[.*\] ""GET /hello\.txt HTTP/1\.1"" 200 -", await log);
    }

    private const string PytestFile = """
        import pytest

        def inc(x):
            return x + 1

        def test_inc():
            assert inc(3) == 4

        @pytest.mark.parametrize("a,b", [(1, 2), (5, 6), (0, 2)])
        def test_param(a, b):
            assert inc(a) == b

        def test_raises():
            with pytest.raises(ZeroDivisionError):
                1 / 0

        @pytest.fixture
        def data():
            return {"k": [3, 1, 2]}

        def test_fixture(data):
            assert sorted(data["k"]) == [1, 2, 3]

        def test_compare(data):
            assert data == {"k": [3, 1]}

        class TestGroup:
            @pytest.mark.skip(reason="not today")
            def test_skipped(self):
                pass

            def test_xfail(self):
                pytest.xfail("known")
        """;

    /// <summary>A real third-party program: Debian's pytest (python3-pytest, which .ci/run installs) collects
    /// and runs a test file — fixtures, parametrize, raises, skip, xfail, assertion rewriting's explanation of a
    /// failed comparison — with its faulthandler plugin on, and reports as under CPython.</summary>
    [PytestFact]
    public void Pytest_runs_a_test_file_and_explains_its_failures()
    {
        File.WriteAllText(Path.Combine(Work, "test_pt.py"), PytestFile.Replace("\r", "") + "\n");
        string[] args = ["-m", "pytest", "-p", "no:cacheprovider", "-rA", "test_pt.py"];
        string[] env = ["PATH=" + PytestFactAttribute.DistPackages, "DONTWRITEBYTECODE=1"];
        static string Mask(string s) => Regex.Replace(Regex.Replace(s, @" in [\d.]+s\b", " in Ts"), @"^platform .*$|^rootdir: .*$", "", RegexOptions.Multiline);
        var expected = Run(CPython, args, "", "PYTHON", env, Work);
        var actual = Run(NativeEnvironment.Launcher, args, "", "HERTHON", env, Work);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Contains("2 failed, 5 passed, 1 skipped, 1 xfailed", actual.Stdout);
        Assert.Equal(Mask(Normalize(expected.Stdout)), Mask(Normalize(actual.Stdout)));
        Assert.Equal(Normalize(expected.Stderr), Normalize(actual.Stderr));
    }
}

/// <summary>Skips loudly where Debian's python3-pytest is not installed (.ci/run installs it).</summary>
public sealed class PytestFactAttribute : FactAttribute
{
    public const string DistPackages = "/usr/lib/python3/dist-packages";

    public PytestFactAttribute() => Skip = File.Exists(Path.Combine(DistPackages, "pytest", "__init__.py"))
        ? null : $"SKIPPED: pytest is not installed in {DistPackages} (apt-get install python3-pytest; .ci/run installs it)";
}
