using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class CodeObject
{
    /// <summary><see cref="Getter"/>: the body is something else.</summary>
    internal const int GetterNone = 0;
    /// <summary><see cref="Getter"/>: `return self.a` (LOAD_FAST 0, LOAD_ATTR a, RETURN_VALUE).</summary>
    internal const int GetterAttr = 1;
    /// <summary><see cref="Getter"/>: `return self.a is c` (LOAD_FAST 0, LOAD_ATTR a, LOAD_CONST c,
    /// IS_OP 0, RETURN_VALUE); c is <see cref="GetterConst"/>.</summary>
    internal const int GetterIs = 2;
    /// <summary><see cref="Getter"/>: `return self.a is not c` (IS_OP 1).</summary>
    internal const int GetterIsNot = 3;

    /// <summary>
    /// What a method whose body is one `return self.a` or `return self.a is [not] c` returns (its
    /// other parameters unused: `def normal(self, p): return self.n`), for Interpreter.PushInline's
    /// frame-less call (GetterCall): one of the Getter* constants, set by <see cref="ComputeExactArgs"/>
    /// (so valid whenever ExactArgs is known; Copy resets both). Only with ExactArgs = ArgCount ≥ 1:
    /// no *args/**kwargs/keyword-only parameter, not a
    /// generator or coroutine, self not captured by a closure. Such a body's LOAD_ATTR is its
    /// instruction 1; the call reads the attribute through that instruction's own site.
    /// </summary>
    internal int Getter;
    /// <summary>The constant of a GetterIs / GetterIsNot body.</summary>
    internal PyObject? GetterConst;

    private int ComputeGetter()
    {
        var c = Code;
        if (ExceptionTable.Length != 0 || c.Length < 3) return GetterNone;
        if (c[0] != (int)Op.LoadFast || (Op)(c[1] & 0xFF) != Op.LoadAttr || (uint)(c[1] >> 8) >= (uint)Names.Length)
            return GetterNone;
        if (c.Length == 3)
            return (Op)(c[2] & 0xFF) == Op.ReturnValue ? GetterAttr : GetterNone;
        if (c.Length != 5 || (Op)(c[2] & 0xFF) != Op.LoadConst || (uint)(c[2] >> 8) >= (uint)Constants.Length
            || (Op)(c[3] & 0xFF) != Op.IsOp || (uint)(c[3] >> 8) > 1 || (Op)(c[4] & 0xFF) != Op.ReturnValue)
            return GetterNone;
        GetterConst = Constants[c[2] >> 8];
        return (c[3] >> 8) == 0 ? GetterIs : GetterIsNot;
    }
}
