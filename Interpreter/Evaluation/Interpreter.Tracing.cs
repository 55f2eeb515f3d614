using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>sys.settrace / sys.setprofile state of a thread.</summary>
public sealed partial class ThreadState
{
    public PyObject? TraceFunc;
    public PyObject? ProfileFunc;
    /// <summary>Greater than zero while a trace or profile function runs (its own code is not traced).</summary>
    public int TracingDepth;
    /// <summary>
    /// A trace or profile function is set and none is running: frames run in the line-traced loop
    /// copy and report events. The untraced path reads only this flag (at frame entry and where
    /// the loop polls the line marker).
    /// </summary>
    public bool Hooked;

    internal void UpdateHooked() => Hooked = (TraceFunc is not null || ProfileFunc is not null) && TracingDepth == 0;
}

// The events of sys.settrace and sys.setprofile, as CPython 3.11's ceval reports them. Frames run
// in Run<LineTraced> while a hook is set; everything here is off the untraced path.
public static partial class Interpreter
{
    private static readonly PyStr EvCall = PyStr.From("call"), EvLine = PyStr.From("line"), EvReturn = PyStr.From("return"),
        EvException = PyStr.From("exception"), EvOpcode = PyStr.From("opcode"),
        EvCCall = PyStr.From("c_call"), EvCReturn = PyStr.From("c_return"), EvCException = PyStr.From("c_exception");

    /// <summary>Frames with f_trace_opcodes set; while zero the traced loop skips the opcode check.</summary>
    internal static int OpcodeTracedFrames;

    /// <summary>
    /// Runs a frame while a trace or profile function is set: the 'call' events (unless the hook
    /// was set while the frame already ran), the loop, then the 'return' events — with the return
    /// value, or None when an exception leaves the frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject ExecuteHooked(Frame f, ThreadState ts, bool entering)
    {
        if (entering) CallEvents(f, ts);
        // A resumed generator's line events go on from its yield's line (CPython 3.11's RESUME
        // after the YIELD_VALUE is the previous instruction), not from whatever line it last traced.
        if (entering && f.Generator is not null && f.Ip > 0) f.LastLine = f.Code.LineForInstruction(f.Ip - 1);
        PyObject r;
        try
        {
            while (true)
            {
                bool lines = false;
                Probes.Probes.LineEnabled(ref lines);
                lines |= ts.Hooked;
                r = lines ? Run<LineTraced>(f, ts) : Run<Untraced>(f, ts);
                if (!ReferenceEquals(r, ModeSwitch)) break;
                f.LastLine = LastLineForSwitch(f);
            }
        }
        catch (PyException) when (ts.Hooked)
        {
            // CPython's TRACE_FUNCTION_UNWIND: an exception the hook raises replaces the one leaving.
            ReturnEvents(f, ts, PyNone.Instance);
            throw;
        }
        if (ts.Hooked) ReturnEvents(f, ts, r);
        return r;
    }

    /// <summary>
    /// The line a switch of loop copies before instruction f.Ip counts as already reported: after a
    /// call, the call's line (CPython compares with the previous instruction's line, so tracing set
    /// by a call starts at the next line), else none (a back edge re-fires the loop header).
    /// </summary>
    private static int LastLineForSwitch(Frame f)
    {
        var code = f.Code;
        int ip = f.Ip;
        return ip > 0 && (Op)(code.Code[ip - 1] & 0xFF) is Op.Call or Op.CallMethod or Op.CallEx ? code.LineTable[ip - 1] : -1;
    }

    private static void CallEvents(Frame f, ThreadState ts)
    {
        // A fresh frame reports its `def` line (CPython's RESUME); a resumed generator its yield.
        int line = f.Ip == 0 ? f.Code.FirstLineNo : f.Code.LineForInstruction(f.Ip - 1);
        if (ts.TraceFunc is { } trace)
        {
            PyObject local;
            try { local = InvokeHook(ts, f, trace, EvCall, PyNone.Instance, line, true, -1); }
            catch (PyException e)
            {
                // The failed event is an error at the frame's entry: a second entry for the frame, as
                // CPython's error path adds one after call_trampoline's.
                e.Value.Traceback = new PyTraceback(f, -1, e.Value.Traceback);
                throw;
            }
            if (local is not PyNone) f.GetExtra().Trace = local;
        }
        if (ts.ProfileFunc is { } profile)
        {
            try { InvokeHook(ts, f, profile, EvCall, PyNone.Instance, line, false, -1); }
            catch (PyException e) { e.Value.Traceback = new PyTraceback(f, -1, e.Value.Traceback); throw; }
        }
    }

    private static void ReturnEvents(Frame f, ThreadState ts, PyObject value)
    {
        int at = Math.Max(f.Ip - 1, 0);
        int line = f.Code.LineForInstruction(at);
        if (ts.TraceFunc is not null && f.Extra?.Trace is { } local)
        {
            var r = InvokeHook(ts, f, local, EvReturn, value, line, true, at);
            if (r is not PyNone) f.Extra.Trace = r;
        }
        if (ts.Hooked && ts.ProfileFunc is { } profile)
            InvokeHook(ts, f, profile, EvReturn, value, line, false, at);
    }

    /// <summary>The 'line' event for instruction <paramref name="ip"/>; returns the exception the trace function raised, if any.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? TraceLine(Frame f, ThreadState ts, int ip, int line, int prevLine)
    {
        if (ts.TraceFunc is null || f.Extra is not { Trace: { } local, TraceLines: true } x) return null;
        // The back edge of a `yield from` loop to its SEND is no new line for settrace (CPython 3.11).
        if (line == prevLine && (Op)(f.Code.Code[ip] & 0xFF) == Op.Send) return null;
        try
        {
            var r = InvokeHook(ts, f, local, EvLine, PyNone.Instance, line, true, ip);
            if (r is not PyNone) x.Trace = r;
            return null;
        }
        catch (PyException e) { return e.Value; }
    }

    /// <summary>SEND in the traced loop: when the sub-iterator finishes with a StopIteration (a
    /// value sent, a generator's non-None result, any non-generator), the 'exception' event CPython's
    /// SEND reports under tracing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SendStepTraced(Frame f, ThreadState ts, Slot[] s, int sp, int at)
    {
        var receiver = s[sp - 2].V!;
        bool sentValue = s[sp - 1].V is not PyNone;
        if (!SendStep(s, sp)) return false;
        var result = s[sp - 2].V!;
        if (ts.Hooked && (sentValue || result is not PyNone || receiver is not PyGenerator))
            StopEvent(f, ts, result, at);
        return true;
    }

    /// <summary>
    /// FOR_ITER's next() in the traced loop: when the iterator ends with a StopIteration (a Python
    /// __next__ raising it, a generator returning a value other than None), the 'exception' event
    /// CPython's FOR_ITER reports under tracing.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? NextTraced(Frame f, ThreadState ts, PyIterator it, int at)
    {
        if (it is PyGenerator g)
        {
            var y = g.Resume(PyNone.Instance, null, out var ret);
            if (y is null && ret is not null and not PyNone && ts.Hooked) StopEvent(f, ts, ret, at);
            return y;
        }
        var next = it.Next();
        if (next is null && it is UserIterator && ts.Hooked) StopEvent(f, ts, PyNone.Instance, at);
        return next;
    }

    private static void StopEvent(Frame f, ThreadState ts, PyObject value, int at)
    {
        var stop = Errors.NewException(TypeObjects.StopIteration, value is PyNone ? [] : [value]);
        var r = TraceException(f, ts, stop, at);
        if (!ReferenceEquals(r, stop)) throw new PyException(r);
    }

    /// <summary>The 'opcode' event (f_trace_opcodes) before instruction <paramref name="ip"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? TraceOpcode(Frame f, ThreadState ts, int ip)
    {
        if (ts.TraceFunc is null || f.Extra is not { Trace: { } local, TraceOpcodes: true } x) return null;
        try
        {
            var r = InvokeHook(ts, f, local, EvOpcode, PyNone.Instance, f.Code.LineForInstruction(ip), true, ip);
            if (r is not PyNone) x.Trace = r;
            return null;
        }
        catch (PyException e) { return e.Value; }
    }

    /// <summary>
    /// The 'exception' event when <paramref name="e"/> is raised in, or passes through, instruction
    /// <paramref name="at"/> of <paramref name="f"/> (not for re-raises). An exception the trace
    /// function raises replaces <paramref name="e"/> and unwinds from the same place.
    /// </summary>
    private static PyBaseException TraceException(Frame f, ThreadState ts, PyBaseException e, int at)
    {
        if (!ts.Hooked || ts.TraceFunc is null || f.Extra is not { Trace: { } local } x) return e;
        var op = (Op)(f.Code.Code[at] & 0xFF);
        if (op == Op.Reraise || (op == Op.RaiseVarargs && f.Code.Code[at] >> 8 == 0)) return e;
        try
        {
            var arg = PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
            var r = InvokeHook(ts, f, local, EvException, arg, f.Code.LineForInstruction(at), true, at);
            if (r is not PyNone) x.Trace = r;
            return e;
        }
        catch (PyException te)
        {
            te.Value.LastTbFrame = f;
            te.Value.ContextAttached = true;
            return te.Value;
        }
    }

    /// <summary>
    /// Calls a trace or profile function as CPython's call_trampoline does: f_locals refreshed
    /// before and written back after, hooks off while it runs, f_lineno pinned to the event's line.
    /// When it raises, the hook is removed (settrace(None) / setprofile(None)) and the frame gets a
    /// traceback entry at <paramref name="tbIp"/> before the exception propagates.
    /// </summary>
    private static PyObject InvokeHook(ThreadState ts, Frame f, PyObject fn, PyStr what, PyObject arg, int line, bool trace, int tbIp)
    {
        var x = f.GetExtra();
        int savedLine = x.EventLine;
        x.EventLine = line;
        ts.TracingDepth++;
        ts.UpdateHooked();
        try
        {
            if (f.Locals is null && (f.Code.Flags & CodeFlags.Optimized) != 0) f.LocalsDict();
            var r = Ops.Call(fn, [f.Escape(), what, arg]);
            f.LocalsToFast();
            return r;
        }
        catch (PyException e)
        {
            f.LocalsToFast();
            if (trace) { ts.TraceFunc = null; x.Trace = null; }
            else ts.ProfileFunc = null;
            e.Value.Traceback = new PyTraceback(f, tbIp, e.Value.Traceback);
            throw;
        }
        finally
        {
            x.EventLine = savedLine;
            ts.TracingDepth--;
            ts.UpdateHooked();
        }
    }

    /// <summary>A call of anything but a Python function from the traced loop: c_call / c_return /
    /// c_exception around builtin functions when a profile function is set.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallOtherProfiled(Frame f, ThreadState ts, int at, PyObject callable, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        // Only a profile function set before the call sees it (CPython's C_TRACE): c_return for
        // setprofile(None) never comes, nor one for the call that set the function.
        if (!ts.Hooked || ts.ProfileFunc is null || !Probes.ProbeRendering.IsBuiltinCall(callable) || (callable is PyMethodDescriptor && args.Length == 0))
            return CallOther(f, at, callable, args, kw);
        // A method descriptor is reported bound to its receiver, as CPython's trace_call_function does.
        var reported = callable is PyMethodDescriptor md ? new PyBuiltinFunction(md.Name, md.Fn, args[0]) : callable;
        CEvent(f, ts, ts.ProfileFunc, EvCCall, reported, at);
        PyObject r;
        try { r = CallOther(f, at, callable, args, kw); }
        catch (PyException) when (ts.Hooked && ts.ProfileFunc is not null)
        {
            CEvent(f, ts, ts.ProfileFunc, EvCException, reported, at);
            throw;
        }
        if (ts.Hooked && ts.ProfileFunc is { } after) CEvent(f, ts, after, EvCReturn, reported, at);
        return r;
    }

    /// <summary>CALL_FUNCTION_EX from the traced loop, with the c_* profile events for builtins.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CallExProfiled(Frame f, ThreadState ts, int at, PyObject callable, PyObject posArgs, PyDict? kwargs)
    {
        if (!ts.Hooked || ts.ProfileFunc is null || !Probes.ProbeRendering.IsBuiltinCall(callable) || callable is PyMethodDescriptor)
            return CallExOther(f, at, callable, posArgs, kwargs);
        CEvent(f, ts, ts.ProfileFunc, EvCCall, callable, at);
        PyObject r;
        try { r = CallExOther(f, at, callable, posArgs, kwargs); }
        catch (PyException) when (ts.Hooked && ts.ProfileFunc is not null)
        {
            CEvent(f, ts, ts.ProfileFunc, EvCException, callable, at);
            throw;
        }
        if (ts.Hooked && ts.ProfileFunc is { } after) CEvent(f, ts, after, EvCReturn, callable, at);
        return r;
    }

    private static void CEvent(Frame f, ThreadState ts, PyObject profile, PyStr what, PyObject fn, int at) =>
        InvokeHook(ts, f, profile, what, fn, f.Code.LineForInstruction(at), false, at);
}
