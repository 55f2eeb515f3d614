using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>What an attribute site learned about the instances it saw (CPython 3.11's LOAD_ATTR /
/// LOAD_METHOD specialisations, keyed on the type's version instead of a version tag per dict key).</summary>
internal enum AttrSiteKind : byte
{
    /// <summary>Not specialised: the generic lookup.</summary>
    Generic,
    /// <summary>No __getattribute__/__getattr__ hook and no data descriptor: the instance dict, then
    /// the class attribute (Descr, bound as usual) when the dict lacks the name.</summary>
    InstanceDict,
    /// <summary>A data descriptor of a builtin kind (property, getset, __slots__ member): it wins.</summary>
    DataDescriptor,
    /// <summary>LOAD_METHOD: a function or method descriptor of the class, unless the instance dict shadows it.</summary>
    Method,
}

/// <summary>One LOAD_ATTR / LOAD_METHOD instruction's inline cache. Valid while the instance's type
/// is Type and Type.Version is unchanged (any change to the class's or a base's dict, its bases or
/// its MRO bumps it). Mutated in place on a miss, so a polymorphic site allocates nothing.</summary>
internal sealed class AttrSite
{
    public PyType? Type;
    public int Version;
    public PyObject? Descr;
    public AttrSiteKind Kind;
}

public static partial class Interpreter
{
    // ------------------------------------------------------------------ LOAD_ATTR / LOAD_METHOD

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadAttrCached(CodeObject code, int at, PyObject o, PyStr name)
    {
        if (o is PyInstance inst && code.AttrCache is { } sites && sites[at] is { } site)
        {
            var type = o.Type;
            if (ReferenceEquals(type, site.Type) && type.Version == site.Version)
            {
                if (site.Kind == AttrSiteKind.InstanceDict)
                {
                    if (inst.DictIfCreated is { } d && d.TryGetValue(name, out var v)) return v;
                    if (site.Descr is { } cd) return Ops.BindDescriptor(cd, o, type);
                }
                else if (site.Kind == AttrSiteKind.DataDescriptor) return Ops.BindDescriptor(site.Descr!, o, type);
            }
        }
        return LoadAttrMiss(code, at, o, name);
    }

    private static PyObject LoadAttrMiss(CodeObject code, int at, PyObject o, PyStr name)
    {
        if (o is PyInstance)
        {
            var site = AttrSiteAt(code, at);
            var type = o.Type;
            site.Type = type;
            site.Version = type.Version;   // read before any lookup can run code that changes the class
            site.Descr = null;
            site.Kind = AttrSiteKind.Generic;
            if ((type.IsBuiltin || type.Lookup(Ops.N.GetAttribute) is not PyFunction) && type.Lookup(Ops.N.GetAttr) is null)
            {
                var descr = type.Lookup(name);
                // A descriptor whose own class decides what it is (a Python class with __get__/__set__)
                // could change without this type's version changing: not cached.
                if (descr is null) site.Kind = AttrSiteKind.InstanceDict;
                else if (descr is not PyInstance && !SubclassDicts.IsUserSub(descr))
                {
                    site.Descr = descr;
                    site.Kind = Ops.IsDataDescriptor(descr) ? AttrSiteKind.DataDescriptor : AttrSiteKind.InstanceDict;
                }
            }
        }
        return Ops.GetAttr(o, name);
    }

    /// <summary>LOAD_METHOD: replaces the owner in s[sp-1] by the method and pushes self (or null
    /// when the attribute is not a method to call unbound).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadMethodCached(CodeObject code, int at, Slot[] s, int sp, PyStr name)
    {
        var o = s[sp - 1].V!;
        if (o is PyInstance inst && code.AttrCache is { } sites && sites[at] is { } site)
        {
            var type = o.Type;
            if (ReferenceEquals(type, site.Type) && type.Version == site.Version && site.Kind == AttrSiteKind.Method
                && (inst.DictIfCreated is not { } d || d.Count == 0 || !d.TryGetValue(name, out _)))
            {
                s[sp - 1].V = site.Descr;
                s[sp].V = o;
                return;
            }
        }
        LoadMethodMiss(code, at, s, sp, o, name);
    }

    private static void LoadMethodMiss(CodeObject code, int at, Slot[] s, int sp, PyObject o, PyStr name)
    {
        if (o is PyInstance)
        {
            // Ops.LoadMethod's instance case, remembered: no Python __getattribute__ and a plain method on the class.
            var site = AttrSiteAt(code, at);
            var type = o.Type;
            site.Type = type;
            site.Version = type.Version;
            site.Descr = null;
            site.Kind = AttrSiteKind.Generic;
            if ((type.IsBuiltin || type.Lookup(Ops.N.GetAttribute) is not PyFunction) && type.Lookup(name) is (PyFunction or PyMethodDescriptor) and var descr)
            {
                site.Descr = descr;
                site.Kind = AttrSiteKind.Method;
            }
        }
        var m = Ops.LoadMethod(o, name, out var self);
        s[sp - 1].V = m;
        s[sp].V = self;
    }

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
