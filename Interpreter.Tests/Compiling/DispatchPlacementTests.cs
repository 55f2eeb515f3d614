using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Compiling;

/// <summary>
/// The NativeAOT build puts Loop&lt;Untraced&gt;'s dispatch block at byte 0 (or 1) of a 64-byte cache line
/// (scripts/place-dispatch.sh, run between ILC and the link; docs/performance.md, "align"), so the
/// 63 bytes every Python instruction runs take one line in every build instead of one or two by
/// chance. This reads the block back from the executable the tests run, as scripts/build.sh does.
/// </summary>
public class DispatchPlacementTests
{
    private static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux()) return "SKIPPED: the placement is done for the Linux NativeAOT build";
        string dir = Path.GetDirectoryName(NativeEnvironment.Launcher)!;
        if (!File.Exists(NativeEnvironment.Launcher) || !File.Exists(Path.Combine(dir, "Herthon.dbg")))
            return $"SKIPPED LOUDLY: no NativeAOT herthon with Herthon.dbg beside it at {dir}";
        if (!NativeEnvironment.HasTool("objdump") || !NativeEnvironment.HasTool("nm"))
            return "SKIPPED LOUDLY: objdump/nm (binutils) not on PATH";
        return null;
    }

    public sealed class PlacementFactAttribute : FactAttribute
    {
        public PlacementFactAttribute() => Skip = Unavailable();
    }

    [PlacementFact]
    public void The_untraced_dispatch_block_starts_a_cache_line_and_fits_in_it()
    {
        string script = Path.Combine(NativeEnvironment.RepositoryRoot, "scripts", "dispatch-where.sh");
        var (exit, output, error) = NativeEnvironment.Run("bash", [script, Path.GetDirectoryName(NativeEnvironment.Launcher)!]);
        Assert.True(exit == 0, error);
        string line = output.Split('\n').Single(l => l.StartsWith("dispatch Untraced:"));
        // Byte 0, or byte 1 when byte 0's pad would set bit 1 of every method address (NativeAOT's
        // fat-pointer tag; place-dispatch.sh): a 63-byte block at byte 1 still takes one line.
        Assert.True(line.Contains(", byte 0 of its line,") || line.Contains(", byte 1 of its line, 63 bytes,"), line);
        Assert.Contains(", 1 line ", line);
        // The traced copy is found too (its placement is whatever the shared shift gives it).
        Assert.Contains(output.Split('\n'), l => l.StartsWith("dispatch LineTraced: 0x"));
    }
}
