namespace Herthon.Runtime;

/// <summary>types.MappingProxyType (CPython's mappingproxy, descrobject.c): a read-only view of a
/// mapping. `cls.__dict__` is one over the class's own dict, so a class is changed only through
/// setattr (which keeps the attribute caches right).</summary>
public sealed class PyMappingProxy(PyObject mapping) : PyObject
{
    public readonly PyObject Mapping = mapping;
    public static readonly PyType MappingProxyType = MakeType();

    public override PyType Type => MappingProxyType;

    private static PyObject M(ReadOnlySpan<PyObject> a) => ((PyMappingProxy)a[0]).Mapping;

    private static PyObject CallOn(PyObject o, string name, ReadOnlySpan<PyObject> args) => Ops.Call(Ops.GetAttr(o, name), args);

    private static PyType MakeType()
    {
        // Module "builtins" as in CPython (repr <class 'mappingproxy'>); DictDispatch makes Ops call
        // the dunders below.
        var t = new PyType("mappingproxy", [TypeObjects.Object], true) { IsFinal = true, DictDispatch = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (kw is { Length: > 0 } && !(kw.Length == 1 && kw[0] == "mapping"))
                throw Errors.TypeError($"mappingproxy() got an unexpected keyword argument '{kw[0]}'");
            if (a.Length != 1) throw Errors.TypeError($"mappingproxy() takes exactly 1 argument ({a.Length} given)");
            var m = a[0];
            if (m is PyList or PyTuple || m.Type.Lookup(Ops.N.GetItem) is null)
                throw Errors.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.Name}");
            return new PyMappingProxy(m);
        };
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItem(M(a), a[1]));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.Contains(M(a), a[1])));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(M(a)));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(Ops.Len(M(a))));
        t.SetMethod("__reversed__", static (a, kw) => Ops.Call(Builtins.Module.ModuleDict.Get("reversed")!, M(a)));
        t.SetMethod("get", static (a, kw) =>
        {
            Args.Method("get", a, kw, 1, 2);
            return CallOn(M(a), "get", a.Length > 2 ? [a[1], a[2]] : [a[1]]);
        });
        t.SetMethod("keys", static (a, kw) => CallOn(M(a), "keys", []));
        t.SetMethod("values", static (a, kw) => CallOn(M(a), "values", []));
        t.SetMethod("items", static (a, kw) => CallOn(M(a), "items", []));
        t.SetMethod("copy", static (a, kw) => CallOn(M(a), "copy", []));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From($"mappingproxy({Ops.Repr(M(a))})"));
        t.SetMethod("__str__", static (a, kw) => PyStr.From(Ops.Str(M(a))));
        t.SetMethod("__eq__", static (a, kw) => Ops.RichCompare(M(a), a[1] is PyMappingProxy o ? o.Mapping : a[1], CompareOp.Eq));
        t.SetMethod("__ne__", static (a, kw) => Ops.RichCompare(M(a), a[1] is PyMappingProxy o ? o.Mapping : a[1], CompareOp.Ne));
        t.SetMethod("__or__", static (a, kw) =>
        {
            var l = a[0] is PyMappingProxy p ? p.Mapping : a[0];
            var r = a[1] is PyMappingProxy q ? q.Mapping : a[1];
            return Ops.Binary(l, r, BinaryOp.Or);
        });
        t.SetMethod("__ror__", static (a, kw) =>
        {
            var l = a[1] is PyMappingProxy p ? p.Mapping : a[1];
            return Ops.Binary(l, M(a), BinaryOp.Or);
        });
        t.SetMethod("__ior__", static (a, kw) => throw Errors.TypeError($"'|=' is not supported by mappingproxy; use '|' instead"));
        t.TypeDict["__hash__"] = PyNone.Instance;
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        return t;
    }
}
