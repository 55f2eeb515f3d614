using static Herthon.Runtime.Sqlite3Module;

namespace Herthon.Runtime;

/// <summary>sqlite3.Row (CPython's Modules/_sqlite/row.c): a row tuple indexed by position or by
/// column name (ASCII case-insensitive), equal to another Row with the same description and values.</summary>
public sealed class SqliteRow(PyType type) : PyDictInstance(type)
{
    public static readonly PyType RowType = MakeType();

    private PyTuple _data = PyTuple.Empty;
    private PyObject _description = PyNone.Instance;

    private PyObject GetItem(PyObject key)
    {
        var items = _data.Items;
        if (key is PyInt || (key is not PyStr && key is not PySlice && key.Type.Lookup("__index__") is not null))
        {
            long i = Ops.IndexValue(key);
            if (i < 0) i += items.Length;
            if (i < 0 || i >= items.Length) throw Errors.IndexError("tuple index out of range");
            return items[i];
        }
        if (key is PyStr s)
        {
            if (_description is PyTuple desc)
                for (int i = 0; i < desc.Count && i < items.Length; i++)
                {
                    var col = Ops.GetItem(desc.Items[i], PyInt.From(0));
                    if (col is PyStr name && EqualsAsciiIgnoreCase(name.V, s.V)) return items[i];
                }
            throw Errors.IndexError("No item with that key");
        }
        if (key is PySlice) return Ops.GetItem(_data, key);
        throw Errors.IndexError("Index must be int or string");
    }

    private static bool EqualsAsciiIgnoreCase(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i], y = b[i];
            if (x is >= 'A' and <= 'Z') x = (char)(x + 32);
            if (y is >= 'A' and <= 'Z') y = (char)(y + 32);
            if (x != y) return false;
        }
        return true;
    }

    private static SqliteRow Self(ReadOnlySpan<PyObject> a) => (SqliteRow)a[0];

    private static PyType MakeType()
    {
        var t = new PyType("Row", [TypeObjects.Object], true) { Module = "sqlite3", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            Args.NoKw("Row", kw);
            if (a.Length != 2) throw Errors.TypeError($"Row expected 2 arguments, got {a.Length}");
            if (a[0] is not SqliteCursor cur) throw Errors.TypeError($"Row() argument 1 must be sqlite3.Cursor, not {a[0].Type.Name}");
            if (a[1] is not PyTuple data) throw Errors.TypeError($"Row() argument 2 must be tuple, not {a[1].Type.Name}");
            var row = new SqliteRow(cls) { _data = data };
            row._description = Ops.GetAttr(cur, "description");
            return row;
        };
        t.SetMethod("__getitem__", static (a, kw) => Self(a).GetItem(a[1]));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(Self(a)._data.Count));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(Self(a)._data));
        t.SetMethod("keys", static (a, kw) =>
        {
            Args.Method("keys", a, kw, 0, 0);
            var list = new PyList();
            if (Self(a)._description is PyTuple desc)
                foreach (var d in desc.Items) list.Append(Ops.GetItem(d, PyInt.From(0)));
            return list;
        });
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(Ops.Hash(Self(a)._description) ^ Ops.Hash(Self(a)._data)));
        t.SetMethod("__eq__", static (a, kw) => Compare(a, ne: false));
        t.SetMethod("__ne__", static (a, kw) => Compare(a, ne: true));
        foreach (var op in (string[])["__lt__", "__le__", "__gt__", "__ge__"])
            t.SetMethod(op, static (a, kw) => PyNotImplemented.Instance);
        return t;
    }

    private static PyObject Compare(ReadOnlySpan<PyObject> a, bool ne)
    {
        if (a[1] is not SqliteRow other) return PyNotImplemented.Instance;
        var self = Self(a);
        bool eq = Ops.Eq(self._description, other._description) && Ops.Eq(self._data, other._data);
        return PyBool.From(eq != ne);
    }
}
