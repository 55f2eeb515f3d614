namespace Herthon.Runtime;

/// <summary>
/// The `_heapq` accelerator (CPython's Modules/_heapqmodule.c), which heapq.py imports over its
/// pure-Python functions: a min-heap (and the _max variants heapq.merge/nlargest use) kept in a list,
/// comparing with `<` only. A comparison runs Python code that may resize the list: after each one the
/// size is checked ("list changed size during iteration") and the items re-read, as CPython does.
/// </summary>
public static class HeapqModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_heapq");
        m.AddFunction("heappush", static (a, kw) =>
        {
            var heap = Two("heappush", a, kw);
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, max: false);
            return PyNone.Instance;
        });
        m.AddFunction("heappop", static (a, kw) => Pop(One("heappop", a, kw), max: false));
        m.AddFunction("_heappop_max", static (a, kw) => Pop(One("_heappop_max", a, kw), max: true));
        m.AddFunction("heapreplace", static (a, kw) => Replace(Two("heapreplace", a, kw), a[1], max: false));
        m.AddFunction("_heapreplace_max", static (a, kw) => Replace(Two("_heapreplace_max", a, kw), a[1], max: true));
        m.AddFunction("heappushpop", static (a, kw) =>
        {
            var heap = Two("heappushpop", a, kw);
            var item = a[1];
            if (heap.Count == 0) return item;
            if (!Ops.Less(heap.Items[0], item)) return item;
            // The comparison may have emptied the list.
            if (heap.Count == 0) throw Errors.IndexError("index out of range");
            var top = heap.Items[0];
            heap.Items[0] = item;
            SiftUp(heap, 0, max: false);
            return top;
        });
        m.AddFunction("heapify", static (a, kw) => Heapify(One("heapify", a, kw), max: false));
        m.AddFunction("_heapify_max", static (a, kw) => Heapify(One("_heapify_max", a, kw), max: true));
        return m;
    }

    // Argument Clinic's positional-only signatures: (heap, /) and (heap, item, /).
    private static PyList One(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (a.Length != 1) throw Errors.TypeError($"_heapq.{name}() takes exactly one argument ({a.Length} given)");
        return a[0] as PyList ?? throw Errors.TypeError($"{name}() argument must be list, not {Ops.TypeName(a[0])}");
    }

    private static PyList Two(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (a.Length != 2) throw Errors.TypeError($"{name} expected 2 arguments, got {a.Length}");
        return a[0] as PyList ?? throw Errors.TypeError($"{name}() argument 1 must be list, not {Ops.TypeName(a[0])}");
    }

    private static PyObject Pop(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0) throw Errors.IndexError("index out of range");
        var last = heap.Items[n - 1];
        heap.Items[n - 1] = null!;
        heap.Count = --n;
        if (n == 0) return last;
        var top = heap.Items[0];
        heap.Items[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) throw Errors.IndexError("index out of range");
        var top = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Heapify(PyList heap, bool max)
    {
        // Sift every parent up, the last first: each subtree is a heap before its root is placed.
        for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i, max);
        return PyNone.Instance;
    }

    /// <summary>a sorts before b: `a &lt; b` for the min-heap, `b &lt; a` for the max-heap.</summary>
    private static bool Before(PyObject a, PyObject b, bool max) => max ? Ops.Less(b, a) : Ops.Less(a, b);

    private static PyException ChangedSize() => Errors.RuntimeError("list changed size during iteration");

    /// <summary>Moves the item at pos towards startpos while it sorts before its parent.</summary>
    private static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        if (pos >= size) throw ChangedSize();
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            bool before = Before(heap.Items[pos], heap.Items[parentpos], max);
            if (size != heap.Count) throw ChangedSize();
            if (!before) break;
            (heap.Items[parentpos], heap.Items[pos]) = (heap.Items[pos], heap.Items[parentpos]);
            pos = parentpos;
        }
    }

    /// <summary>Moves the smaller child up until pos is a leaf, then sifts the item there back down
    /// (fewer comparisons than stopping early, as heapq.py explains).</summary>
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count, startpos = pos;
        if (pos >= endpos) throw ChangedSize();
        int limit = endpos >> 1;   // the first position without a child
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                if (!Before(heap.Items[childpos], heap.Items[childpos + 1], max)) childpos++;
                if (endpos != heap.Count) throw ChangedSize();
            }
            (heap.Items[childpos], heap.Items[pos]) = (heap.Items[pos], heap.Items[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }
}
