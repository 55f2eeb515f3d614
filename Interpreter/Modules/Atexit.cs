using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `atexit` module (CPython's Modules/atexitmodule.c): callbacks registered per interpreter run
/// last-in first-out when the program ends — normally, through sys.exit, or after an uncaught
/// exception has been printed (Host.Execute). A failing callback is reported as CPython reports it
/// ("Exception ignored in atexit callback: ...") and the others still run.
/// </summary>
public static class AtexitModule
{
    public sealed record Callback(PyObject Function, PyObject[] Args, string[]? KwNames);

    public static PyModule Create()
    {
        var m = new PyModule("atexit");
        m.AddFunction("register", static (a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n < 1) throw Errors.TypeError("register() takes at least 1 argument (0 given)");
            if (!Builtins.IsCallable(a[0])) throw Errors.TypeError("the first argument must be callable");
            Host.Current.AtExitCallbacks.Add(new Callback(a[0], a[1..].ToArray(), kw));
            return a[0];
        });
        m.AddFunction("unregister", static (a, kw) =>
        {
            Args.Count("unregister", a, kw, 1, 1);
            var list = Host.Current.AtExitCallbacks;
            // As CPython 3.11, the slot is emptied rather than removed (so _ncallbacks() still counts
            // it); __eq__ may run Python code that changes the list, hence the bounds check.
            for (int i = 0; i < list.Count; i++)
                if (list[i] is { } cb && Ops.Eq(cb.Function, a[0]) && i < list.Count) list[i] = null;
            return PyNone.Instance;
        });
        m.AddFunction("_clear", static (a, kw) => { Args.Count("_clear", a, kw, 0, 0); Host.Current.AtExitCallbacks.Clear(); return PyNone.Instance; });
        m.AddFunction("_ncallbacks", static (a, kw) => { Args.Count("_ncallbacks", a, kw, 0, 0); return PyInt.From(Host.Current.AtExitCallbacks.Count); });
        m.AddFunction("_run_exitfuncs", static (a, kw) => { Args.Count("_run_exitfuncs", a, kw, 0, 0); Run(Host.Current); return PyNone.Instance; });
        return m;
    }

    /// <summary>Runs and clears the callbacks, newest first.</summary>
    public static void Run(Host host)
    {
        var list = host.AtExitCallbacks;
        while (list.Count > 0)
        {
            var cb = list[^1];
            list.RemoveAt(list.Count - 1);
            if (cb is null) continue;
            try { Ops.Call(cb.Function, cb.Args, cb.KwNames); }
            catch (PyException e) when (!e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
            {
                host.Stderr.WriteLine($"Exception ignored in atexit callback: {Ops.Repr(cb.Function)}");
                host.PrintException(e.Value);
            }
            catch (PyException) { }   // SystemExit inside a callback is ignored silently, as in CPython
        }
    }
}
