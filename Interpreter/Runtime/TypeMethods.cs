using System.Numerics;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>Installs the methods of the builtin types into their type dicts.</summary>
internal static class TypeMethods
{
    public static void Install()
    {
        InstallObject();
        InstallType();
        InstallNumbers();
        ComplexOps.Install(TypeObjects.Complex);
        StrMethods.Install(TypeObjects.Str);
        ListMethods.Install(TypeObjects.List);
        InstallTuple();
        DictMethods.Install(TypeObjects.Dict);
        SetMethods.Install(TypeObjects.Set, frozen: false);
        SetMethods.Install(TypeObjects.FrozenSet, frozen: true);
        BytesMethods.Install();
        InstallExceptions();
        ExceptionGroups.Install();
        InstallMisc();
        IteratorReduce.Install();
        CoroutineMethods.Install();
        InstallSubclassing();
        Subclassing.Install();
        PyGenericAlias.InstallClassGetItem();
        MethodArity.Install();
        DirectMethods.Install();
        DescriptorAttributes.Install();
    }

    private static PyObject Self(ReadOnlySpan<PyObject> a) => a[0];


    /// <summary>Builtin types that user classes may derive from.</summary>
    public static bool Subclassable(PyType t) =>
        ReferenceEquals(t, TypeObjects.Int) || ReferenceEquals(t, TypeObjects.Float) || ReferenceEquals(t, TypeObjects.Str)
        || ReferenceEquals(t, TypeObjects.Tuple) || ReferenceEquals(t, TypeObjects.List) || ReferenceEquals(t, TypeObjects.Dict)
        || ReferenceEquals(t, TypeObjects.Set) || ReferenceEquals(t, TypeObjects.FrozenSet) || ReferenceEquals(t, TypeObjects.Bytes)
        || ReferenceEquals(t, TypeObjects.ByteArray) || ReferenceEquals(t, TypeObjects.StaticMethod) || ReferenceEquals(t, TypeObjects.ClassMethod)
        || ReferenceEquals(t, TypeObjects.Property)
        || ReferenceEquals(t, TypeObjects.Complex)
        || ReferenceEquals(t, WeakrefModule.ReferenceType) || t.AcceptsSubclasses;

    /// <summary>Wraps a freshly built value as an instance of `cls` when cls is a user subclass.</summary>
    public static PyObject AsSubclass(PyObject o, PyType cls)
    {
        if (cls.IsBuiltin) return o;
        switch (o)
        {
            case PyTuple t: return new PyTuple(t.Items) { Sub = cls };
            case PyStr s: return new PyStr(s.V, cls);
            case PyBool b: return PyInt.NewSub(PyInt.From(b.V), cls);
            case PyInt i: return PyInt.NewSub(i, cls);
            case PyFloat f: return PyFloat.NewSub(f.V, cls);
            case PySet st: { var r = st.CopySet(st.Frozen); r.Sub = cls; return r; }
        }
        return o;
    }

    /// <summary>The numeric dunders of int and float (so `(3).__add__(4)` and super() calls work).</summary>
    private static void InstallNumberDunders(PyType t)
    {
        for (int k = 0; k < Ops.N.BinOp.Length; k++)
        {
            var op = (BinaryOp)k;
            if (op == BinaryOp.MatMul) continue;
            t.SetMethod(Ops.N.BinOp[k].V, (a, kw) =>
            {
                Args.Method(Ops.N.BinOp[(int)op].V, a, kw, 1, 1);
                return a[1] is PyInt or PyFloat && !(a[0] is PyInt && a[1] is PyFloat) ? Ops.BinaryNative(a[0], a[1], op) : PyNotImplemented.Instance;
            });
            t.SetMethod(Ops.N.RBinOp[k].V, (a, kw) =>
            {
                Args.Method(Ops.N.RBinOp[(int)op].V, a, kw, 1, 1);
                return a[1] is PyInt or PyFloat && !(a[0] is PyInt && a[1] is PyFloat) ? Ops.BinaryNative(a[1], a[0], op) : PyNotImplemented.Instance;
            });
        }
        foreach (var (name, cop) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var c = cop;
            bool isInt = ReferenceEquals(t, TypeObjects.Int);
            t.SetMethod(name, (a, kw) => a[1] is PyInt || (a[1] is PyFloat && !isInt) ? Ops.BuiltinNumberCompare(a[0], a[1], c) : PyNotImplemented.Instance);
        }
        bool intType = ReferenceEquals(t, TypeObjects.Int);
        // int's nb_divmod takes ints only, float's ints and floats; anything else is NotImplemented.
        t.SetMethod("__divmod__", (a, kw) => { Args.Method("__divmod__", a, kw, 1, 1); return a[1] is PyInt || (a[1] is PyFloat && !intType) ? Builtins.NativeDivMod(a[0], a[1]) : PyNotImplemented.Instance; });
        t.SetMethod("__rdivmod__", (a, kw) => { Args.Method("__rdivmod__", a, kw, 1, 1); return a[1] is PyInt || (a[1] is PyFloat && !intType) ? Builtins.NativeDivMod(a[1], a[0]) : PyNotImplemented.Instance; });
        t.SetMethod("__trunc__", static (a, kw) => a[0] is PyFloat tf ? Builtins.IntFromDouble(tf.V) : a[0] is PyInt { Sub: not null } ti ? PyInt.From(ti.ToBig()) : a[0]);
        t.SetMethod("__floor__", static (a, kw) => a[0] is PyFloat ff ? Builtins.IntFromDouble(Math.Floor(ff.V)) : a[0]);
        t.SetMethod("__ceil__", static (a, kw) => a[0] is PyFloat cf ? Builtins.IntFromDouble(Math.Ceiling(cf.V)) : a[0]);
        if (ReferenceEquals(t, TypeObjects.Int)) t.SetMethod("__round__", static (a, kw) => Builtins.Round(a, kw));
        t.SetMethod("__neg__", static (a, kw) => Ops.Negate(a[0] is PyInt { Sub: not null } si ? PyInt.From(si.ToBig()) : a[0]));
        t.SetMethod("__pos__", static (a, kw) => Ops.Positive(a[0]));
        t.SetMethod("__abs__", static (a, kw) => Ops.Abs(a[0]));
        t.SetMethod("__bool__", static (a, kw) => PyBool.From(Ops.Truth(a[0])));
        if (ReferenceEquals(t, TypeObjects.Int)) t.SetMethod("__invert__", static (a, kw) => Ops.Invert(a[0]));
    }

    private static void InstallSubclassing()
    {
        InstallNumberDunders(TypeObjects.Int);
        InstallNumberDunders(TypeObjects.Float);
        foreach (var t in new[] { TypeObjects.Int, TypeObjects.Float, TypeObjects.Str, TypeObjects.Tuple, TypeObjects.List,
                     TypeObjects.Dict, TypeObjects.Set, TypeObjects.FrozenSet, TypeObjects.Bytes, TypeObjects.Complex })
        {
            t.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
            {
                if (a.Length == 0 || a[0] is not PyType cls) throw Errors.TypeError("__new__(X): X is not a type object");
                return cls.New!(cls, a[1..], kw);
            }));
        }
        foreach (var t in new[] { TypeObjects.Int, TypeObjects.Float, TypeObjects.Str, TypeObjects.Tuple, TypeObjects.FrozenSet })
        {
            var inner = t.New!;
            t.New = (cls, a, kw) => AsSubclass(inner(cls, a, kw), cls);
        }
        var listNew = TypeObjects.List.New!;
        TypeObjects.List.New = (cls, a, kw) => cls.IsBuiltin ? listNew(cls, a, kw) : new PyList { Sub = cls };
        TypeObjects.List.SetMethod("__init__", static (a, kw) =>
        {
            var l = (PyList)a[0];
            l.Clear();
            if (a.Length > 1) ListMethods.Extend(l, a[1]);
            return PyNone.Instance;
        });
        var dictNew = TypeObjects.Dict.New!;
        TypeObjects.Dict.New = (cls, a, kw) => cls.IsBuiltin ? dictNew(cls, a, kw) : new PyDict { Sub = cls };
        TypeObjects.Dict.SetMethod("__init__", static (a, kw) =>
        {
            var d = (PyDict)a[0];
            int npos = Args.Positional(a, kw) - 1;
            if (npos > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {npos}");
            if (npos == 1) DictMethods.Update(d, a[1], mergeCheck: false);
            if (kw is not null) for (int i = 0; i < kw.Length; i++) d.SetItem(PyStr.From(kw[i]), a[1 + npos + i]);
            return PyNone.Instance;
        });
        var setNew = TypeObjects.Set.New!;
        TypeObjects.Set.New = (cls, a, kw) => cls.IsBuiltin ? setNew(cls, a, kw) : new PySet { Sub = cls };
        TypeObjects.Set.SetMethod("__init__", static (a, kw) =>
        {
            var s = (PySet)a[0];
            s.Clear();
            if (a.Length > 1) foreach (var x in Ops.ToList(a[1])) s.Add(x);
            return PyNone.Instance;
        });
    }

    private static void InstallObject()
    {
        var o = TypeObjects.Object;
        o.New = static (cls, a, kw) => ReferenceEquals(cls, TypeObjects.Object) && a.Length > 0
            ? throw Errors.TypeError("object() takes no arguments") : TypeCall.CreateInstance(cls);
        // object_init: extra arguments are an error unless the type overrides __new__ and not __init__.
        o.SetMethod("__init__", static (a, kw) =>
        {
            if (a.Length > 1) ObjectInitExcessArgs(a[0].Type);
            return PyNone.Instance;
        });
        o.TypeDict["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            if (a.Length > 1) throw Errors.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no positional arguments");
            return PyNone.Instance;
        }));
        o.SetMethod("__repr__", static (a, kw) =>
        {
            var t = a[0].Type;
            string tn = t.Module == "builtins" ? t.QualName : $"{t.Module}.{t.QualName}";
            return PyStr.From($"<{tn} object at {Ops.Address(a[0])}>");
        });
        o.SetMethod("__str__", static (a, kw) => PyStr.From(Ops.Repr(a[0])));
        o.SetMethod("__eq__", static (a, kw) => { MethodArity.BinarySlot(a); return ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Instance; });
        Ops.ObjectEq = o.TypeDict.Get("__eq__")!;
        // object_richcompare's Py_NE: the answer of type(self)'s own __eq__ (not reflected), inverted.
        o.SetMethod("__ne__", static (a, kw) =>
        {
            MethodArity.BinarySlot(a);
            var eq = a[0].Type.Lookup(Ops.N.Eq);
            var r = eq is null || ReferenceEquals(eq, Ops.ObjectEq)
                ? ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Instance
                : Ops.CallMethod(eq, a[0], a[1]);
            return r is PyNotImplemented ? r : PyBool.From(!Ops.Truth(r));
        });
        Ops.ObjectNe = o.TypeDict.Get("__ne__")!;
        o.SetMethod("__hash__", static (a, kw) => PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0]) * 16L));
        o.SetMethod("__format__", static (a, kw) =>
        {
            var spec = Ops.AsString(a[1], "format spec");
            if (spec.Length > 0) throw Errors.TypeError($"unsupported format string passed to {a[0].Type.Name}.__format__");
            return PyStr.From(Ops.Str(a[0]));
        });
        o.SetMethod("__getattribute__", static (a, kw) =>
        {
            MethodArity.BinarySlot(a);
            var name = Ops.AttrName(a[1]);
            return Ops.GenericGetAttr(a[0], a[0].Type, name) ?? throw Ops.AttributeMissing(a[0], name.V);
        });
        o.SetMethod("__setattr__", static (a, kw) =>
        {
            // wrap_setattr / wrap_delattr: CPython's arity messages, exactly
            if (a.Length != 3) throw Errors.TypeError($" expected 2 arguments, got {a.Length - 1}");
            var name = Ops.AttrName(a[1]);
            if (a[0] is PyInstance inst) Ops.GenericSetAttr(inst, inst.Type, name, a[2]);
            else if (a[0] is not PyType && SubclassDicts.IsUserSub(a[0])) Ops.GenericSetAttr(a[0], a[0].Type, name, a[2]);
            else if (a[0] is PyType t) Ops.TypeSetAttrRaw(t, name, a[2]);
            else Ops.SetAttr(a[0], name, a[2]);
            return PyNone.Instance;
        });
        o.SetMethod("__delattr__", static (a, kw) =>
        {
            if (a.Length != 2) throw Errors.TypeError($"expected 1 argument, got {a.Length - 1}");
            var name = Ops.AttrName(a[1]);
            if (a[0] is PyType t) { Ops.TypeDelAttrRaw(t, name); return PyNone.Instance; }
            if (a[0] is PyInstance inst && !inst.Type.IsBuiltin) { Ops.GenericDelAttr(inst, inst.Type, name); return PyNone.Instance; }
            throw Ops.AttributeMissing(a[0], name.V);
        });
        o.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw Errors.TypeError("object.__new__(X): X is not a type object");
            if (cls.New is not null && !ReferenceEquals(cls.New, TypeObjects.Object.New)) return cls.New(cls, a[1..], null);
            if (a.Length > 1) ObjectNewExcessArgs(cls);
            return TypeCall.CreateInstance(cls);
        }));
        o.SetMethod("__dir__", static (a, kw) => Builtins.Dir(a[0]));
        o.TypeDict["__subclasshook__"] = new PyClassMethod(new PyBuiltinFunction("__subclasshook__", static (a, kw) => PyNotImplemented.Instance));
        o.SetMethod("__sizeof__", static (a, kw) => PyInt.From(SysModule.BaseSize(a[0])));
        ObjectReduce.Install(o);
        // A data descriptor, as CPython's object.__class__ getset: it wins over an instance-dict or
        // module-dict entry of that name, and assignment is object_set_class (Ops.AssignClass).
        o.TypeDict["__class__"] = Ops.ClassDescriptor = new PyGetSetDescriptor("__class__", static x => x.Type, Ops.AssignClass)
        {
            Owner = o, Doc = PyStr.From("the object's class"),
            Delete = static _ => throw Errors.TypeError("can't delete __class__ attribute"),
        };
    }

    private static PyObject ExactInt(PyObject o) =>
        o is PyBool b ? PyInt.From(b.V) : o is PyInt { Sub: not null } si ? PyInt.From(si.ToBig()) : o;

    /// <summary>object.__init__(self, *args) with arguments, as CPython's object_init: refused when
    /// the type has an __init__ of its own (the call came through super()), or no __new__ of its own.</summary>
    private static void ObjectInitExcessArgs(PyType t)
    {
        if (!ReferenceEquals(t.Lookup("__init__"), TypeObjects.Object.TypeDict.Get("__init__")))
            throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        foreach (var c in t.Mro)
        {
            if (ReferenceEquals(c, TypeObjects.Object)) break;
            if (c.TypeDict.Get("__new__") is not null || (c.IsBuiltin && c.New is not null && !ReferenceEquals(c.New, TypeObjects.Object.New))) return;
        }
        throw Errors.TypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
    }

    /// <summary>object.__new__(cls, *args) with arguments, as CPython's object_new: refused when cls
    /// has a __new__ of its own (even one that is object.__new__ again) or no __init__ that takes them.</summary>
    private static void ObjectNewExcessArgs(PyType cls)
    {
        foreach (var t in cls.Mro)
        {
            if (ReferenceEquals(t, TypeObjects.Object)) break;
            if (t.TypeDict.Get("__new__") is not null) throw Errors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (ReferenceEquals(cls.Lookup("__init__"), TypeObjects.Object.TypeDict.Get("__init__")))
            throw Errors.TypeError($"{cls.Name}() takes no arguments");
    }

    private static void InstallType()
    {
        var t = TypeObjects.TypeType;
        t.New = static (cls, a, kw) => TypeNew(cls, a, kw);
        t.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls || !cls.IsSubtypeOf(TypeObjects.TypeType))
                throw Errors.TypeError("type.__new__(X): X is not a subtype of type");
            return TypeNew(cls, a[1..], kw);
        }));
        t.SetMethod("__init__", static (a, kw) => PyNone.Instance);
        // type.__prepare__(name, bases, **kwds): the plain dict a class body runs in.
        t.TypeDict["__prepare__"] = new PyClassMethod(new PyBuiltinFunction("__prepare__", static (a, kw) => new PyDict()));
        t.SetMethod("__call__", static (a, kw) => TypeCall.CallDefault((PyType)a[0], a[1..], kw));
        t.SetMethod("mro", static (a, kw) => new PyList(((PyType)a[0]).Mro.ToList<PyObject>()));
        // type's own data descriptors (TypeGetAttr answers them first), for code that reads them
        // statically: inspect.getattr_static calls type.__dict__['__mro__'].__get__(klass).
        t.TypeDict["__mro__"] = new PyGetSetDescriptor("__mro__", static o => PyTuple.From([.. TypeOnly(o, "__mro__").Mro])) { Owner = t };
        t.TypeDict["__dict__"] = new PyGetSetDescriptor("__dict__", static o => new PyMappingProxy(TypeOnly(o, "__dict__").TypeDict)) { Owner = t };
        t.TypeDict["__flags__"] = new PyGetSetDescriptor("__flags__", static o => PyInt.From(Flags(TypeOnly(o, "__flags__")))) { Owner = t };
        static PyType TypeOnly(PyObject o, string name) =>
            o as PyType ?? throw Errors.TypeError($"descriptor '{name}' for 'type' objects doesn't apply to a '{o.Type.Name}' object");
        t.SetMethod("__subclasses__", static (a, kw) => new PyList(((PyType)a[0]).Subclasses().ToList<PyObject>()));
        t.SetMethod("__or__", static (a, kw) => PyUnion.Or(a[0], a[1]));
        t.SetMethod("__ror__", static (a, kw) => PyUnion.Or(a[1], a[0]));
        t.SetMethod("__instancecheck__", static (a, kw) => PyBool.From(Builtins.RealIsInstance(a[1], a[0])));
        t.SetMethod("__subclasscheck__", static (a, kw) => PyBool.From(Builtins.RealIsSubclass(a[1], a[0])));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
    }

    /// <summary>type.__new__(cls, ...): type(x) for the exact type, else a new class whose metaclass is cls.</summary>
    internal static PyObject TypeNew(PyType cls, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (ReferenceEquals(cls, TypeObjects.TypeType) && npos == 1 && kw is null) return a[0].Type;
        if (npos != 3) throw Errors.TypeError(ReferenceEquals(cls, TypeObjects.TypeType) ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments");
        if (a[2] is not PyDict ns) throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {a[2].Type.Name}");
        PyDict? classKw = null;
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++) (classKw ??= new PyDict()).SetItem(PyStr.From(kw[i]), a[npos + i]);
        return TypeCall.NewClass(cls, Ops.AsString(a[0], "type.__new__() argument 1"), Ops.ToArray(a[1]), ns, classKw);
    }

    private static void InstallNumbers()
    {
        var i = TypeObjects.Int;
        i.New = static (cls, a, kw) => Builtins.IntNew(a, kw);
        i.SetMethod("bit_length", static (a, kw) => PyInt.From((long)BigInteger.Abs(((PyInt)a[0]).ToBig()).GetBitLength()));
        i.SetMethod("bit_count", static (a, kw) =>
        {
            var b = BigInteger.Abs(((PyInt)a[0]).ToBig());
            long c = 0; foreach (var by in b.ToByteArray()) c += BitOperations.PopCount(by);
            return PyInt.From(c);
        });
        i.SetMethod("conjugate", static (a, kw) => a[0]);
        i.SetMethod("as_integer_ratio", static (a, kw) => PyTuple.Of(a[0] is PyBool b ? PyInt.From(b.V) : a[0], PyInt.From(1)));
        i.SetMethod("is_integer", static (a, kw) => PyBool.True);
        // long_long: the int itself when exact, else an exact copy (a bool or a subclass instance).
        i.SetMethod("__index__", static (a, kw) => ExactInt(a[0]));
        i.SetMethod("__int__", static (a, kw) => ExactInt(a[0]));
        i.SetMethod("__float__", static (a, kw) => new PyFloat(((PyInt)a[0]).ToDouble()));
        i.SetMethod("__abs__", static (a, kw) => Ops.Abs(a[0]));
        i.SetMethod("__hash__", static (a, kw) => PyInt.From(((PyInt)a[0]).Hash()));
        i.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        i.SetMethod("__format__", static (a, kw) => PyStr.From(Ops.Format(a[0], Ops.AsString(a[1], "format"))));
        i.SetMethod("__add__", static (a, kw) => a[1] is PyInt ? Ops.BinaryNative(a[0], a[1], BinaryOp.Add) : PyNotImplemented.Instance);
        i.SetMethod("__sub__", static (a, kw) => a[1] is PyInt ? Ops.BinaryNative(a[0], a[1], BinaryOp.Sub) : PyNotImplemented.Instance);
        i.SetMethod("__mul__", static (a, kw) => a[1] is PyInt ? Ops.BinaryNative(a[0], a[1], BinaryOp.Mul) : PyNotImplemented.Instance);
        i.SetMethod("__eq__", static (a, kw) => a[1] is PyInt or PyFloat ? (Ops.BuiltinCompare(a[0], a[1], CompareOp.Eq) ?? PyNotImplemented.Instance) : PyNotImplemented.Instance);
        i.SetMethod("__lt__", static (a, kw) => a[1] is PyInt or PyFloat ? (Ops.BuiltinCompare(a[0], a[1], CompareOp.Lt) ?? PyNotImplemented.Instance) : PyNotImplemented.Instance);
        i.TypeDict["real"] = new PyGetSetDescriptor("real", o => o is PyBool b ? PyInt.From(b.V) : o);
        i.TypeDict["imag"] = new PyGetSetDescriptor("imag", o => PyInt.From(0));
        i.TypeDict["numerator"] = new PyGetSetDescriptor("numerator", o => o);
        i.TypeDict["denominator"] = new PyGetSetDescriptor("denominator", o => PyInt.From(1));
        i.TypeDict["from_bytes"] = new PyClassMethod(new PyBuiltinFunction("from_bytes", static (a, kw) => BytesMethods.IntFromBytes(a, kw)));
        i.SetMethod("to_bytes", static (a, kw) => BytesMethods.IntToBytes(a, kw));

        TypeObjects.Bool.New = static (cls, a, kw) => { Args.Count("bool", a, kw, 0, 1); return a.Length == 0 ? PyBool.False : PyBool.From(Ops.Truth(a[0])); };
        TypeObjects.Bool.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));

        var f = TypeObjects.Float;
        f.New = static (cls, a, kw) => Builtins.FloatNew(a, kw);
        f.SetMethod("is_integer", static (a, kw) => { double d = ((PyFloat)a[0]).V; return PyBool.From(!double.IsInfinity(d) && Math.Floor(d) == d); });
        f.SetMethod("as_integer_ratio", static (a, kw) => Builtins.AsIntegerRatio(((PyFloat)a[0]).V));
        f.SetMethod("conjugate", static (a, kw) => a[0]);
        f.SetMethod("hex", static (a, kw) => PyStr.From(Builtins.FloatHex(((PyFloat)a[0]).V)));
        f.SetMethod("__int__", static (a, kw) => Builtins.IntFromDouble(((PyFloat)a[0]).V));
        f.SetMethod("__float__", static (a, kw) => a[0]);
        f.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        f.SetMethod("__format__", static (a, kw) => PyStr.From(Ops.Format(a[0], Ops.AsString(a[1], "format"))));
        f.SetMethod("__hash__", static (a, kw) => PyInt.From(PyFloat.HashDouble(((PyFloat)a[0]).V)));
        f.SetMethod("__round__", static (a, kw) => Builtins.Round(a, kw));
        f.SetMethod("__trunc__", static (a, kw) => Builtins.IntFromDouble(((PyFloat)a[0]).V));
        f.TypeDict["real"] = new PyGetSetDescriptor("real", o => o);
        f.TypeDict["imag"] = new PyGetSetDescriptor("imag", o => new PyFloat(0));
        f.TypeDict["__getformat__"] = new PyClassMethod(new PyBuiltinFunction("__getformat__", static (a, kw) =>
        {
            Args.Count("__getformat__", a[1..], kw, 1, 1);
            if (a[1] is not PyStr fmt) throw Errors.TypeError($"__getformat__() argument must be str, not {a[1].Type.Name}");
            // .NET runs only on IEEE 754 little-endian hardware here, as CPython's float_format detection finds.
            return fmt.V is "double" or "float" ? PyStr.From(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian")
                : throw Errors.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
        }));
        f.TypeDict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", static (a, kw) =>
        {
            if (a.Length != 2) throw Errors.TypeError($"float.fromhex() takes exactly one argument ({a.Length - 1} given)");
            var r = new PyFloat(Builtins.FloatFromHex(Ops.AsString(a[1], "fromhex() argument")));
            // A subclass gets cls(result), as float_fromhex_impl does.
            return ReferenceEquals(a[0], TypeObjects.Float) ? r : Ops.Call(a[0], r);
        }));
        f.SetMethod("__getnewargs__", static (a, kw) => { Args.Method("float.__getnewargs__", a, kw, 0, 0); return PyTuple.Of(new PyFloat(((PyFloat)a[0]).V)); });
    }

    private static void InstallTuple()
    {
        var t = TypeObjects.Tuple;
        t.New = static (cls, a, kw) =>
        {
            Args.Count("tuple", a, kw, 0, 1);
            if (a.Length == 0) return PyTuple.Empty;
            if (a[0] is PyTuple pt) return pt.Sub is null ? pt : new PyTuple(pt.Items);
            return PyTuple.From(Ops.ToArray(a[0]));
        };
        t.SetMethod("index", static (a, kw) =>
        {
            var items = ((PyTuple)a[0]).Items;
            for (int i = 0; i < items.Length; i++) if (Ops.SameOrEq(items[i], a[1])) return PyInt.From(i);
            throw Errors.ValueError("tuple.index(x): x not in tuple");
        });
        t.SetMethod("count", static (a, kw) =>
        {
            long c = 0;
            foreach (var x in ((PyTuple)a[0]).Items) if (Ops.SameOrEq(x, a[1])) c++;
            return PyInt.From(c);
        });
        t.SetMethod("__len__", static (a, kw) => PyInt.From(((PyTuple)a[0]).Items.Length));
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.ContainsNative(a[0], a[1])));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIterNative(a[0])!);
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(Ops.HashTuple((PyTuple)a[0])));
        t.SetMethod("__eq__", static (a, kw) => (Ops.BuiltinCompare(a[0], a[1], CompareOp.Eq) ?? PyNotImplemented.Instance));
        t.SetMethod("__add__", static (a, kw) => Ops.BinaryNative(a[0], a[1], BinaryOp.Add));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
    }

    private static PyObject NameAttrInit(string type, ReadOnlySpan<PyObject> a, string[]? kw, params string[] names)
    {
        Args.ClinicKw(type, kw, names);
        var e = (PyBaseException)a[0];
        e.Args = PyTuple.From(a[1..Args.Positional(a, kw)]);
        foreach (var n in names) e.Dict![n] = Args.Kw(a, kw, n) ?? PyNone.Instance;
        return PyNone.Instance;
    }

    private static void InstallExceptions()
    {
        var b = TypeObjects.BaseException;
        b.SetMethod("__init__", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{a[0].Type.Name}() takes no keyword arguments");
            ((PyBaseException)a[0]).Args = PyTuple.From(a[1..]);
            return PyNone.Instance;
        });
        b.SetMethod("__str__", static (a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var args = e.Args.Items;
            if (e.Type.IsSubtypeOf(TypeObjects.KeyError) && args.Length == 1) return PyStr.From(Ops.Repr(args[0]));
            return PyStr.From(args.Length switch { 0 => "", 1 => Ops.Str(args[0]), _ => Ops.Repr(e.Args) });
        });
        b.SetMethod("__repr__", static (a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var args = e.Args.Items;
            string inner = args.Length == 1 ? Ops.Repr(args[0]) : string.Join(", ", args.Select(Ops.Repr));
            return PyStr.From($"{e.Type.QualName}({inner})");
        });
        b.SetMethod("add_note", static (a, kw) =>
        {
            Args.Method("add_note", a, kw, 1, 1);
            var e = (PyBaseException)a[0];
            if (a[1] is not PyStr) throw Errors.TypeError($"note must be a str, not '{a[1].Type.Name}'");
            var notes = e.Attr("__notes__");
            if (notes is null) e.Dict!["__notes__"] = notes = new PyList();
            if (notes is not PyList nl) throw Errors.TypeError("Cannot add note: __notes__ is not a list");
            nl.Append(a[1]);
            return PyNone.Instance;
        });
        b.SetMethod("with_traceback", static (a, kw) => { ((PyBaseException)a[0]).Traceback = a[1] as PyTraceback; return a[0]; });
        b.TypeDict["args"] = new PyGetSetDescriptor("args", o => ((PyBaseException)o).Args, (o, v) => ((PyBaseException)o).Args = PyTuple.From(Ops.ToArray(v)));
        b.TypeDict["__traceback__"] = new PyGetSetDescriptor("__traceback__", o => (PyObject?)((PyBaseException)o).Traceback ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Traceback = v as PyTraceback);
        b.TypeDict["__cause__"] = new PyGetSetDescriptor("__cause__", o => (PyObject?)((PyBaseException)o).Cause ?? PyNone.Instance, (o, v) => { ((PyBaseException)o).Cause = v as PyBaseException; ((PyBaseException)o).SuppressContext = true; });
        b.TypeDict["__context__"] = new PyGetSetDescriptor("__context__", o => (PyObject?)((PyBaseException)o).Context ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Context = v as PyBaseException);
        b.TypeDict["__suppress_context__"] = new PyGetSetDescriptor("__suppress_context__", o => PyBool.From(((PyBaseException)o).SuppressContext), (o, v) => ((PyBaseException)o).SuppressContext = Ops.Truth(v));

        TypeObjects.StopIteration.TypeDict["value"] = new PyGetSetDescriptor("value", o =>
        {
            var e = (PyBaseException)o;
            return e.Attr("value") ?? (e.Args.Items.Length > 0 ? e.Args.Items[0] : PyNone.Instance);
        }, (o, v) => ((PyBaseException)o).Dict!["value"] = v);
        TypeObjects.SystemExit.TypeDict["code"] = new PyGetSetDescriptor("code", o =>
        {
            var args = ((PyBaseException)o).Args.Items;
            return args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : ((PyBaseException)o).Args;
        });
        TypeObjects.KeyError.SetMethod("__str__", static (a, kw) =>
        {
            var args = ((PyBaseException)a[0]).Args.Items;
            return PyStr.From(args.Length == 1 ? Ops.Repr(args[0]) : args.Length == 0 ? "" : Ops.Repr(((PyBaseException)a[0]).Args));
        });
        foreach (var (t, field, idx) in new[] { (TypeObjects.NameError, "name", 99), (TypeObjects.AttributeError, "name", 99), (TypeObjects.AttributeError, "obj", 99), (TypeObjects.ImportError, "name", 99) })
        {
            string fld = field;
            t.TypeDict[fld] = new PyGetSetDescriptor(fld, o => ((PyBaseException)o).Attr(fld) ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Dict![fld] = v);
        }
        // NameError(*args, name=None) and AttributeError(*args, name=None, obj=None): the keywords become attributes.
        TypeObjects.NameError.SetMethod("__init__", static (a, kw) => NameAttrInit("NameError", a, kw, "name"));
        TypeObjects.AttributeError.SetMethod("__init__", static (a, kw) => NameAttrInit("AttributeError", a, kw, "name", "obj"));
        // ImportError(*args, name=None, path=None): keywords become attributes, msg is args[0].
        static PyObject ImportErrorInit(ReadOnlySpan<PyObject> a, string[]? kw)
        {
            Args.OnlyKw("ImportError", kw, "name", "path");
            var e = (PyBaseException)a[0];
            e.Args = PyTuple.From(a[1..Args.Positional(a, kw)]);
            e.Dict!["name"] = Args.Kw(a, kw, "name") ?? PyNone.Instance;
            e.Dict!["path"] = Args.Kw(a, kw, "path") ?? PyNone.Instance;
            e.Dict!["msg"] = e.Args.Items.Length == 1 ? e.Args.Items[0] : PyNone.Instance;
            return PyNone.Instance;
        }
        TypeObjects.ImportError.New = static (cls, a, kw) =>
        {
            var e = new PyBaseException(cls);
            ImportErrorInit([e, .. a], kw);
            return e;
        };
        TypeObjects.ImportError.SetMethod("__init__", ImportErrorInit);
        TypeObjects.ModuleNotFoundError.New = TypeObjects.ImportError.New;
        foreach (var fld0 in new[] { "path", "msg" })
        {
            string fld = fld0;
            TypeObjects.ImportError.TypeDict[fld] = new PyGetSetDescriptor(fld, o => ((PyBaseException)o).Attr(fld) ?? (fld == "msg" && ((PyBaseException)o).Args.Items.Length == 1 ? ((PyBaseException)o).Args.Items[0] : PyNone.Instance), (o, v) => ((PyBaseException)o).Dict![fld] = v);
        }
        TypeObjects.OSError.New = static (cls, a, kw) =>
        {
            // OSError(errno, strerror) picks the errno's subclass, as CPython's errmap does.
            if (cls == TypeObjects.OSError && a.Length >= 2 && a[0] is PyInt { Big: null } errno)
                cls = OSErrors.SubclassFor(errno.V);
            var e = new PyBaseException(cls) { Args = PyTuple.From(a) };
            if (a.Length >= 3 && a.Length <= 5 && a[2] is not PyNone)
            {
                // BlockingIOError(errno, strerror, written): the count of what went out, not a file name (args stay whole).
                if (a[2] is PyInt written && cls.IsSubtypeOf(TypeObjects.BlockingIOError)) e.Dict!["characters_written"] = written;
                else
                {
                    e.Dict!["filename"] = a[2];
                    if (a.Length == 5) e.Dict!["filename2"] = a[4];
                    e.Args = PyTuple.Of(a[0], a[1]);
                }
            }
            return e;
        };
        foreach (var et in TypeObjects.AllExceptions)
            if (et.IsSubtypeOf(TypeObjects.OSError)) et.New = TypeObjects.OSError.New;
        TypeObjects.OSError.TypeDict["filename"] = new PyGetSetDescriptor("filename", o => ((PyBaseException)o).Attr("filename") ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Dict!["filename"] = v);
        TypeObjects.BlockingIOError.TypeDict["characters_written"] = new PyGetSetDescriptor("characters_written",
            o => ((PyBaseException)o).Attr("characters_written") ?? throw Errors.AttributeError("characters_written"),
            (o, v) => ((PyBaseException)o).Dict!["characters_written"] = v is PyInt ? v : PyInt.From(Ops.IndexValue(v)));
        TypeObjects.OSError.TypeDict["filename2"] = new PyGetSetDescriptor("filename2", o => ((PyBaseException)o).Attr("filename2") ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Dict!["filename2"] = v);
        var tbt = TypeObjects.TracebackType;
        tbt.TypeDict["tb_lineno"] = new PyGetSetDescriptor("tb_lineno", o => PyInt.From(((PyTraceback)o).Line));
        tbt.TypeDict["tb_next"] = new PyGetSetDescriptor("tb_next", o => (PyObject?)((PyTraceback)o).Next ?? PyNone.Instance, static (o, v) =>
        {
            // tb_setnext: CPython's traceback.py and test.support prune chains by assigning tb_next.
            if (v is null) throw Errors.TypeError("can't delete tb_next attribute");
            var tb = (PyTraceback)o;
            if (v is PyNone) { tb.Next = null; return; }
            if (v is not PyTraceback next) throw Errors.TypeError($"expected traceback object, got '{v.Type.Name}'");
            for (var c = next; c is not null; c = c.Next)
                if (ReferenceEquals(c, tb)) throw Errors.ValueError("traceback loop detected");
            tb.Next = next;
        });
        TypeObjects.OSError.TypeDict["errno"] = new PyGetSetDescriptor("errno", o => { var a = ((PyBaseException)o).Args.Items; return a.Length >= 2 ? a[0] : PyNone.Instance; });
        TypeObjects.OSError.TypeDict["strerror"] = new PyGetSetDescriptor("strerror", o => { var a = ((PyBaseException)o).Args.Items; return a.Length >= 2 ? a[1] : PyNone.Instance; });
        TypeObjects.OSError.SetMethod("__str__", static (a, kw) =>
        {
            var e = (PyBaseException)a[0];
            var args = e.Args.Items;
            if (args.Length >= 2)
            {
                var s = $"[Errno {Ops.Str(args[0])}] {Ops.Str(args[1])}";
                if (e.Attr("filename") is { } fn and not PyNone)
                {
                    s += $": {Ops.Repr(fn)}";
                    if (e.Attr("filename2") is { } fn2 and not PyNone) s += $" -> {Ops.Repr(fn2)}";
                }
                return PyStr.From(s);
            }
            return PyStr.From(args.Length switch { 0 => "", 1 => Ops.Str(args[0]), _ => Ops.Repr(e.Args) });
        });
        // UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError likewise.
        foreach (var ut in new[] { TypeObjects.UnicodeDecodeError, TypeObjects.UnicodeEncodeError })
        {
            string[] ufields = ["encoding", "object", "start", "end", "reason"];
            for (int k = 0; k < ufields.Length; k++)
            {
                int idx = k;
                ut.TypeDict[ufields[k]] = new PyGetSetDescriptor(ufields[k], o =>
                {
                    var args = ((PyBaseException)o).Args.Items;
                    return args.Length == 5 ? args[idx] : PyNone.Instance;
                });
            }
            bool decode = ReferenceEquals(ut, TypeObjects.UnicodeDecodeError);
            ut.SetMethod("__str__", (a, kw) =>
            {
                var args = ((PyBaseException)a[0]).Args.Items;
                if (args.Length != 5 || args[2] is not PyInt || args[3] is not PyInt)
                    return PyStr.From(args.Length switch { 0 => "", 1 => Ops.Str(args[0]), _ => Ops.Repr(((PyBaseException)a[0]).Args) });
                long start = ((PyInt)args[2]).V, end = ((PyInt)args[3]).V;
                string enc = Ops.Str(args[0]), reason = Ops.Str(args[4]);
                if (decode)
                {
                    if (end == start + 1 && args[1] is PyBytes pb && start >= 0 && start < pb.V.Length)
                        return PyStr.From($"'{enc}' codec can't decode byte 0x{pb.V[start]:x2} in position {start}: {reason}");
                    return PyStr.From($"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}");
                }
                if (end == start + 1 && args[1] is PyStr ps && start >= 0 && start < ps.V.Length)
                {
                    int c = ps.V[(int)start];
                    string esc = c < 0x100 ? $"\\x{c:x2}" : $"\\u{c:x4}";
                    return PyStr.From($"'{enc}' codec can't encode character '{esc}' in position {start}: {reason}");
                }
                return PyStr.From($"'{enc}' codec can't encode characters in position {start}-{end - 1}: {reason}");
            });
        }
        foreach (var field in new[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset" })
        {
            string fld = field;
            TypeObjects.SyntaxError.TypeDict[fld] = new PyGetSetDescriptor(fld, o => SyntaxErrorField((PyBaseException)o, fld) ?? PyNone.Instance, (o, v) => ((PyBaseException)o).Dict![fld] = v);
        }
        TypeObjects.SyntaxError.SetMethod("__str__", static (a, kw) =>
        {
            // CPython's SyntaxError_str: "msg (file, line N)" with the file's base name.
            var e = (PyBaseException)a[0];
            var msg = Ops.Str(SyntaxErrorField(e, "msg") ?? PyNone.Instance);
            string? file = SyntaxErrorField(e, "filename") is PyStr f ? f.V[(f.V.LastIndexOf('/') + 1)..] : null;
            PyInt? line = SyntaxErrorField(e, "lineno") is PyInt { Sub: null } l ? l : null;
            return PyStr.From(file is not null && line is not null ? $"{msg} ({file}, line {Ops.Str(line)})"
                : file is not null ? $"{msg} ({file})"
                : line is not null ? $"{msg} (line {Ops.Str(line)})"
                : msg);
        });
    }

    /// <summary>
    /// A SyntaxError field: set explicitly (by the compiler or an assignment), else from the arguments
    /// as CPython's SyntaxError_init reads them: (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
    /// </summary>
    private static PyObject? SyntaxErrorField(PyBaseException e, string field)
    {
        if (e.Attr(field) is { } set) return set;
        var args = e.Args.Items;
        if (field == "msg") return args.Length > 0 ? args[0] : null;
        if (args.Length != 2 || args[1] is not PyTuple { Items: var info } || info.Length is < 4 or > 6) return null;
        int i = Array.IndexOf(s_syntaxErrorInfo, field);
        return i >= 0 && i < info.Length ? info[i] : null;
    }

    private static readonly string[] s_syntaxErrorInfo = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

    /// <summary>type.__flags__: the Py_TPFLAGS bits of CPython 3.11 that Python code reads (copyreg's
    /// HEAPTYPE test, inspect.isabstract's IS_ABSTRACT) and the ones that follow from what the type is.</summary>
    internal static long Flags(PyType t)
    {
        long f = 1L << 12 | 1L << 19;                                      // READY, VALID_VERSION_TAG
        f |= t.IsBuiltin ? 1L << 8 : 1L << 9 | 1L << 14;                  // IMMUTABLETYPE, or HEAPTYPE | HAVE_GC
        if (!t.IsFinal) f |= 1L << 10;                                     // BASETYPE
        if (t.IsAbstract) f |= 1L << 20;                                   // IS_ABSTRACT
        if (t.IsSubtypeOf(TypeObjects.List) || t.IsSubtypeOf(TypeObjects.Tuple)) f |= 1L << 5;   // SEQUENCE
        if (t.IsSubtypeOf(TypeObjects.Dict)) f |= 1L << 6;                 // MAPPING
        if (t.IsSubtypeOf(TypeObjects.Int)) f |= 1L << 24;
        if (t.IsSubtypeOf(TypeObjects.List)) f |= 1L << 25;
        if (t.IsSubtypeOf(TypeObjects.Tuple)) f |= 1L << 26;
        if (t.IsSubtypeOf(TypeObjects.Bytes)) f |= 1L << 27;
        if (t.IsSubtypeOf(TypeObjects.Str)) f |= 1L << 28;
        if (t.IsSubtypeOf(TypeObjects.Dict)) f |= 1L << 29;
        if (t.IsSubtypeOf(TypeObjects.BaseException)) f |= 1L << 30;
        if (t.IsSubtypeOf(TypeObjects.TypeType)) f |= 1L << 31;
        return f;
    }

    private static void InstallMisc()
    {
        // Iterators: __iter__ returns self, __next__ advances.
        foreach (var t in new[] { TypeObjects.Iterator, TypeObjects.ListIterator, TypeObjects.TupleIterator, TypeObjects.RangeIterator,
                     TypeObjects.StrIterator, TypeObjects.DictKeyIterator, TypeObjects.SetIterator, TypeObjects.Generator,
                     TypeObjects.Enumerate, TypeObjects.Zip, TypeObjects.Map, TypeObjects.Filter, TypeObjects.Reversed, TypeObjects.ListReverseIterator })
        {
            t.SetMethod("__iter__", static (a, kw) => a[0]);
            t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        }
        var g = TypeObjects.Generator;
        g.SetMethod("__next__", static (a, kw) => ((PyGenerator)a[0]).Send(PyNone.Instance));
        g.SetMethod("send", static (a, kw) => { Args.Method("generator.send", a, kw, 1, 1); return ((PyGenerator)a[0]).Send(a[1]); });
        Interpreter.GeneratorSendDescriptor = (PyMethodDescriptor)g.TypeDict.Get("send")!;
        g.SetMethod("throw", static (a, kw) =>
        {
            // throw(value) or the legacy throw(type, value): value may be an instance or constructor arguments.
            PyBaseException e;
            if (a.Length > 2 && a[2] is not PyNone && a[1] is PyType et && !(a[2] is PyBaseException v && v.Type.IsSubtypeOf(et)))
                e = Interpreter.ToException(Ops.Call(et, a[2] is PyTuple targs ? targs.Items : [a[2]]));
            else e = Interpreter.ToException(a.Length > 2 && a[2] is not PyNone ? a[2] : a[1]);
            return ((PyGenerator)a[0]).Throw(e);
        });
        g.SetMethod("close", static (a, kw) => { ((PyGenerator)a[0]).Close(); return PyNone.Instance; });
        g.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyGenerator)o).Name));
        g.TypeDict["gi_running"] = new PyGetSetDescriptor("gi_running", o => PyBool.From(((PyGenerator)o).Running));

        var fn = TypeObjects.Function;
        fn.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyFunction)o).Name), (o, v) => ((PyFunction)o).Name = Ops.AsString(v, "__name__"));
        fn.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o => PyStr.From(((PyFunction)o).QualName), (o, v) => ((PyFunction)o).QualName = Ops.AsString(v, "__qualname__"));
        fn.TypeDict["__module__"] = new PyGetSetDescriptor("__module__", o => ((PyFunction)o).Module, (o, v) => ((PyFunction)o).Module = v);
        fn.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => ((PyFunction)o).Doc, (o, v) => ((PyFunction)o).Doc = v);
        fn.TypeDict["__defaults__"] = new PyGetSetDescriptor("__defaults__", o => (PyObject?)((PyFunction)o).Defaults ?? PyNone.Instance, (o, v) => ((PyFunction)o).Defaults = v as PyTuple);
        fn.TypeDict["__annotations__"] = new PyGetSetDescriptor("__annotations__", o => ((PyFunction)o).Annotations ??= new PyDict(), (o, v) =>
        {
            if (v is not PyDict) throw Errors.TypeError("__annotations__ must be set to a dict object");
            ((PyFunction)o).Annotations = v;
        });
        fn.TypeDict["__kwdefaults__"] = new PyGetSetDescriptor("__kwdefaults__", o => (PyObject?)((PyFunction)o).KwDefaults ?? PyNone.Instance, (o, v) => ((PyFunction)o).KwDefaults = v as PyDict);
        fn.TypeDict["__code__"] = new PyGetSetDescriptor("__code__", o => ((PyFunction)o).Code, Compiling.CodeAttributes.SetFunctionCode);
        fn.TypeDict["__globals__"] = new PyGetSetDescriptor("__globals__", o => ((PyFunction)o).Globals);
        fn.TypeDict["__builtins__"] = new PyGetSetDescriptor("__builtins__", o => ((PyFunction)o).BuiltinsDict);
        fn.TypeDict["__dict__"] = new PyGetSetDescriptor("__dict__", o => o.Dict!);
        fn.TypeDict["__closure__"] = new PyGetSetDescriptor("__closure__", o => ((PyFunction)o).Closure is { } c ? PyTuple.From(c) : PyNone.Instance);
        fn.SetMethod("__get__", static (a, kw) => a[1] is PyNone ? a[0] : new PyMethod(a[0], a[1]));
        fn.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        // Explicit __call__ for callable() look-alikes such as unittest.mock's getattr(f, '__call__'); calls still dispatch natively.
        fn.SetMethod("__call__", static (a, kw) => Ops.Call(a[0], a[1..], kw));

        // function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType, with
        // CPython 3.11's func_new checks and messages.
        fn.New = static (cls, a, kw) =>
        {
            if (a.Length > 5) throw Errors.TypeError($"function() takes at most 5 arguments ({a.Length} given)");
            var v = Args.Bind("function", a, kw, 5, 2, "code", "globals", "name", "argdefs", "closure");
            if (v[0] is not Compiling.CodeObject code) throw Errors.TypeError($"function() argument 'code' must be code, not {Ops.TypeName(v[0]!)}");
            if (v[1] is not PyDict globals) throw Errors.TypeError($"function() argument 'globals' must be dict, not {Ops.TypeName(v[1]!)}");
            PyObject name = v[2] ?? PyNone.Instance, defaults = v[3] ?? PyNone.Instance, closure = v[4] ?? PyNone.Instance;
            if (name is not PyNone and not PyStr) throw Errors.TypeError("arg 3 (name) must be None or string");
            if (defaults is not PyNone and not PyTuple) throw Errors.TypeError("arg 4 (defaults) must be None or tuple");
            if (closure is not PyTuple)
            {
                if (closure is PyNone && code.FreeVars.Length > 0) throw Errors.TypeError("arg 5 (closure) must be tuple");
                if (closure is not PyNone) throw Errors.TypeError("arg 5 (closure) must be None or tuple");
            }
            int nclosure = closure is PyTuple t ? t.Items.Length : 0;
            if (code.FreeVars.Length != nclosure)
                throw Errors.ValueError($"{code.Name} requires closure of length {code.FreeVars.Length}, not {nclosure}");
            PyCell[]? cells = null;
            if (nclosure > 0)
            {
                var items = ((PyTuple)closure).Items;
                cells = new PyCell[nclosure];
                for (int i = 0; i < nclosure; i++)
                    cells[i] = items[i] as PyCell ?? throw Errors.TypeError($"arg 5 (closure) expected cell, found {Ops.TypeName(items[i])}");
            }
            var f = new PyFunction(code, globals, defaults as PyTuple, null, cells);
            if (name is PyStr n) f.Name = n.V;
            return f;
        };

        var code = TypeObjects.Code;
        code.TypeDict["co_name"] = new PyGetSetDescriptor("co_name", o => PyStr.From(((Compiling.CodeObject)o).Name));
        code.TypeDict["co_filename"] = new PyGetSetDescriptor("co_filename", o => PyStr.From(((Compiling.CodeObject)o).FileName));
        code.TypeDict["co_firstlineno"] = new PyGetSetDescriptor("co_firstlineno", o => PyInt.From(((Compiling.CodeObject)o).FirstLineNo));
        code.TypeDict["co_argcount"] = new PyGetSetDescriptor("co_argcount", o => PyInt.From(((Compiling.CodeObject)o).ArgCount));
        code.TypeDict["co_kwonlyargcount"] = new PyGetSetDescriptor("co_kwonlyargcount", o => PyInt.From(((Compiling.CodeObject)o).KwOnlyArgCount));
        code.TypeDict["co_posonlyargcount"] = new PyGetSetDescriptor("co_posonlyargcount", o => PyInt.From(((Compiling.CodeObject)o).PosOnlyArgCount));
        code.TypeDict["co_freevars"] = new PyGetSetDescriptor("co_freevars", o => PyTuple.From(((Compiling.CodeObject)o).FreeVars.Select(x => (PyObject)PyStr.From(x)).ToArray()));
        code.TypeDict["co_cellvars"] = new PyGetSetDescriptor("co_cellvars", o => PyTuple.From(((Compiling.CodeObject)o).CellVars.Select(x => (PyObject)PyStr.From(x)).ToArray()));
        code.TypeDict["co_varnames"] = new PyGetSetDescriptor("co_varnames", o => PyTuple.From(((Compiling.CodeObject)o).VarNames.Select(x => (PyObject)PyStr.From(x)).ToArray()));
        FrameObjects.Install();

        var m = TypeObjects.Method;
        m.New = static (cls, a, kw) =>
        {
            Args.Count("method", a, kw, 2, 2);
            if (!Builtins.IsCallable(a[0])) throw Errors.TypeError("first argument must be callable");
            if (a[1] is PyNone) throw Errors.TypeError("instance must not be None");
            return new PyMethod(a[0], a[1]);
        };
        m.TypeDict["__self__"] = new PyGetSetDescriptor("__self__", o => ((PyMethod)o).Self);
        m.TypeDict["__func__"] = new PyGetSetDescriptor("__func__", o => ((PyMethod)o).Func);
        m.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => Ops.GetAttr(((PyMethod)o).Func, "__name__"));
        m.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o => Ops.GetAttr(((PyMethod)o).Func, "__qualname__"));
        m.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => Ops.GetAttr(((PyMethod)o).Func, "__doc__"));
        m.SetMethod("__call__", static (a, kw) => Ops.Call(a[0], a[1..], kw));

        var bf = TypeObjects.BuiltinFunction;
        bf.TypeDict["__name__"] = new PyGetSetDescriptor("__name__", o => PyStr.From(((PyBuiltinFunction)o).Name));
        bf.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o => PyStr.From(((PyBuiltinFunction)o).Name));
        bf.TypeDict["__self__"] = new PyGetSetDescriptor("__self__", o => ((PyBuiltinFunction)o).Self ?? PyNone.Instance);
        bf.TypeDict["__module__"] = new PyGetSetDescriptor("__module__", o => ((PyBuiltinFunction)o).ModuleName is { } mn ? PyStr.From(mn) : PyNone.Instance);
        bf.SetMethod("__call__", static (a, kw) => Ops.Call(a[0], a[1..], kw));
        // Pickled by reference, as CPython's meth_reduce: a module-level function by name, a bound one as getattr(self, name).
        bf.SetMethod("__reduce_ex__", static (a, kw) =>
        {
            var f = (PyBuiltinFunction)a[0];
            if (f.Self is null or PyModule) return PyStr.From(f.Name);
            return PyTuple.Of(Builtins.Dict.Get("getattr")!, PyTuple.Of(f.Self, PyStr.From(f.Name)));
        });

        var sm = TypeObjects.StaticMethod;
        sm.New = static (cls, a, kw) => { Args.Count("staticmethod", a, kw, 1, 1); return new PyStaticMethod(a[0]); };
        sm.TypeDict["__func__"] = new PyGetSetDescriptor("__func__", o => ((PyStaticMethod)o).Func);
        sm.SetMethod("__get__", static (a, kw) => ((PyStaticMethod)a[0]).Func);
        // Callable as its function since 3.10 (a staticmethod called from the class body or a metaclass).
        sm.SetMethod("__call__", static (a, kw) => Ops.Call(((PyStaticMethod)a[0]).Func, a[1..].ToArray(), kw));
        // cell([contents]): types.CellType (exec's closure= argument, hand-made closures).
        TypeObjects.CellType.New = static (cls, a, kw) =>
        {
            Args.Count("cell", a, kw, 0, 1);
            return new PyCell(a.Length == 1 ? a[0] : null);
        };
        TypeObjects.CellType.TypeDict["cell_contents"] = new PyGetSetDescriptor("cell_contents",
            static o => ((PyCell)o).Value ?? throw Errors.ValueError("Cell is empty"), static (o, v) => ((PyCell)o).Value = v);
        var cm = TypeObjects.ClassMethod;
        cm.New = static (cls, a, kw) => { Args.Count("classmethod", a, kw, 1, 1); return new PyClassMethod(a[0]); };
        cm.TypeDict["__func__"] = new PyGetSetDescriptor("__func__", o => ((PyClassMethod)o).Func);
        cm.SetMethod("__get__", static (a, kw) =>
        {
            Args.Method("__get__", a, kw, 1, 2);
            var owner = a.Length > 2 && a[2] is not PyNone ? a[2] : a[1].Type;
            return owner is PyType t ? Ops.ClassMethodGet(((PyClassMethod)a[0]).Func, t) : new PyMethod(((PyClassMethod)a[0]).Func, owner);
        });

        var p = TypeObjects.Property;
        // A property is abstract when any of its accessors is (abc's @property @abstractmethod).
        p.TypeDict["__isabstractmethod__"] = new PyGetSetDescriptor("__isabstractmethod__", o =>
        {
            var pr = (PyProperty)o;
            foreach (var f in new[] { pr.FGet, pr.FSet, pr.FDel })
                if (f is not null && Ops.GetAttrOrNull(f, PyStr.From("__isabstractmethod__")) is { } v && Ops.Truth(v)) return PyBool.True;
            return PyBool.False;
        });
        p.New = static (cls, a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            var got = new PyObject?[4];
            string[] pnames = ["fget", "fset", "fdel", "doc"];
            for (int i = 0; i < 4; i++)
            {
                var v = i < npos ? a[i] : Args.Kw(a, kw, pnames[i]);
                got[i] = v is null || v is PyNone ? null : v;
            }
            return new PyProperty(got[0], got[1], got[2], got[3]);
        };
        p.TypeDict["fget"] = new PyGetSetDescriptor("fget", o => ((PyProperty)o).FGet ?? PyNone.Instance);
        p.TypeDict["fset"] = new PyGetSetDescriptor("fset", o => ((PyProperty)o).FSet ?? PyNone.Instance);
        p.TypeDict["fdel"] = new PyGetSetDescriptor("fdel", o => ((PyProperty)o).FDel ?? PyNone.Instance);
        // A writable member in 3.11 (property_members' __doc__); until set it is the getter's docstring.
        p.TypeDict["__doc__"] = new PyGetSetDescriptor("__doc__", o => ((PyProperty)o).Doc ?? (((PyProperty)o).FGet is { } fg ? Ops.GetAttrOrNull(fg, Ops.N.Doc) ?? PyNone.Instance : PyNone.Instance),
            static (o, v) => ((PyProperty)o).Doc = v) { Delete = static o => ((PyProperty)o).Doc = PyNone.Instance };

        var r = TypeObjects.Range;
        r.New = static (cls, a, kw) => Builtins.RangeNew(a, kw);
        r.SetMethod("index", static (a, kw) =>
        {
            Args.Method("range.index", a, kw, 1, 1);
            var rg = (PyRange)a[0];
            // Exact ints are found arithmetically; anything else by comparing each value (CPython's _PySequence_IterSearch).
            if (a[1] is PyInt { Sub: null } x)
                return rg.ContainsInt(x) ? rg.IndexOfInt(x) : throw Errors.ValueError($"{Ops.Repr(a[1])} is not in range");
            var it = rg.Iter();
            for (long i = 0; it.Next() is { } v; i++) if (Ops.Eq(v, a[1])) return PyInt.From(i);
            throw Errors.ValueError("sequence.index(x): x not in sequence");
        });
        r.SetMethod("count", static (a, kw) =>
        {
            Args.Method("range.count", a, kw, 1, 1);
            var rg = (PyRange)a[0];
            if (a[1] is PyInt { Sub: null } x) return PyInt.From(rg.ContainsInt(x) ? 1 : 0);
            long n = 0;
            for (var it = rg.Iter(); it.Next() is { } v;) if (Ops.Eq(v, a[1])) n++;
            return PyInt.From(n);
        });
        TypeObjects.RangeIterator.SetMethod("__length_hint__", static (a, kw) => PyInt.From(Math.Max(0, ((RangeIterator)a[0]).Remaining)));
        r.TypeDict["start"] = new PyGetSetDescriptor("start", o => PyInt.From(((PyRange)o).BigStart));
        r.TypeDict["stop"] = new PyGetSetDescriptor("stop", o => PyInt.From(((PyRange)o).BigStop));
        r.TypeDict["step"] = new PyGetSetDescriptor("step", o => PyInt.From(((PyRange)o).BigStep));

        var sl = TypeObjects.Slice;
        sl.New = static (cls, a, kw) =>
        {
            Args.Count("slice", a, kw, 1, 3);
            return a.Length == 1 ? new PySlice(PyNone.Instance, a[0], PyNone.Instance) : new PySlice(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance);
        };
        sl.TypeDict["start"] = new PyGetSetDescriptor("start", o => ((PySlice)o).Start);
        sl.TypeDict["stop"] = new PyGetSetDescriptor("stop", o => ((PySlice)o).Stop);
        sl.TypeDict["step"] = new PyGetSetDescriptor("step", o => ((PySlice)o).Step);
        // slice_richcompare (3.11): between slices as (start, stop, step) tuples; slices are unhashable until 3.12.
        foreach (var (name, cop) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var c = cop;
            sl.SetMethod(name, (a, kw) =>
            {
                Args.Method(name, a, kw, 1, 1);
                return a[0] is PySlice && a[1] is PySlice ? Ops.RichCompare(a[0], a[1], c) : PyNotImplemented.Instance;
            });
        }
        sl.TypeDict["__hash__"] = PyNone.Instance;
        sl.SetMethod("__reduce__", static (a, kw) =>
        {
            Args.Method("__reduce__", a, kw, 0, 0);
            var x = (PySlice)a[0];
            return PyTuple.Of(TypeObjects.Slice, PyTuple.Of(x.Start, x.Stop, x.Step));
        });
        // _PySlice_GetLongIndices: exact arithmetic on ints of any size (indexing clamps instead).
        sl.SetMethod("indices", static (a, kw) =>
        {
            var length = Ops.ToPyInt(a[1]).ToBig();
            if (length.Sign < 0) throw Errors.ValueError("length should not be negative");
            ((PySlice)a[0]).BigIndices(length, out var start, out var stop, out var step);
            return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        });

        var mod = TypeObjects.Module;
        // ModuleType(name, doc=None)
        mod.New = static (cls, a, kw) =>
        {
            int np = Args.Positional(a, kw);
            var name = np > 0 ? a[0] : Args.Kw(a, kw, "name") ?? throw Errors.TypeError("module.__init__() missing required argument 'name' (pos 1)");
            var m = new PyModule(Ops.AsString(name, "module.__init__() argument 'name'"));
            var doc = np > 1 ? a[1] : Args.Kw(a, kw, "doc");
            if (doc is not null) m.ModuleDict["__doc__"] = doc;
            return m;
        };

        // The singletons' types give back the singleton (none_new, ellipsis_new, notimplemented_new).
        TypeObjects.NoneType.New = static (cls, a, kw) => a.Length > 0 ? throw Errors.TypeError("NoneType takes no arguments") : PyNone.Instance;
        TypeObjects.EllipsisType.New = static (cls, a, kw) => a.Length > 0 ? throw Errors.TypeError("EllipsisType takes no arguments") : PyEllipsis.Instance;
        TypeObjects.NotImplementedType.New = static (cls, a, kw) => a.Length > 0 ? throw Errors.TypeError("NotImplementedType takes no arguments") : PyNotImplemented.Instance;
        TypeObjects.NoneType.SetMethod("__repr__", static (a, kw) => PyStr.From("None"));
        TypeObjects.NoneType.SetMethod("__bool__", static (a, kw) => PyBool.False);

        TypeObjects.Super.New = static (cls, a, kw) => Builtins.SuperNew(a);
    }
}
