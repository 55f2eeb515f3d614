using System.Globalization;
using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>The instrumented launcher, as readelf and bpftrace see it.</summary>
public class LauncherTests
{
    internal sealed record Note(string Provider, string Name, ulong Semaphore, string Arguments);

    internal static List<Note> StapsdtNotes(string binary)
    {
        var (code, output, error) = Run("readelf", ["-n", binary]);
        Assert.True(code == 0, error);
        var notes = new List<Note>();
        foreach (Match m in Regex.Matches(output,
            @"Provider:\s*(\S+)\s*\n\s*Name:\s*(\S+)\s*\n\s*Location:.*?Semaphore:\s*0x([0-9a-f]+)\s*\n\s*Arguments:\s*([^\n]*)"))
        {
            notes.Add(new Note(m.Groups[1].Value, m.Groups[2].Value, ulong.Parse(m.Groups[3].Value, NumberStyles.HexNumber), m.Groups[4].Value.Trim()));
        }
        return notes;
    }

    [LauncherFact]
    public void Readelf_lists_every_marker_of_herthon_d_with_a_nonzero_semaphore()
    {
        List<Note> notes = StapsdtNotes(Launcher);
        Assert.All(notes, n => Assert.Equal("herthon", n.Provider));
        Assert.Equal(Markers.Order(), notes.Select(n => n.Name).Order());
        Assert.All(notes, n => Assert.True(n.Semaphore != 0, $"{n.Name} has no semaphore"));
        Assert.Equal(notes.Count, notes.Select(n => n.Semaphore).Distinct().Count());
    }

    [LauncherFact]
    public void Marker_arguments_have_the_sizes_herthon_d_declares()
    {
        var arguments = StapsdtNotes(Launcher).ToDictionary(n => n.Name, n => Regex.Matches(n.Arguments, @"(-?\d+)@").Select(m => m.Groups[1].Value).ToArray());
        Assert.Equal(["8", "8", "-4", "8"], arguments["function__entry"]);  // char*, char*, int, uint64_t
        Assert.Equal(["8", "8", "-4", "8"], arguments["function__return"]);
        Assert.Equal(["8", "8", "-4"], arguments["line"]);
        Assert.Equal(["-4"], arguments["gc__start"]);
        Assert.Equal(["-8"], arguments["gc__done"]);
        Assert.Equal(["8"], arguments["import__find__load__start"]);
        Assert.Equal(["8", "-4"], arguments["import__find__load__done"]);
        Assert.Equal(["8", "8"], arguments["audit"]);
    }

    [LauncherFact]
    public void Launcher_exports_each_semaphore_and_marker_function_for_the_managed_side()
    {
        var (_, symbols, _) = Run("readelf", ["--dyn-syms", "-W", Launcher]);
        foreach (string marker in Markers)
        {
            Assert.Matches($@"\sherthon_{marker}_semaphore\b", symbols);
            Assert.Matches($@"\sherthon_marker_{marker}\b", symbols);
        }
    }

    [TracerFact]
    public void Bpftrace_lists_every_marker()
    {
        var (code, output, error) = Run("bpftrace", ["-l", $"usdt:{Launcher}:*"]);
        Assert.True(code == 0, error);
        var listed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Split(':').Last()).Order();
        Assert.Equal(Markers.Order(), listed);
    }

    [LauncherFact]
    public void Launcher_runs_a_program()
    {
        // A broken launcher must fail the suite (the end-to-end tracing tests fail too), never skip it.
        string dir = Directory.CreateTempSubdirectory("herthon-smoke").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "smoke.py"), "def f(x):\n    return x + 1\nprint(f(41))\n");
            var (code, output, error) = Run(Launcher, ["smoke.py"], dir, 60_000);
            Assert.True(code == 0 && output.Trim() == "42", $"`herthon smoke.py` exited {code} with stdout '{output.Trim()}' and stderr '{error.Trim()}'");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [LauncherFact]
    public void Launcher_forwards_arguments_and_exit_code_to_Herthon_dll()
    {
        // Whatever Herthon does with an unknown option, the launcher must return its exit code and
        // let its messages through, exactly like `dotnet Herthon.dll`.
        string dll = HerthonDll;
        var viaLauncher = Run(Launcher, ["--no-such-option-xyz"]);
        var viaDotnet = Run("dotnet", [dll, "--no-such-option-xyz"]);
        Assert.Equal(viaDotnet.ExitCode, viaLauncher.ExitCode);
        Assert.Equal(viaDotnet.Error, viaLauncher.Error);
        Assert.Equal(viaDotnet.Output, viaLauncher.Output);
    }

    [LauncherFact]
    public void Launcher_finds_Herthon_dll_next_to_itself_from_any_directory_and_through_a_symlink()
    {
        string dir = Directory.CreateTempSubdirectory("herthon-link").FullName;
        try
        {
            string link = Path.Combine(dir, "python-ish");
            File.CreateSymbolicLink(link, Launcher);
            var direct = Run(Launcher, ["--no-such-option-xyz"], dir);
            var linked = Run(link, ["--no-such-option-xyz"], dir);
            Assert.DoesNotContain("managed assembly not found", linked.Error);
            Assert.Equal(direct.ExitCode, linked.ExitCode);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
