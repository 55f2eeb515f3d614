using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// Exceptions that C# builtins raise often in hot code come back to the loop as a pending
// exception instead of a .NET throw (a throw costs a stack walk through libunwind, ~10 us).
public static partial class Interpreter
{
    /// <summary>CALL of int with one str or exact float argument (slots fn, fn + 1): the int replaces
    /// both, or an invalid literal's ValueError is returned to raise at the CALL (the `try: int(s)
    /// except ValueError` idiom on bad input). A float is truncated as float.__int__ does (chaos's and
    /// raytracer's `int(x * scale)`; NaN and infinities raise there).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? IntFromStrOrFloat(Slot[] s, int fn)
    {
        if (s[fn + 1].V is PyFloat fl)
        {
            s[fn].V = Builtins.IntFromDouble(fl.V);
            s[fn + 1].V = null;
            return null;
        }
        var text = ((PyStr)s[fn + 1].V!).V;
        var r = Builtins.ParseIntOrNull(text, 10);
        if (r is null) return Errors.NewException(TypeObjects.ValueError, [PyStr.From(Builtins.InvalidIntLiteral(text, 10))]);
        s[fn + 1].V = null;
        s[fn].V = r;
        return null;
    }
}
