using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Evaluation;

/// <summary>The loop's instruction fetch (see docs/architecture.md, "The eval loop's dispatch").</summary>
public static partial class Interpreter
{
    /// <summary>
    /// The instruction word at <paramref name="ip"/>, read without the array's bounds check: the
    /// check kept the array's length in a callee-saved register for the whole loop and cost a load,
    /// a compare and a branch per instruction. ip stays inside the code by construction: every
    /// code object ends with an instruction that leaves or jumps (CodeObject.CheckTerminated),
    /// and every jump target is an instruction of the same code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fetch(int[] instrs, int ip) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(instrs), (nint)(uint)ip);
}
