namespace Herthon.Runtime;

/// <summary>_asyncio.Future (FutureObj). Loop is null until __init__ ran: such a future refuses
/// most operations with "Future object is not initialized." as the C one does.</summary>
public class PyFuture(PyType type) : PyDictInstance(type)
{
    public const int Pending = 0, Cancelled = 1, Finished = 2;

    public int State;
    public PyObject? Loop;
    public PyObject? Result;
    public PyBaseException? Exception;
    public PyTraceback? ExceptionTb;
    public PyObject? SourceTb;
    public PyObject? CancelMsg;
    /// <summary>The CancelledError a task's coroutine raised, chained by _make_cancelled_error.</summary>
    public PyBaseException? CancelledExc;
    /// <summary>The first callback and its context live outside the list: most futures have one.</summary>
    public PyObject? Callback0, Context0;
    public List<(PyObject Fn, PyObject Ctx)>? Callbacks;
    public bool LogTb, Blocking;
    internal AsyncioModule.State St = null!;
}

/// <summary>The iterator `await future` drives (FutureIter): yields the future once, then returns its result.</summary>
public sealed class PyFutureIter(PyFuture fut) : PyIterator, IAwaitIterator
{
    public PyFuture? Future = fut;
    public override PyType Type => AsyncioModule.FutureIterType;

    public override PyObject? Next()
    {
        var y = SendEx(PyNone.Instance, null, out var result);
        if (y is not null || result is null or PyNone) return y;
        throw new PyException(Errors.NewException(TypeObjects.StopIteration, [result]));
    }

    public PyObject? SendEx(PyObject value, PyBaseException? thrown, out PyObject? result)
    {
        result = null;
        if (thrown is not null)
        {
            Future = null;
            throw new PyException(thrown);
        }
        var fut = Future;
        if (fut is null)
        {
            result = PyNone.Instance;
            return null;
        }
        if (fut.State == PyFuture.Pending)
        {
            if (fut.Blocking) throw Errors.RuntimeError("await wasn't used with future");
            fut.Blocking = true;
            return fut;
        }
        Future = null;
        result = AsyncioModule.FutureResult(fut);
        return null;
    }

    public void CloseIter() => Future = null;
}

public static partial class AsyncioModule
{
    private static readonly PyStr s_getLoop = PyStr.From("get_loop"), s_loop = PyStr.From("_loop");

    private static PyFuture F(ReadOnlySpan<PyObject> a) => (PyFuture)a[0];

    private static PyFuture Alive(PyFuture f) =>
        f.Loop is null ? throw Errors.RuntimeError("Future object is not initialized.") : f;

    private static PyObject Alive(PyObject o) => Alive((PyFuture)o);

    internal static void FutureInit(PyFuture f, PyObject? loop)
    {
        // __init__ may run again on a live future: start over, as future_init does.
        f.State = PyFuture.Pending;
        f.Result = null;
        f.Exception = null;
        f.ExceptionTb = null;
        f.SourceTb = null;
        f.CancelMsg = null;
        f.CancelledExc = null;
        f.Callback0 = f.Context0 = null;
        f.Callbacks = null;
        f.LogTb = f.Blocking = false;
        f.St = CurrentState;
        f.Loop = loop is null or PyNone ? GetEventLoop() : loop;
        if (Ops.Truth(Ops.Invoke(f.Loop, "get_debug")))
            f.SourceTb = Ops.Call(f.St.ExtractStack);
    }

    private static string StateName(int state) => state switch
    {
        PyFuture.Pending => "PENDING",
        PyFuture.Cancelled => "CANCELLED",
        _ => "FINISHED",
    };

    /// <summary>Calls every callback soon and clears the list (future_schedule_callbacks).</summary>
    internal static void ScheduleCallbacks(PyFuture f)
    {
        if (f.Callback0 is { } cb0)
        {
            var ctx0 = f.Context0!;
            f.Callback0 = f.Context0 = null;
            CallSoon(f.Loop!, cb0, f, ctx0);
        }
        if (f.Callbacks is not { } list) return;
        f.Callbacks = null;
        foreach (var (fn, ctx) in list) CallSoon(f.Loop!, fn, f, ctx);
    }

    internal static PyBaseException MakeCancelledError(PyFuture f)
    {
        if (f.CancelledExc is { } exc)
        {
            f.CancelledExc = null;
            return exc;
        }
        var args = f.CancelMsg is null or PyNone ? ReadOnlySpan<PyObject>.Empty : new[] { f.CancelMsg };
        return (PyBaseException)Ops.Call(f.St.CancelledError, args);
    }

    /// <summary>result(): the value, or raises the exception (with the traceback it was set with) or CancelledError.</summary>
    internal static PyObject FutureResult(PyFuture f)
    {
        if (f.State == PyFuture.Cancelled) throw new PyException(MakeCancelledError(f));
        if (f.State != PyFuture.Finished)
            throw (f.St ?? CurrentState).Error((f.St ?? CurrentState).InvalidStateError, "Result is not set.");
        f.LogTb = false;
        if (f.Exception is { } e)
        {
            e.Traceback = f.ExceptionTb;
            throw new PyException(e);
        }
        return f.Result!;
    }

    internal static void FutureSetResult(PyFuture f, PyObject result)
    {
        if (f.State != PyFuture.Pending) throw f.St.Error(f.St.InvalidStateError, "invalid state");
        f.Result = result;
        f.State = PyFuture.Finished;
        ScheduleCallbacks(f);
    }

    internal static void FutureSetException(PyFuture f, PyObject exc)
    {
        if (f.State != PyFuture.Pending) throw f.St.Error(f.St.InvalidStateError, "invalid state");
        if (exc is PyType t && t.IsException)
        {
            exc = Ops.Call(t);
            if (f.State != PyFuture.Pending) throw f.St.Error(f.St.InvalidStateError, "invalid state");
        }
        if (exc is not PyBaseException e) throw Errors.TypeError("invalid exception object");
        if (ReferenceEquals(e.Type, TypeObjects.StopIteration))
            throw Errors.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        f.Exception = e;
        f.ExceptionTb = e.Traceback;
        f.State = PyFuture.Finished;
        ScheduleCallbacks(f);
        f.LogTb = true;
    }

    internal static bool FutureCancel(PyFuture f, PyObject? msg)
    {
        f.LogTb = false;
        if (f.State != PyFuture.Pending) return false;
        f.State = PyFuture.Cancelled;
        f.CancelMsg = msg;
        ScheduleCallbacks(f);
        return true;
    }

    internal static void FutureAddDoneCallback(PyFuture f, PyObject fn, PyObject? ctx)
    {
        if (f.State != PyFuture.Pending)
        {
            CallSoon(f.Loop!, fn, f, ctx);
            return;
        }
        ctx ??= ContextvarsModule.CopyCurrent();
        if (f.Callback0 is null && f.Callbacks is null)
        {
            f.Callback0 = fn;
            f.Context0 = ctx;
            return;
        }
        (f.Callbacks ??= []).Add((fn, ctx));
    }

    /// <summary>remove_done_callback: the callbacks equal to fn go; __eq__ may add callbacks meanwhile.</summary>
    private static int FutureRemoveDoneCallback(PyFuture f, PyObject fn)
    {
        int removed = 0;
        if (f.Callback0 is { } cb0 && (ReferenceEquals(cb0, fn) || Ops.Eq(cb0, fn)))
        {
            f.Callback0 = f.Context0 = null;
            removed = 1;
        }
        if (f.Callbacks is not { } list) return removed;
        var kept = new List<(PyObject, PyObject)>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (!(ReferenceEquals(item.Fn, fn) || Ops.Eq(item.Fn, fn))) kept.Add(item);
        }
        if (!ReferenceEquals(f.Callbacks, list)) return removed;   // replaced while comparing
        removed += list.Count - kept.Count;
        f.Callbacks = kept.Count == 0 ? null : kept;
        return removed;
    }

    /// <summary>__del__: "exception was never retrieved" through the loop's exception handler.</summary>
    private static void FutureFinalize(PyFuture f)
    {
        if (!f.LogTb || f.Loop is null) return;
        f.LogTb = false;
        var context = new PyDict();
        context.SetItem(PyStr.From("message"), PyStr.From($"{f.Type.Name} exception was never retrieved"));
        context.SetItem(PyStr.From("exception"), f.Exception ?? (PyObject)PyNone.Instance);
        context.SetItem(PyStr.From("future"), f);
        if (f.SourceTb is { } stb) context.SetItem(PyStr.From("source_traceback"), stb);
        Ops.Invoke(f.Loop, "call_exception_handler", context);
    }

    /// <summary>The loop of a future-like object: its get_loop() or its _loop (get_future_loop).</summary>
    internal static PyObject GetFutureLoop(PyObject fut)
    {
        if (fut is PyFuture pf && (ReferenceEquals(fut.Type, FutureType) || ReferenceEquals(fut.Type, TaskType))) return Alive(pf).Loop!;
        PyObject? getLoop;
        try { getLoop = Ops.GetAttrOrNull(fut, s_getLoop); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { getLoop = null; }
        return getLoop is not null ? Ops.Call(getLoop) : Ops.GetAttr(fut, s_loop);
    }

    private static PyObject OrNone(PyObject? o) => o ?? PyNone.Instance;

    private static PyGetSetDescriptor Getter(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject>? set = null) =>
        new(name, get, set) { Owner = owner, Delete = _ => throw Errors.AttributeError("cannot delete attribute") };

    private static PyType MakeFutureType()
    {
        var t = new PyType("Future", [TypeObjects.Object], true) { Module = "_asyncio", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            // TypeCall watches only instances it makes itself; every future has __del__. Watched
            // before __init__ runs: a task whose first call_soon failed is reported as pending.
            var f = new PyFuture(cls);
            Finalization.WatchDel(f);
            if (cls.IsBuiltin) FutureInitArgs(f, a, kw);
            return f;
        };
        // Future.__new__ makes an uninitialized future (tp_new is PyType_GenericNew).
        t.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(FutureType))
                throw Errors.TypeError("Future.__new__(X): X is not a subtype of Future");
            PyFuture f = cls.IsSubtypeOf(TaskType) ? new PyTask(cls) : new PyFuture(cls);
            Finalization.WatchDel(f);
            return f;
        }));
        t.SetMethod("__init__", static (a, kw) => { FutureInitArgs(F(a), a[1..], kw); return PyNone.Instance; });
        t.SetMethod("result", static (a, kw) => { Args.Method("result", a, kw, 0, 0); return FutureResult(F(a)); });
        t.SetMethod("exception", static (a, kw) =>
        {
            Args.Method("exception", a, kw, 0, 0);
            var f = F(a);
            var st = f.St ?? CurrentState;
            if (f.Loop is null) throw st.Error(st.InvalidStateError, "Future object is not initialized.");
            if (f.State == PyFuture.Cancelled) throw new PyException(MakeCancelledError(f));
            if (f.State != PyFuture.Finished) throw st.Error(st.InvalidStateError, "Exception is not set.");
            f.LogTb = false;
            return OrNone(f.Exception);
        });
        t.SetMethod("set_result", static (a, kw) =>
        {
            Args.Method("set_result", a, kw, 1, 1);
            FutureSetResult(Alive(F(a)), a[1]);
            return PyNone.Instance;
        });
        t.SetMethod("set_exception", static (a, kw) =>
        {
            Args.Method("set_exception", a, kw, 1, 1);
            FutureSetException(Alive(F(a)), a[1]);
            return PyNone.Instance;
        });
        t.SetMethod("add_done_callback", static (a, kw) =>
        {
            Args.OnlyKw("add_done_callback", kw, "context");
            if (Args.Positional(a, kw) != 2) throw Errors.TypeError($"add_done_callback() takes exactly 1 positional argument ({Args.Positional(a, kw) - 1} given)");
            var ctx = Args.Kw(a, kw, "context");
            FutureAddDoneCallback(Alive(F(a)), a[1], ctx is PyNone ? null : ctx);
            return PyNone.Instance;
        });
        t.SetMethod("remove_done_callback", static (a, kw) =>
        {
            Args.Method("remove_done_callback", a, kw, 1, 1);
            return PyInt.From(FutureRemoveDoneCallback(Alive(F(a)), a[1]));
        });
        t.SetMethod("cancel", static (a, kw) =>
        {
            var msg = CancelArgs(a, kw);
            return PyBool.From(FutureCancel(Alive(F(a)), msg));
        });
        // An uninitialized future is neither cancelled nor done (no "not initialized" error here, as in C).
        t.SetMethod("cancelled", static (a, kw) => { Args.Method("cancelled", a, kw, 0, 0); return PyBool.From(F(a).Loop is not null && F(a).State == PyFuture.Cancelled); });
        t.SetMethod("done", static (a, kw) => { Args.Method("done", a, kw, 0, 0); return PyBool.From(F(a).Loop is not null && F(a).State != PyFuture.Pending); });
        t.SetMethod("get_loop", static (a, kw) => { Args.Method("get_loop", a, kw, 0, 0); return Alive(F(a)).Loop!; });
        t.SetMethod("_make_cancelled_error", static (a, kw) =>
        {
            Args.Method("_make_cancelled_error", a, kw, 0, 0);
            var f = F(a);
            f.St ??= CurrentState;
            return MakeCancelledError(f);
        });
        t.SetMethod("_repr_info", static (a, kw) => Ops.Call(Alive(F(a)).St.FutureReprInfo, a[0]));
        t.SetMethod("__repr__", static (a, kw) => Ops.Call(Alive(F(a)).St.FutureRepr, a[0]));
        t.SetMethod("__del__", static (a, kw) => { FutureFinalize(F(a)); return PyNone.Instance; });
        BuiltinFn iter = static (a, kw) => new PyFutureIter(Alive(F(a)));
        t.SetMethod("__await__", iter);
        t.SetMethod("__iter__", iter);
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();

        t.TypeDict["_state"] = Getter(t, "_state", static o => PyStr.From(StateName(((PyFuture)o).State)));
        t.TypeDict["_loop"] = Getter(t, "_loop", static o => OrNone(((PyFuture)o).Loop));
        t.TypeDict["_result"] = Getter(t, "_result", static o => OrNone(((PyFuture)o).Result));
        t.TypeDict["_exception"] = Getter(t, "_exception", static o => OrNone(((PyFuture)o).Exception));
        t.TypeDict["_source_traceback"] = Getter(t, "_source_traceback", static o => OrNone(((PyFuture)o).SourceTb));
        t.TypeDict["_cancel_message"] = Getter(t, "_cancel_message", static o => OrNone(((PyFuture)o).CancelMsg),
            static (o, v) => ((PyFuture)o).CancelMsg = v);
        t.TypeDict["_callbacks"] = Getter(t, "_callbacks", static o =>
        {
            var f = (PyFuture)Alive(o);
            if (f.Callback0 is null && f.Callbacks is null) return PyNone.Instance;
            var l = new PyList();
            if (f.Callback0 is not null) l.Append(PyTuple.Of(f.Callback0, f.Context0!));
            if (f.Callbacks is not null) foreach (var (fn, ctx) in f.Callbacks) l.Append(PyTuple.Of(fn, ctx));
            return l;
        });
        t.TypeDict["_log_traceback"] = Getter(t, "_log_traceback", static o => PyBool.From(((PyFuture)o).LogTb), static (o, v) =>
        {
            if (Ops.Truth(v)) throw Errors.ValueError("_log_traceback can only be set to False");
            ((PyFuture)o).LogTb = false;
        });
        t.TypeDict["_asyncio_future_blocking"] = Getter(t, "_asyncio_future_blocking",
            static o => PyBool.From(((PyFuture)o).Blocking), static (o, v) => ((PyFuture)o).Blocking = Ops.Truth(v));
        return t;
    }

    private static void FutureInitArgs(PyFuture f, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int np = Args.Positional(a, kw);
        if (np > 0) throw Errors.TypeError($"Future() takes 0 positional arguments but {np} were given");
        Args.OnlyKw("Future", kw, "loop");
        FutureInit(f, Args.Kw(a, kw, "loop"));
    }

    /// <summary>cancel(msg=None)'s argument.</summary>
    private static PyObject? CancelArgs(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("cancel", kw, "msg");
        int np = Args.Positional(a, kw);
        if (np > 2) throw Errors.TypeError($"cancel() takes at most 1 argument ({np - 1} given)");
        var msg = np > 1 ? a[1] : Args.Kw(a, kw, "msg");
        return msg is PyNone ? null : msg;
    }

    private static PyType MakeFutureIterType()
    {
        var t = new PyType("FutureIter", [TypeObjects.Object], true) { Module = "_asyncio", IsFinal = true };
        t.ComputeMro();
        static PyFutureIter I(ReadOnlySpan<PyObject> a) => (PyFutureIter)a[0];
        static PyObject Step(PyFutureIter it, PyObject v)
        {
            var y = it.SendEx(v, null, out var result);
            if (y is not null) return y;
            var stop = Errors.NewException(TypeObjects.StopIteration, result is null or PyNone ? [] : [result]);
            throw new PyException(stop);
        }
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => Step(I(a), PyNone.Instance));
        t.SetMethod("send", static (a, kw) => { Args.Method("send", a, kw, 1, 1); return Step(I(a), a[1]); });
        t.SetMethod("throw", static (a, kw) =>
        {
            Args.Method("throw", a, kw, 1, 3);
            PyObject type = a[1];
            PyObject? val = a.Length > 2 && a[2] is not PyNone ? a[2] : null;
            PyObject? tb = a.Length > 3 && a[3] is not PyNone ? a[3] : null;
            if (tb is not null && tb is not PyTraceback) throw Errors.TypeError("throw() third argument must be a traceback");
            PyBaseException exc;
            if (type is PyType et && et.IsException)
            {
                if (val is PyBaseException ve && ve.Type.IsSubtypeOf(et)) exc = ve;
                else
                {
                    var args = val is null ? [] : val is PyTuple tup ? tup.Items : new[] { val };
                    exc = Ops.Call(et, args) as PyBaseException
                        ?? throw Errors.TypeError($"calling {Ops.Repr(et)} should have returned an instance of BaseException");
                }
            }
            else if (type is PyBaseException ie)
            {
                if (val is not null) throw Errors.TypeError("instance exception may not have a separate value");
                exc = ie;
            }
            else throw Errors.TypeError("exceptions must be classes deriving BaseException or instances of such a class");
            if (tb is PyTraceback ptb) exc.Traceback = ptb;
            I(a).Future = null;
            throw new PyException(exc);
        });
        t.SetMethod("close", static (a, kw) => { I(a).Future = null; return PyNone.Instance; });
        return t;
    }
}
