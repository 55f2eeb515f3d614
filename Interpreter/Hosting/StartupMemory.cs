using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Hosting;

/// <summary>
/// What start-up leaves resident, let go once site has been imported (issue 12's peak RSS;
/// docs/performance.md, "memory3 ... tenth session"). Two things, in the NativeAOT executable only:
/// <list type="number">
/// <item>The pages of the executable, libc and the other read-only file mappings that start-up
/// faulted in (the kernel maps 16 neighbouring pages per fault, so start-up's one pass over the
/// builtins' set-up code makes nearly all 4 MiB of code resident) are unmapped with
/// MADV_DONTNEED; the program faults back only what it runs. Only clean mappings qualify: private,
/// not writable, and with no page of their own (a page the process wrote, e.g. a relocated
/// RELRO page or a uprobe's breakpoint that a tracer installed before start-up; /proc/self/pagemap
/// tells), since dropping such a page would lose the write.</item>
/// <item>Start-up's survivors (type objects, module dicts, code) are moved to gen2 by two
/// aggressive full collections, which also decommit the regions they leave. Without them the first
/// gen0 GC copies the survivors into a gen1 region and the first gen1 GC into a gen2 one, while
/// the start-up gen0 region and the first copy stay committed: ~2.2 MiB resident three times.
/// They run after the program's first collection, not at the end of start-up, so a program that
/// never fills a gen0 budget does not pay for them: at the end of the outermost import running
/// when that collection happened, on the importing thread (ImportDone), or, when none was
/// running, on the finalizer thread (AtFirstCollection), each time with a second page release.</item>
/// </list>
/// The pagemap test and the madvise are not atomic: a tracer writing a breakpoint between the two
/// into a page not yet written would lose it. The pages of the marker functions, which hold every
/// SDT probe site (markers.c's herthon_probe_code section, ProbeBinding.TryProbeSites), are
/// therefore never released, so no marker's probe can be lost however a tracer's attach and the
/// release interleave; the window remains only for a uprobe on other code (a function entry
/// placed with `bpftrace -p` during the few milliseconds of a release).
/// HERTHONSTARTUPTRIM=0 in the environment leaves both out.
/// </summary>
internal static class StartupMemory
{
    [DllImport("libc", EntryPoint = "madvise")] private static extern int madvise(nint addr, nuint length, int advice);
    private const int MadvDontneed = 4;
    private const int PageSize = 4096;

    /// <summary>0: not armed (CoreCLR, HERTHONSTARTUPTRIM=0, or start-up not over); 1: armed, the
    /// collections wait for the program's first GC; 2: claimed (run, or running) by one thread.</summary>
    private static int s_state;
    /// <summary>Collections that happened before the end of start-up (a cold code cache compiles
    /// during start-up and collects 4 times); the release waits for one more.</summary>
    private static int s_gcsAtStartup;
    /// <summary>How many find-and-loads are running (all threads; <see cref="ImportStarted"/>).</summary>
    private static int s_importDepth;

    public static void AfterStartup()
    {
        if (RuntimeFeature.IsDynamicCodeSupported) return;     // CoreCLR (the tests' in-process host): not the executable's memory
        if (Environment.GetEnvironmentVariable("HERTHONSTARTUPTRIM") == "0") return;
        try { DropCleanFilePages(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }   // no /proc: keep the pages
        s_gcsAtStartup = GC.CollectionCount(0);
        Volatile.Write(ref s_state, 1);
        _ = new AtFirstCollection();   // the collections wait for the program's first GC
        StartupTrace.Mark("start-up memory released");
    }

    /// <summary>A find-and-load starts (Importer.FindAndLoad; every import of a module not yet in
    /// sys.modules, nested or not).</summary>
    public static void ImportStarted() => Interlocked.Increment(ref s_importDepth);

    /// <summary>
    /// A find-and-load ended. When it was the outermost one and the program has collected since
    /// start-up, the release runs here, on the importing thread, at a point fixed by the program's
    /// imports instead of by when the finalizer thread gets to run: a first GC in the middle of an
    /// import (json_dumps_loads' `import json`: json, re, enum, ...) then moves start-up's and the
    /// imported modules' survivors to gen2 together once the import is over, instead of start-up's
    /// alone at whatever point the finalizer ran, with the rest of the import's survivors copied
    /// through gen1 afterwards (docs/performance.md, "memory5 ... twelfth session").
    /// </summary>
    public static void ImportDone()
    {
        // Decrement (a full fence) before reading the GC count: the finalizer reads the depth after
        // the GC counted, so one of the two sees the other (Dekker) and the release is never lost.
        if (Interlocked.Decrement(ref s_importDepth) == 0 && Volatile.Read(ref s_state) == 1
            && GC.CollectionCount(0) > s_gcsAtStartup)
            Release();
    }

    /// <summary>
    /// Finalised after the first collection that follows start-up (it is garbage from the start), on
    /// the finalizer thread. If an import is running, its end runs the release (ImportDone);
    /// otherwise (a first GC in the program's own code) the release runs here. A program that never
    /// allocates a gen0 budget (4 MiB; `-c pass`, a short script) never pays for it: the collections
    /// were ~11 ms of `-c pass`'s 23.5 ms CPU when run at the end of start-up (docs/performance.md,
    /// "memory4 ... eleventh session").
    /// </summary>
    private sealed class AtFirstCollection
    {
        ~AtFirstCollection()
        {
            if (Environment.HasShutdownStarted || Volatile.Read(ref s_importDepth) > 0) return;
            Release();
        }
    }

    /// <summary>Once, on whichever thread claims it: the code pages the program's imports faulted
    /// back are dropped again and start-up's survivors go to gen2 in two aggressive collections,
    /// which decommit the regions they leave.</summary>
    private static void Release()
    {
        if (Interlocked.CompareExchange(ref s_state, 2, 1) != 1) return;
        try { DropCleanFilePages(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);   // survivors to gen2 (gen0's to gen1)
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);   // and those, the rest decommitted
    }

    /// <summary>After the main program is compiled: the compiler's code pages again (not the
    /// collections: run after the compile, they found its garbage had already cost a gen0 GC
    /// and a region on programs whose source is a few hundred lines; chaos 14 -> 17 MiB).</summary>
    public static void AfterCompile()
    {
        if (RuntimeFeature.IsDynamicCodeSupported || Environment.GetEnvironmentVariable("HERTHONSTARTUPTRIM") == "0") return;
        try { DropCleanFilePages(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static void DropCleanFilePages()
    {
        byte[] maps = File.ReadAllBytes("/proc/self/maps");
        using var pagemap = File.OpenHandle("/proc/self/pagemap");
        Span<long> entries = stackalloc long[512];
        ulong sitesStart = 0, sitesEnd = 0;
#if HERTHON_DTRACE
        if (Probes.ProbeBinding.TryProbeSites(out nuint s0, out nuint s1))
            (sitesStart, sitesEnd) = ((ulong)s0 & ~(ulong)(PageSize - 1), ((ulong)s1 + PageSize - 1) & ~(ulong)(PageSize - 1));
#endif
        int i = 0;
        while (i < maps.Length)
        {
            int eol = Array.IndexOf(maps, (byte)'\n', i);
            if (eol < 0) eol = maps.Length;
            var line = maps.AsSpan(i, eol - i);
            i = eol + 1;
            // start-end perms offset dev inode path
            int dash = line.IndexOf((byte)'-');
            int sp = line.IndexOf((byte)' ');
            if (dash <= 0 || sp <= dash || line.Length < sp + 5) continue;
            var perms = line.Slice(sp + 1, 4);
            if (perms[1] != (byte)'-' || perms[3] != (byte)'p') continue;     // writable or shared
            if (line.IndexOf((byte)'/') < 0) continue;                          // anonymous, [vdso], [stack] ...
            if (!TryHex(line[..dash], out ulong start) || !TryHex(line.Slice(dash + 1, sp - dash - 1), out ulong end)) continue;
            if (end <= start || HasOwnPage(pagemap, start, end, entries)) continue;
            if (sitesEnd > start && sitesStart < end)
            {
                // The probe sites' pages stay (a tracer may be writing a breakpoint there right now).
                if (sitesStart > start) madvise((nint)start, (nuint)(sitesStart - start), MadvDontneed);
                if (sitesEnd < end) madvise((nint)sitesEnd, (nuint)(end - sitesEnd), MadvDontneed);
                continue;
            }
            madvise((nint)start, (nuint)(end - start), MadvDontneed);
        }
    }

    /// <summary>Whether a page of [start, end) is present and not the file's (bit 63 present, bit 61
    /// file-page or shared: a private copy the process wrote).</summary>
    private static bool HasOwnPage(Microsoft.Win32.SafeHandles.SafeFileHandle pagemap, ulong start, ulong end, Span<long> entries)
    {
        for (ulong page = start / PageSize; page < end / PageSize;)
        {
            int n = (int)Math.Min((ulong)entries.Length, end / PageSize - page);
            var bytes = MemoryMarshal.AsBytes(entries[..n]);
            if (RandomAccess.Read(pagemap, bytes, (long)(page * 8)) != bytes.Length) return true;
            foreach (long e in entries[..n])
                if (e < 0 && (e & (1L << 61)) == 0) return true;
            page += (ulong)n;
        }
        return false;
    }

    private static bool TryHex(ReadOnlySpan<byte> s, out ulong value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 16) return false;
        foreach (byte b in s)
        {
            int d = b is >= (byte)'0' and <= (byte)'9' ? b - '0' : b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10 : -1;
            if (d < 0) return false;
            value = value << 4 | (uint)d;
        }
        return true;
    }
}
