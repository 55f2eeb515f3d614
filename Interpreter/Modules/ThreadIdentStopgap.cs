namespace Herthon.Runtime;

/// <summary>
/// A stand-in `_thread` offering only get_ident, which CPython's reprlib (and so collections) imports at
/// start-up. Registered with TryAdd after every other module, so the real `_thread` replaces it when present.
/// </summary>
public static class ThreadIdentStopgap
{
    public static PyModule Create()
    {
        var m = new PyModule("_thread");
        m.AddFunction("get_ident", static (a, kw) => { Args.Count("get_ident", a, kw, 0, 0); return PyInt.From(Environment.CurrentManagedThreadId); });
        return m;
    }
}
