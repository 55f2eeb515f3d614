using System.Numerics;

namespace Herthon.Runtime;

// enumerate, zip, map and filter objects. Each is a plain PyIterator (one virtual call per item,
// no C# state machine behind an IEnumerator's two interface calls), and like CPython's they keep
// going after an exception from an underlying iterator or the function: a C# iterator method
// would be finished for good once an exception left MoveNext.

/// <summary>enumerate(iterable, start): (index, item) tuples.</summary>
public sealed class EnumerateIterator : PyIterator
{
    private readonly PyIterator _it;
    private long _index;
    /// <summary>The index once it no longer fits in a long (or a start that does not).</summary>
    private BigInteger? _big;

    public EnumerateIterator(PyIterator it, PyInt start)
    {
        _it = it;
        if (start.Big is { } b) _big = b;
        else _index = start.V;
    }

    public override PyType Type => TypeObjects.Enumerate;

    public override PyObject? Next()
    {
        var x = _it.Next();
        if (x is null) return null;
        return new PyTuple([NextIndex(), x]);
    }

    /// <summary>`for i, x in enumerate(..)`: the pair without its tuple (see PyIterator.NextUnpacked).</summary>
    internal override int NextUnpacked(Evaluation.Slot[] s, int sp, int n)
    {
        if (n != 2) return -1;
        var x = _it.Next();
        if (x is null) return 0;
        s[sp].V = x;
        s[sp + 1].V = NextIndex();
        return 1;
    }

    /// <summary>The index of the item just taken; the count moves on.</summary>
    private PyInt NextIndex()
    {
        PyInt i;
        if (_big is { } b)
        {
            i = PyInt.From(b);
            _big = b + 1;
        }
        else
        {
            i = PyInt.From(_index);
            if (_index == long.MaxValue) _big = new BigInteger(_index) + 1;
            else _index++;
        }
        return i;
    }
}

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class ZipIterator(PyIterator[] its, bool strict) : PyIterator
{
    public override PyType Type => TypeObjects.Zip;

    public override PyObject? Next()
    {
        int n = its.Length;
        if (n == 0) return null;
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var x = its[i].Next();
            if (x is null)
            {
                if (strict) CheckStrict(i);
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }

    /// <summary>`for a, b in zip(x, y)`: the parts without their tuple (see PyIterator.NextUnpacked).
    /// Part i goes to s[sp + n - 1 - i]; parts taken before an iterator ended are dropped, as Next drops them.</summary>
    internal override int NextUnpacked(Evaluation.Slot[] s, int sp, int n)
    {
        if (n != its.Length || n == 0) return -1;
        int top = sp + n - 1;
        for (int i = 0; i < n; i++)
        {
            var x = its[i].Next();
            if (x is null)
            {
                for (int j = 0; j < i; j++) s[top - j].V = null;
                if (strict) CheckStrict(i);
                return 0;
            }
            s[top - i].V = x;
        }
        return 1;
    }

    /// <summary>Iterator <paramref name="i"/> ended: with strict=True every other one must end there too.</summary>
    private void CheckStrict(int i)
    {
        if (i > 0) throw Errors.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i > 1 ? "-" + i : "")}");
        for (int j = 1; j < its.Length; j++)
            if (its[j].Next() is not null) throw Errors.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j > 1 ? "-" + j : "")}");
    }
}

/// <summary>map(function, *iterables).</summary>
public sealed class MapIterator(PyObject fn, PyIterator[] its) : PyIterator
{
    public override PyType Type => TypeObjects.Map;

    public override PyObject? Next()
    {
        if (its.Length == 1)
        {
            var x = its[0].Next();
            return x is null ? null : Ops.Call(fn, x);
        }
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var x = its[i].Next();
            if (x is null) return null;
            items[i] = x;
        }
        return Ops.Call(fn, items);
    }
}

/// <summary>filter(function or None, iterable).</summary>
public sealed class FilterIterator(PyObject fn, PyIterator it) : PyIterator
{
    public override PyType Type => TypeObjects.Filter;

    public override PyObject? Next()
    {
        while (it.Next() is { } x)
            if (fn is PyNone ? Ops.Truth(x) : Ops.Truth(Ops.Call(fn, x))) return x;
        return null;
    }
}
