namespace Herthon.Hosting;

/// <summary>
/// HERTHONGCSTATS=1 prints, on stderr at exit, what the .NET GC did during the run: collections per
/// generation, the total pause time, bytes allocated, the peak managed heap and the GC's own
/// configuration (gen0 budget, concurrent or not). For measuring the GC's share and the run-to-run
/// spread of a program (docs/performance.md, "memory ... eighth session"): the AOT executable has no
/// runtime event tracing. Off, it costs one static bool test at exit.
/// </summary>
internal static class GcStats
{
    private static readonly bool s_on = Environment.GetEnvironmentVariable("HERTHONGCSTATS") is { Length: > 0 } v && v != "0";

    /// <summary>HERTHONGCSTATS=2 also prints a line after every collection (generation, heap and
    /// committed bytes, each generation's size and fragmentation after it, the process's RSS):
    /// a finalizable object allocated anew after each GC reports it from the finalizer thread.</summary>
    public static void Start()
    {
        if (Environment.GetEnvironmentVariable("HERTHONGCSTATS") == "2") _ = new AfterGc();
    }

    private sealed class AfterGc
    {
        ~AfterGc()
        {
            if (Environment.HasShutdownStarted) return;
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            var g = info.GenerationInfo;
            string rss = "?";
            try { rss = (long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1]) * 4) + " KiB"; } catch (Exception) { }
            Console.Error.WriteLine($"gc #{info.Index} gen{info.Generation} pause {info.PauseDurations[0].TotalMilliseconds:F2} ms {(info.Compacted ? "compacting" : "sweeping")} heap {info.HeapSizeBytes / 1024} KiB committed {info.TotalCommittedBytes / 1024} KiB promoted {info.PromotedBytes / 1024} KiB"
                + $" gen0 {g[0].SizeAfterBytes / 1024}/{g[0].FragmentationAfterBytes / 1024} gen1 {g[1].SizeAfterBytes / 1024}/{g[1].FragmentationAfterBytes / 1024} gen2 {g[2].SizeAfterBytes / 1024}/{g[2].FragmentationAfterBytes / 1024} loh {g[3].SizeAfterBytes / 1024} rss {rss}");
            _ = new AfterGc();
        }
    }

    public static void Report()
    {
        if (!s_on) return;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var cpu = Environment.CpuUsage;
        Console.Error.WriteLine(
            $"gcstats: gen0 {GC.CollectionCount(0) - GC.CollectionCount(1)} gen1 {GC.CollectionCount(1) - GC.CollectionCount(2)} gen2 {GC.CollectionCount(2)}"
            + $" pause {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms ({info.PauseTimePercentage:F1} %)"
            + $" allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB heap {info.HeapSizeBytes / (1024 * 1024)} MiB"
            + $" committed {info.TotalCommittedBytes / (1024 * 1024)} MiB promoted {info.PromotedBytes / 1024} KiB"
            + $" user {cpu.UserTime.TotalMilliseconds:F0} ms sys {cpu.PrivilegedTime.TotalMilliseconds:F0} ms"
            + $" concurrent {System.Runtime.GCSettings.LatencyMode} growth-regions {GcGrowth.Regions}");
    }
}
