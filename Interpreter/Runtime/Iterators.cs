namespace Herthon.Runtime;

public interface IPyLength { long Length { get; } }

public interface IPyIterable { PyIterator Iter(); }

/// <summary>An iterator. Next returns null when exhausted, so loops never use exceptions for the end.</summary>
public abstract class PyIterator : PyObject
{
    public abstract PyObject? Next();
    public override PyType Type => TypeObjects.Iterator;

    /// <summary>
    /// FOR_ITER followed by UNPACK_SEQUENCE <paramref name="n"/> (`for a, b in zip(..)`): the next
    /// item's <paramref name="n"/> parts go straight to the value stack at <paramref name="sp"/>, in
    /// UNPACK_SEQUENCE's order (the last part lowest), and the tuple Next would make is never made:
    /// nothing could see it. Returns 1 when it pushed, 0 when exhausted (nothing pushed), and -1,
    /// before consuming anything, when this iterator does not make n-tuples (Next is used then).
    /// </summary>
    internal virtual int NextUnpacked(Evaluation.Slot[] s, int sp, int n) => -1;
}

public sealed class ListIterator(PyList list) : PyIterator
{
    private static readonly PyList s_none = new();
    /// <summary>An empty list once exhausted, so the list can be freed (CPython drops it_seq).</summary>
    internal PyList List = list;
    /// <summary>The next index; int.MaxValue once exhausted.</summary>
    internal int _i;
    public override PyObject? Next()
    {
        if (_i < List.Count) return List.Items[_i++];
        _i = int.MaxValue;
        List = s_none;
        return null;
    }
    /// <summary>Next, inlined into FOR_ITER (the loop's call to Next was not inlined by ILC): the
    /// hit is two loads, a compare and the item; the end is a call.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyObject? NextInline()
    {
        var l = List;
        int i = _i;
        if (i < l.Count) { _i = i + 1; return l.Items[i]; }
        return Exhausted();
    }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private PyObject? Exhausted()
    {
        _i = int.MaxValue;
        List = s_none;
        return null;
    }
    public override PyType Type => TypeObjects.ListIterator;
}

public sealed class ReverseListIterator(PyList list) : PyIterator
{
    /// <summary>Null once exhausted, as CPython's it_seq.</summary>
    internal PyList? List = list;
    internal int _i = list.Count - 1;
    public override PyObject? Next()
    {
        if (List is { } l && _i >= 0 && _i < l.Count) return l.Items[_i--];
        _i = -1;
        List = null;
        return null;
    }
    public override PyType Type => TypeObjects.ListReverseIterator;
}

/// <summary>Iterates items[0..count]: a tuple's (Source is the tuple), an astral str's code points (Source
/// is the str) or a reversed copy (no Source).</summary>
public sealed class ArrayIterator(PyObject[] items, int count, PyObject? source = null, PyType? type = null) : PyIterator
{
    internal PyObject[] Items = items;
    internal readonly int Count = count;
    internal PyObject? Source = source;
    internal int _i;
    public override PyObject? Next()
    {
        if (_i < Count) return Items[_i++];
        if (Source is not null) { Source = null; Items = []; _i = Count; }   // the sequence can be freed now
        return null;
    }
    public override PyType Type => type ?? TypeObjects.TupleIterator;
}

public sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    internal readonly long Start = start, Step = step, Count = count;
    internal long _next = start, _left = count;
    public long Remaining => _left;
    public override PyObject? Next()
    {
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += Step;
        return PyInt.From(v);
    }
    public override PyType Type => TypeObjects.RangeIterator;
}

public sealed class StrIterator(string s) : PyIterator
{
    internal readonly string S = s;
    /// <summary>PyStr's Latin-1 strs, held here so the loop's inline FOR_ITER reads a field, not a
    /// static of a class with a static constructor.</summary>
    private readonly PyStr[] _latin1 = PyStr.Latin1Table;
    internal int _i;
    public override PyObject? Next() => NextInline();

    /// <summary>The next character's str (FOR_ITER's inline form): the shared Latin-1 str, or a new
    /// one above U+00FF; null at the end. An astral str never gets here (it iterates its code points).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyObject? NextInline()
    {
        string s = S;
        int i = _i;
        if ((uint)i >= (uint)s.Length) return null;
        char c = s[i];
        _i = i + 1;
        return c < 256 ? System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_latin1), c) : PyStr.FromChar(c);
    }

    /// <summary>0 until Type is first asked, then 1 for ASCII text, 2 for other text.</summary>
    private byte _kind;

    /// <summary>str_ascii_iterator for ASCII text (CPython's compact ASCII strs), else str_iterator;
    /// the text never changes, so it is scanned once when first asked (every attribute lookup on
    /// the iterator, `it.__next__`, asks), not at every iteration's start.</summary>
    public override PyType Type
    {
        get
        {
            int k = _kind;
            if (k == 0) _kind = (byte)(k = System.Text.Ascii.IsValid(S) ? 1 : 2);
            return k == 1 ? TypeObjects.StrIterator : IteratorReduce.StrIteratorType;
        }
    }
}

public sealed class BytesIterator(PyBytes b) : PyIterator
{
    private static readonly PyBytes s_none = new([]);
    /// <summary>Empty once exhausted, so the bytes can be freed.</summary>
    internal PyBytes Bytes = b;
    internal int _i;
    public override PyObject? Next()
    {
        if (_i < Bytes.V.Length) return PyInt.From(Bytes.V[_i++]);
        Bytes = s_none;
        return null;
    }
    public override PyType Type => IteratorReduce.BytesIteratorType;
}

/// <summary>Iterates the bytearray itself (it may change meanwhile), as CPython's bytearray_iterator.</summary>
public sealed class ByteArrayIterator(PyByteArray b) : PyIterator
{
    internal PyByteArray? Array = b;
    internal int _i;
    public override PyObject? Next()
    {
        if (Array is { } a && _i < a.Count) return PyInt.From(a.Data[_i++]);
        Array = null;
        return null;
    }
    public override PyType Type => IteratorReduce.ByteArrayIteratorType;
}

public enum DictIterKind { Keys, Values, Items }

public sealed class DictIterator(PyDict d, DictIterKind kind) : PyIterator
{
    internal readonly PyDict D = d;
    internal readonly DictIterKind Kind = kind;
    internal int _pos;
    private readonly int _version = d.Version;
    internal readonly int Count0 = d.Count;
    internal int _left = d.Count;

    public override PyObject? Next()
    {
        if (D.Version != _version && D.Count != Count0) throw Errors.RuntimeError("dictionary changed size during iteration");
        while (_pos < D.EntryLimit)
        {
            if (D.EntryAt(_pos++, out var k, out var v))
            {
                // Same size but more entries than it had: a key was deleted and another added (CPython's di_len).
                if (_left-- == 0) { _left = 0; throw Errors.RuntimeError("dictionary keys changed during iteration"); }
                return Kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => PyTuple.Of(k, v) };
            }
        }
        return null;
    }

    /// <summary>items() under `for k, v in d.items()`: the pair without its tuple (see PyIterator.NextUnpacked).</summary>
    internal override int NextUnpacked(Evaluation.Slot[] s, int sp, int n)
    {
        if (n != 2 || Kind != DictIterKind.Items) return -1;
        if (D.Version != _version && D.Count != Count0) throw Errors.RuntimeError("dictionary changed size during iteration");
        while (_pos < D.EntryLimit)
        {
            if (D.EntryAt(_pos++, out var k, out var v))
            {
                if (_left-- == 0) { _left = 0; throw Errors.RuntimeError("dictionary keys changed during iteration"); }
                s[sp].V = v;
                s[sp + 1].V = k;
                return 1;
            }
        }
        return 0;
    }
    public override PyType Type => Kind switch
    {
        DictIterKind.Keys => TypeObjects.DictKeyIterator,
        DictIterKind.Values => IteratorReduce.DictValueIteratorType,
        _ => IteratorReduce.DictItemIteratorType,
    };
}

public sealed class SetIterator(PySet s) : PyIterator
{
    internal readonly PySet S = s;
    internal int _pos;
    private readonly int _count = s.Count;
    public override PyObject? Next()
    {
        if (S.Count != _count) throw Errors.RuntimeError("Set changed size during iteration");
        while (_pos < S.SlotLimit)
        {
            var k = S.SlotAt(_pos++);
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
        try
        {
            if (_next is PyMethodDescriptor { IterNext: { } iterNext } d && Obj.Type.IsSubtypeOf(d.Owner)) return iterNext(Obj);
            return Ops.CallMethod(_next, Obj);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration)) { return null; }
    }
    public override PyType Type => Obj.Type;
}

/// <summary>The old sequence protocol: __getitem__(0), (1), ... until IndexError.</summary>
public sealed class SequenceIterator(PyObject seq) : PyIterator
{
    internal readonly PyObject Seq = seq;
    internal long _i;
    internal bool _done;
    public override PyObject? Next()
    {
        if (_done) return null;
        try { return Ops.GetItem(Seq, PyInt.From(_i++)); }
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
    internal readonly PyObject Callable = callable, Sentinel = sentinel;
    internal bool _done;
    public override PyType Type => IteratorReduce.CallableIteratorType;
    public override PyObject? Next()
    {
        if (_done) return null;
        var v = Ops.Call(Callable);
        if (Ops.Eq(v, Sentinel)) { _done = true; return null; }
        return v;
    }
}
