namespace Herthon.Runtime;

/// <summary>
/// object.__reduce_ex__, __reduce__ and __getstate__, after CPython's typeobject.c (reduce_newobj,
/// object_getstate_default): protocol 2+ gives (copyreg.__newobj__, (cls, *newargs), state, listitems,
/// dictitems); lower protocols defer to copyreg._reduce_ex. copy.copy/deepcopy and pickle rely on these.
/// </summary>
internal static class ObjectReduce
{
    internal static void Install(PyType o)
    {
        o.SetMethod("__reduce__", static (a, kw) =>
        {
            Args.Method("__reduce__", a, kw, 0, 0);
            return Common(a[0], 0);
        });
        var objectReduce = o.TypeDict.Get("__reduce__");
        o.SetMethod("__reduce_ex__", (a, kw) =>
        {
            Args.Method("__reduce_ex__", a, kw, 1, 1);
            long proto = Ops.IndexValue(a[1]);
            // A class that overrides __reduce__ alone still gets it called, as CPython's object___reduce_ex___impl.
            var own = a[0].Type.Lookup("__reduce__");
            if (own is not null && !ReferenceEquals(own, objectReduce)) return Ops.Invoke(a[0], "__reduce__");
            return Common(a[0], proto);
        });
        o.SetMethod("__getstate__", static (a, kw) =>
        {
            Args.Method("__getstate__", a, kw, 0, 0);
            return DefaultState(a[0], required: false);
        });
    }

    private static PyObject Copyreg(string name) =>
        Ops.GetAttr(Importer.ImportName("copyreg", new PyDict(), PyNone.Instance, 0), name);

    private static PyObject Common(PyObject obj, long proto) =>
        proto >= 2 ? ReduceNewObj(obj) : Ops.Call(Copyreg("_reduce_ex"), obj, PyInt.From(proto));

    private static PyObject ReduceNewObj(PyObject obj)
    {
        var cls = obj.Type;
        PyObject? args = null, kwargs = null;
        if (Ops.GetAttrOrNull(obj, PyStr.From("__getnewargs_ex__")) is { } gnx)
        {
            var r = Ops.Call(gnx);
            if (r is not PyTuple { Count: 2 } pair)
                throw Errors.TypeError($"__getnewargs_ex__ should return a tuple of length 2, not '{r.Type.Name}'");
            args = pair.Items[0]; kwargs = pair.Items[1];
            if (args is not PyTuple) throw Errors.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{args.Type.Name}'");
            if (kwargs is not PyDict) throw Errors.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{kwargs.Type.Name}'");
        }
        else if (Ops.GetAttrOrNull(obj, PyStr.From("__getnewargs__")) is { } gn)
        {
            args = Ops.Call(gn);
            if (args is not PyTuple) throw Errors.TypeError($"__getnewargs__ should return a tuple, not '{args.Type.Name}'");
        }
        bool isList = cls.IsSubtypeOf(TypeObjects.List), isDict = cls.IsSubtypeOf(TypeObjects.Dict);
        PyObject newobj, newargs;
        if (kwargs is null || ((PyDict)kwargs).Count == 0)
        {
            var pos = args is PyTuple t ? t : PyTuple.Empty;
            var items = new PyObject[pos.Count + 1];
            items[0] = cls;
            for (int i = 0; i < pos.Count; i++) items[i + 1] = pos.Items[i];
            newobj = Copyreg("__newobj__");
            newargs = PyTuple.From(items);
        }
        else
        {
            newobj = Copyreg("__newobj_ex__");
            newargs = PyTuple.Of(cls, args!, kwargs);
        }
        var state = GetState(obj, required: args is null && !isList && !isDict);
        PyObject listitems = isList ? Ops.GetIterOrNull(obj)! : PyNone.Instance;
        PyObject dictitems = isDict ? Ops.GetIterOrNull(Ops.Invoke(obj, "items"))! : PyNone.Instance;
        return PyTuple.Of(newobj, newargs, state, listitems, dictitems);
    }

    /// <summary>obj.__getstate__(), passing `required` through when it is object's own (CPython's object_getstate).</summary>
    private static PyObject GetState(PyObject obj, bool required)
    {
        var own = obj.Type.Lookup("__getstate__");
        if (ReferenceEquals(own, TypeObjects.Object.TypeDict.Get("__getstate__"))) return DefaultState(obj, required);
        return Ops.Invoke(obj, "__getstate__");
    }

    private static PyObject DefaultState(PyObject obj, bool required)
    {
        // Native objects carry state that no __dict__ or slot shows: copying them field by field would be wrong.
        if (required && obj is not PyInstance && !SubclassDicts.IsUserSub(obj))
            throw Errors.TypeError($"cannot pickle '{obj.Type.TpName}' object");
        PyObject state = PyNone.Instance;
        var dict = obj is PyInstance inst ? inst.DictIfCreated : SubclassDicts.IsUserSub(obj) ? SubclassDicts.Of(obj) : null;
        if (dict is { Count: > 0 }) state = dict.Copy();
        var slotnames = Ops.Call(Copyreg("_slotnames"), obj.Type);
        if (slotnames is PyList { Count: > 0 } names)
        {
            var slots = new PyDict();
            for (int i = 0; i < names.Count; i++)
            {
                // An unset slot raises AttributeError; it is simply left out of the state.
                PyObject? v;
                try { v = Ops.GetAttrOrNull(obj, (PyStr)names.Items[i]); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { v = null; }
                if (v is not null) slots.SetItem(names.Items[i], v);
            }
            if (slots.Count > 0) state = PyTuple.Of(state, slots);
        }
        return state;
    }
}
