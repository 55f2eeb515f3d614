using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// Start-up lets go of what it alone used (Hosting/StartupMemory.cs): the executable's code pages
/// faulted in by start-up and the GC regions holding start-up's garbage and copies. Run on the
/// NativeAOT executable, where it applies, with HERTHONSTARTUPTRIM=0 as the control.
/// </summary>
public class StartupMemoryTests
{
    // The executable's resident code (r-xp mappings of /proc/self/exe) and the RSS right after
    // start-up, then the peak RSS of a steady loop that allocates ~40 MiB of short-lived lists (ten
    // gen0 budgets). The peak is reset (clear_refs 5) once the program runs: what start-up itself
    // reached before the release (site's .pth files, say, which differ by machine; CI's start-up
    // peaked at ~20 MiB where this machine's does at 14) is not the release's to lower.
    private const string Program = """
        import os, sys
        exe = os.readlink('/proc/self/exe')
        def status(key):
            return int([l for l in open('/proc/self/status') if l.startswith(key)][0].split()[1])
        def text_rss():
            total, cur = 0, False
            for line in open('/proc/self/smaps'):
                f = line.split()
                if not f[0].endswith(':'):
                    cur = f[1] == 'r-xp' and len(f) > 5 and f[5] == exe
                elif cur and f[0] == 'Rss:':
                    total += int(f[1])
            return total
        start_peak = status('VmHWM:')
        text = text_rss()
        rss = status('VmRSS:')
        with open('/proc/self/clear_refs', 'w') as f:
            f.write('5')
        for i in range(400000):
            x = [i, i, i, i]
        print(text, rss, status('VmHWM:'), start_peak, len(sys.modules), x)
        """;

    private record Figures(int Text, int Rss, int Peak, int StartPeak, int Modules)
    {
        public override string ToString() => $"code {Text} KiB, RSS after start-up {Rss} KiB, peak of the loop {Peak} KiB (start-up's own peak {StartPeak} KiB, {Modules} modules)";
    }

    private static Figures Run(string trim)
    {
        var (code, output, error) = NativeEnvironment.Run("env", [$"HERTHONSTARTUPTRIM={trim}", NativeEnvironment.Launcher, "-c", Program]);
        Assert.True(code == 0, error);
        var f = output.Split(' ', 6);
        Assert.Equal("[399999, 399999, 399999, 399999]\n", f[5]);
        return new(int.Parse(f[0]), int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]));
    }

    [AotExecutableFact]
    public void Start_up_code_pages_and_gc_regions_are_released()
    {
        var kept = Run("0");
        var trimmed = Run("1");
        string both = $"\nreleased: {trimmed}\nkept: {kept}\nTHP: {TransparentHugePages()}";
        // Start-up faults in nearly all of the executable's code (4+ MiB); released, the program
        // faults back what it runs.
        Assert.True(kept.Text > 3 * 1024, $"start-up without the release left only {kept.Text} KiB of code resident{both}");
        Assert.True(trimmed.Text < kept.Text - 1024, $"code resident after start-up is not lower by 1 MiB{both}");
        // What start-up leaves resident: the code, and start-up's GC regions (measured 17.4 -> 10.2 MiB).
        Assert.True(trimmed.Rss < kept.Rss - 3 * 1024, $"RSS after start-up is not lower by 3 MiB{both}");
        // The program's own peak: one gen0 region and one copy of start-up's survivors instead of
        // two regions and three copies (measured 19.6 -> 13.8 MiB).
        Assert.True(trimmed.Peak < kept.Peak - 3 * 1024, $"peak RSS of the loop is not lower by 3 MiB{both}");
    }

    private static string TransparentHugePages()
    {
        try { return File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Trim(); }
        catch (IOException) { return "unknown"; }
    }
}

/// <summary>A test of the NativeAOT executable itself; skipped where the build made none (the
/// launcher is then the small native host of Herthon.dll, or absent).</summary>
public sealed class AotExecutableFactAttribute : FactAttribute
{
    public AotExecutableFactAttribute() => Skip = File.Exists(NativeEnvironment.Launcher) && new FileInfo(NativeEnvironment.Launcher).Length > 4 * 1024 * 1024
        ? null : $"{NativeEnvironment.Launcher} is not the NativeAOT executable";
}
