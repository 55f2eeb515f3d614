using System.Runtime.CompilerServices;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>Calling a class: type(x), type(name, bases, ns), and instance creation (__new__ then __init__).</summary>
public static class TypeCall
{
    public static PyObject Call(PyType t, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        // A metaclass __call__ (class Meta(type): def __call__(cls, ...)) intercepts instance creation.
        if (t.Metaclass is { } meta && meta.Lookup(Ops.N.Call) is PyFunction metaCall)
            return Interpreter.CallFunctionWithSelf(metaCall, t, args, kw);
        return CallDefault(t, args, kw);
    }

    /// <summary>type.__call__: __new__ then __init__, without consulting the metaclass.</summary>
    public static PyObject CallDefault(PyType t, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (ReferenceEquals(t, TypeObjects.TypeType)) return TypeMethods.TypeNew(t, args, kw);
        if (t.IsBuiltin)
        {
            if (t.New is null) throw Errors.TypeError($"cannot create '{t.TpName}' instances");
            return t.New(t, args, kw);
        }
        // User class: __new__ then __init__, between the instance__new markers. With either watched
        // the marked twin runs it: a test whose set branch leaves, so the disabled guards fall
        // through (Interpreter.InlineCalls.cs, MarkedCallLeaves).
        // Two tests, each leaving on its own (one flag set by both compiled to a `cmovne`, a branch
        // and a test of the flag: see PushInit in Interpreter.InlineInit.cs).
        bool marked = false;
        Probes.Probes.InstanceNewStartEnabled(ref marked);
        if (marked) return NewUserInstanceMarked(t, args, kw);
        Probes.Probes.InstanceNewDoneEnabled(ref marked);
        if (marked) return NewUserInstanceMarked(t, args, kw);
        return NewUserInstance(t, args, kw);
    }

    /// <summary>NewUserInstance between the instance__new__start and __done markers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject NewUserInstanceMarked(PyType t, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Probes.Probes.InstanceNewStart(t);
        try
        {
            return NewUserInstance(t, args, kw);
        }
        finally
        {
            Probes.Probes.InstanceNewDone(t);
        }
    }

    private static PyObject NewUserInstance(PyType t, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        PyObject obj;
        var newFn = t.Lookup(Ops.N.New);
        if (newFn is PyStaticMethod sm) newFn = sm.Func;
        var init = t.Lookup(Ops.N.Init);
        bool userInit = init is PyFunction;
        if (newFn is PyFunction nf)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = t;
            args.CopyTo(full.AsSpan(1));
            obj = Interpreter.CallFunction(nf, full, kw);
            if (!obj.Type.IsSubtypeOf(t)) return obj;
        }
        else
        {
            bool objectNew = t.New is null || ReferenceEquals(t.New, TypeObjects.Object.New);
            if (!userInit && objectNew && (args.Length > 0))
                throw Errors.TypeError($"{t.Name}() takes no arguments");
            obj = objectNew ? CreateInstance(t) : t.New!(t, args, kw);
        }
        // Instances of subclasses of builtin types (list, Exception...) are not made by CreateInstance.
        if (obj is not PyInstance || obj.Type.IsException) WatchIfFinalizable(obj);
        if (userInit)
        {
            var r = Interpreter.CallFunctionWithSelf((PyFunction)init!, obj, args, kw);
            if (r is not PyNone) throw Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        else if (init is PyMethodDescriptor md && !ReferenceEquals(md.Owner, TypeObjects.Object))
            md.Fn([obj, .. args], kw);
        else if (init is PyProperty or PyClassMethod or PyStaticMethod
                 || ((init is PyInstance || (init is not null && SubclassDicts.IsUserSub(init))) && init.Type.Lookup(Ops.N.Get) is not null))
        {
            // slot_tp_init's lookup_method: a descriptor that is not a function is bound first (a
            // property's getter runs, and may raise), and the result is called with the arguments.
            var r = Ops.Call(Ops.BindDescriptor(init, obj, t), args.ToArray(), kw);
            if (r is not PyNone) throw Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        else if (init is not null && init is not PyMethodDescriptor && init is not PyFunction)
            Ops.CallBound(init, obj, args, kw);
        return obj;
    }

    internal static void WatchIfFinalizable(PyObject obj)
    {
        if (!obj.Type.IsBuiltin && Finalization.HasDel(obj.Type)) Finalization.WatchDel(obj);
    }

    public static PyInstance CreateInstance(PyType t)
    {
        if (t.IsAbstract) throw AbcModule.CannotInstantiate(t);
        var o = PyInstance.Create(t);
        if (t.SlotCount > PyInstance.InlineCount) o.EnsureCapacity(t.SlotCount);
        bool hasDel = Finalization.HasDel(t);
        if (hasDel) Finalization.WatchDel(o);
        // The tracked case leaves through its own return: a rejoining branch would be laid out
        // as a jump taken on every untracked creation (see MarkedCallLeaves in Interpreter.InlineCalls.cs).
        if (GcTracker.Tracking || GcTracker.DeleteMarkersEnabled()) return Tracked(o, hasDel);
        return o;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyInstance Tracked(PyInstance o, bool hasDel)
    {
        GcTracker.TrackInstance(o, hasDel);
        return o;
    }

    /// <summary>The most derived of `meta` and the bases' metaclasses; a TypeError when they are unrelated.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyObject[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, ns): a base's more derived metaclass wins, and its own __new__ runs.</summary>
    public static PyObject NewClass(PyType meta, string name, PyObject[] bases, PyDict ns, PyDict? kwargs)
    {
        var winner = CalculateMetaclass(meta, bases);
        if (!ReferenceEquals(winner, meta) && winner.Lookup(Ops.N.New) is PyStaticMethod { Func: PyFunction wnew })
        {
            var args = new List<PyObject> { winner, PyStr.From(name), PyTuple.From(bases), ns };
            var kwn = new List<string>();
            if (kwargs is not null) foreach (var kv in kwargs.Items()) { args.Add(kv.Value); kwn.Add(((PyStr)kv.Key).V); }
            return Interpreter.CallFunction(wnew, args.ToArray(), kwn.Count > 0 ? kwn.ToArray() : null);
        }
        return MakeClass(winner, name, bases, ns, kwargs);
    }

    /// <summary>CustomMro with the class's own metaclass (after a __bases__ assignment).</summary>
    internal static void InvokeCustomMro(PyType t) => CustomMro(t, t.Type);

    /// <summary>A metaclass that overrides mro() decides the class's MRO (CPython's mro_invoke).</summary>
    private static void CustomMro(PyType t, PyType meta)
    {
        if (meta.Lookup("mro") is not { } mroFn || ReferenceEquals(mroFn, TypeObjects.TypeType.TypeDict.Get("mro"))) return;
        var items = Ops.ToList(Ops.CallMethod(mroFn, t));
        var mro = new PyType[items.Count];
        for (int i = 0; i < mro.Length; i++)
            mro[i] = items[i] as PyType ?? throw Errors.TypeError($"mro() returned a non-class ('{items[i].Type.Name}')");
        t.Mro = mro;
        t.Touch();
    }

    /// <summary>Creates a class object (type.__new__).</summary>
    public static PyType MakeClass(PyType meta, string name, PyObject[] bases, PyDict ns, PyDict? kwargs)
    {
        var baseTypes = new List<PyType>();
        foreach (var b in bases)
        {
            if (b is not PyType bt) throw Errors.TypeError($"bases must be types");
            Subclassing.CheckBase(bt);
            baseTypes.Add(bt);
        }
        if (baseTypes.Count == 0) baseTypes.Add(TypeObjects.Object);
        var t = new PyType(name, [.. baseTypes], false);
        if (!ReferenceEquals(meta, TypeObjects.TypeType)) t.Metaclass = meta;
        foreach (var kv in ns.Items())
        {
            var v = kv.Value;
            // __new__ is implicitly a static method, __init_subclass__ and __class_getitem__ class methods.
            if (kv.Key is PyStr ks)
            {
                if (ks.V == "__new__" && v is PyFunction) v = new PyStaticMethod(v);
                else if (ks.V is "__init_subclass__" or "__class_getitem__" && v is PyFunction) v = new PyClassMethod(v);
            }
            t.TypeDict.SetItem(kv.Key, v);
        }
        // The class body's __class__ cell (zero-argument super()) refers to the new class from here on, before mro() runs.
        if (t.TypeDict.Get("__classcell__") is { } classCell)
        {
            if (classCell is not PyCell cell) throw Errors.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.Repr(classCell.Type)}");
            cell.Value = t;
            t.TypeDict.Remove(PyStr.From("__classcell__"));
        }
        if (ns.Get("__module__") is PyStr mod) t.Module = mod.V;
        else if (!ns.ContainsKey(PyStr.From("__module__")) && ThreadState.Current.Frame?.Globals.Get("__name__") is PyStr gm)
        {
            // type(name, bases, ns) takes __module__ from the calling code's globals, as CPython's type_new does.
            t.Module = gm.V;
            t.TypeDict["__module__"] = gm;
        }
        if (ns.Get("__qualname__") is PyStr qn) { t.QualName = qn.V; t.TypeDict.Remove(PyStr.From("__qualname__")); }
        t.ComputeMro();
        if (!ReferenceEquals(meta, TypeObjects.TypeType)) CustomMro(t, meta);
        foreach (var b in t.Mro) if (b.IsException) t.IsException = true;
        // __slots__, and the __dict__ / __weakref__ descriptors, before __doc__ and __hash__ (CPython's dict order).
        TypeSlots.Apply(t, ns, baseTypes);
        // Every class has its own __doc__ (None without a docstring): docstrings are not inherited.
        if (!t.TypeDict.ContainsKey(PyStr.From("__doc__"))) t.TypeDict["__doc__"] = PyNone.Instance;   // a `__doc__` slot stays
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (ns.ContainsKey(PyStr.From("__eq__")) && !ns.ContainsKey(PyStr.From("__hash__"))) t.TypeDict["__hash__"] = PyNone.Instance;
        // __set_name__ on descriptors, then __init_subclass__ of the parent.
        foreach (var kv in ns.Items())
        {
            if (kv.Value is not PyType && kv.Value.Type.Lookup(Ops.N.SetName) is { } setName)
            {
                try { Ops.CallMethod(setName, kv.Value, t, kv.Key); }
                catch (PyException e)
                {
                    // CPython 3.11 chains the error under a RuntimeError naming the attribute.
                    var re = Errors.RuntimeError($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance {Ops.Repr(kv.Key)} in '{t.Name}'");
                    re.Value.Cause = e.Value;
                    re.Value.Context = e.Value;
                    re.Value.SuppressContext = true;
                    throw re;
                }
            }
        }
        var parent = t.Mro.Length > 1 ? t.Mro[1] : null;
        if (parent is not null)
        {
            // CPython's init_subclass: super(t, t).__init_subclass__(**kwargs), so whatever the parent's
            // attribute is goes through its __get__(None, t) (a classmethod binds t, a staticmethod gives
            // its function, a classmethod of a property runs the property) and is called with kwargs only.
            var isc = SuperLookup(t, parent, Ops.N.InitSubclass);
            if (isc is not null)
            {
                var kwl = new List<PyObject>(); var kwn = new List<string>();
                if (kwargs is not null) foreach (var kv in kwargs.Items()) { kwn.Add(((PyStr)kv.Key).V); kwl.Add(kv.Value); }
                string[]? names = kwn.Count > 0 ? kwn.ToArray() : null;
                if (isc is PyClassMethod { Sub: null, Func: PyFunction or PyBuiltinFunction } cm)
                    Ops.CallBound(cm.Func, t, kwl.ToArray(), names);
                else
                    Ops.Call(Ops.ClassAttributeGet(isc, t), kwl.ToArray(), names);
            }
        }
        return t;
    }

    private static PyObject? SuperLookup(PyType t, PyType start, PyStr name)
    {
        bool found = false;
        foreach (var m in t.Mro)
        {
            if (!found) { if (ReferenceEquals(m, start)) found = true; else continue; }
            if (m.TypeDict.TryGetValue(name, out var v)) return v;
        }
        return null;
    }
}
