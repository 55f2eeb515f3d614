#if HERTHON_DTRACE
using System.Runtime.InteropServices;

namespace Herthon.Probes;

/// <summary>
/// Finds the native end of each marker: <c>{provider}_{marker}_semaphore</c> (the SDT semaphore the
/// tracer increments) and <c>{provider}_marker_{marker}</c> (fires the probe). First in the running
/// program — the static launcher `herthon` exports them (-rdynamic); the shared-library launcher
/// (-p:ProbesLibrary=shared) links libherthon.so, which the main program handle searches too —
/// then in libherthon.so next to Herthon.dll, loaded here (so `dotnet Herthon.dll` of a shared
/// build is traceable through the library as well). Anywhere else — the xunit host, `dotnet
/// Herthon.dll` of a static build — the semaphore points at a zero that never changes and the
/// marker is never called.
/// </summary>
internal static unsafe class ProbeBinding
{
    /// <summary>
    /// Test seam: when set before the first probe site runs, decides each marker's semaphore and
    /// marker function instead of the launcher's exports (return false to fall back to them).
    /// </summary>
    internal static BindHook? Override { get; set; }

    internal delegate bool BindHook(string provider, string marker, out ushort* semaphore, out void* function);

    /// <summary>Read by every marker that has no native end. Never written.</summary>
    private static readonly ushort* s_never = (ushort*)NativeMemory.AllocZeroed(sizeof(ulong));

    /// <summary>Read by a pair whose semaphores are not neighbours: always enabled. Never written after start-up.</summary>
    private static readonly uint* s_always = AllocOne();

    private static uint* AllocOne()
    {
        var word = (uint*)NativeMemory.AllocZeroed(sizeof(ulong));
        *word = 1;
        return word;
    }

    /// <summary>
    /// The word a pair query ([ProbeEnabled("a", "b")]) reads: <paramref name="first"/>'s address
    /// when <paramref name="second"/>'s semaphore is its neighbour (markers.c's layout: one 32-bit
    /// load reads both), the zero of markers without a native end when neither has one, and
    /// otherwise a word that is never zero, so that the pair's sites always take their marked
    /// paths, which ask each marker on its own.
    /// </summary>
    internal static uint* Pair(ushort* first, ushort* second)
    {
        if (second == first + 1) return (uint*)first;
        if (first == s_never && second == s_never) return (uint*)s_never;
        return s_always;
    }

    private static nint s_program = -1;

    internal static void Bind(string provider, string marker, out ushort* semaphore, out void* function)
    {
        if (Override is { } hook && hook(provider, marker, out semaphore, out function))
            return;

        if (TryBind(Program, provider, marker, out semaphore, out function)
            || TryBind(Library, provider, marker, out semaphore, out function))
            return;
        semaphore = s_never;
        function = null;
    }

    private static bool TryBind(nint handle, string provider, string marker, out ushort* semaphore, out void* function)
    {
        if (handle != 0
            && NativeLibrary.TryGetExport(handle, $"{provider}_{marker}_semaphore", out nint semaphoreAddress)
            && NativeLibrary.TryGetExport(handle, $"{provider}_marker_{marker}", out nint functionAddress))
        {
            semaphore = (ushort*)semaphoreAddress;
            function = (void*)functionAddress;
            return true;
        }
        semaphore = null;
        function = null;
        return false;
    }

    /// <summary>
    /// The ELF file whose SDT notes hold a marker — the launcher, or libherthon.so in the
    /// shared-library variant — for `--list-probes`; null when the marker has no native end.
    /// </summary>
    internal static string? MarkerFile(string provider, string marker)
    {
        if (!TryBind(Program, provider, marker, out _, out void* function) && !TryBind(Library, provider, marker, out _, out function))
            return null;
        try
        {
            // The main program's dli_fname is argv[0]; a library's is the path it was loaded from.
            if (dladdr(function, out DlInfo info) != 0 && info.FileName != 0
                && Marshal.PtrToStringUTF8(info.FileName) is { } file && Path.GetFileName(file) == SharedLibraryName)
                return Path.GetFullPath(file);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        return Environment.ProcessPath;
    }

    /// <summary>
    /// The bounds of the marker functions (markers.c puts them in a section of their own): the
    /// code holding every SDT probe site, where a tracer writes its breakpoints. Start-up's memory
    /// release keeps these pages (StartupMemory). False when no native end is loaded.
    /// </summary>
    internal static bool TryProbeSites(out nuint start, out nuint end)
    {
        start = end = 0;
        nint handle = Program;
        if (handle == 0 || !NativeLibrary.TryGetExport(handle, "herthon_probe_sites", out nint sites))
        {
            handle = Library;
            if (handle == 0 || !NativeLibrary.TryGetExport(handle, "herthon_probe_sites", out sites)) return false;
        }
        nuint s, e;
        ((delegate* unmanaged<nuint*, nuint*, void>)sites)(&s, &e);
        (start, end) = (s, e);
        return e > s;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct DlInfo
    {
        public nint FileName, FileBase, SymbolName, SymbolAddress;
    }

    [DllImport("libc.so.6", EntryPoint = "dladdr")]
    private static extern int dladdr(void* address, out DlInfo info);

    /// <summary>The shared-library variant's file name, next to Herthon.dll and the launcher.</summary>
    internal const string SharedLibraryName = "libherthon.so";

    private static nint s_library = -1;

    /// <summary>libherthon.so beside Herthon.dll (loaded once, only when the program lacks the exports), or 0.</summary>
    private static nint Library
    {
        get
        {
            if (s_library == -1)
            {
                string path = Path.Combine(AppContext.BaseDirectory, SharedLibraryName);
                s_library = File.Exists(path) && NativeLibrary.TryLoad(path, out nint handle) ? handle : 0;
            }
            return s_library;
        }
    }

    private static nint Program
    {
        get
        {
            if (s_program == -1)
            {
                try { s_program = NativeLibrary.GetMainProgramHandle(); }
                catch (Exception) { s_program = 0; }
            }
            return s_program;
        }
    }
}
#endif
