namespace Herthon.Runtime;

/// <summary>_collections._tuplegetter(index, doc): the read-only field descriptor of namedtuple classes.
/// Its __doc__ lives in the instance dict so that it can be set (dis sets its namedtuples' field docs).</summary>
public sealed class PyTupleGetter(PyType type, long index) : PyDictInstance(type)
{
    public readonly long Index = index;
}

public static partial class CollectionsModule
{
    public static readonly PyType TupleGetter = MakeTupleGetter();

    private static PyType MakeTupleGetter()
    {
        var t = new PyType("_tuplegetter", [TypeObjects.Object], true) { Module = "_collections", IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            Args.Count("_tuplegetter", a, kw, 2, 2);
            var g = new PyTupleGetter(cls, Ops.IndexValue(a[0]));
            g.Dict!["__doc__"] = a[1];
            return g;
        };
        t.SetMethod("__get__", static (a, kw) =>
        {
            var g = (PyTupleGetter)a[0];
            var obj = a[1];
            if (obj is PyNone) return g;
            if (obj is not PyTuple tup)
                throw Errors.TypeError($"descriptor for index '{g.Index}' for tuple subclasses doesn't apply to '{obj.Type.Name}' object");
            if (g.Index < 0 || g.Index >= tup.Items.Length) throw Errors.IndexError("tuple index out of range");
            return tup.Items[g.Index];
        });
        t.SetMethod("__set__", static (a, kw) => throw Errors.AttributeError("can't set attribute"));
        t.SetMethod("__delete__", static (a, kw) => throw Errors.AttributeError("can't delete attribute"));
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            var g = (PyTupleGetter)a[0];
            return PyTuple.Of(g.Type, PyTuple.Of(PyInt.From(g.Index), g.Dict!.Get("__doc__") ?? PyNone.Instance));
        });
        return t;
    }

    /// <summary>_count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each element (Counter's counting loop).</summary>
    private static PyObject CountElements(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("_count_elements", a, kw, 2, 2);
        var mapping = a[0];
        var it = Ops.GetIter(a[1]);
        var one = PyInt.From(1);
        if (mapping is PyDict d && !SubclassDicts.IsUserSub(mapping) && mapping.Type == TypeObjects.Dict)
        {
            while (it.Next() is { } x) d.SetItem(x, d.TryGetValue(x, out var v) ? Ops.Binary(v, one, BinaryOp.Add) : one);
            return PyNone.Instance;
        }
        var get = Ops.GetAttr(mapping, PyStr.From("get"));
        var zero = PyInt.From(0);
        while (it.Next() is { } x) Ops.SetItem(mapping, x, Ops.Binary(Ops.Call(get, [x, zero]), one, BinaryOp.Add));
        return PyNone.Instance;
    }
}
