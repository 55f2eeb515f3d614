using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Evaluation;

/// <summary>The loop's instruction fetch (see docs/architecture.md, "The eval loop's dispatch").</summary>
public static partial class Interpreter
{
    /// <summary>
    /// The instruction word at <paramref name="ip"/> of the code whose instructions start at
    /// <paramref name="instrs"/> (CodeObject.Instructions: the pinned array's first element). No
    /// bounds check: the check kept the array's length in a callee-saved register for the whole
    /// loop and cost a load, a compare and a branch per instruction; ip stays inside the code by
    /// construction (CodeObject.StaysInside: every code object ends with an instruction that leaves
    /// or jumps, and every jump target is an instruction of the same code). No null check and no
    /// array reference either: an address is what the dispatch needs, and the loop's register
    /// allocation kept spilling the array reference at every instruction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Fetch(nint instrs, int ip) => ((int*)instrs)[(uint)ip];
}
