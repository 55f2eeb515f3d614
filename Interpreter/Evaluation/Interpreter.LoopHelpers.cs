using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>
/// Instruction bodies that allocate or look names up in mappings, kept out of the loop. Inlined,
/// each `new`, `out` local and inlinee temporary became one more stack slot of the loop's frame,
/// and the JIT zeroed the untracked ones (over a kilobyte) on every Python call.
/// </summary>
public static partial class Interpreter
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadClassDerefStep(Frame f, Slot[] s, int arg)
    {
        var code = f.Code;
        string name = arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length];
        if (f.LocalsMapping is null ? f.Locals!.TryGetValue(name, out var lv) : TryGetMapped(f.LocalsMapping, PyStr.From(name), out lv)) return lv;
        return ((PyCell)s[code.NLocals + arg].V!).Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadNameStep(CodeObject code, int at, Frame f, PyStr name)
    {
        if (f.LocalsMapping is not null) return LoadNameMapped(f, name);
        var loc = f.Locals;
        if (loc is null || ReferenceEquals(loc, f.Globals))
        {
            // Module level (locals are the globals): LOAD_GLOBAL's lookup and cache entry at this
            // instruction, read by where the name is (a module-level loop stores globals all the time).
            if (code.GlobalCache is { } cache && cache[at] is { } ce && ReferenceEquals(ce.Globals, f.Globals) && ReferenceEquals(ce.Builtins, f.Builtins)
                && ce.GlobalsKeys == f.Globals.Version && ce.BuiltinsKeys == f.Builtins.Version)
                return ce.Found.ValueAt(ce.Index);
            return LoadGlobalSlow(code, at, name, f);
        }
        if (loc.TryGetValue(name, out var v) || f.Globals.TryGetValue(name, out v) || f.Builtins.TryGetValue(name, out v))
            return v;
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreNameStep(CodeObject code, int at, Frame f, PyStr name, PyObject v)
    {
        if (f.LocalsMapping is not null) { StoreNameMapped(f, name, v); return; }
        var loc = f.Locals;
        if (loc is not null && !ReferenceEquals(loc, f.Globals)) { loc.SetItem(name, v); return; }
        // Module level: the name's entry in the globals, cached at this instruction while no key
        // comes or goes (a module-level loop's `i` and `total`), is written without a lookup.
        var globals = f.Globals;
        var cache = code.GlobalCache;
        if (cache is not null && cache[at] is { } ce && ReferenceEquals(ce.Globals, globals) && ce.GlobalsKeys == globals.Version)
        {
            globals.SetValueAt(ce.Index, v);
            return;
        }
        globals.SetItem(name, v);
        int e = globals.IndexOf(name);
        if (e < 0) return;
        GlobalCacheOf(code)[at] = new GlobalCacheEntry(globals, f.Builtins, globals, e);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DeleteNameStep(Frame f, PyStr name) =>
        f.LocalsMapping is not null ? DeleteNameMapped(f, name) : (f.Locals ?? f.Globals).Remove(name);

    /// <summary>BUILD_SLICE / TUPLE / LIST / SET / MAP / STRING: pops the items, pushes the result; returns the new sp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int BuildStep(Op op, Slot[] s, int sp, int arg)
    {
        switch (op)
        {
            case Op.BuildSlice:
                {
                    PyObject step = arg == 3 ? s[--sp].V! : PyNone.Instance;
                    var stop = s[--sp].V!;
                    var start = s[sp - 1].V!;
                    s[sp - 1].V = new PySlice(start, stop, step);
                    s[sp].V = null;
                    return sp;
                }
            case Op.BuildTuple:
                {
                    var items = new PyObject[arg];
                    sp -= arg;
                    // items is an exact PyObject[] made here: stores without the covariance check
                    // (StelemRef's helper was 21 % of a `x = [l, l]` loop's samples).
                    ref var i0 = ref MemoryMarshal.GetArrayDataReference(items);
                    for (int i = 0; i < arg; i++) { Unsafe.Add(ref i0, i) = s[sp + i].V!; s[sp + i].V = null; }
                    s[sp++].V = PyTuple.From(items);
                    return sp;
                }
            case Op.BuildList:
                {
                    var l = new PyList(arg);
                    sp -= arg;
                    ref var l0 = ref MemoryMarshal.GetArrayDataReference(l.Items);   // as above
                    for (int i = 0; i < arg; i++) { Unsafe.Add(ref l0, i) = s[sp + i].V!; s[sp + i].V = null; }
                    l.Count = arg;
                    s[sp++].V = l;
                    return sp;
                }
            case Op.BuildSet:
                {
                    var set = new PySet();
                    sp -= arg;
                    for (int i = 0; i < arg; i++) { set.Add(s[sp + i].V!); s[sp + i].V = null; }
                    s[sp++].V = set;
                    return sp;
                }
            case Op.BuildMap:
                {
                    var d = new PyDict(arg);
                    sp -= 2 * arg;
                    for (int i = 0; i < arg; i++) { d.SetItem(s[sp + 2 * i].V!, s[sp + 2 * i + 1].V!); s[sp + 2 * i].V = s[sp + 2 * i + 1].V = null; }
                    s[sp++].V = d;
                    return sp;
                }
            default:   // BuildString
                {
                    sp -= arg;
                    var parts = new string[arg];
                    for (int i = 0; i < arg; i++) { parts[i] = ((PyStr)s[sp + i].V!).V; s[sp + i].V = null; }
                    s[sp++].V = PyStr.From(string.Concat(parts));
                    return sp;
                }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MakeFunctionStep(Frame f, Slot[] s, int sp, int arg)
    {
        var fcode = (CodeObject)s[--sp].V!;
        s[sp].V = null;
        PyCell[]? closure = null;
        PyDict? kwd = null;
        PyTuple? defaults = null;
        if ((arg & (int)MakeFunctionFlags.Closure) != 0)
        {
            var t = (PyTuple)s[--sp].V!; s[sp].V = null;
            closure = new PyCell[t.Items.Length];
            for (int i = 0; i < closure.Length; i++) closure[i] = (PyCell)t.Items[i];
        }
        PyObject? annotations = null;
        if ((arg & (int)MakeFunctionFlags.Annotations) != 0) { annotations = s[--sp].V; s[sp].V = null; }
        if ((arg & (int)MakeFunctionFlags.KwDefaults) != 0) { kwd = (PyDict)s[--sp].V!; s[sp].V = null; }
        if ((arg & (int)MakeFunctionFlags.Defaults) != 0) { defaults = (PyTuple)s[--sp].V!; s[sp].V = null; }
        var globals = f.Globals;
        if (!ReferenceEquals(fcode.MadeInGlobals, globals) || fcode.MadeInMutations != globals.Mutations)
        {
            // PyFunction_New's lookups, remembered with the globals' change count (a `__name__` or
            // `__builtins__` rebound since changes it, as any other store does).
            fcode.MadeModule = globals.TryGetValue(Ops.N.Name, out var module) ? module : PyNone.Instance;
            fcode.MadeBuiltins = PyFunction.BuiltinsFromGlobals(globals);
            fcode.MadeInMutations = globals.Mutations;
            fcode.MadeInGlobals = globals;
        }
        s[sp++].V = new PyFunction(fcode, globals, defaults, kwd, closure, fcode.MadeModule!, fcode.MadeBuiltins!) { Annotations = annotations };
        return sp;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetupAnnotationsStep(Frame f)
    {
        if (f.LocalsMapping is not null) { SetupAnnotationsMapped(f); return; }
        var loc = f.Locals ?? f.Globals;
        if (!loc.ContainsKey(PyStr.From("__annotations__"))) loc["__annotations__"] = new PyDict();
    }
}
