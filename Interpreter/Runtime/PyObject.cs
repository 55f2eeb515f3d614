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

/// <summary>An instance of a user-defined class: a type pointer and an attribute dictionary.</summary>
public class PyInstance : PyObject
{
    private PyType _type;
    private PyDict? _dict;

    public PyInstance(PyType type) { _type = type; }

    public override PyType Type => _type;
    public void SetType(PyType t) => _type = t;
    public override PyDict? Dict => _dict ??= new PyDict();
    public PyDict? DictIfCreated => _dict;
    /// <summary>Values of `__slots__` entries (null when the class has no slots).</summary>
    public PyObject?[]? Slots;
}

/// <summary>Identity-based key for reference sets (e.g. recursion guards in repr).</summary>
public sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();
    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
