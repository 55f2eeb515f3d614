using System.Text;

namespace Herthon.Runtime;

/// <summary>A dict of one of the `collections` dict types (defaultdict, Counter, OrderedDict).</summary>
public sealed class PyDictSub(PyType type) : PyDict
{
    private readonly PyType _type = type;
    public PyObject DefaultFactory = PyNone.Instance;
    public override PyType Type => _type;
    public override PyDict? Dict => _type.IsBuiltin ? null : SubclassDicts.Of(this);
}

/// <summary>An instance of a namedtuple class: a fixed item array plus the usual instance dict.</summary>
public sealed class PyNamedTuple(PyType type, PyObject[] items) : PyInstance(type)
{
    public readonly PyObject[] Items = items;
}

/// <summary>The C# part of `collections`: defaultdict, Counter, OrderedDict and namedtuple.</summary>
public static partial class CollectionsModule
{
    public static readonly PyType DefaultDict = MakeDictType("defaultdict");
    public static readonly PyType Counter = MakeDictType("Counter");
    public static readonly PyType OrderedDict = MakeDictType("OrderedDict");

    static CollectionsModule()
    {
        SetupDefaultDict();
        SetupCounter();
        SetupOrderedDict();
        Subclassing.EnableDictSubclass(DefaultDict, initUsesSetItem: false);
        Subclassing.EnableDictSubclass(Counter, initUsesSetItem: true);
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

    // ------------------------------------------------------------------ Counter
    private static long CountOf(PyDict d, PyObject k) => d.TryGetValue(k, out var v) && v is PyInt i ? i.V : 0;

    private static void CounterUpdate(PyDict d, PyObject src, int sign)
    {
        if (src is PyDict sd)
        {
            foreach (var kv in sd.Items())
            {
                var cur = d.TryGetValue(kv.Key, out var v) ? v : PyInt.From(0);
                d.SetItem(kv.Key, Ops.Binary(cur, kv.Value, sign > 0 ? BinaryOp.Add : BinaryOp.Sub));
            }
            return;
        }
        var it = Ops.GetIter(src);
        while (it.Next() is { } x)
        {
            var cur = d.TryGetValue(x, out var v) ? v : PyInt.From(0);
            d.SetItem(x, Ops.Binary(cur, PyInt.From(sign), BinaryOp.Add));
        }
    }

    private static void CounterArgs(PyDict d, ReadOnlySpan<PyObject> a, string[]? kw, int sign, string name)
    {
        int np = Args.Positional(a, kw);
        if (np > 2) throw Errors.TypeError($"expected at most 1 arguments, got {np - 1}");
        if (np == 2 && a[1] is not PyNone) CounterUpdate(d, a[1], sign);
        if (kw is not null)
        {
            var kd = new PyDict();
            for (int i = 0; i < kw.Length; i++) kd.SetItem(PyStr.From(kw[i]), a[np + i]);
            CounterUpdate(d, kd, sign);
        }
    }

    private static List<KeyValuePair<PyObject, PyObject>> MostCommon(PyDict d)
    {
        var items = d.Items().ToList();
        // Stable sort by count, descending (CPython: sorted(..., key=itemgetter(1), reverse=True)).
        var idx = Enumerable.Range(0, items.Count).ToArray();
        var sorted = idx.OrderBy(i => i, Comparer<int>.Create((x, y) =>
        {
            var vx = items[x].Value; var vy = items[y].Value;
            if (Ops.Less(vy, vx)) return -1;
            if (Ops.Less(vx, vy)) return 1;
            return x.CompareTo(y);
        })).ToList();
        return sorted.Select(i => items[i]).ToList();
    }

    private static PyDictSub NewCounter(PyType t) => new(t);

    private static PyObject CounterBinary(ReadOnlySpan<PyObject> a, Func<PyObject, PyObject, PyObject> combine, bool unionKeys)
    {
        var self = Self(a);
        if (a[1] is not PyDictSub other || !other.Type.IsSubtypeOf(Counter)) return PyNotImplemented.Instance;
        var r = NewCounter(Counter);
        foreach (var kv in self.Items())
        {
            var ov = other.TryGetValue(kv.Key, out var o) ? o : PyInt.From(0);
            var nv = combine(kv.Value, ov);
            if (Ops.Less(PyInt.From(0), nv)) r.SetItem(kv.Key, nv);
        }
        if (unionKeys)
            foreach (var kv in other.Items())
            {
                if (self.ContainsKey(kv.Key)) continue;
                var nv = combine(PyInt.From(0), kv.Value);
                if (Ops.Less(PyInt.From(0), nv)) r.SetItem(kv.Key, nv);
            }
        return r;
    }

    private static PyObject KeepPositive(PyDictSub d)
    {
        foreach (var k in d.KeysList())
            if (!Ops.Less(PyInt.From(0), d.Get(k)!)) d.Remove(k);
        return d;
    }

    private static void SetupCounter()
    {
        var t = Counter;
        t.New = static (cls, a, kw) =>
        {
            var d = NewCounter(cls);
            var full = new PyObject[a.Length + 1];
            full[0] = d; a.CopyTo(full.AsSpan(1));
            CounterArgs(d, full, kw, 1, "Counter");
            return d;
        };
        t.SetMethod("__missing__", static (a, kw) => PyInt.From(0));
        t.SetMethod("update", static (a, kw) => { CounterArgs(Self(a), a, kw, 1, "update"); return PyNone.Instance; });
        t.SetMethod("subtract", static (a, kw) => { CounterArgs(Self(a), a, kw, -1, "subtract"); return PyNone.Instance; });
        t.SetMethod("total", static (a, kw) =>
        {
            PyObject s = PyInt.From(0);
            foreach (var kv in Self(a).Items()) s = Ops.Binary(s, kv.Value, BinaryOp.Add);
            return s;
        });
        t.SetMethod("most_common", static (a, kw) =>
        {
            var d = Self(a);
            var mc = MostCommon(d);
            var nArg = a.Length > 1 ? a[1] : Args.Kw(a, kw, "n");
            int n = nArg is null or PyNone ? mc.Count : (int)Math.Max(0, Math.Min(Ops.IndexValue(nArg), mc.Count));
            var l = new PyList();
            for (int i = 0; i < n; i++) l.Append(PyTuple.Of(mc[i].Key, mc[i].Value));
            return l;
        });
        t.SetMethod("elements", static (a, kw) =>
        {
            var l = new PyList();
            foreach (var kv in Self(a).Items())
            {
                long c = kv.Value is PyInt i ? i.V : throw Errors.TypeError($"'{kv.Value.Type.Name}' object cannot be interpreted as an integer");
                for (long j = 0; j < c; j++) l.Append(kv.Key);
            }
            return Ops.GetIter(l);
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var d = Self(a);
            if (d.Count == 0) return PyStr.From($"{ClsName(d)}()");
            List<KeyValuePair<PyObject, PyObject>> items;
            try { items = MostCommon(d); }
            catch (PyException) { items = d.Items().ToList(); }
            var sb = new StringBuilder(ClsName(d)).Append("({");
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i].Key)).Append(": ").Append(Ops.Repr(items[i].Value));
            }
            return PyStr.From(sb.Append("})").ToString());
        });
        t.SetMethod("copy", static (a, kw) =>
        {
            var d = Self(a);
            var c = NewCounter(d.Type);
            foreach (var kv in d.Items()) c.SetItem(kv.Key, kv.Value);
            return c;
        });
        t.SetMethod("__delitem__", static (a, kw) => { Self(a).Remove(a[1]); return PyNone.Instance; });
        t.SetMethod("__add__", static (a, kw) => CounterBinary(a, (x, y) => Ops.Binary(x, y, BinaryOp.Add), true));
        t.SetMethod("__sub__", static (a, kw) => CounterBinary(a, (x, y) => Ops.Binary(x, y, BinaryOp.Sub), false));
        t.SetMethod("__or__", static (a, kw) => CounterBinary(a, (x, y) => Ops.Less(x, y) ? y : x, true));
        t.SetMethod("__and__", static (a, kw) => CounterBinary(a, (x, y) => Ops.Less(x, y) ? x : y, false));
        t.SetMethod("__iadd__", static (a, kw) => { var d = Self(a); CounterUpdate(d, a[1], 1); return KeepPositive(d); });
        t.SetMethod("__isub__", static (a, kw) => { var d = Self(a); CounterUpdate(d, a[1], -1); return KeepPositive(d); });
        t.SetMethod("__pos__", static (a, kw) =>
        {
            var r = NewCounter(Counter);
            foreach (var kv in Self(a).Items()) if (Ops.Less(PyInt.From(0), kv.Value)) r.SetItem(kv.Key, kv.Value);
            return r;
        });
        t.SetMethod("__neg__", static (a, kw) =>
        {
            var r = NewCounter(Counter);
            foreach (var kv in Self(a).Items()) if (Ops.Less(kv.Value, PyInt.From(0))) r.SetItem(kv.Key, Ops.Negate(kv.Value));
            return r;
        });
        t.SetMethod("__eq__", static (a, kw) =>
        {
            var d = Self(a);
            if (a[1] is not PyDict o || !o.Type.IsSubtypeOf(Counter)) return PyNotImplemented.Instance;
            foreach (var kv in d.Items()) if (!Ops.Eq(kv.Value, o.TryGetValue(kv.Key, out var v) ? v : PyInt.From(0))) return PyBool.False;
            foreach (var kv in o.Items()) if (!Ops.Eq(kv.Value, d.TryGetValue(kv.Key, out var v) ? v : PyInt.From(0))) return PyBool.False;
            return PyBool.True;
        });
        t.SetMethod("__ne__", static (a, kw) =>
        {
            var r = Ops.Call(Counter.TypeDict.Get(PyStr.From("__eq__"))!, a[0], a[1]);
            return r is PyNotImplemented ? r : PyBool.From(!Ops.Truth(r));
        });
        t.TypeDict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", static (a, kw) =>
            throw Errors.NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")));
    }

    // ------------------------------------------------------------------ OrderedDict
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
            var l = new PyList();
            foreach (var kv in d.Items()) l.Append(PyTuple.Of(kv.Key, kv.Value));
            return PyStr.From($"{ClsName(d)}({Ops.Repr(l)})");
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

    // ------------------------------------------------------------------ namedtuple
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static PyObject[] Items(PyObject o) => o switch
    {
        PyNamedTuple nt => nt.Items,
        PyTuple t => t.Items,
        _ => throw Errors.TypeError("descriptor requires a 'tuple' object"),
    };

    private static PyObject NamedTuple(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int np = Args.Positional(a, kw);
        Args.OnlyKw("namedtuple", kw, "typename", "field_names", "rename", "defaults", "module");
        if (np > 2) throw Errors.TypeError($"namedtuple() takes 2 positional arguments but {np} were given");
        var typenameObj = np > 0 ? a[0] : Args.Kw(a, kw, "typename") ?? throw Errors.TypeError("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'");
        var fieldsObj = np > 1 ? a[1] : Args.Kw(a, kw, "field_names") ?? throw Errors.TypeError("namedtuple() missing 1 required positional argument: 'field_names'");
        bool rename = Args.Kw(a, kw, "rename") is { } rn && Ops.Truth(rn);
        var defaultsObj = Args.Kw(a, kw, "defaults");
        var moduleObj = Args.Kw(a, kw, "module");
        string typename = Ops.Str(typenameObj);
        List<string> fields = fieldsObj is PyStr fs
            ? fs.V.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
            : Ops.ToList(fieldsObj).Select(Ops.Str).ToList();
        if (rename)
        {
            var seen = new HashSet<string>();
            for (int i = 0; i < fields.Count; i++)
            {
                var n = fields[i];
                if (!IsIdentifier(n) || Keywords.Contains(n) || n.StartsWith('_') || seen.Contains(n)) fields[i] = "_" + i;
                seen.Add(fields[i]);
            }
        }
        foreach (var n in fields.Prepend(typename))
        {
            if (!IsIdentifier(n)) throw Errors.ValueError($"Type names and field names must be valid identifiers: {Ops.Repr(PyStr.From(n))}");
            if (Keywords.Contains(n)) throw Errors.ValueError($"Type names and field names cannot be a keyword: {Ops.Repr(PyStr.From(n))}");
        }
        var seen2 = new HashSet<string>();
        foreach (var n in fields)
        {
            if (n.StartsWith('_') && !rename) throw Errors.ValueError($"Field names cannot start with an underscore: {Ops.Repr(PyStr.From(n))}");
            if (!seen2.Add(n)) throw Errors.ValueError($"Encountered duplicate field name: {Ops.Repr(PyStr.From(n))}");
        }
        PyObject[] defaults = [];
        if (defaultsObj is not null && defaultsObj is not PyNone)
        {
            defaults = Ops.ToArray(defaultsObj);
            if (defaults.Length > fields.Count) throw Errors.TypeError("Got more default values than field names");
        }
        string module = moduleObj is PyStr ms ? ms.V : (Evaluation.ThreadState.Current.Frame?.Globals.Get("__name__") is PyStr gn ? gn.V : "__main__");
        return MakeNamedTupleClass(typename, fields.ToArray(), defaults, module);
    }

    private static PyType MakeNamedTupleClass(string typename, string[] fields, PyObject[] defaults, string module)
    {
        var t = new PyType(typename, [TypeObjects.Tuple], false) { Module = module };
        int n = fields.Length;
        var fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.Length; i++) fieldDefaults.SetItem(PyStr.From(fields[n - defaults.Length + i]), defaults[i]);
        t.New = (cls, a, kw) => new PyNamedTuple(cls, BindArgs(typename, fields, fieldDefaults, a, kw));
        t.TypeDict["_fields"] = PyTuple.From(fields.Select(f => (PyObject)PyStr.From(f)).ToArray());
        t.TypeDict["_field_defaults"] = fieldDefaults;
        t.TypeDict["__match_args__"] = t.TypeDict.Get("_fields")!;
        t.TypeDict["__slots__"] = PyTuple.Empty;
        t.TypeDict["__doc__"] = PyStr.From($"{typename}({string.Join(", ", fields)})");
        t.TypeDict["__module__"] = PyStr.From(module);
        for (int i = 0; i < n; i++)
        {
            int idx = i;
            t.TypeDict[fields[i]] = new PyGetSetDescriptor(fields[i], o => Items(o)[idx],
                (o, v) => throw Errors.AttributeError("can't set attribute"));
        }
        t.SetMethod("__repr__", (a, kw) =>
        {
            var items = Items(a[0]);
            var sb = new StringBuilder(a[0].Type.Name).Append('(');
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(fields[i]).Append('=').Append(Ops.Repr(items[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        });
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItem(PyTuple.From(Items(a[0])), a[1]));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(Items(a[0]).Length));
        t.SetMethod("__iter__", static (a, kw) => Ops.GetIter(PyTuple.From(Items(a[0]))));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(Ops.Contains(PyTuple.From(Items(a[0])), a[1])));
        t.SetMethod("__hash__", static (a, kw) => PyInt.From(Ops.Hash(PyTuple.From(Items(a[0])))));
        t.SetMethod("__add__", static (a, kw) => Ops.Binary(PyTuple.From(Items(a[0])), a[1] is PyNamedTuple o ? PyTuple.From(o.Items) : a[1], BinaryOp.Add));
        t.SetMethod("__mul__", static (a, kw) => Ops.Binary(PyTuple.From(Items(a[0])), a[1], BinaryOp.Mul));
        t.SetMethod("__rmul__", static (a, kw) => Ops.Binary(PyTuple.From(Items(a[0])), a[1], BinaryOp.Mul));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var cop = op;
            t.SetMethod(name, (a, kw) =>
            {
                PyObject other = a[1] switch { PyNamedTuple o => PyTuple.From(o.Items), PyTuple tt => tt, _ => PyNotImplemented.Instance };
                if (other is PyNotImplemented) return other;
                return Ops.RichCompare(PyTuple.From(Items(a[0])), other, cop);
            });
        }
        t.SetMethod("count", static (a, kw) => Ops.Invoke(PyTuple.From(Items(a[0])), "count", a[1]));
        t.SetMethod("index", static (a, kw) => Ops.Invoke(PyTuple.From(Items(a[0])), "index", a[1..].ToArray()));
        t.SetMethod("_asdict", (a, kw) =>
        {
            var d = new PyDict();
            var items = Items(a[0]);
            for (int i = 0; i < items.Length; i++) d.SetItem(PyStr.From(fields[i]), items[i]);
            return d;
        });
        t.SetMethod("_replace", (a, kw) =>
        {
            var items = (PyObject[])Items(a[0]).Clone();
            int np = Args.Positional(a, kw);
            var unexpected = new List<string>();
            if (kw is not null)
                for (int i = 0; i < kw.Length; i++)
                {
                    int fi = Array.IndexOf(fields, kw[i]);
                    if (fi < 0) unexpected.Add(kw[i]);
                    else items[fi] = a[np + i];
                }
            if (unexpected.Count > 0)
                throw Errors.ValueError($"Got unexpected field names: [{string.Join(", ", unexpected.Select(u => Ops.Repr(PyStr.From(u))))}]");
            return new PyNamedTuple(a[0].Type, items);
        });
        t.SetMethod("__getnewargs__", static (a, kw) => PyTuple.From(Items(a[0])));
        t.TypeDict["_make"] = new PyClassMethod(new PyBuiltinFunction("_make", (a, kw) =>
        {
            var cls = (PyType)a[0];
            var items = Ops.ToArray(a[1]);
            if (items.Length != n) throw Errors.TypeError($"Expected {n} arguments, got {items.Length}");
            return new PyNamedTuple(cls, (PyObject[])items.Clone());
        }));
        t.ComputeMro();
        return t;
    }

    private static PyObject[] BindArgs(string typename, string[] fields, PyDict defaults, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int n = fields.Length;
        int np = Args.Positional(a, kw);
        if (np > n)
            throw Errors.TypeError($"{typename}.__new__() takes {n + 1} positional argument{(n + 1 == 1 ? "" : "s")} but {np + 1} were given");
        var items = new PyObject?[n];
        for (int i = 0; i < np; i++) items[i] = a[i];
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++)
            {
                int fi = Array.IndexOf(fields, kw[i]);
                if (fi < 0) throw Errors.TypeError($"{typename}.__new__() got an unexpected keyword argument '{kw[i]}'");
                if (items[fi] is not null) throw Errors.TypeError($"{typename}.__new__() got multiple values for argument '{kw[i]}'");
                items[fi] = a[np + i];
            }
        var missing = new List<string>();
        for (int i = 0; i < n; i++)
            if (items[i] is null)
            {
                if (defaults.TryGetValue(fields[i], out var dv)) items[i] = dv;
                else missing.Add("'" + fields[i] + "'");
            }
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + (missing.Count > 2 ? "," : "") + " and " + missing[^1];
            throw Errors.TypeError($"{typename}.__new__() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return items!;
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
