using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>The per-class state of an ABC (CPython's _abc_data): registered virtual subclasses and the
/// positive/negative isinstance caches, all weak as in CPython so they keep no class alive.</summary>
public sealed class AbcData : PyObject
{
    public static readonly PyType TypeObject = MakeType();
    public ConditionalWeakTable<PyObject, object> Registry = new(), Cache = new(), NegativeCache = new();
    public long NegativeCacheVersion;
    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("_abc_data", [TypeObjects.Object], true) { Module = "_abc", IsFinal = true };
        t.ComputeMro();
        return t;
    }
}

/// <summary>`_abc` (Modules/_abc.c): the machinery behind abc.ABCMeta — abstract-method bookkeeping,
/// register(), and isinstance/issubclass with __subclasshook__, the registry and the caches.</summary>
public static class AbcModule
{
    private static long s_invalidationCounter;

    public static PyModule Create()
    {
        var m = new PyModule("_abc");
        m.AddFunction("get_cache_token", static (a, kw) => PyInt.From(Interlocked.Read(ref s_invalidationCounter)));
        m.AddFunction("_abc_init", static (a, kw) => { Args.Count("_abc_init", a, kw, 1, 1); Init(a[0]); return PyNone.Instance; });
        m.AddFunction("_abc_register", static (a, kw) => { Args.Count("_abc_register", a, kw, 2, 2); return Register(a[0], a[1]); });
        m.AddFunction("_abc_instancecheck", static (a, kw) => { Args.Count("_abc_instancecheck", a, kw, 2, 2); return PyBool.From(InstanceCheck(a[0], a[1])); });
        m.AddFunction("_abc_subclasscheck", static (a, kw) => { Args.Count("_abc_subclasscheck", a, kw, 2, 2); return PyBool.From(SubclassCheck(a[0], a[1])); });
        m.AddFunction("_reset_registry", static (a, kw) => { Args.Count("_reset_registry", a, kw, 1, 1); Impl(a[0]).Registry.Clear(); return PyNone.Instance; });
        m.AddFunction("_reset_caches", static (a, kw) =>
        {
            Args.Count("_reset_caches", a, kw, 1, 1);
            var impl = Impl(a[0]);
            impl.Cache.Clear();
            impl.NegativeCache.Clear();
            return PyNone.Instance;
        });
        m.AddFunction("_get_dump", static (a, kw) =>
        {
            Args.Count("_get_dump", a, kw, 1, 1);
            var impl = Impl(a[0]);
            return PyTuple.Of(SetOf(impl.Registry), SetOf(impl.Cache), SetOf(impl.NegativeCache), PyInt.From(impl.NegativeCacheVersion));
        });
        return m;
    }

    private static PySet SetOf(ConditionalWeakTable<PyObject, object> table)
    {
        var s = new PySet();
        foreach (var kv in table) s.Add(kv.Key);
        return s;
    }

    public static PyException CannotInstantiate(PyType t)
    {
        var names = new List<string>();
        if (t.Lookup(PyStr.From("__abstractmethods__")) is { } am)
            for (var it = Ops.GetIter(am); it.Next() is { } n;) names.Add(Ops.Str(n));
        names.Sort(string.CompareOrdinal);
        return Errors.TypeError($"Can't instantiate abstract class {t.Name} with abstract method{(names.Count == 1 ? "" : "s")} {string.Join(", ", names)}");
    }

    private static AbcData Impl(PyObject self) =>
        Ops.GetAttr(self, PyStr.From("_abc_impl")) as AbcData ?? throw Errors.TypeError("_abc_impl is set to a wrong type");

    // _PyObject_LookupAttr: an AttributeError from a module's or class's own __getattr__ (dbm.dumb's
    // `_io = io` class attribute) means "not abstract" too.
    private static bool IsAbstract(PyObject? v)
    {
        if (v is null) return false;
        PyObject? f;
        try { f = Ops.GetAttrOrNull(v, PyStr.From("__isabstractmethod__")); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError)) { return false; }
        return f is not null && Ops.Truth(f);
    }

    /// <summary>compute_abstract_methods, then a fresh _abc_impl.</summary>
    private static void Init(PyObject self)
    {
        var abstracts = new PySet(frozen: true);
        var ns = Ops.GetAttr(self, PyStr.From("__dict__"));
        var items = Ops.GetIter(Ops.Invoke(ns, "items"));
        while (items.Next() is { } kv)
        {
            var pair = Ops.ToArray(kv);
            if (IsAbstract(pair[1])) abstracts.Add(pair[0]);
        }
        var bases = Ops.GetAttr(self, PyStr.From("__bases__"));
        for (var bi = Ops.GetIter(bases); bi.Next() is { } b;)
        {
            if (Ops.GetAttrOrNull(b, PyStr.From("__abstractmethods__")) is not { } inherited) continue;
            for (var ni = Ops.GetIter(inherited); ni.Next() is { } name;)
                if (IsAbstract(Ops.GetAttrOrNull(self, (PyStr)name))) abstracts.Add(name);
        }
        Ops.SetAttr(self, PyStr.From("__abstractmethods__"), abstracts);
        Ops.SetAttr(self, PyStr.From("_abc_impl"), new AbcData());
    }

    private static PyObject Register(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType) throw Errors.TypeError("Can only register classes");
        if (Builtins.IsSubclass(subclass, self)) return subclass; // already a subclass
        // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow X.register(X) and interpret it as a no-op.
        if (Builtins.IsSubclass(self, subclass)) throw Errors.RuntimeError("Refusing to create an inheritance cycle");
        Impl(self).Registry.AddOrUpdate(subclass, PyNone.Instance);
        Interlocked.Increment(ref s_invalidationCounter); // invalidate negative caches
        return subclass;
    }

    private static bool InstanceCheck(PyObject self, PyObject instance)
    {
        var impl = Impl(self);
        var subclass = Ops.GetAttr(instance, PyStr.From("__class__"));
        if (impl.Cache.TryGetValue(subclass, out _)) return true;
        var subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == Interlocked.Read(ref s_invalidationCounter) && impl.NegativeCache.TryGetValue(subclass, out _)) return false;
            return CallSubclassCheck(self, subclass);
        }
        return CallSubclassCheck(self, subclass) || CallSubclassCheck(self, subtype);
    }

    private static bool CallSubclassCheck(PyObject self, PyObject c) => Ops.Truth(Ops.Invoke(self, "__subclasscheck__", c));

    private static bool SubclassCheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType sub) throw Errors.TypeError("issubclass() arg 1 must be a class");
        var impl = Impl(self);
        if (impl.Cache.TryGetValue(subclass, out _)) return true;
        long counter = Interlocked.Read(ref s_invalidationCounter);
        if (impl.NegativeCacheVersion < counter)
        {
            impl.NegativeCache = new();
            impl.NegativeCacheVersion = counter;
        }
        else if (impl.NegativeCache.TryGetValue(subclass, out _)) return false;

        var ok = Ops.Invoke(self, "__subclasshook__", subclass);
        if (ok is PyBool b)
        {
            (b.V != 0 ? impl.Cache : impl.NegativeCache).AddOrUpdate(subclass, PyNone.Instance);
            return b.V != 0;
        }
        if (ok is not PyNotImplemented) throw Errors.AssertionError("__subclasshook__ must return either False, True, or NotImplemented");

        if (self is PyType st && Array.IndexOf(sub.Mro, st) >= 0) return Hit(impl, subclass);
        foreach (var kv in impl.Registry)
            if (Builtins.IsSubclass(subclass, kv.Key)) return Hit(impl, subclass);
        var subclasses = Ops.Invoke(self, "__subclasses__");
        for (var it = Ops.GetIter(subclasses); it.Next() is { } scls;)
            if (Builtins.IsSubclass(subclass, scls)) return Hit(impl, subclass);
        impl.NegativeCache.AddOrUpdate(subclass, PyNone.Instance);
        return false;
    }

    private static bool Hit(AbcData impl, PyObject subclass)
    {
        impl.Cache.AddOrUpdate(subclass, PyNone.Instance);
        return true;
    }
}
