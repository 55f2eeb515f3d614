using System.Reflection;

namespace Herthon.Runtime;

/// <summary>The introspection attributes of builtin descriptors and functions (descrobject.c,
/// methodobject.c): `__name__`, `__qualname__`, `__objclass__`, `__doc__`, `__text_signature__`
/// and the descriptor protocol methods, which inspect, dis, pydoc and types.py read. Herthon's
/// builtins carry no docstrings, so `__doc__` is None.</summary>
internal static class DescriptorAttributes
{
    public static void Install()
    {
        ClaimOwners();

        var md = TypeObjects.MethodDescriptor;
        md.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyMethodDescriptor)o).Name));
        md.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o =>
        {
            var d = (PyMethodDescriptor)o;
            return PyStr.From($"{d.Owner.QualName}.{d.Name}");
        });
        md.TypeDict["__objclass__"] = new PyGetSetDescriptor("__objclass__", o => ((PyMethodDescriptor)o).Owner);
        md.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => PyNone.Instance);
        md.TypeDict["__text_signature__"] = new PyGetSetDescriptor("__text_signature__", o => PyNone.Instance);
        md.SetMethod("__get__", static (a, kw) =>
        {
            var d = (PyMethodDescriptor)a[0];
            if (a.Length < 2 || a[1] is PyNone) return d;
            return new PyBuiltinFunction(d.Name, d.Fn, a[1]);
        });

        var gs = TypeObjects.GetSetDescriptor;
        gs.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyGetSetDescriptor)o).Name));
        gs.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o =>
        {
            var d = (PyGetSetDescriptor)o;
            return PyStr.From(d.Owner is null ? d.Name : $"{d.Owner.QualName}.{d.Name}");
        });
        gs.TypeDict["__objclass__"] = new PyGetSetDescriptor("__objclass__", o =>
            (PyObject?)((PyGetSetDescriptor)o).Owner ?? throw Errors.AttributeError("'getset_descriptor' object has no attribute '__objclass__'"));
        gs.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => ((PyGetSetDescriptor)o).Doc ?? PyNone.Instance,
            (o, v) => ((PyGetSetDescriptor)o).Doc = v);
        gs.SetMethod("__get__", static (a, kw) =>
        {
            var d = (PyGetSetDescriptor)a[0];
            return a.Length < 2 || a[1] is PyNone ? d : d.Get(a[1]);
        });
        gs.SetMethod("__set__", static (a, kw) =>
        {
            var d = (PyGetSetDescriptor)a[0];
            if (d.Set is null) throw Errors.AttributeError($"attribute '{d.Name}' of '{a[1].Type.Name}' objects is not writable");
            d.Set(a[1], a[2]);
            return PyNone.Instance;
        });
        gs.SetMethod("__delete__", static (a, kw) =>
            throw Errors.AttributeError($"attribute '{((PyGetSetDescriptor)a[0]).Name}' of '{a[1].Type.Name}' objects is not writable"));

        var mb = TypeObjects.MemberDescriptor;
        mb.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PySlotDescriptor)o).Name));
        mb.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o =>
        {
            var d = (PySlotDescriptor)o;
            return PyStr.From($"{d.Owner.QualName}.{d.Name}");
        });
        mb.TypeDict["__objclass__"] = new PyGetSetDescriptor("__objclass__", o => ((PySlotDescriptor)o).Owner);
        mb.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => PyNone.Instance);
        mb.SetMethod("__get__", static (a, kw) =>
        {
            var d = (PySlotDescriptor)a[0];
            return a.Length < 2 || a[1] is PyNone ? d : d.Get(a[1]);
        });
        mb.SetMethod("__set__", static (a, kw) => { ((PySlotDescriptor)a[0]).Set(a[1], a[2]); return PyNone.Instance; });
        mb.SetMethod("__delete__", static (a, kw) => { ((PySlotDescriptor)a[0]).Delete(a[1]); return PyNone.Instance; });

        var bf = TypeObjects.BuiltinFunction;
        bf.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => PyNone.Instance);
        bf.TypeDict["__text_signature__"] = new PyGetSetDescriptor("__text_signature__", o => PyNone.Instance);
        bf.TypeDict["__module__"] = new PyGetSetDescriptor("__module__", o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.ModuleName is not null) return PyStr.From(f.ModuleName);
            return f.Self is null || f.Self is PyModule { Name: "builtins" } ? PyStr.From("builtins") : PyNone.Instance;
        });
        // A bound builtin method is named after its type (list.append); a function by its name.
        bf.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is null || f.Self is PyModule) return PyStr.From(f.Name);
            var owner = f.Self as PyType ?? f.Self.Type;
            return PyStr.From($"{owner.QualName}.{f.Name}");
        });
    }

    /// <summary>Records which builtin type each getset descriptor belongs to (its __objclass__ and repr).</summary>
    private static void ClaimOwners()
    {
        foreach (var field in typeof(TypeObjects).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not PyType t) continue;
            Claim(t);
        }
        Claim(PyGenericAlias.GenericAliasType);
        Claim(PyUnion.UnionType);
    }

    internal static void Claim(PyType t)
    {
        foreach (var kv in t.TypeDict.Items())
            if (kv.Value is PyGetSetDescriptor g) g.Owner ??= t;
    }
}
