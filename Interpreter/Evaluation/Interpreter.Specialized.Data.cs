using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The data instructions' fast paths beyond what the loop does inline: BINARY_OP, COMPARE_OP,
// BINARY_SUBSCR / STORE_SUBSCR and CONTAINS_OP on operands of the exact builtin types (not user
// subclasses, which may override the operation, and not bool where the result type differs).
// Each helper is one non-inlined call that either finishes the instruction or falls through to the
// generic protocol, so the loop's frame does not grow with the type tests' temporaries.
public static partial class Interpreter
{
    // ------------------------------------------------------------------ BINARY_OP / COMPARE_OP

    /// <summary>int and float operands of the exact builtin types that the loop's inline
    /// add/subtract/multiply did not finish; anything else takes the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject BinaryNumeric(PyObject a, PyObject b, BinaryOp op, bool inplace)
    {
        // Method-table compares: a Type kept in a local calls Object.GetType (two calls per BINARY_OP
        // that reached here, in the AOT build's machine code).
        bool aInt = a.GetType() == typeof(PyInt), bInt = b.GetType() == typeof(PyInt);
        bool aFloat = a.GetType() == typeof(PyFloat), bFloat = b.GetType() == typeof(PyFloat);
        if (aInt && bInt)
        {
            // Every operator of two ints, small or big (Ops.IntOp: cached small results, overflow to big ints).
            if (Unsafe.As<PyInt>(a).Sub is null && Unsafe.As<PyInt>(b).Sub is null)
                return Ops.IntOp(Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b), op);
        }
        else if (aFloat || bFloat)
        {
            double x, y;
            if (aFloat) { var fa = Unsafe.As<PyFloat>(a); if (fa.Sub is not null) goto Generic; x = fa.V; }
            else if (aInt && Unsafe.As<PyInt>(a) is { IsPlain: true } ia && Math.Abs(ia.V) <= 1L << 53) x = ia.V;
            else goto Generic;
            if (bFloat) { var fb = Unsafe.As<PyFloat>(b); if (fb.Sub is not null) goto Generic; y = fb.V; }
            else if (bInt && Unsafe.As<PyInt>(b) is { IsPlain: true } ib && Math.Abs(ib.V) <= 1L << 53) y = ib.V;
            else goto Generic;
            switch (op)
            {
                case BinaryOp.Add: return new PyFloat(x + y);
                case BinaryOp.Sub: return new PyFloat(x - y);
                case BinaryOp.Mul: return new PyFloat(x * y);
                case BinaryOp.TrueDiv: if (y != 0) return new PyFloat(x / y); break;
                // float_floor_div, float_rem, float_pow: zero divisors and complex powers raise there.
                case BinaryOp.FloorDiv: case BinaryOp.Mod: case BinaryOp.Pow: return Ops.FloatOp(x, y, op);
            }
        }
    Generic:
        return Ops.Binary(a, b, op, inplace);
    }

    /// <summary>An IEEE comparison of two floats (false with a NaN, except !=), for the loop's inline COMPARE_OP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatCompare(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>COMPARE_OP on exact floats (IEEE comparisons: every comparison with a NaN is false
    /// except !=), exact strs and big ints; else the generic rich comparison.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CompareNumeric(PyObject a, PyObject b, CompareOp op)
    {
        // Each test is `x.GetType() == typeof(T)`, a method-table compare; a Type held in a local
        // or compared with another object's Type calls Object.GetType (seen in json_roundtrip's profile).
        {
            if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            {
                if (Unsafe.As<PyFloat>(a).Sub is null && Unsafe.As<PyFloat>(b).Sub is null)
                {
                    double x = Unsafe.As<PyFloat>(a).V, y = Unsafe.As<PyFloat>(b).V;
                    return PyBool.From(FloatCompare(x, y, op));
                }
            }
            else if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
            {
                var sa = Unsafe.As<PyStr>(a);
                var sb = Unsafe.As<PyStr>(b);
                if (sa.Sub is null && sb.Sub is null)
                {
                    if (op == CompareOp.Eq) return PyBool.From(string.Equals(sa.V, sb.V));
                    if (op == CompareOp.Ne) return PyBool.From(!string.Equals(sa.V, sb.V));
                    return PyBool.From(Ops.Cmp(PyStr.Compare(sa.V, sb.V), op));
                }
            }
            else if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).Sub is null && Unsafe.As<PyInt>(b).Sub is null)
                return PyBool.From(Ops.Cmp(Unsafe.As<PyInt>(a).ToBig().CompareTo(Unsafe.As<PyInt>(b).ToBig()), op));
        }
        return Ops.RichCompare(a, b, op);
    }

    // ------------------------------------------------------------------ BINARY_SUBSCR / STORE_SUBSCR

    /// <summary>BINARY_SUBSCR after the loop's inline list case: a tuple or str by int, a dict by
    /// any key (dict's own hashing has the str and int fast paths); else the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? SubscrData(PyObject o, PyObject key)
    {
        if (o.GetType() == typeof(PyTuple))
        {
            if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && Unsafe.As<PyTuple>(o).Sub is null)
            {
                var items = Unsafe.As<PyTuple>(o).Items;
                long i = Unsafe.As<PyInt>(key).V;
                if (i < 0) i += items.Length;
                if ((ulong)i < (ulong)items.Length) return items[i];
            }
        }
        else if (o.GetType() == typeof(PyDict))
        {
            var d = Unsafe.As<PyDict>(o);
            // An exact dict has no __missing__: a miss is reported as null and raised by the loop
            // (KeyMissing), without a .NET throw; `try: d[k] except KeyError:` is common.
            if (d.Sub is null) return d.TryGetValue(key, out var v) ? v : null;
        }
        else if (o.GetType() == typeof(PyStr))
        {
            var s = Unsafe.As<PyStr>(o);
            if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && s.Sub is null && !s.HasAstral)
            {
                long i = Unsafe.As<PyInt>(key).V;
                if (i < 0) i += s.V.Length;
                if ((ulong)i < (ulong)s.V.Length) return PyStr.FromChar(s.V[(int)i]);
            }
        }
        return Ops.GetItem(o, key);
    }

    /// <summary>The KeyError of a missed exact-dict subscript (SubscrData returned null).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException KeyMissing(PyObject key) => Errors.NewException(TypeObjects.KeyError, [key]);

    /// <summary>STORE_SUBSCR after the loop's inline list case: an exact dict; else the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreSubscrData(PyObject o, PyObject key, PyObject v)
    {
        if (o.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(o).Sub is null) Unsafe.As<PyDict>(o).SetItem(key, v);
        else Ops.SetItem(o, key, v);
    }

    // ------------------------------------------------------------------ CONTAINS_OP

    /// <summary>`x in c` for an exact dict, set or str container (their own lookups), else the
    /// generic protocol (__contains__, then iteration).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ContainsData(PyObject container, PyObject item)
    {
        if (container.GetType() == typeof(PyDict) && Unsafe.As<PyDict>(container).Sub is null) return Unsafe.As<PyDict>(container).ContainsKey(item);
        if (container.GetType() == typeof(PySet) && Unsafe.As<PySet>(container).Sub is null) return Unsafe.As<PySet>(container).Contains(item);
        if (container.GetType() == typeof(PyStr) && item.GetType() == typeof(PyStr) && Unsafe.As<PyStr>(container).Sub is null)
            return Unsafe.As<PyStr>(container).V.Contains(Unsafe.As<PyStr>(item).V, StringComparison.Ordinal);
        return Ops.Contains(container, item);
    }
}
