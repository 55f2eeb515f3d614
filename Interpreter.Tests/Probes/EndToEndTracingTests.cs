using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// The real thing: the built `herthon` running real programs under bpftrace, with the scripts of
/// Tools/tracing/, compared with expected files derived from the specification (entry line = the
/// def line, return line = the last line executed; line events as CPython 3.11's line tracing).
/// </summary>
public class EndToEndTracingTests
{
    private static string Programs => Path.Combine(RepositoryRoot, "Interpreter.Tests", "Probes", "Programs");

    private static string Script(string name) => Path.Combine(RepositoryRoot, "Tools", "tracing", name);

    private static string Expected(string name) => File.ReadAllText(Path.Combine(Programs, name)).ReplaceLineEndings("\n");

    /// <summary>
    /// Runs bpftrace with a script on `herthon program` and returns its output lines (-o: kept apart
    /// from the program's own stdout), paths made relative to Programs/.
    /// </summary>
    private static string[] Trace(string script, string program, params string[] extra)
    {
        string output = Path.GetTempFileName();
        try
        {
            var (code, programOutput, error) = Run("bpftrace", ["-o", output, Script(script), "-c", $"{Launcher} {program}", Launcher, .. extra], Programs);
            Assert.True(code == 0, $"bpftrace exited {code}:\n{error}\n{programOutput}");
            return File.ReadAllText(output).ReplaceLineEndings("\n").Split('\n')
                .Select(l => l.Replace(Programs + "/", ""))
                .ToArray();
        }
        finally
        {
            File.Delete(output);
        }
    }

    [EndToEndFact]
    public void Call_stack_example_of_the_specification()
    {
        string[] trace = Trace("call_stack.bt", "call_stack.py")
            .Where(l => Regex.IsMatch(l, @"^\d+\t"))
            .Select(l => Regex.Replace(l, @"^\d+\t", ""))
            .ToArray();
        Assert.Equal(Expected("call_stack.expected"), string.Join("\n", trace) + "\n");
    }

    [EndToEndFact]
    public void Line_trace_of_a_loop_with_a_branch()
    {
        string[] all = Trace("line_trace.bt", "line_trace.py", "classify");
        string[] trace = all.Where(l => Regex.IsMatch(l, "^(call|line|return) ")).ToArray();
        Assert.True(Expected("line_trace.expected") == string.Join("\n", trace) + "\n", "bpftrace printed:\n" + string.Join("\n", all));
    }

    [EndToEndFact]
    public void Top_counts_the_most_entered_functions()
    {
        // top.bt prints every second and at exit; sum what it printed per function.
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in Trace("top.bt", "call_stack.py"))
        {
            Match m = Regex.Match(line, @"^@calls\[\d+, (.*), (.*), (\d+)\]: (\d+)$");
            if (m.Success && m.Groups[1].Value == "call_stack.py")
            {
                string key = $"{m.Groups[1].Value}:{m.Groups[2].Value}:{m.Groups[3].Value}";
                counts[key] = counts.GetValueOrDefault(key) + long.Parse(m.Groups[4].Value);
            }
        }
        Assert.Equal(Expected("top.expected"), string.Concat(counts.Select(kv => $"{kv.Key} {kv.Value}\n")));
    }

    /// <summary>A bpftrace session attached with -p to a running process, printing the names of entered functions.</summary>
    private sealed class Session : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();

        public Session(int pid)
        {
            string program = $$"""
                BEGIN { printf("READY\n"); }
                usdt:{{Launcher}}:herthon:function__entry { printf("entry %s\n", str(arg1)); }
                """;
            _process = Process.Start(new ProcessStartInfo("bpftrace", ["-p", pid.ToString(), "-e", program])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Add(e.Data); };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Assert.True(WaitFor("READY", 60_000), "bpftrace did not attach");
        }

        public bool WaitFor(string text, int timeoutMs)
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < timeoutMs)
            {
                if (_lines.TryTake(out string? line, 200) && line == text)
                    return true;
            }
            return false;
        }

        /// <summary>Detaches (SIGINT, as Ctrl-C would) and returns the entry events seen.</summary>
        public string[] Detach()
        {
            // bpftrace 0.17 can miss a SIGINT that lands between two epoll_waits; repeat it as an
            // impatient user at Ctrl-C would.
            var clock = Stopwatch.StartNew();
            do
            {
                Run("kill", ["-INT", _process.Id.ToString()]);
            }
            while (!_process.WaitForExit(500) && clock.ElapsedMilliseconds < 30_000);
            Assert.True(_process.HasExited, "bpftrace did not exit on SIGINT within 30 s");
            _process.WaitForExit();
            _lines.CompleteAdding();
            return _lines.Where(l => l.StartsWith("entry ", StringComparison.Ordinal)).Select(l => l[6..]).ToArray();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill();
            _process.Dispose();
        }
    }

    [EndToEndFact]
    public void Attach_detach_and_reattach_to_a_running_herthon()
    {
        using var herthon = Process.Start(new ProcessStartInfo(Launcher, ["attach.py"])
        {
            WorkingDirectory = Programs,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        string Ask(string command)
        {
            herthon.StandardInput.WriteLine(command);
            herthon.StandardInput.Flush();
            return herthon.StandardOutput.ReadLine()!;
        }

        Assert.Equal("first", Ask("first"));                 // not traced yet

        string[] firstSession;
        using (var session = new Session(herthon.Id))
        {
            Assert.Equal("second", Ask("second"));
            Thread.Sleep(500);                                 // let bpftrace print the event
            firstSession = session.Detach();
        }

        Assert.Equal("third", Ask("third"));                 // detached: nothing records it

        string[] secondSession;
        using (var session = new Session(herthon.Id))
        {
            Assert.Equal("first", Ask("first"));
            Thread.Sleep(500);
            secondSession = session.Detach();
        }

        herthon.StandardInput.WriteLine("quit");
        herthon.StandardInput.Flush();
        Assert.True(herthon.WaitForExit(30_000));
        Assert.Equal(0, herthon.ExitCode);
        Assert.Equal(["second"], firstSession);
        Assert.Equal(["first"], secondSession);
    }
}
