using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Herthon.Runtime;

public static class ListMethods
{
    private static PyList L(ReadOnlySpan<PyObject> a) => (PyList)a[0];

    /// <summary>list.append as list's dict holds it. The loop appends directly when it is called with
    /// a list and one argument, as CPython 3.11's PRECALL_NO_KW_LIST_APPEND: CALL_METHOD 1 on an exact
    /// list (Interpreter.ListAppendHit), and any other call of the descriptor with a list
    /// (Interpreter.CallOther, after the cfunction marker test).</summary>
    internal static PyMethodDescriptor? AppendDescriptor;

    public static void Install(PyType t)
    {
        t.New = static (cls, a, kw) =>
        {
            Args.Count("list", a, kw, 0, 1);
            var l = new PyList();
            if (a.Length == 1) Extend(l, a[0]);
            return l;
        };
        t.SetMethod("append", static (a, kw) => { if (kw is not null || a.Length != 2) Args.Method("list.append", a, kw, 1, 1); L(a).Append(a[1]); return PyNone.Instance; });
        AppendDescriptor = (PyMethodDescriptor)t.TypeDict.Get("append")!;
        t.SetMethod("extend", static (a, kw) => { Args.Method("list.extend", a, kw, 1, 1); Extend(L(a), a[1]); return PyNone.Instance; });
        t.SetMethod("insert", static (a, kw) =>
        {
            Args.NoKw("list.insert", kw);
            Args.Method("insert", a, kw, 2, 2);
            var l = L(a);
            long i = Ops.IndexValue(a[1]);
            if (i < 0) { i += l.Count; if (i < 0) i = 0; }
            if (i > l.Count) i = l.Count;
            l.Insert((int)i, a[2]);
            return PyNone.Instance;
        });
        t.SetMethod("pop", static (a, kw) =>
        {
            Args.NoKw("list.pop", kw);
            Args.Method("pop", a, kw, 0, 1);
            var l = L(a);
            if (l.Count == 0) throw Errors.IndexError("pop from empty list");
            long i = a.Length > 1 ? Ops.IndexValue(a[1]) : l.Count - 1;
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw Errors.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        t.SetMethod("remove", static (a, kw) =>
        {
            Args.Method("list.remove", a, kw, 1, 1);
            var l = L(a);
            for (int i = 0; i < l.Count; i++) if (Ops.SameOrEq(l.Items[i], a[1])) { l.RemoveAt(i); return PyNone.Instance; }
            throw Errors.ValueError("list.remove(x): x not in list");
        });
        t.SetMethod("index", static (a, kw) =>
        {
            Args.Method("index", a, kw, 1, 3);
            var l = L(a);
            long start = a.Length > 2 ? Ops.IndexValue(a[2]) : 0, stop = a.Length > 3 ? Ops.IndexValue(a[3]) : l.Count;
            if (start < 0) start = Math.Max(0, start + l.Count);
            if (stop < 0) stop += l.Count;
            for (long i = start; i < Math.Min(stop, l.Count); i++) if (Ops.SameOrEq(l.Items[i], a[1])) return PyInt.From(i);
            throw Errors.ValueError($"{Ops.Repr(a[1])} is not in list");
        });
        t.SetMethod("count", static (a, kw) =>
        {
            long c = 0;
            var l = L(a);
            for (int i = 0; i < l.Count; i++) if (Ops.SameOrEq(l.Items[i], a[1])) c++;
            return PyInt.From(c);
        });
        t.SetMethod("clear", static (a, kw) => { L(a).Clear(); return PyNone.Instance; });
        t.SetMethod("copy", static (a, kw) => new PyList(L(a).AsSpan()));
        t.SetMethod("reverse", static (a, kw) => { L(a).AsSpan().Reverse(); return PyNone.Instance; });
        t.SetMethod("sort", static (a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) > 1) throw Errors.TypeError("sort() takes no positional arguments");
            Args.OnlyKw("sort", kw, "key", "reverse");
            var key = Args.Kw(a, kw, "key");
            var rev = Args.Kw(a, kw, "reverse");
            Sort(L(a), key is PyNone ? null : key, rev is not null && Ops.Truth(rev));
            return PyNone.Instance;
        });
        t.SetMethod("__len__", static (a, kw) => PyInt.From(L(a).Count));
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        t.SetMethod("__setitem__", static (a, kw) => { Ops.SetItemNative(a[0], a[1], a[2]); return PyNone.Instance; });
        t.SetMethod("__delitem__", static (a, kw) => { Ops.DelItemNative(a[0], a[1]); return PyNone.Instance; });
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.ContainsNative(a[0], a[1])));
        t.SetMethod("__iter__", static (a, kw) => new ListIterator(L(a)));
        t.SetMethod("__reversed__", static (a, kw) => new ReverseListIterator(L(a)));
        t.SetMethod("__eq__", static (a, kw) => (Ops.BuiltinCompare(a[0], a[1], CompareOp.Eq) ?? PyNotImplemented.Instance));
        t.SetMethod("__add__", static (a, kw) => Ops.BinaryNative(a[0], a[1], BinaryOp.Add));
        t.SetMethod("__iadd__", static (a, kw) => Ops.BinaryNative(a[0], a[1], BinaryOp.Add, inplace: true));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        t.TypeDict["__hash__"] = PyNone.Instance;
    }

    public static void Extend(PyList l, PyObject src)
    {
        switch (src)
        {
            case PyList sl:
                {
                    int n = sl.Count;
                    if (l.Count + n > l.Items.Length) l.Grow(l.Count + n);
                    Array.Copy(sl.Items, 0, l.Items, l.Count, n);
                    l.Count += n;
                    return;
                }
            case PyTuple t:
                if (l.Count + t.Items.Length > l.Items.Length) l.Grow(l.Count + t.Items.Length);
                t.Items.CopyTo(l.Items, l.Count);
                l.Count += t.Items.Length;
                return;
        }
        var it = Ops.GetIterOrNull(src) ?? throw Errors.TypeError($"'{src.Type.Name}' object is not iterable");
        while (it.Next() is { } x) l.Append(x);
    }

    /// <summary>`[*x]` and `f(a, *x)`: like Extend, with CPython's message for a non-iterable.</summary>
    public static void ExtendStarred(PyList l, PyObject src)
    {
        if (src is not PyList && src is not PyTuple && Ops.GetIterOrNull(src) is null)
            throw Errors.TypeError($"Value after * must be an iterable, not {src.Type.Name}");
        Extend(l, src);
    }

    public static void InplaceRepeat(PyList l, long n)
    {
        if (n <= 0) { l.Clear(); return; }
        if (n == 1 || l.Count == 0) return;
        // CPython's list_inplace_repeat: a size past what a list can hold is a MemoryError, raised
        // before anything is copied (appending 2**62 copies one by one ran out of memory instead);
        // the same limit as `l * n` (Ops.Repeat).
        if (Ops.TooLong(n, l.Count, int.MaxValue / 2)) throw Errors.MemoryError("");
        var orig = l.ToArray();
        for (long i = 1; i < n; i++) foreach (var x in orig) l.Append(x);
    }

    public static PyObject GetSlice(PyList l, PySlice s)
    {
        s = s.Unpacked();
        s.Indices(l.Count, out long start, out _, out long step, out long count);
        return GetSliceAt(l, start, step, count);
    }

    /// <summary>l[start:...:step] of `count` items, the indices already normalised (PySlice.Indices,
    /// or the loop's BUILD_SLICE BINARY_SUBSCR without a slice object).</summary>
    public static PyList GetSliceAt(PyList l, long start, long step, long count)
    {
        var r = new PyList((int)count);
        if (step == 1) Array.Copy(l.Items, start, r.Items, 0, count);
        else
        {
            // The new list's own PyObject[]: span stores skip the per-element covariance check.
            var src = l.Items;
            var dst = r.Items.AsSpan(0, (int)count);
            for (int i = 0, j = (int)start; i < dst.Length; i++, j += (int)step) dst[i] = src[j];
        }
        r.Count = (int)count;
        return r;
    }

    public static void SetSlice(PyList l, PySlice s, PyObject value)
    {
        // CPython's order: the slice's indices first (their __index__ may run), then the value.
        s = s.Unpacked();
        s.Indices(l.Count, out long start, out long stop, out long step, out long count);
        SetSliceAt(l, start, stop, step, count, value);
    }

    /// <summary>l[start:stop:step] = value, the indices already normalised (PySlice.Indices, or the
    /// loop's BUILD_SLICE STORE_SUBSCR without a slice object).</summary>
    public static void SetSliceAt(PyList l, long start, long stop, long step, long count, PyObject value)
    {
        PyObject[] items;
        int n;
        if (value is PyList vl && !ReferenceEquals(vl, l)) { items = vl.Items; n = vl.Count; }   // read in place, as PySequence_Fast does
        else if (ReferenceEquals(value, l)) { items = l.ToArray(); n = items.Length; }
        else if (value is PyTuple t) { items = t.Items; n = items.Length; }
        else
        {
            // PySequence_Fast(v, "can only assign an iterable")
            var it = Ops.GetIterOrNull(value) ?? throw Errors.TypeError("can only assign an iterable");
            var got = new List<PyObject>();
            while (it.Next() is { } x) got.Add(x);
            items = [.. got];
            n = items.Length;
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            if (n == stop - start) { Array.Copy(items, 0, l.Items, start, n); return; }   // same length: in place
            var tail = l.Items.AsSpan((int)stop, l.Count - (int)stop).ToArray();
            int newCount = (int)start + n + tail.Length;
            if (newCount > l.Items.Length) l.Grow(newCount);
            Array.Copy(items, 0, l.Items, (int)start, n);
            tail.CopyTo(l.Items, (int)start + n);
            for (int i = newCount; i < l.Count; i++) l.Items[i] = null!;
            l.Count = newCount;
            return;
        }
        if (n != count)
            throw Errors.ValueError($"attempt to assign sequence of size {n} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step) l.Items[j] = items[i];
    }

    public static void DelSlice(PyList l, PySlice s)
    {
        s = s.Unpacked();
        s.Indices(l.Count, out long start, out long stop, out long step, out long count);
        if (count == 0) return;
        if (step < 0) { start = start + (count - 1) * step; step = -step; }
        var keep = new List<PyObject>(l.Count);
        long next = start; long removed = 0;
        for (int i = 0; i < l.Count; i++)
        {
            if (removed < count && i == next) { removed++; next += step; continue; }
            keep.Add(l.Items[i]);
        }
        l.Items = [.. keep];
        l.Count = keep.Count;
    }

    /// <summary>Stable sort with Python comparisons (list.sort / sorted). The order is found first
    /// (ListSort.Order, into memory outside the GC heap), then applied to the detached array
    /// through one gathered copy. A key function or comparison that raises leaves the items as
    /// they were.</summary>
    public static unsafe void Sort(PyList l, PyObject? key, bool reverse)
    {
        int n = l.Count;
        var items = l.Items;
        // Like CPython, the list looks empty while it is being sorted; any mutation seen afterwards is an error.
        var empty = Array.Empty<PyObject>();
        l.Items = empty;
        l.Count = 0;
        int* order = null;
        bool done = false;
        try
        {
            // without a key the old array serves as the keys: the list's own storage is detached above
            PyObject[] keys = items;
            if (key is not null)
            {
                keys = new PyObject[n];
                var ts = Evaluation.ThreadState.Current;
                // keys is an exact PyObject[] made here: their stores need no covariance
                // check (StelemRef's slow path was ~17 % of a sort by a lambda key of ints).
                ref var k0 = ref MemoryMarshal.GetArrayDataReference(keys);
                for (int i = 0; i < n; i++) Unsafe.Add(ref k0, i) = Evaluation.Interpreter.CallOne(key, items[i], ts);
            }
            Span<int> idx = n <= ListSort.Scratch.OnStack ? stackalloc int[n] : new Span<int>(order = ListSort.Scratch.Alloc<int>(n), n);
            ListSort.Order(keys, n, reverse, idx);
            // The gather is sequential in its writes (the cycle-by-cycle permutation in place, tried in
            // gen9, wrote at random and measured slower): a fresh array, then copied back.
            var sorted = new PyObject[n];
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(sorted);
            for (int i = 0; i < n; i++) Unsafe.Add(ref s0, i) = items[idx[i]];
            sorted.CopyTo(items, 0);
            done = true;
        }
        finally
        {
            ListSort.Scratch.Free(order, n);
            bool modified = !ReferenceEquals(l.Items, empty) || l.Count != 0;
            l.Items = items;
            l.Count = n;
            if (modified && done) throw Errors.ValueError("list modified during sort");
        }
    }
}
