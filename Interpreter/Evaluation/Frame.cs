using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>
/// One activation of a code object. Slots holds the fast locals, then the cells and free
/// variables, then the value stack (from StackBase). Ip and Sp are written back whenever the
/// loop leaves (return, yield, call into a tracer mode switch), so a frame can be resumed.
/// </summary>
public sealed partial class Frame
{
    public readonly CodeObject Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The name mapping for module and class bodies (LOAD_NAME/STORE_NAME); null in functions.</summary>
    public PyDict? Locals;
    /// <summary>A class namespace from __prepare__ that is not a plain dict; name operations go through it.</summary>
    public PyObject? LocalsMapping;
    public readonly Slot[] Slots;
    public readonly int StackBase;
    public Frame? Back;
    /// <summary>Last line reported to the line marker in this activation.</summary>
    public int LastLine;
    public PyGenerator? Generator;
    /// <summary>Keyword names set by KW_NAMES for the next CALL.</summary>
    internal string[]? KwNames;
    public bool Finished;
    /// <summary>
    /// True when a return from this frame needs more than ReturnInline's plain path: a generator's
    /// frame, an inline __init__ or __op__ frame (InitSelf), a frame that escaped or has FrameExtra
    /// (not reused), or one no function owns. Set wherever one of those is set; Reset recomputes
    /// it. The plain return tests this one field instead of five.
    /// </summary>
    internal bool Special = true;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict? locals)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        StackBase = code.NLocals + code.NCells;
        Slots = new Slot[StackBase + code.StackSize];
        Sp = StackBase;
    }
}

/// <summary>
/// The two fields the eval loop writes most: Ip (before every instruction) and Sp (around every
/// call), in a base class of their own so that they are the first fields of a Frame (offsets 8 and
/// 12). Field layout places a class's references before its ints, and Frame has 15 of them: as
/// Frame's own fields Ip and Sp sat past offset 0x7F, where every store to them takes a 4-byte
/// displacement instead of a 1-byte one (3 bytes more per store, one of them in the dispatch block
/// every instruction runs; docs/performance.md, "dispatch ... eighth session"). A base class's
/// fields come before the derived class's, whatever the derived class adds.
/// </summary>
public abstract class FrameState : PyObject
{
    /// <summary>The next instruction to run (while the loop runs: the one it runs, see Loop's dispatch).</summary>
    public int Ip;
    /// <summary>The value stack's top (an index into Frame.Slots), written back when the loop leaves or calls.</summary>
    public int Sp;
}

/// <summary>
/// One slot of a frame: a struct around the reference, so that storing into the slot array needs
/// no array-covariance type check (a PyObject[] store must verify the element type at run time).
/// </summary>
public struct Slot
{
    public PyObject? V;
}

/// <summary>Per-thread interpreter state: the frame chain, recursion depth, the handled exception.</summary>
public sealed partial class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;
    public static ThreadState Current => t_current ??= new ThreadState();

    /// <summary><see cref="Current"/> inlined into a caller that runs once per item (NextFromNative:
    /// sum/list/sorted over a generator): the thread-local read without a call.</summary>
    internal static ThreadState CurrentInlined
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => t_current ?? CreateCurrent();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ThreadState CreateCurrent() => t_current ??= new ThreadState();

    public Frame? Frame;
    public int Depth;
    /// <summary>Nested Execute invocations (C# stack in use); inline calls do not count here.</summary>
    internal int NativeDepth;
    public int RecursionLimit = 1000;
    /// <summary>The exception being handled in the top entry of the exception-state chain (CPython's
    /// tstate->exc_info->exc_value): the thread's own, or while a generator or coroutine runs, that
    /// generator's (its gi_exc_state). PUSH_EXC_INFO saves it and POP_EXCEPT restores it; null when
    /// that entry handles nothing. What sys.exc_info() reports is <see cref="CurrentHandled"/>.</summary>
    public PyBaseException? Handled;
    /// <summary>While a generator or coroutine runs: what its resumer was handling (the first
    /// non-null entry of the chain below the generator's, CPython's _PyErr_GetTopmostException
    /// past the top entry); null otherwise. Saved and restored by every resume.</summary>
    public PyBaseException? HandledBelow;
    /// <summary>The exception being handled as sys.exc_info(), a new exception's __context__ and a
    /// bare `raise` see it: the top entry's, or when that handles nothing, its resumer's.</summary>
    public PyBaseException? CurrentHandled => Handled ?? HandledBelow;
    /// <summary>
    /// Work another thread asks this interpreter thread to do at its next safe point (CPython's
    /// "eval breaker"): one word of <see cref="PendingWork"/> bits, polled by the loop where it
    /// already pauses (back edges, after calls) with a single load and compare.
    /// </summary>
    internal volatile int Pending;
    internal bool RunningFinalizers;
    internal readonly System.Collections.Concurrent.ConcurrentQueue<Finalizable> Finalizers = new();
}
