namespace Herthon.Runtime;

/// <summary>
/// What a class statement's `__slots__` (or its absence) gives the new class, as CPython's type_new
/// decides it (type_new_slots, type_new_descriptors, type_new_set_slots): the checks of the slot
/// names, one member descriptor per name (private names mangled, in sorted order), and the
/// `__dict__` and `__weakref__` getset descriptors of a class whose instances gain a dict or a
/// weak-reference list that its bases' instances do not have. Also the layout test of
/// `obj.__class__ = C` (CPython's compatible_for_assignment).
/// </summary>
internal static class TypeSlots
{
    /// <summary>Fills in t's slot layout from the class namespace; before __doc__ and __hash__ join its dict.</summary>
    internal static void Apply(PyType t, PyDict ns, List<PyType> bases)
    {
        int inheritedSlots = 0;
        foreach (var b in bases) inheritedSlots = Math.Max(inheritedSlots, b.SlotCount);
        t.SlotCount = inheritedSlots;
        CheckLayoutConflict(bases);
        bool baseHasDict = bases.Exists(HasDict);
        bool baseHasWeakref = bases.Exists(HasWeakref);
        bool varSized = bases.Exists(IsVarSized);
        bool addDict, addWeakref;
        if (ns.Get("__slots__") is not { } slotsObj)
        {
            addDict = !baseHasDict;
            addWeakref = !baseHasWeakref && !varSized;
        }
        else
        {
            var items = slotsObj is PyStr one ? [one] : Ops.ToList(slotsObj);
            if (items.Count > 0 && varSized)
                throw Errors.TypeError($"nonempty __slots__ not supported for subtype of '{bases.Find(IsVarSized)!.Name}'");
            addDict = addWeakref = false;
            var names = new List<string>();
            foreach (var item in items)
            {
                if (item is not PyStr s) throw Errors.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
                if (!StrProperties.IsIdentifier(s.V)) throw Errors.TypeError("__slots__ must be identifiers");
                if (s.V == "__dict__")
                {
                    if (baseHasDict || addDict) throw Errors.TypeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (s.V == "__weakref__")
                {
                    if (baseHasWeakref || addWeakref) throw Errors.TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    addWeakref = true;
                    continue;
                }
                names.Add(Compiling.Compiler.Mangle(t.Name, s.V));
            }
            names.Sort(string.CompareOrdinal);
            foreach (var name in names)
                if (ns.ContainsKey(PyStr.From(name)))
                    throw Errors.ValueError($"'{name}' in __slots__ conflicts with class variable");
            foreach (var name in names)
                t.TypeDict[name] = new PySlotDescriptor(name, t.SlotCount++, t);
            t.SlotNames = [.. names];
            t.HasDictSlot = addDict || baseHasDict;
        }
        t.AddsWeakref = addWeakref;
        // Set only when the class body did not define them (PyType_Ready's add_getset, a setdefault).
        if (addDict && !t.TypeDict.ContainsKey(PyStr.From("__dict__"))) t.TypeDict["__dict__"] = DictDescriptor(t);
        if (addWeakref && !t.TypeDict.ContainsKey(PyStr.From("__weakref__"))) t.TypeDict["__weakref__"] = WeakrefDescriptor(t);
    }

    /// <summary>Instances of b have a __dict__ (a Python class's rule, or a builtin base that keeps one).</summary>
    private static bool HasDict(PyType b) => b.IsBuiltin ? b.IsException || b.IsSubtypeOf(TypeObjects.Module) || b.IsSubtypeOf(TypeObjects.TypeType) : b.InstancesHaveDict;

    /// <summary>Instances of t can be weakly referenced because of t or one of its bases (a weak-reference list in their layout).</summary>
    internal static bool HasWeakref(PyType t)
    {
        foreach (var m in t.Mro)
        {
            if (m.IsBuiltin) { if (BuiltinHasWeakref(m)) return true; }
            else if (m.AddsWeakref) return true;
        }
        return false;
    }

    /// <summary>Builtin types whose instances CPython lays out with a weak-reference list.</summary>
    private static bool BuiltinHasWeakref(PyType b) =>
        ReferenceEquals(b, TypeObjects.Set) || ReferenceEquals(b, TypeObjects.FrozenSet) || ReferenceEquals(b, TypeObjects.TypeType);   // not weakref.ref: WeakMethod adds its own

    /// <summary>int, tuple, bytes and type hold their items in the object (tp_itemsize != 0): no slots, no weakrefs added.</summary>
    private static bool IsVarSized(PyType b)
    {
        foreach (var m in b.Mro)
            if (ReferenceEquals(m, TypeObjects.Int) || ReferenceEquals(m, TypeObjects.Tuple) || ReferenceEquals(m, TypeObjects.Bytes) || ReferenceEquals(m, TypeObjects.TypeType))
                return true;
        return false;
    }

    /// <summary>The nearest class from t up whose own __slots__ add storage (CPython's solid base, for Python classes).</summary>
    private static PyType? SolidSlots(PyType t)
    {
        foreach (var m in t.Mro)
            if (!m.IsBuiltin && m.SlotNames is { Length: > 0 }) return m;
        return null;
    }

    /// <summary>Two bases whose instances both carry slots of their own (and neither derives from the
    /// other), or a slotted base beside a builtin other than object, cannot share one instance layout.</summary>
    private static void CheckLayoutConflict(List<PyType> bases)
    {
        PyType? solid = null;
        foreach (var b in bases)
        {
            var s = SolidSlots(b);
            if (s is null) continue;
            if (solid is null || s.IsSubtypeOf(solid)) solid = s;
            else if (!solid.IsSubtypeOf(s)) throw Errors.TypeError("multiple bases have instance lay-out conflict");
        }
        if (solid is null) return;
        foreach (var b in bases)
            foreach (var m in b.Mro)
                if (m.IsBuiltin && !ReferenceEquals(m, TypeObjects.Object) && !solid.IsSubtypeOf(m))
                    throw Errors.TypeError("multiple bases have instance lay-out conflict");
    }

    private static PyGetSetDescriptor DictDescriptor(PyType owner) => new("__dict__", o => InstanceDict(o, owner), (o, v) => SetInstanceDict(o, v, owner))
    {
        Owner = owner,
        Doc = PyStr.From("dictionary for instance variables (if defined)"),
        Delete = o => SetInstanceDict(o, new PyDict(), owner),
    };

    private static PyGetSetDescriptor WeakrefDescriptor(PyType owner) => new("__weakref__", o =>
    {
        CheckApplies(o, owner, "__weakref__");
        return WeakrefModule.FirstReference(o) ?? (PyObject)PyNone.Instance;
    }, (o, _) => throw NotWritable(o, owner, "__weakref__"))
    {
        Owner = owner,
        Doc = PyStr.From("list of weak references to the object (if defined)"),
        Delete = o => throw NotWritable(o, owner, "__weakref__"),
    };

    private static PyObject InstanceDict(PyObject o, PyType owner)
    {
        CheckApplies(o, owner, "__dict__");
        return o.Dict ?? throw Errors.AttributeError($"This object has no __dict__");
    }

    private static void SetInstanceDict(PyObject o, PyObject value, PyType owner)
    {
        CheckApplies(o, owner, "__dict__");
        if (value is not PyDict d) throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
        if (o is PyInstance pi) { pi.ReplaceDict(d); return; }
        SubclassDicts.Replace(o, d);
        if (!ReferenceEquals(o.Dict, d) && o.Dict is { } own)
        {
            own.Clear();   // an object that keeps its dict itself (array.array subclasses): same contents, not the same dict
            foreach (var kv in d.Items()) own.SetItem(kv.Key, kv.Value);
        }
    }

    private static void CheckApplies(PyObject o, PyType owner, string name)
    {
        if (!o.Type.IsSubtypeOf(owner))
            throw Errors.TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
    }

    private static PyException NotWritable(PyObject o, PyType owner, string name)
    {
        CheckApplies(o, owner, name);
        return Errors.AttributeError($"attribute '{name}' of '{owner.Name}' objects is not writable");
    }

    /// <summary>
    /// `obj.__class__ = newType` keeps obj's memory valid (CPython's compatible_for_assignment): below
    /// the classes that add nothing to their base's layout, the two must be one class, or siblings
    /// that add the same slots (sorted names) with any weak-reference list first; and both or neither
    /// of the two classes keep a __dict__.
    /// </summary>
    internal static bool CompatibleForAssignment(PyType oldType, PyType newType)
    {
        var newBase = LayoutBase(newType);
        var oldBase = LayoutBase(oldType);
        if (!ReferenceEquals(newBase, oldBase)
            && (!ReferenceEquals(newBase.Base, oldBase.Base) || newBase.IsBuiltin || oldBase.IsBuiltin || !SameSlotsAdded(newBase, oldBase)))
            return false;
        // The same number of slot cells as well: LayoutBase walks Bases[0], while CPython's tp_base is
        // the base with the most derived layout (class C(X, A) with A slotted), so the count is what
        // tells C's layout from a sibling's there. With it, equal layouts are also the same .NET class
        // (PyInstance.Create decides by slot count and dict).
        return oldType.SlotCount == newType.SlotCount && oldType.InstancesHaveDict == newType.InstancesHaveDict;
    }

    /// <summary>t, or its nearest base it adds nothing to: no slots, no dict, no weak-reference list of its own.</summary>
    private static PyType LayoutBase(PyType t)
    {
        while (!t.IsBuiltin && t.Base is { } b && AddsNothing(t, b)) t = b;
        return t;
    }

    private static bool AddsNothing(PyType t, PyType b)
    {
        if (t.SlotNames is { Length: > 0 }) return false;   // slots of its own
        if (t.AddsWeakref) return false;
        if (t.InstancesHaveDict != (b.IsBuiltin ? HasDict(b) : b.InstancesHaveDict)) return false;
        // A builtin base: CPython's heap types are collected by the GC, object, int, str, ... are not.
        return !b.IsBuiltin || !(ReferenceEquals(b, TypeObjects.Object) || IsVarSized(b) || ReferenceEquals(b, TypeObjects.Str)
            || ReferenceEquals(b, TypeObjects.Float) || ReferenceEquals(b, TypeObjects.Complex));
    }

    /// <summary>CPython's same_slots_added: a weak-reference list counts only where it comes first.</summary>
    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        int ownA = OwnSlots(a), ownB = OwnSlots(b);
        int size = 0;
        if (a.AddsWeakref && b.AddsWeakref && ownA == 0 && ownB == 0) size++;
        if (a.SlotNames is { } sa && b.SlotNames is { } sb)
        {
            if (!sa.AsSpan().SequenceEqual(sb)) return false;
            size += sa.Length;
        }
        return size == ownA + (a.AddsWeakref ? 1 : 0) && size == ownB + (b.AddsWeakref ? 1 : 0);
    }

    private static int OwnSlots(PyType t) => t.SlotNames?.Length ?? 0;
}
