using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The bodies of the except* instructions, kept out of the eval loop.
public static partial class Interpreter
{
    /// <summary>
    /// CHECK_EG_MATCH: [.., exc, type] → [.., rest, match] (true; the match becomes the handled
    /// exception, as sys.exception() sees it in the clause) or [.., exc, null] (false: no match).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckEgMatchStep(Frame f, Slot[] s, int sp, ThreadState ts)
    {
        var match = ExceptionGroups.MatchStar(s[sp - 2].V!, s[sp - 1].V!, out var rest);
        if (match is null) { s[sp - 1].V = null; return false; }
        var m = (PyBaseException)match;
        s[sp - 2].V = rest ?? PyNone.Instance;
        s[sp - 1].V = m;
        ts.Handled = m;
        Probes.Probes.ExceptionHandled(f, f.Ip, m);
        return true;
    }

    /// <summary>
    /// PREP_RERAISE_STAR: [.., orig, raised] → [.., exc, null] (true: exc leaves the try statement)
    /// or both cleared (false: everything was handled).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PrepReraiseStarStep(Frame f, Slot[] s, int sp)
    {
        var result = ExceptionGroups.PrepReraiseStar(s[sp - 2].V!, (PyList)s[sp - 1].V!);
        s[sp - 1].V = null;
        if (result is not PyBaseException e) { s[sp - 2].V = null; return false; }
        // Re-raised as CPython's RERAISE does: no traceback entry for this frame, no new context.
        e.LastTbFrame = f;
        e.ContextAttached = true;
        s[sp - 2].V = e;
        return true;
    }
}
