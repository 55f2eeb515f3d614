using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// FOR_ITER over a generator, SEND to one (`yield from`), next(generator) and generator.send(v) in the untraced loop copy
// resume the generator's frame inside the same Loop invocation (CPython 3.12's FOR_ITER_GEN and
// SEND_GEN), as an inline call: no Resume -> Execute -> Run -> LoopCatching -> Loop chain per item.
// YIELD_VALUE in such a frame pops back to the resuming instruction with the value, RETURN_VALUE
// ends the for loop / finishes the SEND / makes next raise StopIteration, and an exception leaving
// the frame goes on in the caller's handler search (Unwind). Each step does what PyGenerator.Resume,
// ResumeGenerator and Execute do around a recursive resume: the running flag, the generator's
// exception state, the frame chain and depth, the entry/return markers. The steps are small methods
// inlined into the three entry points (ResumeInline/SendInline, YieldInline, ReturnInlineGenerator):
// a yield through a `yield from` chain passes every level, so each level's resume and yield is one
// call, not five or six.
public static partial class Interpreter
{
    /// <summary>
    /// Makes generator <paramref name="g"/>'s frame current on top of <paramref name="caller"/>
    /// (whose stack, of depth <paramref name="sp"/>, ends with the generator at its FOR_ITER, or
    /// with next and the generator at its CALL of next: that stack stays as it is while the
    /// generator runs and its yield replaces both; when it returns instead, the caller runs the
    /// CALL again on the recursive path, which raises the StopIteration carrying the value left
    /// in PyGenerator.InlineReturn), or returns null when the resume takes the ordinary recursive
    /// path: the generator running or finished, a tracer or the line marker attached, or the
    /// recursion limit reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? ResumeInline(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        if (ResumeMarkersWatched()) return ResumeInlineMarked(caller, ts, g, sp);
        if (!CanResumeInlineUnmarked(ts, g, PyNone.Instance)) return null;
        caller.Sp = sp;
        return StartInlineAs(caller, ts, g, PyNone.Instance, marked: false);
    }

    /// <summary>ResumeInline while a tracer watches the line marker (it then declines) or function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? ResumeInlineMarked(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        if (!CanResumeInline(ts, g, PyNone.Instance)) return null;
        caller.Sp = sp;
        return StartInlineAs(caller, ts, g, PyNone.Instance, marked: true);
    }

    /// <summary>
    /// Whether a tracer watches the line marker or function__entry: an inline resume asks first and
    /// leaves for its marked twin (MarkedCallLeaves in Interpreter.InlineCalls.cs), which declines
    /// for the line marker and fires the entry marker. One pair query (CallMarkersEnabled: one
    /// 32-bit read of the two neighbouring semaphores), where two flags or-ed cost two loads, two
    /// compares, two conditional moves and the or's test on every resume.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ResumeMarkersWatched()
    {
        bool watched = false;
        Probes.Probes.CallMarkersEnabled(ref watched);
        return watched;
    }

    /// <summary>next(g) resumes g inline (ResumeInline) unless next(g=...) is to raise its
    /// TypeError or the cfunction markers are to report the call of next.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? NextInline(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        return traced || caller.KwNames is not null ? null : ResumeInline(caller, ts, g, sp);
    }

    /// <summary>generator.send's method descriptor: CALL_METHOD 1 of it resumes the generator inline.</summary>
    internal static PyMethodDescriptor? GeneratorSendDescriptor;

    /// <summary>
    /// g.send(v) (CALL_METHOD 1 of <see cref="GeneratorSendDescriptor"/> with g as self; the caller's
    /// stack ends [.., send, g, v]): v goes to the generator's frame, which becomes current as in
    /// ResumeInline, unless keyword names, a cfunction marker or CanResumeInline say otherwise (the
    /// call then takes CallAt, which raises the errors). Its yield replaces send and g (DeliverYield);
    /// its return puts a None back where v was and leaves the instruction to run again on the
    /// recursive path, which raises StopIteration with the value (GeneratorReturned).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? SendMethodInline(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced || caller.KwNames is not null) return null;
        if (ResumeMarkersWatched()) return SendInlineMarked(caller, ts, g, sp);
        return SendInlineAs(caller, ts, g, sp, marked: false);
    }

    /// <summary>
    /// SEND (`yield from`) to generator <paramref name="g"/>: the caller's stack ends [.., g, value];
    /// the value goes to the generator's frame, which becomes current as in ResumeInline. Its yield
    /// comes back to the caller's SEND as SendStep would deliver it, its return jumps to the exit.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? SendInline(Frame caller, ThreadState ts, PyGenerator g, int sp)
    {
        if (ResumeMarkersWatched()) return SendInlineMarked(caller, ts, g, sp);
        return SendInlineAs(caller, ts, g, sp, marked: false);
    }

    /// <summary>SendInline (and SendMethodInline's resume) while a tracer watches the line marker
    /// (it then declines) or function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? SendInlineMarked(Frame caller, ThreadState ts, PyGenerator g, int sp)
        => SendInlineAs(caller, ts, g, sp, marked: true);

    /// <summary>The value at the caller's stack top goes to g, whose frame becomes current;
    /// <paramref name="marked"/> (a constant at each use) as StartInlineAs's, and with it the line
    /// marker's query.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame? SendInlineAs(Frame caller, ThreadState ts, PyGenerator g, int sp, bool marked)
    {
        var s = caller.Slots;
        var v = s[sp - 1].V!;
        if (!(marked ? CanResumeInline(ts, g, v) : CanResumeInlineUnmarked(ts, g, v))) return null;
        s[sp - 1].V = null;
        caller.Sp = sp - 1;
        return StartInlineAs(caller, ts, g, v, marked);
    }

    /// <summary>Whether <paramref name="g"/> can be resumed inline with <paramref name="sent"/>:
    /// not running or finished, no pending throw, no value sent to a just-started generator (the
    /// recursive path raises that TypeError), and CanRunInline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanResumeInline(ThreadState ts, PyGenerator g, PyObject sent)
    {
        return CanResumeInlineUnmarked(ts, g, sent) && !LineWatched();
    }

    /// <summary>CanResumeInline without the line marker's query, for the levels of a `yield from`
    /// chain below one that asked it (DelegateInline): nothing runs between them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanResumeInlineUnmarked(ThreadState ts, PyGenerator g, PyObject sent)
    {
        var frame = g.Frame;
        return !g.Running && !frame.Finished && frame.PendingThrow is null
            && (g.Started || sent is PyNone) && CanRunInlineUnmarked(ts);
    }

    /// <summary>Resumes g's frame inline: what PyGenerator.Resume and ResumeGenerator do around a
    /// recursive resume, then the frame becomes current. With function__entry watched the marked
    /// twin does it: a test whose set branch leaves, so the disabled guard falls through
    /// (MarkedCallLeaves in Interpreter.InlineCalls.cs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame StartInline(Frame caller, ThreadState ts, PyGenerator g, PyObject sent)
    {
        bool marked = false;
        Probes.Probes.FunctionEntryEnabled(ref marked);
        if (marked) return StartInlineMarked(caller, ts, g, sent);
        return StartInlineAs(caller, ts, g, sent, marked: false);
    }

    /// <summary>StartInline while a tracer watches function__entry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame StartInlineMarked(Frame caller, ThreadState ts, PyGenerator g, PyObject sent)
        => StartInlineAs(caller, ts, g, sent, marked: true);

    /// <summary>StartInline's body; <paramref name="marked"/> (a constant at each use) says whether
    /// the entry marker's guard is compiled in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame StartInlineAs(Frame caller, ThreadState ts, PyGenerator g, PyObject sent, bool marked)
    {
        var frame = g.Frame;
        // g suspended in a `yield from` (its next instruction the JUMP_BACKWARD to a SEND whose
        // receiver is a generator that can resume inline too): DelegateInline goes down the chain.
        if (g.Started && (Op)(frame.Code.Code[frame.Ip] & 0xFF) == Op.JumpBackward)
            return marked ? DelegateInlineMarked(caller, ts, g, sent) : DelegateInline(caller, ts, g, sent);
        g.Running = true;
        g.InlineRunning = true;
        if (g.Started) PushSent(frame, sent);
        g.Started = true;
        SaveOuterHandled(ts, g);
        return MakeCurrentAs(caller, ts, frame, marked);
    }

    /// <summary>
    /// Resumes started generator <paramref name="g"/>, suspended at a JUMP_BACKWARD, with
    /// <paramref name="sent"/>, and goes down its `yield from` chain: while the current level's
    /// JUMP_BACKWARD leads to a SEND whose receiver (the top of its stack) is a PyGenerator, that
    /// level is made current as StartInline does with its Ip at the SEND (where the loop's
    /// JUMP_BACKWARD would put it, and where SendInline keeps it while the receiver runs), and the
    /// receiver, when CanResumeInline, is resumed in its place: what the loop would do by pushing
    /// the value, dispatching JUMP_BACKWARD and SEND, and popping the value again in SendInline
    /// (CPython 3.12's SEND_GEN, without the two dispatches per level). A receiver that cannot
    /// resume inline (running: `yield from` itself, finished, a pending throw, the recursion limit)
    /// gets the value pushed back, and the loop runs that level's SEND on its usual path. Every level
    /// gets its running flag, exception state, depth and entry marker in the same order as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame DelegateInline(Frame caller, ThreadState ts, PyGenerator g, PyObject sent)
        => DelegateInlineAs(caller, ts, g, sent, marked: false);

    /// <summary>DelegateInline while a tracer watches function__entry (StartInline asked).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame DelegateInlineMarked(Frame caller, ThreadState ts, PyGenerator g, PyObject sent)
        => DelegateInlineAs(caller, ts, g, sent, marked: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame DelegateInlineAs(Frame caller, ThreadState ts, PyGenerator g, PyObject sent, bool marked)
    {
        while (true)
        {
            var frame = g.Frame;
            g.Running = true;
            g.InlineRunning = true;
            SaveOuterHandled(ts, g);
            if (g.Started)
            {
                var words = frame.Code.Code;
                int jump = words[frame.Ip];
                if ((Op)(jump & 0xFF) == Op.JumpBackward && (Op)(words[jump >> 8] & 0xFF) == Op.Send
                    && frame.Slots[frame.Sp - 1].V is PyGenerator inner)
                {
                    caller = MakeCurrentAs(caller, ts, frame, marked);   // its entry marker reports the yield's line, as on the loop's path
                    frame.Ip = jump >> 8;
                    if (CanResumeInlineUnmarked(ts, inner, sent)) { g = inner; continue; }   // the first level asked the line marker
                    frame.Slots[frame.Sp++].V = sent;   // the SEND runs in the loop
                    return frame;
                }
                PushSent(frame, sent);
            }
            g.Started = true;
            return MakeCurrentAs(caller, ts, frame, marked);
        }
    }

    /// <summary>The value sent to a started generator resumed inline becomes its yield's result: pushed
    /// on its stack, unless it is None and the instruction after the yield is POP_TOP (`yield x` as
    /// a statement: every resume by `for`, next(), sum(), list() ...), which would pop it at once;
    /// the frame then goes on after the POP_TOP, with no push, no store barrier and no dispatch.
    /// Nothing can see the frame between (no line or opcode event: an inline resume runs the
    /// untraced loop copy, and POP_TOP is on the yield's line).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PushSent(Frame frame, PyObject sent)
    {
        if (sent is PyNone && (Op)(frame.Code.Code[frame.Ip] & 0xFF) == Op.PopTop) frame.Ip++;
        else frame.Slots[frame.Sp++].V = sent;
    }

    /// <summary>A generator resumed inline keeps the caller's exception state in its OuterHandled and
    /// OuterBelow (null whenever it is not running inline) and puts its own in front: <see
    /// cref="EnterExcState"/> with the generator's fields written out, not passed by reference (a
    /// store through a reference to a field is a checked write-barrier call and an address
    /// computation: callgrind, generators.py 20000, YieldInline +8 %, ResumeInline +2 % that way).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SaveOuterHandled(ThreadState ts, PyGenerator g)
    {
        var outer = ts.Handled;
        if (outer is not null)
        {
            g.OuterHandled = outer;
            var below = ts.HandledBelow;
            if (below is not null) g.OuterBelow = below;
            ts.HandledBelow = outer;
        }
        var own = g.SavedHandled;
        if (!ReferenceEquals(own, outer)) ts.Handled = own;
    }

    /// <summary>The generator of inline frame <paramref name="f"/> stops running (it yielded,
    /// returned or raised): its exception state is saved and the caller's restored (<see
    /// cref="LeaveExcState"/> on the generator's fields, written out as in SaveOuterHandled).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SuspendInline(Frame f, ThreadState ts, PyGenerator g)
    {
        var cur = ts.Handled;
        var own = f.Finished ? null : cur;
        if (!ReferenceEquals(own, g.SavedHandled)) g.SavedHandled = own;
        var outer = g.OuterHandled;
        if (!ReferenceEquals(cur, outer)) ts.Handled = outer;
        if (outer is not null)
        {
            var below = g.OuterBelow;
            ts.HandledBelow = below;
            g.OuterHandled = null;
            if (below is not null) g.OuterBelow = null;
        }
        g.Running = false;
        g.InlineRunning = false;
    }

    /// <summary>
    /// A generator's exception state put in front of its resumer's, CPython's gi_exc_state pushed
    /// on the chain: ts.Handled becomes the generator's own (<paramref name="own"/>), ts.HandledBelow
    /// what the resumer handles; the resumer's two are kept in <paramref name="outer"/> and
    /// <paramref name="below"/>, locals of the resume that must be null on entry (ResumeGenerator,
    /// NextFromNative; the inline resume keeps them in the generator: SaveOuterHandled). References are stored only
    /// when they change: most resumes happen outside any `except` block, with all of them null,
    /// and store nothing (each store is a write-barrier call). <see cref="LeaveExcState"/> undoes it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterExcState(ThreadState ts, PyBaseException? own, ref PyBaseException? outer, ref PyBaseException? below)
    {
        var o = ts.Handled;
        if (o is not null)
        {
            // ts.HandledBelow changes only when the resumer handles something itself.
            outer = o;
            var b = ts.HandledBelow;
            if (b is not null) below = b;
            ts.HandledBelow = o;
        }
        if (!ReferenceEquals(own, o)) ts.Handled = own;
    }

    /// <summary>The generator stops running (<paramref name="finished"/> when it returned or raised):
    /// what it handles now is saved in <paramref name="saved"/> (null once finished), the resumer's
    /// state from <see cref="EnterExcState"/> is restored, and <paramref name="outer"/> and
    /// <paramref name="below"/> are null again; each reference stored only when it changes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LeaveExcState(ThreadState ts, bool finished, ref PyBaseException? saved, ref PyBaseException? outer, ref PyBaseException? below)
    {
        var cur = ts.Handled;
        var own = finished ? null : cur;
        if (!ReferenceEquals(own, saved)) saved = own;
        var o = outer;
        if (!ReferenceEquals(cur, o)) ts.Handled = o;
        if (o is not null)
        {
            var b = below;   // ts.HandledBelow was o while the generator ran
            ts.HandledBelow = b;
            outer = null;
            if (b is not null) below = null;
        }
    }

    /// <summary>YIELD_VALUE in an inline generator frame: back to the caller's FOR_ITER, SEND or
    /// CALL of next, whose result <paramref name="r"/> is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame YieldInline(Frame f, ThreadState ts, PyObject r)
    {
        while (true)
        {
            var g = f.Generator!;
            if (g.Sink is { } sink) return SinkYield(f, ts, g, sink, r);
            var caller = PopInline(f, ts);
            // `yield from` up a chain: the caller is a generator frame resumed inline (InlineRunning:
            // not the entry frame of a loop, whose YIELD_VALUE returns from that loop) at a SEND
            // followed by YIELD_VALUE. The SEND would push r and the YIELD_VALUE pop it and yield it
            // from the caller, which is what the next turn does, without the two dispatches.
            if (caller.Generator is { InlineRunning: true })
            {
                var words = caller.Code.Code;
                int ip = caller.Ip;
                if ((Op)(words[ip] & 0xFF) == Op.Send && ip + 1 < words.Length && (Op)(words[ip + 1] & 0xFF) == Op.YieldValue)
                {
                    SuspendInline(f, ts, g);
                    g.AfterYield();
                    caller.Ip = ip + 2;
                    f = caller;
                    continue;
                }
            }
            InlineGeneratorStopped(f, caller, ts, r, intoStore: true);
            return caller;
        }
    }

    /// <summary>
    /// Inline generator frame <paramref name="f"/>, already popped, stopped with <paramref name="r"/>:
    /// it yielded r (f not finished) or returned r (f finished). Its generator stops running and
    /// the caller's FOR_ITER, SEND or CALL of next at caller.Ip gets r as the recursive path would
    /// deliver it. YIELD_VALUE (YieldInline), RETURN_VALUE (ReturnInlineGenerator) and a frame
    /// finished on the recursive path after a mode switch (FinishInlineFrames) all end here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void InlineGeneratorStopped(Frame f, Frame caller, ThreadState ts, PyObject r, bool intoStore = false)
    {
        var g = f.Generator!;
        SuspendInline(f, ts, g);
        if (f.Finished)
        {
            GeneratorReturned(caller, g, r);
            LetGoFinished(f, g);
        }
        else
        {
            g.AfterYield();
            DeliverYield(caller, r, intoStore);
        }
    }

    /// <summary>The inline generator the caller's instruction at caller.Ip resumed yielded
    /// <paramref name="r"/>: it becomes the instruction's result and the caller goes on after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DeliverYield(Frame caller, PyObject r, bool intoStore)
    {
        var s = caller.Slots;
        var words = caller.Code.Code;
        int ip = caller.Ip;
        var op = (Op)(words[ip] & 0xFF);
        if (op is Op.Call or Op.CallMethod)
        {
            s[--caller.Sp].V = null;   // next(g), g.send(v): the result replaces next and g, send and g
            s[caller.Sp - 1].V = r;
        }
        // FOR_ITER STORE_FAST (`for x in gen:`), as the untraced loop copy runs it for other
        // iterators: the item goes straight to the loop variable and the caller goes on after the
        // store. Only from YieldInline (the caller then runs in the untraced copy); a caller that
        // goes on in the traced copy after a mode switch dispatches its STORE_FAST itself.
        else if (intoStore && op == Op.ForIter && (Op)(words[ip + 1] & 0xFF) == Op.StoreFast)
        {
            s[words[ip + 1] >> 8].V = r;
            caller.Ip = ip + 2;
            return;
        }
        else s[caller.Sp++].V = r;   // FOR_ITER, SEND: pushed above the iterator
        caller.Ip = ip + 1;
    }

    /// <summary>RETURN_VALUE in an inline generator frame: the caller's instruction gets the
    /// return value <paramref name="r"/> as the recursive path would deliver it.</summary>
    private static Frame ReturnInlineGenerator(Frame f, ThreadState ts, PyObject r)
    {
        if (f.Generator!.Sink is { } sink) return SinkReturned(f, ts, f.Generator, sink);
        var caller = PopInline(f, ts);
        InlineGeneratorStopped(f, caller, ts, r);
        return caller;
    }

    /// <summary>The caller's FOR_ITER at caller.Ip found its iterator exhausted: pop it, jump past the loop.</summary>
    private static void ForIterExhausted(Frame caller)
    {
        caller.Slots[--caller.Sp].V = null;
        caller.Ip = caller.Code.Code[caller.Ip] >> 8;
    }

    /// <summary>
    /// Generator <paramref name="g"/>, resumed inline by the caller's instruction at caller.Ip,
    /// returned <paramref name="r"/>: FOR_ITER is exhausted (the value dropped as FOR_ITER drops
    /// it), SEND's result is the value, and next(g) runs again to raise StopIteration(r).
    /// </summary>
    private static void GeneratorReturned(Frame caller, PyGenerator g, PyObject r)
    {
        int word = caller.Code.Code[caller.Ip];
        switch ((Op)(word & 0xFF))
        {
            case Op.Send:
                caller.Slots[caller.Sp - 1].V = r;
                caller.Ip = word >> 8;
                break;
            case Op.Call:
                g.InlineReturn = r;
                break;
            case Op.CallMethod:
                g.InlineReturn = r;
                caller.Slots[caller.Sp++].V = PyNone.Instance;   // g.send(v) runs again on the recursive path
                break;
            default:
                ForIterExhausted(caller);
                break;
        }
    }

    /// <summary>
    /// Generator <paramref name="g"/> returned to the caller's instruction: its frame lets go of
    /// its locals, or, when that instruction alone held the generator and has just dropped it
    /// (PyGenerator.Recyclable), frame and generator become a spare of their function, which its
    /// next call reuses (NewFrame, NewGeneratorObject): `for x in gen()` and `yield from gen()`
    /// allocate no frame, Slot[] or generator object once warm.
    /// </summary>
    private static void LetGoFinished(Frame f, PyGenerator g)
    {
        if (g.Recyclable && !f.Escaped && f.Extra is null && f.Owner is not null)
        {
            g.ResetForReuse();
            Recycle(f);
        }
        else f.ReleaseFinished();
    }

    /// <summary>
    /// Exception <paramref name="e"/> leaves inline generator frame <paramref name="f"/> (already
    /// finished by HandleException): the generator stops, and a StopIteration becomes the
    /// RuntimeError PyGenerator.Resume raises for it. Returns the exception that goes on.
    /// </summary>
    private static PyBaseException LeaveInlineGenerator(Frame f, ThreadState ts, PyBaseException e)
    {
        f.Generator!.Sink = null;
        SuspendInline(f, ts, f.Generator);
        return e.Type.IsSubtypeOf(TypeObjects.StopIteration) ? PyGenerator.StopIterationEscaped(e).Value : e;
    }
}
