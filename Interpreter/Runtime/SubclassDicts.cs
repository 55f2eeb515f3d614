using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// Attribute dictionaries of instances of user subclasses of builtin value types (`class P(tuple)`).
/// Kept beside the objects so plain ints, strs and lists carry no dict slot.
/// </summary>
public static class SubclassDicts
{
    private static readonly ConditionalWeakTable<PyObject, PyDict> Table = new();
    public static PyDict Of(PyObject o) => Table.GetValue(o, static _ => new PyDict());

    /// <summary>`o.__dict__ = d`.</summary>
    public static void Replace(PyObject o, PyDict d) => Table.AddOrUpdate(o, d);

    /// <summary>o's attribute dict if one was made (no dict is created for asking).</summary>
    public static bool TryOf(PyObject o, out PyDict? d) => Table.TryGetValue(o, out d);

    /// <summary>True for an instance of a user subclass of a builtin type (not a plain PyInstance).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUserSub(PyObject o) => !o.Type.IsBuiltin && o is not PyInstance;
}
