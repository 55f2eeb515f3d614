namespace Herthon.Runtime;

/// <summary>
/// The part of `_thread` that importlib._bootstrap needs (allocate_lock, get_ident, RLock), used only
/// while Herthon has no real `_thread` module: ModuleRegistry adds it with TryAdd, so a real one
/// registered under the same name wins. It cannot start threads (there is no start_new_thread), so
/// `threading` still fails to import with a clear error.
/// </summary>
public static class ThreadFallback
{
    public static readonly PyType LockType = MakeLockType("lock");
    public static readonly PyType RLockType = MakeLockType("RLock");

    public static PyModule Create()
    {
        var m = new PyModule("_thread");
        m.Add("LockType", LockType);
        m.Add("RLock", RLockType);
        m.Add("error", TypeObjects.RuntimeError);
        m.Add("TIMEOUT_MAX", new PyFloat(9223372036.0));
        m.AddFunction("allocate_lock", static (a, kw) => { Args.Count("allocate_lock", a, kw, 0, 0); return new Lock(LockType); });
        m.AddFunction("get_ident", static (a, kw) => { Args.Count("get_ident", a, kw, 0, 0); return PyInt.From(Environment.CurrentManagedThreadId); });
        return m;
    }

    private sealed class Lock(PyType type) : PyObject
    {
        public readonly PyType LockKind = type;
        public int Count;
        public override PyType Type => LockKind;
    }

    private static PyType MakeLockType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "_thread" };
        t.ComputeMro();
        bool reentrant = name == "RLock";
        t.New = static (cls, a, kw) => new Lock(cls);
        BuiltinFn acquire = (a, kw) =>
        {
            var l = (Lock)a[0];
            bool blocking = a.Length < 2 || Ops.Truth(a[1]);
            if (l.Count > 0 && !reentrant)
            {
                // One thread only: waiting for a held lock would wait forever.
                if (blocking) throw Errors.RuntimeError("deadlock: acquiring a lock this thread already holds (Herthon has no threads yet)");
                return PyBool.False;
            }
            l.Count++;
            return PyBool.True;
        };
        t.SetMethod("acquire", acquire);
        t.SetMethod("__enter__", acquire);
        BuiltinFn release = (a, kw) =>
        {
            var l = (Lock)a[0];
            if (l.Count == 0) throw Errors.RuntimeError(reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
            l.Count--;
            return PyNone.Instance;
        };
        t.SetMethod("release", release);
        t.SetMethod("__exit__", (a, kw) => { release(a[..1], null); return PyBool.False; });
        t.SetMethod("locked", static (a, kw) => ((Lock)a[0]).Count > 0 ? PyBool.True : PyBool.False);
        return t;
    }
}
