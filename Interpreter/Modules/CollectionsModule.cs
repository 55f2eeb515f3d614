using System.Text;

namespace Herthon.Runtime;

/// <summary>A dict of one of the `collections` dict types (defaultdict, OrderedDict).</summary>
public sealed class PyDictSub(PyType type) : PyDict
{
    private readonly PyType _type = type;
    public PyObject DefaultFactory = PyNone.Instance;
    public override PyType Type => _type;
    public override PyDict? Dict => _type.IsBuiltin ? null : SubclassDicts.Of(this);
}

/// <summary>`_collections`: defaultdict and OrderedDict (here), deque and _tuplegetter (partial files); CPython's collections/__init__.py defines Counter, namedtuple, ChainMap and the User* classes over them.</summary>
public static partial class CollectionsModule
{
    public static readonly PyType DefaultDict = MakeDictType("defaultdict");
    public static readonly PyType OrderedDict = MakeDictType("OrderedDict");

    static CollectionsModule()
    {
        SetupDefaultDict();
        SetupOrderedDict();
        Subclassing.EnableDictSubclass(DefaultDict, initUsesSetItem: false);
        Subclassing.EnableDictSubclass(OrderedDict, initUsesSetItem: true);
    }

    private static PyType MakeDictType(string name)
    {
        var t = new PyType(name, [TypeObjects.Dict], true) { Module = "collections" };
        t.ComputeMro();
        return t;
    }

    private static PyDictSub Self(ReadOnlySpan<PyObject> a) => (PyDictSub)a[0];

    private static void InitFrom(PyDict d, ReadOnlySpan<PyObject> a, string[]? kw, int start, string name)
    {
        int np = Args.Positional(a, kw);
        if (np - start > 1) throw Errors.TypeError($"{name} expected at most {start + 1} arguments, got {np}");
        if (np > start) DictMethods.Update(d, a[start], false);
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++) d.SetItem(PyStr.From(kw[i]), a[np + i]);
    }

    private static string ClsName(PyObject o) => o.Type.Name;

    // ------------------------------------------------------------------ defaultdict
    private static void SetupDefaultDict()
    {
        var t = DefaultDict;
        t.New = static (cls, a, kw) =>
        {
            var d = new PyDictSub(cls);
            int np = Args.Positional(a, kw);
            if (np > 0)
            {
                var f = a[0];
                if (f is not PyNone && !IsCallable(f)) throw Errors.TypeError("first argument must be callable or None");
                d.DefaultFactory = f;
                var rest = a[1..];
                InitFrom(d, rest, kw, 0, "defaultdict");
            }
            else InitFrom(d, a, kw, 0, "defaultdict");
            return d;
        };
        t.TypeDict["default_factory"] = new PyGetSetDescriptor("default_factory", o => ((PyDictSub)o).DefaultFactory, (o, v) => ((PyDictSub)o).DefaultFactory = v);
        t.SetMethod("__missing__", static (a, kw) =>
        {
            var d = Self(a);
            if (d.DefaultFactory is PyNone) throw Errors.KeyError(a[1]);
            var v = Ops.Call(d.DefaultFactory);
            d.SetItem(a[1], v);
            return v;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var d = Self(a);
            var plain = new PyDict();
            foreach (var kv in d.Items()) plain.SetItem(kv.Key, kv.Value);
            string f = d.DefaultFactory is PyNone ? "None" : Ops.Repr(d.DefaultFactory);
            return PyStr.From($"{ClsName(d)}({f}, {Ops.Repr(plain)})");
        });
        BuiltinFn copy = static (a, kw) =>
        {
            var d = Self(a);
            var c = new PyDictSub(d.Type) { DefaultFactory = d.DefaultFactory };
            foreach (var kv in d.Items()) c.SetItem(kv.Key, kv.Value);
            return c;
        };
        t.SetMethod("copy", copy);
        t.SetMethod("__copy__", copy);
        // (type, (factory,) or (), None, None, iter(items)), as CPython's defdict_reduce.
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            var d = Self(a);
            var args = d.DefaultFactory is PyNone ? PyTuple.Empty : PyTuple.Of(d.DefaultFactory);
            return PyTuple.Of(d.Type, args, PyNone.Instance, PyNone.Instance, new DictIterator(d, DictIterKind.Items));
        });
        // defdict_or: d | other keeps d's type and factory; other | d builds type(d)(d.default_factory, other) first.
        t.SetMethod("__or__", static (a, kw) =>
        {
            if (a[1] is not PyDict) return PyNotImplemented.Instance;
            var d = Self(a);
            var c = (PyDict)Ops.Invoke(d, "copy");
            DictMethods.Update(c, a[1], false);
            return c;
        });
        t.SetMethod("__ror__", static (a, kw) =>
        {
            if (a[1] is not PyDict) return PyNotImplemented.Instance;
            var d = Self(a);
            var c = (PyDict)Ops.Call(d.Type, [d.DefaultFactory, a[1]]);
            DictMethods.Update(c, d, false);
            return c;
        });
    }

    private static bool IsCallable(PyObject f) =>
        f is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyMethodDescriptor || f.Type.Lookup("__call__") is not null;

    // ------------------------------------------------------------------ OrderedDict
    [ThreadStatic] private static HashSet<PyObject>? t_odictRepr;

    private static void SetupOrderedDict()
    {
        var t = OrderedDict;
        t.New = static (cls, a, kw) =>
        {
            var d = new PyDictSub(cls);
            InitFrom(d, a, kw, 0, "OrderedDict");
            return d;
        };
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var d = Self(a);
            if (d.Count == 0) return PyStr.From($"{ClsName(d)}()");
            // odict_repr's Py_ReprEnter: a dict that contains itself prints as "...".
            t_odictRepr ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            if (!t_odictRepr.Add(d)) return PyStr.From("...");
            try
            {
                var l = new PyList();
                foreach (var kv in d.Items()) l.Append(PyTuple.Of(kv.Key, kv.Value));
                return PyStr.From($"{ClsName(d)}({Ops.Repr(l)})");
            }
            finally { t_odictRepr.Remove(d); }
        });
        // odict_or: the result has the OrderedDict operand's type, in the operands' order.
        t.SetMethod("__or__", static (a, kw) =>
        {
            if (a[1] is not PyDict) return PyNotImplemented.Instance;
            var c = (PyDict)Ops.Call(a[0].Type, a[0]);
            DictMethods.Update(c, a[1], false);
            return c;
        });
        t.SetMethod("__ror__", static (a, kw) =>
        {
            if (a[1] is not PyDict) return PyNotImplemented.Instance;
            var c = (PyDict)Ops.Call(a[0].Type, a[1]);
            DictMethods.Update(c, a[0], false);
            return c;
        });
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            var d = Self(a);
            PyObject state = d.Type.IsBuiltin || d.Dict is not { Count: > 0 } dict ? PyNone.Instance : dict;
            return PyTuple.Of(d.Type, PyTuple.Empty, state, PyNone.Instance, new DictIterator(d, DictIterKind.Items));
        });
        t.SetMethod("move_to_end", static (a, kw) =>
        {
            var d = Self(a);
            var key = a[1];
            var lastArg = a.Length > 2 && kw is null ? a[2] : Args.Kw(a, kw, "last");
            bool last = lastArg is null || Ops.Truth(lastArg);
            if (!d.Remove(key, out var v)) throw Errors.KeyError(key);
            if (last) { d.SetItem(key, v); return PyNone.Instance; }
            var rest = d.Items().ToList();
            d.Clear();
            d.SetItem(key, v);
            foreach (var kv in rest) d.SetItem(kv.Key, kv.Value);
            return PyNone.Instance;
        });
        t.SetMethod("popitem", static (a, kw) =>
        {
            var d = Self(a);
            var lastArg = a.Length > 1 && kw is null ? a[1] : Args.Kw(a, kw, "last");
            bool last = lastArg is null || Ops.Truth(lastArg);
            if (d.Count == 0) throw Errors.KeyError("dictionary is empty");
            if (last) { d.PopLast(out var k, out var v); return PyTuple.Of(k, v); }
            var first = d.Items().First();
            d.Remove(first.Key);
            return PyTuple.Of(first.Key, first.Value);
        });
        t.SetMethod("__eq__", static (a, kw) =>
        {
            var d = Self(a);
            if (a[1] is not PyDict o) return PyNotImplemented.Instance;
            if (d.Count != o.Count) return PyBool.False;
            if (o.Type.IsSubtypeOf(OrderedDict))
            {
                using var e1 = d.Items().GetEnumerator();
                using var e2 = o.Items().GetEnumerator();
                while (e1.MoveNext() && e2.MoveNext())
                    if (!Ops.Eq(e1.Current.Key, e2.Current.Key) || !Ops.Eq(e1.Current.Value, e2.Current.Value)) return PyBool.False;
                return PyBool.True;
            }
            foreach (var kv in d.Items())
                if (!o.TryGetValue(kv.Key, out var v) || !Ops.Eq(kv.Value, v)) return PyBool.False;
            return PyBool.True;
        });
        t.SetMethod("__ne__", static (a, kw) =>
        {
            var r = Ops.Call(OrderedDict.TypeDict.Get(PyStr.From("__eq__"))!, a[0], a[1]);
            return r is PyNotImplemented ? r : PyBool.From(!Ops.Truth(r));
        });
        t.SetMethod("copy", static (a, kw) =>
        {
            var d = Self(a);
            var c = new PyDictSub(d.Type);
            foreach (var kv in d.Items()) c.SetItem(kv.Key, kv.Value);
            return c;
        });
    }

    public static PyModule Create()
    {
        var m = new PyModule("_collections");
        m.Add("defaultdict", DefaultDict);
        m.Add("OrderedDict", OrderedDict);
        m.Add("deque", Deque);
        m.Add("_deque_iterator", DequeIter);
        m.Add("_deque_reverse_iterator", DequeReverseIter);
        m.Add("_tuplegetter", TupleGetter);
        m.AddFunction("_count_elements", CountElements);
        return m;
    }
}
