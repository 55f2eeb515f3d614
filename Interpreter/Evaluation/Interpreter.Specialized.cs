using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>What an attribute site learned about the objects it saw (CPython 3.11's LOAD_ATTR /
/// LOAD_METHOD / STORE_ATTR specialisations, keyed on the type's version instead of a version tag per dict key).</summary>
internal enum AttrSiteKind : byte
{
    /// <summary>Not specialised: the generic lookup.</summary>
    Generic,
    /// <summary>No __getattribute__/__getattr__ hook and no data descriptor: the instance's attribute,
    /// then the class attribute (Descr, bound as usual) when the instance lacks the name.</summary>
    InstanceDict,
    /// <summary>A data descriptor of a builtin kind (property, getset, __slots__ member): it wins.</summary>
    DataDescriptor,
    /// <summary>LOAD_METHOD: a function or method descriptor of the class, unless the instance shadows it.</summary>
    Method,
    /// <summary>As InstanceDict, and the name is Keys' entry Index: the value is at Index of the value
    /// storage of an instance in that key table's layout (LOAD_ATTR), or is stored there (STORE_ATTR).</summary>
    InstanceValue,
    /// <summary>A `__slots__` member (Descr, a PySlotDescriptor of one of the class's bases): read or
    /// stored at its index (also in Index; Keys is null) in the instance's value storage.</summary>
    SlotMember,   // next to InstanceValue: the hit paths test both with one range check
    /// <summary>A module's attribute: Descr, while the module dict's mutation count is Mutations.</summary>
    Module,
    /// <summary>An attribute of a class (no metaclass): Descr as the class lookup returns it, while
    /// the class's version is unchanged.</summary>
    TypeAttr,
    /// <summary>LOAD_METHOD on an object that is not an instance, class or module: the type's
    /// method descriptor Descr, called with the object as self (CPython's LOAD_METHOD_NO_DICT).</summary>
    BuiltinMethod,
}

/// <summary>One LOAD_ATTR / LOAD_METHOD / STORE_ATTR instruction's inline cache. Valid while the
/// object's type is Type and Type.Version is unchanged (any change to the class's or a base's dict,
/// its bases or its MRO bumps it). Mutated in place on a miss, so a polymorphic site allocates nothing.</summary>
internal sealed class AttrSite
{
    public PyType? Type;
    public int Version;
    /// <summary>The inlined hits' tests (Interpreter.AttrHits.cs), decided when the entry is filled
    /// (<see cref="Seal"/>): Version when the entry is an InstanceValue or SlotMember with its
    /// index (LOAD_ATTR, STORE_ATTR), resp. a Method whose name is not in the key table seen
    /// (LOAD_METHOD); else 0, which no type's version is. Type versions are unique among types,
    /// so `inst.Type.Version == ValueVersion` proves the type, its version and the kind in one compare.</summary>
    public int ValueVersion, MethodVersion;
    public PyObject? Descr;
    public AttrSiteKind Kind;
    /// <summary>The key table the site saw instances in, the name's index in it (-1: not a key), and
    /// the table's size when the name was not a key (until it grows, instances in it lack the name).</summary>
    public InstanceKeys? Keys;
    public int Index;
    public int KeyCount;
    /// <summary>Module sites: the module's dict and its mutation count when Descr was read.</summary>
    public PyDict? ModuleDict;
    public int Mutations;
    /// <summary>The site's entry for another type (instance sites only; at most MaxEntries in all).</summary>
    public AttrSite? Next;
    public const int MaxEntries = 4;
    /// <summary>BuiltinMethod sites of the untraced loop: the fused call's plan, decided once from
    /// the instructions after the LOAD_METHOD (<see cref="Interpreter"/>.LoadMethodFused): what
    /// the call runs (<see cref="FusedPlan"/>), the receiver's exact .NET class and exactness test
    /// (<see cref="FusedRecv"/>), the operands (local index, or ~constant index), the CALL_METHOD's
    /// index and the instruction after it. Reset clears it with the rest.</summary>
    public FusedPlan Plan;
    public FusedRecv Recv;
    public int PlanA, PlanB, PlanCall, PlanNext;
    /// <summary>Method sites of the untraced loop: the shape of the call that follows the
    /// LOAD_METHOD (<see cref="Interpreter"/>.MethodCallInline, GlobalCallShape's encoding; 0 not
    /// decided yet). Reset clears it.</summary>
    public int CallShape;

    public void Reset(PyType? type)
    {
        Type = type;
        Version = type?.Version ?? 0;   // read before any lookup can run code that changes the class
        Descr = null;
        Kind = AttrSiteKind.Generic;
        Keys = null;
        Index = -1;
        ModuleDict = null;
        Plan = FusedPlan.Undecided;
        CallShape = 0;
        ValueVersion = 0;
        MethodVersion = 0;
    }

    /// <summary>Decides the inlined hits' fields from what the fill found (called last by each
    /// fill of an instance entry; Reset clears them).</summary>
    public void Seal()
    {
        ValueVersion = Kind is AttrSiteKind.InstanceValue or AttrSiteKind.SlotMember && Index >= 0 ? Version : 0;
        MethodVersion = Kind == AttrSiteKind.Method && Index < 0 ? Version : 0;
    }

    /// <summary>Remembers where the name lives in the instance's key table.</summary>
    public void SeeKeys(PyInstance inst, PyStr name)
    {
        if (inst.Keys is not { } keys) return;
        Keys = keys;
        Index = keys.IndexOf(name);
        KeyCount = keys.Count;
    }

    /// <summary>Whether the instance has no attribute `name`: known from the key table the site saw
    /// (or from an instance without attributes) without a lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Lacks(PyInstance inst, PyStr name)
    {
        var keys = inst.Keys;
        if (keys is not null && ReferenceEquals(keys, Keys))
        {
            int i = Index;
            if (i >= 0) return inst.ValueAt(i) is null;
            if (keys.Count == KeyCount) return true;
        }
        else if (keys is null && inst.RawDict is null) return true;
        return !inst.TryGetAttrValue(name, out _);
    }
}

public static partial class Interpreter
{
    // ------------------------------------------------------------------ LOAD_ATTR / LOAD_METHOD / STORE_ATTR

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadAttrCached(CodeObject code, int at, PyObject o, PyStr name)
    {
        if (code.AttrCache is { } sites && sites[at] is { } site)
        {
            if (AsInstance(o) is { } inst)
            {
                var type = inst.Type;
                do
                {
                    if (ReferenceEquals(type, site.Type) && type.Version == site.Version)
                        return LoadInstanceAttr(site, inst, type, name);
                    site = site.Next;
                } while (site is not null);
            }
            else if (site.Kind == AttrSiteKind.Module)
            {
                if (o is PyModule { Sub: null } m && ReferenceEquals(m.ModuleDict, site.ModuleDict) && m.ModuleDict.Mutations == site.Mutations)
                    return site.Descr!;
            }
            else if (site.Kind == AttrSiteKind.TypeAttr)
            {
                if (ReferenceEquals(o, site.Type) && site.Type!.Version == site.Version) return site.Descr!;
            }
        }
        return LoadAttrMiss(code, at, o, name);
    }

    /// <summary>o.name for an instance whose type and version the site's entry matches. An entry that
    /// could not be specialised (Generic) still saves the analysis: the generic lookup runs directly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject LoadInstanceAttr(AttrSite site, PyInstance inst, PyType type, PyStr name)
    {
        switch (site.Kind)
        {
            case AttrSiteKind.InstanceValue:
                if (ReferenceEquals(inst.Keys, site.Keys) && inst.ValueAt(site.Index) is { } v) return v;
                goto case AttrSiteKind.InstanceDict;
            case AttrSiteKind.InstanceDict:
                if (site.Descr is { } cd)
                {
                    if (site.Lacks(inst, name)) return Ops.BindDescriptor(cd, inst, type);
                    inst.TryGetAttrValue(name, out var shadow);
                    return shadow;
                }
                if (inst.TryGetAttrValue(name, out var dv)) return dv;
                break;
            case AttrSiteKind.SlotMember:
                {
                    var sd = Unsafe.As<PySlotDescriptor>(site.Descr!);
                    if (inst.Keys is null && inst.ValueAt(sd.Index) is { } sv) return sv;
                    return sd.Get(inst);   // unset: its AttributeError
                }
            case AttrSiteKind.DataDescriptor:
                return Ops.BindDescriptor(site.Descr!, inst, type);
        }
        return Ops.GetAttr(inst, name);
    }

    private static PyObject LoadAttrMiss(CodeObject code, int at, PyObject o, PyStr name)
    {
        if (o is PyInstance inst)
        {
            var type = o.Type;
            var site = AttrSiteFor(code, at, type);
            site.Reset(type);
            AnalyseInstanceAttr(site, inst, type, name);
        }
        else if (o is PyModule { Sub: null } m)
        {
            var site = AttrSiteAt(code, at);
            site.Reset(null);
            if (m.ModuleDict.TryGetValue(name, out var v) && name.V != "__class__")   // object's data descriptor wins
            {
                site.Kind = AttrSiteKind.Module;
                site.ModuleDict = m.ModuleDict;
                site.Mutations = m.ModuleDict.Mutations;
                site.Descr = v;
                return v;
            }
        }
        else if (o is PyType t)
        {
            var site = AttrSiteAt(code, at);
            site.Reset(t);
            var r = Ops.GetAttr(o, name);
            if (IsPlainClassAttr(t, name, r)) { site.Kind = AttrSiteKind.TypeAttr; site.Descr = r; }
            return r;
        }
        return Ops.GetAttr(o, name);
    }

    /// <summary>Fills a reset entry for reading `name` from instances of type (left Generic when
    /// a hook or a descriptor of a Python class decides).</summary>
    private static void AnalyseInstanceAttr(AttrSite site, PyInstance inst, PyType type, PyStr name)
    {
        if ((type.IsBuiltin || type.Lookup(Ops.N.GetAttribute) is not PyFunction) && type.Lookup(Ops.N.GetAttr) is null)
        {
            var descr = type.Lookup(name);
            // A descriptor whose own class decides what it is (a Python class with __get__/__set__)
            // could change without this type's version changing: not cached.
            if (descr is null) site.Kind = AttrSiteKind.InstanceDict;
            else if (descr is not PyInstance && !SubclassDicts.IsUserSub(descr))
            {
                site.Descr = descr;
                // A slot member of one of the class's bases: its value is at Index of the instance's
                // storage (another class's member, stored in this class's dict, raises its TypeError).
                if (descr is PySlotDescriptor sd && type.IsSubtypeOf(sd.Owner)) { site.Kind = AttrSiteKind.SlotMember; site.Index = sd.Index; }
                else site.Kind = Ops.IsDataDescriptor(descr) ? AttrSiteKind.DataDescriptor : AttrSiteKind.InstanceDict;
            }
            if (site.Kind == AttrSiteKind.InstanceDict)
            {
                site.SeeKeys(inst, name);
                if (site.Index >= 0) site.Kind = AttrSiteKind.InstanceValue;
            }
        }
        site.Seal();
    }

    /// <summary>Whether reading `name` from class t gives r again while t's version stands: no
    /// metaclass, not one of type's own attributes, and r is what the class dict holds (not a
    /// descriptor's fresh result).</summary>
    private static bool IsPlainClassAttr(PyType t, PyStr name, PyObject r)
    {
        if (!ReferenceEquals(t.Type, TypeObjects.TypeType) || name.V.StartsWith("__", StringComparison.Ordinal)) return false;
        var v = t.Lookup(name);
        return ReferenceEquals(v, r) && v is not (PyClassMethod or PyStaticMethod or PyInstance) && !SubclassDicts.IsUserSub(v);
    }

    /// <summary>LOAD_METHOD: replaces the owner in s[sp-1] by the method and pushes self (or null
    /// when the attribute is not a method to call unbound).</summary>
    /// <remarks>The hit of a builtin object's method (str.lower, dict.get, list.append) is all this
    /// method does itself: a small frame (no spilled locals to clear), the rest of the sites in
    /// <see cref="LoadMethodSites"/>. Tested first, since the PyInstance test there is a
    /// class-hierarchy walk for every non-instance object. Only objects that are not PyInstances
    /// create BuiltinMethod sites, and a type's objects are all of one .NET class, so the type's
    /// identity says enough.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadMethodCached(CodeObject code, int at, Slot[] s, int sp, PyStr name)
    {
        var o = s[sp - 1].V!;
        if (code.AttrCache is { } sites && sites[at] is { Kind: AttrSiteKind.BuiltinMethod } site)
        {
            var bt = FastType.Of(o);
            if (ReferenceEquals(bt, site.Type) && bt.Version == site.Version)
            {
                s[sp - 1].V = site.Descr;
                s[sp].V = o;
                return;
            }
        }
        LoadMethodSites(code, at, s, sp, name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadMethodSites(CodeObject code, int at, Slot[] s, int sp, PyStr name)
    {
        var o = s[sp - 1].V!;
        if (code.AttrCache is { } sites && sites[at] is { } site)
        {
            if (AsInstance(o) is { } inst)
            {
                var type = inst.Type;
                do
                {
                    if (ReferenceEquals(type, site.Type) && type.Version == site.Version)
                    {
                        if (site.Kind == AttrSiteKind.Method && site.Lacks(inst, name))
                        {
                            s[sp - 1].V = site.Descr;
                            s[sp].V = o;
                            return;
                        }
                        // Not a plain method (a staticmethod, a property, a callable attribute, ...):
                        // LOAD_ATTR's entry, called without self.
                        if (site.Kind != AttrSiteKind.Method)
                        {
                            var v = LoadInstanceAttr(site, inst, type, name);
                            s[sp - 1].V = v;
                            s[sp].V = null;
                            return;
                        }
                        break;
                    }
                    site = site.Next;
                } while (site is not null);
            }
            else if (site.Kind == AttrSiteKind.BuiltinMethod)
            {
                var type = o.Type;
                if (ReferenceEquals(type, site.Type) && type.Version == site.Version)
                {
                    s[sp - 1].V = site.Descr;
                    s[sp].V = o;
                    return;
                }
            }
            else if (site.Kind == AttrSiteKind.Module)
            {
                if (o is PyModule { Sub: null } m && ReferenceEquals(m.ModuleDict, site.ModuleDict) && m.ModuleDict.Mutations == site.Mutations)
                {
                    s[sp - 1].V = site.Descr;
                    s[sp].V = null;
                    return;
                }
            }
            else if (site.Kind == AttrSiteKind.TypeAttr)
            {
                if (ReferenceEquals(o, site.Type) && site.Type!.Version == site.Version)
                {
                    s[sp - 1].V = site.Descr;
                    s[sp].V = null;
                    return;
                }
            }
        }
        LoadMethodMiss(code, at, s, sp, o, name);
    }

    private static void LoadMethodMiss(CodeObject code, int at, Slot[] s, int sp, PyObject o, PyStr name)
    {
        if (o is PyInstance inst)
        {
            // Ops.LoadMethod's instance case, remembered: no Python __getattribute__ and a plain method on the class.
            var type = o.Type;
            var site = AttrSiteFor(code, at, type);
            site.Reset(type);
            if ((type.IsBuiltin || type.Lookup(Ops.N.GetAttribute) is not PyFunction) && type.Lookup(name) is (PyFunction or PyMethodDescriptor) and var descr)
            {
                site.Descr = descr;
                site.Kind = AttrSiteKind.Method;
                site.SeeKeys(inst, name);
                site.Seal();
            }
            else
            {
                // What Ops.LoadMethod does for anything else: the attribute, no self.
                AnalyseInstanceAttr(site, inst, type, name);
                s[sp - 1].V = Ops.GetAttr(o, name);
                s[sp].V = null;
                return;
            }
        }
        else if (o is PyModule { Sub: null } || o is PyType)
        {
            // Ops.LoadMethod pushes no self for these: the site is LOAD_ATTR's.
            s[sp - 1].V = LoadAttrMiss(code, at, o, name);
            s[sp].V = null;
            return;
        }
        else if (o is not (PyModule or PySuper))
        {
            // Ops.LoadMethod's case for other objects: a method descriptor of a builtin type, called
            // with the object as self (list.append, str.join, ...). Not for an instance of a user
            // subclass of a builtin type: its own dict (`sh.append = f`) and a __getattribute__ of
            // the class come first, which Ops.LoadMethod looks at.
            var type = o.Type;
            var site = AttrSiteAt(code, at);
            site.Reset(type);
            if (type.IsBuiltin && type.Lookup(name) is PyMethodDescriptor md)
            {
                site.Kind = AttrSiteKind.BuiltinMethod;
                site.Descr = md;
                s[sp - 1].V = md;
                s[sp].V = o;
                return;
            }
        }
        var m = Ops.LoadMethod(o, name, out var self);
        s[sp - 1].V = m;
        s[sp].V = self;
    }

    /// <summary>STORE_ATTR o.name = value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrCached(CodeObject code, int at, PyObject o, PyStr name, PyObject value)
    {
        if (AsInstance(o) is { } inst && code.AttrCache is { } sites && sites[at] is { } site)
        {
            var type = inst.Type;
            do
            {
                if (ReferenceEquals(type, site.Type) && type.Version == site.Version)
                {
                    if (site.Kind == AttrSiteKind.InstanceValue)
                    {
                        if (!inst.StoreAt(site.Keys!, site.Index, value)) inst.SetAttrValue(name, value);
                        return;
                    }
                    if (site.Kind == AttrSiteKind.SlotMember)
                    {
                        var sd = Unsafe.As<PySlotDescriptor>(site.Descr!);
                        if (inst.Keys is null && sd.Index < inst.Capacity) inst.SetValueAt(sd.Index, value);
                        else sd.Set(inst, value);
                        return;
                    }
                    break;
                }
                site = site.Next;
            } while (site is not null);
        }
        StoreAttrMiss(code, at, o, name, value);
    }

    private static void StoreAttrMiss(CodeObject code, int at, PyObject o, PyStr name, PyObject value)
    {
        var type = o.Type;
        if (o is not PyInstance inst || type.IsBuiltin)
        {
            Ops.SetAttr(o, name, value);
            return;
        }
        var site = AttrSiteFor(code, at, type);
        site.Reset(type);
        // Ops.GenericSetAttr's instance-dict case: no Python __setattr__, no data descriptor (nor a
        // descriptor whose class could become one), not __class__/__dict__, a class with a __dict__.
        // Or its __slots__ member case: the slot descriptor stores into the instance's slot array.
        bool noHook = type.Lookup(Ops.N.SetAttr) is not PyFunction;
        var descr = noHook ? type.Lookup(name) : null;
        bool plain = noHook && type.InstancesHaveDict
            && descr switch
            {
                null => name.V is not ("__class__" or "__dict__"),
                PyProperty or PyGetSetDescriptor or PySlotDescriptor or PyInstance => false,
                var d => !SubclassDicts.IsUserSub(d),
            };
        Ops.SetAttr(o, name, value);
        if (type.Version != site.Version || !ReferenceEquals(inst.Type, type)) return;
        if (plain)
        {
            site.SeeKeys(inst, name);
            if (site.Index >= 0) site.Kind = AttrSiteKind.InstanceValue;
        }
        else if (noHook && descr is PySlotDescriptor sd && ReferenceEquals(type.Lookup(name), sd) && type.IsSubtypeOf(sd.Owner))
        {
            site.Descr = sd;
            site.Kind = AttrSiteKind.SlotMember;
            site.Index = sd.Index;
        }
        site.Seal();
    }

    /// <summary>The entry of instruction at's site for instances of type: the one that saw type
    /// before, else an unused one, else a new one while the site has fewer than MaxEntries (a
    /// polymorphic site: a base-class method run on several subclasses' instances), else the last.</summary>
    private static AttrSite AttrSiteFor(CodeObject code, int at, PyType type)
    {
        var site = AttrSiteAt(code, at);
        for (int n = 1; ; n++)
        {
            if (ReferenceEquals(site.Type, type) || site.Type is null && site.Kind == AttrSiteKind.Generic) return site;
            if (site.Next is null) return n < AttrSite.MaxEntries ? site.Next = new AttrSite() : site;
            site = site.Next;
        }
    }

    /// <summary>o as a PyInstance: one of the two exact instance classes by its method table first (`is PyInstance` calls
    /// the cast helper under NativeAOT, PyInstance having subclasses).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyInstance? AsInstance(PyObject o) =>
        PyInstance.IsExact(o) ? Unsafe.As<PyInstance>(o) : o as PyInstance;

    private static AttrSite AttrSiteAt(CodeObject code, int at)
    {
        var sites = code.AttrCache;
        if (sites is null)
        {
            code.AttrCache = sites = new AttrSite?[code.Code.Length];
            GcTracker.TrackGlobalCache(code);   // emptied with the LOAD_GLOBAL caches before a collection
        }
        return sites[at] ??= new AttrSite();
    }
}
