using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// A weak reference (`_weakref.ref`, a.k.a. weakref.ReferenceType, subclassable) or a proxy
/// (ProxyType, CallableProxyType). A PyInstance so that subclasses get `__slots__` and a `__dict__`
/// like any user class; the referent is held by a short CLR weak reference.
/// </summary>
public sealed class PyWeakref : PyDictInstance
{
    private WeakReference<PyObject>? _target;
    /// <summary>The callback, called with this reference once the referent died; null after that.</summary>
    internal PyObject? Callback;
    private long _hash;
    private bool _hashed;

    internal PyWeakref(PyType type, PyObject referent, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(referent);
        Callback = callback;
    }

    internal bool IsProxy => !Type.IsSubtypeOf(WeakrefModule.ReferenceType);

    /// <summary>The referent, or null once it died.</summary>
    public PyObject? Referent => _target is not null && _target.TryGetTarget(out var o) ? o : null;

    internal void Clear() => _target = null;

    internal long Hash()
    {
        if (_hashed) return _hash;
        var o = Referent ?? throw Errors.TypeError("weak object has gone away");
        _hash = Ops.Hash(o);
        _hashed = true;
        return _hash;
    }
}

/// <summary>
/// The references to one object, in CPython's list order (the basic ref, the basic proxy, then the
/// others newest first). Held by a ConditionalWeakTable entry keyed on the referent, so the CLR
/// finds it unreachable when the referent dies; its finaliser then queues it, and on the
/// interpreter thread <see cref="Run"/> clears the references and calls their callbacks.
/// </summary>
internal sealed class WeakrefList(ThreadState owner) : Finalizable(owner)
{
    // The references themselves are held weakly: a reference that died first has no callback to
    // call (as in CPython). GCHandles, not WeakReference objects: those have finalisers of their own
    // that free their handle in the same finaliser batch as this list.
    internal readonly List<GCHandle> Refs = [];
    internal override int Phase => 1;

    internal static PyWeakref? Target(GCHandle h) => (PyWeakref?)h.Target;

    internal List<PyWeakref> Live()
    {
        var live = new List<PyWeakref>(Refs.Count);
        foreach (var h in Refs)
            if (Target(h) is { } r && r.Referent is not null) live.Add(r);
        return live;
    }

    internal override void Run()
    {
        var refs = new List<PyWeakref>(Refs.Count);
        foreach (var h in Refs)
        {
            if (Target(h) is { } r) refs.Add(r);
            h.Free();
        }
        Refs.Clear();
        foreach (var r in refs) r.Clear();
        foreach (var r in refs)
        {
            var callback = r.Callback;
            r.Callback = null;
            if (callback is null) continue;
            try { Ops.Call(callback, r); }
            catch (PyException e) { Finalization.WriteUnraisable(e.Value, null, callback); }
        }
    }
}

/// <summary>The `_weakref` module: ref, proxy, getweakrefcount, getweakrefs, _remove_dead_weakref.</summary>
public static class WeakrefModule
{
    public static readonly PyType ReferenceType = MakeType("ReferenceType");
    public static readonly PyType ProxyType = MakeType("ProxyType");
    public static readonly PyType CallableProxyType = MakeType("CallableProxyType");
    private static readonly ConditionalWeakTable<PyObject, WeakrefList> s_lists = new();

    static WeakrefModule()
    {
        InstallRef();
        InstallProxy(ProxyType);
        InstallProxy(CallableProxyType);
        CallableProxyType.SetMethod("__call__", static (a, kw) => Ops.Call(Unwrap(a[0]), a[1..], kw));
    }

    private static PyType MakeType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "weakref" };
        t.ComputeMro();
        return t;
    }

    public static PyModule Create()
    {
        RuntimeHelpers.RunClassConstructor(typeof(WeakrefModule).TypeHandle);
        var m = new PyModule("_weakref");
        m.Add("ref", ReferenceType);
        m.Add("ReferenceType", ReferenceType);
        m.Add("ProxyType", ProxyType);
        m.Add("CallableProxyType", CallableProxyType);
        m.AddFunction("proxy", static (a, kw) =>
        {
            Args.NoKw("proxy", kw);
            if (a.Length is < 1 or > 2) throw Errors.TypeError($"proxy expected {(a.Length < 1 ? "at least 1" : "at most 2")} argument{(a.Length < 1 ? "" : "s")}, got {a.Length}");
            var callback = a.Length > 1 && a[1] is not PyNone ? a[1] : null;
            var type = Builtins.IsCallable(a[0]) ? CallableProxyType : ProxyType;
            return NewReference(type, a[0], callback);
        });
        m.AddFunction("getweakrefcount", static (a, kw) =>
        {
            Args.Count("getweakrefcount", a, kw, 1, 1);
            return PyInt.From(s_lists.TryGetValue(a[0], out var list) ? list.Live().Count : 0);
        });
        m.AddFunction("getweakrefs", static (a, kw) =>
        {
            Args.Count("getweakrefs", a, kw, 1, 1);
            var result = new PyList();
            if (s_lists.TryGetValue(a[0], out var list))
                foreach (var r in list.Live()) result.Append(r);
            return result;
        });
        m.AddFunction("_remove_dead_weakref", static (a, kw) =>
        {
            Args.Count("_remove_dead_weakref", a, kw, 2, 2);
            if (a[0] is not PyDict d) throw Errors.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {a[0].Type.Name}");
            var value = d.Get(a[1]);
            if (value is null) return PyNone.Instance;   // already gone: fine, as in CPython
            if (value is not PyWeakref r) throw Errors.TypeError("not a weakref");
            if (r.Referent is null) d.Remove(a[1]);
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>
    /// Whether CPython lets <paramref name="o"/> be weakly referenced: instances of user classes
    /// (unless every class declares __slots__ without __weakref__), functions, classes, sets,
    /// generators, modules, methods; not ints, strs, tuples, lists, dicts and the other builtin values.
    /// </summary>
    private static bool Referenceable(PyObject o)
    {
        switch (o)
        {
            case PyWeakref when o.Type.IsBuiltin: return false;
            case PyFunction or PyType or PySet or PyGenerator or PyModule or PyMethod or PyBuiltinFunction: return true;
            // CPython's coroutines, async generators (asyncio keeps a WeakSet of them), locks and _asyncio futures have a weakref slot too.
            case PyCoroutineBase or ThreadModule.PyLock or ThreadModule.PyRLock or PyFuture: return true;
            case SqliteCursor or SqliteBlob: return true;   // sqlite3's have a weakref slot
            case TeeIterator: return true;                    // itertools._tee has one
            case ArrayModule.PyArray or PyMemoryView or PickleBuffer: return true;   // so have array.array, memoryview and PickleBuffer
        }
        var type = o.Type;
        if (type.IsBuiltin) return false;
        // A class without __slots__ (or with __weakref__ among them) gives its instances a weak-reference
        // list; subclasses of int, tuple and bytes never get one (TypeSlots decides, as CPython's type_new).
        return TypeSlots.HasWeakref(type);
    }

    /// <summary>`o.__weakref__`: the head of o's list of references (the basic ref when there is one), or null.</summary>
    internal static PyWeakref? FirstReference(PyObject o)
    {
        if (!s_lists.TryGetValue(o, out var list)) return null;
        var live = list.Live();
        return live.Count > 0 ? live[0] : null;
    }

    /// <summary>ref(o[, callback]) / proxy(o[, callback]): reuses the basic reference when there is no callback, as CPython does.</summary>
    internal static PyWeakref NewReference(PyType type, PyObject referent, PyObject? callback)
    {
        if (!Referenceable(referent)) throw Errors.TypeError($"cannot create weak reference to '{referent.Type.Name}' object");
        var list = s_lists.GetValue(referent, static _ => new WeakrefList(ThreadState.Current));
        bool basic = callback is null && (ReferenceEquals(type, ReferenceType) || ReferenceEquals(type, ProxyType) || ReferenceEquals(type, CallableProxyType));
        // References that died before their referent leave a handle behind: drop those first.
        list.Refs.RemoveAll(static h =>
        {
            if (h.Target is not null) return false;
            h.Free();
            return true;
        });
        int firstOther = 0;
        foreach (var h in list.Refs)
        {
            if (WeakrefList.Target(h) is not { } r || !IsBasic(r)) break;
            if (basic && r.IsProxy == !ReferenceEquals(type, ReferenceType) && r.Referent is not null) return r;
            firstOther++;
        }
        var made = new PyWeakref(type, referent, callback);
        var entry = GCHandle.Alloc(made, GCHandleType.Weak);
        if (basic && ReferenceEquals(type, ReferenceType)) list.Refs.Insert(0, entry);
        else list.Refs.Insert(firstOther, entry);
        return made;
    }

    private static bool IsBasic(PyWeakref r) => r.Callback is null
        && (ReferenceEquals(r.Type, ReferenceType) || ReferenceEquals(r.Type, ProxyType) || ReferenceEquals(r.Type, CallableProxyType));

    private static PyObject Unwrap(PyObject o)
    {
        if (o is PyWeakref { IsProxy: true } p)
            return p.Referent ?? throw Errors.Make(TypeObjects.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    private static string ReferentText(PyObject o)
    {
        string text = $"to '{o.Type.Name}' at {Ops.Address(o)}";
        PyObject? name = null;
        try { name = Ops.GetAttrOrNull(o, PyStr.From("__name__")); }
        catch (PyException) { }
        return name is PyStr s ? $"{text} ({s.V})" : text;
    }

    private static void InstallRef()
    {
        var t = ReferenceType;
        t.New = static (cls, a, kw) =>
        {
            int n = Args.Positional(a, kw);
            if (n is < 1 or > 2) throw Errors.TypeError($"__new__ expected {(n < 1 ? "at least 1" : "at most 2")} argument{(n < 1 ? "" : "s")}, got {n}");
            return NewReference(cls, a[0], n > 1 && a[1] is not PyNone ? a[1] : null);
        };
        t.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(ReferenceType))
                throw Errors.TypeError("ref.__new__(X): X is not a subtype of ref");
            return cls.New!(cls, a[1..], kw);
        }));
        t.SetMethod("__init__", static (a, kw) => PyNone.Instance);
        t.SetMethod("__call__", static (a, kw) =>
        {
            Args.Method("weakref", a, kw, 0, 0);
            return ((PyWeakref)a[0]).Referent ?? PyNone.Instance;
        });
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(((PyWeakref)a[0]).Hash()));
        t.SetMethod("__eq__", static (a, kw) => Equal((PyWeakref)a[0], a[1], CompareOp.Eq));
        t.SetMethod("__ne__", static (a, kw) => Equal((PyWeakref)a[0], a[1], CompareOp.Ne));
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var r = (PyWeakref)a[0];
            var o = r.Referent;
            return PyStr.From($"<weakref at {Ops.Address(r)}; {(o is null ? "dead" : ReferentText(o))}>");
        });
        t.TypeDict["__callback__"] = new PyGetSetDescriptor("__callback__", static o => ((PyWeakref)o).Callback ?? PyNone.Instance);
        t.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();   // weakref.ref[int], as CPython
    }

    /// <summary>Two live references compare their referents; otherwise they are equal only if they are the same reference.</summary>
    private static PyObject Equal(PyWeakref self, PyObject other, CompareOp op)
    {
        if (other is not PyWeakref o || o.IsProxy) return PyNotImplemented.Instance;
        var a = self.Referent;
        var b = o.Referent;
        if (a is null || b is null)
        {
            bool same = ReferenceEquals(self, o);
            return PyBool.From(op == CompareOp.Eq ? same : !same);
        }
        return Ops.RichCompare(a, b, op);
    }

    private static void InstallProxy(PyType t)
    {
        t.SetMethod("__getattr__", static (a, kw) => Ops.GetAttr(Unwrap(a[0]), Ops.AttrName(a[1])));
        t.SetMethod("__setattr__", static (a, kw) => { Ops.SetAttr(Unwrap(a[0]), Ops.AttrName(a[1]), a[2]); return PyNone.Instance; });
        t.SetMethod("__delattr__", static (a, kw) => { Ops.DelAttr(Unwrap(a[0]), Ops.AttrName(a[1])); return PyNone.Instance; });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var p = (PyWeakref)a[0];
            var o = p.Referent;
            return PyStr.From(o is null ? $"<weakproxy at {Ops.Address(p)}; dead>" : $"<weakproxy at {Ops.Address(p)}; {ReferentText(o)}>");
        });
        t.SetMethod("__str__", static (a, kw) => PyStr.From(Ops.Str(Unwrap(a[0]))));
        t.SetMethod("__bool__", static (a, kw) => PyBool.From(Ops.Truth(Unwrap(a[0]))));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(Ops.Len(Unwrap(a[0]))));
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItem(Unwrap(a[0]), Unwrap(a[1])));
        t.SetMethod("__setitem__", static (a, kw) => { Ops.SetItem(Unwrap(a[0]), Unwrap(a[1]), Unwrap(a[2])); return PyNone.Instance; });
        t.SetMethod("__delitem__", static (a, kw) => { Ops.DelItem(Unwrap(a[0]), Unwrap(a[1])); return PyNone.Instance; });
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.Contains(Unwrap(a[0]), Unwrap(a[1]))));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(Unwrap(a[0])));
        t.SetMethod("__next__", static (a, kw) =>
        {
            var o = Unwrap(a[0]);
            var next = o.Type.Lookup(PyStr.From("__next__")) ?? throw Errors.TypeError($"Weakref proxy referenced a non-iterator '{o.Type.Name}' object");
            return Ops.CallMethod(next, o);
        });
        t.SetMethod("__neg__", static (a, kw) => Ops.Negate(Unwrap(a[0])));
        t.SetMethod("__pos__", static (a, kw) => Ops.Positive(Unwrap(a[0])));
        t.SetMethod("__invert__", static (a, kw) => Ops.Invert(Unwrap(a[0])));
        t.SetMethod("__index__", static (a, kw) => PyInt.From(Ops.IndexValue(Unwrap(a[0]))));
        t.TypeDict["__hash__"] = PyNone.Instance;   // proxies are unhashable
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            var name = op switch
            {
                CompareOp.Lt => "__lt__", CompareOp.Le => "__le__", CompareOp.Eq => "__eq__", CompareOp.Ne => "__ne__", CompareOp.Gt => "__gt__", _ => "__ge__",
            };
            t.SetMethod(name, (a, kw) => Ops.RichCompare(Unwrap(a[0]), Unwrap(a[1]), op));
        }
        foreach (BinaryOp op in Enum.GetValues<BinaryOp>())
        {
            int i = (int)op;
            t.SetMethod(Ops.N.BinOp[i].V, (a, kw) => Ops.Binary(Unwrap(a[0]), Unwrap(a[1]), op));
            t.SetMethod(Ops.N.RBinOp[i].V, (a, kw) => Ops.Binary(Unwrap(a[1]), Unwrap(a[0]), op));
            t.SetMethod(Ops.N.IBinOp[i].V, (a, kw) => Ops.Binary(Unwrap(a[0]), Unwrap(a[1]), op, inplace: true));
        }
    }
}
