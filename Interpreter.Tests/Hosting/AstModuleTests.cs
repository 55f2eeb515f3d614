using System.Diagnostics;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>ast.dump(ast.parse(src), include_attributes=True) through the `_ast` module equals CPython
/// 3.11's for a sample of the standard library, positions included (getopt, shlex, heapq, functools and
/// fractions have non-ASCII text, so columns are checked in UTF-8 bytes). Both interpreters run the
/// same script as child processes.</summary>
public class AstModuleTests
{
    private const string Script = """
        import ast, sys
        for name in sys.argv[1:]:
            with open("/usr/lib/python3.11/" + name, encoding="utf-8") as f:
                print(name, ast.dump(ast.parse(f.read(), name), include_attributes=True))
        """;

    private static readonly string[] Files =
    [
        "abc.py", "bisect.py", "getopt.py", "fractions.py", "contextlib.py", "copy.py", "dataclasses.py", "enum.py", "fnmatch.py",
        "functools.py", "heapq.py", "keyword.py", "numbers.py", "operator.py", "pprint.py", "queue.py", "shlex.py",
        "string.py", "textwrap.py", "types.py", "ast.py",
    ];

    private static string Run(string exe, string[] prefix)
    {
        var info = new ProcessStartInfo(exe, [.. prefix, "-c", Script, .. Files])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), exe + " did not finish in 120 s");
        Assert.True(p.ExitCode == 0, stderr.Result);
        return stdout.Result;
    }

    [Fact]
    public void Dump_of_stdlib_sample_matches_cpython()
    {
        Assert.True(File.Exists("/usr/bin/python3.11"), "the CPython 3.11 oracle is not installed");
        var expected = Run("/usr/bin/python3.11", []);
        var actual = Run(NativeEnvironment.HerthonCommand[0], NativeEnvironment.HerthonCommand[1..]);
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected == actual, "ast.dump differs from CPython's");
    }
}
