using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// Something to do on the interpreter thread once the CLR found an object unreachable: call an
/// instance's <c>__del__</c>, close a suspended generator, call weak-reference callbacks.
/// </summary>
/// <remarks>
/// The CLR finaliser of this object runs on the finaliser thread and only queues it on the
/// ThreadState that registered it; the Python work happens when that thread drains its queue
/// (<see cref="Finalization.RunPending"/>). A watch is kept alive only by what it watches (a
/// ConditionalWeakTable entry keyed on the object, or a field of it), so the CLR finds it
/// unreachable in the same collection as the object; everything the watch references — the object
/// itself included — is kept alive for the finaliser, so the Python code sees the object intact.
/// </remarks>
public abstract class Finalizable
{
    private readonly ThreadState _owner;
    /// <summary>The run that registered it: its exit finalisation waits for it (Host.LiveFinalizables).</summary>
    private readonly Host? _host;
    /// <summary>Registration order: a batch found dead together runs in the order it was registered.</summary>
    internal readonly long Sequence;
    /// <summary>0 runs before 1 within a batch (__del__ and generators before weakref callbacks, as CPython's refcount path does).</summary>
    internal abstract int Phase { get; }

    protected Finalizable(ThreadState owner)
    {
        _owner = owner;
        _host = Host.CurrentOrNull;
        Sequence = Interlocked.Increment(ref Finalization.Registered);
        if (_host is not null) Interlocked.Increment(ref _host.LiveFinalizables);
    }

    /// <summary>Nothing is left to do for this one: its CLR finaliser will not run.</summary>
    internal void Cancel()
    {
        GC.SuppressFinalize(this);
        if (_host is not null) Interlocked.Decrement(ref _host.LiveFinalizables);
    }

    /// <summary>The Python side of the finalisation; exceptions are the caller's (reported as unraisable).</summary>
    internal abstract void Run();

    ~Finalizable()
    {
        if (_host is not null) Interlocked.Decrement(ref _host.LiveFinalizables);
        _owner.QueueFinalizer(this);
    }
}

/// <summary>
/// Finalisation of Python objects on the interpreter thread (`__del__`, generator `finally`, weak
/// reference callbacks) and the unraisable-exception report they share (sys.unraisablehook).
/// </summary>
public static class Finalization
{
    internal static long Registered;
    internal static readonly PyStr DelName = PyStr.From("__del__");
    private static readonly ConditionalWeakTable<PyObject, DelWatch> s_delWatches = new();

    /// <summary>True when instances of <paramref name="t"/> have a `__del__` (cached per type version).</summary>
    public static bool HasDel(PyType t)
    {
        if (t.DelCheckedVersion != t.Version)
        {
            t.HasDel = t.Lookup(DelName) is not null;
            t.DelCheckedVersion = t.Version;
        }
        return t.HasDel;
    }

    private static readonly ConditionalWeakTable<PyObject, object> s_finalized = new();
    private static readonly object s_finalizedMark = new();

    /// <summary>gc.is_finalized: whether the object's __del__ has run (it was resurrected by it).</summary>
    public static bool IsFinalized(PyObject o) => s_finalized.TryGetValue(o, out _);

    private static readonly ConditionalWeakTable<PyObject, SaveWatch> s_saveWatches = new();

    /// <summary>
    /// gc.DEBUG_SAVEALL, before a collection: each candidate that the collection finds unreachable
    /// is kept (its watch's finaliser holds it) and appended to <paramref name="garbage"/> by the
    /// finalisation after the collection, instead of being freed.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void SaveIfCollected(List<WeakReference<PyObject>> candidates, PyList garbage)
    {
        var ts = ThreadState.Current;
        foreach (var w in candidates)
            if (w.TryGetTarget(out PyObject? o) && !s_saveWatches.TryGetValue(o, out _)) s_saveWatches.Add(o, new SaveWatch(ts, o, garbage));
    }

    /// <summary>After that collection: the candidates it did not free are not saved by a later one.</summary>
    internal static void KeepSurvivorsUnsaved(List<WeakReference<PyObject>> candidates)
    {
        foreach (var w in candidates)
            if (w.TryGetTarget(out PyObject? o) && s_saveWatches.TryGetValue(o, out SaveWatch? watch))
            {
                s_saveWatches.Remove(o);
                watch.Cancel();
            }
    }

    /// <summary>Appends an object the collection found unreachable to gc.garbage (DEBUG_SAVEALL).</summary>
    private sealed class SaveWatch(ThreadState owner, PyObject target, PyList garbage) : Finalizable(owner)
    {
        internal override int Phase => 0;
        internal override void Run()
        {
            garbage.Append(target);
            if (GcTracker.Tracking) GcTracker.Track(target);   // the registry let go of it when the collection cleared its entry
        }
    }

    /// <summary>Arranges for <paramref name="o"/>.__del__ to run once the CLR finds it unreachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WatchDel(PyObject o)
    {
        // Once per object: a replaced watch would still be finalised and run __del__ on a live object.
        if (!s_delWatches.TryGetValue(o, out _)) s_delWatches.Add(o, new DelWatch(ThreadState.Current, o));
    }

    /// <summary>Runs everything queued for this thread, in batches (a __del__ may free more). Reentrant calls return at once.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool RunPending(ThreadState ts)
    {
        if (ts.RunningFinalizers) return false;
        bool ran = false;
        ts.RunningFinalizers = true;
        var saved = ts.Handled;
        try
        {
            while (true)
            {
                ts.ClearPending(PendingWork.Finalizers);
                var batch = new List<Finalizable>();
                while (ts.Finalizers.TryDequeue(out var item)) batch.Add(item);
                if (batch.Count == 0) break;
                batch.Sort(static (a, b) => a.Phase != b.Phase ? a.Phase.CompareTo(b.Phase) : a.Sequence.CompareTo(b.Sequence));
                foreach (var item in batch)
                {
                    ran = true;
                    try { item.Run(); }
                    catch (PyException e) { ts.Handled = saved; WriteUnraisable(e.Value, null, item switch { DelWatch d => d.DelFunction, GeneratorWatch g => g.Generator, _ => null }); }
                    catch (InsufficientExecutionStackException) { }
                }
            }
        }
        finally
        {
            ts.Handled = saved;
            ts.RunningFinalizers = false;
        }
        return ran;
    }

    /// <summary>
    /// gc.collect()'s finalisation: after the CLR collection (and its finalisers) the queued Python
    /// finalisers run; what they release is collected again, a few rounds at most.
    /// </summary>
    public static void AfterCollection(ThreadState ts)
    {
        for (int round = 0; round < 4 && RunPending(ts); round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>
    /// An exception that cannot propagate (raised by __del__, a weakref callback, a generator's
    /// finally at collection): sys.unraisablehook(UnraisableHookArgs), whose default prints
    /// "Exception ignored in: OBJ" and the traceback to sys.stderr, as CPython's PyErr_WriteUnraisable.
    /// </summary>
    public static void WriteUnraisable(PyBaseException e, string? message, PyObject? obj)
    {
        var host = Host.Current;
        var hook = host.SysDict.Get("unraisablehook");
        var args = StructSeq.Make("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
            [e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance, message is null ? PyNone.Instance : PyStr.From(message), obj ?? PyNone.Instance]);
        try
        {
            if (hook is null || hook is PyNone) throw Errors.RuntimeError("lost sys.unraisablehook");
            Ops.Call(hook, args);
        }
        catch (PyException inner)
        {
            // A failing hook is reported by the default hook, as CPython does.
            DefaultHook(inner.Value, "Exception ignored in sys.unraisablehook", hook);
        }
    }

    /// <summary>sys.__unraisablehook__: the default report on sys.stderr.</summary>
    public static void DefaultHook(PyBaseException e, string? message, PyObject? obj)
    {
        var text = new System.Text.StringBuilder();
        if (obj is not null && obj is not PyNone)
        {
            string repr;
            try { repr = Ops.Repr(obj); }
            catch (PyException) { repr = "<object repr() failed>"; }
            text.Append(message ?? "Exception ignored in").Append(": ").Append(repr).Append('\n');
        }
        else if (message is not null) text.Append(message).Append(":\n");
        // CPython's write_unraisable_exc_file: the traceback, then `Type: str(value)` — the ": " even
        // when str() is empty, no "Did you mean", no SyntaxError caret block, no notes, no chain.
        if (e.Traceback is { } tb)
        {
            text.Append("Traceback (most recent call last):\n");
            Host.FormatTracebackEntries(tb, text);
        }
        text.Append(Errors.FormatExceptionLine(e, colonWhenEmpty: true)).Append('\n');
        WriteSysStderr(text.ToString());
    }

    /// <summary>
    /// Writes a report of the runtime's own (an unraisable exception, gc's DEBUG_ output) to
    /// whatever sys.stderr is now, and flushes it; nothing when sys.stderr is missing or None, and
    /// an error of the stream's is ignored, as a report must not raise.
    /// </summary>
    internal static void WriteSysStderr(string text)
    {
        var stderr = Host.Current.SysDict.Get("stderr");
        if (stderr is null || stderr is PyNone) return;
        try
        {
            Ops.Call(Ops.GetAttr(stderr, "write"), PyStr.From(text));
            Ops.Call(Ops.GetAttr(stderr, "flush"));
        }
        catch (PyException) { }
    }

    /// <summary>The builtin behind sys.unraisablehook and sys.__unraisablehook__.</summary>
    public static PyObject UnraisableHook(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("unraisablehook", a, kw, 1, 1);
        var u = a[0];
        var value = Ops.GetAttr(u, "exc_value");
        var msg = Ops.GetAttr(u, "err_msg");
        var obj = Ops.GetAttr(u, "object");
        if (value is PyBaseException be) DefaultHook(be, msg is PyStr ms ? ms.V : null, obj);
        return PyNone.Instance;
    }

    /// <summary>Runs __del__ of one instance between the instance__delete markers.</summary>
    private sealed class DelWatch(ThreadState owner, PyObject target) : Finalizable(owner)
    {
        internal override int Phase => 0;
        internal PyObject? DelFunction;

        internal override void Run()
        {
            s_delWatches.Remove(target);   // PEP 442: __del__ runs once, even if it resurrects the object
            s_finalized.AddOrUpdate(target, s_finalizedMark);
            var type = target.Type;
            var del = type.Lookup(DelName);
            if (del is null) return;
            DelFunction = del;
            Probes.Probes.InstanceDeleteStart(type);
            try { Ops.CallMethod(del, target); }
            finally { Probes.Probes.InstanceDeleteDone(type); }
        }
    }

    /// <summary>Closes a generator the CLR found unreachable while suspended inside try/with.</summary>
    internal sealed class GeneratorWatch(ThreadState owner, PyGenerator generator) : Finalizable(owner)
    {
        internal override int Phase => 0;
        internal PyGenerator Generator => generator;
        internal override void Run() => generator.Close();
    }
}
