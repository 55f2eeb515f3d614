namespace Herthon.Runtime;

/// <summary>
/// Which builtin types user classes may derive from, and the constructors that let instances of such
/// subclasses carry their class (the builtin object's `Sub` field) and a __dict__ (SubclassDicts).
/// </summary>
internal static class Subclassing
{
    /// <summary>CPython's types without Py_TPFLAGS_BASETYPE: `class C(bool)` is a TypeError there too.</summary>
    private static PyType[] FinalTypes() =>
    [
        TypeObjects.Bool, TypeObjects.NoneType, TypeObjects.NotImplementedType, TypeObjects.EllipsisType,
        TypeObjects.Range, TypeObjects.Slice, TypeObjects.Function, TypeObjects.BuiltinFunction,
        TypeObjects.MethodDescriptor, TypeObjects.GetSetDescriptor, TypeObjects.MemberDescriptor, TypeObjects.Method,
        TypeObjects.CellType, TypeObjects.Code, TypeObjects.TracebackType, TypeObjects.Generator,
        TypeObjects.ListIterator, TypeObjects.ListReverseIterator, TypeObjects.TupleIterator, TypeObjects.RangeIterator,
        TypeObjects.StrIterator, TypeObjects.DictKeyIterator, TypeObjects.SetIterator,
        TypeObjects.DictKeys, TypeObjects.DictValues, TypeObjects.DictItems,
    ];

    public static void Install()
    {
        foreach (var t in FinalTypes()) t.IsFinal = true;
        InstallDescriptors();
        InstallBytes();
        InstallExceptionPickling();
        InstallModule();
    }

    // types.ModuleType subclasses (lazy or attribute-computing modules): created empty, named by __init__.
    private static void InstallModule()
    {
        var mod = TypeObjects.Module;
        s_extensible.Add(mod);
        var mNew = mod.New!;
        mod.New = (cls, a, kw) => cls.IsBuiltin ? mNew(cls, a, kw) : new PyModule("?") { Sub = cls };
        mod.SetMethod("__init__", (a, kw) =>
        {
            var self = (PyModule)a[0];
            var fresh = (PyModule)mNew(TypeObjects.Module, a[1..], kw);
            self.Name = fresh.Name;
            self.ModuleDict["__name__"] = fresh.ModuleDict.Get("__name__")!;
            self.ModuleDict["__doc__"] = fresh.ModuleDict.Get("__doc__")!;
            return PyNone.Instance;
        });
    }

    /// <summary>Refuses a base class the way CPython does (or says Herthon cannot do it yet).</summary>
    public static void CheckBase(PyType b)
    {
        if (b.IsFinal) throw Errors.TypeError($"type '{b.TpName}' is not an acceptable base type");
        if (b.IsBuiltin && !b.IsException && !ReferenceEquals(b, TypeObjects.Object) && !ReferenceEquals(b, TypeObjects.TypeType) && !TypeMethods.Subclassable(b)
            && !s_extensible.Contains(b))
            throw Errors.NotImplementedError($"subclassing the builtin type '{b.Name}' is not supported by Herthon yet");
    }

    private static readonly HashSet<PyType> s_extensible = [];

    /// <summary>Lets user classes derive from a builtin type whose constructor makes instances of them.</summary>
    public static void Allow(PyType t)
    {
        lock (s_extensible) s_extensible.Add(t);
    }

    /// <summary>
    /// Lets user classes derive from a C#-implemented dict type (collections.OrderedDict, defaultdict,
    /// Counter): a subclass's instance starts empty and __init__ fills it, as CPython's tp_init does.
    /// </summary>
    public static void EnableDictSubclass(PyType t, bool initUsesSetItem)
    {
        lock (s_extensible) s_extensible.Add(t);
        var full = t.New!;
        t.New = (cls, a, kw) => cls.IsBuiltin ? full(cls, a, kw) : new PyDictSub(cls);
        t.SetMethod("__init__", (a, kw) =>
        {
            var self = (PyDictSub)a[0];
            var fresh = (PyDictSub)full(t, a[1..], kw);
            self.DefaultFactory = fresh.DefaultFactory;
            // OrderedDict and Counter fill through self[key] = value (a subclass's __setitem__ sees it); defaultdict does not.
            foreach (var kv in fresh.Items())
            {
                if (initUsesSetItem) Ops.SetItem(self, kv.Key, kv.Value);
                else self.SetItem(kv.Key, kv.Value);
            }
            return PyNone.Instance;
        });
    }

    // staticmethod, classmethod and property: CPython creates the object in tp_new and fills it in
    // tp_init, so a subclass's __init__ may take other arguments and call super().__init__(f).
    private static void InstallDescriptors()
    {
        var sm = TypeObjects.StaticMethod;
        var smNew = sm.New!;
        sm.New = (cls, a, kw) => cls.IsBuiltin ? smNew(cls, a, kw) : new PyStaticMethod(a.Length > 0 ? a[0] : PyNone.Instance) { Sub = cls };
        sm.SetMethod("__init__", static (a, kw) =>
        {
            Args.Method("staticmethod", a, kw, 1, 1);
            ((PyStaticMethod)a[0]).Func = a[1];
            return PyNone.Instance;
        });

        var cm = TypeObjects.ClassMethod;
        var cmNew = cm.New!;
        cm.New = (cls, a, kw) => cls.IsBuiltin ? cmNew(cls, a, kw) : new PyClassMethod(a.Length > 0 ? a[0] : PyNone.Instance) { Sub = cls };
        cm.SetMethod("__init__", static (a, kw) =>
        {
            Args.Method("classmethod", a, kw, 1, 1);
            ((PyClassMethod)a[0]).Func = a[1];
            return PyNone.Instance;
        });

        var p = TypeObjects.Property;
        var pNew = p.New!;
        p.New = (cls, a, kw) => cls.IsBuiltin ? pNew(cls, a, kw) : new PyProperty(null, null, null, null) { Sub = cls };
        p.SetMethod("__init__", (a, kw) =>
        {
            var fresh = (PyProperty)pNew(TypeObjects.Property, a[1..], kw);
            var self = (PyProperty)a[0];
            (self.FGet, self.FSet, self.FDel, self.Doc) = (fresh.FGet, fresh.FSet, fresh.FDel, fresh.Doc);
            // A subclass instance keeps its doc in its __dict__, ahead of the subclass's own docstring
            // (property_init's PyObject_SetAttr of __doc__); without a __dict__ (__slots__) that fails.
            if (self.Sub is not null)
            {
                var doc = self.Doc ?? (self.FGet is { } fg ? Ops.GetAttrOrNull(fg, Ops.N.Doc) ?? PyNone.Instance : PyNone.Instance);
                if (!self.Sub.InstancesHaveDict) throw Errors.AttributeError($"'{self.Sub.Name}' object attribute '__doc__' is read-only");
                self.Dict!["__doc__"] = doc;
            }
            return PyNone.Instance;
        });
        // getter/setter/deleter copy the property into an instance of its own class (type(self)(...)).
        p.SetMethod("getter", static (a, kw) => { var o = (PyProperty)a[0]; return CopyProperty(o, a[1], o.FSet, o.FDel); });
        p.SetMethod("setter", static (a, kw) => { var o = (PyProperty)a[0]; return CopyProperty(o, o.FGet, a[1], o.FDel); });
        p.SetMethod("deleter", static (a, kw) => { var o = (PyProperty)a[0]; return CopyProperty(o, o.FGet, o.FSet, a[1]); });
        p.SetMethod("__get__", static (a, kw) =>
        {
            Args.Method("__get__", a, kw, 1, 2);
            var self = (PyProperty)a[0];
            if (a[1] is PyNone) return self;
            if (self.FGet is null) throw Ops.PropertyMissing(self, a[1], "getter");
            return Ops.Call(self.FGet, a[1]);
        });
        p.SetMethod("__set__", static (a, kw) =>
        {
            Args.Method("__set__", a, kw, 2, 2);
            var self = (PyProperty)a[0];
            if (self.FSet is null) throw Ops.PropertyMissing(self, a[1], "setter");
            Ops.Call(self.FSet, a[1], a[2]);
            return PyNone.Instance;
        });
        p.SetMethod("__delete__", static (a, kw) =>
        {
            Args.Method("__delete__", a, kw, 1, 1);
            var self = (PyProperty)a[0];
            if (self.FDel is null) throw Ops.PropertyMissing(self, a[1], "deleter");
            Ops.Call(self.FDel, a[1]);
            return PyNone.Instance;
        });
        p.SetMethod("__set_name__", static (a, kw) =>
        {
            if (a.Length != 3 || kw is { Length: > 0 })
                throw Errors.TypeError($"__set_name__() takes 2 positional arguments but {a.Length - 1 + (kw?.Length ?? 0)} were given");
            ((PyProperty)a[0]).Name = a[2] is PyStr s ? s.V : null;
            return PyNone.Instance;
        });
    }

    private static PyObject CopyProperty(PyProperty o, PyObject? fget, PyObject? fset, PyObject? fdel)
    {
        static PyObject Arg(PyObject? f) => f ?? PyNone.Instance;
        if (o.Sub is null) return new PyProperty(NoneToNull(fget), NoneToNull(fset), NoneToNull(fdel), o.Doc) { Name = o.Name };
        // CPython passes doc=None when the doc came from the getter, so the new getter's doc is used.
        var r = Ops.Call(o.Sub, [Arg(fget), Arg(fset), Arg(fdel), Arg(o.Doc)]);
        if (r is PyProperty rp) rp.Name ??= o.Name;
        return r;
    }

    private static PyObject? NoneToNull(PyObject? o) => o is PyNone ? null : o;

    // BaseException.__reduce__/__setstate__: (type, args) plus the instance dict when it has entries, so
    // subclasses with extra attributes round-trip through copy and pickle-style protocols.
    private static void InstallExceptionPickling()
    {
        var b = TypeObjects.BaseException;
        b.SetMethod("__reduce__", static (a, kw) =>
        {
            Args.Method("__reduce__", a, kw, 0, 0);
            var e = (PyBaseException)a[0];
            return e.DictIfCreated is { Count: > 0 } d ? PyTuple.Of(e.Type, e.Args, d) : PyTuple.Of(e.Type, e.Args);
        });
        b.SetMethod("__setstate__", static (a, kw) =>
        {
            Args.Method("__setstate__", a, kw, 1, 1);
            if (a[1] is PyNone) return PyNone.Instance;
            if (a[1] is not PyDict state) throw Errors.TypeError("state is not a dictionary");
            foreach (var kv in state.Items()) Ops.SetAttr(a[0], (PyStr)kv.Key, kv.Value);
            return PyNone.Instance;
        });
    }

    // bytes is immutable (built in __new__); bytearray is filled by __init__ like list.
    private static void InstallBytes()
    {
        var b = TypeObjects.Bytes;
        var bNew = b.New!;
        b.New = (cls, a, kw) => cls.IsBuiltin ? bNew(cls, a, kw) : new PyBytes(((PyBytes)bNew(TypeObjects.Bytes, a, kw)).V) { Sub = cls };

        var ba = TypeObjects.ByteArray;
        var baNew = ba.New!;
        ba.New = (cls, a, kw) => cls.IsBuiltin ? baNew(cls, a, kw) : new PyByteArray([]) { Sub = cls };
        ba.SetMethod("__init__", (a, kw) =>
        {
            var self = (PyByteArray)a[0];
            var fresh = (PyByteArray)baNew(TypeObjects.ByteArray, a[1..], kw);
            self.Data = fresh.Data;
            self.Count = fresh.Count;
            return PyNone.Instance;
        });
    }
}
