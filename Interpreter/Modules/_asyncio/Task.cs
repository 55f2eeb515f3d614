using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>_asyncio.Task (TaskObj): a future that drives a coroutine one step per loop callback.</summary>
public sealed class PyTask(PyType type) : PyFuture(type)
{
    public PyObject? Coro, Context, Name, FutWaiter;
    public bool MustCancel, LogDestroyPending = true;
    public long NumCancelsRequested;
    /// <summary>The bound step and wakeup callables, made once per task (loop callbacks hold them).</summary>
    public PyBuiltinFunction? StepFn, WakeupFn;
}

public static partial class AsyncioModule
{
    private static readonly PyStr s_blocking = PyStr.From("_asyncio_future_blocking");
    private static readonly PyStr s_addDoneCallback = PyStr.From("add_done_callback");

    private static PyTask T(ReadOnlySpan<PyObject> a) => (PyTask)a[0];

    private static void TaskInitArgs(PyTask task, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("Task", kw, "coro", "loop", "name", "context");
        int np = Args.Positional(a, kw);
        if (np > 1) throw Errors.TypeError($"Task() takes at most 1 positional argument ({np} given)");
        var coro = np > 0 ? a[0] : Args.Kw(a, kw, "coro") ?? throw Errors.TypeError("Task() missing required argument 'coro' (pos 1)");
        TaskInit(task, coro, Args.Kw(a, kw, "loop"), Args.Kw(a, kw, "name"), Args.Kw(a, kw, "context"));
    }

    private static void TaskInit(PyTask task, PyObject coro, PyObject? loop, PyObject? name, PyObject? context)
    {
        FutureInit(task, loop);
        var st = task.St;
        if (coro is not PyCoroutine && !Ops.Truth(Ops.Call(st.IsCoroutine, coro)))
        {
            // Nothing to report at destruction for a task that never started.
            task.LogDestroyPending = false;
            throw Errors.TypeError($"a coroutine was expected, got {Ops.Repr(coro)}");
        }
        task.Context = context is null or PyNone ? ContextvarsModule.CopyCurrent() : context;
        task.FutWaiter = null;
        task.MustCancel = false;
        task.LogDestroyPending = true;
        task.NumCancelsRequested = 0;
        task.Coro = coro;
        task.Name = name is null or PyNone ? PyStr.From($"Task-{++st.TaskNameCounter}")
            : name is PyStr { Sub: null } ? name : PyStr.From(Ops.Str(name));
        task.StepFn ??= new PyBuiltinFunction("task_step", static (a, kw) =>
        {
            TaskStep((PyTask)a[0], a.Length > 1 ? (PyBaseException)a[1] : null);
            return PyNone.Instance;
        }, task);
        task.WakeupFn ??= new PyBuiltinFunction("task_wakeup", static (a, kw) =>
        {
            Args.Count("task_wakeup", a[1..], kw, 1, 1);
            TaskWakeup((PyTask)a[0], a[1]);
            return PyNone.Instance;
        }, task);
        CallSoon(task.Loop!, task.StepFn, null, task.Context);
        Ops.Invoke(st.AllTasks, "add", task);
    }

    private static void CallStepSoon(PyTask task, PyBaseException? exc) => CallSoon(task.Loop!, task.StepFn!, exc, task.Context);

    /// <summary>One step of the coroutine between _enter_task and _leave_task (task_step).</summary>
    internal static void TaskStep(PyTask task, PyBaseException? exc)
    {
        var st = task.St;
        var loop = task.Loop!;
        EnterTask(st, loop, task);
        try
        {
            TaskStepImpl(task, exc);
        }
        finally
        {
            LeaveTask(st, loop, task);
        }
    }

    private static void TaskStepImpl(PyTask task, PyBaseException? exc)
    {
        var st = task.St;
        if (task.State != PyFuture.Pending)
            throw st.Error(st.InvalidStateError, $"_step(): already done: {Ops.Repr(task)} {Ops.Repr(exc ?? (PyObject)PyNone.Instance)}");
        if (task.MustCancel)
        {
            if (exc is not null && !exc.Type.IsSubtypeOf(st.CancelledError)) exc = null;
            exc ??= MakeCancelledError(task);
            task.MustCancel = false;
        }
        task.FutWaiter = null;

        PyObject? yielded, returned;
        try
        {
            yielded = SendToCoroutine(task.Coro!, exc, out returned);
        }
        catch (PyException e)
        {
            var ev = e.Value;
            if (ev.Type.IsSubtypeOf(st.CancelledError))
            {
                // Kept so that _make_cancelled_error() chains the coroutine's own CancelledError.
                task.CancelledExc = ev;
                FutureCancel(task, null);
                return;
            }
            FutureSetException(task, ev);
            if (ev.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt) || ev.Type.IsSubtypeOf(TypeObjects.SystemExit)) throw;
            return;
        }
        if (yielded is null)
        {
            if (task.MustCancel)
            {
                // Cancelled right before the coroutine returned.
                task.MustCancel = false;
                FutureCancel(task, task.CancelMsg);
            }
            else FutureSetResult(task, returned ?? PyNone.Instance);
            return;
        }
        HandleYield(task, yielded);
    }

    /// <summary>coro.send(None) or coro.throw(exc): the yielded value, or null with the return value in `returned`.</summary>
    private static PyObject? SendToCoroutine(PyObject coro, PyBaseException? exc, out PyObject? returned)
    {
        if (coro is PyCoroutine or PyGenerator) return Interpreter.SendOrThrow(coro, PyNone.Instance, exc, out returned);
        returned = null;
        try
        {
            return exc is null ? Ops.Invoke(coro, "send", PyNone.Instance) : Ops.Invoke(coro, "throw", exc);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            returned = e.Value.Attr("value") ?? (e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance);
            return null;
        }
    }

    /// <summary>What the coroutine yielded: a future to wait for, None for one loop iteration, anything else an error.</summary>
    private static void HandleYield(PyTask task, PyObject result)
    {
        if (result is PyFuture fut && (ReferenceEquals(fut.Type, FutureType) || ReferenceEquals(fut.Type, TaskType)))
        {
            if (ReferenceEquals(fut, task)) { SelfAwait(task); return; }
            if (!ReferenceEquals(fut.Loop, task.Loop)) { DifferentLoop(task, result); return; }
            if (!fut.Blocking) { YieldInsteadOfYieldFrom(task, result); return; }
            fut.Blocking = false;
            FutureAddDoneCallback(fut, task.WakeupFn!, task.Context);
            task.FutWaiter = fut;
            if (task.MustCancel && Ops.Truth(Ops.Invoke(fut, "cancel", OrNone(task.CancelMsg)))) task.MustCancel = false;
            return;
        }
        if (result is PyNone)
        {
            CallStepSoon(task, null);
            return;
        }
        var blocking = Ops.GetAttrOrNull(result, s_blocking);
        if (blocking is not null and not PyNone)
        {
            if (!ReferenceEquals(GetFutureLoop(result), task.Loop)) { DifferentLoop(task, result); return; }
            if (!Ops.Truth(blocking)) { YieldInsteadOfYieldFrom(task, result); return; }
            if (ReferenceEquals(result, task)) { SelfAwait(task); return; }
            Ops.SetAttr(result, s_blocking, PyBool.False);
            Ops.Call(Ops.GetAttr(result, s_addDoneCallback), [task.WakeupFn!, task.Context!], ContextKw);
            task.FutWaiter = result;
            if (task.MustCancel && Ops.Truth(Ops.Invoke(result, "cancel", OrNone(task.CancelMsg)))) task.MustCancel = false;
            return;
        }
        if (result is PyGenerator)
        {
            CallStepSoon(task, Errors.RuntimeError($"yield was used instead of yield from for generator in task {Ops.Repr(task)} with {Ops.Repr(result)}").Value);
            return;
        }
        CallStepSoon(task, Errors.RuntimeError($"Task got bad yield: {Ops.Repr(result)}").Value);
    }

    private static void SelfAwait(PyTask task) =>
        CallStepSoon(task, Errors.RuntimeError($"Task cannot await on itself: {Ops.Repr(task)}").Value);

    private static void DifferentLoop(PyTask task, PyObject result) =>
        CallStepSoon(task, Errors.RuntimeError($"Task {Ops.Repr(task)} got Future {Ops.Repr(result)} attached to a different loop").Value);

    private static void YieldInsteadOfYieldFrom(PyTask task, PyObject result) =>
        CallStepSoon(task, Errors.RuntimeError($"yield was used instead of yield from in task {Ops.Repr(task)} with {Ops.Repr(result)}").Value);

    /// <summary>The awaited future is done: step with its exception, or with nothing (task_wakeup).</summary>
    private static void TaskWakeup(PyTask task, PyObject fut)
    {
        PyBaseException? exc = null;
        if (fut is PyFuture pf && (ReferenceEquals(fut.Type, FutureType) || ReferenceEquals(fut.Type, TaskType)))
        {
            if (pf.State == PyFuture.Finished && pf.Exception is null) pf.LogTb = false;
            else
            {
                try { FutureResult(pf); }
                catch (PyException e) { exc = e.Value; }
            }
        }
        else
        {
            try { Ops.Invoke(fut, "result"); }
            catch (PyException e) { exc = e.Value; }
        }
        TaskStep(task, exc);
    }

    private static bool TaskCancel(PyTask task, PyObject? msg)
    {
        task.LogTb = false;
        if (task.State != PyFuture.Pending) return false;
        task.NumCancelsRequested++;
        if (task.FutWaiter is { } waiter && Ops.Truth(Ops.Invoke(waiter, "cancel", OrNone(msg)))) return true;
        task.MustCancel = true;
        task.CancelMsg = msg;
        return true;
    }

    /// <summary>__del__: "Task was destroyed but it is pending!", then the future's own report.</summary>
    private static void TaskFinalize(PyTask task)
    {
        if (task.Loop is not null && task.State == PyFuture.Pending && task.LogDestroyPending)
        {
            var context = new PyDict();
            context.SetItem(PyStr.From("task"), task);
            context.SetItem(PyStr.From("message"), PyStr.From("Task was destroyed but it is pending!"));
            if (task.SourceTb is { } stb) context.SetItem(PyStr.From("source_traceback"), stb);
            Ops.Invoke(task.Loop, "call_exception_handler", context);
        }
        FutureFinalize(task);
    }

    private static PyType MakeTaskType()
    {
        var t = new PyType("Task", [FutureType], true) { Module = "_asyncio", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var task = new PyTask(cls);
            Finalization.WatchDel(task);
            if (cls.IsBuiltin) TaskInitArgs(task, a, kw);
            return task;
        };
        t.SetMethod("__init__", static (a, kw) => { TaskInitArgs(T(a), a[1..], kw); return PyNone.Instance; });
        t.SetMethod("cancel", static (a, kw) => PyBool.From(TaskCancel(T(a), CancelArgs(a, kw))));
        t.SetMethod("cancelling", static (a, kw) => { Args.Method("cancelling", a, kw, 0, 0); return PyInt.From(T(a).NumCancelsRequested); });
        t.SetMethod("uncancel", static (a, kw) =>
        {
            Args.Method("uncancel", a, kw, 0, 0);
            var task = T(a);
            if (task.NumCancelsRequested > 0) task.NumCancelsRequested--;
            return PyInt.From(task.NumCancelsRequested);
        });
        t.SetMethod("set_result", static (a, kw) => throw Errors.RuntimeError("Task does not support set_result operation"));
        t.SetMethod("set_exception", static (a, kw) => throw Errors.RuntimeError("Task does not support set_exception operation"));
        t.SetMethod("get_coro", static (a, kw) => { Args.Method("get_coro", a, kw, 0, 0); return OrNone(T(a).Coro); });
        t.SetMethod("get_name", static (a, kw) => { Args.Method("get_name", a, kw, 0, 0); return OrNone(T(a).Name); });
        t.SetMethod("set_name", static (a, kw) =>
        {
            Args.Method("set_name", a, kw, 1, 1);
            T(a).Name = a[1] is PyStr { Sub: null } ? a[1] : PyStr.From(Ops.Str(a[1]));
            return PyNone.Instance;
        });
        t.SetMethod("get_stack", static (a, kw) =>
        {
            Args.OnlyKw("get_stack", kw, "limit");
            Args.Method("get_stack", a[..Args.Positional(a, kw)], null, 0, 0);
            var task = T(a);
            return Ops.Call((task.St ?? CurrentState).TaskGetStack, task, Args.Kw(a, kw, "limit") ?? PyNone.Instance);
        });
        t.SetMethod("print_stack", static (a, kw) =>
        {
            Args.OnlyKw("print_stack", kw, "limit", "file");
            Args.Method("print_stack", a[..Args.Positional(a, kw)], null, 0, 0);
            var task = T(a);
            return Ops.Call((task.St ?? CurrentState).TaskPrintStack,
                [task, Args.Kw(a, kw, "limit") ?? PyNone.Instance, Args.Kw(a, kw, "file") ?? PyNone.Instance]);
        });
        t.SetMethod("_repr_info", static (a, kw) => Ops.Call((T(a).St ?? CurrentState).TaskReprInfo, a[0]));
        t.SetMethod("__repr__", static (a, kw) => Ops.Call((T(a).St ?? CurrentState).TaskRepr, a[0]));
        t.SetMethod("__del__", static (a, kw) => { TaskFinalize(T(a)); return PyNone.Instance; });
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();

        t.TypeDict["_log_destroy_pending"] = Getter(t, "_log_destroy_pending", static o => PyBool.From(((PyTask)o).LogDestroyPending),
            static (o, v) => ((PyTask)o).LogDestroyPending = Ops.Truth(v));
        t.TypeDict["_must_cancel"] = Getter(t, "_must_cancel", static o => PyBool.From(((PyTask)o).MustCancel));
        t.TypeDict["_coro"] = Getter(t, "_coro", static o => OrNone(((PyTask)o).Coro));
        t.TypeDict["_fut_waiter"] = Getter(t, "_fut_waiter", static o => OrNone(((PyTask)o).FutWaiter));
        return t;
    }
}
