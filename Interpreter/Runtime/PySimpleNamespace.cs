namespace Herthon.Runtime;

/// <summary>types.SimpleNamespace (CPython's Objects/namespaceobject.c): an attribute bag built
/// from keywords, compared by its __dict__, shown as namespace(a=1, ...). Instances are plain
/// PyInstances of this builtin type, so subclasses work like any class.</summary>
public static class PySimpleNamespace
{
    public static readonly PyType Type = MakeType();

    private static void Fill(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (npos > 0) throw Errors.TypeError("no positional arguments expected");
        if (kw is null) return;
        var d = self.Dict!;
        for (int i = 0; i < kw.Length; i++) d[kw[i]] = a[npos + i];
    }

    private static PyType MakeType()
    {
        var t = new PyType("SimpleNamespace", [TypeObjects.Object], true) { Module = "types", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var o = new PyDictInstance(cls);
            Fill(o, a, kw);
            return o;
        };
        t.SetMethod("__init__", static (a, kw) => { Fill(a[0], a[1..], kw); return PyNone.Instance; });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var self = a[0];
            string name = self.Type.IsBuiltin ? "namespace" : self.Type.Name;
            // Ops.Repr guards against recursion: a namespace inside itself shows as namespace(...).
            var parts = new List<string>();
            foreach (var kv in self.Dict!.Items())
                if (kv.Key is PyStr k) parts.Add($"{k.V}={Ops.Repr(kv.Value)}");
            return PyStr.From(name + "(" + string.Join(", ", parts) + ")");
        });
        t.SetMethod("__eq__", static (a, kw) =>
            a[1].Type.IsSubtypeOf(Type) ? Ops.RichCompare(a[0].Dict!, a[1].Dict!, CompareOp.Eq) : PyNotImplemented.Instance);
        t.SetMethod("__ne__", static (a, kw) =>
            a[1].Type.IsSubtypeOf(Type) ? Ops.RichCompare(a[0].Dict!, a[1].Dict!, CompareOp.Ne) : PyNotImplemented.Instance);
        t.TypeDict["__hash__"] = PyNone.Instance;
        t.SetMethod("__reduce__", static (a, kw) => PyTuple.From([a[0].Type, PyTuple.Empty, a[0].Dict!]));
        return t;
    }
}
