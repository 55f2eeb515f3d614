using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public sealed partial class ThreadState
{
    /// <summary>CPython's Py_EnterRecursiveCall: C# code that recurses over Python data (repr,
    /// comparison, isinstance of nested tuples) counts against the recursion limit as a Python call
    /// does, so the depth the program controls ends in RecursionError, never a .NET stack overflow.
    /// Pair with <c>ts.Depth--</c> in a finally.</summary>
    internal static ThreadState EnterRecursiveCall(string where)
    {
        var ts = Current;
        if (ts.Depth >= ts.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError("maximum recursion depth exceeded" + where);
        ts.Depth++;
        return ts;
    }

    /// <summary>For recursion CPython does not count (hash of nested tuples): only the C# stack is checked.</summary>
    internal static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Errors.RecursionError("maximum recursion depth exceeded");
    }
}
