using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

// list.sort / sorted: a stable natural merge sort (CPython's timsort, galloping at a fixed threshold): ascending
// runs and strictly descending ones (reversed in place, which keeps it stable) are found, short runs
// are extended to a minimum length by binary insertion, then neighbouring runs are merged, a merge
// being skipped when its two runs are already in order. Sorted and partly sorted input costs about
// one comparison per element instead of the n log n of a plain merge sort.
//
// As CPython's pre-sort check (unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare,
// unsafe_tuple_compare), the keys are looked at once first: when all are exact ints in 64 bits,
// all exact floats (no NaN), all exact strs, or all exact tuples whose items at each position are
// all of one of those kinds, the sort compares them in C# directly. Such comparisons run no Python
// code and cannot fail, so the order in which they happen cannot be observed; everything else
// compares with Ops.Less, one call per comparison, and an exception leaves the sort.
//
// The sort's own arrays (the order, the typed entries, the merge buffer) hold no references and
// live outside the GC heap (Scratch): allocated here and freed when the sort ends, they never
// count towards the GC's large-object budget and are not kept as garbage until the next gen2
// collection (docs/performance.md, "gen9").
internal static unsafe class ListSort
{
    /// <summary>Memory outside the GC heap for one sort's arrays: below 256 KiB from malloc; larger
    /// blocks are mapped and unmapped directly, so that their pages go back to the system when the
    /// sort ends (glibc's malloc raises its mmap threshold after the first free of a large block and
    /// would keep later ones in its heap). Every Alloc is paired with a Free in a finally.</summary>
    internal static class Scratch
    {
        private const nuint MapFrom = 256 * 1024;

        /// <summary>Arrays of up to this many entries are stackalloc'd instead (no Alloc, no Free).</summary>
        internal const int OnStack = 64;

        [DllImport("libc", EntryPoint = "mmap")] private static extern nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);
        [DllImport("libc", EntryPoint = "munmap")] private static extern int munmap(nint addr, nuint length);
        private const int ProtReadWrite = 3, MapPrivateAnonymous = 0x22;

        internal static T* Alloc<T>(int count) where T : unmanaged
        {
            nuint bytes = (nuint)Math.Max(count, 1) * (nuint)sizeof(T);
            if (bytes >= MapFrom && OperatingSystem.IsLinux())
            {
                nint p = mmap(0, bytes, ProtReadWrite, MapPrivateAnonymous, -1, 0);
                if (p != -1) return (T*)p;
                throw Errors.MemoryError("out of memory for the sort");
            }
            return (T*)NativeMemory.Alloc(bytes);
        }

        internal static void Free<T>(T* p, int count) where T : unmanaged
        {
            if (p is null) return;
            nuint bytes = (nuint)Math.Max(count, 1) * (nuint)sizeof(T);
            if (bytes >= MapFrom && OperatingSystem.IsLinux()) munmap((nint)p, bytes);
            else NativeMemory.Free(p);
        }
    }

    /// <summary>A strict order on the elements being sorted.</summary>
    internal interface ILess<T>
    {
        bool Less(T a, T b);
    }

    /// <summary>The order <paramref name="keys"/> sort in, stably (equal keys keep their order;
    /// with <paramref name="reverse"/> the order is descending and equal keys still keep theirs,
    /// as CPython's reverse sort does), written to <paramref name="idx"/> (n entries). Exceptions from
    /// comparisons propagate.</summary>
    internal static void Order(PyObject[] keys, int n, bool reverse, Span<int> idx)
    {
        for (int i = 0; i < n; i++) idx[i] = i;
        if (n < 2) return;
        switch (Classify(keys, n))
        {
            case Kind.Int:
            {
                LongEntry* p = null;
                try
                {
                    Span<LongEntry> e = n <= Scratch.OnStack ? stackalloc LongEntry[n] : new Span<LongEntry>(p = Scratch.Alloc<LongEntry>(n), n);
                    for (int i = 0; i < n; i++) e[i] = new LongEntry(Unsafe.As<PyInt>(keys[i]).V, i);
                    if (reverse) Sort(e, new Reversed<LongEntry, LongLess>(default));
                    else Sort(e, default(LongLess));
                    for (int i = 0; i < n; i++) idx[i] = e[i].Index;
                }
                finally { Scratch.Free(p, n); }
                return;
            }
            case Kind.Float:
            {
                DoubleEntry* p = null;
                try
                {
                    Span<DoubleEntry> e = n <= Scratch.OnStack ? stackalloc DoubleEntry[n] : new Span<DoubleEntry>(p = Scratch.Alloc<DoubleEntry>(n), n);
                    for (int i = 0; i < n; i++) e[i] = new DoubleEntry(Unsafe.As<PyFloat>(keys[i]).V, i);
                    if (reverse) Sort(e, new Reversed<DoubleEntry, DoubleLess>(default));
                    else Sort(e, default(DoubleLess));
                    for (int i = 0; i < n; i++) idx[i] = e[i].Index;
                }
                finally { Scratch.Free(p, n); }
                return;
            }
            case Kind.Str:
            {
                var s = new string[n];
                for (int i = 0; i < n; i++) s[i] = Unsafe.As<PyStr>(keys[i]).V;
                if (reverse) Sort(idx, new Reversed<int, StrLess>(new StrLess(s)));
                else Sort(idx, new StrLess(s));
                return;
            }
            case Kind.Tuple:
                if (reverse) Sort(idx, new Reversed<int, TupleLess>(new TupleLess(keys)));
                else Sort(idx, new TupleLess(keys));
                return;
            case Kind.TupleFirst:
                if (reverse) Sort(idx, new Reversed<int, TupleFirstLess>(new TupleFirstLess(keys)));
                else Sort(idx, new TupleFirstLess(keys));
                return;
            default:
                if (reverse) Sort(idx, new Reversed<int, ObjectLess>(new ObjectLess(keys)));
                else Sort(idx, new ObjectLess(keys));
                return;
        }
    }

    private enum Kind { Object, Int, Float, Str, Tuple, TupleFirst }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Kind ScalarKind(PyObject o)
    {
        var t = o.GetType();
        if (t == typeof(PyInt)) return Unsafe.As<PyInt>(o).IsPlain ? Kind.Int : Kind.Object;
        if (t == typeof(PyFloat)) return double.IsNaN(Unsafe.As<PyFloat>(o).V) ? Kind.Object : Kind.Float;
        if (t == typeof(PyStr)) return Unsafe.As<PyStr>(o).Sub is null ? Kind.Str : Kind.Object;
        return Kind.Object;
    }

    /// <summary>The one kind all keys have, or Object. Exact bool is not Int here (its class is
    /// not PyInt's), nor are ints beyond 64 bits or of subclasses.</summary>
    private static Kind Classify(PyObject[] keys, int n)
    {
        var first = keys[0];
        if (first.GetType() == typeof(PyTuple))
            return TuplesComparable(keys, n) ? Kind.Tuple : FirstItemsComparable(keys, n) ? Kind.TupleFirst : Kind.Object;
        var kind = ScalarKind(first);
        if (kind == Kind.Object) return kind;
        for (int i = 1; i < n; i++)
            if (ScalarKind(keys[i]) != kind) return Kind.Object;
        return kind;
    }

    /// <summary>All keys exact tuples, and the items at each position all of one scalar kind
    /// (tuples may differ in length): then any two tuples compare item by item with
    /// <see cref="CompareScalars"/>, which is what tuple comparison does for such items.</summary>
    private static bool TuplesComparable(PyObject[] keys, int n)
    {
        Span<Kind> kinds = stackalloc Kind[8];
        int known = 0;
        for (int i = 0; i < n; i++)
        {
            if (keys[i].GetType() != typeof(PyTuple)) return false;
            var items = Unsafe.As<PyTuple>(keys[i]).Items;
            if (items.Length > kinds.Length) return false;
            for (int k = 0; k < items.Length; k++)
            {
                var kind = ScalarKind(items[k]);
                if (kind == Kind.Object) return false;
                if (k >= known) { kinds[k] = kind; known = k + 1; }
                else if (kinds[k] != kind) return false;
            }
        }
        return true;
    }

    /// <summary>All keys non-empty exact tuples whose first items are all of one scalar kind (the
    /// rest may be anything: sorted(d.items()), json's sort_keys): CPython's unsafe_tuple_compare
    /// case. Two tuples whose first items differ are ordered by them, as tuple comparison orders
    /// them; equal first items leave the order to the whole tuples' comparison.</summary>
    private static bool FirstItemsComparable(PyObject[] keys, int n)
    {
        Kind kind = Kind.Object;
        for (int i = 0; i < n; i++)
        {
            if (keys[i].GetType() != typeof(PyTuple)) return false;
            var items = Unsafe.As<PyTuple>(keys[i]).Items;
            if (items.Length == 0) return false;
            var k = ScalarKind(items[0]);
            if (k == Kind.Object || (i > 0 && k != kind)) return false;
            kind = k;
        }
        return true;
    }

    /// <summary>Two items of one scalar kind (see TuplesComparable): negative, zero or positive.</summary>
    private static int CompareScalars(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt)) return Unsafe.As<PyInt>(a).V.CompareTo(Unsafe.As<PyInt>(b).V);
        if (a.GetType() == typeof(PyFloat))
        {
            double x = Unsafe.As<PyFloat>(a).V, y = Unsafe.As<PyFloat>(b).V;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return PyStr.Compare(Unsafe.As<PyStr>(a).V, Unsafe.As<PyStr>(b).V);
    }

    private readonly record struct LongEntry(long Key, int Index);
    private readonly record struct DoubleEntry(double Key, int Index);

    private struct LongLess : ILess<LongEntry>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(LongEntry a, LongEntry b) => a.Key < b.Key;
    }

    private struct DoubleLess : ILess<DoubleEntry>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(DoubleEntry a, DoubleEntry b) => a.Key < b.Key;
    }

    private readonly struct StrLess(string[] s) : ILess<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(int a, int b) => PyStr.Compare(s[a], s[b]) < 0;
    }

    private readonly struct TupleLess(PyObject[] keys) : ILess<int>
    {
        public bool Less(int a, int b)
        {
            var x = Unsafe.As<PyTuple>(keys[a]).Items;
            var y = Unsafe.As<PyTuple>(keys[b]).Items;
            int n = Math.Min(x.Length, y.Length);
            for (int k = 0; k < n; k++)
            {
                if (ReferenceEquals(x[k], y[k])) continue;
                int c = CompareScalars(x[k], y[k]);
                if (c != 0) return c < 0;
            }
            return x.Length < y.Length;
        }
    }

    private readonly struct TupleFirstLess(PyObject[] keys) : ILess<int>
    {
        public bool Less(int a, int b)
        {
            var x = Unsafe.As<PyTuple>(keys[a]).Items[0];
            var y = Unsafe.As<PyTuple>(keys[b]).Items[0];
            if (!ReferenceEquals(x, y))
            {
                int c = CompareScalars(x, y);
                if (c != 0) return c < 0;
            }
            return Ops.Less(keys[a], keys[b]);
        }
    }

    private readonly struct ObjectLess(PyObject[] keys) : ILess<int>
    {
        public bool Less(int a, int b) => Ops.Less(keys[a], keys[b]);
    }

    /// <summary>The descending order: b before a when a is less. Equal keys keep their order.</summary>
    private readonly struct Reversed<T, TLess>(TLess inner) : ILess<T> where TLess : struct, ILess<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(T a, T b) => inner.Less(b, a);
    }

    /// <summary>Runs shorter than this are extended by binary insertion (CPython's minrun: 32..64,
    /// so that n / minrun is a power of two or a little under).</summary>
    private static int MinRun(int n)
    {
        int r = 0;
        while (n >= 64) { r |= n & 1; n >>= 1; }
        return n + r;
    }

    /// <summary>Stable sort of <paramref name="a"/> by <paramref name="less"/>.</summary>
    internal static void Sort<T, TLess>(Span<T> a, TLess less) where T : unmanaged where TLess : struct, ILess<T>
    {
        int n = a.Length;
        if (n < 2) return;
        int minRun = MinRun(n);
        // Run boundaries: run r is [starts[r], starts[r + 1]).
        var starts = new List<int>(n / minRun + 2);
        int lo = 0;
        while (lo < n)
        {
            int end = CountRun(a, lo, less);
            if (end - lo < minRun)
            {
                int force = Math.Min(lo + minRun, n);
                BinaryInsertion(a, lo, end, force, less);
                end = force;
            }
            starts.Add(lo);
            lo = end;
        }
        if (starts.Count == 1) return;
        starts.Add(n);
        // The merge buffer holds a left run (from its start: only the pages of the longest left
        // run are ever touched).
        T* tp = null;
        try
        {
            Span<T> tmp = n <= Scratch.OnStack ? stackalloc T[n] : new Span<T>(tp = Scratch.Alloc<T>(n), n);
            // Neighbouring runs merge pairwise until one is left.
            while (starts.Count > 2)
            {
                int w = 0;
                int r = 0;
                for (; r + 2 < starts.Count; r += 2)
                {
                    Merge(a, starts[r], starts[r + 1], starts[r + 2], tmp, less);
                    starts[w++] = starts[r];
                }
                if (r < starts.Count - 1) starts[w++] = starts[r];   // an odd run left over
                starts[w++] = n;
                starts.RemoveRange(w, starts.Count - w);
            }
        }
        finally { Scratch.Free(tp, n); }
    }

    /// <summary>The end of the run starting at <paramref name="lo"/>: non-descending, or strictly
    /// descending (reversed here, so that it ascends).</summary>
    private static int CountRun<T, TLess>(Span<T> a, int lo, TLess less) where TLess : struct, ILess<T>
    {
        int n = a.Length;
        int hi = lo + 1;
        if (hi == n) return hi;
        if (less.Less(a[hi], a[lo]))
        {
            hi++;
            while (hi < n && less.Less(a[hi], a[hi - 1])) hi++;
            a[lo..hi].Reverse();
        }
        else
        {
            hi++;
            while (hi < n && !less.Less(a[hi], a[hi - 1])) hi++;
        }
        return hi;
    }

    /// <summary>Sorts [lo, end) by insertion, given that [lo, start) is sorted: each element goes
    /// after the last element not greater than it (stable).</summary>
    private static void BinaryInsertion<T, TLess>(Span<T> a, int lo, int start, int end, TLess less) where TLess : struct, ILess<T>
    {
        for (int i = start; i < end; i++)
        {
            var pivot = a[i];
            int l = lo, r = i;
            while (l < r)
            {
                int m = (l + r) >>> 1;
                if (less.Less(pivot, a[m])) r = m;
                else l = m + 1;
            }
            if (l < i)
            {
                a[l..i].CopyTo(a[(l + 1)..(i + 1)]);
                a[l] = pivot;
            }
        }
    }

    /// <summary>Consecutive wins of one side after which Merge gallops (timsort's MIN_GALLOP).</summary>
    private const int MinGallop = 7;

    /// <summary>Merges the sorted runs [lo, mid) and [mid, hi): an element of the right run goes
    /// first only when it is less than the left one (stable). Runs already in order are left.
    /// After MinGallop consecutive elements from one side, the rest of that side's block that goes
    /// next is found by an exponential then binary search and moved at once (timsort's galloping):
    /// runs with many equal keys (`key=lambda v: v % 100` over a range: 3,000 runs of 0..99) then
    /// merge in blocks instead of element by element at every level.</summary>
    private static void Merge<T, TLess>(Span<T> a, int lo, int mid, int hi, Span<T> tmp, TLess less) where TLess : struct, ILess<T>
    {
        if (!less.Less(a[mid], a[mid - 1])) return;
        int len = mid - lo;
        a[lo..mid].CopyTo(tmp);
        int i = 0, j = mid, k = lo, streak;
        // k == j - (len - i) <= j throughout: a block moved from the right run to k may overlap its
        // source, and Span.CopyTo moves as memmove does. Each side's streak goes element by element,
        // one comparison per element as before (the comparison that ends a streak decides the other
        // side's first element); a streak of MinGallop goes on by galloping.
        if (!less.Less(a[j], tmp[i])) goto Left;
    Right:
        streak = 0;
        do
        {
            a[k++] = a[j++];
            if (j == hi) goto Done;
            if (++streak == MinGallop)
            {
                // the right run's elements still less than tmp[i]; then tmp[i] goes (not greater)
                int e = FirstNotLess(a, j, hi, tmp[i], less);
                a[j..e].CopyTo(a[k..]);
                k += e - j;
                j = e;
                if (j == hi) goto Done;
                goto Left;
            }
        }
        while (less.Less(a[j], tmp[i]));
    Left:
        streak = 0;
        do
        {
            a[k++] = tmp[i++];
            if (i == len) goto Done;
            if (++streak == MinGallop)
            {
                // the left run's elements not greater than a[j]; then a[j] goes (less)
                int e = FirstGreater(tmp, i, len, a[j], less);
                tmp[i..e].CopyTo(a[k..]);
                k += e - i;
                i = e;
                if (i == len) goto Done;
                goto Right;
            }
        }
        while (!less.Less(a[j], tmp[i]));
        goto Right;
    Done:
        if (i < len) tmp[i..len].CopyTo(a[k..]);
    }

    /// <summary>The first p in [from, to) with !(s[p] &lt; x) (to if there is none), s ascending:
    /// probes at from, from + 1, from + 3, from + 7, … then a binary search between the last two.</summary>
    private static int FirstNotLess<T, TLess>(Span<T> s, int from, int to, T x, TLess less) where TLess : struct, ILess<T>
    {
        int below = from - 1, ofs = 1, probe = from;
        while (probe < to && less.Less(s[probe], x))
        {
            below = probe;
            ofs <<= 1;
            probe = from + ofs - 1;
        }
        int l = below + 1, r = Math.Min(probe, to);
        while (l < r)
        {
            int m = (l + r) >>> 1;
            if (less.Less(s[m], x)) l = m + 1;
            else r = m;
        }
        return l;
    }

    /// <summary>The first q in [from, to) with x &lt; s[q] (to if there is none), s ascending.</summary>
    private static int FirstGreater<T, TLess>(Span<T> s, int from, int to, T x, TLess less) where TLess : struct, ILess<T>
    {
        int below = from - 1, ofs = 1, probe = from;
        while (probe < to && !less.Less(x, s[probe]))
        {
            below = probe;
            ofs <<= 1;
            probe = from + ofs - 1;
        }
        int l = below + 1, r = Math.Min(probe, to);
        while (l < r)
        {
            int m = (l + r) >>> 1;
            if (!less.Less(x, s[m])) l = m + 1;
            else r = m;
        }
        return l;
    }
}
