namespace Herthon.Runtime;

/// <summary>
/// `_tracemalloc` (CPython's Modules/_tracemalloc.c), under CPython's own tracemalloc.py. Herthon's
/// objects live on the CLR's heap, which has no per-allocation hook to attribute memory to Python
/// tracebacks, so tracing is not available: every query answers as CPython's does while tracing is
/// off (not tracing, no traces, (0, 0) traced memory, no object traceback), and start() says so with
/// a RuntimeError instead of pretending to trace. Code that only checks `tracemalloc.is_tracing()`
/// (warnings' ResourceWarning messages, asyncio's debug mode, unittest) works as under CPython.
/// </summary>
public static class TracemallocModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_tracemalloc");
        m.AddFunction("is_tracing", static (a, kw) => { Args.Count("is_tracing", a, kw, 0, 0); return PyBool.False; });
        m.AddFunction("start", static (a, kw) =>
        {
            var b = Args.Bind("start", a, kw, 1, 0, "nframe");
            long nframe = b[0] is { } n ? Ops.IndexValue(n) : 1;
            if (nframe < 1 || nframe > 65535) throw Errors.ValueError("the number of frames must be in range [1; 65535]");
            throw Errors.RuntimeError("tracemalloc is not available in Herthon: the CLR's heap has no per-allocation hook to trace Python allocations");
        });
        m.AddFunction("stop", static (a, kw) => { Args.Count("stop", a, kw, 0, 0); return PyNone.Instance; });
        m.AddFunction("clear_traces", static (a, kw) => { Args.Count("clear_traces", a, kw, 0, 0); return PyNone.Instance; });
        m.AddFunction("reset_peak", static (a, kw) => { Args.Count("reset_peak", a, kw, 0, 0); return PyNone.Instance; });
        m.AddFunction("get_traced_memory", static (a, kw) =>
        {
            Args.Count("get_traced_memory", a, kw, 0, 0);
            return PyTuple.From(new PyObject[] { PyInt.From(0), PyInt.From(0) });
        });
        m.AddFunction("get_tracemalloc_memory", static (a, kw) => { Args.Count("get_tracemalloc_memory", a, kw, 0, 0); return PyInt.From(0); });
        m.AddFunction("get_traceback_limit", static (a, kw) => { Args.Count("get_traceback_limit", a, kw, 0, 0); return PyInt.From(1); });
        m.AddFunction("_get_object_traceback", static (a, kw) => { Args.Count("_get_object_traceback", a, kw, 1, 1); return PyNone.Instance; });
        m.AddFunction("_get_traces", static (a, kw) => { Args.Count("_get_traces", a, kw, 0, 0); return new PyList(); });
        return m;
    }
}
