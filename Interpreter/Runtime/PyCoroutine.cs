using Herthon.Compiling;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// An object the SEND loop of `await`/`yield from` drives without a Python-level method call:
/// coroutines, their __await__ wrappers, async generators' asend/athrow awaitables.
/// </summary>
internal interface IAwaitIterator
{
    /// <summary>Resumes with a sent value or a thrown exception. Returns the value yielded, or null
    /// when finished (its result in `result`, as a StopIteration's value would carry it).</summary>
    PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result);

    /// <summary>close(): what `yield from` calls on its sub-iterator when GeneratorExit is thrown in.</summary>
    void CloseIter();
}

/// <summary>A coroutine or an async generator: a suspended frame resumed by send()/throw().</summary>
public abstract class PyCoroutineBase : PyObject
{
    public readonly Frame Frame;
    public bool Running;
    public bool Started;
    public string Name;
    public string QualName;
    /// <summary>The exception being handled where the frame is suspended (CPython's gi_exc_state).</summary>
    internal PyBaseException? SavedHandled;

    protected PyCoroutineBase(Frame frame, PyFunction? func)
    {
        Frame = frame;
        Name = func?.Name ?? frame.Code.Name;
        QualName = func?.QualName ?? frame.Code.QualName;
    }

    /// <summary>"coroutine" or "async generator", as CPython's messages name them.</summary>
    protected abstract string KindName { get; }

    /// <summary>The awaitable this frame is suspended on (cr_await / ag_await), or null.</summary>
    public PyObject? Awaiting => Running ? null : Interpreter.DelegatedIterator(Frame);

    /// <summary>CPython's gen_send_ex2: the yielded value, or null when the frame returned (value in result).</summary>
    public PyObject? Resume(PyObject sent, PyBaseException? thrown, out PyObject? result, bool closing = false)
    {
        result = null;
        if (Frame.Finished)
        {
            if (this is PyCoroutine && !closing) throw Errors.RuntimeError("cannot reuse already awaited coroutine");
            if (thrown is not null) throw new PyException(thrown);
            result = PyNone.Instance;
            return null;
        }
        if (Running) throw Errors.Make(TypeObjects.ValueError, KindName + " already executing");
        if (!Started && sent is not PyNone && thrown is null)
            throw Errors.TypeError($"can't send non-None value to a just-started {KindName}");
        Running = true;
        try
        {
            if (Started && thrown is null) Frame.Slots[Frame.Sp++].V = sent;
            Started = true;
            var r = Interpreter.ResumeGenerator(Frame, thrown, ref SavedHandled);
            if (Frame.Finished)
            {
                result = r;
                Frame.ReleaseFinished();
                return null;
            }
            return r;
        }
        catch (PyException e)
        {
            Frame.Finished = true;
            var t = e.Value.Type;
            if (t.IsSubtypeOf(TypeObjects.StopIteration)) throw FromCause(e.Value, KindName + " raised StopIteration");
            if (this is PyAsyncGenerator && t.IsSubtypeOf(TypeObjects.StopAsyncIteration))
                throw FromCause(e.Value, "async generator raised StopAsyncIteration");
            throw;
        }
        finally
        {
            Running = false;
        }
    }

    private static PyException FromCause(PyBaseException cause, string message)
    {
        var re = Errors.Make(TypeObjects.RuntimeError, message);
        re.Value.Cause = cause;
        re.Value.Context = cause;
        re.Value.SuppressContext = true;
        return re;
    }
}

/// <summary>The object an `async def` call returns.</summary>
public sealed class PyCoroutine : PyCoroutineBase, IAwaitIterator
{
    /// <summary>cr_origin: (filename, line, function) of the creating frames when origin tracking is on.</summary>
    public readonly PyObject Origin;

    public PyCoroutine(Frame frame, PyFunction? func, ThreadState ts) : base(frame, func)
    {
        Origin = AsyncGenHooks.CoroutineOriginDepth > 0 ? CaptureOrigin(ts) : PyNone.Instance;
    }

    public override PyType Type => TypeObjects.Coroutine;
    protected override string KindName => "coroutine";

    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result) => Resume(value, thrown, out result);

    public void CloseIter() => Close();

    public void Close()
    {
        if (Frame.Finished) return;
        if (!Started) { Frame.Finished = true; Frame.ReleaseFinished(); return; }
        var exit = Errors.NewException(TypeObjects.GeneratorExit, []);
        try
        {
            if (Resume(PyNone.Instance, exit, out _, closing: true) is not null) throw Errors.RuntimeError("coroutine ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit))
        {
        }
    }

    private static PyObject CaptureOrigin(ThreadState ts)
    {
        var items = new List<PyObject>();
        for (var f = ts.Frame; f is not null && items.Count < AsyncGenHooks.CoroutineOriginDepth; f = f.Back)
            items.Add(PyTuple.Of(PyStr.From(f.Code.FileName), PyInt.From(f.Code.LineForInstruction(f.Ip)), PyStr.From(f.Code.Name)));
        return PyTuple.From(items.ToArray());
    }
}

/// <summary>coroutine.__await__(): the iterator view of a coroutine.</summary>
public sealed class PyCoroutineWrapper(PyCoroutine coro) : PyObject, IAwaitIterator
{
    public readonly PyCoroutine Coroutine = coro;
    public override PyType Type => TypeObjects.CoroutineWrapper;
    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result) => Coroutine.Resume(value, thrown, out result);
    public void CloseIter() => Coroutine.Close();
}

/// <summary>A value an async generator yields itself (ASYNC_GEN_WRAP), told apart from values its
/// awaits pass through to the event loop.</summary>
public sealed class AsyncGenWrappedValue(PyObject value) : PyObject
{
    public readonly PyObject Value = value;
    public override PyType Type => TypeObjects.AsyncGenWrappedValue;
}

/// <summary>The object an `async def` with `yield` returns.</summary>
public sealed class PyAsyncGenerator(Frame frame, PyFunction? func) : PyCoroutineBase(frame, func)
{
    /// <summary>ag_running: an asend()/athrow() awaitable is driving the generator.</summary>
    public bool RunningAsync;
    /// <summary>The generator finished or was closed: aclose()/athrow() do nothing more.</summary>
    public bool Closed;
    private bool _hooksInited;
    /// <summary>sys.set_asyncgen_hooks' finalizer when the generator was first iterated.</summary>
    public PyObject? Finalizer;

    public override PyType Type => TypeObjects.AsyncGenerator;
    protected override string KindName => "async generator";

    /// <summary>On the first __anext__/asend/athrow/aclose: remember the finalizer, call firstiter.</summary>
    public void InitHooks()
    {
        if (_hooksInited) return;
        _hooksInited = true;
        Finalizer = AsyncGenHooks.Finalizer;
        if (AsyncGenHooks.FirstIter is { } first) Ops.Call(first, this);
    }

    /// <summary>One step of the frame: the value yielded (wrapped or passed through); a return raises StopAsyncIteration.</summary>
    internal PyObject Step(PyObject value, PyBaseException? thrown)
    {
        var y = Resume(value, thrown, out _);
        if (y is null) throw new PyException(Errors.NewException(TypeObjects.StopAsyncIteration, []));
        return y;
    }

    /// <summary>CPython's async_gen_unwrap_value around one step: a wrapped yield finishes the
    /// awaitable (null, value in result); a pass-through value is returned for the event loop.</summary>
    internal PyObject? StepUnwrapped(PyObject value, PyBaseException? thrown, out PyObject? result)
    {
        result = null;
        PyObject y;
        try
        {
            y = Step(value, thrown);
        }
        catch (PyException e)
        {
            if (e.Value.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit)) Closed = true;
            RunningAsync = false;
            throw;
        }
        if (y is AsyncGenWrappedValue w)
        {
            RunningAsync = false;
            result = w.Value;
            return null;
        }
        return y;
    }
}

internal enum AwaitableState { Init, Iter, Closed }

/// <summary>async_generator_asend: the awaitable of __anext__() and asend(v).</summary>
public sealed class AsyncGenASend(PyAsyncGenerator gen, PyObject sendValue) : PyObject, IAwaitIterator
{
    private AwaitableState _state;
    public override PyType Type => TypeObjects.AsyncGenASend;

    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (thrown is null)
        {
            if (_state == AwaitableState.Init)
            {
                if (gen.RunningAsync) throw Errors.RuntimeError("anext(): asynchronous generator is already running");
                if (value is PyNone) value = sendValue;
                _state = AwaitableState.Iter;
            }
            gen.RunningAsync = true;
        }
        try
        {
            var r = gen.StepUnwrapped(thrown is null ? value : PyNone.Instance, thrown, out result);
            if (r is null) _state = AwaitableState.Closed;
            return r;
        }
        catch (PyException)
        {
            _state = AwaitableState.Closed;
            throw;
        }
    }

    public void CloseIter() => _state = AwaitableState.Closed;
}

/// <summary>async_generator_athrow: the awaitable of athrow(exc) and, with no exception, aclose().</summary>
public sealed class AsyncGenAThrow(PyAsyncGenerator gen, PyBaseException? exc) : PyObject, IAwaitIterator
{
    private AwaitableState _state;
    private bool IsClose => exc is null;
    public override PyType Type => TypeObjects.AsyncGenAThrow;

    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result)
    {
        result = null;
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (thrown is not null) return Throw(thrown, out result);
        if (gen.Frame.Finished)
        {
            _state = AwaitableState.Closed;
            result = PyNone.Instance;
            return null;
        }
        PyObject y;
        if (_state == AwaitableState.Init)
        {
            if (gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                throw Errors.RuntimeError(IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (gen.Closed)
            {
                _state = AwaitableState.Closed;
                throw new PyException(Errors.NewException(TypeObjects.StopAsyncIteration, []));
            }
            if (value is not PyNone) throw Errors.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iter;
            gen.RunningAsync = true;
            try
            {
                if (IsClose)
                {
                    gen.Closed = true;
                    y = gen.Step(PyNone.Instance, Errors.NewException(TypeObjects.GeneratorExit, []));
                }
                else
                {
                    var r = gen.StepUnwrapped(PyNone.Instance, exc, out result);
                    if (r is null) { _state = AwaitableState.Closed; gen.RunningAsync = false; }
                    return r;
                }
            }
            catch (PyException e)
            {
                return CheckError(e, out result);
            }
            if (y is AsyncGenWrappedValue) throw YieldedOnClose();
            return y;
        }
        if (!IsClose) return gen.StepUnwrapped(value, null, out result);
        try
        {
            y = gen.Step(value, null);
        }
        catch (PyException e)
        {
            return CheckError(e, out result);
        }
        if (y is AsyncGenWrappedValue) throw YieldedOnClose();
        return y;
    }

    private PyObject? Throw(PyBaseException thrown, out PyObject? result)
    {
        result = null;
        if (!IsClose) return gen.StepUnwrapped(PyNone.Instance, thrown, out result);
        PyObject y;
        try
        {
            y = gen.Step(PyNone.Instance, thrown);
        }
        catch (PyException e) when (IsStopOrExit(e))
        {
            result = PyNone.Instance;
            return null;
        }
        if (y is AsyncGenWrappedValue) throw YieldedOnClose();
        return y;
    }

    /// <summary>The generator ended the athrow/aclose step with an exception: aclose() treats
    /// StopAsyncIteration and GeneratorExit as done; anything else propagates.</summary>
    private PyObject? CheckError(PyException e, out PyObject? result)
    {
        result = null;
        _state = AwaitableState.Closed;
        gen.RunningAsync = false;
        if (IsClose && IsStopOrExit(e))
        {
            result = PyNone.Instance;
            return null;
        }
        throw e;
    }

    private static bool IsStopOrExit(PyException e) =>
        e.Value.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit);

    private PyException YieldedOnClose()
    {
        gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        return Errors.RuntimeError("async generator ignored GeneratorExit");
    }

    public void CloseIter() => _state = AwaitableState.Closed;
}

/// <summary>anext(aiterator, default): awaits __anext__() and turns StopAsyncIteration into the default.</summary>
public sealed class AnextAwaitable(PyObject awaitable, PyObject defaultValue) : PyObject, IAwaitIterator
{
    private PyObject? _iter;
    public override PyType Type => TypeObjects.AnextAwaitable;

    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result)
    {
        _iter ??= Interpreter.GetAwaitableIter(awaitable);
        try
        {
            return Interpreter.SendOrThrow(_iter, value, thrown, out result);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration))
        {
            result = defaultValue;
            return null;
        }
    }

    public void CloseIter()
    {
        if (_iter is not null) Interpreter.CloseSubIterator(_iter);
    }
}

/// <summary>sys.set_asyncgen_hooks' state (per thread in CPython; Herthon runs Python on one thread).</summary>
public static class AsyncGenHooks
{
    [ThreadStatic] public static PyObject? FirstIter;
    [ThreadStatic] public static PyObject? Finalizer;
    /// <summary>sys.set_coroutine_origin_tracking_depth: how many creating frames cr_origin records.</summary>
    [ThreadStatic] public static int CoroutineOriginDepth;
}
