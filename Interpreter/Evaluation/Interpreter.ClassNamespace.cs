using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// A class body whose namespace came from a metaclass __prepare__ and is not a plain dict (a dict
// subclass overriding __setitem__, or any mapping): its LOAD_NAME/STORE_NAME/DELETE_NAME go through
// the mapping's own __getitem__/__setitem__/__delitem__, as CPython's do. Kept out of the loop.
public static partial class Interpreter
{
    /// <summary>Runs a class body with the namespace `ns` (a plain dict takes the fast path).</summary>
    public static PyObject RunClassBody(CodeObject code, PyDict globals, PyObject ns, PyCell[]? closure)
    {
        if (ns is PyDict { Sub: null } plain) return RunCode(code, globals, plain, closure);
        // The plain dict keeps the frame's other users (locals(), exec) working; names live in the mapping.
        var frame = new Frame(code, globals, PyFunction.BuiltinsFromGlobals(globals), ns as PyDict ?? new PyDict()) { LocalsMapping = ns };
        if (code.NCells > 0) InitCells(frame, closure);
        return Execute(frame);
    }

    /// <summary>The value of `name` from the mapping, then globals, then builtins; null when absent.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadNameMapped(Frame f, PyStr name)
    {
        if (TryGetMapped(f.LocalsMapping!, name, out var v)) return v;
        if (f.Globals.TryGetValue(name, out v) || f.Builtins.TryGetValue(name, out v)) return v;
        return null;
    }

    internal static bool TryGetMapped(PyObject mapping, PyStr name, out PyObject? v)
    {
        try
        {
            v = Ops.GetItem(mapping, name);
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            v = null;
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreNameMapped(Frame f, PyStr name, PyObject v) => Ops.SetItem(f.LocalsMapping!, name, v);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DeleteNameMapped(Frame f, PyStr name)
    {
        try
        {
            Ops.DelItem(f.LocalsMapping!, name);
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetupAnnotationsMapped(Frame f)
    {
        var key = PyStr.From("__annotations__");
        if (!TryGetMapped(f.LocalsMapping!, key, out _)) Ops.SetItem(f.LocalsMapping!, key, new PyDict());
    }
}
