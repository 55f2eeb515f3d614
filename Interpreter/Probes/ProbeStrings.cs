#if HERTHON_DTRACE
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Herthon.Probes;

/// <summary>
/// UTF-8 for tracers: NUL-terminated, in pinned (POH) arrays so a native pointer stays valid. A string
/// that cannot be encoded (a lone surrogate) crosses as NULL rather than as replacement characters,
/// so a tracer never sees a name the program does not have.
/// </summary>
/// <remarks>
/// Markers are called with SuppressGCTransition: the thread stays in cooperative mode during the
/// call, so no GC can run (or free a buffer) while the tracer reads the string.
/// </remarks>
internal static unsafe class ProbeStrings
{
    /// <summary>A pinned NUL-terminated UTF-8 copy of <paramref name="text"/>, or null if it cannot be encoded.</summary>
    internal static byte[]? Encode(string? text)
    {
        if (text is null)
            return null;
        byte[] buffer = GC.AllocateUninitializedArray<byte>(checked(text.Length * 3 + 1), pinned: true);
        if (Utf8.FromUtf16(text, buffer, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            return null;
        buffer[written] = 0;
        return buffer;
    }

    /// <summary>Address of a pinned array from <see cref="Encode"/>, or NULL.</summary>
    internal static byte* Pointer(byte[]? pinned)
        => pinned is null ? null : (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));

    [ThreadStatic] private static byte[]? t_slot0;
    [ThreadStatic] private static byte[]? t_slot1;

    /// <summary>
    /// Encodes a per-fire string (a module name, an audit event) into this thread's reusable pinned
    /// buffer <paramref name="slot"/> (0 or 1: a marker has at most two string arguments). Valid
    /// until the next call with the same slot on this thread. No allocation once the buffer is big
    /// enough. NULL when <paramref name="text"/> is null or cannot be encoded.
    /// </summary>
    internal static byte* Scratch(string? text, int slot)
    {
        if (text is null)
            return null;
        ref byte[]? buffer = ref slot == 0 ? ref t_slot0 : ref t_slot1;
        int needed = checked(text.Length * 3 + 1);
        if (buffer is null || buffer.Length < needed)
            buffer = GC.AllocateUninitializedArray<byte>(Math.Max(needed, 256), pinned: true);
        if (Utf8.FromUtf16(text, buffer, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            return null;
        buffer[written] = 0;
        return Pointer(buffer);
    }
}

/// <summary>The strings a code object's markers pass, encoded once on first fire and kept with the code object.</summary>
internal sealed unsafe class ProbeText
{
    private readonly byte[]? _fileName;
    private readonly byte[]? _name;

    internal ProbeText(string fileName, string name)
    {
        _fileName = ProbeStrings.Encode(fileName);
        _name = ProbeStrings.Encode(name);
    }

    internal byte* FileName => ProbeStrings.Pointer(_fileName);

    internal byte* Name => ProbeStrings.Pointer(_name);
}
#endif
