using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// Exceptions that C# builtins raise often in hot code come back to the loop as a pending
// exception instead of a .NET throw (a throw costs a stack walk through libunwind, ~10 us).
public static partial class Interpreter
{
    /// <summary>CALL of int with one str argument (slots fn, fn + 1): the int replaces both, or an
    /// invalid literal's ValueError is returned to raise at the CALL (the `try: int(s) except
    /// ValueError` idiom on bad input).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? IntFromStr(Slot[] s, int fn)
    {
        var text = ((PyStr)s[fn + 1].V!).V;
        var r = Builtins.ParseIntOrNull(text, 10);
        if (r is null) return Errors.NewException(TypeObjects.ValueError, [PyStr.From(Builtins.InvalidIntLiteral(text, 10))]);
        s[fn + 1].V = null;
        s[fn].V = r;
        return null;
    }
}
