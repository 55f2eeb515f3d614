using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `_thread` module (CPython's Modules/_threadmodule.c): real OS threads under the interpreter's
/// GIL (<see cref="Gil"/>), locks that release the GIL while they wait, RLock, per-thread `_local`
/// objects and the default threading.excepthook. CPython's threading.py runs on top of it.
/// </summary>
public static partial class ThreadModule
{
    /// <summary>Stack of a started thread when stack_size() was not set: the main interpreter thread's (Host.RunMain).</summary>
    private const int DefaultStackSize = 512 * 1024 * 1024;
    /// <summary>_thread.TIMEOUT_MAX in seconds (CPython's PY_TIMEOUT_MAX on Linux, as a float).</summary>
    private const double TimeoutMax = 9223372036.0;
    private static int s_stackSize;

    public static readonly PyType LockType = MakeLockType();
    public static readonly PyType RLockType = MakeRLockType();
    public static readonly PyType LocalType = MakeLocalType();
    private static readonly PyType ExceptHookArgsType = MakeExceptHookArgsType();

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();

    public static PyModule Create()
    {
        var m = new PyModule("_thread");
        m.Add("LockType", LockType);
        m.Add("RLock", RLockType);
        m.Add("_local", LocalType);
        m.Add("_ExceptHookArgs", ExceptHookArgsType);
        m.Add("error", TypeObjects.RuntimeError);
        m.Add("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        m.AddFunction("start_new_thread", StartNewThread);
        m.AddFunction("start_new", StartNewThread);
        m.AddFunction("allocate_lock", static (a, kw) => { Args.Count("allocate_lock", a, kw, 0, 0); return new PyLock(); });
        m.AddFunction("allocate", static (a, kw) => { Args.Count("allocate", a, kw, 0, 0); return new PyLock(); });
        m.AddFunction("get_ident", static (a, kw) => { Args.Count("get_ident", a, kw, 0, 0); return PyInt.From(ThreadState.Current.Ident); });
        m.AddFunction("get_native_id", static (a, kw) => { Args.Count("get_native_id", a, kw, 0, 0); return PyInt.From(NativeId(ThreadState.Current)); });
        m.AddFunction("_count", static (a, kw) =>
        {
            Args.Count("_count", a, kw, 0, 0);
            var host = Host.Current;
            GcModule.CollectEndedThreads(host);
            return PyInt.From(host.ThreadCount);
        });
        m.AddFunction("exit", Exit);
        m.AddFunction("exit_thread", Exit);
        m.AddFunction("stack_size", static (a, kw) =>
        {
            Args.Count("stack_size", a, kw, 0, 1);
            int old = s_stackSize;
            if (a.Length == 1)
            {
                long size = Ops.IndexValue(a[0]);
                if (size != 0 && (size < 32768 || size > int.MaxValue)) throw Errors.ValueError($"size not valid: {size} bytes");
                s_stackSize = (int)size;
            }
            return PyInt.From(old);
        });
        m.AddFunction("_set_sentinel", static (a, kw) =>
        {
            Args.Count("_set_sentinel", a, kw, 0, 0);
            var ts = ThreadState.Current;
            var sentinel = new PyLock();   // threading acquires it; the thread's end releases it
            (ts.Sentinels ??= []).Add(sentinel);
            return sentinel;
        });
        m.AddFunction("interrupt_main", static (a, kw) =>
        {
            Args.OnlyKw("interrupt_main", kw, "signum");
            long signum = a.Length > 0 ? Ops.IndexValue(a[0]) : 2;
            if (signum < 1 || signum >= 65) throw Errors.ValueError("signal number out of range");
            SignalModule.Simulate((int)signum, Host.Current.MainThread);
            return PyNone.Instance;
        });
        m.AddFunction("_excepthook", ExceptHook);
        return m;
    }

    /// <summary>The OS thread id of <paramref name="ts"/> (a started thread records it when it starts; the main thread on first use, on itself).</summary>
    internal static int NativeId(ThreadState ts) => ts.NativeId != 0 ? ts.NativeId : ts.NativeId = GetTid();

    /// <summary>Threads started by start_new_thread that have not ended, by ident (signal.pthread_kill's targets).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, ThreadState> s_live = new();

    internal static ThreadState? Find(long ident) => s_live.TryGetValue(ident, out var ts) ? ts : null;

    /// <summary>The main thread's state and those of the threads this host's start_new_thread started
    /// that have not ended (sys._current_frames' and sys._current_exceptions' threads).</summary>
    internal static List<ThreadState> LiveStates() => LiveStates(Host.Current);

    /// <summary>The same for <paramref name="host"/>, from any thread (faulthandler's watchdog and dumper).</summary>
    internal static List<ThreadState> LiveStates(Host host)
    {
        var all = new List<ThreadState> { host.MainThread };
        foreach (var ts in s_live.Values) if (ReferenceEquals(ts.StartedBy, host) && !ReferenceEquals(ts, all[0])) all.Add(ts);
        return all;
    }

    private static PyObject Exit(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("exit", a, kw, 0, 0);
        throw new PyException(Errors.NewException(TypeObjects.SystemExit, []));
    }

    // ------------------------------------------------------------------ threads

    private static PyObject StartNewThread(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("start_new_thread", a, kw, 2, 3);
        var func = a[0];
        if (!Builtins.IsCallable(func)) throw Errors.TypeError("first arg must be callable");
        if (a[1] is not PyTuple args) throw Errors.TypeError("2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (a.Length == 3 && a[2] is not PyNone)
        {
            if (a[2] is not PyDict d) throw Errors.TypeError("optional 3rd arg must be a dictionary");
            kwargs = d;
        }
        var host = Host.Current;
        var ts = new ThreadState { RecursionLimit = ThreadState.Current.RecursionLimit, StartedBy = host };
        var thread = new Thread(() => Bootstrap(host, ts, func, args, kwargs), s_stackSize == 0 ? DefaultStackSize : s_stackSize)
        {
            IsBackground = true,   // daemon or not, the process may end without them: threading._shutdown joins the others
            Name = "herthon thread " + ts.Ident,
        };
        Interlocked.Increment(ref host.ThreadCount);
        s_live[ts.Ident] = ts;
        try { thread.Start(); }
        catch (OutOfMemoryException)
        {
            s_live.TryRemove(ts.Ident, out _);
            Interlocked.Decrement(ref host.ThreadCount);
            throw Errors.RuntimeError("can't start new thread");
        }
        return PyInt.From(ts.Ident);
    }

    /// <summary>CPython's thread_run: take the GIL, call the function, report what it raised, clean up.</summary>
    private static void Bootstrap(Host host, ThreadState ts, PyObject func, PyTuple args, PyDict? kwargs)
    {
        Host.Attach(host);
        ThreadState.Attach(ts);
        NativeId(ts);
        host.Gil.Acquire(ts);
        try
        {
            try { CallWith(func, args, kwargs); }
            catch (PyException e) when (!e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
            {
                Finalization.WriteUnraisable(e.Value, "Exception ignored in thread started by", func);
            }
            catch (PyException) { }   // SystemExit ends the thread quietly
            if (ts.Pending != 0) ts.RunPending();
        }
        catch (Exception e) when (e is not PyException)
        {
            // A bug in Herthon itself: report it as the main thread does, never take the process down.
            try { host.Stderr.WriteLine($"herthon: internal error in thread {ts.Ident}: {e.GetType().Name}: {e.Message}"); host.Stderr.WriteLine(e.StackTrace); }
            catch (IOException) { }
        }
        finally
        {
            // Before the sentinels are released: the joiner's next _count() collects it if it is garbage.
            var owner = func is PyMethod m ? m.Self : func;
            lock (host.EndedThreadOwners) host.EndedThreadOwners.Add((new WeakReference<PyObject>(owner), 0));
            if (ts.Sentinels is { } sentinels)
                foreach (var s in sentinels) s.Release();
            Interlocked.Decrement(ref host.ThreadCount);
            s_live.TryRemove(ts.Ident, out _);
            ts.End(host.MainThread);
            host.Gil.Release(ts);
            ThreadState.Attach(null);
            Host.Attach(null);
        }
    }

    private static PyObject CallWith(PyObject func, PyTuple args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return Ops.Call(func, args.Items);
        var all = new List<PyObject>(args.Items);
        var names = new string[kwargs.Count];
        int i = 0;
        foreach (var (k, v) in kwargs.Items())
        {
            if (k is not PyStr ks) throw Errors.TypeError("keywords must be strings");
            names[i++] = ks.V;
            all.Add(v);
        }
        return Ops.Call(func, all.ToArray(), names);
    }

    // ------------------------------------------------------------------ locks

    /// <summary>_thread.lock: a binary semaphore (any thread may release it), waited on without the GIL.</summary>
    public sealed class PyLock : PyObject
    {
        private SemaphoreSlim _sem = new(1, 1);
        public override PyType Type => LockType;
        public bool Locked => _sem.CurrentCount == 0;

        /// <summary>Takes the lock; <paramref name="timeout"/> in seconds, negative for no limit. Waits without the GIL.</summary>
        public bool TryAcquire(double timeout)
        {
            if (_sem.Wait(0)) return true;
            if (timeout == 0) return false;
            return Hosting.Interrupts.WaitSemaphore(_sem, timeout < 0 ? -1 : timeout * 1000);   // Ctrl-C interrupts it on the main thread
        }

        public void Release() { if (_sem.CurrentCount == 0) _sem.Release(); }

        public void ReleaseChecked()
        {
            if (_sem.CurrentCount != 0) throw Errors.RuntimeError("release unlocked lock");
            _sem.Release();
        }

        public void Reinit() => _sem = new SemaphoreSlim(1, 1);
    }

    /// <summary>acquire()'s (blocking=True, timeout=-1) as one timeout in seconds: 0 non-blocking, -1 unlimited.</summary>
    private static double AcquireTimeout(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw("acquire", kw, "blocking", "timeout");
        int pos = Args.Positional(a, kw) - 1;
        if (pos > 2) throw Errors.TypeError($"acquire() takes at most 2 arguments ({pos} given)");
        var blockingArg = pos >= 1 ? a[1] : Args.Kw(a, kw, "blocking");
        var timeoutArg = pos >= 2 ? a[2] : Args.Kw(a, kw, "timeout");
        bool blocking = blockingArg is null || Ops.Truth(blockingArg);
        double timeout = -1;
        if (timeoutArg is not null)
        {
            timeout = timeoutArg is PyInt or PyFloat ? Ops.ToDouble(timeoutArg) : throw Errors.TypeError($"'{timeoutArg.Type.Name}' object cannot be interpreted as an integer");
            if (double.IsNaN(timeout)) throw Errors.ValueError("Invalid value NaN (not a number)");
            if (Math.Abs(timeout) > 9.2e9) throw Errors.OverflowError("timestamp too large to convert to C _PyTime_t");
        }
        if (!blocking && timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.ValueError("timeout value must be positive");
        if (!blocking) return 0;
        if (timeout > TimeoutMax) throw Errors.OverflowError("timeout value is too large");
        return timeout;
    }

    private static PyType MakeLockType()
    {
        var t = new PyType("lock", [TypeObjects.Object], true) { Module = "_thread" };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create '_thread.lock' instances");
        static PyLock L(ReadOnlySpan<PyObject> a) => (PyLock)a[0];
        BuiltinFn acquire = static (a, kw) => PyBool.From(L(a).TryAcquire(AcquireTimeout(a, kw)));
        BuiltinFn release = static (a, kw) => { Args.Method("release", a, kw, 0, 0); L(a).ReleaseChecked(); return PyNone.Instance; };
        t.SetMethod("acquire", acquire);
        t.SetMethod("acquire_lock", acquire);
        t.SetMethod("__enter__", acquire);
        t.SetMethod("release", release);
        t.SetMethod("release_lock", release);
        t.SetMethod("__exit__", static (a, kw) => { L(a).ReleaseChecked(); return PyBool.False; });
        BuiltinFn locked = static (a, kw) => { Args.Method("locked", a, kw, 0, 0); return PyBool.From(L(a).Locked); };
        t.SetMethod("locked", locked);
        t.SetMethod("locked_lock", locked);
        t.SetMethod("_at_fork_reinit", static (a, kw) => { Args.Method("_at_fork_reinit", a, kw, 0, 0); L(a).Reinit(); return PyNone.Instance; });
        t.SetMethod("__repr__", static (a, kw) => PyStr.From($"<{(L(a).Locked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectIds.Of(a[0]):x}>"));
        return t;
    }

    /// <summary>_thread.RLock: a lock its owner may take again; threading.Condition uses its _release_save/_acquire_restore.</summary>
    public sealed class PyRLock(PyType type) : PyObject
    {
        private readonly PyType _type = type;
        public override PyType Type => _type;
        public override PyDict? Dict => _type.IsBuiltin ? null : SubclassDicts.Of(this);
        public PyLock Lock = new();
        public long Owner;
        public long Count;

        public bool Acquire(double timeout)
        {
            long me = ThreadState.Current.Ident;
            if (Count > 0 && Owner == me) { Count++; return true; }
            if (!Lock.TryAcquire(timeout)) return false;
            Owner = me;
            Count = 1;
            return true;
        }

        public void Release()
        {
            if (Count == 0 || Owner != ThreadState.Current.Ident) throw Errors.RuntimeError("cannot release un-acquired lock");
            if (--Count == 0) { Owner = 0; Lock.Release(); }
        }
    }

    private static PyType MakeRLockType()
    {
        var t = new PyType("RLock", [TypeObjects.Object], true) { Module = "_thread", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) => new PyRLock(cls);
        static PyRLock R(ReadOnlySpan<PyObject> a) => (PyRLock)a[0];
        BuiltinFn acquire = static (a, kw) => PyBool.From(R(a).Acquire(AcquireTimeout(a, kw)));
        t.SetMethod("acquire", acquire);
        t.SetMethod("__enter__", acquire);
        t.SetMethod("release", static (a, kw) => { Args.Method("release", a, kw, 0, 0); R(a).Release(); return PyNone.Instance; });
        t.SetMethod("__exit__", static (a, kw) => { R(a).Release(); return PyBool.False; });
        t.SetMethod("_is_owned", static (a, kw) =>
        {
            Args.Method("_is_owned", a, kw, 0, 0);
            var r = R(a);
            return PyBool.From(r.Count > 0 && r.Owner == ThreadState.Current.Ident);
        });
        t.SetMethod("_release_save", static (a, kw) =>
        {
            Args.Method("_release_save", a, kw, 0, 0);
            var r = R(a);
            if (r.Count == 0) throw Errors.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.From([PyInt.From(r.Count), PyInt.From(r.Owner)]);
            r.Count = 0;
            r.Owner = 0;
            r.Lock.Release();
            return state;
        });
        t.SetMethod("_acquire_restore", static (a, kw) =>
        {
            Args.Method("_acquire_restore", a, kw, 1, 1);
            var r = R(a);
            if (a[1] is not PyTuple { Count: 2 } state) throw Errors.TypeError("_acquire_restore() argument must be a tuple of (count, owner)");
            r.Lock.TryAcquire(-1);
            r.Count = Ops.IndexValue(state.Items[0]);
            r.Owner = Ops.IndexValue(state.Items[1]);
            return PyNone.Instance;
        });
        t.SetMethod("_at_fork_reinit", static (a, kw) =>
        {
            Args.Method("_at_fork_reinit", a, kw, 0, 0);
            var r = R(a);
            r.Lock.Reinit();
            r.Count = 0;
            r.Owner = 0;
            return PyNone.Instance;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var r = R(a);
            return PyStr.From($"<{(r.Count > 0 ? "locked" : "unlocked")} {r.Type.Module}.{r.Type.Name} object owner={r.Owner} count={r.Count} at 0x{ObjectIds.Of(r):x}>");
        });
        return t;
    }

    // ------------------------------------------------------------------ _local

    /// <summary>
    /// _thread._local: every thread sees its own attribute dict. A subclass's __init__ runs again,
    /// with the constructor's arguments, the first time another thread touches the object.
    /// </summary>
    public sealed class PyLocal(PyType type, PyObject[] args, string[]? kw) : PyObject
    {
        private readonly PyType _type = type;
        private readonly ConditionalWeakTable<ThreadState, PyDict> _dicts = new();
        public override PyType Type => _type;

        public override PyDict? Dict
        {
            get
            {
                var ts = ThreadState.Current;
                if (_dicts.TryGetValue(ts, out var d)) return d;
                d = new PyDict();
                _dicts.Add(ts, d);
                if (_type.Lookup(Ops.N.Init) is PyFunction init) Interpreter.CallFunctionWithSelf(init, this, args, kw);
                return d;
            }
        }

        /// <summary>The creating thread's dict exists before __init__ runs there (TypeCall calls it).</summary>
        internal void CreateDictForCurrentThread() => _dicts.Add(ThreadState.Current, new PyDict());
    }

    private static PyType MakeLocalType()
    {
        var t = new PyType("_local", [TypeObjects.Object], true) { Module = "_thread", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (a.Length > 0 && (cls.IsBuiltin || cls.Lookup(Ops.N.Init) is not PyFunction))
                throw Errors.TypeError("Initialization arguments are not supported");
            var local = new PyLocal(cls, a.ToArray(), kw);
            local.CreateDictForCurrentThread();
            return local;
        };
        return t;
    }

    // ------------------------------------------------------------------ threading.excepthook

    private static PyType MakeExceptHookArgsType()
    {
        string[] fields = ["exc_type", "exc_value", "exc_traceback", "thread"];
        var t = StructSeq.Make("_thread._ExceptHookArgs", fields, [PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance]).Type;
        t.New = static (cls, a, kw) =>
        {
            Args.Count("_ExceptHookArgs", a, kw, 1, 1);
            var items = Ops.ToList(a[0]);
            if (items.Count != 4) throw Errors.TypeError($"_thread._ExceptHookArgs() takes a 4-sequence ({items.Count}-sequence given)");
            return StructSeq.Make("_thread._ExceptHookArgs", ["exc_type", "exc_value", "exc_traceback", "thread"], [.. items]);
        };
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();   // a struct sequence, generic as tuple
        return t;
    }

    /// <summary>CPython's thread_excepthook: "Exception in thread NAME:" and the traceback on sys.stderr (SystemExit is silent).</summary>
    private static PyObject ExceptHook(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("_excepthook", a, kw, 1, 1);
        if (a[0] is not PyTuple args || !ReferenceEquals(args.Type, ExceptHookArgsType))
            throw Errors.TypeError("_thread._excepthook argument type must be ExceptHookArgs");
        var v = args.Items;
        PyObject excType = v[0], excValue = v[1], thread = v[3];
        if (ReferenceEquals(excType, TypeObjects.SystemExit)) return PyNone.Instance;
        var file = Host.Current.SysDict.Get("stderr");
        if (file is null || file is PyNone)
        {
            if (thread is PyNone) return PyNone.Instance;
            file = Ops.GetAttr(thread, "_stderr");
            if (file is PyNone) return PyNone.Instance;
        }
        var name = thread is PyNone ? null : Ops.GetAttrOrNull(thread, PyStr.From("name"));
        var text = new System.Text.StringBuilder("Exception in thread ");
        text.Append(name is null ? ThreadState.Current.Ident.ToString() : Ops.Str(name)).Append(":\n");
        if (excValue is PyBaseException e) text.Append(Host.FormatException(e, chain: true));
        else text.Append(Ops.Str(excType is PyType et ? PyStr.From(et.Name) : excType)).Append('\n');
        Ops.Call(Ops.GetAttr(file, "write"), PyStr.From(text.ToString()));
        if (Ops.GetAttrOrNull(file, PyStr.From("flush")) is { } flush) Ops.Call(flush);
        return PyNone.Instance;
    }
}
