using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The stores of an unpacking (`a, b = t`, `a, b, c, d = b, c, d, a`) done outside the loop's body:
// inside Loop<T>, whose register allocation spills around every call, each store of the fused
// UNPACK_SEQUENCE STORE_FAST… loop reloaded four locals from the frame and bounds-checked three
// arrays (callgrind: ~31 of the loop's instructions per item besides the write barrier).
public static partial class Interpreter
{
    /// <summary>UNPACK_SEQUENCE n STORE_FAST…: items[0], items[1], … into the locals the STORE_FASTs
    /// from <paramref name="ip"/> name, in their order, while the instructions are STORE_FASTs;
    /// returns how many were stored (the caller pushes the rest, reversed, and skips the stores).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StoreItemsToLocals(Slot[] s, nint instrs, int ip, ReadOnlySpan<PyObject> items)
    {
        int k = 0;
        for (; k < items.Length; k++)
        {
            int w = Fetch(instrs, ip + k);
            if ((w & 0xFF) != (int)Op.StoreFast) break;
            s[w >> 8].V = items[k];
        }
        return k;
    }

    /// <summary>BUILD_TUPLE n UNPACK_SEQUENCE n and n STORE_FASTs from <paramref name="ip"/>: the k-th
    /// STORE_FAST takes the k-th pushed value (the tuple's k-th item), in the stores' order (a name
    /// stored twice keeps the last); the value slots are cleared. False (nothing done) unless all n
    /// instructions are STORE_FASTs.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool MoveValuesToLocals(Slot[] s, nint instrs, int ip, int from, int n)
    {
        for (int k = 0; k < n; k++)
            if ((Fetch(instrs, ip + k) & 0xFF) != (int)Op.StoreFast) return false;
        var values = s.AsSpan(from, n);
        for (int k = 0; k < values.Length; k++)
        {
            s[Fetch(instrs, ip + k) >> 8].V = values[k].V;
            values[k].V = null;
        }
        return true;
    }
}
