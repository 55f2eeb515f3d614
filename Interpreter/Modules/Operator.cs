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
        return m;
    }

    /// <summary>_tscmp: compares in time independent of where the inputs differ (of equal length).</summary>
    private static PyObject CompareDigest(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("_compare_digest", a, kw, 2, 2);
        static bool Usable(PyObject o) => o is PyStr or PyBytes or PyByteArray;
        if (!Usable(a[0]) || !Usable(a[1]))
            throw Errors.TypeError($"unsupported operand types(s) or combination of types: '{a[0].Type.Name}' and '{a[1].Type.Name}'");
        byte[] x, y;
        if (a[0] is PyStr sa && a[1] is PyStr sb)
        {
            foreach (var s in new[] { sa.V, sb.V })
                foreach (char c in s)
                    if (c > 127) throw Errors.TypeError("comparing strings with non-ASCII characters is not supported");
            x = System.Text.Encoding.ASCII.GetBytes(sa.V);
            y = System.Text.Encoding.ASCII.GetBytes(sb.V);
        }
        else
        {
            x = BytesMethods.AsBytes(a[0]);
            y = BytesMethods.AsBytes(a[1]);
        }
        return PyBool.From(System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y));
    }
}
