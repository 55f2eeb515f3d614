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
    // bpftrace reads at most 64 bytes of a string by default; a checkout in a deep directory has
    // longer file names. 128 keeps the BPF stack of every script under its 512-byte limit (documented in Tools/tracing/README.md).
    static EndToEndTracingTests() => Environment.SetEnvironmentVariable("BPFTRACE_STRLEN", "128");

    internal static string Programs => Path.Combine(RepositoryRoot, "Interpreter.Tests", "Probes", "Programs");

    internal static string Script(string name) => Path.Combine(RepositoryRoot, "Tools", "tracing", name);

    internal static string Expected(string name) => File.ReadAllText(Path.Combine(Programs, name)).ReplaceLineEndings("\n");

    /// <summary>
    /// Runs bpftrace with a script on `herthon -S program` and returns its output lines (-o: kept apart
    /// from the program's own stdout), paths made relative to Programs/. -S (no `site` at start-up, as
    /// CPython's) keeps the expected files about the program's own imports, calls and objects, not about
    /// whatever site.py and the machine's sitecustomize import.
    /// </summary>
    private static string[] Trace(string script, string program, params string[] extra)
    {
        string output = Path.GetTempFileName();
        try
        {
            var (code, programOutput, error) = Run("bpftrace", ["-o", output, Script(script), "-c", $"{Launcher} -S {program}", Launcher, .. extra], Programs);
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

    /// <summary>A coroutine or async generator fires function__entry each time it resumes and
    /// function__return each time it suspends, as generators do; the return lines (the await or
    /// yield it suspended on) are those Debian's CPython 3.11 reports for the same program, and a
    /// resume reports the line it resumes at, as CPython 3.11 does.</summary>
    [EndToEndFact]
    public void Coroutines_fire_entry_on_resume_and_return_on_suspend()
    {
        string[] trace = Trace("call_stack.bt", "async_stack.py")
            .Where(l => Regex.IsMatch(l, @"^\d+\t"))
            .Select(l => Regex.Replace(l, @"^\d+\t", ""))
            .ToArray();
        Assert.Equal(Expected("async_stack.expected"), string.Join("\n", trace) + "\n");
    }

    [EndToEndFact]
    public void Line_trace_of_a_loop_with_a_branch()
    {
        string[] all = Trace("line_trace.bt", "line_trace.py", "classify");
        string[] trace = all.Where(l => Regex.IsMatch(l, "^(call|line|return) ")).ToArray();
        Assert.True(Expected("line_trace.expected") == string.Join("\n", trace) + "\n", "bpftrace printed:\n" + string.Join("\n", all));
    }

    /// <summary>match_lines.expected is CPython 3.11's sys.settrace view of the same program:
    /// a failed case reports its pattern's line, guards their own lines, `case _:` its line.</summary>
    [EndToEndFact]
    public void Line_trace_of_a_match_statement()
    {
        string[] all = Trace("line_trace.bt", "match_lines.py", "route");
        string[] trace = all.Where(l => Regex.IsMatch(l, "^(call|line|return) ")).ToArray();
        Assert.True(Expected("match_lines.expected") == string.Join("\n", trace) + "\n", "bpftrace printed:\n" + string.Join("\n", all));
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

    /// <summary>Threads started by `threading` fire the markers with their own frames: worker() is
    /// entered on three OS threads (two started threads and the main one), and every call's frame id
    /// is distinct although the threads run concurrently.</summary>
    [EndToEndFact]
    public void Function_entry_fires_on_every_thread_with_unique_frame_ids()
    {
        string[] all = Trace("threads.bt", "threads.py");
        var entries = all.Select(l => Regex.Match(l, @"^entry (\d+) threads\.py (\S+) (\d+)$")).Where(m => m.Success)
            .Select(m => (Tid: m.Groups[1].Value, Func: m.Groups[2].Value, Frame: m.Groups[3].Value)).ToArray();
        var workerTids = entries.Where(e => e.Func == "worker").Select(e => e.Tid).Distinct().ToArray();
        string mainTid = entries.Single(e => e.Func == "<module>").Tid;
        Assert.True(workerTids.Length == 3, "bpftrace printed:\n" + string.Join("\n", all.Take(200)));
        Assert.Contains(mainTid, workerTids);
        var squares = entries.Where(e => e.Func == "square").ToArray();
        Assert.Equal(110, squares.Length);
        Assert.Equal(3, squares.Select(e => e.Tid).Distinct().Count());
        Assert.Equal(squares.Length, squares.Select(e => e.Frame).Distinct().Count());
    }

    // ----- The markers beyond function/line, each through its example script of Tools/tracing/,
    // ----- on Programs/markers.py (gc, imports, audit hooks, builtins, classes, exceptions).

    /// <summary>Compares with an expected file; on mismatch shows everything bpftrace printed.</summary>
    private static void AssertExpected(string expectedFile, IEnumerable<string> actual, string[] all)
        => Assert.True(Expected(expectedFile) == string.Concat(actual.Select(l => l + "\n")),
            $"expected {expectedFile}, bpftrace printed:\n" + string.Join("\n", all));

    [EndToEndFact]
    public void Gc_pauses_reports_generation_and_collected_count_like_cpython_and_a_histogram()
    {
        string[] all = Trace("gc_pauses.bt", "markers.py");
        var collections = all.Where(l => l.StartsWith("gc generation ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, @" in \d+ us$", ""));
        AssertExpected("gc_pauses.expected", collections, all);
        Assert.Contains(all, l => l.StartsWith("@pause_us:", StringComparison.Ordinal));
        Assert.Contains(all, l => Regex.IsMatch(l, @"^\[\d+[KM]?, \d+[KM]?\)\s+\d+ \|"));
    }

    [EndToEndFact]
    public void Import_tree_nests_imports_and_reports_found_and_not_found()
    {
        string[] all = Trace("import_tree.bt", "markers.py");
        var tree = all.Where(l => Regex.IsMatch(l, @"^ *(import|done) "))
            .Select(l => Regex.Replace(l, @" \d+ us$", ""));
        AssertExpected("import_tree.expected", tree, all);
    }

    [EndToEndFact]
    public void Audit_log_shows_runtime_and_user_events_with_the_repr_of_their_arguments()
    {
        string[] all = Trace("audit_log.bt", "markers.py");
        var events = all.Where(l => Regex.IsMatch(l, @"^\d+ "))
            .Select(l => Regex.Replace(l, @"^\d+ ", ""))
            // import's arguments hold sys.path (absolute, machine-specific): keep the module name.
            .Select(l => Regex.Replace(l, @"^import \('([^']*)'.*$", "import $1"));
        AssertExpected("audit_log.expected", events, all);
    }

    [EndToEndFact]
    public void Line_counts_count_each_executed_line()
    {
        string[] all = Trace("line_counts.bt", "line_trace.py");
        var counts = all.Select(l => Regex.Match(l, @"^@lines\[line_trace\.py, (\d+)\]: (\d+)$"))
            .Where(m => m.Success)
            .Select(m => (Line: int.Parse(m.Groups[1].Value), Count: m.Groups[2].Value))
            .OrderBy(c => c.Line)
            .Select(c => $"{c.Line} {c.Count}");
        AssertExpected("line_counts.expected", counts, all);
    }

    [EndToEndFact]
    public void Builtin_calls_carry_the_callers_file_and_line_and_the_builtins_module_and_name()
    {
        string[] all = Trace("builtin_calls.bt", "markers.py");
        var calls = all.Where(l => l.StartsWith("call markers.py:", StringComparison.Ordinal));
        AssertExpected("builtin_calls.expected", calls, all);
        // cfunction__return fired for each of them: the per-builtin counts at exit.
        // markers.py calls len three times; importlib's bootstrap (loaded by `import json`) calls it too.
        Assert.Contains(all, l => l.StartsWith("@calls[len]: ", StringComparison.Ordinal) && int.Parse(l["@calls[len]: ".Length..]) >= 3);
        Assert.Contains("@calls[print]: 3", all);
        Assert.Contains(all, l => l.StartsWith("@total_ns[len]: ", StringComparison.Ordinal));
    }

    [EndToEndFact]
    public void Exceptions_are_reported_where_raised_and_where_handled()
    {
        string[] all = Trace("exceptions.bt", "markers.py");
        var events = all.Where(l => Regex.IsMatch(l, @"^(raise|handled) \S+ at markers\.py:"));
        AssertExpected("exceptions.expected", events, all);
    }

    [EndToEndFact]
    public void Instances_count_creations_of_user_classes()
    {
        string[] all = Trace("instances.bt", "markers.py");
        var created = all.Where(l => l.StartsWith("@created[", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        AssertExpected("instances.expected", created, all);
        Assert.Contains(all, l => l.StartsWith("@total_ns[__main__, Point]: ", StringComparison.Ordinal));
    }

    [EndToEndFact]
    public void Live_instances_count_creations_and_finalisations_per_class()
    {
        // Programs/lifetime.py creates 10 Particles (keeps 2) and 3 Resources (with __del__, all
        // dropped), then gc.collect(): the tracked Particles and every Resource are finalised.
        string[] all = Trace("live_instances.bt", "lifetime.py");
        Assert.Contains("@created[__main__, Particle]: 10", all);
        Assert.Contains("@deleted[__main__, Particle]: 8", all);
        Assert.Contains("@created[__main__, Resource]: 3", all);
        Assert.Contains("@deleted[__main__, Resource]: 3", all);
        Assert.Contains("@live[__main__, Particle]: 2", all);
        Assert.Contains("@live[__main__, Resource]: 0", all);
        Assert.Contains("at exit, live instances per module, class", all);
    }

    [EndToEndFact]
    public void A_suppressing_with_statement_handles_the_exception_at_the_with_line()
    {
        string[] all = Trace("exceptions.bt", "lifetime.py");
        var events = all.Where(l => Regex.IsMatch(l, @"^(raise|handled) \S+ at lifetime\.py:")).ToArray();
        // Ignore.__exit__ returns True (line 35); contextlib.suppress(ValueError) goes through the same path (line 37).
        Assert.Equal(["raise KeyError at lifetime.py:36", "handled KeyError at lifetime.py:35",
            "raise ValueError at lifetime.py:38", "handled ValueError at lifetime.py:37"], events);
    }

    /// <summary>
    /// A bpftrace session attached with -p to a running process: by default printing the names of
    /// entered functions (<paramref name="markers"/> is the ELF file with the markers, default: the
    /// launcher); <see cref="With"/> runs any program that prints READY from its BEGIN probe.
    /// </summary>
    internal sealed class Session : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly System.Text.StringBuilder _errors = new();

        public Session(int pid, string? markers = null) : this($$"""
                BEGIN { printf("READY\n"); }
                usdt:{{markers ?? Launcher}}:herthon:function__entry { printf("entry %s\n", str(arg1)); }
                """, pid)
        {
        }

        /// <summary>Attaches <paramref name="program"/>, whose BEGIN probe prints READY, to <paramref name="pid"/>.</summary>
        public static Session With(int pid, string program) => new(program, pid);

        private Session(string program, int pid)
        {
            _process = Process.Start(new ProcessStartInfo("bpftrace", ["-p", pid.ToString(), "-e", program])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Add(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_errors) _errors.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Assert.True(WaitFor("READY", 60_000), "bpftrace did not attach: " + Errors);
        }

        /// <summary>What bpftrace wrote on stderr so far.</summary>
        public string Errors { get { lock (_errors) return _errors.ToString(); } }

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
            => DetachLines().Where(l => l.StartsWith("entry ", StringComparison.Ordinal)).Select(l => l[6..]).ToArray();

        /// <summary>Detaches (SIGINT, as Ctrl-C would) and returns every line printed after READY.</summary>
        public string[] DetachLines()
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
            return _lines.ToArray();
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
