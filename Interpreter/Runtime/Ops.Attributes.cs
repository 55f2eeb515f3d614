namespace Herthon.Runtime;

/// <summary>A computed attribute of a builtin type (CPython's getset descriptor): a data descriptor.</summary>
public sealed class PyGetSetDescriptor(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject>? set = null) : PyObject
{
    public readonly string Name = name;
    public readonly Func<PyObject, PyObject> Get = get;
    public readonly Action<PyObject, PyObject>? Set = set;
    /// <summary>The type whose dict holds it (its __objclass__), when known.</summary>
    public PyType? Owner;
    /// <summary>Its __doc__: writable because namedtuple's field accessors are getset descriptors here.</summary>
    public PyObject? Doc;
    /// <summary>`del o.name`, where the attribute allows it (frame.f_trace).</summary>
    public Action<PyObject>? Delete;
    public override PyType Type => TypeObjects.GetSetDescriptor;
}

public static partial class Ops
{
    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        PyObject? r;
        try { r = GetAttrOrNull(o, name); }
        catch (PyException e) when (AddAttributeErrorContext(e.Value, o, name)) { throw; }   // the filter never catches
        if (r is null) throw AttributeMissing(o, name.V);
        return r;
    }

    /// <summary>An AttributeError out of a lookup (a __getattr__'s too) learns the name and the object, unless
    /// it already has them, as CPython's PyObject_GetAttr does: its suggestions need them. Returns false.</summary>
    private static bool AddAttributeErrorContext(PyBaseException e, PyObject o, PyStr name)
    {
        if (!e.Type.IsSubtypeOf(TypeObjects.AttributeError)) return false;
        if (e.Attr("name") is { } n and not PyNone || e.Attr("obj") is { } x and not PyNone) return false;
        e.Dict!["name"] = name;
        e.Dict!["obj"] = o;
        return false;
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.From(name));

    public static PyException AttributeMissing(PyObject o, string name)
    {
        var e = o switch
        {
            PyModule m => ModuleAttributeMissing(m, name),
            PyType t => Errors.AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
            _ => Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'"),
        };
        e.Value.Dict!["name"] = PyStr.From(name);
        e.Value.Dict!["obj"] = o;
        return e;
    }

    // CPython names circular imports in the message: the module itself, or the submodule asked for, is still initialising.
    private static PyException ModuleAttributeMissing(PyModule m, string name)
    {
        var initializing = Hosting.Host.Current.Initializing;
        if (initializing.Contains(m.Name))
            return Errors.AttributeError($"partially initialized module '{m.Name}' has no attribute '{name}' (most likely due to a circular import)");
        if (initializing.Contains(m.Name + "." + name))
            return Errors.AttributeError($"cannot access submodule '{name}' of module '{m.Name}' (most likely due to a circular import)");
        return Errors.AttributeError($"module '{m.Name}' has no attribute '{name}'");
    }

    /// <summary>CPython's _PyObject_LookupAttr: the attribute, or null when it is missing or getting it
    /// raises AttributeError (also from a property or a __getattr__); other errors propagate.</summary>
    public static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try { return GetAttrOrNull(o, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { return null; }
    }

    /// <summary>Attribute lookup; null when the attribute does not exist (other errors still raise).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, PyStr name)
    {
        if (o is PyInstance)
        {
            // The common case first: an instance of a class (user-defined or an exception).
            var itype = o.Type;
            if (!itype.IsBuiltin && itype.Lookup(N.GetAttribute) is PyFunction custom)
            {
                try { return CallMethod(custom, o, name); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
                {
                    var ga0 = itype.Lookup(N.GetAttr);
                    if (ga0 is null) throw;
                    return CallMethod(ga0, o, name);
                }
            }
            var ga = itype.Lookup(N.GetAttr);
            if (ga is null) return GenericGetAttr(o, itype, name);
            PyObject? r;
            // __getattr__ also runs when the normal lookup raises AttributeError (e.g. from a property).
            try { r = GenericGetAttr(o, itype, name); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { r = null; }
            return r ?? CallMethod(ga, o, name);
        }
        if (o is PyModule mod)
        {
            if (mod.Sub is not null) return UserSubGetAttr(mod, name);
            if (name.V == "__class__") return mod.Type;   // object's data descriptor: before the dict
            if (mod.ModuleDict.TryGetValue(name, out var v)) return v;
            if (name.V == "__dict__") return mod.ModuleDict;
            var ga = mod.ModuleDict.Get("__getattr__");
            if (ga is not null) return Call(ga, name);
            return null;
        }
        if (o is PyType t) return TypeGetAttr(t, name);
        if (o is PySuper su)
        {
            // super_getattro: __class__ is the super object's own class, never one found along the MRO.
            if (name.V == "__class__") return su.Type;
            var sv = su.Lookup(name);
            if (sv is not null) return sv;
            throw Errors.AttributeError($"'super' object has no attribute '{name.V}'");
        }
        // types.GenericAlias (and its subclasses) forwards most names to its origin.
        if (o is PyGenericAlias alias) return alias.GetAttr(name);
        // A bound method answers its function's attributes (__code__, __defaults__, ...) after its own (method_getattro).
        if (o is PyMethod bound) return GenericGetAttr(o, o.Type, name) ?? GetAttrOrNull(bound.Func, name);
        if (SubclassDicts.IsUserSub(o)) return UserSubGetAttr(o, name);
        return GenericGetAttr(o, o.Type, name);
    }

    /// <summary>An instance of a user subclass of a builtin type (dict, module, ...): a Python
    /// __getattribute__, else the class's attributes and the instance dict, then a Python __getattr__
    /// (and for a module its own __getattr__ function).</summary>
    private static PyObject? UserSubGetAttr(PyObject o, PyStr name)
    {
        var type = o.Type;
        var ga = type.Lookup(N.GetAttr);
        if (type.Lookup(N.GetAttribute) is PyFunction custom)
        {
            // As for plain instances: an AttributeError from __getattribute__ falls back to __getattr__ (mock's _Call, a tuple).
            try { return CallMethod(custom, o, name); }
            catch (PyException e) when (ga is not null && e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { return CallMethod(ga, o, name); }
        }
        PyObject? r;
        try { r = GenericGetAttr(o, type, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError) && ga is not null) { r = null; }
        if (r is not null) return r;
        if (ga is not null) return CallMethod(ga, o, name);
        return o is PyModule mod && mod.ModuleDict.Get("__getattr__") is { } mga ? Call(mga, name) : null;
    }

    /// <summary>object.__getattribute__: data descriptors, then the instance dict, then the rest.</summary>
    public static PyObject? GenericGetAttr(PyObject o, PyType type, PyStr name)
    {
        var descr = type.Lookup(name);
        if (descr is not null && IsDataDescriptor(descr)) return BindDescriptor(descr, o, type);
        if (o is PyInstance inst)
        {
            if (inst.TryGetAttrValue(name, out var v)) return v;
        }
        else if (o.Dict is { } od && od.TryGetValue(name, out var v2)) return v2;
        if (descr is not null) return BindDescriptor(descr, o, type);
        switch (name.V)
        {
            // Every type has a __doc__ (builtins carry none here), so every object answers it.
            case "__doc__": return PyNone.Instance;
            case "__dict__":
                if (o is PyInstance pi)
                {
                    if (ReferenceEquals(type, TypeObjects.Object)) return null; // a bare object() has no __dict__
                    return type.InstancesHaveDict ? pi.Dict! : null;
                }
                if (o.Dict is { } dd) return dd;
                break;
        }
        return null;
    }

    public static bool IsDataDescriptor(PyObject d)
    {
        switch (d)
        {
            case PyProperty: case PyGetSetDescriptor: case PySlotDescriptor: return true;
            case PyFunction: case PyMethodDescriptor: case PyStr: case PyInt: return false;
            case PyStaticMethod { Sub: null }: case PyClassMethod { Sub: null }: return false;
        }
        // Instances of user classes, and of user subclasses of builtin descriptors, answer by their type.
        if (d is PyInstance || SubclassDicts.IsUserSub(d))
        {
            var t = d.Type;
            return t.Lookup(N.Set) is not null || t.Lookup(N.Delete) is not null;
        }
        return false;
    }

    /// <summary>An attribute name argument (getattr, setattr, delattr, object.__setattr__ …): a str, or
    /// CPython's TypeError.</summary>
    public static PyStr AttrName(PyObject name) =>
        name as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{name.Type.Name}'");

    /// <summary>classmethod.__get__ as CPython 3.11's cm_descr_get: the class binds the callable, and a
    /// callable that is itself a descriptor (a property, a staticmethod, another classmethod, an object
    /// whose type has __get__) is bound with its own __get__(cls, cls), so `@classmethod @property` reads
    /// the property of the class.</summary>
    public static PyObject ClassMethodGet(PyObject func, PyType cls)
    {
        if (func is PyFunction) return new PyMethod(func, cls);
        var get = func.Type.Lookup(N.Get);
        return get is null ? new PyMethod(func, cls) : CallMethod(get, func, cls, cls);
    }

    /// <summary>An attribute found in <paramref name="cls"/>'s MRO and read from the class itself (type_getattro's
    /// and super's `__get__(None, cls)`): a classmethod binds cls, a staticmethod gives its function, a
    /// function and any object without __get__ stay as they are.</summary>
    public static PyObject ClassAttributeGet(PyObject attr, PyType cls)
    {
        if (attr is PyFunction) return attr;
        if (attr is PyClassMethod { Sub: null } cm) return ClassMethodGet(cm.Func, cls);
        if (attr is PyStaticMethod { Sub: null } sm) return sm.Func;
        var get = attr.Type.Lookup(N.Get);
        return get is null ? attr : CallMethod(get, attr, PyNone.Instance, cls);
    }

    /// <summary>Applies the descriptor protocol for an attribute found on `type` and read through `o`.</summary>
    public static PyObject BindDescriptor(PyObject descr, PyObject o, PyType type)
    {
        switch (descr)
        {
            case PyFunction: return new PyMethod(descr, o);
            case PyMethodDescriptor md: return new PyBuiltinFunction(md.Name, md.Fn, o);
            case PyStaticMethod { Sub: null } sm: return sm.Func;
            case PyClassMethod { Sub: null } cm: return ClassMethodGet(cm.Func, type);
            case PyProperty { Sub: null } p:
                if (p.FGet is null) throw PropertyMissing(p, o, "getter");
                return Call(p.FGet, o);
            case PyGetSetDescriptor gs: return gs.Get(o);
            case PySlotDescriptor sd: return sd.Get(o);
        }
        if (descr is PyInstance || SubclassDicts.IsUserSub(descr))
        {
            var get = descr.Type.Lookup(N.Get);
            if (get is not null) return CallMethod(get, descr, o, type);
        }
        return descr;
    }

    private static PyObject? TypeGetAttr(PyType t, PyStr name)
    {
        var meta = t.Type;
        switch (name.V)
        {
            // Data descriptors of `type` itself win over anything in the class's MRO.
            case "__name__": return PyStr.From(t.Name);
            case "__qualname__": return PyStr.From(t.QualName);
            case "__bases__": return PyTuple.From([.. t.Bases]);
            case "__base__": return (PyObject?)t.Base ?? PyNone.Instance;
            case "__mro__": return PyTuple.From([.. t.Mro]);
            case "__dict__": return new PyMappingProxy(t.TypeDict);
            case "__module__" when t.IsBuiltin: return PyStr.From(t.Module);
            case "__flags__": return PyInt.From(TypeMethods.Flags(t));
            // object's __class__ descriptor, found along type's own MRO before the class's.
            case "__class__" when ReferenceEquals(meta, TypeObjects.TypeType): return meta;
        }
        var metaDescr = ReferenceEquals(meta, TypeObjects.TypeType) ? null : meta.Lookup(name);
        if (metaDescr is not null && IsDataDescriptor(metaDescr)) return BindDescriptor(metaDescr, t, meta);
        var v = t.Lookup(name);
        if (v is not null)
        {
            switch (v)
            {
                case PyClassMethod { Sub: null } cm: return ClassMethodGet(cm.Func, t);
                case PyStaticMethod { Sub: null } sm: return sm.Func;
                case PyFunction: case PyMethodDescriptor: case PyProperty { Sub: null }: case PyGetSetDescriptor: case PySlotDescriptor: return v;
            }
            if (v is PyInstance || SubclassDicts.IsUserSub(v))
            {
                var get = v.Type.Lookup(N.Get);
                if (get is not null) return CallMethod(get, v, PyNone.Instance, t);
            }
            return v;
        }
        switch (name.V)
        {
            case "__name__": return PyStr.From(t.Name);
            case "__qualname__": return PyStr.From(t.QualName);
            case "__module__": return PyStr.From(t.Module);
            case "__dict__": return new PyMappingProxy(t.TypeDict);
            case "__bases__": return PyTuple.From([.. t.Bases]);
            case "__base__": return (PyObject?)t.Base ?? PyNone.Instance;
            case "__mro__": return PyTuple.From([.. t.Mro]);
            case "__doc__": return PyNone.Instance;
        }
        if (metaDescr is not null) return BindDescriptor(metaDescr, t, meta);
        var tm = TypeObjects.TypeType.Lookup(name);
        if (tm is PyMethodDescriptor md) return new PyBuiltinFunction(md.Name, md.Fn, t);
        if (!ReferenceEquals(meta, TypeObjects.TypeType))
        {
            var ga = meta.Lookup(N.GetAttr);
            if (ga is not null) return CallMethod(ga, t, name);
        }
        return null;
    }

    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var type = o.Type;
        // A C#-implemented type's own __setattr__ (e.g. weakref proxies forwarding to their referent).
        if (IsExtensionInstance(o) && type.Lookup(N.SetAttr) is { } ext && IsExtensionMethod(ext)) { CallMethod(ext, o, name, value); return; }
        if (o is PyInstance inst && !type.IsBuiltin)
        {
            var custom = type.Lookup(N.SetAttr);
            if (custom is PyFunction) { CallMethod(custom, o, name, value); return; }
            GenericSetAttr(inst, type, name, value);
            return;
        }
        // Instances of user subclasses of builtin types (list, module, ...): a Python __setattr__, then
        // properties and other descriptors of the class, then the instance dict.
        if (o is not PyType && SubclassDicts.IsUserSub(o))
        {
            if (type.Lookup(N.SetAttr) is PyFunction userSet) { CallMethod(userSet, o, name, value); return; }
            GenericSetAttr(o, type, name, value);
            return;
        }
        switch (o)
        {
            case PyType t:
                // A metaclass __setattr__ intercepts assignments to class attributes.
                if (!t.Type.IsBuiltin && t.Type.Lookup(N.SetAttr) is PyFunction metaSet) { CallMethod(metaSet, t, name, value); return; }
                TypeSetAttrRaw(t, name, value);
                return;
            case PyModule m:
                if (name.V == "__class__") { AssignClass(m, value); return; }
                m.ModuleDict.SetItem(name, value);
                return;
        }
        var descr = type.Lookup(name);
        if (descr is PyGetSetDescriptor gs)
        {
            if (gs.Set is null) throw Errors.AttributeError($"attribute '{name.V}' of '{type.Name}' objects is not writable");
            gs.Set(o, value);
            return;
        }
        // A plain `object()` has no __dict__.
        if (o is PyInstance && ReferenceEquals(type, TypeObjects.Object))
            throw Errors.AttributeError($"'object' object has no attribute '{name.V}'");
        if (o.Dict is { } d) { d.SetItem(name, value); return; }
        throw Errors.AttributeError($"'{type.Name}' object has no attribute '{name.V}'");
    }

    /// <summary>type.__setattr__ without any metaclass hook.</summary>
    public static void TypeSetAttrRaw(PyType t, PyStr name, PyObject value)
    {
        if (t.IsBuiltin) throw Errors.TypeError($"cannot set '{name.V}' attribute of immutable type '{t.Name}'");
        if (name.V == "__class__") { AssignClass(t, value); return; }
        if (name.V == "__name__") { t.Name = AsString(value, "__name__"); return; }
        if (name.V == "__qualname__") { t.QualName = AsString(value, "__qualname__"); return; }
        if (name.V == "__bases__") { SetBases(t, value); return; }
        if (name.V == "__module__") t.Module = value is PyStr ms ? ms.V : t.Module;
        if (name.V == "__abstractmethods__") t.IsAbstract = Truth(value);
        t.TypeDict.SetItem(name, value);
        t.Touch();
    }

    /// <summary>
    /// C.__bases__ = value (CPython's type_set_bases): a non-empty tuple of classes that are not C
    /// or below it, each an acceptable base, whose instances are laid out as C's base lays them out
    /// (the same builtin base, the same __slots__, a __dict__ or not); then the MROs are computed
    /// again from the new bases.
    /// </summary>
    private static void SetBases(PyType t, PyObject value)
    {
        if (value is not PyTuple tuple) throw Errors.TypeError($"can only assign tuple to {t.Name}.__bases__, not {value.Type.Name}");
        if (tuple.Items.Length == 0) throw Errors.TypeError($"can only assign non-empty tuple to {t.Name}.__bases__, not ()");
        var bases = new PyType[tuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple.Items[i] is not PyType b) throw Errors.TypeError($"{t.Name}.__bases__ must be tuple of classes, not '{tuple.Items[i].Type.Name}'");
            if (b.IsSubtypeOf(t)) throw Errors.TypeError("a __bases__ item causes an inheritance cycle");
            if (b.IsFinal) throw Errors.TypeError($"type '{b.Name}' is not an acceptable base type");
            bases[i] = b;
        }
        var oldBase = t.Base ?? TypeObjects.Object;
        var newBase = bases[0];
        // A builtin base frees its instances its own way; a Python class's instances are freed alike
        // (CPython compares tp_free: object's is not the one of the classes derived from it).
        if (newBase.IsBuiltin != oldBase.IsBuiltin || (newBase.IsBuiltin && !ReferenceEquals(newBase, oldBase)))
            throw Errors.TypeError($"__bases__ assignment: '{newBase.Name}' deallocator differs from '{oldBase.Name}'");
        if (!ReferenceEquals(InstanceNew(newBase), InstanceNew(oldBase)))
            throw Errors.TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{oldBase.Name}'");
        if (!TypeSlots.CompatibleForAssignment(oldBase, newBase) || bases.Skip(1).Any(b => !ReferenceEquals(InstanceNew(b), InstanceNew(newBase)) && !b.IsBuiltin))
            throw Errors.TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{oldBase.Name}'");
        t.ReplaceBases(bases);
    }

    /// <summary>What creates the instances of classes derived from <paramref name="t"/> (its nearest builtin base's constructor).</summary>
    private static NewFn? InstanceNew(PyType t)
    {
        foreach (var m in t.Mro) if (m.IsBuiltin) return m.New;
        return null;
    }

    /// <summary>type.__delattr__ without any metaclass hook.</summary>
    public static void TypeDelAttrRaw(PyType t, PyStr name)
    {
        if (name.V == "__bases__") throw Errors.TypeError($"cannot delete '__bases__' attribute of immutable type '{t.Name}'");
        if (t.IsBuiltin) throw Errors.TypeError($"cannot delete '{name.V}' attribute of immutable type '{t.Name}'");
        if (!t.TypeDict.Remove(name)) throw Errors.AttributeError($"type object '{t.Name}' has no attribute '{name.V}'");
        t.Touch();
    }

    /// <summary>object.__dict__['__class__']; a type whose lookup of `__class__` finds it answers
    /// `__class__` with its own type (PyType.ClassIsOwnType).</summary>
    public static PyGetSetDescriptor ClassDescriptor = null!;

    /// <summary>The setter of object's `__class__`: an instance of a Python class (SetClass), a module
    /// (a types.ModuleType subclass that adds no slots, or ModuleType itself), a class (another
    /// Python metaclass); everything else is a builtin type's object and refuses as CPython does.</summary>
    public static void AssignClass(PyObject o, PyObject value)
    {
        if (value is not PyType nt) throw Errors.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        switch (o)
        {
            case PyInstance pi:
                SetClass(pi, nt);
                return;
            case PyModule m when nt.IsSubtypeOf(TypeObjects.Module):
                for (var t = nt; !t.IsBuiltin; t = t.Base!)
                    if (t.SlotNames is { Length: > 0 }) throw Errors.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{m.Type.Name}'");
                m.Sub = nt.IsBuiltin ? null : nt;
                return;
            case PyType cls when !cls.Type.IsBuiltin && !nt.IsBuiltin:
                if (!nt.IsSubtypeOf(TypeObjects.TypeType) || !TypeSlots.CompatibleForAssignment(cls.Type, nt))
                    throw Errors.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{cls.Type.Name}'");
                cls.Metaclass = nt;
                cls.Touch();
                return;
        }
        if (!o.Type.IsBuiltin && !nt.IsBuiltin)
            throw Errors.NotImplementedError($"__class__ assignment for instances of a subclass of '{LayoutName(o.Type)}' is not supported by Herthon yet");
        throw Errors.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }

    private static string LayoutName(PyType t)
    {
        while (!t.IsBuiltin) t = t.Base!;
        return t.Name;
    }

    /// <summary>obj.__class__ = cls (CPython's object_set_class): between Python classes whose
    /// instances have the same layout (the same builtin base; TypeSlots.CompatibleForAssignment, which
    /// also keeps the .NET class PyInstance.Create chose: the same slot count and dict).</summary>
    private static void SetClass(PyInstance o, PyType nt)
    {
        var old = o.Type;
        if (old.IsBuiltin || nt.IsBuiltin)
            throw Errors.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!ReferenceEquals(nt.New, old.New) || !TypeSlots.CompatibleForAssignment(old, nt))
            throw Errors.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{old.Name}'");
        o.SetType(nt);
    }

    public static void GenericSetAttr(PyObject o, PyType type, PyStr name, PyObject value)
    {
        var descr = type.Lookup(name);
        if (descr is null && o is PyInstance pi)
        {
            if (name.V == "__dict__" && type.InstancesHaveDict) { SetInstanceDict(pi, value); return; }
        }
        if (descr is not null)
        {
            switch (descr)
            {
                case PyProperty { Sub: null } p:
                    if (p.FSet is null) throw PropertyMissing(p, o, "setter");
                    Call(p.FSet, o, value);
                    return;
                case PyGetSetDescriptor gs:
                    if (gs.Set is null) throw Errors.AttributeError($"attribute '{name.V}' of '{type.Name}' objects is not writable");
                    gs.Set(o, value);
                    return;
                case PySlotDescriptor sd:
                    sd.Set(o, value);
                    return;
            }
            if (descr is PyInstance || SubclassDicts.IsUserSub(descr))
            {
                var set = descr.Type.Lookup(N.Set);
                if (set is not null) { CallMethod(set, descr, o, value); return; }
            }
        }
        if (type.SlotNames is not null && !type.HasDictSlot)
            throw Errors.AttributeError(descr is null
                ? $"'{type.Name}' object has no attribute '{name.V}'"
                : $"'{type.Name}' object attribute '{name.V}' is read-only");
        if (o is PyInstance inst) inst.SetAttrValue(name, value);
        else if (o.Dict is { } d) d.SetItem(name, value);
        else throw Errors.AttributeError($"'{type.Name}' object has no attribute '{name.V}'");
    }

    /// <summary>property_descr_get's error (3.11): the owner's qualified name, and the attribute's name
    /// when __set_name__ gave one.</summary>
    internal static PyException PropertyMissing(PyProperty p, PyObject o, string what) =>
        Errors.AttributeError(p.Name is { } n ? $"property '{n}' of '{o.Type.QualName}' object has no {what}" : $"property of '{o.Type.QualName}' object has no {what}");

    /// <summary>obj.__dict__ = d (CPython's subtype_setdict).</summary>
    private static void SetInstanceDict(PyInstance o, PyObject value)
    {
        if (value is not PyDict d) throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
        o.ReplaceDict(d);
    }

    /// <summary>object.__delattr__ on an instance of a Python class (PyObject_GenericSetAttr with a
    /// NULL value): data descriptors, then the instance's own attributes; no __delattr__ lookup.</summary>
    public static void GenericDelAttr(PyInstance inst, PyType type, PyStr name)
    {
        var o = inst;
        var descr = type.Lookup(name);
        if (descr is PyProperty { Sub: null } p)
        {
            if (p.FDel is null) throw PropertyMissing(p, o, "deleter");
            Call(p.FDel, o);
            return;
        }
        if (descr is PySlotDescriptor sd) { sd.Delete(o); return; }
        if (descr is PyGetSetDescriptor gs)   // __dict__, __weakref__
        {
            if (gs.Delete is null) throw Errors.AttributeError($"attribute '{gs.Name}' of '{(gs.Owner ?? type).Name}' objects is not writable");
            gs.Delete(o);
            return;
        }
        if (descr is PyInstance || descr is not null && SubclassDicts.IsUserSub(descr))
        {
            var del = descr.Type.Lookup(N.Delete);
            if (del is not null) { CallMethod(del, descr, o); return; }
        }
        if (inst.RemoveAttrValue(name)) return;
        // _PyObject_GenericSetAttrWithDict without an instance dict: a class attribute is read-only.
        throw Errors.AttributeError(descr is not null && !type.InstancesHaveDict
            ? $"'{type.Name}' object attribute '{name.V}' is read-only"
            : $"'{type.Name}' object has no attribute '{name.V}'");
    }

    public static void DelAttr(PyObject o, PyStr name)
    {
        var type = o.Type;
        if (type.IsBuiltin && type.Lookup(name) is PyGetSetDescriptor { Delete: { } delete }) { delete(o); return; }
        if (IsExtensionInstance(o) && type.Lookup(N.DelAttr) is { } ext && IsExtensionMethod(ext)) { CallMethod(ext, o, name); return; }
        if (o is PyInstance inst && !type.IsBuiltin)
        {
            var custom = type.Lookup(N.DelAttr);
            if (custom is PyFunction) { CallMethod(custom, o, name); return; }
            GenericDelAttr(inst, type, name);
            return;
        }
        switch (o)
        {
            case PyType t when !t.IsBuiltin:
                if (!t.Type.IsBuiltin && t.Type.Lookup(N.DelAttr) is PyFunction metaDel) { CallMethod(metaDel, t, name); return; }
                TypeDelAttrRaw(t, name);
                return;
            case PyModule m:
                if (!m.ModuleDict.Remove(name)) throw Errors.AttributeError($"module '{m.Name}' has no attribute '{name.V}'");
                return;
        }
        if (o.Dict is { } od && od.Remove(name)) return;
        throw Errors.AttributeError($"'{type.Name}' object has no attribute '{name.V}'");
    }

    /// <summary>
    /// `obj.name` for an immediate call: returns the unbound function and sets `self` when the
    /// attribute is a plain method, so the call needs no bound-method allocation.
    /// </summary>
    public static PyObject LoadMethod(PyObject o, PyStr name, out PyObject? self)
    {
        var type = o.Type;
        if (o is PyInstance inst)
        {
            if (!type.IsBuiltin && type.Lookup(N.GetAttribute) is PyFunction) { self = null; return GetAttr(o, name); }
            var descr = type.Lookup(name);
            if (descr is PyFunction or PyMethodDescriptor)
            {
                if (!inst.TryGetAttrValue(name, out var shadow)) { self = o; return descr; }
                self = null;
                return shadow;
            }
        }
        else if (o is not PyType && o is not PyModule && o is not PySuper)
        {
            var descr = type.Lookup(name);
            // An instance of a user subclass (`class L(list)`): a __getattribute__ of the class and
            // the instance's own attribute (`l.append = f`) come before the type's method.
            if (descr is PyMethodDescriptor
                && (type.IsBuiltin || type.Lookup(N.GetAttribute) is not PyFunction && !(SubclassDicts.TryOf(o, out var d) && d!.ContainsKey(name))))
            { self = o; return descr; }
        }
        self = null;
        return GetAttr(o, name);
    }
}

/// <summary>Storage slot of a `__slots__` entry.</summary>
public sealed class PySlotDescriptor(string name, int index, PyType owner) : PyObject
{
    public readonly string Name = name;
    public readonly int Index = index;
    public readonly PyType Owner = owner;
    public override PyType Type => TypeObjects.MemberDescriptor;

    // Instances of builtin subclasses (class P(tuple): __slots__ = ('a',)) keep slot values in their side dict.
    public PyObject Get(PyObject o)
    {
        CheckApplies(o);
        if (o is not PyInstance inst)
            return o.Dict?.Get(Name) ?? throw Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{Name}'");
        return inst.GetSlot(Index) ?? throw Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{Name}'");
    }

    public void Set(PyObject o, PyObject value)
    {
        CheckApplies(o);
        if (o is not PyInstance inst)
        {
            (o.Dict ?? throw Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{Name}'"))[Name] = value;
            return;
        }
        inst.SetSlot(Index, value);
    }

    public void Delete(PyObject o)
    {
        CheckApplies(o);
        if (o is not PyInstance inst)
        {
            if (o.Dict is not { } d || !d.Remove(PyStr.From(Name))) throw Errors.AttributeError(Name);
            return;
        }
        if (inst.GetSlot(Index) is null) throw Errors.AttributeError(Name);
        inst.SetSlot(Index, null);
    }

    /// <summary>A member descriptor applies to instances of its class only (CPython's descr_check).</summary>
    private void CheckApplies(PyObject o)
    {
        if (!o.Type.IsSubtypeOf(Owner))
            throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
    }
}
