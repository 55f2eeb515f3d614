using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `_queue` module (CPython's Modules/_queuemodule.c): SimpleQueue, the unbounded FIFO queue.py
/// uses over its pure-Python one, and the Empty exception. put() never blocks and never runs Python
/// code (it may be called from a finaliser in the middle of another put or get); get() waits for an
/// item without the GIL, interruptibly (Ctrl-C, signal handlers) on the main thread.
/// </summary>
public static class QueueModule
{
    public static readonly PyType Empty = Errors.ModuleException("Empty", "_queue", TypeObjects.Exception);
    public static readonly PyType SimpleQueueType = MakeSimpleQueue();

    public static PyModule Create()
    {
        var m = new PyModule("_queue");
        m.ModuleDict["Empty"] = Empty;
        m.ModuleDict["SimpleQueue"] = SimpleQueueType;
        return m;
    }

    /// <summary>A SimpleQueue (or an instance of a subclass).</summary>
    public sealed class PySimpleQueue(PyType type) : PyDictInstance(type)
    {
        private readonly Queue<PyObject> _items = new();
        // CPython's scheme: a getter that finds the queue empty takes the lock (`_locked`), then waits to
        // take it again; put() releases it. All else runs under the GIL.
        private readonly SemaphoreSlim _lock = new(1, 1);
        private bool _locked;

        public int Count => _items.Count;

        public void Put(PyObject item)
        {
            _items.Enqueue(item);
            if (_locked) { _locked = false; _lock.Release(); }
        }

        /// <summary><paramref name="timeout"/> in seconds: negative waits for ever, 0 does not wait.</summary>
        public PyObject Get(double timeout)
        {
            long deadline = timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000) : 0;
            while (_items.Count == 0)
            {
                bool taken = _lock.Wait(0);
                if (!taken && timeout != 0)
                {
                    double left = timeout < 0 ? -1 : Math.Max(0, deadline - Environment.TickCount64);
                    taken = Interrupts.WaitSemaphore(_lock, left);
                }
                if (!taken) throw new PyException(Errors.NewException(Empty, []));
                _locked = true;
            }
            var item = _items.Dequeue();
            if (_locked) { _locked = false; _lock.Release(); }
            return item;
        }
    }

    private static PySimpleQueue Q(ReadOnlySpan<PyObject> a) => (PySimpleQueue)a[0];

    private static PyType MakeSimpleQueue()
    {
        var t = new PyType("SimpleQueue", [TypeObjects.Object], true) { Module = "_queue", AcceptsSubclasses = true };
        t.ComputeMro();
        t.TypeDict["__doc__"] = PyStr.From("Simple, unbounded, reentrant FIFO queue.");
        t.New = static (cls, a, kw) =>
        {
            if (cls.IsBuiltin)
            {
                if (Args.Positional(a, kw) > 0) throw Errors.TypeError("SimpleQueue() takes no positional arguments");
                if (kw is { Length: > 0 }) throw Errors.TypeError("SimpleQueue() takes no keyword arguments");
            }
            return new PySimpleQueue(cls);
        };
        // put(item, block=True, timeout=None): block and timeout exist for Queue compatibility and are ignored.
        t.SetMethod("put", static (a, kw) =>
        {
            Bind("put", a, kw, ["item", "block", "timeout"], 1, out var v);
            Q(a).Put(v[0]!);
            return PyNone.Instance;
        });
        t.SetMethod("put_nowait", static (a, kw) =>
        {
            Bind("put_nowait", a, kw, ["item"], 1, out var v);
            Q(a).Put(v[0]!);
            return PyNone.Instance;
        });
        t.SetMethod("get", static (a, kw) =>
        {
            Bind("get", a, kw, ["block", "timeout"], 0, out var v);
            bool block = v[0] is null || Ops.Truth(v[0]!);
            double timeout = -1;
            if (!block) timeout = 0;
            else if (v[1] is { } t and not PyNone)
            {
                timeout = t is PyFloat or PyInt ? Ops.ToDouble(t) : throw Errors.TypeError($"'{t.Type.Name}' object cannot be interpreted as an integer");
                if (double.IsNaN(timeout)) throw Errors.ValueError("Invalid value NaN (not a number)");
                if (Math.Abs(timeout) > 9.2e9) throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
                if (timeout < 0) throw Errors.ValueError("'timeout' must be a non-negative number");
            }
            return Q(a).Get(timeout);
        });
        t.SetMethod("get_nowait", static (a, kw) => { Args.Method("get_nowait", a, kw, 0, 0); return Q(a).Get(0); });
        t.SetMethod("empty", static (a, kw) => { Args.Method("empty", a, kw, 0, 0); return PyBool.From(Q(a).Count == 0); });
        t.SetMethod("qsize", static (a, kw) => { Args.Method("qsize", a, kw, 0, 0); return PyInt.From(Q(a).Count); });
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        return t;
    }

    /// <summary>Argument Clinic's binding for (self, names..., /-less): positional then by keyword, the first <paramref name="required"/> required.</summary>
    private static void Bind(string name, ReadOnlySpan<PyObject> a, string[]? kw, string[] names, int required, out PyObject?[] values)
    {
        Args.ClinicKw(name, kw, names);
        int npos = Args.Positional(a, kw) - 1;   // a[0] is self
        if (npos > names.Length)
            throw Errors.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        values = new PyObject?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            var byName = Args.Kw(a, kw, names[i]);
            if (i < npos && byName is not null) throw Errors.TypeError($"argument for {name}() given by name ('{names[i]}') and position ({i + 1})");
            values[i] = i < npos ? a[1 + i] : byName;
            if (values[i] is null && i < required) throw Errors.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        }
    }
}
