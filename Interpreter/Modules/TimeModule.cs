using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>The `gc` module. Every collection goes through <see cref="Collect"/>.</summary>
public static class GcModule
{
    private static bool s_enabled = true;

    /// <summary>
    /// Runs a collection of the given generation (0-2) between the gc__start and gc__done markers;
    /// returns the number of objects it reclaimed as <see cref="GcTracker"/> counts them (tracked
    /// containers in or hanging off reference cycles), the same number gc__done reports.
    /// </summary>
    public static long Collect(int generation)
    {
        Probes.Probes.GcStart(generation);
        long collected = 0;
        try
        {
            // One collection at a time in the process: another host's FindCyclic holds strong
            // references to every tracked object while it runs, which would keep our garbage alive.
            lock (GcTracker.CollectionLock)
            {
                collected = GcTracker.Collect(generation);
                Finalization.AfterCollection(ThreadState.Current);   // __del__, generator finally, weakref callbacks
            }
            return collected;
        }
        finally
        {
            Probes.Probes.GcDone(collected);
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
    public static void CollectEndedThreads(Hosting.Host host)
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

    private static readonly int[] s_threshold = [700, 10, 10];

    public static PyModule Create()
    {
        GcTracker.Tracking = true;   // from `import gc` on, containers register for gc.collect()'s count
        var m = new PyModule("gc");
        m.AddFunction("collect", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("collect", kw, "generation");
            if (np > 1) throw Errors.TypeError($"collect() takes at most 1 argument ({np} given)");
            var g = np == 1 ? a[0] : Args.Kw(a, kw, "generation");
            long gen = g is null ? 2 : Ops.IndexValue(g);
            if (gen < 0 || gen > 2) throw Errors.ValueError("invalid generation");
            return PyInt.From(Collect((int)gen));
        });
        m.AddFunction("enable", static (a, kw) => { Args.Count("enable", a, kw, 0, 0); s_enabled = true; return PyNone.Instance; });
        m.AddFunction("disable", static (a, kw) => { Args.Count("disable", a, kw, 0, 0); s_enabled = false; return PyNone.Instance; });
        m.AddFunction("isenabled", static (a, kw) => { Args.Count("isenabled", a, kw, 0, 0); return PyBool.From(s_enabled); });
        m.AddFunction("get_count", static (a, kw) =>
        {
            Args.Count("get_count", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(GC.CollectionCount(0) % 700), PyInt.From(GC.CollectionCount(1) % 10), PyInt.From(GC.CollectionCount(2) % 10));
        });
        // The thresholds are kept and reported; the CLR decides when it collects, so they trigger nothing.
        m.AddFunction("get_threshold", static (a, kw) =>
        {
            Args.Count("gc.get_threshold", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(s_threshold[0]), PyInt.From(s_threshold[1]), PyInt.From(s_threshold[2]));
        });
        m.AddFunction("set_threshold", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("set_threshold() takes no keyword arguments");
            if (a.Length < 1) throw Errors.TypeError("set_threshold() takes at least 1 argument (0 given)");
            if (a.Length > 3) throw Errors.TypeError($"set_threshold() takes at most 3 arguments ({a.Length} given)");
            var values = new int[a.Length];
            for (int i = 0; i < a.Length; i++) values[i] = (int)Ops.IndexValue(a[i]);
            values.CopyTo(s_threshold, 0);
            return PyNone.Instance;
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
        m.AddFunction("is_tracked", static (a, kw) => PyBool.From(a[0] is not PyInt and not PyStr and not PyFloat and not PyComplex and not PyNone));
        m.Add("garbage", new PyList());
        m.Add("callbacks", new PyList());
        return m;
    }
}
