namespace Herthon.Runtime;

public delegate PyObject BuiltinFn(ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>Creates the instance for `cls(...)` before __init__ runs (CPython's tp_new).</summary>
public delegate PyObject NewFn(PyType cls, ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>A class object: builtin or user-defined. Attribute lookup walks the MRO's dicts.</summary>
public sealed partial class PyType : PyObject
{
    public string Name;
    public string Module = "builtins";
    public string QualName;

    /// <summary>CPython's tp_name, the name error messages use: a C type of a module other than
    /// builtins carries its module ("itertools.pairwise", "array.array"); builtins and classes
    /// defined in Python have the bare name.</summary>
    public string TpName => IsBuiltin && Module is not ("builtins" or "") ? $"{Module}.{Name}" : Name;
    public PyType[] Bases;
    public PyType[] Mro = [];
    public readonly PyDict TypeDict = new();
    public PyType? Metaclass;
    /// <summary>Builtin constructor of this type or its nearest builtin ancestor.</summary>
    public NewFn? New;
    public bool IsBuiltin;
    /// <summary>A builtin type Python classes may derive from (its instances are PyInstances).</summary>
    public bool AcceptsSubclasses;
    /// <summary>True for BaseException and every class derived from it.</summary>
    public bool IsException;
    /// <summary>True for builtin types CPython refuses as a base (no Py_TPFLAGS_BASETYPE): bool, range, ...</summary>
    public bool IsFinal;
    /// <summary>Py_TPFLAGS_IS_ABSTRACT: a non-empty __abstractmethods__; object.__new__ refuses to instantiate.</summary>
    public bool IsAbstract;
    /// <summary>A core builtin type (module "builtins") whose dunders exist only in its dict, so Ops
    /// dispatches them as it does for module types (mappingproxy).</summary>
    public bool DictDispatch;
    /// <summary>Names declared in __slots__ (user classes); null when the class has a __dict__.</summary>
    public string[]? SlotNames;
    /// <summary>Number of __slots__ storage cells instances need (own and inherited).</summary>
    public int SlotCount;
    /// <summary>True when instances still get a __dict__ although __slots__ is declared.</summary>
    public bool HasDictSlot;
    /// <summary>This class gives its instances a weak-reference list its bases' instances lack
    /// (no __slots__, or `__weakref__` among them): it has the `__weakref__` descriptor.</summary>
    public bool AddsWeakref;
    /// <summary>Instances have a __dict__: no __slots__, or `__dict__` among them.</summary>
    public bool InstancesHaveDict => SlotNames is null || HasDictSlot;
    /// <summary>Changed on any change to this type's or a base's dict (lets call sites cache lookups):
    /// a new value from one counter shared by all types, never 0 (<see cref="NextVersion"/>), so a
    /// version alone names the type and its state, and an attribute site's hit compares it once
    /// (CPython's type version tags are unique in the same way).</summary>
    public int Version = NextVersion();
    private static int s_lastVersion;
    /// <summary>The next type version: unique among all types until the counter wraps, and never 0
    /// (what an attribute site's hit field holds when it has no hit).</summary>
    private static int NextVersion()
    {
        int v;
        do v = Interlocked.Increment(ref s_lastVersion); while (v == 0);
        return v;
    }
    /// <summary>Whether instances have __del__, valid while DelCheckedVersion == Version (see Finalization.HasDel).</summary>
    internal bool HasDel;
    internal int DelCheckedVersion = -1;
    /// <summary>Version at which `__class__` of an instance was found to be the type itself (no
    /// class attribute `__class__`, no Python __getattribute__); see ClassIsOwnType.</summary>
    private int _classOwnVersion = -1;
    /// <summary>The key table its instances' attributes start in (created at the first store).</summary>
    internal InstanceKeys? InstanceKeys;
    private readonly List<WeakReference<PyType>> _subclasses = [];

    public PyType(string name, PyType[] bases, bool builtin)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        IsBuiltin = builtin;
        AddsWeakref = !builtin;   // as type_new without __slots__; TypeSlots.Apply decides for class statements
        TypeDict.OwnerType = this;
        foreach (var b in bases) b._subclasses.Add(new WeakReference<PyType>(this));
    }

    public override PyType Type => Metaclass ?? TypeObjects.TypeType;
    public override PyDict? Dict => TypeDict;

    public PyType? Base => Bases.Length > 0 ? Bases[0] : null;

    public void ComputeMro()
    {
        Touch();
        Mro = C3.Linearize(this);
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, TypeObjects.BaseExceptionOrNull)) IsException = true;
        }
        if (New is null)
        {
            foreach (var t in Mro) if (t.New is not null && !ReferenceEquals(t, this)) { New = t.New; break; }
            // class H(Plain, str): the builtin base lays the instance out (CPython's best_base), not the
            // plain class listed first, whose New is only object's.
            var objectNew = Mro[^1].New;
            if (New is not null && ReferenceEquals(New, objectNew))
                foreach (var t in Mro)
                    if (t.IsBuiltin && t.New is not null && !ReferenceEquals(t.New, objectNew) && !ReferenceEquals(t, this)) { New = t.New; break; }
        }
    }

    /// <summary>Finds `name` along the MRO (the type's own dict first). Null when absent.
    /// Answers come from a global cache (CPython's method cache) keyed by type, version and name;
    /// any change to a type's dict bumps its version and its subclasses'.</summary>
    public PyObject? Lookup(PyStr name)
    {
        uint idx = (uint)(_cacheSeed + (int)name.Hash()) & CacheMask;
        var e = s_cache[idx];
        if (e is not null && ReferenceEquals(e.Type, this) && e.Version == Version && (ReferenceEquals(e.Name, name.V) || e.Name == name.V))
            return e.Value;
        var v = LookupUncached(name);
        s_cache[idx] = new CacheEntry(this, Version, name.V, v);
        return v;
    }

    private PyObject? LookupUncached(PyStr name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].TypeDict.TryGetValue(name, out var v)) return v;
        return null;
    }

    // The type's share of the cache index: a field, not RuntimeHelpers.GetHashCode (an object-header
    // read, and a call under NativeAOT, on every Lookup).
    private readonly int _cacheSeed = unchecked(Interlocked.Increment(ref s_seeds) * (int)0x9E3779B1);
    private static int s_seeds;
    private sealed record CacheEntry(PyType Type, int Version, string Name, PyObject? Value);
    private const uint CacheMask = 4095;
    private static readonly CacheEntry?[] s_cache = new CacheEntry?[CacheMask + 1];

    /// <summary>Empties the method cache, whose entries hold their types and values strongly (at exit,
    /// and at every gc.collect(): GcTracker.Collect, so that what only the cache still references
    /// can be collected and finalised).</summary>
    internal static void ClearLookupCache() => Array.Clear(s_cache);

    public PyObject? Lookup(string name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i].TypeDict.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>Whether `o.__class__` is this type for every instance o (object's own answer: no
    /// `__class__` along the MRO, no Python __getattribute__), so isinstance need not look it up.
    /// Cached with the version; a false answer is computed again each time (two cached lookups).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool ClassIsOwnType() => _classOwnVersion == Version || ClassIsOwnTypeSlow();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool ClassIsOwnTypeSlow()
    {
        if (!ReferenceEquals(Lookup(Ops.N.Class), Ops.ClassDescriptor) || Lookup(Ops.N.GetAttribute) is PyFunction) return false;
        _classOwnVersion = Version;
        return true;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++) if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    public void Touch()
    {
        Version = NextVersion();
        foreach (var w in _subclasses) if (w.TryGetTarget(out var t)) t.Touch();
    }

    /// <summary>
    /// C.__bases__ = bases, once Ops.SetBases has checked them: the subclass lists move, and the
    /// MRO of this class and of every class below it is computed again (ComputeMro, then the
    /// metaclass's mro() where it overrides it); if one cannot be, every class gets its old bases
    /// and MRO back.
    /// </summary>
    internal void ReplaceBases(PyType[] bases)
    {
        var oldBases = Bases;
        // This class and every class below it (a walk without recursion: hierarchies can be deep),
        // each after all of its bases: a base's MRO is shorter than the MRO of any class below it.
        var saved = new List<(PyType Type, PyType[] Mro, bool IsException)>();
        var seen = new HashSet<PyType>(ReferenceComparer.Instance);
        var pending = new Stack<PyType>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (!seen.Add(t)) continue;
            saved.Add((t, t.Mro, t.IsException));
            foreach (var sub in t.Subclasses()) pending.Push(sub);
        }
        saved.Sort(static (a, b) => a.Mro.Length.CompareTo(b.Mro.Length));
        MoveSubclassEntry(oldBases, bases);
        Bases = bases;
        try
        {
            foreach (var (t, _, _) in saved)
            {
                t.IsException = false;
                t.ComputeMro();
                TypeCall.InvokeCustomMro(t);
            }
        }
        catch (PyException)
        {
            MoveSubclassEntry(bases, oldBases);
            Bases = oldBases;
            foreach (var (t, mro, isException) in saved) { t.Mro = mro; t.IsException = isException; t.Touch(); }
            throw;
        }
    }

    private void MoveSubclassEntry(PyType[] from, PyType[] to)
    {
        foreach (var b in from) b._subclasses.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, this));
        foreach (var b in to) b._subclasses.Add(new WeakReference<PyType>(this));
    }

    public List<PyType> Subclasses()
    {
        var l = new List<PyType>();
        foreach (var w in _subclasses) if (w.TryGetTarget(out var t)) l.Add(t);
        return l;
    }

    public void SetMethod(string name, BuiltinFn fn) => TypeDict[name] = new PyMethodDescriptor(name, this, fn);

    /// <summary>__next__ from a body that returns null at the end: called from Python it raises
    /// StopIteration there; iteration in C# (<see cref="UserIterator"/>: `for`, list(), ...) calls
    /// the body and takes the null, without a .NET exception per exhausted iterator (CPython's
    /// tp_iternext, which returns NULL with no exception set).</summary>
    public void SetIterNext(Func<PyObject, PyObject?> next) =>
        TypeDict["__next__"] = new PyMethodDescriptor("__next__", this, (a, kw) => next(a[0]) ?? throw Errors.StopIteration()) { IterNext = next };
}

internal static class C3
{
    public static PyType[] Linearize(PyType t)
    {
        if (t.Bases.Length == 0) return [t];
        if (t.Bases.Length == 1)
        {
            var b = t.Bases[0].Mro;
            var r = new PyType[b.Length + 1];
            r[0] = t;
            Array.Copy(b, 0, r, 1, b.Length);
            return r;
        }
        var seqs = new List<List<PyType>>();
        foreach (var b in t.Bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. t.Bases]);
        var result = new List<PyType> { t };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? cand = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                    for (int i = 1; i < s2.Count; i++) if (ReferenceEquals(s2[i], head)) { inTail = true; break; }
                if (!inTail) { cand = head; break; }
            }
            if (cand is null)
            {
                var names = string.Join(", ", t.Bases.Select(b => b.Name));
                throw Errors.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(cand);
            foreach (var s in seqs) if (ReferenceEquals(s[0], cand)) s.RemoveAt(0);
        }
        return [.. result];
    }
}

/// <summary>A builtin function (`len`, `print`, a module function).</summary>
public sealed class PyBuiltinFunction(string name, BuiltinFn fn, PyObject? self = null) : PyObject
{
    public readonly string Name = name;
    public readonly BuiltinFn Fn = fn;
    /// <summary>Bound receiver for builtin methods accessed through an instance (`[].append`).</summary>
    public readonly PyObject? Self = self;
    public string? ModuleName;
    /// <summary>A builtin CALL runs directly (Evaluation/Interpreter.BuiltinCalls.cs), not through Fn.</summary>
    internal BuiltinFast Fast;
    public override PyType Type => TypeObjects.BuiltinFunction;
}

/// <summary>The builtins CALL runs without their argument checks and delegate when called positionally
/// with the right argument count (CPython 3.11's PRECALL_NO_KW_LEN, PRECALL_NO_KW_ISINSTANCE).</summary>
internal enum BuiltinFast : byte
{
    None, Len, IsInstance, Abs, Ord, DivMod,
    // math's one-argument libm functions (CPython's math_1) on an exact float or a plain int.
    MathSqrt, MathSin, MathCos, MathTan, MathAsin, MathAcos, MathAtan, MathExp, MathFabs,
}

/// <summary>A method of a builtin type; args[0] is self. Binding it to an instance makes a PyMethod.</summary>
public sealed class PyMethodDescriptor(string name, PyType owner, BuiltinFn fn) : PyObject
{
    public readonly string Name = name;
    public readonly PyType Owner = owner;
    public readonly BuiltinFn Fn = fn;
    public override PyType Type => TypeObjects.MethodDescriptor;

    /// <summary>For a method whose Fn is MethodArity's argument-count wrapper: the body it wraps and
    /// the positional range it accepts without a keyword (Min..Min+Span arguments after self).
    /// CallUnbound calls the body directly when the count is in range, which is the wrapper's own
    /// fast path, without its second delegate call; every other caller goes through Fn.</summary>
    public BuiltinFn? Body { get; init; }
    public int Min { get; init; }
    public int Span { get; init; }

    /// <summary>Direct forms for 0, 1 or 2 positional arguments, valid only for a self whose type is
    /// exactly <see cref="Owner"/> (<see cref="FastType.Of"/>): the receiver and the arguments are
    /// passed as they are, without an argument span, the self check and the arity parsing (CPython
    /// 3.11's PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O). A direct form may decline with null,
    /// before any effect; the call then takes <see cref="CallExact"/>. Set by DirectMethods.Install.</summary>
    internal Func<PyObject, PyObject?>? Direct0;
    internal Func<PyObject, PyObject, PyObject?>? Direct1;
    internal Func<PyObject, PyObject, PyObject, PyObject?>? Direct2;

    /// <summary>For __next__ set by <see cref="PyType.SetIterNext"/>: its body, which returns null
    /// at the end instead of raising StopIteration; valid for a self of the owner's type or a
    /// subclass.</summary>
    internal Func<PyObject, PyObject?>? IterNext { get; init; }

    /// <summary>Called with positional arguments only and args[0] of exactly the owner's type (the
    /// caller checked it): CallUnbound without the self check.</summary>
    internal PyObject CallExact(ReadOnlySpan<PyObject> args)
    {
        if (Body is { } body && (uint)(args.Length - 1 - Min) <= (uint)Span) return body(args, null);
        return Fn(args, null);
    }

    /// <summary>Called unbound (`dict.get(d, k)`): args[0] must be an instance of the owner, as
    /// CPython's descriptor check does; Fn itself casts it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PyObject CallUnbound(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var st = FastType.Of(args[0]);
        if (!ReferenceEquals(st, Owner) && !st.IsSubtypeOf(Owner)) throw WrongSelf(args[0]);
        if (Body is { } body && kw is null && (uint)(args.Length - 1 - Min) <= (uint)Span) return body(args, null);
        return Fn(args, kw);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private PyException WrongSelf(PyObject self) =>
        Errors.TypeError(IsSlotWrapper()
            ? $"descriptor '{Name}' requires a '{Owner.TpName}' object but received a '{self.Type.TpName}'"
            : $"descriptor '{Name}' for '{Owner.TpName}' objects doesn't apply to a '{self.Type.TpName}' object");

    /// <summary>CPython exposes the type slots (`__len__`, `__add__`, …) as slot wrappers, whose check
    /// words the error differently from a method's; dict, list and set define `__getitem__` and
    /// `__contains__` as methods too (METH_COEXIST).</summary>
    private bool IsSlotWrapper()
    {
        if (!MethodArity.SlotNames.Contains(Name)) return false;
        bool coexist = Name is "__getitem__" or "__contains__"
            && (ReferenceEquals(Owner, TypeObjects.Dict) || ReferenceEquals(Owner, TypeObjects.List)
                || ReferenceEquals(Owner, TypeObjects.Set) || ReferenceEquals(Owner, TypeObjects.FrozenSet));
        return !coexist;
    }
}

/// <summary>A bound method: a callable plus the instance it was looked up on.</summary>
public sealed class PyMethod(PyObject func, PyObject self) : PyObject
{
    public readonly PyObject Func = func;
    public readonly PyObject Self = self;
    public override PyType Type => TypeObjects.Method;
}

public sealed class PyStaticMethod(PyObject func) : PyObject
{
    /// <summary>Set again by __init__ (a subclass's __init__ may call super().__init__(f)).</summary>
    public PyObject Func = func;
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.StaticMethod;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
}

public sealed class PyClassMethod(PyObject func) : PyObject
{
    public PyObject Func = func;
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.ClassMethod;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
}

public sealed class PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc) : PyObject
{
    public PyObject? FGet = fget, FSet = fset, FDel = fdel, Doc = doc;
    /// <summary>The attribute name given by __set_name__ (for error messages of subclass instances).</summary>
    public string? Name;
    public PyType? Sub;
    public override PyType Type => Sub ?? TypeObjects.Property;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);
}

public sealed class PyModule : PyObject
{
    /// <summary>Set again by module.__init__ (a types.ModuleType subclass is created empty, then initialised).</summary>
    public string Name;
    public PyType? Sub;
    public readonly PyDict ModuleDict;

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        ModuleDict = dict ?? new PyDict();
        ModuleDict["__name__"] = PyStr.From(name);
        if (!ModuleDict.ContainsKey(PyStr.From("__doc__"))) ModuleDict["__doc__"] = PyNone.Instance;
    }

    public override PyType Type => Sub ?? TypeObjects.Module;
    public override PyDict? Dict => ModuleDict;

    public void Add(string name, PyObject value) => ModuleDict[name] = value;
    public void AddFunction(string name, BuiltinFn fn) => ModuleDict[name] = new PyBuiltinFunction(name, fn) { ModuleName = Name };
}
