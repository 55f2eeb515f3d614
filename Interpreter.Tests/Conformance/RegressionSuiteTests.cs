using Herthon.Tests.Probes;

namespace Herthon.Tests.Conformance;

/// <summary>
/// CI's subset of CPython's regression tests (conformance/modules.txt, the modules marked 'ci'): each
/// module runs under the built herthon through Tools/regrtest/regrtest.py, and a test case that
/// conformance/expected-passes.txt lists as passing and that no longer passes fails this test with
/// the case's name. The whole list is `bash scripts/regrtest.sh` (docs/conformance.md).
/// </summary>
public class RegressionSuiteTests
{
    static readonly string Root = NativeEnvironment.RepositoryRoot;

    public static IEnumerable<object[]> CiModules() =>
        File.ReadLines(Path.Combine(Root, "conformance", "modules.txt"))
            .Select(line => line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 1 && words.Skip(1).Contains("ci"))
            .Select(words => new object[] { words[0] });

    [RegrtestTheory]
    [MemberData(nameof(CiModules))]
    public void Module_keeps_its_passing_cases(string module)
    {
        var (exit, output, error) = NativeEnvironment.Run("/usr/bin/python3.11",
            [Path.Combine(Root, "Tools", "regrtest", "regrtest.py"), module, "--jobs", "1", "--timeout", "600",
             "--herthon", NativeEnvironment.Launcher, "--results", Path.Combine(Root, "TestResults", "regrtest-ci")],
            Root, timeoutMs: 900_000);
        Assert.True(exit == 0, $"{module}: regrtest.py exited {exit}\n{output}\n{error}");
    }

    [Fact]
    public void Expectations_name_only_listed_modules()
    {
        var listed = CiModules().Select(m => (string)m[0]).ToHashSet();
        var all = File.ReadLines(Path.Combine(Root, "conformance", "modules.txt"))
            .Select(line => line.Split('#')[0].Trim().Split(' ')[0]).Where(m => m.Length > 0).ToHashSet();
        var unknown = File.ReadLines(Path.Combine(Root, "conformance", "expected-passes.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Where(line => !all.Any(m => line.StartsWith(m + '.') || line.StartsWith(m + '/')))   // test_asyncio.test_tasks is a module too
            .Select(line => line.Split('.', '/')[0]).Distinct().ToList();
        Assert.True(unknown.Count == 0, "expected-passes.txt names modules missing from modules.txt: " + string.Join(", ", unknown));
        Assert.NotEmpty(listed);
    }
}

/// <summary>Skipped loudly where CPython's tests or the oracle are not installed, or no launcher was built.</summary>
public sealed class RegrtestTheoryAttribute : TheoryAttribute
{
    public RegrtestTheoryAttribute()
    {
        if (!Directory.Exists("/usr/lib/python3.11/test"))
            Skip = "SKIPPED LOUDLY: /usr/lib/python3.11/test is missing: apt-get install libpython3.11-testsuite (.ci/run does)";
        else if (!File.Exists("/usr/bin/python3.11"))
            Skip = "SKIPPED LOUDLY: /usr/bin/python3.11 is missing: apt-get install python3.11";
        else if (NativeEnvironment.LauncherUnavailable() is { } reason)
            Skip = reason;
    }
}
