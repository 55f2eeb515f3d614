using System.Diagnostics;

namespace Herthon.Hosting;

/// <summary>
/// HERTHONSTARTUPTRACE=1 prints, on stderr, the milliseconds since the process started at each
/// phase of start-up (runtime start, builtins, sys, compile, run, exit), with the bytes allocated
/// and the gen0 collections so far: where `herthon -c pass` spends its time. Off, a Mark costs one static bool test. The marks are printed together at the
/// last one, so that initialising the console does not count in the phases it would interrupt.
/// </summary>
internal static class StartupTrace
{
    private static readonly bool s_on = Environment.GetEnvironmentVariable("HERTHONSTARTUPTRACE") is { Length: > 0 } v && v != "0";
    private static readonly long s_start = s_on ? ProcessStartTimestamp() : 0;

    private static readonly List<(string Phase, long Timestamp, TimeSpan Cpu, long Allocated, int Gcs)> s_marks = [];

    public static void Mark(string phase, bool last = false)
    {
        if (!s_on) return;
        s_marks.Add((phase, Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0)));
        if (!last) return;
        foreach (var (name, timestamp, cpu, allocated, gcs) in s_marks)
            Console.Error.WriteLine($"startup: {(timestamp - s_start) * 1000.0 / Stopwatch.Frequency,8:F1} ms wall {cpu.TotalMilliseconds,8:F1} ms cpu {allocated / 1024,7} KiB allocated {gcs,2} gcs  {name}");
        s_marks.Clear();
    }

    // The process's start on Stopwatch's clock (CLOCK_MONOTONIC on Linux): /proc/self/stat field 22,
    // in clock ticks since boot, which is CLOCK_BOOTTIME (equal to MONOTONIC on a machine never suspended).
    private static long ProcessStartTimestamp()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            double seconds = long.Parse(fields[19]) / 100.0;
            return (long)(seconds * Stopwatch.Frequency);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return Stopwatch.GetTimestamp(); }
    }
}
