namespace Herthon.Compiling;

public sealed partial class CodeObject
{
    /// <summary>
    /// True when running <paramref name="code"/> can never fetch an instruction past its end: it
    /// ends with an instruction that leaves or jumps, and every jump target and exception handler
    /// is an instruction of it. The eval loop reads instructions without a bounds check
    /// (Interpreter.Fetch) and peeks at the instruction after any that falls through; the compiler
    /// checks this of everything it builds, marshal of every code object it loads.
    /// </summary>
    internal static bool StaysInside(int[] code, ExceptionEntry[] table)
    {
        if (code.Length == 0) return false;
        if ((Op)(code[^1] & 0xFF) is not (Op.ReturnValue or Op.Reraise or Op.RaiseVarargs or Op.Jump or Op.JumpBackward)) return false;
        foreach (int w in code)
        {
            if ((uint)(w & 0xFF) > (uint)Op.PopIter) return false;   // no such instruction
            if (Opcodes.Of((Op)(w & 0xFF)).Kind == OpArgKind.Jump && (uint)(w >> 8) >= (uint)code.Length) return false;
        }
        foreach (var e in table)
            if ((uint)e.Handler >= (uint)code.Length) return false;
        return true;
    }
}
