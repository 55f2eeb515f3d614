using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herthon.Runtime;

// itertools' combinatoric iterators. Each keeps its pool as a tuple and its position as index arrays,
// stepping them as CPython's do, so that results come in the same order and a pickled position
// (__reduce__ / __setstate__, whose indices are clamped as CPython clamps them) resumes in the same place.

/// <summary>product(*iterables, repeat=1): the cartesian product, rightmost pool fastest.</summary>
public sealed class ProductIterator(PyTuple[] pools) : SubclassableIterator(ItertoolsModule.Product)
{
    private readonly long[] _indices = new long[pools.Length];
    private PyObject[]? _result;
    private bool _stopped;

    public override PyObject? Next()
    {
        if (_stopped) return null;
        if (_result is not { } result)
        {
            result = new PyObject[pools.Length];
            for (int i = 0; i < pools.Length; i++)
            {
                if (pools[i].Items.Length == 0) { _stopped = true; return null; }
                result[i] = pools[i].Items[0];
            }
            _result = result;
            return ResultItems.Tuple(result);
        }
        int k = pools.Length - 1;
        for (; k >= 0; k--)
        {
            var pool = pools[k].Items;
            if (++_indices[k] == pool.Length)
            {
                _indices[k] = 0;
                ResultItems.Set(result, k, pool[0]);
            }
            else
            {
                ResultItems.Set(result, k, pool[_indices[k]]);
                break;
            }
        }
        if (k < 0) { _stopped = true; return null; }
        return ResultItems.Tuple(result);
    }

    internal PyObject Reduce()
    {
        if (_stopped) return PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty));
        var args = new PyTuple(Array.ConvertAll(pools, p => (PyObject)p));
        if (_result is null) return PyTuple.Of(Type, args);
        return PyTuple.Of(Type, args, ItertoolsModule.IndexTuple(_indices));
    }

    internal void SetState(PyObject state)
    {
        if (state is not PyTuple { Items: var items } || items.Length != pools.Length) throw Errors.ValueError("invalid arguments");
        var result = new PyObject[pools.Length];
        for (int i = 0; i < pools.Length; i++)
        {
            int n = pools[i].Items.Length;
            if (n == 0) { _stopped = true; return; }
            _indices[i] = Math.Clamp(ItertoolsModule.Ssize(items[i]), 0, n - 1);
            result[i] = pools[i].Items[_indices[i]];
        }
        _result = result;
    }
}

/// <summary>permutations(iterable, r=None): r-length orderings in lexicographic index order.</summary>
public sealed class PermutationsIterator : SubclassableIterator
{
    private readonly PyObject[] _pool;
    private readonly int _r;
    private readonly long[] _indices, _cycles;
    private PyObject[]? _result;
    private bool _stopped;

    public PermutationsIterator(PyObject[] pool, int r) : base(ItertoolsModule.Permutations)
    {
        _pool = pool;
        _r = r;
        int n = pool.Length;
        _indices = new long[n];
        for (int i = 0; i < n; i++) _indices[i] = i;
        _cycles = new long[Math.Min(r, n)];
        for (int i = 0; i < _cycles.Length; i++) _cycles[i] = n - i;
        _stopped = r > n;
    }

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Length, r = _r;
        if (_result is not { } result)
        {
            result = new PyObject[r];
            for (int i = 0; i < r; i++) result[i] = _pool[_indices[i]];
            _result = result;
            return ResultItems.Tuple(result);
        }
        if (n == 0) { _stopped = true; return null; }
        int k = r - 1;
        for (; k >= 0; k--)
        {
            if (--_cycles[k] == 0)
            {
                // indices[k:] = indices[k+1:] + indices[k:k+1]
                long first = _indices[k];
                // (a loop: Array.Copy's argument checks cost ~100 instructions an item, callgrind)
                for (int i = k; i < n - 1; i++) _indices[i] = _indices[i + 1];
                _indices[n - 1] = first;
                _cycles[k] = n - k;
            }
            else
            {
                long j = _cycles[k];
                (_indices[k], _indices[n - j]) = (_indices[n - j], _indices[k]);
                for (int i = k; i < r; i++) ResultItems.Set(result, i, _pool[_indices[i]]);
                break;
            }
        }
        if (k < 0) { _stopped = true; return null; }
        return ResultItems.Tuple(result);
    }

    internal PyObject Reduce()
    {
        if (_stopped) return PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty, PyInt.From(_r)));
        var args = PyTuple.Of(new PyTuple(_pool), PyInt.From(_r));
        if (_result is null) return PyTuple.Of(Type, args);
        return PyTuple.Of(Type, args, PyTuple.Of(ItertoolsModule.IndexTuple(_indices), ItertoolsModule.IndexTuple(_cycles)));
    }

    internal void SetState(PyObject state)
    {
        int n = _pool.Length;
        if (state is not PyTuple { Items: [PyTuple indices, PyTuple cycles] } || indices.Items.Length != n || cycles.Items.Length != _r)
            throw Errors.ValueError("invalid arguments");
        for (int i = 0; i < n; i++) _indices[i] = Math.Clamp(ItertoolsModule.Ssize(indices.Items[i]), 0, n - 1);
        for (int i = 0; i < _r; i++) _cycles[i] = Math.Clamp(ItertoolsModule.Ssize(cycles.Items[i]), 1, n - i);
        var result = new PyObject[_r];
        for (int i = 0; i < _r; i++) result[i] = _pool[_indices[i]];
        _result = result;
    }
}

/// <summary>combinations(iterable, r) and combinations_with_replacement(iterable, r): sorted index
/// tuples, strictly increasing (or, with replacement, non-decreasing).</summary>
public sealed class CombinationsIterator : SubclassableIterator
{
    private readonly PyObject[] _pool;
    private readonly long[] _indices;
    private readonly bool _replace;
    private PyObject[]? _result;
    private bool _stopped;

    public CombinationsIterator(PyType type, PyObject[] pool, int r, bool replace) : base(type)
    {
        _pool = pool;
        _replace = replace;
        _indices = new long[r];
        if (!replace) for (int i = 0; i < r; i++) _indices[i] = i;
        _stopped = replace ? pool.Length == 0 && r > 0 : r > pool.Length;
    }

    public override PyObject? Next()
    {
        if (_stopped) return null;
        int n = _pool.Length, r = _indices.Length;
        if (_result is not { } result)
        {
            result = new PyObject[r];
            for (int i = 0; i < r; i++) result[i] = _pool[_indices[i]];
            _result = result;
            return ResultItems.Tuple(result);
        }
        int k = r - 1;
        if (_replace)
        {
            while (k >= 0 && _indices[k] == n - 1) k--;
            if (k < 0) { _stopped = true; return null; }
            long index = _indices[k] + 1;
            var elem = _pool[index];
            for (; k < r; k++) { _indices[k] = index; ResultItems.Set(result, k, elem); }
        }
        else
        {
            while (k >= 0 && _indices[k] == k + n - r) k--;
            if (k < 0) { _stopped = true; return null; }
            _indices[k]++;
            for (int j = k + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
            for (; k < r; k++) ResultItems.Set(result, k, _pool[_indices[k]]);
        }
        return ResultItems.Tuple(result);
    }

    internal PyObject Reduce()
    {
        var r = PyInt.From(_indices.Length);
        if (_result is null) return PyTuple.Of(Type, PyTuple.Of(new PyTuple(_pool), r));
        if (_stopped) return PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty, r));
        return PyTuple.Of(Type, PyTuple.Of(new PyTuple(_pool), r), ItertoolsModule.IndexTuple(_indices));
    }

    internal void SetState(PyObject state)
    {
        int n = _pool.Length, r = _indices.Length;
        if (state is not PyTuple { Items: var items } || items.Length != r) throw Errors.ValueError("invalid arguments");
        for (int i = 0; i < r; i++)
        {
            long max = _replace ? n - 1 : i + n - r;
            _indices[i] = Math.Max(0, Math.Min(ItertoolsModule.Ssize(items[i]), max));
        }
        var result = new PyObject[r];
        for (int i = 0; i < r; i++) result[i] = _pool[_indices[i]];
        _result = result;
    }
}

public static partial class ItertoolsModule
{
    public static readonly PyType Product = MakeType("product");
    public static readonly PyType Permutations = MakeType("permutations");
    public static readonly PyType Combinations = MakeType("combinations");
    public static readonly PyType CombinationsWithReplacement = MakeType("combinations_with_replacement");

    internal static PyTuple IndexTuple(long[] indices)
    {
        var items = new PyObject[indices.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyInt.From(indices[i]);
        return new PyTuple(items);
    }

    /// <summary>The r argument of combinations(): an index-sized int, not negative.</summary>
    private static int CombinationsR(PyObject o)
    {
        long r = Ssize(o);
        if (r < 0) throw Errors.ValueError("r must be non-negative");
        return r > int.MaxValue ? throw Errors.MemoryError("") : (int)r;
    }

    private static void InstallCombinatorics()
    {
        Product.New = static (cls, a, kw) =>
        {
            long repeat = 1;
            int npos = a.Length;
            if (kw is { Length: > 0 })
            {
                foreach (var k in kw)
                    if (k != "repeat") throw Errors.TypeError($"'{k}' is an invalid keyword argument for product()");
                repeat = Ssize(a[^1]);
                npos -= kw.Length;
            }
            if (repeat < 0) throw Errors.ValueError("repeat argument cannot be negative");
            if (npos != 0 && repeat > int.MaxValue / npos) throw Errors.OverflowError("repeat argument too large");
            var distinct = new PyTuple[npos];
            for (int i = 0; i < npos; i++) distinct[i] = new PyTuple((PyObject[])Ops.ToArray(a[i]).Clone());
            var pools = new PyTuple[npos * (int)repeat];
            for (int i = 0; i < pools.Length; i++) pools[i] = distinct[i % Math.Max(npos, 1)];
            return Made(cls, new ProductIterator(pools));
        };
        Reduce<ProductIterator>(Product, static p => p.Reduce());
        SetState<ProductIterator>(Product, static (p, s) => p.SetState(s));

        Permutations.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("permutations", a, kw, 2, 1, "iterable", "r");
            var pool = (PyObject[])Ops.ToArray(b[0]!).Clone();
            int r = pool.Length;
            if (b[1] is { } ro and not PyNone)
            {
                if (ro is not PyInt) throw Errors.TypeError("Expected int as r");
                r = CombinationsR(ro);
            }
            return Made(cls, new PermutationsIterator(pool, r));
        };
        Reduce<PermutationsIterator>(Permutations, static p => p.Reduce());
        SetState<PermutationsIterator>(Permutations, static (p, s) => p.SetState(s));

        Combinations.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("combinations", a, kw, 2, 2, "iterable", "r");
            var pool = (PyObject[])Ops.ToArray(b[0]!).Clone();
            return Made(cls, new CombinationsIterator(Combinations, pool, CombinationsR(b[1]!), replace: false));
        };
        CombinationsWithReplacement.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("combinations_with_replacement", a, kw, 2, 2, "iterable", "r");
            var pool = (PyObject[])Ops.ToArray(b[0]!).Clone();
            return Made(cls, new CombinationsIterator(CombinationsWithReplacement, pool, CombinationsR(b[1]!), replace: true));
        };
        foreach (var t in new[] { Combinations, CombinationsWithReplacement })
        {
            Reduce<CombinationsIterator>(t, static c => c.Reduce());
            SetState<CombinationsIterator>(t, static (c, s) => c.SetState(s));
        }
    }
}

/// <summary>The combinatoric iterators' result arrays. CPython 3.11 hands out its result tuple again
/// when nothing else holds it; here every item is a new tuple, so its items are copied as cheaply as
/// possible: `(PyObject[])result.Clone()` went through the runtime's generic clone (RhpGcAlloc's slow
/// allocation and RhBulkMoveWithWriteBarrier: ~190 instructions an item for five items, callgrind),
/// and an element store into a PyObject[] pays StelemRef's covariance check (PyObject is not sealed).
/// Stores by reference into arrays created as PyObject[] need neither.</summary>
internal static class ResultItems
{
    /// <summary>a[i] = v without the covariance check; i must be in range (the callers' indices are
    /// below the array's length by construction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Set(PyObject[] a, int i, PyObject v)
    {
        Debug.Assert((uint)i < (uint)a.Length);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), i) = v;
    }

    /// <summary>A new tuple of the result's current items.</summary>
    internal static PyTuple Tuple(PyObject[] result)
    {
        var items = new PyObject[result.Length];
        ref PyObject d = ref MemoryMarshal.GetArrayDataReference(items);
        for (int i = 0; i < result.Length; i++) Unsafe.Add(ref d, i) = result[i];
        return new PyTuple(items);
    }
}
