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
            if ((Op)(w & 0xFF) is Op.Jump or Op.JumpBackward or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.JumpIfFalseOrPop
                or Op.JumpIfTrueOrPop or Op.ForIter or Op.Send or Op.CheckEgMatch or Op.PrepReraiseStar
                && (uint)(w >> 8) >= (uint)code.Length)
                return false;
        }
        foreach (var e in table)
            if ((uint)e.Handler >= (uint)code.Length) return false;
        return true;
    }
}
