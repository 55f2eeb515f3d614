using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// hash(str): a seeded multiply-xorshift hash over the UTF-16 text, 8 bytes a step, instead of
/// .NET's Marvin (string.GetHashCode), which mixes 4 bytes a step in two dependent rounds and cost
/// str_dict ~2.3 % (every fresh str a dict sees is hashed once). Like CPython's SipHash it is
/// randomised per process (the seed), so programs can rely on nothing but hash(a) == hash(b) for
/// equal strs, which holds: the value depends on the characters only. The two users are
/// <see cref="PyStr.Hash"/> and PyDict's lookup by a .NET string, which must agree.
/// </summary>
public static class StrHash
{
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;
    private const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xBF58476D1CE4E5B9UL, K3 = 0x94D049BB133111EBUL;

    /// <summary>The hash of s as Python sees it (never -1, which CPython reserves for errors).</summary>
    public static int Of(string s)
    {
        ref byte p = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s.AsSpan()));
        int n = s.Length * 2;
        ulong h = Seed ^ ((ulong)n * K1);
        int i = 0;
        for (; i + 8 <= n; i += 8)
        {
            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i))) * K2;
            h ^= h >> 31;
        }
        // The last 0-6 bytes (n is even): a 4-byte then a 2-byte read.
        ulong t = 0;
        if (i + 4 <= n) { t = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, i)); i += 4; }
        if (i < n) t = (t << 16) | Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref p, i));
        h = (h ^ t) * K3;
        h ^= h >> 29;
        h *= K2;
        h ^= h >> 32;
        int r = (int)h;
        return r == -1 ? -2 : r;
    }
}
