using System.Text;
using Herthon.Hosting;

namespace Herthon.Tests.Conformance;

/// <summary>
/// Runs every program of Interpreter.Tests/programs through Herthon in-process and compares it with
/// the output CPython 3.11 produced (see programs/make_expected.py):
///   NNN_topic.out     stdout, compared exactly
///   NNN_topic.err     exit code and last stderr line, present only when the exit code is non-zero
///   NNN_topic.stderr  the whole stderr, present only for programs whose traceback is deterministic
/// The program is passed by its full path; stderr is compared after removing the folder prefix, so
/// tracebacks that say File "/…/programs/NNN_topic.py" match CPython's File "NNN_topic.py".
/// </summary>
public class CorpusTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(40);   // in-process runs share the CPU and the GC with the whole suite: 20 s timed out 3 s programs under load

    // The interpreter may recurse on the native stack for each Python call; give the run a stack at
    // least as large as the CLI's main thread gets, so recursion-limit programs behave as in the CLI.
    const int StackSize = 64 * 1024 * 1024;

    public static string ProgramsDirectory { get; } = FindProgramsDirectory();

    public static IEnumerable<object[]> Programs() =>
        Directory.EnumerateFiles(ProgramsDirectory, "*.py")
            .Select(Path.GetFileName)
            .Where(name => name != "make_expected.py")
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_CPython(string name)
    {
        string path = Path.Combine(ProgramsDirectory, name);
        string stem = Path.Combine(ProgramsDirectory, Path.GetFileNameWithoutExtension(name));

        string expectedOut = ReadExpected(stem + ".out")
            ?? throw new InvalidOperationException($"{name}: no {Path.GetFileName(stem)}.out; run make_expected.py");
        int expectedExit = 0;
        string? expectedLastErr = null;
        if (ReadExpected(stem + ".err") is { } err)
        {
            string[] lines = err.Split('\n');
            expectedExit = int.Parse(lines[0].Trim());
            expectedLastErr = lines.Length > 1 ? lines[1].TrimEnd('\r') : "";
        }
        string? expectedStderr = ReadExpected(stem + ".stderr");

        RunResult actual = File.ReadAllText(path).Contains(OwnProcessMarker) ? RunInOwnProcess(path) : Run(path);

        var failures = new List<string>();
        if (actual.TimedOut)
            failures.Add($"timed out after {Timeout.TotalSeconds} s");
        if (actual.Crash is not null)
            failures.Add($"the host threw {actual.Crash.GetType().Name}: {actual.Crash.Message}\n{actual.Crash.StackTrace}");
        if (actual.Stdout != expectedOut)
            failures.Add("stdout differs:\n" + Diff(expectedOut, actual.Stdout));
        if (!actual.TimedOut && actual.ExitCode != expectedExit)
            failures.Add($"exit code: expected {expectedExit}, actual {actual.ExitCode}");

        string actualErr = NormaliseStderr(actual.Stderr);
        if (expectedLastErr is not null)
        {
            string actualLast = LastNonEmptyLine(actualErr);
            if (actualLast != expectedLastErr)
                failures.Add($"last stderr line:\n  expected: {expectedLastErr}\n  actual:   {actualLast}");
        }
        if (expectedStderr is not null && actualErr != expectedStderr)
            failures.Add("stderr differs:\n" + Diff(expectedStderr, actualErr));

        if (failures.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(name).Append(" does not match CPython 3.11:\n");
            foreach (string f in failures)
                message.Append("- ").Append(f).Append('\n');
            if (expectedStderr is null && actualErr.Length > 0)
                message.Append("stderr was:\n").Append(Truncate(actualErr, 3000));
            Assert.Fail(message.ToString());
        }
    }

    sealed record RunResult(int ExitCode, string Stdout, string Stderr, bool TimedOut, Exception? Crash);

    /// <summary>
    /// Programs whose output depends on when the .NET runtime collects (finalisers, weak references)
    /// say so with this comment and run in a process of their own, where no other test's objects
    /// share the heap with theirs.
    /// </summary>
    const string OwnProcessMarker = "# conformance: own-process";

    static RunResult RunInOwnProcess(string path)
    {
        // The built `herthon` (in Release the NativeAOT executable users run), else dotnet Herthon.dll.
        string launcher = Herthon.Tests.Probes.NativeEnvironment.Launcher;
        string[] command = File.Exists(launcher)
            ? [launcher, "-X", "utf8", path]
            : ["dotnet", Herthon.Tests.Probes.NativeEnvironment.HerthonDll, "-X", "utf8", path];
        var info = new System.Diagnostics.ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = ProgramsDirectory,
        };
        using var p = System.Diagnostics.Process.Start(info)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Timeout))
        {
            p.Kill(entireProcessTree: true);
            return new RunResult(-1, stdout.Result, stderr.Result, true, null);
        }
        return new RunResult(p.ExitCode, stdout.Result, stderr.Result, false, null);
    }

    static RunResult Run(string path)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = -1;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try
            {
                exit = Host.RunMain(["-X", "utf8", path], TextReader.Null, stdout, stderr);   // as make_expected.py runs the oracle
            }
            catch (Exception e)
            {
                crash = e;
            }
        }, StackSize)
        { IsBackground = true, Name = "corpus " + Path.GetFileName(path) };
        thread.Start();
        bool finished = thread.Join(Timeout);
        // A timed-out program keeps running on its background thread; read what it wrote so far.
        static string Read(StringWriter w)
        {
            try { return w.ToString(); }
            catch (ArgumentException) { return "<output unreadable: still being written>"; }
        }
        return new RunResult(exit, Read(stdout), Read(stderr), !finished, crash);
    }

    static string? ReadExpected(string file) =>
        File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n") : null;

    static string NormaliseStderr(string s)
    {
        s = s.Replace("\r\n", "\n");
        string dir = ProgramsDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return s.Replace(dir, "");
    }

    static string LastNonEmptyLine(string s) =>
        s.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.TrimEnd('\r') ?? "";

    /// <summary>The first differing line with a little context, expected against actual.</summary>
    internal static string Diff(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
            i++;
        var sb = new StringBuilder();
        sb.Append($"  first difference at line {i + 1} (expected {CountLines(expected)} lines, actual {CountLines(actual)})\n");
        for (int k = Math.Max(0, i - 2); k < i; k++)
            sb.Append("    ").Append(Show(e[k])).Append('\n');
        sb.Append("  expected: ").Append(i < e.Length ? Show(e[i]) : "<end of output>").Append('\n');
        sb.Append("  actual:   ").Append(i < a.Length ? Show(a[i]) : "<end of output>").Append('\n');
        for (int k = i + 1; k < Math.Min(i + 3, e.Length); k++)
            sb.Append("  expected+").Append(k - i).Append(": ").Append(Show(e[k])).Append('\n');
        for (int k = i + 1; k < Math.Min(i + 3, a.Length); k++)
            sb.Append("  actual+").Append(k - i).Append(":   ").Append(Show(a[k])).Append('\n');
        return sb.ToString();
    }

    static int CountLines(string s) => s.Length == 0 ? 0 : s.Split('\n').Length - (s.EndsWith('\n') ? 1 : 0);

    static string Show(string line) => Truncate(line.Replace("\t", "\\t").Replace("\r", "\\r"), 300);

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    static string FindProgramsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interp.sln")))
                return Path.Combine(dir.FullName, "Interpreter.Tests", "programs");
        }
        throw new DirectoryNotFoundException("Interp.sln not found above " + AppContext.BaseDirectory);
    }
}
