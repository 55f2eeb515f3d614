using Herthon.Compiling;
using Herthon.Evaluation;

namespace Herthon.Runtime;

public sealed class PyFunction : PyObject
{
    public CodeObject Code;   // settable: __code__ (types.coroutine, f.__code__ = code.replace(...))
    public readonly PyDict Globals;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyObject? Annotations;   // __annotations__ (a dict), created on first access when the def had none
    public readonly PyCell[]? Closure;
    public string Name;
    public string QualName;
    public PyObject Module;
    public PyObject Doc;
    private PyDict? _dict;
    /// <summary>Frames of finished calls, reused by the next ones (Evaluation/Frame.Reuse.cs).</summary>
    internal SpareFrame[]? SpareFrames;
    /// <summary>How many of SpareFrames are spares, from index 0; the entries above may still hold
    /// frames taken from them (running calls), which only Recycle makes spares again.</summary>
    internal int SpareCount;
    /// <summary>This function's first finished frame went to its code's SpareFrame (the next goes to
    /// SpareFrames): a function made per call (a comprehension) never allocates a SpareFrames array.</summary>
    internal bool CodeSpareUsed;

    // Keys with cached hashes: a def or lambda run in a loop (closures) looks both up each time.
    public PyFunction(CodeObject code, PyDict globals, PyTuple? defaults, PyDict? kwDefaults, PyCell[]? closure)
        : this(code, globals, defaults, kwDefaults, closure,
               globals.TryGetValue(Ops.N.Name, out var module) ? module : PyNone.Instance, BuiltinsFromGlobals(globals))
    {
    }

    /// <summary>MAKE_FUNCTION's constructor: `__name__` and the builtins as the globals give them now
    /// (the caller read them, or knows the globals have not changed since it did).</summary>
    internal PyFunction(CodeObject code, PyDict globals, PyTuple? defaults, PyDict? kwDefaults, PyCell[]? closure, PyObject module, PyDict builtins)
    {
        Code = code;
        Globals = globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        Module = module;
        Doc = code.Doc ?? PyNone.Instance;
        BuiltinsDict = builtins;
    }

    /// <summary>The builtins a function's frames use, fixed when it is created (CPython's func_builtins).</summary>
    public readonly PyDict BuiltinsDict;

    /// <summary>globals["__builtins__"] as a dict (a module's dict, or the dict itself); the real builtins otherwise.</summary>
    public static PyDict BuiltinsFromGlobals(PyDict globals) => (globals.TryGetValue(Ops.N.Builtins, out var b) ? b : null) switch
    {
        PyModule m => m.ModuleDict,
        PyDict d => d,
        _ => Builtins.Dict,
    };

    public override PyType Type => TypeObjects.Function;
    public override PyDict? Dict => _dict ??= new PyDict();
    /// <summary>The function's __dict__ if something created it, without creating it (gc.get_referents).</summary>
    internal PyDict? DictIfCreated => _dict;

    /// <summary>True when a positional call with exactly ArgCount arguments can copy them straight in.</summary>
    public bool IsSimple
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => (Code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && Code.KwOnlyArgCount == 0;
    }
}

/// <summary>A generator: a suspended frame resumed by next()/send()/throw().</summary>
public sealed class PyGenerator : PyIterator
{
    public readonly Frame Frame;
    public bool Running;
    public bool Started;
    /// <summary>Its frame was made current by an inline resume (StartInline, DelegateInline) and
    /// has not stopped since (SuspendInline): it runs in the same loop as its caller, not as the
    /// entry frame of a loop of its own, so its YIELD_VALUE would go to YieldInline.</summary>
    internal bool InlineRunning;
    public string Name;
    /// <summary>The exception being handled where the frame is suspended (CPython's gi_exc_state).</summary>
    internal PyBaseException? SavedHandled;

    public PyGenerator(Frame frame)
    {
        Frame = frame;
        frame.Generator = this;
        frame.Special = true;
        Name = frame.Code.Name;
        _handlers = frame.Code.ExceptionTable.Length != 0;
    }

    /// <summary>The frame's code has exception handlers (try, with): only then can a yield be
    /// inside one (AfterYield). Kept here so that a yield reads one field, not three.</summary>
    private readonly bool _handlers;

    public override PyType Type => TypeObjects.Generator;

    /// <summary>next() from C# code: the one-method resume of Interpreter.NativeResume.cs.</summary>
    public override PyObject? Next() => Interpreter.NextFromNative(this);

    /// <summary>Resumes with a sent value or a thrown exception. Returns the yielded value, or
    /// null when the generator returned (returnValue set).</summary>
    public PyObject? Resume(PyObject sent, PyBaseException? thrown, out PyObject? returnValue)
    {
        returnValue = null;
        if (Frame.Finished)
        {
            if (thrown is not null) throw new PyException(thrown);
            returnValue = InlineReturn;
            InlineReturn = null;
            return null;
        }
        if (Running) throw Errors.Make(TypeObjects.ValueError, "generator already executing");
        if (!Started && sent is not PyNone && thrown is null)
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        Running = true;
        try
        {
            if (Started && thrown is null) Frame.Slots[Frame.Sp++].V = sent;
            Started = true;
            var r = Interpreter.ResumeGenerator(Frame, thrown, ref SavedHandled);
            if (Frame.Finished)
            {
                returnValue = r;
                Frame.ReleaseFinished();
                return null;
            }
            if (_handlers && _watch is null) WatchIfInHandlerRange();
            return r;
        }
        catch (PyException e)
        {
            Frame.Finished = true;
            if (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) throw StopIterationEscaped(e.Value);
            throw;
        }
        finally
        {
            Running = false;
        }
    }

    /// <summary>The RuntimeError a StopIteration leaving a generator's frame becomes (PEP 479).</summary>
    internal static PyException StopIterationEscaped(PyBaseException stop)
    {
        var re = Errors.Make(TypeObjects.RuntimeError, "generator raised StopIteration");
        re.Value.Cause = stop;
        re.Value.Context = stop;
        re.Value.SuppressContext = true;
        return re;
    }

    /// <summary>The caller's exception state while the frame runs inline in the caller's loop
    /// (FOR_ITER): its ThreadState.Handled and HandledBelow, each stored only when not null.</summary>
    internal PyBaseException? OuterHandled, OuterBelow;

    /// <summary>The value of a return reached inline under next(g): the CALL of next runs again
    /// on the recursive path, and the StopIteration it raises carries this value (once).</summary>
    internal PyObject? InlineReturn;

    /// <summary>The consumer (sum, list, ...) that takes what the frame yields while it runs
    /// inline under that consumer's CALL (Interpreter.ConsumeInline); null otherwise.</summary>
    internal Herthon.Evaluation.GeneratorSink? Sink;

    /// <summary>After a yield: a suspension inside try/with needs the finaliser watch.</summary>
    internal void AfterYield()
    {
        if (_handlers && _watch is null) WatchIfInHandlerRange();
    }

    public PyObject Send(PyObject value)
    {
        var r = Resume(value, null, out var ret);
        if (r is null) throw MakeStopIteration(ret);
        return r;
    }

    public PyObject Throw(PyBaseException exc)
    {
        var r = Resume(PyNone.Instance, exc, out var ret);
        if (r is null) throw MakeStopIteration(ret);
        return r;
    }

    /// <summary>Set once the generator suspended inside try/with: its finaliser closes it when collected.</summary>
    private Finalization.GeneratorWatch? _watch;

    /// <summary>
    /// Suspended at a yield covered by an exception handler (try, with): collecting the generator
    /// must run its finally blocks, so a finaliser watch is attached (once; held by this object
    /// only, so it becomes unreachable with it). Generators without handlers never pay for one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void WatchIfInHandlerRange()
    {
        int at = Frame.Ip - 1;
        foreach (var en in Frame.Code.ExceptionTable)
        {
            if (at >= en.Start && at < en.End)
            {
                _watch = new Finalization.GeneratorWatch(ThreadState.Current, this);
                return;
            }
        }
    }

    /// <summary>
    /// Created by a CALL whose result a `for` statement iterates at once (CALL, GET_ITER, FOR_ITER):
    /// only that loop's value stack holds it, since a generator's own code cannot reach its object.
    /// </summary>
    internal bool LoopOwned;

    /// <summary>Created by a CALL whose result becomes a generator expression's or comprehension's
    /// `.0` (CALL, GET_ITER, the comprehension function's CALL 1): only that frame holds it.</summary>
    internal bool ComprehensionOwned;

    /// <summary>Created by a CALL whose result a `yield from` delegates to at once (CALL,
    /// GET_YIELD_FROM_ITER, LOAD_CONST None, SEND): only the delegating frame's stack holds it, and
    /// SEND replaces it there with its return value. gi_yieldfrom hands it out and clears this.</summary>
    internal bool YieldFromOwned;

    /// <summary>
    /// Returned to the FOR_ITER or SEND that alone held it (<see cref="LoopOwned"/>,
    /// <see cref="YieldFromOwned"/>), which drops it: nothing can reach this object or its frame
    /// any more, so both can serve the function's next call (Interpreter.LetGoFinished). Not when
    /// a finaliser watch was attached (it would close the next activation) or gc tracks objects.
    /// </summary>
    internal bool Recyclable => (LoopOwned || YieldFromOwned) && _watch is null && !GcTracker.Tracking;

    /// <summary>Back to the state of a new generator of its code, for a recycled frame (see Recyclable).</summary>
    internal void ResetForReuse()
    {
        Running = Started = InlineRunning = false;
        LoopOwned = ComprehensionOwned = YieldFromOwned = false;
        SavedHandled = OuterHandled = OuterBelow = null;
        InlineReturn = null;
        Name = Frame.Code.Name;
    }

    /// <summary>
    /// The loop that owned it let go before the end (break, return, an exception leaving the loop).
    /// CPython's last reference goes there and the generator is closed at once (PEP 342), so its
    /// finally blocks and with-exits run before the code after the loop. Only a generator suspended
    /// inside try/with has anything to run (<see cref="_watch"/>); its finaliser is then not needed.
    /// An exception from closing cannot propagate and is reported as unraisable, as CPython does.
    /// </summary>
    /// <remarks>A generator suspended inside its own loop over a generator it alone holds (a
    /// generator expression over `gen()`, `for x in gen(): yield x`) is closed too: closing
    /// unwinds its stack and clears its frame, which releases that one, as in CPython. (A
    /// comprehension left by an ordinary exception keeps its `.0` alive in the traceback, in
    /// CPython too; that one is closed when collected.)</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal void ReleasedByLoop(Frame consumer)
    {
        LoopOwned = ComprehensionOwned = false;
        if (Frame.Finished || Running || !Started) return;
        var watch = _watch;
        if (watch is null && !HoldsOwned()) return;
        if (watch is not null) { _watch = null; watch.Cancel(); }
        var ts = ThreadState.Current;
        var saved = ts.Handled;
        try { Close(); }
        catch (PyException e)
        {
            ts.Handled = saved;
            // Raised by close itself (a generator that ignored GeneratorExit): CPython reports it at
            // the frame that let go, as PyErr_WriteUnraisable does for an exception without a traceback.
            var v = e.Value;
            if (v.Traceback is null) { v.Traceback = new PyTraceback(consumer, consumer.Ip, null); v.LastTbFrame = consumer; }
            Finalization.WriteUnraisable(v, null, this);
        }
        finally { ts.Handled = saved; }
        // The closed frame is cleared: a generator it held as its comprehension's `.0` goes too.
        var s = Frame.Slots;
        for (int i = 0; i < Frame.StackBase; i++)
            if (s[i].V is PyGenerator { ComprehensionOwned: true } c) { s[i].V = null; c.ReleasedByLoop(consumer); }
    }

    private bool HoldsOwned()
    {
        var s = Frame.Slots;
        for (int i = 0; i < s.Length; i++)
            if (s[i].V is PyGenerator g && (g.LoopOwned || g.ComprehensionOwned)) return true;
        return false;
    }

    public void Close()
    {
        if (Frame.Finished) return;
        if (!Started) { Frame.Finished = true; Frame.ReleaseFinished(); return; }
        var exit = Errors.NewException(TypeObjects.GeneratorExit, []);
        try
        {
            var r = Resume(PyNone.Instance, exit, out _);
            if (r is not null) throw Errors.RuntimeError("generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
        }
    }

    public static PyException MakeStopIteration(PyObject? value)
    {
        var args = value is null || value is PyNone ? Array.Empty<PyObject>() : new[] { value };
        var e = Errors.NewException(TypeObjects.StopIteration, args);
        e.Dict!["value"] = value ?? PyNone.Instance;
        return new PyException(e);
    }
}
