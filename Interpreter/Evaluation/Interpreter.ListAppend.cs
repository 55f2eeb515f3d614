using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public static partial class Interpreter
{
    /// <summary>
    /// CALL_METHOD 1 of list.append (the loop has compared the method with
    /// <see cref="ListMethods.AppendDescriptor"/>): on an exact list, without keyword names and
    /// without a cfunction marker enabled, appends the argument here, as CPython 3.11's
    /// PRECALL_NO_KW_LIST_APPEND does, instead of CallAt → CallOther → CallUnbound → the method's
    /// delegate. False leaves the call to CallAt (a list subclass, keywords, a marker to fire).
    /// </summary>
    /// <remarks>Not inlined: the loop itself holds no marker guard but the line marker's poll, so that
    /// its code, and with it where every hot method lies, is the same in the plain and the
    /// instrumented build (hot-methods.sh).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ListAppendHit(Frame f, Slot[] s, int fn)
    {
        var self = s[fn + 1].V;
        if (self is null || self.GetType() != typeof(PyList) || Unsafe.As<PyList>(self).Sub is not null || f.KwNames is not null) return false;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced) return false;
        Unsafe.As<PyList>(self).Append(s[fn + 2].V!);
        return true;
    }
}
