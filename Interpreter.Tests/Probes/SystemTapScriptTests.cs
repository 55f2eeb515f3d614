using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// Every SystemTap file of Tools/tracing/ (the tapset herthon.stp and the example scripts) checked
/// with `stap -p2` — parse and resolve every .mark() against the built launcher — so a renamed
/// marker, a wrong argument number or a tapset variable a script misspells fails here. SystemTap
/// cannot load modules on this machine kind (no kernel headers), so -p2 runs with a stand-in build
/// directory (docs: ARCHITECTURE.md, "Tracing tools").
/// </summary>
public class SystemTapScriptTests
{
    private static string Tracing => Path.Combine(RepositoryRoot, "Tools", "tracing");

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot, "Tools", "tracing"), "*.stp").Order(StringComparer.Ordinal))
            if (Path.GetFileName(file) != "herthon.stp")
                data.Add(Path.GetFileName(file));
        return data;
    }

    internal static readonly Lazy<string> StandInBuildDir = new(() =>
    {
        string dir = Directory.CreateTempSubdirectory("herthon-stap-kernel").FullName;
        var (code, config, error) = Run("sh", ["-c", "zcat /proc/config.gz"]);
        Assert.True(code == 0, "cannot read /proc/config.gz: " + error);
        File.WriteAllText(Path.Combine(dir, ".config"), config);
        Directory.CreateDirectory(Path.Combine(dir, "include", "config"));
        File.WriteAllText(Path.Combine(dir, "include", "config", "kernel.release"), Run("uname", ["-r"]).Output);
        File.WriteAllText(Path.Combine(dir, "Module.symvers"), "");
        return dir;
    });

    /// <summary>The script with process("herthon") pointed at the built launcher, as scripts/install.sh does.</summary>
    private static string Bind(string text) => text.Replace("process(\"herthon\")", $"process(\"{Launcher}\")");

    /// <summary>Runs stap -p2 on a script with the (bound) tapset on its include path.</summary>
    private static (int Code, string Error) Stap(string script)
    {
        string dir = Directory.CreateTempSubdirectory("herthon-stap").FullName;
        try
        {
            string tapsets = Directory.CreateDirectory(Path.Combine(dir, "tapset")).FullName;
            File.WriteAllText(Path.Combine(tapsets, "herthon.stp"), Bind(File.ReadAllText(Path.Combine(Tracing, "herthon.stp"))));
            string path = Path.Combine(dir, "script.stp");
            File.WriteAllText(path, Bind(script));
            var (code, _, error) = Run("stap", ["-r", StandInBuildDir.Value, "-I", tapsets, "-p2", path]);
            return (code, error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [StapTheory]
    [MemberData(nameof(Scripts))]
    public void Example_script_resolves_against_the_built_herthon(string script)
    {
        var (code, error) = Stap(File.ReadAllText(Path.Combine(Tracing, script)));
        Assert.True(code == 0, $"stap -p2 {script} failed:\n{error}");
    }

    [StapFact]
    public void Tapset_defines_a_probe_for_every_marker_of_herthon_d_and_each_resolves()
    {
        string tapset = File.ReadAllText(Path.Combine(Tracing, "herthon.stp"));
        var marks = Regex.Matches(tapset, @"\.mark\(""(\w+)""\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(Markers.Order(StringComparer.Ordinal), marks.Order(StringComparer.Ordinal));

        // Use every tapset probe and every variable it defines: an unresolved one fails -p2.
        var uses = Regex.Matches(tapset, @"probe (herthon\.[\w.]+) = [^{]*\{([^}]*)\}")
            .Select(m => $"probe {m.Groups[1].Value} {{ {string.Concat(Regex.Matches(m.Groups[2].Value, @"(\w+) =").Select(v => $"println({v.Groups[1].Value}); "))}}}");
        var (code, error) = Stap(string.Join("\n", uses));
        Assert.True(code == 0, "stap -p2 over every tapset probe failed:\n" + error);
    }

    [StapFact]
    public void Install_script_puts_herthon_in_prefix_bin_and_a_bound_tapset_in_share_systemtap()
    {
        string prefix = Directory.CreateTempSubdirectory("herthon-prefix").FullName;
        try
        {
            var install = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts", "install.sh"), Path.GetDirectoryName(Launcher)!])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            install.Environment["PREFIX"] = prefix;
            using (var p = System.Diagnostics.Process.Start(install)!)
            {
                string err = p.StandardError.ReadToEnd();
                p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                Assert.True(p.ExitCode == 0, "install.sh failed: " + err);
            }

            var (code, output, error) = Run(Path.Combine(prefix, "bin", "herthon"), ["-c", "print(6 * 7)"]);
            Assert.True(code == 0 && output.Trim() == "42", $"installed herthon: {code} {output} {error}");

            // The installed tapset resolves as is (no rewriting) against the installed launcher.
            string tapsets = Path.Combine(prefix, "share", "systemtap", "tapset");
            Assert.Contains(Path.Combine(prefix, "lib", "herthon", "herthon"), File.ReadAllText(Path.Combine(tapsets, "herthon.stp")));
            var (stap, _, stapError) = Run("stap", ["-r", StandInBuildDir.Value, "-I", tapsets, "-p2", Path.Combine(prefix, "share", "herthon", "tracing", "call_stack.stp")]);
            Assert.True(stap == 0, "stap -p2 with the installed tapset failed:\n" + stapError);
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }

    [StapFact]
    public void A_misspelled_marker_fails_the_check()
    {
        var (code, error) = Stap("probe process(\"herthon\").mark(\"function__entyr\") { println($arg1) }");
        Assert.NotEqual(0, code);
        Assert.Contains("function__entry", error);   // stap suggests the real marker
    }
}

/// <summary>A stap -p2 test: needs the instrumented launcher, stap and /proc/config.gz; skipped loudly otherwise.</summary>
public sealed class StapFactAttribute : FactAttribute
{
    public StapFactAttribute() => Skip = StapUnavailable();

    internal static string? StapUnavailable()
    {
        if (LauncherUnavailable() is { } reason)
            return reason;
        if (!HasTool("stap"))
            return "SKIPPED LOUDLY: SystemTap is not installed (apt-get install -y systemtap)";
        if (!File.Exists("/proc/config.gz"))
            return "SKIPPED LOUDLY: /proc/config.gz is missing, so no stand-in kernel build dir for stap -p2";
        return null;
    }
}

public sealed class StapTheoryAttribute : TheoryAttribute
{
    public StapTheoryAttribute() => Skip = StapFactAttribute.StapUnavailable();
}
