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

    // ------------------------------------------------------------------ BINARY_OP / COMPARE_OP

    /// <summary>int and float operands of the exact builtin types (not subclasses, not bool) that the
    /// loop's inline add/subtract did not finish; anything else takes the generic protocol.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject BinaryNumeric(PyObject a, PyObject b, BinaryOp op, bool inplace)
    {
        var ta = a.GetType();
        var tb = b.GetType();
        if (ta == typeof(PyFloat) || tb == typeof(PyFloat))
        {
            double x, y;
            if (ta == typeof(PyFloat)) { var fa = Unsafe.As<PyFloat>(a); if (fa.Sub is not null) goto Generic; x = fa.V; }
            else if (ta == typeof(PyInt) && Unsafe.As<PyInt>(a) is { Sub: null, IsSmall: true } ia && Math.Abs(ia.V) <= 1L << 53) x = ia.V;
            else goto Generic;
            if (tb == typeof(PyFloat)) { var fb = Unsafe.As<PyFloat>(b); if (fb.Sub is not null) goto Generic; y = fb.V; }
            else if (tb == typeof(PyInt) && Unsafe.As<PyInt>(b) is { Sub: null, IsSmall: true } ib && Math.Abs(ib.V) <= 1L << 53) y = ib.V;
            else goto Generic;
            switch (op)
            {
                case BinaryOp.Add: return new PyFloat(x + y);
                case BinaryOp.Sub: return new PyFloat(x - y);
                case BinaryOp.Mul: return new PyFloat(x * y);
                case BinaryOp.TrueDiv: if (y != 0) return new PyFloat(x / y); break;
            }
        }
        else if (ta == typeof(PyInt) && tb == typeof(PyInt) && Unsafe.As<PyInt>(a).Sub is null && Unsafe.As<PyInt>(b).Sub is null)
            return Ops.IntOp(Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b), op);
    Generic:
        return Ops.Binary(a, b, op, inplace);
    }

    /// <summary>COMPARE_OP on two exact floats (IEEE comparisons: every comparison with a NaN is
    /// false except !=), else the generic rich comparison.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject CompareNumeric(PyObject a, PyObject b, CompareOp op)
    {
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat) && Unsafe.As<PyFloat>(a).Sub is null && Unsafe.As<PyFloat>(b).Sub is null)
        {
            double x = Unsafe.As<PyFloat>(a).V, y = Unsafe.As<PyFloat>(b).V;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        }
        return Ops.RichCompare(a, b, op);
    }
}
