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
    // The executable's resident code (r-xp mappings of /proc/self/exe) right after start-up, then the
    // peak RSS after a steady loop that allocates ~40 MiB of short-lived lists (ten gen0 budgets).
    private const string Program = """
        import os
        exe = os.readlink('/proc/self/exe')
        def text_rss():
            total, cur = 0, False
            for line in open('/proc/self/smaps'):
                f = line.split()
                if not f[0].endswith(':'):
                    cur = f[1] == 'r-xp' and len(f) > 5 and f[5] == exe
                elif cur and f[0] == 'Rss:':
                    total += int(f[1])
            return total
        text = text_rss()
        for i in range(400000):
            x = [i, i, i, i]
        hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]
        print(text, hwm, x)
        """;

    private static (int Text, int Peak) Run(string trim)
    {
        var (code, output, error) = NativeEnvironment.Run("env", [$"HERTHONSTARTUPTRIM={trim}", NativeEnvironment.Launcher, "-c", Program]);
        Assert.True(code == 0, error);
        var f = output.Split(' ', 3);
        Assert.Equal("[399999, 399999, 399999, 399999]\n", f[2]);
        return (int.Parse(f[0]), int.Parse(f[1]));
    }

    [AotExecutableFact]
    public void Start_up_code_pages_and_gc_regions_are_released()
    {
        var kept = Run("0");
        var trimmed = Run("1");
        // Start-up faults in nearly all of the executable's code (4+ MiB); released, the program
        // faults back what it runs.
        Assert.True(kept.Text > 3 * 1024, $"start-up without the release left only {kept.Text} KiB of code resident");
        Assert.True(trimmed.Text < kept.Text - 1024, $"code resident after start-up: {trimmed.Text} KiB released, {kept.Text} KiB kept");
        // Peak RSS: the code and, from the GC, one gen0 region and one copy of start-up's survivors
        // instead of two regions and three copies (measured 19 -> 14 MiB on the small benchmarks).
        Assert.True(trimmed.Peak < kept.Peak - 3 * 1024, $"peak RSS {trimmed.Peak} KiB released, {kept.Peak} KiB kept");
    }
}

/// <summary>A test of the NativeAOT executable itself; skipped where the build made none (the
/// launcher is then the small native host of Herthon.dll, or absent).</summary>
public sealed class AotExecutableFactAttribute : FactAttribute
{
    public AotExecutableFactAttribute() => Skip = File.Exists(NativeEnvironment.Launcher) && new FileInfo(NativeEnvironment.Launcher).Length > 4 * 1024 * 1024
        ? null : $"{NativeEnvironment.Launcher} is not the NativeAOT executable";
}
