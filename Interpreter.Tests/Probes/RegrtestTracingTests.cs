using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// Issue 11 item 6, the seed's example: bpftrace running Tools/tracing/call_stack.bt over one of
/// CPython's regression-test modules (test_compare) under the instrumented herthon.
/// Programs/regrtest_start.py runs Tools/regrtest/driver.py inside a function named start, the
/// function call_stack.bt starts tracing at; the trace shows the test module's import nested in
/// importlib's calls and every test method nested in unittest's, and tracing does not change the
/// module's outcome.
/// </summary>
public class RegrtestTracingTests
{
    static RegrtestTracingTests()
    {
        Environment.SetEnvironmentVariable("BPFTRACE_STRLEN", "128");
        // The NativeAOT herthon fires the whole import of unittest in a burst; on a loaded machine
        // bpftrace's reader fell behind the default 64-page ring buffer ("Lost 641 events").
        Environment.SetEnvironmentVariable("BPFTRACE_PERF_RB_PAGES", "1024");
    }

    const string Module = "test_compare";
    static readonly string[] TestMethods =
        ["test_comparisons", "test_id_comparisons", "test_issue_1393", "test_ne_defaults_to_not_eq",
         "test_ne_high_priority", "test_ne_low_priority", "test_other_delegation"];

    static readonly Regex Event = new(@"^\d+\t *function-(entry|return):( *)(.*):(.*):(\d+)$");

    /// <summary>The case outcomes driver.py recorded (id -> outcome), in the order they ran.</summary>
    static List<(string Id, string Outcome)> Outcomes(string jsonl) =>
        File.ReadAllLines(jsonl)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(r => r.TryGetProperty("id", out _))
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("outcome").GetString()!))
            .ToList();

    [RegrtestTracingFact]
    public void Call_stack_of_a_regression_test_module_nests_its_import_and_its_tests()
    {
        string dir = Directory.CreateTempSubdirectory("herthon-regrtrace-").FullName;
        try
        {
            string program = Path.Combine(EndToEndTracingTests.Programs, "regrtest_start.py");
            string traced = Path.Combine(dir, "traced.jsonl"), plain = Path.Combine(dir, "plain.jsonl"), output = Path.Combine(dir, "trace.txt");
            var (code, programOutput, error) = Run("bpftrace",
                ["-o", output, EndToEndTracingTests.Script("call_stack.bt"), "-c", $"{Launcher} {program} {Module} {traced}", Launcher],
                dir, timeoutMs: 600_000);
            Assert.True(code == 0, $"bpftrace exited {code}:\n{error}\n{programOutput}");
            string[] lines = File.ReadAllLines(output);
            Assert.DoesNotContain(lines, l => l.StartsWith("Lost "));   // a dropped event would break the nesting

            // Replay the trace as a stack: every return closes the frame its entry opened, at the same depth.
            var stack = new List<string>();
            var seen = new Dictionary<string, List<string>>();   // function -> the stack when it was first entered
            int events = 0;
            foreach (string line in lines)
            {
                var m = Event.Match(line);
                if (!m.Success) continue;
                events++;
                string where = $"{Path.GetFileName(m.Groups[3].Value)}:{m.Groups[4].Value}";
                int depth = m.Groups[2].Value.Length;
                if (m.Groups[1].Value == "entry")
                {
                    Assert.True(depth == Math.Min(stack.Count, 24), $"entry of {where} at depth {depth}, {stack.Count} frames open: {line}");
                    seen.TryAdd(where, [.. stack]);
                    stack.Add(where);
                }
                else
                {
                    Assert.True(stack.Count > 0 && stack[^1] == where, $"return from {where} while {(stack.Count > 0 ? stack[^1] : "nothing")} is open: {line}");
                    stack.RemoveAt(stack.Count - 1);
                    Assert.True(depth == Math.Min(stack.Count, 24), $"return of {where} at depth {depth}: {line}");
                }
            }
            Assert.True(events > 1000, $"only {events} events traced");
            Assert.Empty(stack);   // start returned: everything it called returned first

            // The module is imported by the driver, through importlib, inside start.
            Assert.True(seen.TryGetValue($"{Module}.py:<module>", out var importedFrom), "no entry of the test module's body");
            Assert.Equal("regrtest_start.py:start", importedFrom[0]);
            Assert.Contains("__init__.py:import_module", importedFrom);
            Assert.Equal("<frozen importlib._bootstrap>:_gcd_import", importedFrom[^1]);
            // Each test method runs inside unittest's TestCase.run, inside start.
            foreach (string test in TestMethods)
            {
                Assert.True(seen.TryGetValue($"{Module}.py:{test}", out var calledFrom), $"{test} was not traced");
                Assert.Equal("regrtest_start.py:start", calledFrom[0]);
                Assert.Contains("case.py:run", calledFrom);
                Assert.Equal("case.py:_callTestMethod", calledFrom[^1]);
            }

            // Tracing changes nothing the module reports.
            var (plainCode, plainOut, plainErr) = Run(Launcher, [program, Module, plain], dir, timeoutMs: 300_000);
            Assert.True(plainCode == 0, $"untraced run exited {plainCode}:\n{plainErr}\n{plainOut}");
            var withTrace = Outcomes(traced);
            Assert.Equal(TestMethods.Length, withTrace.Count(c => c.Outcome == "passed"));
            Assert.Equal(Outcomes(plain), withTrace);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>Skipped loudly without bpftrace/uprobes/root (as the other end-to-end tests) or without CPython's tests.</summary>
public sealed class RegrtestTracingFactAttribute : FactAttribute
{
    public RegrtestTracingFactAttribute() =>
        Skip = EndToEndUnavailable() ?? (Directory.Exists("/usr/lib/python3.11/test") ? null
            : "SKIPPED LOUDLY: /usr/lib/python3.11/test is missing: apt-get install libpython3.11-testsuite (.ci/run does)");
}
