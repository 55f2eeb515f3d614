using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// What <c>gc.collect()</c> counts, as close to CPython's "unreachable objects found" as the CLR
/// allows. The CLR frees every unreachable object itself and cannot enumerate its heap, so Herthon
/// keeps a weak registry of container objects and counts what a collection took from it.
/// </summary>
/// <remarks>
/// <para><b>Cost only when gc is used.</b> Tracking starts when the program first imports <c>gc</c>;
/// until then a container creation pays one read of a static bool. From then on every new list,
/// dict and instance of a user class is registered with a weak reference (objects created before
/// <c>import gc</c> are never counted).</para>
/// <para><b>What is counted.</b> Just before the CLR collection runs, <see cref="Collect"/> walks the
/// live registered objects and finds every one that is part of a reference cycle (a strongly
/// connected component of the "contains" graph: list items, dict keys and values, attributes and
/// slots of instances, seen through tuples) or reachable from one. CPython's reference counting
/// frees everything else the moment it becomes garbage, so only these are left for its cycle
/// collector to find. After the collection, <c>collected</c> is the number of those objects whose
/// weak reference the collection cleared: tracked objects in (or hanging off) a reference cycle
/// that the collection reclaimed. An instance and its attribute dict count as one object (CPython
/// 3.11 keeps instance attributes inline). Tuples and sets are traversed but not counted.</para>
/// <para>A collection of generation 0 or 1 may leave older cyclic garbage alone; it is counted by
/// the collection that reclaims it. The CLR's own background collections are not reported (the CLR
/// gives no hook before they start), and objects they reclaim are never counted.</para>
/// </remarks>
public static class GcTracker
{
    /// <summary>True once the program imported gc: container creations register themselves.</summary>
    public static bool Tracking;

    private static readonly object s_lock = new();
    /// <summary>Held by gc.collect() for the whole collection (see GcModule.Collect).</summary>
    public static readonly object CollectionLock = new();
    private static List<Entry> s_tracked = [];

    /// <summary>
    /// One registered object. <c>Instance</c> is the class of a user-class instance (the
    /// instance__delete markers need it after the object is gone) unless its __del__ fires them;
    /// <c>Counted</c> is false for instances tracked only for those markers (gc not imported), so
    /// that tracing never changes what gc.collect() returns.
    /// </summary>
    private readonly record struct Entry(WeakReference<PyObject> Ref, PyType? Instance, bool Counted);

    /// <summary>Registers a new container while tracking is on. Call as <c>if (GcTracker.Tracking) GcTracker.Track(this);</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Track(PyObject container)
    {
        lock (s_lock)
        {
            if (s_tracked.Count >= s_pruneAt) PruneDead();
            s_tracked.Add(new Entry(new WeakReference<PyObject>(container), null, true));
            if (s_tracked.Count > s_snapshot.Length) GrowSnapshot();
        }
    }

    /// <summary>
    /// Room for a strong reference to every registered object, allocated as the registry grows
    /// (s_lock held), so that <see cref="Collect"/> can hold every tracked object before it
    /// allocates anything: see <see cref="TakeSnapshot"/>.
    /// </summary>
    private static PyObject?[] s_snapshot = new PyObject?[4096];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void GrowSnapshot() => s_snapshot = new PyObject?[2 * s_tracked.Count];

    /// <summary>
    /// The first step of a collection: a strong reference to every live counted object, taken
    /// without allocating. Any allocation before it can start a CLR collection of its own, which
    /// would free a cycle the program just dropped (`del a, b`) before the cycle walk sees it, and
    /// gc.collect() would not count it. FindCyclic used to allocate lists sized by the registry
    /// before it held anything, and corpus 1131 printed `gc.collect() >= 2` False in 5 of 10 runs
    /// (0 of 30 once the snapshot came first). CPython's collector
    /// does not run between the program's `del` and its gc.collect() either. Returns the
    /// snapshot and how many objects it holds; FindCyclic empties it.
    /// </summary>
    private static (PyObject?[] Snapshot, int Held) TakeSnapshot()
    {
        int n = 0;
        PyObject?[] snapshot;
        lock (s_lock)
        {
            snapshot = s_snapshot;
            foreach (Entry e in s_tracked)
                if (e.Counted && e.Ref.TryGetTarget(out PyObject? o) && !s_frozen.Contains(o) && n < snapshot.Length)
                    snapshot[n++] = o;
            // The filled array is this collection's alone: another thread's Track may grow the
            // registry (GrowSnapshot) and another gc.collect() take a snapshot of its own while
            // FindCyclic reads this one (a shared array read half-empty made FindCyclic throw
            // ArgumentNullException when two interpreters collected at once in the test host).
            // Allocated after the strong references are held, as the summary above requires.
            s_snapshot = new PyObject?[snapshot.Length];
        }
        return (snapshot, n);
    }

    /// <summary>Registry size at which Track drops dead entries (twice what the last pruning kept).</summary>
    private static int s_pruneAt = 4096;

    /// <summary>
    /// Drops the entries of reclaimed containers between collections (s_lock held), so a program that
    /// imports gc and never calls gc.collect() does not keep an entry per container it ever made.
    /// Invisible to gc: a collection counts only objects alive when it starts. Entries of user-class
    /// instances stay for SweepDead (the instance__delete markers), as in FindCyclic.
    /// </summary>
    private static void PruneDead()
    {
        var kept = new List<Entry>(s_tracked.Count);
        foreach (Entry e in s_tracked)
            if (e.Instance is not null || e.Ref.TryGetTarget(out _)) kept.Add(e);
        s_tracked = kept;
        s_pruneAt = Math.Max(4096, 2 * kept.Count);
    }

    /// <summary>
    /// Registers a new user-class instance: for gc.collect()'s count while gc is imported, and for
    /// the instance__delete markers while a tracer watches them (<paramref name="hasDel"/>: its
    /// __del__ fires them instead). As without gc imported, the markers fire for the instances
    /// created while they were watched.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void TrackInstance(PyInstance instance, bool hasDel)
    {
        // The class only while a tracer watches the delete markers: an entry holding it strongly
        // kept a class whose last instance died alive through the collection that freed both
        // (SweepDead drops the entry after it), where CPython frees them together.
        var entry = new Entry(new WeakReference<PyObject>(instance), hasDel || !DeleteMarkersEnabled() ? null : instance.Type, Tracking);
        lock (s_lock)
        {
            s_tracked.Add(entry);
            if (s_tracked.Count > s_snapshot.Length) GrowSnapshot();
        }
    }

    private static readonly List<WeakReference<Compiling.CodeObject>> s_globalCaches = [];

    /// <summary>
    /// Registers a code object's LOAD_GLOBAL cache: a cache entry holds the global's value, which
    /// would keep an object alive after `del name` until that instruction runs again, so every
    /// collection empties the caches first.
    /// </summary>
    public static void TrackGlobalCache(Compiling.CodeObject code)
    {
        lock (s_globalCaches) s_globalCaches.Add(new WeakReference<Compiling.CodeObject>(code));
    }

    private static void ClearGlobalCaches()
    {
        // The method cache's entries hold their types and the values found strongly (CPython's
        // holds neither: version tags and borrowed references): a class that only the cache still
        // references would survive the collection. Emptied here, off every lookup's path; the
        // lookups after a gc.collect() fill it again.
        PyType.ClearLookupCache();
        lock (s_globalCaches)
        {
            s_globalCaches.RemoveAll(static w =>
            {
                if (!w.TryGetTarget(out var code)) return true;
                code.GlobalCache = null;
                code.AttrCache = null;
                return true;
            });
        }
    }

    /// <summary>Whether a tracer watches instance__delete__start/done (always false in plain builds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DeleteMarkersEnabled()
    {
        bool on = false;
        Probes.Probes.InstanceDeleteEnabled(ref on);
        return on;
    }

    /// <summary>
    /// gc.get_objects(): the live tracked containers (those created since <c>import gc</c>), oldest
    /// first; with a generation, those the CLR currently holds in that generation.
    /// </summary>
    public static List<PyObject> LiveObjects(int generation)
    {
        var live = new List<PyObject>();
        lock (s_lock)
        {
            // Entries kept only for the instance__delete markers are not gc-tracked objects.
            foreach (Entry e in s_tracked)
                if (e.Counted && e.Ref.TryGetTarget(out PyObject? o) && !s_frozen.Contains(o) && (generation < 0 || GC.GetGeneration(o) == generation)) live.Add(o);
        }
        return live;
    }

    /// <summary>
    /// Runs a CLR collection of <paramref name="generation"/> and returns how many tracked cyclic
    /// objects it reclaimed. <paramref name="collectable"/> (gc.DEBUG_COLLECTABLE) receives
    /// "&lt;type address&gt;" of each; with <paramref name="saveTo"/> (gc.DEBUG_SAVEALL) each is kept
    /// and appended to that list (gc.garbage) by the finalisation that follows instead of freed.
    /// </summary>
    public static long Collect(int generation, List<string>? collectable = null, PyList? saveTo = null)
    {
        var (snapshot, held) = TakeSnapshot();
        ClearGlobalCaches();
        List<WeakReference<PyObject>> candidates = FindCyclic(snapshot, held);
        string[]? names = collectable is null ? null : Describe(candidates);
        if (saveTo is not null) Finalization.SaveIfCollected(candidates, saveTo);
        GC.Collect(Math.Min(generation, GC.MaxGeneration), GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        long collected = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].TryGetTarget(out _)) continue;
            collected++;
            if (names is not null) collectable!.Add(names[i]);
        }
        if (saveTo is not null) Finalization.KeepSurvivorsUnsaved(candidates);
        SweepDead();
        return collected;
    }

    /// <summary>"&lt;list 0x…&gt;" for each live candidate, taken before the collection (not inlined: no strong reference may survive on the stack).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string[] Describe(List<WeakReference<PyObject>> candidates)
    {
        var names = new string[candidates.Count];
        for (int i = 0; i < names.Length; i++)
            names[i] = candidates[i].TryGetTarget(out PyObject? o) ? $"<{o.Type.Name} 0x{ObjectIds.Of(o):x}>" : "";
        return names;
    }

    /// <summary>The live tracked objects by the CLR generation holding them, and the frozen ones (gc.DEBUG_STATS).</summary>
    public static (int Young, int Middle, int Old, int Frozen) CountByGeneration()
    {
        int[] counts = new int[3];
        foreach (PyObject o in LiveObjects(-1)) counts[Math.Min(GC.GetGeneration(o), 2)]++;
        return (counts[0], counts[1], counts[2], FrozenCount);
    }

    private static readonly HashSet<PyObject> s_frozen = new(ReferenceComparer.Instance);

    /// <summary>gc.freeze(): every live tracked object moves to the permanent generation — held, never collected or counted, not listed by gc.get_objects().</summary>
    public static void Freeze()
    {
        var live = LiveObjects(-1);
        lock (s_lock) foreach (PyObject o in live) s_frozen.Add(o);
    }

    /// <summary>gc.unfreeze(): the permanent generation's objects are ordinary tracked objects again.</summary>
    public static void Unfreeze()
    {
        lock (s_lock) s_frozen.Clear();
    }

    /// <summary>gc.get_freeze_count().</summary>
    public static int FrozenCount { get { lock (s_lock) return s_frozen.Count; } }

    /// <summary>A full CLR collection that counts nothing (no gc.collect() of the program's: no markers, no cycle walk).</summary>
    public static void CollectUncounted()
    {
        ClearGlobalCaches();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>
    /// Drops the entries of reclaimed objects, firing instance__delete__start/done for each
    /// reclaimed user-class instance (without __del__) while a tracer watches them.
    /// </summary>
    private static void SweepDead()
    {
        bool markers = DeleteMarkersEnabled();
        List<PyType>? deleted = null;
        lock (s_lock)
        {
            var kept = new List<Entry>(s_tracked.Count);
            foreach (Entry e in s_tracked)
            {
                if (e.Ref.TryGetTarget(out _)) kept.Add(e);
                else if (markers && e.Instance is not null) (deleted ??= []).Add(e.Instance);
            }
            s_tracked = kept;
        }
        if (deleted is null) return;
        foreach (PyType type in deleted)
        {
            Probes.Probes.InstanceDeleteStart(type);
            Probes.Probes.InstanceDeleteDone(type);
        }
    }

    /// <summary>
    /// Weak references to every live tracked object in or reachable from a reference cycle. Not
    /// inlined: no strong reference found here may survive on the stack into the collection.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference<PyObject>> FindCyclic(PyObject?[] snapshot, int held)
    {
        // The snapshot's objects, in registry order; the registry drops the entries of objects
        // freed before the snapshot.
        var live = new List<PyObject>(held);
        for (int i = 0; i < held; i++) live.Add(snapshot[i]!);
        Array.Clear(snapshot, 0, held);
        lock (s_lock) PruneDead();   // instances' entries stay: SweepDead reports them after the collection
        var tracked = new Dictionary<PyObject, int>(ReferenceComparer.Instance);
        var owned = new HashSet<PyObject>(ReferenceComparer.Instance);   // attribute dicts of instances
        foreach (PyObject o in live)
        {
            tracked[o] = tracked.Count;
            if (o is PyInstance { RawDict: { } d }) owned.Add(d);
        }

        // Edges between tracked objects (through untracked tuples), then Tarjan's SCC.
        var edges = new List<int>[live.Count];
        for (int i = 0; i < live.Count; i++)
            edges[i] = Successors(live[i], tracked);
        var inCycle = StronglyConnected(edges);

        // Everything reachable from a cycle member is garbage together with the cycle.
        var marked = new bool[live.Count];
        var stack = new Stack<int>();
        for (int i = 0; i < live.Count; i++)
            if (inCycle[i] && !marked[i]) { marked[i] = true; stack.Push(i); }
        while (stack.Count > 0)
            foreach (int j in edges[stack.Pop()])
                if (!marked[j]) { marked[j] = true; stack.Push(j); }

        var result = new List<WeakReference<PyObject>>();
        for (int i = 0; i < live.Count; i++)
            if (marked[i] && !owned.Contains(live[i]))
                result.Add(new WeakReference<PyObject>(live[i]));
        return result;
    }

    private static List<int> Successors(PyObject o, Dictionary<PyObject, int> tracked)
    {
        var result = new List<int>();
        var seen = new HashSet<PyObject>(ReferenceComparer.Instance);
        var pending = new Stack<PyObject>();
        void Visit(PyObject? child)
        {
            if (child is null) return;
            if (tracked.TryGetValue(child, out int index)) { result.Add(index); return; }
            if (child is PyTuple or PySet && seen.Add(child)) pending.Push(child);
        }
        void Children(PyObject x)
        {
            switch (x)
            {
                case PyList l: foreach (PyObject item in l.AsSpan()) Visit(item); break;
                case PyTuple t: foreach (PyObject item in t.Items) Visit(item); break;
                case PyDict d: foreach (var kv in d.Items()) { Visit(kv.Key); Visit(kv.Value); } break;
                case PySet s: foreach (PyObject item in Ops.ToList(s)) Visit(item); break;
                case PyInstance i:
                    i.ForEachAttr(Visit);
                    i.ForEachSlot(Visit);
                    break;
            }
        }
        Children(o);
        while (pending.Count > 0) Children(pending.Pop());
        return result;
    }

    /// <summary>Tarjan's algorithm, iterative: true for nodes in a component of two or more nodes or with a self-edge.</summary>
    private static bool[] StronglyConnected(List<int>[] edges)
    {
        int n = edges.Length, counter = 0;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var result = new bool[n];
        Array.Fill(index, -1);
        var sccStack = new Stack<int>();
        var work = new Stack<(int Node, int Edge)>();
        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, e) = work.Pop();
                if (e == 0)
                {
                    index[v] = low[v] = counter++;
                    sccStack.Push(v);
                    onStack[v] = true;
                }
                if (e < edges[v].Count)
                {
                    work.Push((v, e + 1));
                    int w = edges[v][e];
                    if (index[w] < 0) work.Push((w, 0));
                    else if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                    continue;
                }
                // All edges done: propagate low to the parent, pop a finished component.
                if (work.Count > 0) { int parent = work.Peek().Node; low[parent] = Math.Min(low[parent], low[v]); }
                if (low[v] == index[v])
                {
                    var component = new List<int>();
                    int w;
                    do { w = sccStack.Pop(); onStack[w] = false; component.Add(w); } while (w != v);
                    bool cyclic = component.Count > 1 || edges[v].Contains(v);
                    if (cyclic) foreach (int c in component) result[c] = true;
                }
            }
        }
        return result;
    }
}
