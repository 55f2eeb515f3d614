using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Runtime;

/// <summary>The async pieces of builtins (aiter, anext) and sys (async generator hooks, coroutine origin tracking).</summary>
public static class AsyncBuiltins
{
    public static void InstallBuiltins(PyModule m)
    {
        m.AddFunction("aiter", static (a, kw) =>
        {
            Args.Count("aiter", a, kw, 1, 1);
            var m = a[0].Type.Lookup("__aiter__") ?? throw Errors.TypeError($"'{a[0].Type.Name}' object is not an async iterable");
            var it = Ops.CallMethod(m, a[0]);
            if (it.Type.Lookup("__anext__") is null) throw Errors.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        });
        m.AddFunction("anext", static (a, kw) =>
        {
            Args.Count("anext", a, kw, 1, 2);
            var m = a[0].Type.Lookup("__anext__") ?? throw Errors.TypeError($"'{a[0].Type.Name}' object is not an async iterator");
            var awaitable = Ops.CallMethod(m, a[0]);
            return a.Length == 1 ? awaitable : new AnextAwaitable(awaitable, a[1]);
        });
    }

    public static void InstallSys(PyModule m)
    {
        m.AddFunction("get_asyncgen_hooks", static (a, kw) =>
        {
            Args.Count("get_asyncgen_hooks", a, kw, 0, 0);
            return Hooks();
        });
        m.AddFunction("set_asyncgen_hooks", static (a, kw) =>
        {
            // 3.11 parses "|OO:set_asyncgen_hooks": asyncio's run_forever restores the old hooks positionally.
            int np = Args.Positional(a, kw);
            if (np + (kw?.Length ?? 0) > 2) throw Errors.TypeError($"function takes at most 2 arguments ({np + (kw?.Length ?? 0)} given)");
            Args.OnlyKw("set_asyncgen_hooks", kw, "firstiter", "finalizer");
            if (np >= 1 && Args.Kw(a, kw, "firstiter") is not null) throw Errors.TypeError("argument for function given by name ('firstiter') and position (1)");
            if (np >= 2 && Args.Kw(a, kw, "finalizer") is not null) throw Errors.TypeError("argument for function given by name ('finalizer') and position (2)");
            var first = np >= 1 ? a[0] : Args.Kw(a, kw, "firstiter");
            var fin = np >= 2 ? a[1] : Args.Kw(a, kw, "finalizer");
            // CPython validates both before storing either; an omitted hook keeps its value.
            if (fin is not null && fin is not PyNone && !Builtins.IsCallable(fin)) throw Errors.TypeError($"callable finalizer expected, got {fin.Type.Name}");
            if (first is not null && first is not PyNone && !Builtins.IsCallable(first)) throw Errors.TypeError($"callable firstiter expected, got {first.Type.Name}");
            if (fin is not null) AsyncGenHooks.Finalizer = fin is PyNone ? null : fin;
            if (first is not null) AsyncGenHooks.FirstIter = first is PyNone ? null : first;
            return PyNone.Instance;
        });
        m.AddFunction("get_coroutine_origin_tracking_depth", static (a, kw) =>
        {
            Args.Count("get_coroutine_origin_tracking_depth", a, kw, 0, 0);
            return PyInt.From(AsyncGenHooks.CoroutineOriginDepth);
        });
        m.AddFunction("set_coroutine_origin_tracking_depth", static (a, kw) =>
        {
            Args.Count("set_coroutine_origin_tracking_depth", a, kw, 1, 1);
            long depth = Ops.IndexValue(a[0]);
            if (depth < 0) throw Errors.ValueError("depth must be >= 0");
            AsyncGenHooks.CoroutineOriginDepth = (int)Math.Min(depth, int.MaxValue);
            return PyNone.Instance;
        });
    }

    private static PyObject Hooks() => StructSeq.Make("asyncgen_hooks", ["firstiter", "finalizer"],
        [AsyncGenHooks.FirstIter ?? PyNone.Instance, AsyncGenHooks.Finalizer ?? PyNone.Instance]);
}
