using System.Runtime.CompilerServices;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// `_asyncio`, the accelerator CPython 3.11 builds from Modules/_asynciomodule.c: Future and Task
/// (Future.cs, Task.cs), the running-loop functions events.py takes over, and the task registry
/// tasks.py takes over (_register_task, _enter_task, ..., _all_tasks, _current_tasks). What the C
/// module imports from asyncio at start-up (CancelledError, the repr helpers, iscoroutine, ...) is
/// looked up on first use here: `_asyncio` is imported while asyncio.futures is still loading.
/// </summary>
public static partial class AsyncioModule
{
    /// <summary>One interpreter run's module state (CPython's module globals in _asynciomodule.c).</summary>
    internal sealed class State
    {
        public PyObject AllTasks = null!;       // weakref.WeakSet()
        public readonly PyDict CurrentTasks = new();
        public long TaskNameCounter;
        private PyType? _cancelledError, _invalidStateError;
        private PyObject? _policyGetter, _isCoroutine, _extractStack;
        private PyObject? _futureRepr, _futureReprInfo, _taskRepr, _taskReprInfo, _taskGetStack, _taskPrintStack;

        private static PyObject From(string module, string name) => Ops.GetAttr(Importer.ImportDotted(module, Host.Current), name);

        public PyType CancelledError => _cancelledError ??= (PyType)From("asyncio.exceptions", "CancelledError");
        public PyType InvalidStateError => _invalidStateError ??= (PyType)From("asyncio.exceptions", "InvalidStateError");
        public PyObject GetEventLoopPolicy => _policyGetter ??= From("asyncio.events", "get_event_loop_policy");
        public PyObject IsCoroutine => _isCoroutine ??= From("asyncio.coroutines", "iscoroutine");
        public PyObject ExtractStack => _extractStack ??= From("traceback", "extract_stack");
        public PyObject FutureRepr => _futureRepr ??= From("asyncio.base_futures", "_future_repr");
        public PyObject FutureReprInfo => _futureReprInfo ??= From("asyncio.base_futures", "_future_repr_info");
        public PyObject TaskRepr => _taskRepr ??= From("asyncio.base_tasks", "_task_repr");
        public PyObject TaskReprInfo => _taskReprInfo ??= From("asyncio.base_tasks", "_task_repr_info");
        public PyObject TaskGetStack => _taskGetStack ??= From("asyncio.base_tasks", "_task_get_stack");
        public PyObject TaskPrintStack => _taskPrintStack ??= From("asyncio.base_tasks", "_task_print_stack");

        public PyException Error(PyType type, string message) => new((PyBaseException)Ops.Call(type, PyStr.From(message)));
    }

    // One declaration so they initialise in this order: Task derives from Future.
    public static readonly PyType FutureType = MakeFutureType();
    public static readonly PyType FutureIterType = MakeFutureIterType();
    public static readonly PyType TaskType = MakeTaskType();

    private static readonly ConditionalWeakTable<Host, State> s_states = new();

    internal static State CurrentState => s_states.GetValue(Host.Current, static _ => new State());

    /// <summary>The running loop of this thread (events._set_running_loop); threads belong to one host.</summary>
    [ThreadStatic] private static PyObject? t_runningLoop;

    internal static readonly string[] ContextKw = ["context"];
    private static readonly PyStr s_callSoon = PyStr.From("call_soon");

    public static PyModule Create()
    {
        var st = CurrentState;
        st.AllTasks = Ops.Call(Ops.GetAttr(Importer.ImportDotted("weakref", Host.Current), "WeakSet"));
        var m = new PyModule("_asyncio");
        m.Add("__doc__", PyStr.From("Accelerator module for asyncio"));
        m.Add("Future", FutureType);
        m.Add("Task", TaskType);
        m.Add("_all_tasks", st.AllTasks);
        m.Add("_current_tasks", st.CurrentTasks);
        m.AddFunction("get_running_loop", static (a, kw) =>
        {
            Args.Count("get_running_loop", a, kw, 0, 0);
            return t_runningLoop ?? throw Errors.RuntimeError("no running event loop");
        });
        m.AddFunction("_get_running_loop", static (a, kw) =>
        {
            Args.Count("_get_running_loop", a, kw, 0, 0);
            return t_runningLoop ?? PyNone.Instance;
        });
        m.AddFunction("_set_running_loop", static (a, kw) =>
        {
            Args.Count("_set_running_loop", a, kw, 1, 1);
            t_runningLoop = a[0] is PyNone ? null : a[0];
            return PyNone.Instance;
        });
        m.AddFunction("get_event_loop", static (a, kw) =>
        {
            Args.Count("get_event_loop", a, kw, 0, 0);
            return GetEventLoop();
        });
        m.AddFunction("_get_event_loop", static (a, kw) =>
        {
            Args.OnlyKw("_get_event_loop", kw, "stacklevel");
            Args.Count("_get_event_loop", a[..Args.Positional(a, kw)], null, 0, 1);
            return GetEventLoop();
        });
        m.AddFunction("_register_task", static (a, kw) =>
        {
            Args.Count("_register_task", a, kw, 1, 1);
            Ops.Invoke(CurrentState.AllTasks, "add", a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("_unregister_task", static (a, kw) =>
        {
            Args.Count("_unregister_task", a, kw, 1, 1);
            Ops.Invoke(CurrentState.AllTasks, "discard", a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("_enter_task", static (a, kw) =>
        {
            Args.Count("_enter_task", a, kw, 2, 2);
            EnterTask(CurrentState, a[0], a[1]);
            return PyNone.Instance;
        });
        m.AddFunction("_leave_task", static (a, kw) =>
        {
            Args.Count("_leave_task", a, kw, 2, 2);
            LeaveTask(CurrentState, a[0], a[1]);
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>The running loop, else the policy's loop (CPython 3.11.2's get_event_loop).</summary>
    internal static PyObject GetEventLoop()
    {
        if (t_runningLoop is { } loop) return loop;
        var policy = Ops.Call(CurrentState.GetEventLoopPolicy);
        return Ops.Invoke(policy, "get_event_loop");
    }

    internal static void EnterTask(State st, PyObject loop, PyObject task)
    {
        if (st.CurrentTasks.TryGetValue(loop, out var current))
            throw Errors.RuntimeError($"Cannot enter into task {Ops.Repr(task)} while another task {Ops.Repr(current)} is being executed.");
        st.CurrentTasks.SetItem(loop, task);
    }

    internal static void LeaveTask(State st, PyObject loop, PyObject task)
    {
        var current = st.CurrentTasks.Get(loop);
        if (!ReferenceEquals(current, task))
            throw Errors.RuntimeError($"Leaving task {Ops.Repr(task)} does not match the current task {Ops.Repr(current ?? PyNone.Instance)}.");
        st.CurrentTasks.Remove(loop);
    }

    /// <summary>loop.call_soon(fn, arg, context=ctx); without arg or ctx when null (CPython's call_soon helper).</summary>
    internal static void CallSoon(PyObject loop, PyObject fn, PyObject? arg, PyObject? ctx)
    {
        var callSoon = Ops.GetAttr(loop, s_callSoon);
        if (ctx is null)
        {
            if (arg is null) Ops.Call(callSoon, fn);
            else Ops.Call(callSoon, fn, arg);
        }
        else if (arg is null) Ops.Call(callSoon, [fn, ctx], ContextKw);
        else Ops.Call(callSoon, [fn, arg, ctx], ContextKw);
    }
}
