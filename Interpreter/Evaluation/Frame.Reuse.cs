using Herthon.Runtime;

namespace Herthon.Evaluation;

// Frame reuse (CPython <= 3.10's "zombie frame", here a short stack of them, as CPython 3.11 reuses
// its per-thread data stack): a function keeps the frames of its finished calls, unless they
// escaped, and its next calls start in them instead of allocating a Frame and a Slot[]. A stack,
// not one frame: a recursive function's call tree (fib) makes a call right after a call as often
// as after a return, and with one spare half its calls allocated. A frame escapes when a reference to it reaches anything that can outlive the call:
// a traceback entry, sys._getframe, f_back, a trace or signal handler's frame argument, a locals
// snapshot or f_trace (FrameExtra). Through f_back an escaped frame reaches its callers, so they
// escape with it. Escaped frames are never reused: whoever holds one sees its locals and f_lineno
// as they were when it finished.
public sealed partial class Frame
{
    /// <summary>A reference to this frame was handed out (see Escape); it is never reused.</summary>
    internal bool Escaped;
    /// <summary>The function whose finished frame this may become (frames NewFrame made for it).</summary>
    internal PyFunction? Owner;

    /// <summary>Marks this frame and the callers its f_back chain reaches as escaped; returns it.</summary>
    internal Frame Escape()
    {
        // An escaped frame's callers escaped with it: the walk stops there, except at a generator's
        // frame, whose f_back is a different caller on every resume.
        for (var f = this; f is not null; f = f.Back)
        {
            if (f.Escaped && f.Generator is null) break;
            if (!f.Escaped && f.Owner is { } owner) Interpreter.ForgetSpare(owner, f);
            f.Escaped = true;
            f.Special = true;
        }
        return this;
    }

    /// <summary>gi_frame, cr_frame, ag_frame: the frame handed out escapes (its locals outlive its
    /// return); a suspended one has no callers to mark, its Back is from an earlier resume.</summary>
    internal Frame EscapeGeneratorFrame()
    {
        if (IsExecuting) return Escape();
        Escaped = true;
        Special = true;
        return this;
    }

    /// <summary>
    /// A generator's or coroutine's frame returned: its locals, cells and caller are let go, as
    /// CPython clears a finished generator's frame, so that what only they held can be collected
    /// while the generator object lives on (gi_frame is None from now on). A frame that escaped
    /// (a traceback, sys._getframe, gi_frame, a tracer) keeps them: its holder can still read
    /// f_locals, as CPython's frame object takes ownership of the locals then.
    /// </summary>
    internal void ReleaseFinished()
    {
        if (Escaped) return;
        FrameChainChecks.NotRunning(this, "ReleaseFinished");
        new System.Span<Slot>(Slots).Clear();
        Back = null;
    }

    /// <summary>Reset of a frame without <see cref="Special"/> set: PendingThrow (generators'),
    /// InitSelf, InitType and BinaryRight (set only with Special) are null already.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void ResetPlain()
    {
        FrameChainChecks.NotRunning(this, "Reset");
        int nfree = Code.NFree;
        if (nfree == 0) new System.Span<Slot>(Slots).Clear();
        else ClearKeepingFree(nfree);
        Ip = 0;
        Sp = StackBase;
        Back = null;
        LastLine = 0;
        KwNames = null;
        Finished = false;
    }

    /// <summary>
    /// ResetPlain's clear of a closure's frame: every slot but the free variables' (the last
    /// <paramref name="nfree"/> before StackBase), which keep the closure's cells. A frame reset
    /// here goes back to its Owner's spare frames, and every frame taken from there is of the
    /// owner's current code (SpareCodeInvariant) and runs with the owner's closure, which never
    /// changes (`__closure__` is read-only): NewFrame finds the cells in place and does not copy
    /// them again (InitSpareCells). Every other reset (Reset: generators, frames given to the
    /// code's SpareFrame for another function) clears them.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ClearKeepingFree(int nfree)
    {
        // Element stores, not Span.Clear: a closure's frame is small (bump's has four slots), and
        // the two clears' calls cost more than the stores (null needs no write barrier).
        var slots = Slots;
        int free = StackBase - nfree;
        for (int i = 0; i < free; i++) slots[i].V = null;
        for (int i = StackBase; i < slots.Length; i++) slots[i].V = null;
    }

    /// <summary>Back to the state of a new frame of the same code.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reset()
    {
        FrameChainChecks.NotRunning(this, "Reset");
        // Span's Clear, not Array.Clear(Array): no element-type dispatch for a Slot[].
        new System.Span<Slot>(Slots).Clear();
        Ip = 0;
        Sp = StackBase;
        Back = null;
        LastLine = 0;
        KwNames = null;
        Finished = false;
        PendingThrow = null;
        InitSelf = null;
        InitType = null;
        BinaryRight = null;
        Special = Generator is not null;   // Recycle reuses no escaped frame, none with FrameExtra, none without an owner
        // No marker id here: function__entry gives a starting frame a fresh one (Frame.Probes.cs).
    }
}

public static partial class Interpreter
{
    /// <summary>Spare frames a function keeps at most: the depth of recursion whose calls allocate nothing.</summary>
    private const int MaxSpareFrames = 64;

    /// <summary>A returned frame of <see cref="Frame.Owner"/> becomes one of its function's spare
    /// frames, cleared as a new one would be, unless it escaped.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Recycle(Frame f)
    {
        if (f.Owner is not { } owner) return;
        if (f.Escaped || f.Extra is not null) { ForgetSpare(owner, f); return; }
        // A frame of a replaced __code__ (SpareCodeInvariant): DropSpares emptied the entries.
        if (!ReferenceEquals(f.Code, owner.Code)) return;
        var spares = owner.SpareFrames;
        int n = owner.SpareCount;
        if (spares is null || n == spares.Length)
        {
            spares = GrowSpareFrames(owner, f);
            if (spares is null) return;
        }
        f.Reset();
        // Usually the entry still holds f: NewFrame took it from there and left it (a call tree
        // takes and returns a function's frames in stack order). The store is skipped then, and
        // with it its GC write barrier, one per call.
        if (!ReferenceEquals(spares[n].F, f)) spares[n].F = f;
        owner.SpareCount = n + 1;
    }

    /// <summary>Recycle of a frame without <see cref="Frame.Special"/>: owned, not escaped, no
    /// FrameExtra, no generator or InitSelf, so Reset's stores of the fields only those set are
    /// left out.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void RecyclePlain(PyFunction owner, Frame f)
    {
        if (!ReferenceEquals(f.Code, owner.Code)) return;   // see Recycle
        var spares = owner.SpareFrames;
        int n = owner.SpareCount;
        if (spares is null || n == spares.Length)
        {
            spares = GrowSpareFrames(owner, f);
            if (spares is null) return;
        }
        f.ResetPlain();
        if (!ReferenceEquals(spares[n].F, f)) spares[n].F = f;
        owner.SpareCount = n + 1;
    }

    /// <summary>
    /// <para><b>SpareCodeInvariant.</b> Every frame in a function's spare entries (SpareFrames,
    /// at any index) has the function's current <see cref="PyFunction.Code"/>, so NewFrame takes
    /// the top spare without comparing codes and PushInline moves the arguments without a bounds
    /// test (a frame's slots hold at least its code's NLocals). Kept by the one place that assigns
    /// a function's code (`__code__ =`, which calls this and empties every entry: frames taken
    /// from them and still running are let go when they finish), and by Recycle and RecyclePlain,
    /// which keep no frame whose code is not its owner's (a call that was running when
    /// `__code__` was replaced). The code's own SpareFrame is keyed by the code.</para>
    /// </summary>
    internal static void DropSpares(PyFunction f)
    {
        if (f.SpareFrames is { } spares) System.Array.Clear(spares);
        f.SpareCount = 0;
    }

    /// <summary>
    /// Drops <paramref name="f"/>, a frame that will not be reused (it escaped or has FrameExtra),
    /// from the entries of its function's spare frames above SpareCount: taken frames stay in the
    /// entries they were taken from, and one that is not coming back must not be kept alive there
    /// (with its locals) after its last holder let go of it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static void ForgetSpare(PyFunction owner, Frame f)
    {
        var spares = owner.SpareFrames;
        if (spares is null) return;
        for (int i = owner.SpareCount; i < spares.Length; i++)
            if (ReferenceEquals(spares[i].F, f)) spares[i].F = null;
    }

    /// <summary>Room for one more spare frame of <paramref name="owner"/>, or null when <paramref
    /// name="f"/> is not kept there: at the limit, or when it went to its code's SpareFrame instead.</summary>
    /// <remarks>A function's first finished frame goes to the code's slot if that is empty: a
    /// comprehension, lambda or closure made per call is a new function each time, and its one frame
    /// then serves the next function of the same code (AllocateFrame takes it). The frame lets go of
    /// its owner there, so a finished function (and what its closure holds) is not kept alive by it.
    /// A function called again uses its own SpareFrames from its second return on. A generator's
    /// frame comes here with its generator object (LetGoFinished: a generator expression that a
    /// `for` or `yield from` alone held), which NewGeneratorObject then reuses for the next
    /// function's call, as it does for a frame from the function's own spares.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static SpareFrame[]? GrowSpareFrames(PyFunction owner, Frame f)
    {
        var old = owner.SpareFrames;
        var code = f.Code;
        if (old is null && !owner.CodeSpareUsed && code.SpareFrame is null)
        {
            owner.CodeSpareUsed = true;
            f.Reset();
            f.Owner = null;
            code.SpareFrame = f;
            return null;
        }
        if (old is not null && old.Length >= MaxSpareFrames) return null;
        var spares = new SpareFrame[old is null ? 1 : old.Length * 4];
        old?.CopyTo(spares, 0);
        return owner.SpareFrames = spares;
    }
}

/// <summary>One entry of a function's spare frames: a struct, so that the array store needs no covariance check.</summary>
internal struct SpareFrame
{
    public Frame? F;
}
