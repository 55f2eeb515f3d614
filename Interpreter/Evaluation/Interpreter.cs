using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Probes;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>Selects a specialised copy of the eval loop. The JIT compiles Run&lt;TMode&gt; once per
/// mode struct, and in the untraced copy `TMode.Lines` is the constant false, so the line-marker
/// site is not there at all.</summary>
public interface ITraceMode { static abstract bool Lines { get; } }
public struct Untraced : ITraceMode { public static bool Lines => false; }
public struct LineTraced : ITraceMode { public static bool Lines => true; }

/// <summary>The ceval-style eval loop and the call machinery around it.</summary>
public static partial class Interpreter
{
    /// <summary>Returned by Run when the line marker's semaphore changed: resume in the other copy.</summary>
    private static readonly PyObject ModeSwitch = new PyCell();
    /// <summary>Loop's result when it left only to be called again (PendingWork.ReenterLoop).</summary>
    private static readonly PyObject Reentry = new PyCell();

    // ------------------------------------------------------------------ calls

    public static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        CallFunction(f, args, kwnames, ThreadState.Current);

    /// <summary>The eval loop's call path: the thread state is passed down instead of read from TLS.</summary>
    internal static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, string[]? kwnames, ThreadState ts)
    {
        var frame = NewFrame(f);
        if (kwnames is null && f.IsSimple && args.Length == f.Code.ArgCount)
        {
            var dst = frame.Slots;
            for (int i = 0; i < args.Length; i++) dst[i].V = args[i];
        }
        else BindArguments(f, frame, args, kwnames, null);
        return RunFrame(f, frame, ts);
    }

    /// <summary>`callable(arg)` from C# code that calls one callable many times (sort and min/max
    /// key functions): a plain Python function of one parameter gets its frame with the argument
    /// stored directly (no argument span, no Ops.Call dispatch) and runs with the thread state the
    /// caller read once; anything else goes through Ops.Call.</summary>
    public static PyObject CallOne(PyObject callable, PyObject arg, ThreadState ts)
    {
        if (callable is PyFunction f && f.IsSimple && f.Code.ArgCount == 1)
        {
            var frame = NewFrame(f);
            frame.Slots[0].V = arg;
            return RunFrame(f, frame, ts);
        }
        return Ops.Call(callable, arg);
    }

    public static PyObject CallFunctionWithSelf(PyFunction f, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var frame = NewFrame(f);
        if (kwnames is null && f.IsSimple && args.Length + 1 == f.Code.ArgCount)
        {
            var slots = frame.Slots;
            slots[0].V = self;
            for (int i = 0; i < args.Length; i++) slots[i + 1].V = args[i];
        }
        else BindArguments(f, frame, args, kwnames, self);
        return RunFrame(f, frame, ThreadState.Current);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame NewFrame(PyFunction f)
    {
        var code = f.Code;
        Frame frame;
        int n = f.SpareCount - 1;
        // The spare frames (Frame.Reuse.cs), the last one returned on top. Taking one leaves its
        // entry as it is (see Recycle: the frame usually comes back to the same entry). A spare is
        // always of the function's current code (SpareCodeInvariant), so its code is not compared:
        // that load was the end of the push's longest chain of dependent loads (pf, SpareFrames,
        // the entry, the frame, its Code) and the place most of PushInline's samples fell.
        if (n >= 0 && f.SpareFrames![n].F is { } spare)
        {
            frame = spare;
            f.SpareCount = n;
            // Free variables only, their cells in place (Frame.ClearKeepingFree): nothing to do.
            if (code.NCells > 0 && (code.NCells != code.NFree || frame.Slots[code.NLocals].V is null)) InitSpareCells(frame, f.Closure);
            return frame;
        }
        frame = AllocateFrame(f);
        if (code.NCells > 0) InitCells(frame, f.Closure);
        return frame;
    }

    /// <summary>InitCells of a frame from the function's own spare frames: the free variables'
    /// slots still hold the closure's cells when the frame was reset by ResetPlain (which keeps
    /// them: Frame.ClearKeepingFree), so they are copied only when the first is empty (a frame
    /// reset by Reset). Fresh cells for the cell variables, as always.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InitSpareCells(Frame frame, PyCell[]? closure)
    {
        var code = frame.Code;
        var slots = frame.Slots;
        int at = code.NLocals;
        int ncell = code.CellVars.Length;
        for (int i = 0; i < ncell; i++) slots[at + i].V = new PyCell();
        if (closure is { Length: > 0 } && slots[at + ncell].V is null)
        {
            at += ncell;
            for (int i = 0; i < closure.Length; i++) slots[at + i].V = closure[i];
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame AllocateFrame(PyFunction f)
    {
        var code = f.Code;
        // The code's spare frame: a finished frame of another function of the same code and globals
        // (the comprehension of the previous call); it becomes this function's.
        if (code.SpareFrame is { } cs && ReferenceEquals(cs.Globals, f.Globals) && ReferenceEquals(cs.Builtins, f.BuiltinsDict))
        {
            code.SpareFrame = null;
            cs.Owner = f;
            return cs;
        }
        // A generator's frame comes back to its function's spares only with its generator object
        // (LetGoFinished), which NewGeneratorObject then reuses.
        return new Frame(code, f.Globals, f.BuiltinsDict, null) { Owner = f, Special = false };
    }

    /// <summary>Fresh cells for the frame's cell variables, then the closure's cells for its free variables.</summary>
    /// <remarks>The slot array, the first free slot and the counts are read once, before the first
    /// barrier call (the loops reloaded frame.Slots, CellVars and its length around every store).
    /// Array element stores, not a span's: through a byref the JIT calls the checked barrier
    /// (RhpCheckedAssignRef), which tests the destination first.</remarks>
    private static void InitCells(Frame frame, PyCell[]? closure)
    {
        var code = frame.Code;
        var slots = frame.Slots;
        int at = code.NLocals;
        int ncell = code.CellVars.Length;
        for (int i = 0; i < ncell; i++) slots[at + i].V = new PyCell();
        if (closure is not null)
        {
            at += ncell;
            for (int i = 0; i < closure.Length; i++) slots[at + i].V = closure[i];
        }
    }

    private static PyObject RunFrame(PyFunction f, Frame frame, ThreadState ts)
    {
        var code = f.Code;
        if (code.CellArgSlot.Length > 0) MoveCellArgs(code, frame.Slots);
        if (code.IsGenerator) return NewGeneratorObject(f, frame, ts);
        var r = Execute(frame, ts);
        Recycle(frame);
        return r;
    }

    /// <summary>Runs a module or class body with a name mapping.</summary>
    public static PyObject RunCode(CodeObject code, PyDict globals, PyDict? locals, PyCell[]? closure = null)
    {
        var frame = new Frame(code, globals, PyFunction.BuiltinsFromGlobals(globals), locals);
        if (code.NCells > 0) InitCells(frame, closure);
        return Execute(frame);
    }

    /// <summary>Runs a suspended frame. Its own exception state (what it handles where it yielded:
    /// CPython's gi_exc_state) is the top entry of the chain while it runs, in front of the
    /// resumer's (<see cref="ThreadState.HandledBelow"/>), and is saved again when it stops.</summary>
    internal static PyObject ResumeGenerator(Frame frame, PyBaseException? thrown, ref PyBaseException? savedHandled)
    {
        frame.PendingThrow = thrown;
        var ts = ThreadState.Current;
        PyBaseException? outer = null, below = null;
        EnterExcState(ts, savedHandled, ref outer, ref below);
        try
        {
            return Execute(frame, ts);
        }
        finally
        {
            LeaveExcState(ts, frame.Finished, ref savedHandled, ref outer, ref below);
        }
    }

    /// <summary>Enters a frame: recursion check, frame chain, the entry/return markers, the loop.</summary>
    public static PyObject Execute(Frame f) => Execute(f, ThreadState.Current);

    /// <remarks>Always inlined into its callers on the call path (CallAt, CallFunction, RunFrame): left
    /// to the JIT's budget it was inlined in plain builds only, where the marker sites add no IL, so
    /// the instrumented build paid one more call frame per Python call than the plain one.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject Execute(Frame f, ThreadState ts)
    {
        // function__entry or __return watched: the marked twin (MarkedCallLeaves in
        // Interpreter.InlineCalls.cs). One pair read: the two semaphores are neighbours (EntryOrReturnEnabled).
        bool watched = false;
        Probes.Probes.EntryOrReturnEnabled(ref watched);
        if (watched) return ExecuteMarked(f, ts);
        return ExecuteAs(f, ts, marked: false);
    }

    /// <summary>Execute while a tracer watches function__entry or function__return.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject ExecuteMarked(Frame f, ThreadState ts) => ExecuteAs(f, ts, marked: true);

    /// <summary>Execute's body; <paramref name="marked"/> (a constant at each use) says whether the
    /// entry and return markers' guards are compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject ExecuteAs(Frame f, ThreadState ts, bool marked)
    {
        if (ts.Depth >= ts.RecursionLimit) throw Errors.RecursionError("maximum recursion depth exceeded");
        // The runtime's stack probe reads the thread through TLS; a few Python frames fit easily
        // in the margin it keeps, so it runs at every fourth nested Execute only (inline calls
        // count in Depth but take no C# stack: NativeDepth counts the frames that do).
        if ((ts.NativeDepth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Errors.RecursionError("maximum recursion depth exceeded");
        int depth = ts.Depth++;
        ts.NativeDepth++;
#if DEBUG
        var back = ts.Frame;
#endif
        f.Back = ts.Frame;
        ts.Frame = f;
        if (marked) Probes.Probes.FunctionEntry(f);
        try
        {
            if (ts.Hooked) return ExecuteHooked(f, ts, entering: true);
            bool lines = false;
            Probes.Probes.LineEnabled(ref lines);
            var r = lines ? Run<LineTraced>(f, ts) : Run<Untraced>(f, ts);
            return ReferenceEquals(r, ModeSwitch) ? ContinueAfterSwitch(f, ts, !lines) : r;
        }
        finally
        {
            if (marked) Probes.Probes.FunctionReturn(f);
#if DEBUG
            FrameChainChecks.BackUnchanged(f, back);
#endif
            ts.Frame = f.Back;
            // Absolute, not a decrement: inline frames a .NET error left on the chain are dropped too.
            ts.Depth = depth;
            ts.NativeDepth--;
        }
    }

    /// <summary>The rest of a frame after its loop switched copies (a tracer or the line marker
    /// attached or left while it ran), in the copy <paramref name="lines"/> selects.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject ContinueAfterSwitch(Frame f, ThreadState ts, bool lines)
    {
        while (true)
        {
            // sys.settrace/setprofile called while this frame ran: its remaining events from here.
            if (ts.Hooked) { f.LastLine = LastLineForSwitch(f); return ExecuteHooked(f, ts, entering: false); }
            var r = lines ? Run<LineTraced>(f, ts) : Run<Untraced>(f, ts);
            if (!ReferenceEquals(r, ModeSwitch)) return r;
            lines = !lines;
        }
    }
}
