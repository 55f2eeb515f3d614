using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public sealed partial class Frame
{
    /// <summary>An exception to raise at the resume point (generator.throw / close).</summary>
    internal PyBaseException? PendingThrow;
}

public static partial class Interpreter
{
    /// <summary>
    /// Runs a frame until it returns, yields or switches loop copies. Exceptions raised inside the
    /// loop come back as `pending`; those thrown by C# code are caught here, outside the hot loop,
    /// so the loop's locals stay in registers (a try region would pin them to memory). In the
    /// untraced copy the loop may be in an inline callee of <paramref name="entry"/> (ts.Frame)
    /// when an exception comes back: Unwind finds the handler across the inline frames.
    /// </summary>
    private static PyObject Run<TMode>(Frame entry, ThreadState ts) where TMode : struct, ITraceMode
    {
        var f = entry;
        PyBaseException? pending = f.PendingThrow;
        f.PendingThrow = null;
        if (pending is not null)
        {
            var instrs = f.Code.Code;
            int ip = f.Ip, sp = f.Sp;
            if (ip > 0 && ip < instrs.Length && (Op)(instrs[ip - 1] & 0xFF) == Op.YieldValue
                && (Op)(instrs[ip] & 0xFF) == Op.JumpBackward && (Op)(instrs[instrs[ip] >> 8] & 0xFF) == Op.Send)
            {
                // Suspended inside `yield from`: the thrown exception goes to the sub-iterator first.
                pending = ThrowIntoSubIterator(f, pending, ref ip, ref sp);
                f.Sp = sp;
                f.Ip = pending is null ? ip : ip - 1;
                if (pending is not null) ThrownContext(pending, ts);
            }
            else
            {
                f.Ip = ip > 0 ? ip - 1 : 0;   // raised at the YIELD_VALUE it was suspended on
                ThrownContext(pending, ts);
            }
        }
        while (true)
        {
            if (pending is not null)
            {
                FrameChainChecks.Reaches(ts, entry);
                f = TMode.Lines ? entry : ts.Frame ?? ChainBroken(entry, ts);
                f = Unwind(entry, f, ts, pending);   // throws when the entry frame has no handler
                pending = null;
            }
            var r = LoopCatching<TMode>(Take(ref f), entry, ts, out pending);
            if (pending is null)
            {
                // A tracer attached while an inline callee ran: the callees finish on the recursive path.
                if (!TMode.Lines && ReferenceEquals(r, ModeSwitch) && !ReferenceEquals(ts.Frame, entry)) return FinishInlineFrames(entry, ts);
                // The JIT may have a newer Loop: call it again, in the (inline) frame that left.
                if (ReferenceEquals(r, Reentry)) { f = TMode.Lines ? entry : ts.Frame ?? ChainBroken(entry, ts); continue; }
                return r!;
            }
        }
    }

    /// <summary>
    /// Loop, with the exceptions C# code throws turned into `pending`. A method of its own, not part
    /// of Run: with inline calls one Run can last the whole program, and a caught exception left in
    /// a local of Run's frame would keep its traceback (and through f_back every frame of the chain,
    /// with their locals) reachable long after the handler finished, out of gc.collect()'s reach.
    /// This frame ends with the catch.
    /// </summary>
    /// <summary>Hands the frame over and clears the variable: Run's frame outlives every loop it starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame Take(ref Frame f) { var x = f; f = null!; return x; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoopCatching<TMode>(Frame f, Frame entry, ThreadState ts, out PyBaseException? pending) where TMode : struct, ITraceMode
    {
        try
        {
            return Loop<TMode>(f, entry, ts, out pending);
        }
        catch (PyException e)
        {
            pending = e.Value;
        }
        catch (InsufficientExecutionStackException)
        {
            pending = Errors.RecursionError("maximum recursion depth exceeded").Value;
        }
        catch (OutOfMemoryException)
        {
            pending = Errors.MemoryError("").Value;
        }
        catch (Exception ex) when (ex is InvalidCastException or IndexOutOfRangeException or NullReferenceException or ArgumentException or InvalidOperationException or OverflowException or FormatException or KeyNotFoundException)
        {
            pending = Errors.Make(TypeObjects.SystemError, $"internal error in Herthon: {ex.GetType().Name}: {ex.Message}").Value;
        }
        return null;
    }

    /// <summary>
    /// An exception appeared at instruction f.Ip: record the traceback entry and implicit context,
    /// then continue at the innermost handler with the stack cut to its depth and return null — or,
    /// with no handler in this frame, clear the frame and return the exception (a trace function
    /// may have replaced it) to leave by.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? HandleException(Frame f, ThreadState ts, PyBaseException e)
    {
        // exception__raise watched: the marked twin fires it first. A test whose set branch leaves,
        // so the disabled guard falls through (MarkedCallLeaves in Interpreter.InlineCalls.cs).
        bool marked = false;
        Probes.Probes.ExceptionRaiseEnabled(ref marked);
        if (marked) return HandleExceptionMarked(f, ts, e);
        return FindHandler(f, ts, e);
    }

    /// <summary>HandleException while a tracer watches exception__raise.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? HandleExceptionMarked(Frame f, ThreadState ts, PyBaseException e)
    {
        Probes.Probes.ExceptionRaise(f, f.Ip, e);
        return FindHandler(f, ts, e);
    }

    /// <summary>HandleException after its marker: the traceback entry, the context, the handler.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyBaseException? FindHandler(Frame f, ThreadState ts, PyBaseException e)
    {
        var code = f.Code;
        var s = f.Slots;
        int at = f.Ip;
        if (!ReferenceEquals(e.LastTbFrame, f))
        {
            e.Traceback = new PyTraceback(f, at, e.Traceback);
            e.LastTbFrame = f;
        }
        if (ts.Hooked) e = TraceException(f, ts, e, at);
        if (!e.ContextAttached)
        {
            e.ContextAttached = true;
            var h = ts.CurrentHandled;
            if (h is not null && !ReferenceEquals(h, e) && e.Context is null) e.Context = h;
        }
        var table = code.ExceptionTable;
        int handler = -1, depth = 0;
        for (int i = 0; i < table.Length; i++)
        {
            var en = table[i];
            if (at >= en.Start && at < en.End) { handler = en.Handler; depth = en.Depth; }
        }
        f.KwNames = null;
        if (code.HadLoopOwned) ReleaseLoopOwned(f, f.StackBase + (handler < 0 ? 0 : depth));
        if (handler < 0)
        {
            f.Ip = at + 1;
            for (int i = f.StackBase; i < s.Length; i++) s[i].V = null;
            f.Sp = f.StackBase;
            f.Finished = true;
            return e;
        }
        int newSp = f.StackBase + depth;
        for (int i = newSp; i < s.Length; i++) s[i].V = null;
        s[newSp].V = e;
        f.Sp = newSp + 1;
        f.Ip = handler;
        return null;
    }

    /// <summary>Back edges and calls an invocation of the untraced Loop runs before it returns Reentry.</summary>
    private const int ReentryPolls = 1 << 14;

    /// <summary>The eval loop proper: one switch over opcodes, no exception handling inside.</summary>
    private static PyObject? Loop<TMode>(Frame f, Frame entry, ThreadState ts, out PyBaseException? pendingOut) where TMode : struct, ITraceMode
    {
        var code = f.Code;
        nint instrs = code.Instructions;
        PyObject[] consts = code.Constants;
        PyStr[] names = code.Names;
        Slot[] s = f.Slots;
        int nlocals = code.NLocals;
        int ip = f.Ip;
        int sp = f.Sp;
        int lastIp = ip;
        int reentry = ReentryPolls;
        PyObject? ba = null, bb = null;   // BINARY_OP's operands (label Binary)
        PyBaseException? pending = null;   // a local, not the out parameter: a byref kept in a register across the loop is spilled at every dispatch (the jump table takes its register)
        {
            {
                while (true)
                {
                    f.Ip = ip;   // the instruction an exception thrown by C# code is reported at
                    if (TMode.Lines)
                    {
                        // A line event when execution reaches a new source line, or jumps backward
                        // (a loop's back edge re-fires its header), as CPython's line tracing does;
                        // not the back edge to a `yield from`'s SEND (CPython 3.11's maybe_call_line_trace).
                        int line = code.LineTable[ip];
                        if (!code.NoLineEvent[ip])
                        {
                            if (line != f.LastLine || (ip < lastIp && (Fetch(instrs, ip) & 0xFF) != (int)Op.Send))
                            {
                                int prevLine = f.LastLine;
                                f.LastLine = line;
                                Probes.Probes.Line(f, line);
                                if (ts.Hooked && (pending = TraceLine(f, ts, ip, line, prevLine)) is not null) { ip++; goto Raise; }
                            }
                            lastIp = ip;
                        }
                        if (OpcodeTracedFrames != 0 && ts.Hooked && (pending = TraceOpcode(f, ts, ip)) is not null) { ip++; goto Raise; }
                    }
                    int word = Fetch(instrs, ip++);
                    int arg = word >> 8;
                    switch ((Op)(word & 0xFF))
                    {
                        case Op.Nop:
                            break;
                        case Op.LoadFast:
                            bb = s[arg].V;
                            if (bb is null) { pending = UnboundLocal(code, arg); goto Raise; }
                        LoadFused:
                            // LOAD_FAST's value, or LOAD_DEREF's (which comes here too), in bb.
                            {
                                var v = bb;
                                // LOAD_FAST LOAD_FAST and LOAD_FAST LOAD_CONST (CPython's superinstructions):
                                // the second without a dispatch. Untraced copy only: the traced one sees
                                // every instruction.
                                if (!TMode.Lines)
                                {
                                    int nx = Fetch(instrs, ip);
                                    PyObject? w;
                                    // What follows decides which fused forms can apply: tests on its opcode grouped by
                                    // range and ordered by how often they hit (the two loads that make a pair, then
                                    // BINARY_OP), so that an instruction no form takes (CALL, LOAD_METHOD, SWAP, ...)
                                    // passes five tests, not every form's. A switch (a jump table) was measured: its
                                    // dispatch cost more than the first tests here (docs/performance.md, pair13).
                                    int op = nx & 0xFF;
                                    if (op == (int)Op.LoadFast)
                                    {
                                        ip++;
                                        w = s[nx >> 8].V;
                                        if (w is null) { pending = UnboundLocal(code, nx >> 8); goto Raise; }
                                        goto Pair;
                                    }
                                    if (op == (int)Op.LoadConst) { ip++; w = consts[nx >> 8]; goto Pair; }
                                    if (op == (int)Op.BinaryOp || op == (int)Op.InplaceOp)
                                    {
                                        // LOAD_FAST BINARY_OP: the left operand is on the stack.
                                        ba = s[--sp].V;
                                        bb = v;
                                        word = nx;
                                        goto FusedBinary;
                                    }
                                    if (op < (int)Op.BinaryOp)
                                    {
                                        // LOAD_FAST LOAD_ATTR on the site's instance value (`self.x`): the
                                        // instance never reaches the stack, one dispatch for both.
                                        if (op == (int)Op.LoadAttr)
                                        {
                                            if (InstanceValueHit(code, ip, v) is { } av)
                                            {
                                                // ... and LOAD_FAST LOAD_ATTR BINARY_OP (`p.x + p.y`, `a.x * b.x`): the
                                                // attribute is the right operand, the left one comes off the stack.
                                                nx = Fetch(instrs, ++ip);
                                                if ((nx & 0xFF) == (int)Op.BinaryOp || (nx & 0xFF) == (int)Op.InplaceOp)
                                                {
                                                    ba = s[--sp].V;
                                                    bb = av;
                                                    word = nx;
                                                    goto FusedBinary;
                                                }
                                                // ... and LOAD_FAST LOAD_ATTR BINARY_OP after it (`a.x * b.x`, `self.x * self.x`):
                                                // both attributes as the operands, nothing pushed, one dispatch.
                                                if ((nx & 0xFF) == (int)Op.LoadFast && AttrOperand(code, instrs, ip, s) is { } ao)
                                                {
                                                    ip += 2;
                                                    ba = av;
                                                    bb = ao;
                                                    word = Fetch(instrs, ip);
                                                    goto FusedBinary;
                                                }
                                                // ... and LOAD_FAST LOAD_ATTR RETURN_VALUE (`return self.x`) in an inline frame.
                                                if ((nx & 0xFF) == (int)Op.ReturnValue && !ReferenceEquals(f, entry))
                                                {
                                                    f.Ip = ip + 1;
                                                    f.Sp = sp;
                                                    f.Finished = true;
                                                    f = ReturnInline(f, ts, av);
                                                    goto SwitchFrame;
                                                }
                                                s[sp++].V = av;
                                                break;
                                            }
                                        }
                                        // LOAD_FAST LOAD_GLOBAL (`v == EMPTY`) on the global cache's hit, as a pair.
                                        else if (op == (int)Op.LoadGlobal)
                                        {
                                            if (GlobalHit(code, ip, f) is { } gv)
                                            {
                                                // ... but `t += sin(x)`, `n += len(o)`: the local pushed, and the LOAD_GLOBAL's
                                                // own fused call made (GlobalValue below), reported at the LOAD_GLOBAL; not
                                                // `i < len(o)` with its jump, the pair's (LenCompareJump).
                                                if (gv is PyBuiltinFunction { Fast: >= BuiltinFast.MathSqrt or BuiltinFast.Len } gb && GlobalCallAfterPair(instrs, ip, gb.Fast))
                                                {
                                                    s[sp++].V = v;
                                                    f.Ip = ip;
                                                    ip++;
                                                    bb = gv;
                                                    goto GlobalValue;
                                                }
                                                ip++; w = gv; goto Pair;
                                            }
                                        }
                                        else if (op == (int)Op.LoadDeref)
                                        {
                                            ip++;
                                            w = Unsafe.As<PyCell>(s[nlocals + (nx >> 8)].V!).Value;
                                            if (w is null) { pending = UnboundDeref(code, nx >> 8); goto Raise; }
                                            goto Pair;
                                        }
                                        // LOAD_FAST DUP_TOP LOAD_ATTR (`self.x op= v`, the load half) on the site's
                                        // instance value: the local pushed and the value read, one dispatch.
                                        else if (op == (int)Op.DupTop && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.LoadAttr && FastDupAttrHit(code, ip + 1, v, s, sp))
                                        {
                                            ip += 2;
                                            sp += 2;
                                            // ... and LOAD_FAST|LOAD_CONST k BINARY_OP (`self.x += k`): the value off the
                                            // stack and k as the operands (the store half follows, at Done), one dispatch.
                                            if (BinaryRightOperand(code, instrs, ip, s) is { } k)
                                            {
                                                ba = s[--sp].V;
                                                bb = k;
                                                word = Fetch(instrs, ++ip);
                                                goto FusedBinary;
                                            }
                                            break;
                                        }
                                    }
                                    // LOAD_FAST|LOAD_DEREF RETURN_VALUE (`return n`, `return count`) in an inline
                                    // frame: the value returned without going through the stack, one dispatch.
                                    else if (op == (int)Op.ReturnValue && !ReferenceEquals(f, entry))
                                    {
                                        f.Ip = ip + 1;
                                        f.Sp = sp;
                                        f.Finished = true;
                                        f = ReturnInline(f, ts, v);
                                        goto SwitchFrame;
                                    }
                                    // LOAD_FAST|LOAD_DEREF YIELD_VALUE (`yield n`, `x = yield total`) in a
                                    // generator frame resumed inline: the value yielded without going
                                    // through the stack, one dispatch (YIELD_VALUE's own inline path).
                                    else if (op == (int)Op.YieldValue && !ReferenceEquals(f, entry))
                                    {
                                        f.Ip = ip + 1;
                                        f.Sp = sp;
                                        f = YieldInline(f, ts, v);
                                        goto SwitchFrame;
                                    }
                                    s[sp++].V = v;
                                    break;
                                Pair:
                                    // The pair (a local, constant, free variable or cached global second) and what follows
                                    // it, grouped as above: BINARY_OP, COMPARE_OP|IS_OP, the loads and DUP_TOP_TWO, LOAD_ATTR,
                                    // the subscripts.
                                    nx = Fetch(instrs, ip);
                                    op = nx & 0xFF;
                                    if (op == (int)Op.BinaryOp || op == (int)Op.InplaceOp)
                                    {
                                        ba = v;
                                        bb = w;
                                        word = nx;
                                        goto FusedBinary;
                                    }
                                    // The pair, COMPARE_OP|IS_OP and POP_JUMP_IF_FALSE|TRUE (`if n == 1:`,
                                    // `while i < n:`, `if x is None:`) on exact ints, floats or strs, or any
                                    // `is`: the jump decided here, one dispatch, no stack.
                                    if (op == (int)Op.CompareOp || op == (int)Op.IsOp)
                                    {
                                        int to = CompareJump(v, w, nx, Fetch(instrs, ip + 1), ip);
                                        // A backward target (the test at the bottom of a `while` loop) is a back edge: polled as JUMP_BACKWARD.
                                        if (to >= 0) { bool back = to < ip; ip = to; if (back) goto PollLineMode; break; }
                                    }
                                    else if (op <= (int)Op.LoadFast)
                                    {
                                        if (op >= (int)Op.LoadConst)
                                        {
                                            // LOAD_FAST i LOAD_GLOBAL len LOAD_FAST o CALL 1 COMPARE_OP POP_JUMP (`while pos <
                                            // len(text):`): the length compared without the call, one dispatch (LenCompareJump).
                                            if (ReferenceEquals(w, Builtins.LenFunction) && op == (int)Op.LoadFast)
                                            {
                                                int to = LenCompareJump(f, s, instrs, ip, v);
                                                if (to >= 0) { bool back = to < ip; ip = to; if (back) goto PollLineMode; break; }
                                            }
                                            // LOAD_FAST x LOAD_FAST a LOAD_FAST|LOAD_CONST i BINARY_SUBSCR on an exact list
                                            // and an index in range (`total += data[j]`, `dt * v[0]`): the item read
                                            // without the list and index on the stack, on into a BINARY_OP that follows.
                                            if (w.GetType() == typeof(PyList) && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.BinarySubscr && PairSubscrItem(code, s, nx, w) is { } ti)
                                            {
                                                ip += 2;
                                                nx = Fetch(instrs, ip);
                                                if ((nx & 0xFF) == (int)Op.BinaryOp || (nx & 0xFF) == (int)Op.InplaceOp)
                                                {
                                                    ba = v;
                                                    bb = ti;
                                                    word = nx;
                                                    goto FusedBinary;
                                                }
                                                s[sp++].V = v;
                                                s[sp++].V = ti;
                                                break;
                                            }
                                            // LOAD_FAST a LOAD_FAST i LOAD_CONST c BINARY_OP +|- BINARY_SUBSCR (`perm1[i + 1]`)
                                            // on an exact list and an index in range: the item pushed, one dispatch.
                                            if (op == (int)Op.LoadConst && v.GetType() == typeof(PyList) && PairOffsetItem(code, ip, v, w) is { } oi)
                                            {
                                                ip += 3;
                                                s[sp++].V = oi;
                                                break;
                                            }
                                        }
                                        // LOAD_FAST a LOAD_FAST|LOAD_CONST i DUP_TOP_TWO BINARY_SUBSCR (`v[0] -= dx * m`,
                                        // the load half) on an exact list and an index in range: list, index
                                        // and item pushed, one dispatch.
                                        else if (op == (int)Op.DupTopTwo && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.BinarySubscr && ListItemAt(v, w) is { } di)
                                        {
                                            ip += 2;
                                            s[sp++].V = v;
                                            s[sp++].V = w;
                                            s[sp++].V = di;
                                            break;
                                        }
                                    }
                                    // The pair and LOAD_ATTR on the second's instance value (`total + p.x`,
                                    // `f(a, self.b)`): the object never reaches the stack; on into a
                                    // BINARY_OP that follows (`a - b.x`), as LOAD_FAST LOAD_ATTR does.
                                    else if (op == (int)Op.LoadAttr)
                                    {
                                        if (InstanceValueHit(code, ip, w) is { } pa)
                                        {
                                            nx = Fetch(instrs, ++ip);
                                            if ((nx & 0xFF) == (int)Op.BinaryOp || (nx & 0xFF) == (int)Op.InplaceOp)
                                            {
                                                ba = v;
                                                bb = pa;
                                                word = nx;
                                                goto FusedBinary;
                                            }
                                            // ... and LOAD_FAST LOAD_ATTR BINARY_OP (`total += p.x + p.y`): the first
                                            // pushed, both attributes the operands, one dispatch.
                                            if ((nx & 0xFF) == (int)Op.LoadFast && AttrOperand(code, instrs, ip, s) is { } po)
                                            {
                                                s[sp++].V = v;
                                                ip += 2;
                                                ba = pa;
                                                bb = po;
                                                word = Fetch(instrs, ip);
                                                goto FusedBinary;
                                            }
                                            s[sp++].V = v;
                                            s[sp++].V = pa;
                                            break;
                                        }
                                    }
                                    else if (op == (int)Op.BinarySubscr || op == (int)Op.StoreSubscr)
                                    {
                                        // LOAD_FAST LOAD_FAST BINARY_SUBSCR | STORE_SUBSCR on an exact list and an
                                        // index in range: the list and index never reach the stack; an item read
                                        // goes on into a BINARY_OP that follows.
                                        if (v.GetType() == typeof(PyList) && w.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(w).IsPlain && Unsafe.As<PyList>(v).Sub is null
                                            && (ulong)Unsafe.As<PyInt>(w).V < (ulong)Unsafe.As<PyList>(v).Count)
                                        {
                                            var l = Unsafe.As<PyList>(v);
                                            int i = (int)Unsafe.As<PyInt>(w).V;
                                            if (op == (int)Op.BinarySubscr)
                                            {
                                                var item = l.Items[i];
                                                nx = Fetch(instrs, ++ip);
                                                if ((nx & 0xFF) == (int)Op.BinaryOp || (nx & 0xFF) == (int)Op.InplaceOp)
                                                {
                                                    ba = s[--sp].V;
                                                    bb = item;
                                                    word = nx;
                                                    goto FusedBinary;
                                                }
                                                s[sp++].V = item;
                                                break;
                                            }
                                            ip++;
                                            SetListItem(l, i, s[--sp].V!);
                                            s[sp].V = null;
                                            break;
                                        }
                                        // LOAD_FAST s LOAD_FAST|LOAD_CONST i BINARY_SUBSCR on an exact str without astral
                                        // characters and an index in range (`ch = text[pos]`, `text[pos] in " \t"`): the
                                        // character's str stored by a STORE_FAST that follows, or tested by a following
                                        // LOAD_CONST CONTAINS_OP POP_JUMP, else pushed (StrItemStep); one dispatch.
                                        if (op == (int)Op.BinarySubscr && v.GetType() == typeof(PyStr))
                                        {
                                            int to = StrItemStep(code, s, instrs, ip + 1, v, w, sp);
                                            if (to == -2) { ip++; sp++; break; }
                                            if (to >= 0)
                                            {
                                                bool back = to < ip;
                                                ip = to;
                                                if (back) goto PollLineMode;
                                                goto StoredThenLoad;
                                            }
                                        }
                                    }
                                    s[sp++].V = v;
                                    s[sp++].V = w;
                                    break;
                                }
                                s[sp++].V = v;
                                break;
                            }
                        case Op.StoreFast:
                            s[arg].V = s[--sp].V;
                            // STORE_FAST STORE_FAST (unpacking) and STORE_FAST LOAD_FAST, as above.
                            if (TMode.Lines) break;
                            {
                                int nx = Fetch(instrs, ip);
                                if ((nx & 0xFF) == (int)Op.StoreFast) { ip++; s[nx >> 8].V = s[--sp].V; break; }
                            }
                        StoredThenLoad:
                            // STORE_FAST LOAD_FAST: the LOAD_FAST with its own superinstruction forms
                            // (`ch = …; if ch == '"':` is then one dispatch, not four), reported at
                            // itself if what it fuses raises. Untraced copy only.
                            if (!TMode.Lines)
                            {
                                int nx = Fetch(instrs, ip);
                                if ((nx & 0xFF) == (int)Op.LoadFast && s[nx >> 8].V is { } v) { ip++; f.Ip = ip - 1; bb = v; goto LoadFused; }
                            }
                            break;
                        case Op.LoadConst:
                            s[sp++].V = consts[arg];
                            break;
                        case Op.PopTop:
                            s[--sp].V = null;
                            break;
                        case Op.PopIter:
                            {
                                var it = s[--sp].V;
                                s[sp].V = null;
                                if (it is PyGenerator { LoopOwned: true } lg) { f.Ip = ip - 1; f.Sp = sp; lg.ReleasedByLoop(f); }
                                break;
                            }
                        case Op.DeleteFast:
                            if (s[arg].V is null) { pending = UnboundLocal(code, arg); goto Raise; }
                            s[arg].V = null;
                            break;
                        case Op.RotTwo:
                            (s[sp - 1].V, s[sp - 2].V) = (s[sp - 2].V, s[sp - 1].V);
                            break;
                        case Op.RotThree:
                            {
                                // ROT_THREE STORE_SUBSCR (`a[i] op= x`, the store half) on an exact list and an
                                // index in range: the value stored from where it was computed, one dispatch.
                                // Untraced copy only.
                                if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreSubscr
                                    && s[sp - 3].V!.GetType() == typeof(PyList) && s[sp - 2].V!.GetType() == typeof(PyInt))
                                {
                                    var sl = Unsafe.As<PyList>(s[sp - 3].V!);
                                    var si = Unsafe.As<PyInt>(s[sp - 2].V!);
                                    long i = si.V;
                                    if (i < 0) i += sl.Count;
                                    if (sl.Sub is null && si.IsPlain && (ulong)i < (ulong)sl.Count)
                                    {
                                        ip++;
                                        SetListItem(sl, (int)i, s[sp - 1].V!);
                                        s[sp - 1].V = s[sp - 2].V = s[sp - 3].V = null;
                                        sp -= 3;
                                        break;
                                    }
                                }
                                var top = s[sp - 1].V;
                                s[sp - 1].V = s[sp - 2].V;
                                s[sp - 2].V = s[sp - 3].V;
                                s[sp - 3].V = top;
                                break;
                            }
                        case Op.RotFour:
                            {
                                var top = s[sp - 1].V;
                                s[sp - 1].V = s[sp - 2].V;
                                s[sp - 2].V = s[sp - 3].V;
                                s[sp - 3].V = s[sp - 4].V;
                                s[sp - 4].V = top;
                                break;
                            }
                        case Op.DupTop:
                            // DUP_TOP LOAD_ATTR (`o.x op= v`, the load half) on the site's instance value:
                            // the value pushed over o, one dispatch. Untraced copy only.
                            if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.LoadAttr && DupAttrHit(code, ip, s, sp)) { ip++; sp++; break; }
                            s[sp].V = s[sp - 1].V;
                            sp++;
                            break;
                        case Op.DupTopTwo:
                            // DUP_TOP_TWO BINARY_SUBSCR (`a[i] op= x`, the load half) on an exact list and an
                            // index in range: the item pushed over the list and index, one dispatch.
                            // Untraced copy only.
                            if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.BinarySubscr)
                            {
                                if (ListItemAt(s[sp - 2].V!, s[sp - 1].V!) is { } li)
                                {
                                    ip++;
                                    s[sp++].V = li;
                                    break;
                                }
                                // `d[k] += c` on an exact dict, the whole statement (DictCounterAdd).
                                if (s[sp - 2].V!.GetType() == typeof(PyDict) && DictCounterAdd(code, s, sp, instrs, ip))
                                {
                                    ip += 5;
                                    sp -= 2;
                                    break;
                                }
                            }
                            s[sp].V = s[sp - 2].V;
                            s[sp + 1].V = s[sp - 1].V;
                            sp += 2;
                            break;
                        case Op.LoadDeref:
                            // As LOAD_FAST, with the same superinstruction forms (a free variable read
                            // before a local, a constant, another cell, a BINARY_OP, a subscript).
                            bb = Unsafe.As<PyCell>(s[nlocals + arg].V!).Value;
                            if (bb is null) { pending = UnboundDeref(code, arg); goto Raise; }
                            goto LoadFused;
                        case Op.StoreDeref:
                            ((PyCell)s[nlocals + arg].V!).Value = s[--sp].V;
                            break;
                        case Op.DeleteDeref:
                            {
                                var cell = (PyCell)s[nlocals + arg].V!;
                                if (cell.Value is null) { pending = UnboundDeref(code, arg); goto Raise; }
                                cell.Value = null;
                                break;
                            }
                        case Op.LoadClosure:
                            s[sp++].V = s[nlocals + arg].V;
                            break;
                        case Op.LoadClassDeref:
                            {
                                var v = LoadClassDerefStep(f, s, arg);
                                if (v is null) { pending = UnboundDeref(code, arg); goto Raise; }
                                s[sp++].V = v;
                                break;
                            }
                        case Op.LoadGlobal:
                            // Per-instruction cache, valid while neither dict has changed.
                            bb = GlobalHit(code, ip - 1, f);
                            if (bb is null)
                            {
                                var v = LoadGlobalSlow(code, ip - 1, names[arg], f);
                                if (v is null) { pending = NameErr(names[arg].V); goto Raise; }
                                s[sp++].V = v;
                                break;
                            }
                        GlobalValue:
                            // The cache's value in bb, ip past the LOAD_GLOBAL (also from LOAD_FAST's path: `t += sin(x)`).
                            {
                                var gv = bb!;
                                {
                                    // A builtin with a fast form, untraced copy only. `if isinstance(x, C):` (C or a
                                    // tuple of classes) in one dispatch: nothing pushed, the jump taken (IsInstanceJump).
                                    if (!TMode.Lines && gv is PyBuiltinFunction { Fast: not BuiltinFast.None } pb)
                                    {
                                        if (pb.Fast == BuiltinFast.IsInstance)
                                        {
                                            int nip = IsInstanceJump(f, s, ip);
                                            if (nip >= 0) { ip = nip; goto PollLineMode; }
                                        }
                                        // `len(o)` of a local exact list, tuple, str or dict in one dispatch, and
                                        // `if len(o) == n:` with its jump (LenGlobalStep; Fast is Len for builtins.len only);
                                        // `ord(ch)` and `if ord(ch) < 0x20:` the same.
                                        else if (pb.Fast == BuiltinFast.Len || pb.Fast == BuiltinFast.Ord)
                                        {
                                            int nip = LenGlobalStep(f, s, instrs, ip, sp, pb.Fast);
                                            if (nip == -2) { sp++; ip += 2; break; }
                                            if (nip >= 0) { bool back = nip < ip; ip = nip; if (back) goto PollLineMode; break; }
                                        }
                                        // `sin(x)`, `cos(x) * 3`: the call made here, nothing pushed but its float.
                                        else if (pb.Fast >= BuiltinFast.MathSqrt && MathGlobalCall(f, s, ip, sp, pb.Fast) is { R: { } mr } mc)
                                        {
                                            ip = mc.Ip;
                                            sp = mc.Sp;
                                            s[sp++].V = mr;
                                            break;
                                        }
                                    }
                                    // `add(total, i)`, `fib(n - 1)`: the callee pushed here with its arguments taken from
                                    // the locals, nothing through the stack (GlobalCallInline, untraced copy only).
                                    if (!TMode.Lines && gv is PyFunction gpf && GlobalCallInline(f, ts, gpf, instrs, ip, sp) is { } gcf) { f = gcf; goto EnteredFrame; }
                                    s[sp++].V = gv;
                                    break;
                                }
                            }
                        case Op.StoreGlobal:
                            f.Globals.SetItem(names[arg], s[--sp].V!);
                            s[sp].V = null;   // no stale reference: gc.collect() counts what Python dropped
                            break;
                        case Op.DeleteGlobal:
                            if (!f.Globals.Remove(names[arg])) { pending = NameErr(names[arg].V); goto Raise; }
                            break;
                        case Op.LoadName:
                            {
                                var v = LoadNameStep(code, ip - 1, f, names[arg]);
                                if (v is null) { pending = NameErr(names[arg].V); goto Raise; }
                                s[sp++].V = v;
                                break;
                            }
                        case Op.StoreName:
                            StoreNameStep(code, ip - 1, f, names[arg], s[--sp].V!);
                            s[sp].V = null;   // no stale reference: gc.collect() counts what Python dropped
                            break;
                        case Op.DeleteName:
                            if (!DeleteNameStep(f, names[arg])) { pending = NameErr(names[arg].V); goto Raise; }
                            break;
                        case Op.LoadAttr:
                            { var v_ = InstanceValueHit(code, ip - 1, s[sp - 1].V!) ?? LoadAttrCached(code, ip - 1, s[sp - 1].V!, names[arg]); s[sp - 1].V = v_; }
                            break;
                        case Op.StoreAttr:
                            if (!StoreValueHit(code, ip - 1, s[sp - 1].V!, s[sp - 2].V!)) StoreAttrCached(code, ip - 1, s[sp - 1].V!, names[arg], s[sp - 2].V!);
                            s[--sp].V = null;
                            s[--sp].V = null;
                            break;
                        case Op.DeleteAttr:
                            Ops.DelAttr(s[--sp].V!, names[arg]);
                            s[sp].V = null;
                            break;
                        case Op.LoadMethod:
                            if (MethodHitSite(code, ip - 1, s[sp - 1].V!) is { } ms)
                            {
                                // `d.bump(1)`: a Python method called at once with simple arguments, its frame
                                // pushed here, nothing through the stack (MethodCallInline, untraced copy only).
                                if (!TMode.Lines && ms.Descr is PyFunction && MethodCallInline(f, ts, ms, instrs, ip, sp) is { } mcf) { f = mcf; goto EnteredFrame; }
                                s[sp].V = s[sp - 1].V;
                                s[sp - 1].V = ms.Descr;
                            }
                            else
                            {
                                if (TMode.Lines) LoadMethodCached(code, ip - 1, s, sp, names[arg]);
                                // A builtin method called at once (`ch.lower()`, `d.get(k, 0)`): called here.
                                else
                                {
                                    // 1: the result in the owner's slot; 2: the result consumed by the POP_TOP or jump after the call.
                                    int fused = LoadMethodFused(f, code, ip, s, sp);
                                    if (fused != 0)
                                    {
                                        // 3: `g.send(v)` with send, g and v pushed, f.Ip at its CALL_METHOD: resumed
                                        // inline here, or that CALL_METHOD dispatched as usual.
                                        if (fused == 3)
                                        {
                                            sp += 2;
                                            ip = f.Ip;
                                            if (SendMethodInline(f, ts, Unsafe.As<PyGenerator>(s[sp - 2].V!), sp) is { } sgf) { f = sgf; goto EnteredFrame; }
                                            break;
                                        }
                                        sp -= fused - 1; ip = f.Ip + 1; goto PollLineMode;
                                    }
                                }
                            }
                            sp++;
                            break;
                        case Op.BinaryOp:
                        case Op.InplaceOp:
                            bb = s[--sp].V!;
                            s[sp].V = null;
                            ba = s[--sp].V!;
                            goto Binary;
                        case Op.CompareOp:
                            {
                                var b = s[--sp].V!;
                                var a = s[sp - 1].V!;
                                s[sp].V = null;
                                bool c;
                                if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a) is { IsPlain: true } ia && Unsafe.As<PyInt>(b) is { IsPlain: true } ib)
                                    c = Ops.CmpLong(ia.V, ib.V, (CompareOp)arg);
                                else if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
                                    c = FloatCompare(Unsafe.As<PyFloat>(a).V, Unsafe.As<PyFloat>(b).V, (CompareOp)arg);
                                else
                                {
                                    // An instance's Python __lt__ … __ge__ runs as an inline frame (Interpreter.InlineBinary.cs).
                                    if (!TMode.Lines && PyInstance.IsExact(a) && PushCompare(f, ts, a, b, arg, s, sp) is { } cf) { f = cf; goto EnteredFrame; }
                                    { var v_ = CompareNumeric(a, b, (CompareOp)arg); s[sp - 1].V = v_; }
                                    break;
                                }
                                // COMPARE_OP POP_JUMP_IF_FALSE/TRUE (CPython's COMPARE_OP_INT_JUMP and
                                // COMPARE_OP_FLOAT_JUMP): no bool on the stack, one dispatch. Untraced copy only.
                                if (!TMode.Lines)
                                {
                                    int nx = Fetch(instrs, ip);
                                    // A target before the jump (at ip) is a back edge: polled as JUMP_BACKWARD.
                                    if ((nx & 0xFF) == (int)Op.PopJumpIfFalse) { s[--sp].V = null; int at = ip; ip = c ? ip + 1 : nx >> 8; if (ip < at) goto PollLineMode; break; }
                                    if ((nx & 0xFF) == (int)Op.PopJumpIfTrue) { s[--sp].V = null; int at = ip; ip = c ? nx >> 8 : ip + 1; if (ip < at) goto PollLineMode; break; }
                                }
                                s[sp - 1].V = PyBool.From(c);
                                break;
                            }
                        case Op.IsOp:
                            {
                                var b = s[--sp].V!;
                                s[sp].V = null;
                                { var v_ = PyBool.From(ReferenceEquals(s[sp - 1].V, b) != (arg != 0)); s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.ContainsOp:
                            {
                                var container = s[--sp].V!;
                                s[sp].V = null;
                                bool c = ContainsData(container, s[sp - 1].V!) != (arg != 0);
                                // CONTAINS_OP POP_JUMP_IF_FALSE/TRUE (`if n not in seen:`), as COMPARE_OP's:
                                // no bool on the stack, one dispatch. Untraced copy only.
                                if (!TMode.Lines)
                                {
                                    int nx = Fetch(instrs, ip);
                                    // A target before the jump (at ip) is a back edge: polled as JUMP_BACKWARD.
                                    if ((nx & 0xFF) == (int)Op.PopJumpIfFalse) { s[--sp].V = null; int at = ip; ip = c ? ip + 1 : nx >> 8; if (ip < at) goto PollLineMode; break; }
                                    if ((nx & 0xFF) == (int)Op.PopJumpIfTrue) { s[--sp].V = null; int at = ip; ip = c ? nx >> 8 : ip + 1; if (ip < at) goto PollLineMode; break; }
                                }
                                s[sp - 1].V = PyBool.From(c);
                                break;
                            }
                        case Op.UnaryNegative:
                            {
                                var o = s[sp - 1].V!;
                                if (o.GetType() == typeof(PyFloat))
                                {
                                    // `-x * dt`: the negated float goes on into a float chain unboxed (NegativeChain),
                                    // and the result into a STORE_FAST after it. (Fused into LOAD_FAST x instead, one
                                    // dispatch fewer, the test there made the loop's dispatch block spill the opcode
                                    // around its table jump: docs/performance.md, num15.)
                                    double z = -Unsafe.As<PyFloat>(o).V;
                                    if (!TMode.Lines && FloatChainNext(Fetch(instrs, ip)))
                                    {
                                        var chain = NegativeChain(code, ip, s, sp - 1, consts, z);
                                        z = chain.Z;
                                        ip = chain.Ip;
                                        sp = chain.Sp + 1;
                                    }
                                    var nf = new PyFloat(z);
                                    if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreFast)
                                    {
                                        s[sp - 1].V = null;
                                        sp--;
                                        s[Fetch(instrs, ip++) >> 8].V = nf;
                                        break;
                                    }
                                    s[sp - 1].V = nf;
                                }
                                else { var v_ = Ops.Negate(o); s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.UnaryPositive: { var v_ = Ops.Positive(s[sp - 1].V!); s[sp - 1].V = v_; } break;
                        case Op.UnaryInvert: { var v_ = Ops.Invert(s[sp - 1].V!); s[sp - 1].V = v_; } break;
                        case Op.UnaryNot: { var v_ = PyBool.From(!Ops.Truth(s[sp - 1].V!)); s[sp - 1].V = v_; } break;
                        case Op.BinarySubscr:
                            {
                                var key = s[--sp].V!;
                                s[sp].V = null;
                                var o = s[sp - 1].V!;
                                if (o is PyList l && l.Sub is null && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsPlain)
                                {
                                    long i = Unsafe.As<PyInt>(key).V;
                                    if (i < 0) i += l.Count;
                                    if ((ulong)i < (ulong)l.Count) { s[sp - 1].V = l.Items[i]; break; }
                                }
                                { var v_ = SubscrData(o, key); if (v_ is null) { pending = KeyMissing(key); goto Raise; } s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.StoreSubscr:
                            {
                                var key = s[sp - 1].V!;
                                var o = s[sp - 2].V!;
                                var v = s[sp - 3].V!;
                                s[sp - 1].V = s[sp - 2].V = s[sp - 3].V = null;
                                sp -= 3;
                                if (o is PyList l && l.Sub is null && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsPlain)
                                {
                                    long i = Unsafe.As<PyInt>(key).V;
                                    if (i < 0) i += l.Count;
                                    if ((ulong)i < (ulong)l.Count) { SetListItem(l, (int)i, v); break; }
                                }
                                StoreSubscrData(o, key, v);
                                break;
                            }
                        case Op.DeleteSubscr:
                            {
                                var key = s[--sp].V!;
                                var o = s[--sp].V!;
                                s[sp].V = s[sp + 1].V = null;
                                Ops.DelItem(o, key);
                                break;
                            }
                        case Op.BuildTuple:
                            // BUILD_TUPLE n UNPACK_SEQUENCE n (`a, b, c, d = b, c, d, a`; two and three
                            // items compile to SWAP): the items reversed in place, no tuple. Untraced copy only.
                            if (!TMode.Lines)
                            {
                                int nx = Fetch(instrs, ip);
                                if ((nx & 0xFF) == (int)Op.UnpackSequence && nx >> 8 == arg)
                                {
                                    ip++;
                                    // ... and n STORE_FASTs (`a, b, c, d = b, c, d, a`): the k-th STORE_FAST
                                    // takes the k-th item from where it was pushed, in the stores' order
                                    // (a name stored twice keeps the last), no reversal, no dispatch each.
                                    if (MoveValuesToLocals(s, instrs, ip, sp - arg, arg)) { ip += arg; sp -= arg; break; }
                                    for (int i = sp - arg, j = sp - 1; i < j; i++, j--) (s[i].V, s[j].V) = (s[j].V, s[i].V);
                                    break;
                                }
                                // BUILD_TUPLE n CALL 2 of isinstance (`isinstance(x, (int, str))`): the
                                // classes are tested on the stack, no tuple (when all are plain classes).
                                if (nx == ((2 << 8) | (int)Op.Call) && ReferenceEquals(s[sp - arg - 2].V, Builtins.IsInstanceFunction)
                                    && IsInstanceOfItems(f, s, sp, arg) is { } ir)
                                {
                                    ip++;
                                    for (int i = sp - arg - 1; i < sp; i++) s[i].V = null;
                                    sp -= arg + 1;
                                    // ... POP_JUMP_IF_FALSE|TRUE (`if isinstance(o, (int, str)):`): no bool pushed.
                                    int nj = Fetch(instrs, ip);
                                    if ((nj & 0xFF) == (int)Op.PopJumpIfTrue) { s[--sp].V = null; ip = ReferenceEquals(ir, PyBool.True) ? nj >> 8 : ip + 1; goto PollLineMode; }
                                    if ((nj & 0xFF) == (int)Op.PopJumpIfFalse) { s[--sp].V = null; ip = ReferenceEquals(ir, PyBool.True) ? ip + 1 : nj >> 8; goto PollLineMode; }
                                    s[sp - 1].V = ir;
                                    goto PollLineMode;
                                }
                            }
                            // Not `goto case` with `word`: that kept `word` live across the call above, and
                            // the JIT then stored it to the stack in the dispatch block (63 -> 66 bytes).
                            sp = BuildStep(Op.BuildTuple, s, sp, arg);
                            break;
                        case Op.BuildSlice:
                            // BUILD_SLICE BINARY_SUBSCR|STORE_SUBSCR on an exact list with None or plain
                            // int bounds: no slice object, one dispatch (ListSliceStep). Untraced copy only.
                            if (!TMode.Lines && ((Fetch(instrs, ip) & 0xFF) == (int)Op.BinarySubscr || (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreSubscr))
                            {
                                int nsp = ListSliceStep(f, s, sp, arg, (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreSubscr, ip);
                                // Bits 24 and up: instructions run past the subscript (ReversedPrefixStore).
                                if (nsp >= 0) { ip += 1 + (nsp >> 24); sp = nsp & 0xFFFFFF; break; }
                            }
                            sp = BuildStep(Op.BuildSlice, s, sp, arg);
                            break;
                        case Op.BuildList:
                        case Op.BuildSet:
                        case Op.BuildMap:
                        case Op.BuildString:
                            sp = BuildStep((Op)(word & 0xFF), s, sp, arg);
                            break;
                        case Op.ListAppend:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                ((PyList)s[sp - arg].V!).Append(v);
                                break;
                            }
                        case Op.SetAdd:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                ((PySet)s[sp - arg].V!).Add(v);
                                break;
                            }
                        case Op.MapAdd:
                            {
                                var v = s[--sp].V!;
                                var k = s[--sp].V!;
                                s[sp].V = s[sp + 1].V = null;
                                ((PyDict)s[sp - arg].V!).SetItem(k, v);
                                break;
                            }
                        case Op.ListExtend:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                ListMethods.ExtendStarred((PyList)s[sp - arg].V!, v);
                                break;
                            }
                        case Op.SetUpdate:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                var set = (PySet)s[sp - arg].V!;
                                if (v is PySet vs) set.UpdateFromSet(vs); // set_merge keeps CPython's table order
                                else AddAll(set, v);
                                break;
                            }
                        case Op.DictUpdate:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                DictMethods.Update((PyDict)s[sp - arg].V!, v, mergeCheck: false);
                                break;
                            }
                        case Op.DictMerge:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                var callable = sp - arg - 2 >= f.StackBase ? s[sp - arg - 2].V : null;
                                DictMethods.MergeKwargs((PyDict)s[sp - arg].V!, v, callable);
                                break;
                            }
                        case Op.ListToTuple:
                            {
                                var l = (PyList)s[sp - 1].V!;
                                { var v_ = PyTuple.From(l.ToArray()); s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.FormatValue:
                            FormatValueStep(s, sp, arg);
                            if ((arg & 4) != 0) sp--;
                            break;
                        case Op.UnpackSequence:
                            {
                                var seq = s[--sp].V!;
                                s[sp].V = null;
                                // Exact tuples and lists only: a subclass may define __iter__.
                                PyObject[] items;
                                if (seq is PyTuple { Sub: null } t && t.Items.Length == arg) items = t.Items;
                                else if (seq is PyList { Sub: null } l && l.Count == arg) items = l.Items;
                                else { sp = UnpackIterable(seq, arg, -1, 0, s, sp); break; }
                                // UNPACK_SEQUENCE STORE_FAST…: the items go straight to the locals the
                                // STORE_FASTs after it name, in their order; the rest to the stack. Untraced copy only.
                                int k = 0;
                                // Two or three (the common `a, b = t`) here; more in StoreItemsToLocals, whose call
                                // costs more than it saves below four items (callgrind: `a, b = t` +15 instructions
                                // through it, a ten-item unpacking −85).
                                if (!TMode.Lines)
                                {
                                    if (arg <= 3)
                                        while (k < arg && (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreFast) s[Fetch(instrs, ip++) >> 8].V = items[k++];
                                    else { k = StoreItemsToLocals(s, instrs, ip, new ReadOnlySpan<PyObject>(items, 0, arg)); ip += k; }
                                }
                                for (int i = arg - 1; i >= k; i--) s[sp++].V = items[i];
                                break;
                            }
                        case Op.UnpackEx:
                            {
                                var seq = s[--sp].V!;
                                s[sp].V = null;
                                sp = UnpackStarred(seq, arg & 0xFF, arg >> 8, s, sp);
                                break;
                            }
                        case Op.Jump:
                            ip = arg;
                            break;
                        case Op.JumpBackward:
                            ip = arg;
                            // A `for` loop's back edge (to its FOR_ITER): PollLineMode's tests, then the FOR_ITER
                            // entered without a dispatch. Untraced NativeAOT copy only (with a JIT, every back edge
                            // counts down to re-entry at PollPending).
                            if (!TMode.Lines && !RuntimeFeature.IsDynamicCodeSupported && (Fetch(instrs, ip) & 0xFF) == (int)Op.ForIter)
                            {
                                bool lines = ts.Hooked;
                                if (!lines) Probes.Probes.LineEnabled(ref lines);
                                if (!lines && ts.Pending == 0)
                                {
                                    f.Ip = ip;
                                    arg = Fetch(instrs, ip++) >> 8;
                                    goto ForIterCase;
                                }
                            }
                            goto PollLineMode;
                        // POP_JUMP_FORWARD|BACKWARD_IF_FALSE|TRUE: a backward target (the test at the bottom
                        // of a `while` loop, as CPython 3.11 compiles it) is a back edge, polled as JUMP_BACKWARD.
                        case Op.PopJumpIfFalse:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.Truth(v)))
                                {
                                    bool back = arg < ip;
                                    ip = arg;
                                    if (back) goto PollLineMode;
                                }
                                break;
                            }
                        case Op.PopJumpIfTrue:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.Truth(v)))
                                {
                                    bool back = arg < ip;
                                    ip = arg;
                                    if (back) goto PollLineMode;
                                }
                                break;
                            }
                        case Op.JumpIfFalseOrPop:
                            if (!Ops.Truth(s[sp - 1].V!)) ip = arg;
                            else s[--sp].V = null;
                            break;
                        case Op.JumpIfTrueOrPop:
                            if (Ops.Truth(s[sp - 1].V!)) ip = arg;
                            else s[--sp].V = null;
                            break;
                        case Op.GetIter:
                            { var v_ = Ops.GetIter(s[sp - 1].V!); s[sp - 1].V = v_; }
                            break;
                        case Op.ForIter:
                        ForIterCase:
                            {
                                // Sealed iterator types tested by method table before any cast to PyIterator.
                                var it = s[sp - 1].V!;
                                PyObject? next;
                                if (it.GetType() == typeof(RangeIterator)) next = Unsafe.As<RangeIterator>(it).Next();
                                else if (it.GetType() == typeof(ListIterator)) next = Unsafe.As<ListIterator>(it).NextInline();
                                else if (it.GetType() == typeof(ArrayIterator)) next = Unsafe.As<ArrayIterator>(it).Next();
                                else if (it.GetType() == typeof(StrIterator)) next = Unsafe.As<StrIterator>(it).NextInline();
                                else if (!TMode.Lines && it is PyGenerator g && ResumeInline(f, ts, g, sp) is { } gf) { f = gf; goto EnteredFrame; }
                                // FOR_ITER UNPACK_SEQUENCE over zip, enumerate, dict items: the parts go to the stack, no tuple is made.
                                else if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.UnpackSequence && ((PyIterator)it).NextUnpacked(s, sp, Fetch(instrs, ip) >> 8) is var u && u >= 0)
                                {
                                    if (u == 0) { s[--sp].V = null; ip = arg; }
                                    else sp += Fetch(instrs, ip++) >> 8;
                                    break;
                                }
                                else next = TMode.Lines ? NextTraced(f, ts, (PyIterator)it, ip - 1) : ((PyIterator)it).Next();
                                if (next is null) { s[--sp].V = null; ip = arg; }
                                // FOR_ITER STORE_FAST: the item goes straight to the loop variable. Untraced copy only.
                                else if (!TMode.Lines && (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreFast) s[Fetch(instrs, ip++) >> 8].V = next;
                                else s[sp++].V = next;
                                break;
                            }
                        case Op.KwNames:
                            f.KwNames = KwNamesOf(consts[arg]);
                            break;
                        case Op.Call:
                            {
                                int fn = sp - arg - 1;
                                if (!TMode.Lines)
                                {
                                    var callable = s[fn].V;
                                    Frame? callee = null;
                                    if (callable is PyFunction pf) callee = PushInline(f, ts, pf, fn, fn + 1, sp);
                                    else if (callable is PyMethod { Func: PyFunction mf } bm) callee = PushInlineBound(f, ts, mf, bm.Self, fn, sp);
                                    else if (arg == 1 && s[sp - 1].V is PyGenerator ng && (callee = GeneratorArgInline(f, ts, callable, ng, sp)) is not null) { }
                                    else if (ReferenceEquals(callable, TypeObjects.Int) && arg == 1 && (s[sp - 1].V is PyStr { Sub: null } || s[sp - 1].V!.GetType() == typeof(PyFloat)) && f.KwNames is null)
                                    {
                                        if ((pending = IntFromStrOrFloat(s, fn)) is not null) goto Raise;
                                        sp = fn + 1;
                                        break;
                                    }
                                    else if (ReferenceEquals(callable, Builtins.IsInstanceFunction) && arg == 2 && IsInstanceCall(f, s[sp - 2].V!, s[sp - 1].V!) is { } ir)
                                    {
                                        s[sp - 1].V = s[sp - 2].V = null;
                                        // CALL POP_JUMP_IF_FALSE|TRUE (`if isinstance(o, A):`): no bool pushed.
                                        int nj = Fetch(instrs, ip);
                                        if ((nj & 0xFF) == (int)Op.PopJumpIfFalse) { s[fn].V = null; sp = fn; ip = ReferenceEquals(ir, PyBool.True) ? ip + 1 : nj >> 8; goto PollLineMode; }
                                        if ((nj & 0xFF) == (int)Op.PopJumpIfTrue) { s[fn].V = null; sp = fn; ip = ReferenceEquals(ir, PyBool.True) ? nj >> 8 : ip + 1; goto PollLineMode; }
                                        sp = fn + 1;
                                        s[fn].V = ir;
                                        goto PollLineMode;
                                    }
                                    // len() of an exact list, tuple, str or dict (PRECALL_NO_KW_LEN): LenCall leaves the result.
                                    else if (arg == 1 && ReferenceEquals(callable, Builtins.LenFunction) && LenCall(f, s, sp)) { sp = fn + 1; break; }
                                    else if (callable is PyType ct) callee = PushInit(f, ts, ct, s, fn, fn + 1, arg, sp);
                                    if (callee is not null) { f = callee; goto EnteredFrame; }
                                }
                                var r = CallAt<TMode>(f, ts, s, fn, fn + 1, arg, ip - 1);
                                for (int i = fn + 1; i < sp; i++) s[i].V = null;
                                sp = fn + 1;
                                s[fn].V = r;
                                goto PollLineMode;
                            }
                        case Op.CallMethod:
                            {
                                int fn = sp - arg - 2;
                                if (!TMode.Lines && s[fn].V is PyFunction pf)
                                {
                                    var callee = PushInline(f, ts, pf, fn, s[fn + 1].V is not null ? fn + 1 : fn + 2, sp);
                                    if (callee is not null) { f = callee; goto EnteredFrame; }
                                }
                                else if (!TMode.Lines && s[fn].V is PyType ct && s[fn + 1].V is null)
                                {
                                    var callee = PushInit(f, ts, ct, s, fn, fn + 2, arg, sp);
                                    if (callee is not null) { f = callee; goto EnteredFrame; }
                                }
                                else if (!TMode.Lines && arg == 1 && ReferenceEquals(s[fn].V, ListMethods.AppendDescriptor) && ListAppendHit(f, s, fn))
                                {
                                    s[fn + 1].V = s[fn + 2].V = null;
                                    // `out.append(w + p)` as a statement: its POP_TOP is done here.
                                    if ((Fetch(instrs, ip) & 0xFF) == (int)Op.PopTop) { s[fn].V = null; sp = fn; ip++; break; }
                                    sp = fn + 1;
                                    s[fn].V = PyNone.Instance;
                                    break;
                                }
                                else if (!TMode.Lines && arg == 1 && ReferenceEquals(s[fn].V, GeneratorSendDescriptor) && s[fn + 1].V is PyGenerator sendGen
                                    && SendMethodInline(f, ts, sendGen, sp) is { } sgf) { f = sgf; goto EnteredFrame; }
                                else if (!TMode.Lines && s[fn].V is PyMethodDescriptor && DescriptorCall(f, s, fn, arg) is { } dr)
                                {
                                    for (int i = fn + 1; i < sp; i++) s[i].V = null;
                                    sp = fn + 1;
                                    s[fn].V = dr;
                                    goto PollLineMode;
                                }
                                // With a bound self the arguments start at the self slot.
                                var r = s[fn + 1].V is not null
                                    ? CallAt<TMode>(f, ts, s, fn, fn + 1, arg + 1, ip - 1)
                                    : CallAt<TMode>(f, ts, s, fn, fn + 2, arg, ip - 1);
                                for (int i = fn + 1; i < sp; i++) s[i].V = null;
                                sp = fn + 1;
                                s[fn].V = r;
                                goto PollLineMode;
                            }
                        case Op.CallEx:
                            {
                                PyDict? kwargs = (arg & 1) != 0 ? (PyDict)s[--sp].V! : null;
                                var posArgs = s[--sp].V!;
                                var callable = s[sp - 1].V!;
                                s[sp].V = s[sp + 1].V = null;
                                if (!TMode.Lines && posArgs is PyTuple pt)
                                {
                                    var callee = PushInlineEx(f, ts, callable, pt, kwargs, s, sp - 1);
                                    if (callee is not null) { f = callee; goto EnteredFrame; }
                                }
                                { var v_ = TMode.Lines ? CallExProfiled(f, ts, ip - 1, callable, posArgs, kwargs) : CallExOther(f, ip - 1, callable, posArgs, kwargs); s[sp - 1].V = v_; }
                                goto PollLineMode;
                            }
                        case Op.MakeFunction:
                            sp = MakeFunctionStep(f, s, sp, arg);
                            break;
                        case Op.LoadBuildClass:
                            s[sp++].V = Builtins.BuildClassFunction;
                            break;
                        case Op.ReturnValue:
                            {
                                var r = s[--sp].V!;
                                s[sp].V = null;
                                f.Ip = ip;
                                f.Sp = sp;
                                f.Finished = true;
                                if (TMode.Lines || ReferenceEquals(f, entry)) { pendingOut = pending; return r; }
                                f = ReturnInline(f, ts, r);
                                goto SwitchFrame;
                            }
                        case Op.YieldValue:
                            {
                                var r = s[--sp].V!;
                                s[sp].V = null;
                                f.Ip = ip;
                                f.Sp = sp;
                                if (TMode.Lines || ReferenceEquals(f, entry)) { pendingOut = pending; return r; }
                                f = YieldInline(f, ts, r);   // a generator its caller's FOR_ITER resumed inline
                                goto SwitchFrame;
                            }
                        case Op.GetYieldFromIter:
                            {
                                var o = s[sp - 1].V!;
                                if (o is not PyGenerator) { var v_ = YieldFromIterStep(o, code); s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.Send:
                            if (!TMode.Lines && s[sp - 2].V is PyGenerator sg && SendInline(f, ts, sg, sp) is { } sf) { f = sf; goto EnteredFrame; }
                            if (TMode.Lines ? SendStepTraced(f, ts, s, sp, ip - 1) : SendStep(s, sp)) { sp--; ip = arg; }
                            break;
                        case Op.ImportName:
                            {
                                var fromlist = s[--sp].V!;
                                var level = s[sp - 1].V!;
                                s[sp].V = null;
                                { var v_ = Importer.ImportName(names[arg].V, f.Globals, fromlist, (int)((PyInt)level).V); s[sp - 1].V = v_; }
                                break;
                            }
                        case Op.ImportFrom:
                            { var v_ = Importer.ImportFrom(s[sp - 1].V!, names[arg].V); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.ImportStar:
                            {
                                var mod = s[--sp].V!;
                                s[sp].V = null;
                                Importer.ImportStar(mod, f.Locals ?? f.Globals);
                                break;
                            }
                        case Op.RaiseVarargs:
                            {
                                PyObject? cause = null, exc = null;
                                if (arg == 2) { cause = s[--sp].V; s[sp].V = null; }
                                if (arg >= 1) { exc = s[--sp].V; s[sp].V = null; }
                                pending = MakeRaise(exc, cause, arg == 2, ts);
                                goto Raise;
                            }
                        case Op.Reraise:
                            {
                                var e = (PyBaseException)s[--sp].V!;
                                s[sp].V = null;
                                pending = e;
                                goto Raise;
                            }
                        case Op.PushExcInfo:
                            {
                                var e = (PyBaseException)s[sp - 1].V!;
                                s[sp - 1].V = (PyObject?)ts.Handled ?? PyNone.Instance;
                                s[sp++].V = e;
                                ts.Handled = e;
                                break;
                            }
                        case Op.PopExcept:
                            {
                                var prev = s[--sp].V!;
                                s[sp].V = null;
                                ts.Handled = prev as PyBaseException;
                                break;
                            }
                        case Op.CheckExcMatch:
                            {
                                // The match and its exception__handled marker in one call: the loop
                                // itself holds no marker site but the line marker's poll, so that its
                                // code is the same in the plain and the instrumented build.
                                s[sp - 1].V = PyBool.From(CheckExcMatchStep(f, ip - 1, (PyBaseException)s[sp - 2].V!, s[sp - 1].V!));
                                break;
                            }
                        case Op.CheckEgMatch:
                            if (!CheckEgMatchStep(f, s, sp, ts)) { s[--sp].V = null; ip = arg; }
                            break;
                        case Op.PrepReraiseStar:
                            if (PrepReraiseStarStep(f, s, sp)) s[--sp].V = null;
                            else { sp -= 2; ip = arg; }
                            break;
                        case Op.BeforeWith:
                            pending = BeforeWithStep(s, sp);
                            if (pending is not null) goto Raise;
                            sp++;
                            break;
                        case Op.WithExceptStart:
                            WithExceptStartStep(f, ip - 1, s, sp);
                            sp++;
                            break;
                        case Op.SetupAnnotations:
                            SetupAnnotationsStep(f);
                            break;
                        case Op.LoadAssertionError:
                            s[sp++].V = TypeObjects.AssertionError;
                            break;
                        case Op.PrintExpr:
                            {
                                var v = s[--sp].V!;
                                s[sp].V = null;
                                Builtins.DisplayHook(v);
                                break;
                            }
                        case Op.GetAwaitable:
                            { var v_ = GetAwaitableStep(s[sp - 1].V!, arg); s[sp - 1].V = v_; }
                            break;
                        case Op.GetAiter:
                            { var v_ = GetAiterStep(s[sp - 1].V!); s[sp - 1].V = v_; }
                            break;
                        case Op.GetAnext:
                            { var v_ = GetAnextStep(s[sp - 1].V!); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.EndAsyncFor:
                            pending = EndAsyncForStep(s, sp);
                            if (pending is not null) goto Raise;
                            sp -= 2;
                            break;
                        case Op.BeforeAsyncWith:
                            pending = BeforeAsyncWithStep(s, sp);
                            if (pending is not null) goto Raise;
                            sp++;
                            break;
                        case Op.AsyncGenWrap:
                            { var v_ = AsyncGenWrapStep(s[sp - 1].V!); s[sp - 1].V = v_; }
                            break;
                        case Op.Copy:
                            s[sp].V = s[sp - arg].V;
                            sp++;
                            break;
                        case Op.Swap:
                            // SWAP 2|3 and as many STORE_FASTs (`a, b = b, a + b`): each value goes to its
                            // local straight from where it was computed. Untraced copy only.
                            if (!TMode.Lines && arg <= 3 && (Fetch(instrs, ip) & 0xFF) == (int)Op.StoreFast && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.StoreFast
                                && (arg == 2 || (Fetch(instrs, ip + 2) & 0xFF) == (int)Op.StoreFast))
                            {
                                for (int k = sp - arg; k < sp; k++)
                                {
                                    s[Fetch(instrs, ip++) >> 8].V = s[k].V;
                                    s[k].V = null;
                                }
                                sp -= arg;
                                break;
                            }
                            (s[sp - 1].V, s[sp - arg].V) = (s[sp - arg].V, s[sp - 1].V);
                            break;
                        case Op.GetLen:
                            { var v_ = GetLenStep(s[sp - 1].V!); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.MatchSequence:
                            { var v_ = PyBool.From(IsMatchSequence(s[sp - 1].V!)); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.MatchMapping:
                            { var v_ = PyBool.From(IsMatchMapping(s[sp - 1].V!)); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.MatchKeys:
                            { var v_ = MatchKeysStep(s[sp - 2].V!, s[sp - 1].V!); s[sp].V = v_; }
                            sp++;
                            break;
                        case Op.MatchClass:
                            sp = MatchClassStep(s, sp, arg);
                            break;
                        case Op.LoadFastChecked:
                        default:
                            throw UnknownOpcode(word);
                    }
                    continue;

                FusedBinary:
                    // A BINARY_OP fused into the instruction before it (word holds it, ip is still at
                    // it; ba and bb are its operands): past it, then as BINARY_OP.
                    ip++;
                    arg = word >> 8;
                    goto Binary;

                Binary:
                    // BINARY_OP with its operands in ba, bb and off the stack (s[sp] may still hold
                    // one): from the case above, or fused into the LOAD_FAST before it (LOAD_FAST
                    // LOAD_FAST|LOAD_CONST BINARY_OP and LOAD_FAST BINARY_OP: no operand goes through
                    // the stack, no dispatch, no write barrier). Exact float and int operands inline
                    // (type checks by method table: `is PyInt` would call the cast helper for every
                    // float, PyInt not being sealed).
                    {
                        var a = ba!;
                        var b = bb!;
                        PyObject r;
                        if ((a.GetType() == typeof(PyFloat) || b.GetType() == typeof(PyFloat)) && AsChainOperand(a, out double fx) && AsChainOperand(b, out double fy))
                        {
                            // Exact floats, or an exact float and an int of at most 53 bits.
                            if (FloatArith(arg, fx, fy, out double z))
                            {
                                // A float chain (`x * x + y * y`, `x * x / 2`): while the next operation
                                // takes this result and a float or int from the stack, a local or a
                                // constant, the result stays a double; one float is boxed at the end.
                                if (!TMode.Lines && FloatChainNext(Fetch(instrs, ip)))
                                {
                                    // Its first step inline when it is a BINARY_OP taking the result as
                                    // its right operand and an exact float on the stack as its left
                                    // (`v[0] -= dx * m`, `p[0] += dt * v[0]`, `t + x * y`): FloatChain's
                                    // call only for a longer chain.
                                    int cx = Fetch(instrs, ip);
                                    if (((cx & 0xFF) == (int)Op.BinaryOp || (cx & 0xFF) == (int)Op.InplaceOp)
                                        && s[sp - 1].V is { } lo && lo.GetType() == typeof(PyFloat)
                                        && FloatArith(cx >> 8, Unsafe.As<PyFloat>(lo).V, z, out double z1))
                                    {
                                        z = z1;
                                        ip++;
                                        s[sp].V = null;     // the stale operand above the stack
                                        sp--;
                                    }
                                    if (FloatChainNext(Fetch(instrs, ip)))
                                    {
                                        var chain = FloatChain(code, ip, s, sp, consts, z);
                                        z = chain.Z;
                                        ip = chain.Ip;
                                        sp = chain.Sp;
                                    }
                                }
                                // The only argument of CALL|CALL_METHOD 1 (`sqrt(x * x + y * y)`,
                                // `int(x * k)`): int or math's function takes the double, the
                                // call is skipped and its result goes where the CALL puts it.
                                if (!TMode.Lines && Fetch(instrs, ip) is var cw && (cw == ((1 << 8) | (int)Op.Call) || cw == ((1 << 8) | (int)Op.CallMethod))
                                    && FloatArgCall(f, s, sp, cw, z) is { } cr)
                                {
                                    s[sp].V = null;
                                    ip++;
                                    sp -= (cw & 0xFF) == (int)Op.Call ? 1 : 2;
                                    r = cr;
                                    goto Done;
                                }
                                r = new PyFloat(z);
                                goto Done;
                            }
                        }
                        else if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a) is { IsPlain: true } ia && Unsafe.As<PyInt>(b) is { IsPlain: true } ib)
                        {
                            long x = ia.V, y = ib.V;
                            long iz;
                            // + and - first by compares, then a switch for the rest: the switch alone was
                            // a jump table with spills around it, ~11 instructions and an indirect jump
                            // before every int + (docs/performance.md, game16).
                            if (arg == (int)BinaryOp.Add)
                            {
                                iz = unchecked(x + y);
                                if (((x ^ iz) & (y ^ iz)) >= 0) goto IntResult;
                                goto IntOther;
                            }
                            if (arg == (int)BinaryOp.Sub)
                            {
                                iz = unchecked(x - y);
                                if (((x ^ y) & (x ^ iz)) >= 0) goto IntResult;
                                goto IntOther;
                            }
                            switch ((BinaryOp)arg)
                            {
                                // The product fits in a long (Ops.MulFits: operands within ±2^31
                                // by two compares, else the 128-bit product's high half is the low
                                // half's sign); non-negative operands need no floor correction;
                                // bitwise and of two ints is exact.
                                case BinaryOp.Mul:
                                    if (Ops.MulFits(x, y, out iz)) goto IntResult;
                                    break;
                                case BinaryOp.Mod:
                                    if (x >= 0 && y > 0) { iz = x % y; goto IntResult; }
                                    break;
                                case BinaryOp.FloorDiv:
                                    if (x >= 0 && y > 0) { iz = x / y; goto IntResult; }
                                    break;
                                case BinaryOp.And:
                                    // BINARY_OP & POP_JUMP_IF_FALSE|TRUE (`if cands[c] & bit:`, a mask
                                    // test): the jump decided on the long, no result pushed, one
                                    // dispatch fewer. Untraced copy only: the traced one sees both.
                                    iz = x & y;
                                    if (!TMode.Lines)
                                    {
                                        int nj = Fetch(instrs, ip);
                                        // A target before the jump (at ip) is a back edge: polled as JUMP_BACKWARD.
                                        if ((nj & 0xFF) == (int)Op.PopJumpIfFalse) { s[sp].V = null; int at = ip; ip = iz != 0 ? ip + 1 : nj >> 8; if (ip < at) goto PollLineMode; continue; }
                                        if ((nj & 0xFF) == (int)Op.PopJumpIfTrue) { s[sp].V = null; int at = ip; ip = iz != 0 ? nj >> 8 : ip + 1; if (ip < at) goto PollLineMode; continue; }
                                    }
                                    r = PyInt.From(iz);
                                    goto Done;
                            }
                            goto IntOther;
                        IntResult:
                            // An int chain (`(state * 69069 + 1) % 2**32`, `ij * (ij + 1) // 2 + i`):
                            // a result outside the small-int cache that the next operation takes with
                            // an int from the stack, a local or a constant stays a long; one int is
                            // made at the end (IntChain).
                            if (!TMode.Lines && !PyInt.IsCached(iz) && FloatChainNext(Fetch(instrs, ip)))
                            {
                                var chain = IntChain(code, ip, s, sp, consts, iz);
                                iz = chain.Z;
                                ip = chain.Ip;
                                sp = chain.Sp;
                            }
                            r = PyInt.From(iz);
                            goto Done;
                        }
                    IntOther:
                        f.Ip = ip - 1;   // a fused BINARY_OP started at an earlier instruction
                        // An instance's Python __op__ runs as an inline frame (Interpreter.InlineBinary.cs).
                        if (!TMode.Lines && PyInstance.IsExact(a) && PushBinary(f, ts, a, b, arg, (Op)(word & 0xFF) == Op.InplaceOp, s, sp) is { } bf) { f = bf; goto EnteredFrame; }
                        r = BinaryNumeric(a, b, (BinaryOp)arg, (Op)(word & 0xFF) == Op.InplaceOp);
                    Done:
                        // BINARY_OP STORE_FAST: the result goes straight to the local (one
                        // dispatch and one stack store fewer). Untraced copy only.
                        if (!TMode.Lines)
                        {
                            int nx = Fetch(instrs, ip);
                            if ((nx & 0xFF) == (int)Op.StoreFast)
                            {
                                ip++;
                                s[nx >> 8].V = r;
                                s[sp].V = null;
                                continue;
                            }
                            // BINARY_OP ROT_TWO STORE_ATTR (`o.x op= v`, the store half) on the site's instance
                            // value of the object under the result: replaced without the result being pushed.
                            if ((nx & 0xFF) == (int)Op.RotTwo && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.StoreAttr && AugAttrStoreHit(code, ip + 1, s, sp, r))
                            {
                                ip += 2;
                                sp--;
                                continue;
                            }
                            // BINARY_OP BINARY_OP (`t += x + z`): the result is the next one's right operand.
                            if ((nx & 0xFF) == (int)Op.BinaryOp || (nx & 0xFF) == (int)Op.InplaceOp)
                            {
                                s[sp].V = null;
                                ba = s[--sp].V;
                                bb = r;
                                word = nx;
                                goto FusedBinary;
                            }
                            // BINARY_OP RETURN_VALUE (`return a + b`) in an inline frame: the result goes to
                            // the caller without being pushed, one dispatch fewer.
                            if ((nx & 0xFF) == (int)Op.ReturnValue && !ReferenceEquals(f, entry))
                            {
                                s[sp].V = null;
                                f.Ip = ip + 1;
                                f.Sp = sp;
                                f.Finished = true;
                                f = ReturnInline(f, ts, r);
                                goto SwitchFrame;
                            }
                            // BINARY_OP ROT_THREE STORE_SUBSCR (`v[0] -= dx * m`, the store half) on an exact
                            // list and an index in range: the result stored without being pushed.
                            if ((nx & 0xFF) == (int)Op.RotThree && (Fetch(instrs, ip + 1) & 0xFF) == (int)Op.StoreSubscr
                                && s[sp - 2].V!.GetType() == typeof(PyList) && s[sp - 1].V!.GetType() == typeof(PyInt))
                            {
                                var rl = Unsafe.As<PyList>(s[sp - 2].V!);
                                var ri = Unsafe.As<PyInt>(s[sp - 1].V!);
                                long i = ri.V;
                                if (i < 0) i += rl.Count;
                                if (rl.Sub is null && ri.IsPlain && (ulong)i < (ulong)rl.Count)
                                {
                                    ip += 2;
                                    SetListItem(rl, (int)i, r);
                                    s[sp].V = s[sp - 1].V = s[sp - 2].V = null;
                                    sp -= 2;
                                    continue;
                                }
                            }
                            // BINARY_OP BINARY_SUBSCR (`perm1[i + 1]`, `objs[i % 5]`): the result indexes the
                            // exact list under it without being pushed.
                            if ((nx & 0xFF) == (int)Op.BinarySubscr && ListItemAt(s[sp - 1].V!, r) is { } bi)
                            {
                                ip++;
                                s[sp].V = null;
                                s[sp - 1].V = bi;
                                continue;
                            }
                        }
                        s[sp++].V = r;
                        continue;
                    }

                SwitchFrame:
                    // An inline return or yield made f current: the loop's registers follow it. No
                    // mode test here: sys.settrace/setprofile is set by a call, whose own poll
                    // switches copies (FinishInlineFrames), and a line marker attached meanwhile is
                    // noticed at the next back edge or call, as one attached anywhere else.
                    code = f.Code;
                    instrs = code.Instructions;
                    consts = code.Constants;
                    names = code.Names;
                    s = f.Slots;
                    nlocals = code.NLocals;
                    ip = f.Ip;
                    sp = f.Sp;
                    goto PollPending;

                EnteredFrame:
                    // An inline call or generator resume made f current. What it did first
                    // (CanRunInline) found no tracer and the line marker off, so the mode test of
                    // PollLineMode is skipped; the pending work and re-entry polls still run.
                    code = f.Code;
                    instrs = code.Instructions;
                    consts = code.Constants;
                    names = code.Names;
                    s = f.Slots;
                    nlocals = code.NLocals;
                    ip = f.Ip;
                    sp = f.Sp;
                    goto PollPending;

                PollLineMode:
                    // Where the loop already pauses (back edges, after calls) it checks whether a
                    // tracer attached to or left the line marker, and switches loop copies if so.
                    {
                        // Two tests, not two flags or-ed: or-ed, the instrumented build materialised
                        // the semaphore's compare (setne, movzx, or) on every return and back edge.
                        bool lines = ts.Hooked;   // sys.settrace / sys.setprofile
                        if (!lines) Probes.Probes.LineEnabled(ref lines);
                        if (lines != TMode.Lines) { f.Ip = ip; f.Sp = sp; f.LastLine = -1; { pendingOut = pending; return ModeSwitch; } }
                    }
                    // Back to the dispatch from here when nothing is pending, not through PollPending:
                    // that block is also where SwitchFrame and EnteredFrame arrive with the frame's
                    // state reloaded, and the instrumented build kept ip, sp and the slots in stack
                    // homes at its entry, so that every back edge stored three registers and loaded
                    // them again (the plain build kept them in registers). Where the JIT can re-enter
                    // (the counter below), every back edge still goes through PollPending.
                    if (ts.Pending == 0 && !RuntimeFeature.IsDynamicCodeSupported) continue;
                PollPending:
                    // Work queued for this thread by others (finalisers the CLR queued, ...) runs here.
                    // The untraced copy also leaves when asked to (PendingWork.ReenterLoop), so that a
                    // long-running frame moves on to the code tiered compilation made since it started.
                    if (ts.Pending != 0 && ts.RunPending() && !TMode.Lines) { f.Ip = ip; f.Sp = sp; { pendingOut = pending; return Reentry; } }
                    // With inline calls one invocation can run a whole program: leaving now and then
                    // (every ReentryPolls back edges and calls) lets the next invocation run the
                    // JIT's latest code for the loop, also on threads nobody asks to re-enter.
                    // NativeAOT has no JIT and no newer code (ILC folds IsDynamicCodeSupported to
                    // false): the counter and its stack home are gone from every call, return and
                    // back edge there.
                    if (!TMode.Lines && RuntimeFeature.IsDynamicCodeSupported && --reentry == 0) { f.Ip = ip; f.Sp = sp; { pendingOut = pending; return Reentry; } }
                }
            }
        Raise:
            // An exception raised by an instruction of this loop (not thrown): report it at that instruction.
            f.Ip = ip - 1;
            f.Sp = sp;
            { pendingOut = pending; return null; }
        }
    }

    // ------------------------------------------------------------------ helpers kept out of the loop
    // Cold or bulky instruction bodies live here, not inlined: every temporary a case declares
    // (out parameters, interpolated strings, inline arrays) would otherwise enlarge the loop's
    // frame, which is zero-initialised on every Python call.

    /// <summary>CHECK_EXC_MATCH: whether the exception <paramref name="e"/> matches <paramref
    /// name="type"/>, with exception__handled fired for a match (the instruction at <paramref name="at"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckExcMatchStep(Frame f, int at, PyBaseException e, PyObject type)
    {
        bool match = ExceptionMatches(e, type);
        if (match)
        {
            // exception__handled watched: the marked twin fires it (a set branch that leaves, so
            // the disabled guard falls through: MarkedCallLeaves in Interpreter.InlineCalls.cs).
            bool marked = false;
            Probes.Probes.ExceptionHandledEnabled(ref marked);
            if (marked) return ExceptionMatchedMarked(f, at, e);
        }
        return match;
    }

    /// <summary>CHECK_EXC_MATCH's match while a tracer watches exception__handled.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ExceptionMatchedMarked(Frame f, int at, PyBaseException e)
    {
        Probes.Probes.ExceptionHandled(f, at, e);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddAll(PySet set, PyObject items)
    {
        foreach (var x in Ops.ToList(items)) set.Add(x);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception UnknownOpcode(int word) => new InvalidOperationException($"unknown opcode {(Op)(word & 0xFF)}");

    /// <summary>SEND: true when the sub-iterator finished (its result replaces it; jump to the exit).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SendStep(Slot[] s, int sp)
    {
        // stack: [.., iter, value]; on return [.., iter, yielded] (false) or [.., result] (true).
        var v = s[--sp].V!;
        var it = s[sp - 1].V!;
        PyObject? y;
        PyObject? ret = null;
        if (it is PyGenerator g) y = g.Resume(v, null, out ret);
        else if (it is IAwaitIterator ai) y = ai.SendEx(v, null, out ret);
        else if (v is PyNone && it is PyIterator pit) y = pit.Next();
        else y = SendToIterator(it, v, out ret);
        if (y is null)
        {
            s[sp].V = null;
            s[sp - 1].V = ret ?? PyNone.Instance;
            return true;
        }
        s[sp].V = y;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? BeforeWithStep(Slot[] s, int sp)
    {
        var mgr = s[sp - 1].V!;
        var enter = mgr.Type.Lookup(Ops.N.Enter);
        var exit = mgr.Type.Lookup(Ops.N.Exit);
        if (enter is null || exit is null)
        {
            return Errors.TypeError(enter is null
                ? $"'{mgr.Type.Name}' object does not support the context manager protocol"
                : $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)").Value;
        }
        s[sp - 1].V = Ops.BindDescriptor(exit, mgr, mgr.Type);
        s[sp].V = Ops.CallMethod(enter, mgr);
        return null;
    }

    /// <summary>
    /// WITH_EXCEPT_START: calls __exit__(type, exc, tb) and pushes whether it suppresses the
    /// exception (its truth, taken once here so the following POP_JUMP_IF_TRUE calls no __bool__);
    /// a suppressed exception is handled at the `with` line (exception__handled).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WithExceptStartStep(Frame f, int ip, Slot[] s, int sp)
    {
        var e = (PyBaseException)s[sp - 1].V!;
        var exit = s[sp - 3].V!;
        var res = Ops.Call(exit, [e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]);
        // `async with`: the result is __aexit__'s awaitable, awaited next; its truth is tested after.
        var code = f.Code.Code;
        if (ip + 1 < code.Length && (Op)(code[ip + 1] & 0xFF) == Op.GetAwaitable)
        {
            s[sp].V = res;
            return;
        }
        bool suppress = Ops.Truth(res);
        if (suppress) Probes.Probes.ExceptionHandled(f, ip, e);
        s[sp].V = PyBool.From(suppress);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FormatValueStep(Slot[] s, int sp, int arg)
    {
        string spec = "";
        if ((arg & 4) != 0) { spec = ((PyStr)s[--sp].V!).V; s[sp].V = null; }   // caller drops the slot
        var v = s[sp - 1].V!;
        v = (arg & 3) switch
        {
            1 => Ops.StrObject(v),    // !s and !r keep a str subclass's instance (PyObject_Str/Repr),
            2 => Ops.ReprObject(v),   // which the format below then makes an exact str
            3 => PyStr.From(Ops.Ascii(v)),
            _ => v,
        };
        s[sp - 1].V = v is PyStr { IsExact: true } vs && spec.Length == 0 ? vs : Ops.FormatObject(v, spec);
    }

    /// <summary>
    /// Calls the callable in slot `fn` with `count` arguments from slot `first`. Kept out of the loop
    /// (not inlined): the argument span lives in this small frame, not in the loop's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallAt<TMode>(Frame f, ThreadState ts, Slot[] s, int fn, int first, int count, int at) where TMode : struct, ITraceMode
    {
        var kw = f.KwNames;
        f.KwNames = null;
        var callable = s[fn].V!;
        var args = ArgSpan(s, first, count);
        if (callable is PyFunction pf)
        {
            var r = CallFunction(pf, args, kw, ts);
            if (pf.Code.IsGenerator) MarkLoopOwned(f, r, at);
            return r;
        }
        // Only the traced copy reports c_call/c_return to a profile function.
        return TMode.Lines ? CallOtherProfiled(f, ts, at, callable, args, kw) : CallOther(f, at, callable, args, kw);
    }



    /// <summary>`for x in gen(...)` and `(... for x in gen(...))`: the generator a CALL at
    /// <paramref name="at"/> just created is iterated right after it (GET_ITER, then the for
    /// statement's FOR_ITER, or the comprehension function's CALL 1 whose `.0` it becomes), which
    /// is then its only holder. A for statement closes it when it lets go early (POP_TOP of the
    /// iterator, or an exception cutting the stack below it); a generator expression when it is
    /// closed itself (PyGenerator.ReleasedByLoop).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MarkLoopOwned(Frame f, PyObject r, int at)
    {
        var instrs = f.Code.Code;
        if (r is PyGenerator g && at + 2 < instrs.Length && (instrs[at + 1] & 0xFF) == (int)Op.GetIter)
        {
            if ((instrs[at + 2] & 0xFF) == (int)Op.ForIter) { g.LoopOwned = true; f.Code.HadLoopOwned = true; }
            else if (instrs[at + 2] == ((1 << 8) | (int)Op.Call)) g.ComprehensionOwned = true;
        }
        else if (r is PyGenerator yg && at + 3 < instrs.Length && (instrs[at + 1] & 0xFF) == (int)Op.GetYieldFromIter && (instrs[at + 3] & 0xFF) == (int)Op.Send)
            yg.YieldFromOwned = true;
    }

    /// <summary>An exception leaves `for` statements: generators they alone held (<see cref="MarkLoopOwned"/>)
    /// in the stack slots being cut are closed, innermost loop first, before the handler runs or
    /// the frame is left, where CPython's refcount closes them.</summary>
    private static void ReleaseLoopOwned(Frame f, int from)
    {
        var s = f.Slots;
        for (int i = s.Length - 1; i >= from; i--)   // f.Sp may be stale after a C# throw; slots past the top are null
            if (s[i].V is PyGenerator { LoopOwned: true } g) g.ReleasedByLoop(f);
    }

    /// <summary>A view of stack slots as call arguments (Slot wraps exactly one reference, so the
    /// layouts agree); bounds are checked here since the view is built without the array's own check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<PyObject> ArgSpan(Slot[] s, int start, int length)
    {
        if ((ulong)(uint)start + (uint)length > (uint)s.Length) throw new IndexOutOfRangeException();
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Slot, PyObject>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), start)), length);
    }

    /// <summary>generator.throw(), and an exception a `yield from` sub-iterator's throw() handed
    /// back: chained to what the generator itself handles where it is suspended (CPython's
    /// gen_send_ex2 and _PyErr_ChainStackItem: its own exception state, nothing when that is empty;
    /// when it is not, _PyErr_SetObject's rule: the context is replaced, a cycle through the new
    /// context cut), never to its resumer's (ts.HandledBelow), which Unwind's chaining would add:
    /// the exception counts as chained from here on.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrownContext(PyBaseException e, ThreadState ts)
    {
        e.ContextAttached = true;
        var h = ts.Handled;
        if (h is null || ReferenceEquals(h, e)) return;
        // Floyd's walk of h's context chain: a link back to e is cut (e's context becomes h).
        PyBaseException o = h, slow = h;
        bool toggle = false;
        while (o.Context is { } c)
        {
            if (ReferenceEquals(c, e)) { o.Context = null; break; }
            o = c;
            if (ReferenceEquals(o, slow)) break;
            if (toggle) slow = slow.Context!;
            toggle = !toggle;
        }
        e.Context = h;
    }

    /// <summary>generator.throw() while delegating: throw into the sub-iterator. Returns the exception
    /// still to raise here, or null when the sub-iterator yielded again or finished.</summary>
    private static PyBaseException? ThrowIntoSubIterator(Frame f, PyBaseException exc, ref int ip, ref int sp)
    {
        var s = f.Slots;
        var sub = s[sp - 1].V!;
        int sendIp = f.Code.Code[ip] >> 8;
        int exitIp = f.Code.Code[sendIp] >> 8;
        PyObject? y;
        PyObject? ret = null;
        try
        {
            // GeneratorExit closes the sub-iterator, then is raised here (CPython's _gen_throw).
            if (exc.Type.IsSubtypeOf(TypeObjects.GeneratorExit)) { CloseSubIterator(sub); return exc; }
            if (sub is not PyGenerator && sub is not IAwaitIterator && Ops.GetAttrOrNull(sub, PyStr.From("throw")) is null) return exc;
            y = SendOrThrow(sub, PyNone.Instance, exc, out ret);
        }
        catch (PyException e)
        {
            s[--sp].V = null;   // the sub-iterator is gone; the exception continues here
            return e.Value;
        }
        if (y is null)
        {
            s[sp - 1].V = ret ?? PyNone.Instance;
            ip = exitIp;
            return null;
        }
        s[sp++].V = y;
        ip--;                 // re-execute YIELD_VALUE with the new value
        return null;
    }

    private static PyBaseException UnboundLocal(CodeObject code, int slot) =>
        Errors.UnboundLocalError($"cannot access local variable '{code.VarNames[slot]}' where it is not associated with a value").Value;

    private static PyBaseException UnboundDeref(CodeObject code, int i)
    {
        string name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
        if (i >= code.CellVars.Length) return Errors.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope").Value;
        return Errors.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value").Value;
    }

    /// <summary>LOAD_GLOBAL's per-instruction cache at instruction `at`: its value while neither the
    /// globals nor the builtins changed since it was filled, else null (LoadGlobalSlow decides).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? GlobalHit(CodeObject code, int at, Frame f)
    {
        var cache = code.GlobalCache;
        if (cache is not null && cache[at] is { } ce && ReferenceEquals(ce.Globals, f.Globals)
            && ce.GlobalsVersion == f.Globals.Mutations && ce.BuiltinsVersion == f.Builtins.Mutations)
            return ce.Value;
        return null;
    }

    private static PyObject? LoadGlobalSlow(CodeObject code, int at, PyStr name, Frame f)
    {
        PyDict globals = f.Globals, builtins = f.Builtins;
        var cache = code.GlobalCache;
        // Some global changed but no key came or went: the name is where it was.
        if (cache is not null && cache[at] is { } ce && ReferenceEquals(ce.Globals, globals) && ReferenceEquals(ce.Builtins, builtins)
            && ce.GlobalsKeys == globals.Version && ce.BuiltinsKeys == builtins.Version)
        {
            ce.GlobalsVersion = globals.Mutations;
            ce.BuiltinsVersion = builtins.Mutations;
            return ce.Value = ce.Found.ValueAt(ce.Index);
        }
        var found = globals;
        int e = globals.IndexOf(name);
        if (e < 0) { found = builtins; e = builtins.IndexOf(name); }
        if (e < 0) return null;
        var entry = new GlobalCacheEntry(globals, builtins, found, e);
        GlobalCacheOf(code)[at] = entry;
        return entry.Value;
    }

    /// <summary>The code's LOAD_GLOBAL/LOAD_NAME/STORE_NAME cache entries, made (and registered with
    /// the gc module, which empties them before a collection) on first use.</summary>
    private static GlobalCacheEntry?[] GlobalCacheOf(CodeObject code)
    {
        if (code.GlobalCache is { } cache) return cache;
        GcTracker.TrackGlobalCache(code);
        return code.GlobalCache = new GlobalCacheEntry?[code.Code.Length];
    }

    private static PyBaseException NameErr(string name)
    {
        var e = Errors.NameError($"name '{name}' is not defined").Value;
        e.Dict!["name"] = PyStr.From(name);
        return e;
    }

    private static readonly ConditionalWeakTable<PyObject, string[]> KwNamesCache = new();

    private static string[] KwNamesOf(PyObject tuple)
    {
        if (KwNamesCache.TryGetValue(tuple, out var names)) return names;
        var t = (PyTuple)tuple;
        names = new string[t.Items.Length];
        for (int i = 0; i < names.Length; i++) names[i] = ((PyStr)t.Items[i]).V;
        KwNamesCache.AddOrUpdate(tuple, names);
        return names;
    }

    /// <summary>UNPACK_EX (`first, *rest, last = seq`): an exact tuple or list long enough is copied
    /// from its items (no iterator, no intermediate lists: nothing can run or change it meanwhile);
    /// anything else, and the errors, as UnpackIterable.</summary>
    private static int UnpackStarred(PyObject seq, int before, int after, Slot[] s, int sp)
    {
        PyObject[] items;
        int n;
        if (seq is PyTuple { Sub: null } t) { items = t.Items; n = items.Length; }
        else if (seq is PyList { Sub: null } l) { items = l.Items; n = l.Count; }
        else return UnpackIterable(seq, before, before, after, s, sp);
        if (n < before + after) return UnpackIterable(seq, before, before, after, s, sp);
        var starred = new PyList(items.AsSpan(before, n - before - after));
        for (int i = n - 1; i >= n - after; i--) s[sp++].V = items[i];
        s[sp++].V = starred;
        for (int i = before - 1; i >= 0; i--) s[sp++].V = items[i];
        return sp;
    }

    private static int UnpackIterable(PyObject seq, int before, int starIndex, int after, Slot[] s, int sp)
    {
        var it = Ops.GetIterOrNull(seq) ?? throw Errors.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var items = new List<PyObject>();
        while (it.Next() is { } x) items.Add(x);
        if (starIndex < 0)
        {
            if (items.Count < before) throw Errors.ValueError($"not enough values to unpack (expected {before}, got {items.Count})");
            if (items.Count > before) throw Errors.ValueError($"too many values to unpack (expected {before})");
            for (int i = before - 1; i >= 0; i--) s[sp++].V = items[i];
            return sp;
        }
        if (items.Count < before + after)
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        var starred = new PyList(items.GetRange(before, items.Count - before - after));
        for (int i = items.Count - 1; i >= items.Count - after; i--) s[sp++].V = items[i];
        s[sp++].V = starred;
        for (int i = before - 1; i >= 0; i--) s[sp++].V = items[i];
        return sp;
    }

    public static bool ExceptionMatches(PyBaseException e, PyObject type)
    {
        if (type is PyType t)
        {
            if (!t.IsException) throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return e.Type.IsSubtypeOf(t);
        }
        if (type is PyTuple tup)
        {
            foreach (var x in tup.Items) if (ExceptionMatches(e, x)) return true;
            return false;
        }
        throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>Builds the exception for `raise`, `raise X`, `raise X from Y`.</summary>
    private static PyBaseException MakeRaise(PyObject? exc, PyObject? cause, bool hasCause, ThreadState ts)
    {
        if (exc is null)
        {
            var h = ts.CurrentHandled;
            if (h is null) return Errors.RuntimeError("No active exception to reraise").Value;
            // A bare `raise` adds no traceback entry for the re-raising frame (CPython's do_raise re-raise case).
            h.LastTbFrame = ts.Frame;
            return h;
        }
        var e = ToException(exc);
        if (hasCause)
        {
            if (cause is PyNone) e.Cause = null;
            else if (cause is PyBaseException || cause is PyType { IsException: true }) e.Cause = ToException(cause!);
            else throw Errors.TypeError("exception causes must derive from BaseException");
            e.SuppressContext = true;
        }
        e.LastTbFrame = null;
        return e;
    }

    public static PyBaseException ToException(PyObject exc)
    {
        if (exc is PyBaseException be) return be;
        if (exc is PyType t && t.IsException)
        {
            var inst = Ops.Call(t);
            if (inst is PyBaseException bi) return bi;
            throw Errors.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        throw Errors.TypeError("exceptions must derive from BaseException");
    }

    private static PyObject? SendToIterator(PyObject it, PyObject v, out PyObject? ret)
    {
        ret = null;
        try
        {
            return v is PyNone ? Ops.Invoke(it, "__next__") : Ops.Invoke(it, "send", v);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            ret = e.Value.Attr("value") ?? (e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance);
            return null;
        }
    }

    public static PyObject CallWithArgsAndKwargs(PyObject callable, PyObject posArgs, PyDict? kwargs)
    {
        if (posArgs is not PyTuple && posArgs is not PyList && Ops.GetIterOrNull(posArgs) is null)
            throw Errors.TypeError($"{DictMethods.CallableName(callable)} argument after * must be an iterable, not {posArgs.Type.Name}");
        PyObject[] pos = posArgs is PyTuple t ? t.Items : Ops.ToArray(posArgs);
        if (kwargs is null || kwargs.Count == 0) return Ops.Call(callable, pos);
        var all = new PyObject[pos.Length + kwargs.Count];
        pos.CopyTo(all, 0);
        var kwnames = new string[kwargs.Count];
        int i = 0;
        foreach (var kv in kwargs.Items())
        {
            if (kv.Key is not PyStr ks) throw Errors.TypeError("keywords must be strings");
            kwnames[i] = ks.V;
            all[pos.Length + i] = kv.Value;
            i++;
        }
        return Ops.Call(callable, all, kwnames);
    }
}

