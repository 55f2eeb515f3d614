using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// An object's Python type without the virtual <see cref="PyObject.Type"/> call for the receivers
/// of most builtin-method calls (an exact str, list or dict: `w.lower()`, `out.append(x)`,
/// `d.get(k)`): one method-table compare and one field test each; any other object takes the
/// virtual call.
/// </summary>
public static class FastType
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyType Of(PyObject o)
    {
        if (o.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(o).IsExact) return TypeObjects.Str;
        if (o.GetType() == typeof(PyList) && Unsafe.As<PyList>(o).Sub is null) return TypeObjects.List;
        if (o.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(o).Sub is null) return TypeObjects.Dict;
        if (o.GetType() == typeof(PySet) && Unsafe.As<PySet>(o).Sub is null) return Unsafe.As<PySet>(o).Frozen ? TypeObjects.FrozenSet : TypeObjects.Set;
        return o.Type;
    }
}
