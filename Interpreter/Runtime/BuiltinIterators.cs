using System.Numerics;
using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

// enumerate, zip, map and filter objects. Each is a plain PyIterator (one virtual call per item,
// no C# state machine behind an IEnumerator's two interface calls), and like CPython's they keep
// going after an exception from an underlying iterator or the function: a C# iterator method
// would be finished for good once an exception left MoveNext. User classes may derive from them
// (`class E(enumerate)`): the object then carries its class, and a __dict__ beside it.

/// <summary>A builtin iterator type user classes may derive from: the object's class is a field,
/// the builtin type until a subclass's constructor replaces it.</summary>
public abstract class SubclassableIterator(PyType type) : PyIterator
{
    private PyType _type = type;
    public sealed override PyType Type => _type;
    public override PyDict? Dict => _type.IsBuiltin ? null : SubclassDicts.Of(this);
    /// <summary>Makes this object an instance of <paramref name="cls"/> (a user subclass of its type).</summary>
    internal PyObject As(PyType cls) { _type = cls; return this; }

    /// <summary>The object a reduced iterator names: the user's own iterator rather than Herthon's wrapper of it.</summary>
    internal static PyObject Exposed(PyIterator it) => it is UserIterator u ? u.Obj : it;
}

/// <summary>enumerate(iterable, start): (index, item) tuples.</summary>
public sealed class EnumerateIterator : SubclassableIterator
{
    private readonly PyIterator _it;
    private long _index;
    /// <summary>The index once it no longer fits in a long (or a start that does not).</summary>
    private BigInteger? _big;

    public EnumerateIterator(PyIterator it, PyInt start) : base(TypeObjects.Enumerate)
    {
        _it = it;
        if (start.Big is { } b) _big = b;
        else _index = start.V;
    }

    /// <summary>enumerate.__reduce__: (type, (iterator, next index)).</summary>
    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(Exposed(_it), _big is { } b ? PyInt.From(b) : PyInt.From(_index)));

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
public sealed class ZipIterator(PyIterator[] its, bool strict) : SubclassableIterator(TypeObjects.Zip)
{
    private bool _strict = strict;

    /// <summary>zip.__reduce__: (type, iterators), and True as the state when strict.</summary>
    internal PyObject Reduce()
    {
        var items = new PyObject[its.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Exposed(its[i]);
        return _strict ? PyTuple.Of(Type, new PyTuple(items), PyBool.True) : PyTuple.Of(Type, new PyTuple(items));
    }

    /// <summary>zip.__setstate__(strict).</summary>
    internal void SetStrict(bool strict) => _strict = strict;

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
                if (_strict) CheckStrict(i);
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
            // A list's iterator (the common `zip(xs, ys)`) without the virtual call.
            var it = its[i];
            var x = it.GetType() == typeof(ListIterator) ? Unsafe.As<ListIterator>(it).NextInline() : it.Next();
            if (x is null)
            {
                for (int j = 0; j < i; j++) s[top - j].V = null;
                if (_strict) CheckStrict(i);
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
public sealed class MapIterator(PyObject fn, PyIterator[] its) : SubclassableIterator(TypeObjects.Map)
{
    /// <summary>map.__reduce__: (type, (function, *iterators)).</summary>
    internal PyObject Reduce()
    {
        var items = new PyObject[its.Length + 1];
        items[0] = fn;
        for (int i = 0; i < its.Length; i++) items[i + 1] = Exposed(its[i]);
        return PyTuple.Of(Type, new PyTuple(items));
    }

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
public sealed class FilterIterator(PyObject fn, PyIterator it) : SubclassableIterator(TypeObjects.Filter)
{
    /// <summary>filter.__reduce__: (type, (function, iterator)).</summary>
    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(fn, Exposed(it)));

    public override PyObject? Next()
    {
        while (it.Next() is { } x)
            if (fn is PyNone ? Ops.Truth(x) : Ops.Truth(Ops.Call(fn, x))) return x;
        return null;
    }
}

/// <summary>reversed(sequence) for a sequence without __reversed__ (tuple, str, a class with __len__
/// and __getitem__): items by index from len-1 down, read when asked for, as CPython's reversed
/// object does; the sequence is let go once exhausted.</summary>
public sealed class ReversedIterator(PyObject seq, long count) : SubclassableIterator(TypeObjects.Reversed)
{
    private PyObject? _seq = seq;
    private long _index = count - 1;

    public override PyObject? Next()
    {
        if (_index >= 0 && _seq is { } seq)
        {
            PyObject? item = null;
            if (ReferenceEquals(seq.Type, TypeObjects.Tuple))
            {
                var items = Unsafe.As<PyTuple>(seq).Items;
                if ((ulong)_index < (ulong)items.Length) item = items[_index];
            }
            else if (ReferenceEquals(seq.Type, TypeObjects.Str) && !Unsafe.As<PyStr>(seq).HasAstral)
            {
                var v = Unsafe.As<PyStr>(seq).V;
                if ((ulong)_index < (ulong)v.Length) item = PyStr.FromChar(v[(int)_index]);
            }
            else
            {
                try { item = Ops.GetItem(seq, PyInt.From(_index)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.IndexError) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) { }
            }
            if (item is not null) { _index--; return item; }
        }
        _index = -1;
        _seq = null;
        return null;
    }

    internal PyObject LengthHint()
    {
        if (_seq is not { } seq) return PyInt.From(0);
        long n = Ops.Len(seq);
        return PyInt.From(n < _index + 1 ? 0 : _index + 1);
    }

    internal PyObject Reduce() => _seq is { } seq ? PyTuple.Of(Type, PyTuple.Of(seq), PyInt.From(_index)) : PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty));

    internal void SetState(long index)
    {
        if (_seq is not { } seq) return;
        long n = Ops.Len(seq);
        _index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
}
