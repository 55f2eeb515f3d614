using Herthon.Evaluation;

namespace Herthon.Runtime;

// sys._getframe, sys.settrace/gettrace, sys.setprofile/getprofile.
public static partial class SysModule
{
    /// <summary>sys.exc_info()'s (type, value, traceback) of a handled exception, or three Nones.</summary>
    private static PyTuple ExcInfo(PyBaseException? e) =>
        e is null ? PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance) : PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);

    private static void AddFrameFunctions(PyModule m)
    {
        m.AddFunction("_getframe", static (a, kw) =>
        {
            Args.NoKw("sys._getframe", kw);
            if (a.Length > 1) throw Errors.TypeError($"_getframe expected at most 1 argument, got {a.Length}");
            long depth = a.Length > 0 ? Ops.IndexValue(a[0]) : 0;
            var f = ThreadState.Current.Frame;
            for (; depth > 0 && f is not null; depth--) f = f.Back;
            if (f is null) throw Errors.ValueError("call stack is not deep enough");
            Audit("sys._getframe", f.Escape());
            return f;
        });
        // Every thread's innermost frame and handled exception, by ident. The other threads are
        // stopped outside Python code while this one holds the GIL, so their state is stable.
        m.AddFunction("_current_frames", static (a, kw) =>
        {
            Args.Count("sys._current_frames", a, kw, 0, 0);
            Audit("sys._current_frames");
            var d = new PyDict();
            foreach (var ts in ThreadModule.LiveStates())
                if (ts.Frame is { } f) d.SetItem(PyInt.From(ts.Ident), f.Escape());
            return d;
        });
        m.AddFunction("_current_exceptions", static (a, kw) =>
        {
            Args.Count("sys._current_exceptions", a, kw, 0, 0);
            Audit("sys._current_exceptions");
            var d = new PyDict();
            foreach (var ts in ThreadModule.LiveStates())
            {
                d.SetItem(PyInt.From(ts.Ident), ExcInfo(ts.CurrentHandled));
            }
            return d;
        });
        m.AddFunction("settrace", static (a, kw) =>
        {
            Args.NoKw("settrace", kw);
            if (a.Length != 1) throw Errors.TypeError($"sys.settrace() takes exactly one argument ({a.Length} given)");
            Audit("sys.settrace");
            var ts = ThreadState.Current;
            ts.TraceFunc = a[0] is PyNone ? null : a[0];
            ts.UpdateHooked();
            return PyNone.Instance;
        });
        m.AddFunction("gettrace", static (a, kw) => { Args.Count("sys.gettrace", a, kw, 0, 0); return ThreadState.Current.TraceFunc ?? PyNone.Instance; });
        m.AddFunction("setprofile", static (a, kw) =>
        {
            Args.NoKw("setprofile", kw);
            if (a.Length != 1) throw Errors.TypeError($"sys.setprofile() takes exactly one argument ({a.Length} given)");
            Audit("sys.setprofile");
            var ts = ThreadState.Current;
            ts.ProfileFunc = a[0] is PyNone ? null : a[0];
            ts.UpdateHooked();
            return PyNone.Instance;
        });
        m.AddFunction("getprofile", static (a, kw) => { Args.Count("sys.getprofile", a, kw, 0, 0); return ThreadState.Current.ProfileFunc ?? PyNone.Instance; });
    }
}
