using System.Diagnostics;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Conformance;

/// <summary>
/// Issue 9's measure of a complete language: every .py file under CPython 3.11's library directory
/// (/usr/lib/python3.11: Debian's libpython3.11-stdlib and -testsuite) that CPython compiles,
/// Herthon compiles too with `compile(source, path, 'exec')`. The files CPython refuses (the test
/// suite's deliberately bad ones) are found by running the same walk under /usr/bin/python3.11, so
/// the list follows the installed library rather than a list written here.
/// </summary>
public class LibraryCompileTests
{
    const string Library = "/usr/lib/python3.11";

    // Prints one line per file: "ok PATH" or "fail PATH: Error message".
    const string Walk = """
        import os, sys
        root = sys.argv[1]
        for d, dirs, files in os.walk(root):
            dirs.sort()
            if os.sep.join(('lib2to3', 'tests', 'data')) in d or 'site-packages' in d or 'dist-packages' in d:
                continue
            for f in sorted(files):
                if f.endswith('.py'):
                    p = os.path.join(d, f)
                    try:
                        with open(p, 'rb') as fh:
                            compile(fh.read(), p, 'exec')
                        print('ok', p)
                    except (SyntaxError, ValueError) as e:
                        print('fail', p + ':', type(e).__name__, str(e).replace('\n', ' ')[:160])
        """;

    private static Dictionary<string, string> Run(string program, string[] prefix)
    {
        var script = Path.Combine(Directory.CreateTempSubdirectory("herthon-walk-").FullName, "walk.py");
        File.WriteAllText(script, Walk);
        var info = new ProcessStartInfo(program, [.. prefix, script, Library]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(300_000), $"{program} did not walk the library in 300 s");
        Assert.True(p.ExitCode == 0, $"{program} failed: {stderr.Result}");
        var results = new Dictionary<string, string>();
        foreach (var line in stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var ok = line.StartsWith("ok ");
            var path = ok ? line[3..] : line[5..line.IndexOf(".py:", StringComparison.Ordinal)] + ".py";
            results[path] = ok ? "ok" : line;
        }
        return results;
    }

    [Fact]
    public void Every_file_cpython_compiles_compiles()
    {
        Assert.True(Directory.Exists(Library), $"{Library} is missing: install libpython3.11-stdlib (README's set-up command)");
        Assert.True(File.Exists("/usr/bin/python3.11"), "/usr/bin/python3.11 (Debian's python3.11) is the oracle and is missing");
        var cpython = Run("/usr/bin/python3.11", []);
        var herthon = Run(NativeEnvironment.HerthonCommand[0], [.. NativeEnvironment.HerthonCommand[1..], "-B"]);
        var compiledByCPython = cpython.Where(kv => kv.Value == "ok").Select(kv => kv.Key).ToList();
        Assert.True(compiledByCPython.Count > 1500, $"only {compiledByCPython.Count} files found under {Library}");
        var refused = compiledByCPython.Where(f => !herthon.TryGetValue(f, out var r) || r != "ok")
                                       .Select(f => herthon.TryGetValue(f, out var r) ? r : "missing " + f).ToList();
        Assert.True(refused.Count == 0,
            $"{refused.Count} of the {compiledByCPython.Count} files CPython compiles do not compile under Herthon:\n" + string.Join("\n", refused));
    }
}
