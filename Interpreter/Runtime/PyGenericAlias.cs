namespace Herthon.Runtime;

/// <summary>types.GenericAlias (CPython's Objects/genericaliasobject.c): what `list[int]` gives. It
/// remembers the origin class and the arguments, forwards every other attribute to the origin,
/// substitutes type variables (`list[T][int]`) and, starred (`*tuple[int, ...]`), stands for an
/// unpacked tuple type (PEP 646).</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyTuple Args;
    public readonly bool Starred;
    private PyTuple? _parameters;
    public static readonly PyType GenericAliasType = MakeType();

    public PyGenericAlias(PyObject origin, PyObject args, bool starred = false)
    {
        Origin = origin;
        Args = args as PyTuple is { } t && ReferenceEquals(t.Type, TypeObjects.Tuple) ? t : PyTuple.From([args]);
        Starred = starred;
    }

    /// <summary>The user subclass this is an instance of (collections.abc's _CallableGenericAlias), else null.</summary>
    public PyType? Sub;
    public override PyType Type => Sub ?? GenericAliasType;
    public override PyDict? Dict => Sub is null ? null : SubclassDicts.Of(this);

    /// <summary>A builtin `__class_getitem__`: cls[item] is GenericAlias(cls, item).</summary>
    public static PyObject ClassGetItemMethod() =>
        new PyClassMethod(new PyBuiltinFunction("__class_getitem__", static (a, kw) =>
        {
            Runtime.Args.Count("__class_getitem__", a[1..], kw, 1, 1);
            return new PyGenericAlias(a[0], a[1]);
        }));

    /// <summary>The builtin types that are generic in CPython 3.11 (list[int], dict[str, int], ...).</summary>
    internal static void InstallClassGetItem()
    {
        foreach (var t in new[] { TypeObjects.List, TypeObjects.Dict, TypeObjects.Tuple, TypeObjects.Set, TypeObjects.FrozenSet,
                     TypeObjects.Enumerate, TypeObjects.BaseExceptionGroup })
            t.TypeDict["__class_getitem__"] = ClassGetItemMethod();
    }

    // Attributes answered by the alias itself; every other name is the origin's (ga_getattro).
    private static readonly HashSet<string> s_own =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    public PyObject? GetAttr(PyStr name)
    {
        if (!s_own.Contains(name.V)) return Ops.GetAttrOrNull(Origin, name);
        return Ops.GenericGetAttr(this, Type, name);
    }

    public PyTuple Parameters => _parameters ??= MakeParameters(Args);

    /// <summary>The type variables among the arguments, in order of first appearance (_Py_make_parameters).</summary>
    internal static PyTuple MakeParameters(PyTuple args)
    {
        var found = new List<PyObject>();
        foreach (var t in args.Items)
        {
            // A bare class's __parameters__ is a descriptor, not its parameters.
            if (t is PyType) continue;
            if (Ops.GetAttrOrNull(t, PyStr.From("__typing_subst__")) is not null)
            {
                AddUnique(found, t);
                continue;
            }
            if (Ops.GetAttrOrNull(t, PyStr.From("__parameters__")) is PyTuple sub)
                foreach (var p in sub.Items) AddUnique(found, p);
        }
        return PyTuple.From(found.ToArray());
    }

    private static void AddUnique(List<PyObject> l, PyObject o)
    {
        foreach (var x in l) if (ReferenceEquals(x, o)) return;
        l.Add(o);
    }

    private static bool IsUnpackedTuple(PyObject o) =>
        o is PyGenericAlias { Starred: true } g && ReferenceEquals(g.Origin, TypeObjects.Tuple);

    /// <summary>alias[item]: each parameter replaced by its argument (_Py_subs_parameters).</summary>
    private PyObject Subscript(PyObject item)
    {
        var parameters = Parameters.Items;
        if (parameters.Length == 0) throw Errors.TypeError($"{Ops.Repr(this)} is not a generic class");
        var argItems = item is PyTuple it ? it.Items : [item];
        // TypeVarTuple and ParamSpec adjust the arguments first (typing's __typing_prepare_subst__).
        foreach (var p in parameters)
        {
            if (Ops.GetAttrOrNull(p, PyStr.From("__typing_prepare_subst__")) is { } prep)
            {
                var r = Ops.Call(prep, this, PyTuple.From(argItems));
                argItems = r is PyTuple rt ? rt.Items : throw Errors.TypeError("__typing_prepare_subst__ must return a tuple");
            }
        }
        if (argItems.Length != parameters.Length)
            throw Errors.TypeError($"Too {(argItems.Length > parameters.Length ? "many" : "few")} arguments for {Ops.Repr(this)}; actual {argItems.Length}, expected {parameters.Length}");
        var newArgs = new List<PyObject>();
        foreach (var arg0 in Args.Items)
        {
            var arg = arg0;
            if (arg is PyType) { newArgs.Add(arg); continue; }
            bool unpack = IsUnpackedTuple(arg);
            if (Ops.GetAttrOrNull(arg, PyStr.From("__typing_subst__")) is { } subst)
            {
                int i = IndexOf(parameters, arg);
                arg = Ops.Call(subst, argItems[i]);
            }
            else if (Ops.GetAttrOrNull(arg, PyStr.From("__parameters__")) is PyTuple { Items.Length: > 0 } sub)
            {
                var subArgs = new PyObject[sub.Items.Length];
                for (int k = 0; k < subArgs.Length; k++) subArgs[k] = argItems[IndexOf(parameters, sub.Items[k])];
                arg = Ops.GetItem(arg, PyTuple.From(subArgs));
            }
            // A substituted *tuple[...] contributes its own arguments (PEP 646).
            if (unpack && arg is PyGenericAlias { Starred: true } ua && ReferenceEquals(ua.Origin, TypeObjects.Tuple))
                newArgs.AddRange(ua.Args.Items);
            else newArgs.Add(arg);
        }
        return new PyGenericAlias(Origin, PyTuple.From(newArgs.ToArray()), Starred);
    }

    private static int IndexOf(PyObject[] items, PyObject o)
    {
        for (int i = 0; i < items.Length; i++) if (ReferenceEquals(items[i], o)) return i;
        throw Errors.TypeError($"{Ops.Repr(o)} is not a parameter");
    }

    /// <summary>repr of one argument (ga_repr_item): classes by qualified name, `...` as written.</summary>
    internal static string ReprItem(PyObject o)
    {
        if (o is PyEllipsis) return "...";
        if (o is PyGenericAlias) return Ops.Repr(o);
        // Objects with __origin__ and __args__ (typing's aliases) show their own repr.
        if (Ops.GetAttrOrNull(o, PyStr.From("__origin__")) is not null && Ops.GetAttrOrNull(o, PyStr.From("__args__")) is not null)
            return Ops.Repr(o);
        var qual = Ops.GetAttrOrNull(o, PyStr.From("__qualname__"));
        var mod = Ops.GetAttrOrNull(o, PyStr.From("__module__"));
        if (qual is PyStr q && mod is PyStr m)
            return m.V == "builtins" ? q.V : $"{m.V}.{q.V}";
        if (qual is not null && mod is PyNone) return Ops.Str(qual);
        return Ops.Repr(o);
    }

    private string ReprSelf()
    {
        var sb = new System.Text.StringBuilder();
        if (Starred) sb.Append('*');
        sb.Append(ReprItem(Origin)).Append('[');
        if (Args.Items.Length == 0) sb.Append("()");
        for (int i = 0; i < Args.Items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(ReprItem(Args.Items[i]));
        }
        return sb.Append(']').ToString();
    }

    private static PyType MakeType()
    {
        var t = new PyType("GenericAlias", [TypeObjects.Object], true) { Module = "types", AcceptsSubclasses = true };
        t.ComputeMro();
        static PyGenericAlias G(ReadOnlySpan<PyObject> a) => (PyGenericAlias)a[0];
        t.New = static (cls, a, kw) =>
        {
            Runtime.Args.NoKw("GenericAlias", kw);
            if (a.Length != 2) throw Errors.TypeError($"GenericAlias expected 2 arguments, got {a.Length}");
            return new PyGenericAlias(a[0], a[1]) { Sub = cls.IsBuiltin ? null : cls };
        };
        t.TypeDict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", static (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw Errors.TypeError("GenericAlias.__new__(X): X is not a type object");
            return cls.New!(cls, a[1..], kw);
        }));
        t.TypeDict["__doc__"] = PyStr.From("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(G(a).ReprSelf()));
        t.SetMethod("__getitem__", static (a, kw) => G(a).Subscript(a[1]));
        t.SetMethod("__call__", static (a, kw) =>
        {
            var g = G(a);
            var obj = Ops.Call(g.Origin, a[1..], kw);
            // The instance learns which alias made it, when it can take attributes (typing does the same).
            try { Ops.SetAttr(obj, PyStr.From("__orig_class__"), g); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError) || e.Value.Type.IsSubtypeOf(TypeObjects.TypeError)) { }
            return obj;
        });
        t.SetMethod("__eq__", static (a, kw) =>
        {
            if (a[1] is not PyGenericAlias o) return PyNotImplemented.Instance;
            var g = G(a);
            if (g.Starred != o.Starred) return PyBool.False;
            return PyBool.From(Ops.Eq(g.Origin, o.Origin) && Ops.Eq(g.Args, o.Args));
        });
        t.SetMethod("__ne__", static (a, kw) =>
        {
            if (a[1] is not PyGenericAlias o) return PyNotImplemented.Instance;
            var g = G(a);
            if (g.Starred != o.Starred) return PyBool.True;
            return PyBool.From(!(Ops.Eq(g.Origin, o.Origin) && Ops.Eq(g.Args, o.Args)));
        });
        t.SetMethod("__hash__", static (a, kw) =>
        {
            long h = Ops.Hash(G(a).Origin) ^ Ops.Hash(G(a).Args);
            return PyInt.From(h == -1 ? -2 : h);
        });
        t.SetMethod("__or__", static (a, kw) => PyUnion.Or(a[0], a[1]));
        t.SetMethod("__ror__", static (a, kw) => PyUnion.Or(a[1], a[0]));
        t.SetMethod("__mro_entries__", static (a, kw) => PyTuple.From([G(a).Origin]));
        t.SetMethod("__instancecheck__", static (a, kw) => throw Errors.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.SetMethod("__subclasscheck__", static (a, kw) => throw Errors.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            var g = G(a);
            if (g.Starred)
            {
                var plain = new PyGenericAlias(g.Origin, g.Args);
                return PyTuple.From([Builtins.Module.ModuleDict.Get("next")!, PyTuple.From([Ops.GetIter(plain)])]);
            }
            return PyTuple.From([GenericAliasType, PyTuple.From([g.Origin, g.Args])]);
        });
        t.SetMethod("__iter__", static (a, kw) =>
        {
            var g = G(a);
            return Ops.GetIter(PyTuple.From([new PyGenericAlias(g.Origin, g.Args, starred: true)]));
        });
        t.SetMethod("__dir__", static (a, kw) =>
        {
            var names = Builtins.Dir(G(a).Origin);
            if (names is PyList l)
                foreach (var n in s_own)
                {
                    bool seen = false;
                    foreach (var x in l.AsSpan()) if (x is PyStr xs && xs.V == n) { seen = true; break; }
                    if (!seen) l.Append(PyStr.From(n));
                }
            return names;
        });
        t.TypeDict["__origin__"] = new PyGetSetDescriptor("__origin__", o => ((PyGenericAlias)o).Origin);
        t.TypeDict["__args__"] = new PyGetSetDescriptor("__args__", o => ((PyGenericAlias)o).Args);
        t.TypeDict["__unpacked__"] = new PyGetSetDescriptor("__unpacked__", o => PyBool.From(((PyGenericAlias)o).Starred));
        t.TypeDict["__parameters__"] = new PyGetSetDescriptor("__parameters__", o => ((PyGenericAlias)o).Parameters);
        t.TypeDict["__typing_unpacked_tuple_args__"] = new PyGetSetDescriptor("__typing_unpacked_tuple_args__", o =>
            o is PyGenericAlias { Starred: true } g && ReferenceEquals(g.Origin, TypeObjects.Tuple) ? g.Args : PyNone.Instance);
        return t;
    }
}
