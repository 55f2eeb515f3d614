#if HERTHON_DTRACE
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Probes;

namespace Herthon.Tests.Probes;

/// <summary>One marker call as a tracer would see it: strings read back from their UTF-8 pointers.</summary>
internal sealed record MarkerEvent(string Marker, string?[] Strings, long[] Numbers);

/// <summary>
/// Stands in for the launcher inside the test host: every marker's semaphore is test-owned native
/// memory (zero until a test arms it) and every marker function is a tiny C recorder (recorder.c,
/// compiled with gcc on first use) — native, because markers are called with SuppressGCTransition,
/// which managed callbacks do not allow. Installed before any Herthon code runs, through the
/// ProbeBinding test seam.
/// </summary>
internal static unsafe class MarkerRecorder
{
    /// <summary>In herthon.d's order (recorder.c's marker indices).</summary>
    private static readonly string[] Markers =
    [
        "function__entry", "function__return", "line", "gc__start", "gc__done",
        "import__find__load__start", "import__find__load__done", "audit",
        "cfunction__entry", "cfunction__return", "instance__new__start", "instance__new__done",
        "exception__raise", "exception__handled", "instance__delete__start", "instance__delete__done",
    ];

    /// <summary>markers.c's layout of the semaphores, which the recorder's block copies: the pairs a
    /// site asks with one read ([ProbeEnabled("a", "b")]: line, function__entry, function__return and
    /// instance__new__done pairwise, the cfunction and instance__delete markers) are neighbours here too, so ProbeBinding.Pair reads them as one word
    /// and the tests run the launcher's unmarked paths (with each semaphore apart, every pair would
    /// read as always enabled).</summary>
    private static readonly string[] Layout =
    [
        "line", "function__entry", "function__return", "instance__new__done",
        "cfunction__entry", "cfunction__return", "instance__delete__start", "instance__delete__done",
        "gc__start", "gc__done", "import__find__load__start", "import__find__load__done",
        "audit", "instance__new__start", "exception__raise", "exception__handled",
    ];

    /// <summary>Every semaphore, one ushort each in <see cref="Layout"/>'s order (8-byte aligned).</summary>
    private static readonly ushort* Block = (ushort*)NativeMemory.AlignedAlloc(sizeof(ushort) * 16, 8);

    private static readonly ConcurrentDictionary<string, nint> Semaphores = new();
    private static readonly Lazy<(nint Handle, string? Error)> Library = new(Compile);

#pragma warning disable CA2255 // module initializer in a test assembly: must run before any probe site binds
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install() => ProbeBinding.Override = Bind;

    private static bool Bind(string provider, string marker, out ushort* semaphore, out void* function)
    {
        int index = Array.IndexOf(Layout, marker);
        semaphore = index >= 0 ? Block + index : (ushort*)NativeMemory.AllocZeroed(sizeof(ulong));
        *semaphore = 0;
        Semaphores[marker] = (nint)semaphore;
        function = null;
        var (handle, _) = Library.Value;
        if (handle != 0 && NativeLibrary.TryGetExport(handle, "rec_" + marker, out nint address))
            function = (void*)address;
        else
            *semaphore = 0; // never armed without a recorder (Arm refuses, see below)
        return true;
    }

    private static (nint, string?) Compile()
    {
        string source = Path.Combine(AppContext.BaseDirectory, "Probes", "recorder.c");
        string library = Path.Combine(Path.GetTempPath(), $"herthon-recorder-{Environment.ProcessId}.so");
        try
        {
            using var gcc = Process.Start(new ProcessStartInfo("gcc", ["-shared", "-fPIC", "-O1", "-o", library, source])
            {
                RedirectStandardError = true,
            })!;
            string errors = gcc.StandardError.ReadToEnd();
            gcc.WaitForExit();
            if (gcc.ExitCode != 0)
                return (0, "gcc failed: " + errors);
            return (NativeLibrary.Load(library), null);
        }
        catch (Exception e)
        {
            return (0, "cannot build the marker recorder with gcc (apt-get install gcc): " + e.Message);
        }
    }

    /// <summary>Binds the provider table (to this recorder), disarms every marker and starts recording this thread.</summary>
    public static void Reset()
    {
        RuntimeHelpers.RunClassConstructor(typeof(HerthonProvider).TypeHandle);
        var (handle, error) = Library.Value;
        Assert.True(handle != 0, error);
        foreach (nint semaphore in Semaphores.Values)
            *(ushort*)semaphore = 0;
        ((delegate* unmanaged<void>)NativeLibrary.GetExport(handle, "recorder_reset"))();
    }

    /// <summary>Sets a marker's semaphore as a tracer does when it attaches (1) or detaches (0).</summary>
    public static void Arm(string marker, bool on = true) => *(ushort*)Semaphores[marker] = (ushort)(on ? 1 : 0);

    /// <summary>How many marker calls reached the recorder on the recording thread.</summary>
    public static long Total => ((delegate* unmanaged<long>)NativeLibrary.GetExport(Library.Value.Handle, "recorder_total"))();

    public static MarkerEvent[] Events
    {
        get
        {
            nint handle = Library.Value.Handle;
            int count = ((delegate* unmanaged<int>)NativeLibrary.GetExport(handle, "recorder_count"))();
            int size = ((delegate* unmanaged<int>)NativeLibrary.GetExport(handle, "recorder_event_size"))();
            byte* table = ((delegate* unmanaged<byte*>)NativeLibrary.GetExport(handle, "recorder_events"))();
            var events = new MarkerEvent[count];
            for (int i = 0; i < count; i++)
            {
                // Layout of recorder_event: int64_t number[2]; int marker; int is_null[3]; char text[3][512].
                byte* e = table + (long)i * size;
                long* number = (long*)e;
                int marker = *(int*)(e + 16);
                int* isNull = (int*)(e + 20);
                byte* text = e + 32;
                string?[] strings = marker switch
                {
                    0 or 1 or 2 or 7 or 10 or 11 or 12 or 13 or 14 or 15 => [Read(isNull[0], text), Read(isNull[1], text + 512)],
                    8 or 9 => [Read(isNull[0], text), Read(isNull[1], text + 512), Read(isNull[2], text + 1024)],
                    5 or 6 => [Read(isNull[0], text)],
                    _ => [],
                };
                events[i] = new MarkerEvent(Markers[marker], strings, [number[0], number[1]]);
            }
            return events;
        }
    }

    private static string? Read(int isNull, byte* text) => isNull != 0 ? null : Marshal.PtrToStringUTF8((nint)text);
}
#endif
