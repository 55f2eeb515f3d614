using System.Runtime.CompilerServices;
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>Bounds a recursive pass over an AST the way CPython's symtable.c, compile.c and ast.c do:
/// COMPILER_STACK_FRAME_SCALE (3) levels per unit of the Python recursion limit, counted from the
/// caller's current depth, then RecursionError "maximum recursion depth exceeded &lt;where&gt;".
/// The C# stack check backs it up on threads with small stacks. The default value (a
/// [ThreadStatic] field) counts "during compilation" with the scale 3.</summary>
internal struct CompileDepth(string where, int scale = 3)
{
    private int _depth, _base, _limit;
    private bool _started;

    /// <param name="nodeKind">for obj2ast's message: "while traversing '&lt;nodeKind&gt;' node"</param>
    public void Enter(string? nodeKind = null)
    {
        if (!_started)
        {
            var ts = ThreadState.Current;
            int s = scale == 0 ? 3 : scale;
            _depth = _base = ts.Depth * s;
            _limit = ts.RecursionLimit * s;
            _started = true;
        }
        if (++_depth > _limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Leave();
            throw Errors.RecursionError("maximum recursion depth exceeded " +
                (nodeKind is not null ? $"while traversing '{nodeKind}' node" : where ?? "during compilation"));
        }
    }

    /// <summary>Back at the outermost level the pass is over: the next one reads the limit again.</summary>
    public void Leave()
    {
        if (--_depth == _base) _started = false;
    }
}
