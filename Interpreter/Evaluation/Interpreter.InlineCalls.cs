using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// Python-to-Python calls in the untraced loop copy run in the same Loop invocation (CPython 3.11's
// inlined calls): CALL pushes the callee frame and the loop switches to it, RETURN_VALUE pops back
// to the caller, and an exception with no handler in an inline frame unwinds to the caller's
// handler search without a .NET throw. Each Run invocation has an entry frame; the inline frames
// above it are exactly the ts.Frame chain from the current frame down to the entry.
public static partial class Interpreter
{
    /// <summary>
    /// Sets up the callee frame of a call from the untraced loop and makes it current, or returns
    /// null when the call takes the ordinary recursive path: generators and coroutines (their frames
    /// live in their objects), a tracer or the line marker attached (the callee must start in the
    /// traced copy with its 'call' event), or the recursion limit reached (the recursive path raises
    /// the RecursionError). Arguments are slots [first, sp) of the caller's stack; the caller's
    /// slots from <paramref name="fn"/> up are cleared and its stack ends at fn, where the result
    /// goes. A binding error is thrown with the caller current, as CallFunction throws it.
    /// </summary>
    /// <remarks>
    /// Six parameters, every one in a register (System V passes six): the caller's slots are read
    /// from it, the count is sp - first, and a bound method's self has its own entry point
    /// (<see cref="PushInlineBound"/>), so that CALL of a function and CALL_METHOD, which never pass
    /// a self here (CALL_METHOD's self is in the slot before the arguments), pay neither a stack
    /// parameter nor the self tests. The exact-arguments call (CPython 3.11's CALL_PY_EXACT_ARGS) is
    /// decided by one compare of the code's ExactArgs with the count; the arguments then move into
    /// the frame with the caller's slots cleared in the same pass. Everything else goes through
    /// PushInlineGeneral (binding, cells, generators).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInline(Frame caller, ThreadState ts, PyFunction pf, int fn, int first, int sp)
    {
        var code = pf.Code;
        if (code.ExactArgs != sp - first || caller.KwNames is not null)
            return PushInlineGeneral(caller, ts, pf, null, fn, first, sp);
        if (!CanRunInlineUnmarked(ts)) return null;
        // The line marker or function__entry watched: the general path fires the entry marker
        // (or declines, for the line marker). The set branch leaves the method, so a disabled
        // guard is a branch not taken (see MarkedCallLeaves). One pair query: the two semaphores
        // are read with one load and one compare (CallMarkersEnabled).
        bool watched = false;
        Probes.Probes.CallMarkersEnabled(ref watched);
        if (watched) return PushInlineGeneral(caller, ts, pf, null, fn, first, sp);
        // `return self.a` / `return self.a is None`: the result without a frame (GetterCall). The
        // branch leaves the method, so that other calls fall through its one compare.
        if (code.Getter != Compiling.CodeObject.GetterNone) return GetterCallOrPush(caller, ts, pf, fn, first, sp);
        var frame = NewFrame(pf);
        // The arguments move by reference, without bounds tests: [first, sp) lies in the caller's
        // stack (the loop's sp), and the frame's slots hold at least its code's NLocals >= ExactArgs
        // (a spare frame is of pf's current code: SpareCodeInvariant in Frame.Reuse.cs). Slots
        // [fn, first) are the callable and, for CALL_METHOD without a self, a slot that is null
        // already: only fn is cleared.
        ref Slot src = ref MemoryMarshal.GetArrayDataReference(caller.Slots);
        Unsafe.Add(ref src, fn).V = null;
        src = ref Unsafe.Add(ref src, first);
        int n = code.ExactArgs;
        // The frame is made current before the arguments move (nothing between can raise or read
        // them), so that only the frame and the loop's own values are live across the barrier
        // calls of the argument loop: with caller, ts and fn live there too the loop kept its
        // index, count and frame on the stack, reloaded around every barrier.
        caller.Sp = fn;
        MakeCurrentUnmarked(caller, ts, frame);
        ref Slot dst = ref MemoryMarshal.GetArrayDataReference(frame.Slots);
        for (int i = 0; i < n; i++)
        {
            Unsafe.Add(ref dst, i).V = Unsafe.Add(ref src, i).V;
            Unsafe.Add(ref src, i).V = null;
        }
        return frame;
    }

    /// <summary>PushInline of a bound method's function: <paramref name="self"/> goes first, the
    /// arguments are slots [fn + 1, sp) and the method object at fn is cleared.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInlineBound(Frame caller, ThreadState ts, PyFunction pf, PyObject self, int fn, int sp)
    {
        // Asked first, with every argument in its register (as PushInit does: MarkedCallLeaves).
        // One query (see LineWatched) and a call block of its own: shared with the general call
        // below, or with the line marker's query or-ed in, the JIT laid the marked call out
        // inline (a taken `je` over it on every call).
        bool marked = false;
        Probes.Probes.FunctionEntryEnabled(ref marked);
        if (marked) return PushInlineGeneralMarked(caller, ts, pf, self, fn, fn + 1, sp);
        var code = pf.Code;
        if (code.ExactArgs != sp - fn || caller.KwNames is not null)
            return PushInlineGeneral(caller, ts, pf, self, fn, fn + 1, sp);
        if (!CanRunInlineUnmarked(ts) || LineWatched()) return null;
        var frame = NewFrame(pf);
        // By reference, as in PushInline: ExactArgs = sp - fn >= 1 (self and the arguments).
        ref Slot src = ref MemoryMarshal.GetArrayDataReference(caller.Slots);
        src = ref Unsafe.Add(ref src, fn);
        src.V = null;
        src = ref Unsafe.Add(ref src, 1);
        int n = code.ExactArgs - 1;
        caller.Sp = fn;
        MakeCurrentUnmarked(caller, ts, frame);   // first, as in PushInline
        ref Slot dst = ref MemoryMarshal.GetArrayDataReference(frame.Slots);
        dst.V = self;
        dst = ref Unsafe.Add(ref dst, 1);
        for (int i = 0; i < n; i++)
        {
            Unsafe.Add(ref dst, i).V = Unsafe.Add(ref src, i).V;
            Unsafe.Add(ref src, i).V = null;
        }
        return frame;
    }

    /// <summary>PushInline's calls that bind (keywords, defaults, *args, **kwargs), have cells
    /// among their arguments, are generators or coroutines, or whose code is new.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInlineGeneral(Frame caller, ThreadState ts, PyFunction pf, PyObject? self, int fn, int first, int sp)
    {
        // function__entry watched: the marked twin (MarkedCallLeaves). One query: see LineWatched.
        bool marked = false;
        Probes.Probes.FunctionEntryEnabled(ref marked);
        if (marked) return PushInlineGeneralMarked(caller, ts, pf, self, fn, first, sp);
        return PushInlineGeneralAs(caller, ts, pf, self, fn, first, sp, marked: false);
    }

    /// <summary>PushInlineGeneral while a tracer watches function__entry; also the marked branch of
    /// PushInline and PushInlineBound (with the line marker watched, every one declines).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInlineGeneralMarked(Frame caller, ThreadState ts, PyFunction pf, PyObject? self, int fn, int first, int sp)
        => PushInlineGeneralAs(caller, ts, pf, self, fn, first, sp, marked: true);

    /// <summary>PushInlineGeneral's body; <paramref name="marked"/> (a constant at each use) says
    /// whether the entry marker's guard is compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? PushInlineGeneralAs(Frame caller, ThreadState ts, PyFunction pf, PyObject? self, int fn, int first, int sp, bool marked)
    {
        if (pf.Code.ExactArgs == Compiling.CodeObject.ExactArgsUnknown) pf.Code.ComputeExactArgs();
        if (pf.Code.IsGenerator || !CanRunInlineUnmarked(ts) || LineWatched()) return null;
        return EnterInline(caller, ts, pf, self, caller.Slots, fn, first, sp - first, sp, entryMarker: marked);
    }

    /// <summary>Whether a frame may be pushed inline now: no tracer or line marker attached (the
    /// callee must start in the traced copy) and the recursion limit not reached (the recursive path
    /// raises the RecursionError).</summary>
    /// <remarks>The helpers of an inline push and pop are AggressiveInlining: left to ILC's budget,
    /// the instrumented build (whose marker guards add IL) kept CanRunInline, EnterInline, Enter,
    /// MakeCurrent and PopInline as separate calls, so a call paid five more call frames there
    /// than in the plain build.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanRunInline(ThreadState ts)
    {
        if (!CanRunInlineUnmarked(ts)) return false;
        bool lines = false;
        Probes.Probes.LineEnabled(ref lines);
        return !lines;
    }

    /// <summary>CanRunInline without the line marker's poll, for callers that asked
    /// CallMarkersEnabled first (see MakeCurrentUnmarked's MarkedCallLeaves).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanRunInlineUnmarked(ThreadState ts) => !ts.Hooked && ts.Depth < ts.RecursionLimit;

    /// <summary>Whether a tracer watches the line marker, for `if (LineWatched()) return null;` in a
    /// path that already asked its other markers: one semaphore test whose set branch leaves. (A
    /// second query or-ed into a marker flag is jump-threaded by the JIT: the first query's set
    /// edge goes straight to the marked call, which is then laid out inline with a taken `je`
    /// over it; CanRunInline's `return !lines` materialises the flag with `sete` and a `jmp`.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LineWatched()
    {
        bool lines = false;
        Probes.Probes.LineEnabled(ref lines);
        return lines;
    }

    /// <summary>The second half of PushInline, once the call is known to go inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame EnterInline(Frame caller, ThreadState ts, PyFunction pf, PyObject? self, Slot[] s, int fn, int first, int count, int sp, bool entryMarker = true)
    {
        var code = pf.Code;
        var kw = caller.KwNames;
        caller.KwNames = null;
        var frame = NewFrame(pf);
        var dst = frame.Slots;
        if (kw is null && pf.IsSimple && count + (self is null ? 0 : 1) == code.ArgCount)
        {
            int d = 0;
            if (self is not null) dst[d++].V = self;
            for (int i = 0; i < count; i++) dst[d++].V = s[first + i].V;
        }
        else BindArguments(pf, frame, ArgSpan(s, first, count), kw, self);
        return Enter(caller, ts, frame, s, fn, sp, entryMarker);
    }

    /// <summary>Makes a bound callee frame current: the caller's stack from <paramref name="fn"/> up
    /// is cleared and ends at fn, where the callee's result goes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame Enter(Frame caller, ThreadState ts, Frame frame, Slot[] s, int fn, int sp, bool entryMarker = true)
    {
        var code = frame.Code;
        if (code.CellArgSlot.Length > 0) MoveCellArgs(code, frame.Slots);
        for (int i = fn; i < sp; i++) s[i].V = null;
        caller.Sp = fn;
        MakeCurrentUnmarked(caller, ts, frame);
        if (entryMarker) Probes.Probes.FunctionEntry(frame);
        return frame;
    }

    /// <summary>Makes <paramref name="frame"/> current on top of <paramref name="caller"/>: one level
    /// deeper, the frame chain, the entry marker.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame MakeCurrent(Frame caller, ThreadState ts, Frame frame)
    {
        MakeCurrentUnmarked(caller, ts, frame);
        Probes.Probes.FunctionEntry(frame);
        return frame;
    }

    /// <summary>MakeCurrent when <paramref name="marked"/> (a constant at each use: the marked twin
    /// of a path that asked its markers first), else MakeCurrentUnmarked; for a generator's frame
    /// resumed inline (its only callers, in Interpreter.InlineGenerators.cs). A suspended frame keeps
    /// the Back its last resume gave it (LeaveInlineUnmarked does not clear it), and most generators
    /// are resumed by the same frame every time (a for loop, sum(), the next level of a pipeline):
    /// Back is stored only when it changes, one write-barrier call less per resume.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame MakeCurrentAs(Frame caller, ThreadState ts, Frame frame, bool marked)
    {
        FrameChainChecks.IsCurrent(ts, caller, "MakeCurrent");
        ts.Depth++;
        if (!ReferenceEquals(frame.Back, caller)) frame.Back = caller;
        ts.Frame = frame;
        if (marked) Probes.Probes.FunctionEntry(frame);
        return frame;
    }

    /// <summary>MakeCurrent without the entry marker, for callers that asked CallMarkersEnabled
    /// first and found function__entry off.</summary>
    /// <remarks>
    /// <para><b>MarkedCallLeaves.</b> The exact-arguments push (PushInline, PushInlineBound) and the
    /// plain return (ReturnInline) test their markers' semaphores first, in a test whose set
    /// branch returns from the method (to PushInlineGeneral, ReturnInlineSpecial), instead of the
    /// guards inside MakeCurrent and the frame's exit. The JIT lays out a guard whose enabled block
    /// rejoins the method (`if (on) Fire(); rest`) with the call block inline and the disabled
    /// path jumping over it: a taken branch per guard, three per Python call (line, entry,
    /// return), where the plain build has straight-line code. A set branch that leaves the
    /// method is laid out at the end: the disabled guard falls through.</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MakeCurrentUnmarked(Frame caller, ThreadState ts, Frame frame)
    {
        FrameChainChecks.IsCurrent(ts, caller, "MakeCurrent");
        ts.Depth++;
        frame.Back = caller;
        ts.Frame = frame;
    }

    /// <summary>An inline frame was left by an exception or finished on the recursive path: the
    /// exit half of Execute, with instance__new__done for an inline __init__ frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame PopInline(Frame f, ThreadState ts)
    {
        // Its markers watched: the marked twin fires them (MarkedCallLeaves). Every inline
        // generator's yield and return and every frame an exception leaves come here.
        // One pair query (function__return and instance__new__done are neighbours in markers.c):
        // one load and compare of both. As two tests it was 116 instructions per n of
        // generators.py against the plain build's 67 (callgrind, twenty-second session); or-ed
        // flags set a register with `cmovne` and tested it again (26 per pop against 12).
        bool watched = false;
        Probes.Probes.ExitMarkersEnabled(ref watched);
        if (watched) return PopInlineMarked(f, ts);
        return LeaveInlineUnmarked(f, ts);
    }

    /// <summary>PopInline while a tracer watches function__return or instance__new__done.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame PopInlineMarked(Frame f, ThreadState ts)
    {
        MarkInlineExit(f);
        return LeaveInlineUnmarked(f, ts);
    }

    /// <summary>The markers of an inline frame's exit, for the marked twins PopInlineMarked and
    /// ReturnInlineMarked: function__return, then an inline __init__ frame's instance__new__done
    /// (InitSelf and InitType are set together by PushInit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MarkInlineExit(Frame f)
    {
        Probes.Probes.FunctionReturn(f);
        if (f.InitType is not null) Probes.Probes.InstanceNewDone(f.InitType);
    }

    /// <summary>What every exit of an inline frame does: the frame chain one level shorter. Its
    /// markers are asked first by each path (PopInline, ReturnInline, ReturnInlineSpecial) and fired
    /// by their marked twins (MarkInlineExit; see MakeCurrentUnmarked's MarkedCallLeaves).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame LeaveInlineUnmarked(Frame f, ThreadState ts)
    {
        FrameChainChecks.IsCurrent(ts, f, "LeaveInline");
        var caller = f.Back!;
        ts.Frame = caller;
        ts.Depth--;
        return caller;
    }

    /// <summary>
    /// Finds the handler for an exception raised in the current frame of a Run whose entry frame is
    /// <paramref name="entry"/>: inline frames without one are left (each gets its traceback entry,
    /// as at a frame boundary of the recursive path) and the search goes on in their callers at the
    /// call instruction. Returns the frame that continues; throws when the entry frame has none.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame Unwind(Frame entry, Frame f, ThreadState ts, PyBaseException e)
    {
        while (true)
        {
            var left = HandleException(f, ts, e);
            if (left is null) return f;
            if (ReferenceEquals(f, entry)) throw new PyException(left);
            e = f.Generator is null ? left : LeaveInlineGenerator(f, ts, left);
            // A frame left without a caller would be a broken chain (see ChainBroken): the search goes
            // on in the entry frame, so the exception still comes out as a Python exception.
            f = f.Back is null ? ChainBroken(entry, ts) : PopInline(f, ts);
        }
    }

    /// <summary>
    /// The frame chain is broken: ts.Frame is missing, or a frame being left has no caller, before
    /// the entry frame of the Run was reached (a bug: the DEBUG build throws FrameChainBroken here
    /// and checks the whole chain each time an exception comes back to Run). The Release build drops
    /// the inline frames above the entry frame (as Execute drops those a .NET error leaves) and the
    /// exception goes on in the entry frame, so it still comes out as a Python exception instead
    /// of a NullReferenceException of the host. Only the null tests are on the exception and
    /// re-entry paths, no walk of the chain.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame ChainBroken(Frame entry, ThreadState ts)
    {
        FrameChainChecks.Reaches(ts, entry);
        ts.Frame = entry;
        return entry;
    }

    /// <summary>RETURN_VALUE in an inline frame: pops it and pushes the result on its caller's
    /// stack, past the caller's CALL; a STORE_FAST right after the CALL (`total = add(total, i)`)
    /// takes the result into its local here instead, and the caller goes on past it.</summary>
    /// <remarks>Only the untraced loop returns here and it switches to the caller without a mode
    /// test (SwitchFrame), so the STORE_FAST would have run untraced, without an event of its own:
    /// the same local, one stack store (a write barrier), its clearing and a dispatch fewer. The
    /// CALL is never a code's last instruction.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame ReturnInline(Frame f, ThreadState ts, PyObject r)
    {
        if (f.Special) return ReturnInlineSpecial(f, ts, r);
        // function__return watched: the special path fires it (see MarkedCallLeaves).
        bool marked = false;
        Probes.Probes.FunctionReturnEnabled(ref marked);
        if (marked) return ReturnInlineSpecial(f, ts, r);
        // A plain frame: no generator, no InitSelf, an owner, not escaped, no FrameExtra.
        var caller = LeaveInlineUnmarked(f, ts);
        int at = caller.Ip + 1;
        int w = Fetch(caller.Code.Instructions, at);
        if ((w & 0xFF) == (int)Compiling.Op.StoreFast)
        {
            caller.Slots[w >> 8].V = r;
            caller.Ip = at + 1;
        }
        else
        {
            caller.Slots[caller.Sp++].V = r;
            caller.Ip = at;
        }
        RecyclePlain(f.Owner!, f);
        return caller;
    }

    /// <summary>ReturnInline of a frame with <see cref="Frame.Special"/> set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame ReturnInlineSpecial(Frame f, ThreadState ts, PyObject r)
    {
        if (f.Generator is not null) return ReturnInlineGenerator(f, ts, r);
        // function__return or instance__new__done watched: the marked path fires them (see
        // MarkedCallLeaves: the set branch leaves, so the disabled guards fall through).
        // One pair query (ExitMarkersEnabled), as PopInline.
        bool watched = false;
        Probes.Probes.ExitMarkersEnabled(ref watched);
        if (watched) return ReturnInlineMarked(f, ts, r);
        return FinishSpecialReturn(f, ts, r);
    }

    /// <summary>ReturnInlineSpecial of a frame that is not a generator's while function__return or
    /// instance__new__done is watched: the return marker, an inline __init__ frame's
    /// instance__new__done (InitSelf and InitType are set together by PushInit), then the same
    /// return.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame ReturnInlineMarked(Frame f, ThreadState ts, PyObject r)
    {
        MarkInlineExit(f);
        return FinishSpecialReturn(f, ts, r);
    }

    /// <summary>The return of a frame with <see cref="Frame.Special"/> set that is not a
    /// generator's, its markers done: an inline __init__ or __op__ frame hands its caller what
    /// InitResult makes of <paramref name="r"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame FinishSpecialReturn(Frame f, ThreadState ts, PyObject r)
    {
        var caller = LeaveInlineUnmarked(f, ts);
        if (f.InitSelf is not null) r = InitResult(f, r);
        caller.Slots[caller.Sp++].V = r;
        caller.Ip++;
        Recycle(f);
        return caller;
    }

    /// <summary>
    /// The untraced loop returned ModeSwitch in an inline frame (a tracer or the line marker
    /// attached while it ran): every inline frame finishes on the recursive path, innermost first,
    /// each continuing in the copy Execute would choose after a switch and its result (or
    /// exception) delivered to its caller. Returns ModeSwitch for the entry frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject FinishInlineFrames(Frame entry, ThreadState ts)
    {
        var f = ts.Frame!;
        while (!ReferenceEquals(f, entry))
        {
            PyObject? r = null;
            PyBaseException? e = null;
            if (f.Generator is { } fg) fg.InlineRunning = false;   // f is now the entry frame of the loop that finishes it
            try { r = ContinueAfterSwitch(f, ts, lines: true); }
            catch (PyException x) { e = x.Value; }
            var caller = PopInline(f, ts);
            if (e is null && f.Generator is { Sink: { } sink } sg)
            {
                // A generator a consumer (sum, list, ...) ran inline: the rest is consumed on the recursive path.
                e = SinkAfterSwitch(f, caller, ts, sg, sink, r!);
                if (e is null)
                {
                    caller.LastLine = -1;
                    f = caller;
                    continue;
                }
            }
            else if (f.Generator is not null)
            {
                // A generator resumed inline by its caller's FOR_ITER, SEND or next: it yielded, returned or raised.
                if (e is not null) { f.Finished = true; e = LeaveInlineGenerator(f, ts, e); }
                else
                {
                    InlineGeneratorStopped(f, caller, ts, r!);
                    caller.LastLine = -1;
                    f = caller;
                    continue;
                }
            }
            else if (e is null && f.InitSelf is not null)
            {
                try { r = InitResult(f, r!); }
                catch (PyException x) { e = x.Value; }
            }
            if (e is null)
            {
                caller.Slots[caller.Sp++].V = r;
                caller.Ip++;   // past its CALL
                caller.LastLine = -1;
                f = caller;
                continue;
            }
            // The exception continues in the caller at its CALL; the frames it leaves are popped here.
            f = Unwind(entry, caller, ts, e);
            f.LastLine = -1;
        }
        return ModeSwitch;
    }

    /// <summary>Arguments captured by closures start in their cells.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MoveCellArgs(Compiling.CodeObject code, Slot[] slots)
    {
        for (int i = 0; i < code.CellArgSlot.Length; i++)
        {
            int s = code.CellArgSlot[i];
            if (s >= 0) { ((PyCell)slots[code.NLocals + i].V!).Value = slots[s].V; slots[s].V = null; }
        }
    }
}
