using Herthon.Compiling;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>The Python-level methods and attributes of coroutines, async generators and their awaitables.</summary>
public static class CoroutineMethods
{
    public static void Install()
    {
        var c = TypeObjects.Coroutine;
        c.SetMethod("send", static (a, kw) => Send((PyCoroutine)a[0], a[1]));
        c.SetMethod("throw", static (a, kw) => Send((PyCoroutine)a[0], PyNone.Instance, ThrowArg(a)));
        c.SetMethod("close", static (a, kw) => { ((PyCoroutine)a[0]).Close(); return PyNone.Instance; });
        c.SetMethod("__await__", static (a, kw) => new PyCoroutineWrapper((PyCoroutine)a[0]));
        c.TypeDict["cr_await"] = new PyGetSetDescriptor("cr_await", o => ((PyCoroutine)o).Awaiting ?? PyNone.Instance);
        c.TypeDict["cr_running"] = new PyGetSetDescriptor("cr_running", o => PyBool.From(((PyCoroutine)o).Running));
        c.TypeDict["cr_code"] = new PyGetSetDescriptor("cr_code", o => ((PyCoroutine)o).Frame.Code);
        c.TypeDict["cr_frame"] = new PyGetSetDescriptor("cr_frame", o => ((PyCoroutine)o).Frame is { Finished: false } f ? f.EscapeGeneratorFrame() : PyNone.Instance);
        c.TypeDict["cr_origin"] = new PyGetSetDescriptor("cr_origin", o => ((PyCoroutine)o).Origin);
        InstallNames(c);

        var w = TypeObjects.CoroutineWrapper;
        InstallIteratorProtocol(w);

        var ag = TypeObjects.AsyncGenerator;
        ag.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();   // types.AsyncGeneratorType[int, None]
        ag.SetMethod("__aiter__", static (a, kw) => a[0]);
        ag.SetMethod("__anext__", static (a, kw) => { var g = (PyAsyncGenerator)a[0]; g.InitHooks(); return new AsyncGenASend(g, PyNone.Instance); });
        ag.SetMethod("asend", static (a, kw) =>
        {
            Args.Method("asend", a, kw, 1, 1);
            var g = (PyAsyncGenerator)a[0];
            g.InitHooks();
            return new AsyncGenASend(g, a[1]);
        });
        ag.SetMethod("athrow", static (a, kw) =>
        {
            var g = (PyAsyncGenerator)a[0];
            var e = ThrowArg(a);
            g.InitHooks();
            return new AsyncGenAThrow(g, e);
        });
        ag.SetMethod("aclose", static (a, kw) => { var g = (PyAsyncGenerator)a[0]; g.InitHooks(); return new AsyncGenAThrow(g, null); });
        ag.TypeDict["ag_running"] = new PyGetSetDescriptor("ag_running", o => PyBool.From(((PyAsyncGenerator)o).RunningAsync));
        ag.TypeDict["ag_await"] = new PyGetSetDescriptor("ag_await", o => ((PyAsyncGenerator)o).Awaiting ?? PyNone.Instance);
        ag.TypeDict["ag_code"] = new PyGetSetDescriptor("ag_code", o => ((PyAsyncGenerator)o).Frame.Code);
        ag.TypeDict["ag_frame"] = new PyGetSetDescriptor("ag_frame", o => ((PyAsyncGenerator)o).Frame is { Finished: false } f ? f.EscapeGeneratorFrame() : PyNone.Instance);
        InstallNames(ag);

        foreach (var t in new[] { TypeObjects.AsyncGenASend, TypeObjects.AsyncGenAThrow, TypeObjects.AnextAwaitable })
        {
            InstallIteratorProtocol(t);
            t.SetMethod("__await__", static (a, kw) => a[0]);
        }
        // co_flags, code.replace(co_flags=...) and a settable __code__ (what types.coroutine needs),
        // gi_code and gi_yieldfrom live with the other frame and code attributes (Compiling/CodeObject.Attributes.cs,
        // Evaluation/Frame.Object.cs).
    }

    private static void InstallNames(PyType t)
    {
        t.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyCoroutineBase)o).Name),
            (o, v) => ((PyCoroutineBase)o).Name = v is PyStr s ? s.V : throw Errors.TypeError("__name__ must be set to a string object"));
        t.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o => PyStr.From(((PyCoroutineBase)o).QualName),
            (o, v) => ((PyCoroutineBase)o).QualName = v is PyStr s ? s.V : throw Errors.TypeError("__qualname__ must be set to a string object"));
    }

    /// <summary>send/throw/close/__next__/__iter__ of an awaitable iterator.</summary>
    private static void InstallIteratorProtocol(PyType t)
    {
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => Send((IAwaitIterator)a[0], PyNone.Instance));
        t.SetMethod("send", static (a, kw) => Send((IAwaitIterator)a[0], a[1]));
        t.SetMethod("throw", static (a, kw) => Send((IAwaitIterator)a[0], PyNone.Instance, ThrowArg(a)));
        t.SetMethod("close", static (a, kw) => { ((IAwaitIterator)a[0]).CloseIter(); return PyNone.Instance; });
    }

    private static PyObject Send(IAwaitIterator it, PyObject value, PyBaseException? thrown = null) =>
        it.SendEx(value, thrown, out var result) ?? throw PyGenerator.MakeStopIteration(result);

    /// <summary>throw(value) or the legacy throw(type[, value[, tb]]): the exception to raise at the suspension point.</summary>
    internal static PyBaseException ThrowArg(ReadOnlySpan<PyObject> a)
    {
        if (a.Length < 2) throw Errors.TypeError($"throw expected at least 1 argument, got {a.Length - 1}");
        if (a.Length > 2 && a[2] is not PyNone && a[1] is PyType et)
        {
            if (a[2] is PyBaseException v && v.Type.IsSubtypeOf(et)) return v;
            return Interpreter.ToException(Ops.Call(et, a[2] is PyTuple targs ? targs.Items : [a[2]]));
        }
        if (a.Length > 2 && a[2] is not PyNone && a[1] is PyBaseException)
            throw Errors.TypeError("instance exception may not have a separate value");
        var e = a[1];
        if (e is PyType { IsException: true } || e is PyBaseException) return Interpreter.ToException(e);
        throw Errors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {e.Type.Name}");
    }
}
