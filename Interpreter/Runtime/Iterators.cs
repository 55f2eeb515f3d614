namespace Herthon.Runtime;

public interface IPyLength { long Length { get; } }

public interface IPyIterable { PyIterator Iter(); }

/// <summary>An iterator. Next returns null when exhausted, so loops never use exceptions for the end.</summary>
public abstract class PyIterator : PyObject
{
    public abstract PyObject? Next();
    public override PyType Type => TypeObjects.Iterator;
}

public sealed class ListIterator(PyList list) : PyIterator
{
    private int _i;
    public override PyObject? Next()
    {
        if (_i < list.Count) return list.Items[_i++];
        _i = int.MaxValue;
        return null;
    }
    public override PyType Type => TypeObjects.ListIterator;
}

public sealed class ReverseListIterator(PyList list) : PyIterator
{
    private int _i = list.Count - 1;
    public override PyObject? Next()
    {
        if (_i >= 0 && _i < list.Count) return list.Items[_i--];
        _i = -1;
        return null;
    }
    public override PyType Type => TypeObjects.ListReverseIterator;
}

public sealed class ArrayIterator(PyObject[] items, int count) : PyIterator
{
    private int _i;
    public override PyObject? Next() => _i < count ? items[_i++] : null;
    public override PyType Type => TypeObjects.TupleIterator;
}

public sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    private long _next = start, _left = count;
    public long Remaining => _left;
    public override PyObject? Next()
    {
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }
    public override PyType Type => TypeObjects.RangeIterator;
}

public sealed class StrIterator(string s) : PyIterator
{
    private int _i;
    public override PyObject? Next() => _i < s.Length ? PyStr.FromChar(s[_i++]) : null;
    public override PyType Type => TypeObjects.StrIterator;
}

public sealed class BytesIterator(byte[] b) : PyIterator
{
    private int _i;
    public override PyObject? Next() => _i < b.Length ? PyInt.From(b[_i++]) : null;
}

public enum DictIterKind { Keys, Values, Items }

public sealed class DictIterator(PyDict d, DictIterKind kind) : PyIterator
{
    private int _pos;
    private readonly int _version = d.Version;
    private readonly int _count = d.Count;

    public override PyObject? Next()
    {
        if (d.Version != _version && d.Count != _count) throw Errors.RuntimeError("dictionary changed size during iteration");
        while (_pos < d.EntryLimit)
        {
            if (d.EntryAt(_pos++, out var k, out var v))
                return kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => PyTuple.Of(k, v) };
        }
        return null;
    }
    public override PyType Type => TypeObjects.DictKeyIterator;
}

public sealed class SetIterator(PySet s) : PyIterator
{
    private int _pos;
    private readonly int _count = s.Count;
    public override PyObject? Next()
    {
        if (s.Count != _count) throw Errors.RuntimeError("Set changed size during iteration");
        while (_pos < s.SlotLimit)
        {
            var k = s.SlotAt(_pos++);
            if (k is not null) return k;
        }
        return null;
    }
    public override PyType Type => TypeObjects.SetIterator;
}

/// <summary>Wraps a user object with __next__; turns its StopIteration into exhaustion.</summary>
public sealed class UserIterator(PyObject obj) : PyIterator
{
    public readonly PyObject Obj = obj;
    private PyObject? _next;
    public override PyObject? Next()
    {
        _next ??= Obj.Type.Lookup(Ops.N.Next) ?? throw Errors.TypeError($"'{Obj.Type.Name}' object is not an iterator");
        try { return Ops.CallMethod(_next, Obj); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) { return null; }
    }
    public override PyType Type => Obj.Type;
}

/// <summary>The old sequence protocol: __getitem__(0), (1), ... until IndexError.</summary>
public sealed class SequenceIterator(PyObject seq) : PyIterator
{
    private long _i;
    private bool _done;
    public override PyObject? Next()
    {
        if (_done) return null;
        try { return Ops.GetItem(seq, PyInt.From(_i++)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.IndexError) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            _done = true;
            return null;
        }
    }
}

/// <summary>An iterator implemented by a C# enumerator (enumerate, zip, map, filter, itertools...).</summary>
public sealed class EnumeratorIterator(IEnumerator<PyObject> e, PyType? type = null) : PyIterator
{
    public override PyObject? Next() => e.MoveNext() ? e.Current : null;
    public override PyType Type => type ?? TypeObjects.Iterator;
}

/// <summary>Iterates with `iter(callable, sentinel)`.</summary>
public sealed class CallableIterator(PyObject callable, PyObject sentinel) : PyIterator
{
    private bool _done;
    public override PyObject? Next()
    {
        if (_done) return null;
        var v = Ops.Call(callable);
        if (Ops.Eq(v, sentinel)) { _done = true; return null; }
        return v;
    }
}
