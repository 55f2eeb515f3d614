using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// Base of every Python value. Builtin value types override the virtual protocol methods with
/// direct implementations; user-defined classes (PyInstance) route them to dunder methods.
/// The eval loop tests the common exact types first and only falls back to these.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    /// <summary>Instance attribute dictionary, or null when the object has none.</summary>
    public virtual PyDict? Dict => null;

    public override string ToString() => Ops.Str(this);
}

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => TypeObjects.NoneType;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => TypeObjects.NotImplementedType;
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => TypeObjects.EllipsisType;
}

/// <summary>A closure cell (CPython's `cell`).</summary>
public sealed class PyCell(PyObject? value = null) : PyObject
{
    public PyObject? Value = value;
    public override PyType Type => TypeObjects.CellType;
}

/// <summary>An instance of a user-defined class: a type pointer and its attributes. Attributes live
/// in one of two layouts: values indexed by a key table shared with other instances (Keys/Values,
/// CPython's split dict), or a real dict. An instance starts without either, takes the shared layout
/// at its first attribute store and switches to the dict for good when someone asks for `__dict__`
/// or stores what the table cannot hold; the dict is then the only store, so the two never disagree.</summary>
public class PyInstance : PyObject
{
    private PyType _type;
    private PyDict? _dict;
    /// <summary>Shared layout: the key table (null in the dict layout or before any attribute).</summary>
    internal InstanceKeys? Keys;
    /// <summary>Shared layout: the value of Keys' name i at i, null where absent.</summary>
    internal PyObject?[]? Values;
    /// <summary>Shared layout: one past the highest index ever stored. Insertion order is index
    /// order, so a new attribute may only take an index at or past this.</summary>
    internal int ValuesUsed;

    public PyInstance(PyType type) { _type = type; }

    // Sealed: the attribute caches read it on every hit, and a sealed override is a direct call (also under NativeAOT).
    public sealed override PyType Type => _type;
    public void SetType(PyType t) => _type = t;
    public override PyDict? Dict => _dict ?? Materialize();
    /// <summary>The attribute dict if the instance has any attributes (materialised from the
    /// shared layout), else null.</summary>
    public PyDict? DictIfCreated => _dict ?? (Keys is null ? null : Materialize());
    /// <summary>The dict layout's dict, without materialising one.</summary>
    internal PyDict? RawDict => _dict;
    /// <summary>Values of `__slots__` entries (null when the class has no slots).</summary>
    public PyObject?[]? Slots;

    private PyDict Materialize()
    {
        var keys = Keys;
        var values = Values;
        var d = new PyDict(ValuesUsed);
        if (keys is not null && values is not null)
            for (int i = 0; i < ValuesUsed; i++)
                if (values[i] is { } v) { var k = keys.NameAt(i); d.Insert(k, k.Hash(), v); }
        Keys = null;
        Values = null;
        ValuesUsed = 0;
        return _dict = d;
    }

    /// <summary>Replaces the attributes by a dict (`obj.__dict__ = d`).</summary>
    internal void ReplaceDict(PyDict d)
    {
        Keys = null;
        Values = null;
        ValuesUsed = 0;
        _dict = d;
    }

    public bool TryGetAttrValue(PyStr name, out PyObject value)
    {
        if (Keys is { } keys)
        {
            int i = keys.IndexOf(name);
            var values = Values!;
            if ((uint)i < (uint)values.Length && values[i] is { } v) { value = v; return true; }
            value = null!;
            return false;
        }
        if (_dict is { } d) return d.TryGetValue(name, out value);
        value = null!;
        return false;
    }

    public void SetAttrValue(PyStr name, PyObject value)
    {
        if (_dict is { } d) { d.SetItem(name, value); return; }
        if (name.Sub is null)
        {
            var keys = Keys ?? (_type.InstanceKeys ??= new InstanceKeys());
            int i = keys.IndexOf(name);
            if (i < 0) i = keys.Add(name);
            if (i >= 0 && StoreAt(keys, i, value)) return;
        }
        Materialize().SetItem(name, value);
    }

    /// <summary>Stores the value of keys' name i in the shared layout; false when the instance's
    /// layout cannot take it there (another table, a dict, an index before ValuesUsed that is
    /// empty: it would reorder the attributes).</summary>
    internal bool StoreAt(InstanceKeys keys, int i, PyObject value)
    {
        if (Keys is null)
        {
            if (_dict is not null) return false;
            Keys = keys;
            Values = new PyObject?[Math.Max(keys.Count, i + 1)];
        }
        else if (!ReferenceEquals(Keys, keys)) return false;
        var values = Values!;
        if ((uint)i < (uint)values.Length && values[i] is not null) { values[i] = value; return true; }
        if (i < ValuesUsed) return false;
        if (i >= values.Length) Values = values = GrowValues(values, Math.Max(keys.Count, i + 1));
        values[i] = value;
        ValuesUsed = i + 1;
        return true;
    }

    private static PyObject?[] GrowValues(PyObject?[] values, int atLeast)
    {
        var a = new PyObject?[Math.Max(atLeast, Math.Min(values.Length * 2, InstanceKeys.MaxSize))];
        Array.Copy(values, a, values.Length);
        return a;
    }

    public bool RemoveAttrValue(PyStr name)
    {
        if (Keys is { } keys)
        {
            int i = keys.IndexOf(name);
            var values = Values!;
            if ((uint)i >= (uint)values.Length || values[i] is null) return false;
            values[i] = null;
            return true;
        }
        return _dict is { } d && d.Remove(name);
    }

    /// <summary>Visits the attribute names and values without materialising a dict (gc).</summary>
    internal void ForEachAttr(Action<PyObject> visit)
    {
        if (Keys is { } keys && Values is { } values)
        {
            for (int i = 0; i < ValuesUsed; i++) if (values[i] is { } v) { visit(keys.NameAt(i)); visit(v); }
        }
        else if (_dict is { } d) foreach (var kv in d.Items()) { visit(kv.Key); visit(kv.Value); }
    }
}

/// <summary>Identity-based key for reference sets (e.g. recursion guards in repr).</summary>
public sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
