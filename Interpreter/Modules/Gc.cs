using System.Diagnostics;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `gc` module (CPython's Modules/gcmodule.c). The CLR's collector frees memory; what this
/// module reports about it — the counts, gc.get_objects(), the cycle walk — comes from
/// <see cref="GcTracker"/>, the registry of containers created since the program imported gc.
/// Every collection the program asks for goes through <see cref="State.Collect"/>: the callbacks
/// in gc.callbacks ("start", "stop"), the gc__start/gc__done markers, DEBUG_STATS,
/// DEBUG_COLLECTABLE and DEBUG_SAVEALL.
/// </summary>
/// <remarks>
/// Collections the CLR starts by itself are not reported (it gives no hook before they start):
/// gc.callbacks, gc.get_stats() and the DEBUG_ output see the program's gc.collect() calls only.
/// </remarks>
public static class GcModule
{
    public const int DebugStats = 1, DebugCollectable = 2, DebugUncollectable = 4, DebugSaveAll = 32;
    public const int DebugLeak = DebugCollectable | DebugUncollectable | DebugSaveAll;

    /// <summary>One run's collector state (CPython's per-interpreter GCState); the module's garbage and callbacks are its lists.</summary>
    private sealed class State
    {
        public bool Enabled = true;
        public int Debug;
        public readonly int[] Threshold = [700, 10, 10];
        public readonly PyList Garbage = new(), Callbacks = new();
        public readonly long[] Collections = new long[3], Collected = new long[3];

        /// <summary>
        /// gc.collect(generation): the callbacks' "start", the collection between the gc__start and
        /// gc__done markers, the "stop" callbacks with what it collected, which it returns.
        /// </summary>
        public long Collect(int generation)
        {
            InvokeCallbacks("start", generation, 0);
            bool stats = (Debug & DebugStats) != 0;
            long started = Stopwatch.GetTimestamp();
            if (stats)
            {
                var (young, middle, old, frozen) = GcTracker.CountByGeneration();
                Finalization.WriteSysStderr($"gc: collecting generation {generation}...\ngc: objects in each generation: {young} {middle} {old}\ngc: objects in permanent generation: {frozen}\n");
            }
            Probes.Probes.GcStart(generation);
            long collected = 0;
            List<string>? collectable = (Debug & DebugCollectable) != 0 ? [] : null;
            try
            {
                // One collection at a time in the process: another host's FindCyclic holds strong
                // references to every tracked object while it runs, which would keep our garbage alive.
                lock (GcTracker.CollectionLock)
                {
                    collected = GcTracker.Collect(generation, collectable, (Debug & DebugSaveAll) != 0 ? Garbage : null);
                    Finalization.AfterCollection(ThreadState.Current);   // __del__, generator finally, weakref callbacks, DEBUG_SAVEALL
                }
            }
            finally
            {
                Probes.Probes.GcDone(collected);
            }
            Collections[generation]++;
            Collected[generation] += collected;
            if (collectable is { Count: > 0 }) Finalization.WriteSysStderr(string.Concat(collectable.Select(c => $"gc: collectable {c}\n")));
            if (stats)
            {
                double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                Finalization.WriteSysStderr($"gc: done, {collected} unreachable, 0 uncollectable, {seconds.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)}s elapsed\n");
            }
            InvokeCallbacks("stop", generation, collected);
            return collected;
        }

        /// <summary>Calls each callback (of a copy of the list) with the phase and an info dict; an exception is reported as unraisable.</summary>
        private void InvokeCallbacks(string phase, int generation, long collected)
        {
            if (Callbacks.Count == 0) return;
            var info = new PyDict();
            info["generation"] = PyInt.From(generation);
            info["collected"] = PyInt.From(collected);
            info["uncollectable"] = PyInt.From(0);
            var phaseName = PyStr.From(phase);
            foreach (PyObject callback in Callbacks.AsSpan().ToArray())
            {
                try { Ops.Call(callback, phaseName, info); }
                catch (PyException e) { Finalization.WriteUnraisable(e.Value, null, callback); }
            }
        }
    }

    /// <summary>
    /// What reference counting does when a thread ends: CPython frees the thread's frame, its
    /// function and arguments (the threading.Thread) as soon as the last reference goes, and weak
    /// references see it at once (threading._dangling, the WeakSet the test suite's thread-leak
    /// checks compare with `_thread._count()`). The CLR frees them at its next collection, so
    /// _thread._count() collects first while what an ended thread ran on may still be alive; an
    /// object that outlives three such collections is still in use and no longer watched.
    /// </summary>
    public static void CollectEndedThreads(Host host)
    {
        var owners = host.EndedThreadOwners;
        lock (owners) if (owners.Count == 0) return;
        lock (GcTracker.CollectionLock)
        {
            GcTracker.CollectUncounted();
            Finalization.AfterCollection(ThreadState.Current);   // weakref callbacks (WeakSet removals), __del__
        }
        lock (owners)
        {
            int kept = 0;
            for (int i = 0; i < owners.Count; i++)
                if (owners[i] is var (owner, collections) && owner.TryGetTarget(out _) && collections < 2) owners[kept++] = (owner, collections + 1);
            owners.RemoveRange(kept, owners.Count - kept);
        }
    }

    /// <summary>
    /// The objects <paramref name="o"/> refers to, in the order CPython's tp_traverse visits them
    /// (gc.get_referents): list and tuple items last to first; a dict's values, with each key after
    /// its value unless every key is an exact str; set members; an instance's slots, then its
    /// attribute values (or its __dict__ once it has one), then its class; a function's code,
    /// globals, builtins, module, defaults, keyword defaults, doc, name, dict, closure, annotations
    /// and qualified name; a bound method's function and self; a cell's contents. Objects that
    /// are not containers (int, str, float, …) refer to nothing.
    /// </summary>
    public static void Referents(PyObject o, List<PyObject> into)
    {
        switch (o)
        {
            case PyList l:
                for (int i = l.Count - 1; i >= 0; i--) into.Add(l.Items[i]);
                break;
            case PyTuple t:
                for (int i = t.Items.Length - 1; i >= 0; i--) into.Add(t.Items[i]);
                break;
            case PyDict d:
                {
                    bool strKeys = true;
                    foreach (var kv in d.Items()) if (kv.Key.Type != TypeObjects.Str) { strKeys = false; break; }
                    foreach (var kv in d.Items())
                    {
                        into.Add(kv.Value);
                        if (!strKeys) into.Add(kv.Key);
                    }
                    break;
                }
            case PySet s:
                into.AddRange(s.Items());
                break;
            case PyInstance inst:
                inst.ForEachSlot(into.Add);
                if (inst.RawDict is { } dict) into.Add(dict);
                else if (inst.Keys is not null) for (int i = 0; i < inst.Capacity; i++) if (inst.ValueAt(i) is { } v) into.Add(v);
                into.Add(inst.Type);
                break;
            case PyFunction f:
                into.Add(f.Code);
                into.Add(f.Globals);
                into.Add(f.BuiltinsDict);
                into.Add(f.Module);
                if (f.Defaults is { } defaults) into.Add(defaults);
                if (f.KwDefaults is { } kwDefaults) into.Add(kwDefaults);
                into.Add(f.Doc);
                into.Add(PyStr.From(f.Name));
                if (f.DictIfCreated is { } fdict) into.Add(fdict);
                if (f.Closure is { } closure) into.Add(new PyTuple([.. closure]));
                if (f.Annotations is { } annotations) into.Add(annotations);
                into.Add(PyStr.From(f.QualName));
                break;
            case PyMethod m:
                into.Add(m.Func);
                into.Add(m.Self);
                break;
            case PyCell c:
                if (c.Value is { } value) into.Add(value);
                break;
        }
    }

    /// <summary>Builtin types whose objects CPython's collector never tracks (no Py_TPFLAGS_HAVE_GC).</summary>
    private static readonly HashSet<PyType> s_atomic =
    [
        TypeObjects.NoneType, TypeObjects.Int, TypeObjects.Bool, TypeObjects.Float, TypeObjects.Complex,
        TypeObjects.Str, TypeObjects.Bytes, TypeObjects.ByteArray, TypeObjects.Object, TypeObjects.Range,
        TypeObjects.RangeIterator, TypeObjects.EllipsisType, TypeObjects.NotImplementedType, TypeObjects.Code,
    ];

    /// <summary>
    /// gc.is_tracked: whether CPython's collector would track the object. Instances and classes
    /// defined in Python always are; builtin types and the atomic builtin objects (int, str, bytes,
    /// None, object(), range, code …) never are; a dict or tuple is tracked when it holds something
    /// that may be (CPython untracks the others: dicts as they are filled, tuples at a collection
    /// or, for constants, at compilation — a tuple of atoms built at run time counts as untracked
    /// here even before the collection that untracks it in CPython).
    /// </summary>
    public static bool IsTracked(PyObject o) => IsTracked(o, 0);

    /// <summary>Nested dicts and tuples deeper than this count as tracked (the walk stays off the C# stack's end).</summary>
    private const int TrackedDepth = 50;

    private static bool IsTracked(PyObject o, int depth)
    {
        if (!o.Type.IsBuiltin) return true;
        if (depth > TrackedDepth) return true;
        switch (o)
        {
            case PyType type: return !type.IsBuiltin;
            case PyDict d:
                foreach (var kv in d.Items()) if (IsTracked(kv.Key, depth + 1) || IsTracked(kv.Value, depth + 1)) return true;
                return false;
            case PyTuple t:
                foreach (PyObject item in t.Items) if (IsTracked(item, depth + 1)) return true;
                return false;
            default: return !s_atomic.Contains(o.Type);
        }
    }

    /// <summary>
    /// gc.get_referrers: the tracked containers (those created since `import gc`) and the modules'
    /// namespaces that refer directly to one of <paramref name="targets"/>.
    /// </summary>
    private static PyList Referrers(ReadOnlySpan<PyObject> targets)
    {
        var wanted = new HashSet<PyObject>(ReferenceComparer.Instance);
        foreach (PyObject t in targets) wanted.Add(t);
        var result = new PyList();
        if (wanted.Count == 0) return result;
        var candidates = GcTracker.LiveObjects(-1);
        var seen = new HashSet<PyObject>(candidates, ReferenceComparer.Instance);
        foreach (var kv in Host.Current.Modules.Items())
            if (kv.Value is PyModule m && seen.Add(m.ModuleDict)) candidates.Add(m.ModuleDict);
        var referents = new List<PyObject>();
        foreach (PyObject c in candidates)
        {
            if (ReferenceEquals(c, result)) continue;
            referents.Clear();
            Referents(c, referents);
            foreach (PyObject r in referents)
                if (wanted.Contains(r)) { result.Append(c); break; }
        }
        return result;
    }

    public static PyModule Create()
    {
        GcTracker.Tracking = true;   // from `import gc` on, containers register for gc.collect()'s count
        var state = new State();
        var m = new PyModule("gc");
        m.AddFunction("collect", (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("collect", kw, "generation");
            if (np > 1) throw Errors.TypeError($"collect() takes at most 1 argument ({np} given)");
            var g = np == 1 ? a[0] : Args.Kw(a, kw, "generation");
            long gen = g is null ? 2 : Ops.IndexValue(g);
            if (gen < 0 || gen > 2) throw Errors.ValueError("invalid generation");
            return PyInt.From(state.Collect((int)gen));
        });
        m.AddFunction("enable", (a, kw) => { Args.Count("enable", a, kw, 0, 0); state.Enabled = true; return PyNone.Instance; });
        m.AddFunction("disable", (a, kw) => { Args.Count("disable", a, kw, 0, 0); state.Enabled = false; return PyNone.Instance; });
        m.AddFunction("isenabled", (a, kw) => { Args.Count("isenabled", a, kw, 0, 0); return PyBool.From(state.Enabled); });
        m.AddFunction("get_debug", (a, kw) => { Args.Count("get_debug", a, kw, 0, 0); return PyInt.From(state.Debug); });
        m.AddFunction("set_debug", (a, kw) =>
        {
            Args.Count("set_debug", a, kw, 1, 1);
            state.Debug = (int)Ops.IndexValue(a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("get_count", static (a, kw) =>
        {
            Args.Count("get_count", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(GC.CollectionCount(0) % 700), PyInt.From(GC.CollectionCount(1) % 10), PyInt.From(GC.CollectionCount(2) % 10));
        });
        // The thresholds are kept and reported; the CLR decides when it collects, so they trigger nothing.
        m.AddFunction("get_threshold", (a, kw) =>
        {
            Args.Count("gc.get_threshold", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(state.Threshold[0]), PyInt.From(state.Threshold[1]), PyInt.From(state.Threshold[2]));
        });
        m.AddFunction("set_threshold", (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("set_threshold() takes no keyword arguments");
            if (a.Length < 1) throw Errors.TypeError("set_threshold() takes at least 1 argument (0 given)");
            if (a.Length > 3) throw Errors.TypeError($"set_threshold() takes at most 3 arguments ({a.Length} given)");
            var values = new int[a.Length];
            for (int i = 0; i < a.Length; i++) values[i] = (int)Ops.IndexValue(a[i]);
            values.CopyTo(state.Threshold, 0);
            return PyNone.Instance;
        });
        m.AddFunction("get_stats", (a, kw) =>
        {
            Args.Count("get_stats", a, kw, 0, 0);
            var stats = new PyList();
            for (int g = 0; g < 3; g++)
            {
                var d = new PyDict();
                d["collections"] = PyInt.From(state.Collections[g]);
                d["collected"] = PyInt.From(state.Collected[g]);
                d["uncollectable"] = PyInt.From(0);
                stats.Append(d);
            }
            return stats;
        });
        m.AddFunction("get_objects", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("get_objects", kw, "generation");
            if (np > 1) throw Errors.TypeError($"get_objects() takes at most 1 argument ({np} given)");
            var g = np == 1 ? a[0] : Args.Kw(a, kw, "generation");
            long gen = -1;
            if (g is not null && g is not PyNone)
            {
                if (g is not PyInt) throw Errors.TypeError($"argument should be integer or None, not '{g.Type.Name}'");
                gen = Ops.IndexValue(g);
                if (gen >= 3) throw Errors.ValueError("generation parameter must be less than the number of available generations (3)");
                if (gen < -1) throw Errors.ValueError("generation parameter cannot be negative");
            }
            return new PyList(GcTracker.LiveObjects((int)gen));   // the result list is tracked after the snapshot
        });
        m.AddFunction("get_referents", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("get_referents() takes no keyword arguments");
            var result = new List<PyObject>();
            foreach (PyObject o in a) Referents(o, result);
            return new PyList(result);
        });
        m.AddFunction("get_referrers", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("get_referrers() takes no keyword arguments");
            return Referrers(a);
        });
        m.AddFunction("is_tracked", static (a, kw) =>
        {
            Args.Count("is_tracked", a, kw, 1, 1);
            return PyBool.From(IsTracked(a[0]));
        });
        m.AddFunction("is_finalized", static (a, kw) =>
        {
            Args.Count("is_finalized", a, kw, 1, 1);
            return PyBool.From(Finalization.IsFinalized(a[0]));
        });
        m.AddFunction("freeze", static (a, kw) => { Args.Count("freeze", a, kw, 0, 0); GcTracker.Freeze(); return PyNone.Instance; });
        m.AddFunction("unfreeze", static (a, kw) => { Args.Count("unfreeze", a, kw, 0, 0); GcTracker.Unfreeze(); return PyNone.Instance; });
        m.AddFunction("get_freeze_count", static (a, kw) => { Args.Count("get_freeze_count", a, kw, 0, 0); return PyInt.From(GcTracker.FrozenCount); });
        m.Add("garbage", state.Garbage);
        m.Add("callbacks", state.Callbacks);
        m.Add("DEBUG_STATS", PyInt.From(DebugStats));
        m.Add("DEBUG_COLLECTABLE", PyInt.From(DebugCollectable));
        m.Add("DEBUG_UNCOLLECTABLE", PyInt.From(DebugUncollectable));
        m.Add("DEBUG_SAVEALL", PyInt.From(DebugSaveAll));
        m.Add("DEBUG_LEAK", PyInt.From(DebugLeak));
        return m;
    }
}
