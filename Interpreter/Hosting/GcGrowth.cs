using System.Runtime;
using System.Runtime.CompilerServices;

namespace Herthon.Hosting;

/// <summary>
/// A larger gen0 budget while the program is building a large live structure (issue 12: float.py,
/// docs/performance.md, "gc14 ... twenty-first session"). The executable's gen0 budget is a fixed 4
/// MiB (Interpreter.csproj: GCgen0size, GCGen0MaxBudget), which keeps small programs' peak RSS near
/// CPython's. A program that keeps most of what it allocates (float.py's 320,000 points and their
/// floats: 60-85 % of each gen0 survives) then pays a gen0 collection per 4 MiB that copies nearly
/// all of it, and a gen1 collection per 4 MiB more that copies it again; a larger budget would
/// halve that, but a fixed one raises every small program's peak by the budget (gen12, nineteenth
/// session: closures and plain_loop past 2x CPython's at 8 MiB).
///
/// So the budget follows the heap: after a gen0 or gen1 collection (seen on the finalizer thread
/// through a sentinel object that each collection finalises), when at least half of what gen0 held
/// survived it and the heap is past 32 MiB, the next quarter of the heap (at most 12 MiB) is
/// allocated as a no-GC region (GC.TryStartNoGCRegion with disallowFullBlockingGC: the runtime only
/// makes room, it collects nothing). The region ends by itself at the collection its allocations
/// trigger, and that collection decides again. Programs whose gen0 mostly dies (the usual case:
/// iterators and temporaries; under 12 % survival in most of itertools_pipeline's, wordfreq's and
/// unpack_sequence's gen0 collections) and programs whose heap stays under 32 MiB keep the 4 MiB
/// budget; the memory a region adds is at most a quarter of a heap the program keeps alive. A gen2
/// collection's survival is not gen0's, so none starts a region (the next gen0 collection decides).
/// The NativeAOT executable only (the in-process CoreCLR test host keeps the runtime's own policy);
/// HERTHONGCGROWTH=0 in the environment turns it off.
/// </summary>
internal static class GcGrowth
{
    /// <summary>The smallest heap that gets regions (8 MiB, twice the budget, at this size): below
    /// it the executable's fixed overhead makes the peak's ratio to CPython's the tightest
    /// (itertools_pipeline 1.53x -> 1.80x, comprehensions 1.42x -> 1.62x with a 16 MiB floor).</summary>
    private const long MinHeap = 32L << 20;
    /// <summary>The largest region: a heap past 48 MiB gets 12 MiB, not a quarter (float.py's peak RSS
    /// with 16 MiB regions reached 125 MiB, 2.0x CPython's, in 8 runs; with 12 MiB 92-114 MiB).</summary>
    private const long MaxRegion = 12L << 20;

    private static long s_lastIndex = -1;
    private static int s_regions;

    /// <summary>How many regions were started (HERTHONGCSTATS's report).</summary>
    public static int Regions => Volatile.Read(ref s_regions);

    public static void Start()
    {
        if (RuntimeFeature.IsDynamicCodeSupported) return;
        if (Environment.GetEnvironmentVariable("HERTHONGCGROWTH") == "0") return;
        _ = new Sentinel();
    }

    /// <summary>Garbage from the start: the collection after its allocation finalises it, and its
    /// finalizer (the finalizer thread) looks at that collection and allocates the next one.</summary>
    private sealed class Sentinel
    {
        ~Sentinel()
        {
            if (Environment.HasShutdownStarted) return;
            AfterCollection();
            _ = new Sentinel();
        }
    }

    private static void AfterCollection()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (info.Index == s_lastIndex) return;
        s_lastIndex = info.Index;
        if (info.Generation >= 2 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
        if (info.HeapSizeBytes < MinHeap) return;
        long region = Math.Min(info.HeapSizeBytes >> 2, MaxRegion);
        var g = info.GenerationInfo;
        long allocated = g[0].SizeBeforeBytes;
        // PromotedBytes counts every condemned generation's survivors: in a gen1 collection, take
        // all of gen1's live bytes as survivors, which leaves a lower bound for gen0's.
        long survived = info.PromotedBytes - (info.Generation == 1 ? g[1].SizeBeforeBytes - g[1].FragmentationBeforeBytes : 0);
        if (allocated <= 0 || survived * 2 < allocated) return;
        try
        {
            if (GC.TryStartNoGCRegion(region, disallowFullBlockingGC: true)) Interlocked.Increment(ref s_regions);
        }
        catch (InvalidOperationException) { }     // a region already started (none of Herthon's own: a race cannot happen, but the runtime's rule is kept)
        catch (ArgumentOutOfRangeException) { }   // more than the runtime allows in one region
    }
}
