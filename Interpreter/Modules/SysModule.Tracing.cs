using Herthon.Evaluation;

namespace Herthon.Runtime;

// sys._getframe, sys.settrace/gettrace, sys.setprofile/getprofile.
public static partial class SysModule
{
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
        m.AddFunction("gettrace", static (a, kw) => ThreadState.Current.TraceFunc ?? PyNone.Instance);
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
        m.AddFunction("getprofile", static (a, kw) => ThreadState.Current.ProfileFunc ?? PyNone.Instance);
    }
}
