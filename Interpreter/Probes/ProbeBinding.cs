#if HERTHON_DTRACE
using System.Runtime.InteropServices;

namespace Herthon.Probes;

/// <summary>
/// Finds the native end of each marker in the running executable: the launcher `herthon` exports
/// <c>{provider}_{marker}_semaphore</c> (the SDT semaphore the tracer increments) and
/// <c>{provider}_marker_{marker}</c> (fires the probe). Anywhere else — the xunit host, `dotnet
/// Herthon.dll` — the semaphore points at a zero that never changes and the marker is never called.
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

    private static nint s_program = -1;

    internal static void Bind(string provider, string marker, out ushort* semaphore, out void* function)
    {
        if (Override is { } hook && hook(provider, marker, out semaphore, out function))
            return;

        nint program = Program;
        if (program != 0
            && NativeLibrary.TryGetExport(program, $"{provider}_{marker}_semaphore", out nint semaphoreAddress)
            && NativeLibrary.TryGetExport(program, $"{provider}_marker_{marker}", out nint functionAddress))
        {
            semaphore = (ushort*)semaphoreAddress;
            function = (void*)functionAddress;
            return;
        }
        semaphore = s_never;
        function = null;
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
