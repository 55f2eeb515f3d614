namespace Herthon.Runtime;

/// <summary>
/// `_operator`: what CPython's operator.py replaces its pure-Python definitions with (`from _operator import *`).
/// The operators map onto Herthon's own protocol functions; itemgetter/attrgetter/methodcaller and the in-place
/// forms keep operator.py's pure-Python definitions, which behave identically. hmac uses _compare_digest.
/// </summary>
public static class OperatorModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_operator");
        m.Add("__doc__", PyStr.From("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
            + "to the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  "
            + "The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        void Bin(string name, BinaryOp op) => m.AddFunction(name, (a, kw) => { Args.Count(name, a, kw, 2, 2); return Ops.Binary(a[0], a[1], op); });
        Bin("add", BinaryOp.Add); Bin("sub", BinaryOp.Sub); Bin("mul", BinaryOp.Mul); Bin("matmul", BinaryOp.MatMul);
        Bin("truediv", BinaryOp.TrueDiv); Bin("floordiv", BinaryOp.FloorDiv); Bin("mod", BinaryOp.Mod); Bin("pow", BinaryOp.Pow);
        Bin("lshift", BinaryOp.LShift); Bin("rshift", BinaryOp.RShift); Bin("and_", BinaryOp.And); Bin("or_", BinaryOp.Or);
        Bin("xor", BinaryOp.Xor);
        void Cmp(string name, CompareOp op) => m.AddFunction(name, (a, kw) => { Args.Count(name, a, kw, 2, 2); return Ops.RichCompare(a[0], a[1], op); });
        Cmp("lt", CompareOp.Lt); Cmp("le", CompareOp.Le); Cmp("eq", CompareOp.Eq); Cmp("ne", CompareOp.Ne); Cmp("gt", CompareOp.Gt); Cmp("ge", CompareOp.Ge);
        m.AddFunction("not_", static (a, kw) => { Args.Count("not_", a, kw, 1, 1); return PyBool.From(!Ops.Truth(a[0])); });
        m.AddFunction("truth", static (a, kw) => { Args.Count("truth", a, kw, 1, 1); return PyBool.From(Ops.Truth(a[0])); });
        m.AddFunction("is_", static (a, kw) => { Args.Count("is_", a, kw, 2, 2); return PyBool.From(ReferenceEquals(a[0], a[1])); });
        m.AddFunction("is_not", static (a, kw) => { Args.Count("is_not", a, kw, 2, 2); return PyBool.From(!ReferenceEquals(a[0], a[1])); });
        m.AddFunction("contains", static (a, kw) => { Args.Count("contains", a, kw, 2, 2); return PyBool.From(Ops.Contains(a[0], a[1])); });
        m.AddFunction("getitem", static (a, kw) => { Args.Count("getitem", a, kw, 2, 2); return Ops.GetItem(a[0], a[1]); });
        m.AddFunction("_compare_digest", CompareDigest);
        // PyNumber_Index: an exact int (a subclass's instance, bool included, copied; __index__'s
        // result checked and warned about as everywhere, Ops.IndexResult).
        m.AddFunction("index", static (a, kw) =>
        {
            Args.Count("index", a, kw, 1, 1);
            var r = Ops.ToPyInt(a[0]);
            return r.Sub is null && r is not PyBool ? r : PyInt.From(r.ToBig());
        });
        return m;
    }

    private static PyObject CompareDigest(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("_compare_digest", a, kw, 2, 2);
        return PyBool.From(DigestEquals(a[0], a[1]));
    }

    /// <summary>
    /// _tscmp: compares in time independent of where the inputs differ (of equal length); shared
    /// by _operator._compare_digest and _hashlib.compare_digest, with CPython's errors.
    /// </summary>
    internal static bool DigestEquals(PyObject a, PyObject b)
    {
        byte[] x, y;
        if (a is PyStr sa && b is PyStr sb)
        {
            foreach (var s in new[] { sa.V, sb.V })
                foreach (char c in s)
                    if (c > 127) throw Errors.TypeError("comparing strings with non-ASCII characters is not supported");
            x = System.Text.Encoding.ASCII.GetBytes(sa.V);
            y = System.Text.Encoding.ASCII.GetBytes(sb.V);
        }
        else
        {
            static bool IsBuffer(PyObject o) => o is PyBytes or PyByteArray or IBufferExporter or PyMemoryView;
            if (!IsBuffer(a) && !IsBuffer(b))
                throw Errors.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
            // One side is a buffer: the other fails as PyObject_GetBuffer does.
            foreach (var o in new[] { a, b })
                if (!IsBuffer(o)) throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
            x = BytesMethods.AsBytes(a);
            y = BytesMethods.AsBytes(b);
        }
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y);
    }
}
