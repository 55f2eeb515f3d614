namespace Herthon.Runtime;

/// <summary>dict.keys()/values()/items(): live views.</summary>
public sealed class PyDictView(PyDict dict, DictIterKind kind) : PyObject, IPyIterable, IPyLength
{
    public readonly PyDict DictRef = dict;
    public readonly DictIterKind Kind = kind;
    public override PyType Type => Kind switch { DictIterKind.Keys => TypeObjects.DictKeys, DictIterKind.Values => TypeObjects.DictValues, _ => TypeObjects.DictItems };
    public PyIterator Iter() => new DictIterator(DictRef, Kind);
    public long Length => DictRef.Count;
}

public static class DictMethods
{
    private static PyDict D(ReadOnlySpan<PyObject> a) => (PyDict)a[0];

    /// <summary>reversed(d), reversed(d.keys()/values()/items()): the entries from the last, taken when
    /// reversed() is called.</summary>
    public static PyIterator Reversed(PyDict d, DictIterKind kind)
    {
        var items = new List<PyObject>(d.Count);
        for (int pos = d.EntryLimit - 1; pos >= 0; pos--)
            if (d.EntryAt(pos, out var k, out var v))
                items.Add(kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => PyTuple.Of(k, v) });
        var type = kind switch
        {
            DictIterKind.Keys => IteratorReduce.DictReverseKeyIteratorType,
            DictIterKind.Values => IteratorReduce.DictReverseValueIteratorType,
            _ => IteratorReduce.DictReverseItemIteratorType,
        };
        return new ArrayIterator([.. items], items.Count, d, type);
    }

    /// <summary>dict.get as dict's dict holds it: the fused `d[k] = d.get(k, c0) + c1`
    /// (Interpreter.DictGetAddStore) recognises the call by it.</summary>
    internal static PyMethodDescriptor? GetDescriptor;

    public static void Install(PyType t)
    {
        t.New = static (cls, a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (npos > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = new PyDict();
            if (npos == 1) Update(d, a[0], mergeCheck: false);
            if (kw is not null) for (int i = 0; i < kw.Length; i++) d.SetItem(PyStr.From(kw[i]), a[npos + i]);
            return d;
        };
        t.SetMethod("get", static (a, kw) =>
        {
            if (kw is not null || a.Length is not (2 or 3)) { Args.NoKw("dict.get", kw); Args.Method("get", a, kw, 1, 2); }   // the arity error; get(k) and get(k, d) go straight on
            return D(a).TryGetValue(a[1], out var v) ? v : (a.Length > 2 ? a[2] : PyNone.Instance);
        });
        GetDescriptor = (PyMethodDescriptor)t.TypeDict.Get("get")!;
        t.SetMethod("setdefault", static (a, kw) =>
        {
            Args.NoKw("dict.setdefault", kw);
            Args.Method("setdefault", a, kw, 1, 2);
            if (D(a).TryGetValue(a[1], out var v)) return v;
            var dv = a.Length > 2 ? a[2] : PyNone.Instance;
            D(a).SetItem(a[1], dv);
            return dv;
        });
        t.SetMethod("pop", static (a, kw) =>
        {
            Args.NoKw("dict.pop", kw);
            Args.Method("pop", a, kw, 1, 2);
            if (D(a).Remove(a[1], out var v)) return v;
            if (a.Length > 2) return a[2];
            throw Errors.KeyError(a[1]);
        });
        t.SetMethod("popitem", static (a, kw) =>
        {
            if (D(a).PopLast(out var k, out var v)) return PyTuple.Of(k, v);
            throw Errors.KeyError("popitem(): dictionary is empty");
        });
        t.SetMethod("keys", static (a, kw) => new PyDictView(D(a), DictIterKind.Keys));
        t.SetMethod("values", static (a, kw) => new PyDictView(D(a), DictIterKind.Values));
        t.SetMethod("items", static (a, kw) => new PyDictView(D(a), DictIterKind.Items));
        t.SetMethod("update", static (a, kw) =>
        {
            int npos = Args.Positional(a, kw) - 1;
            if (npos > 1) throw Errors.TypeError($"update expected at most 1 argument, got {npos}");
            if (npos == 1) Update(D(a), a[1], mergeCheck: false);
            if (kw is not null) for (int i = 0; i < kw.Length; i++) D(a).SetItem(PyStr.From(kw[i]), a[1 + npos + i]);
            return PyNone.Instance;
        });
        t.SetMethod("clear", static (a, kw) => { D(a).Clear(); return PyNone.Instance; });
        t.SetMethod("copy", static (a, kw) => D(a).Copy());
        t.TypeDict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("dict.fromkeys() takes no keyword arguments");
            if (a.Length < 2) throw Errors.TypeError("fromkeys expected at least 1 argument, got 0");
            if (a.Length > 3) throw Errors.TypeError($"fromkeys expected at most 2 arguments, got {a.Length - 1}");
            var v = a.Length > 2 ? a[2] : PyNone.Instance;
            var it = Ops.GetIter(a[1]);
            // cls.fromkeys builds an instance of cls (OrderedDict, Counter, user subclasses).
            if (a[0] is PyType cls && !ReferenceEquals(cls, TypeObjects.Dict))
            {
                var r = Ops.Call(cls);
                while (it.Next() is { } k) Ops.SetItem(r, k, v);
                return r;
            }
            var d = new PyDict();
            while (it.Next() is { } k) d.SetItem(k, v);
            return d;
        }));
        t.SetMethod("__len__", static (a, kw) => PyInt.From(D(a).Count));
        t.SetMethod("__getitem__", static (a, kw) => Ops.GetItemNative(a[0], a[1]));
        t.SetMethod("__setitem__", static (a, kw) => { D(a).SetItem(a[1], a[2]); return PyNone.Instance; });
        t.SetMethod("__delitem__", static (a, kw) => { Ops.DelItemNative(a[0], a[1]); return PyNone.Instance; });
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(D(a).ContainsKey(a[1])));
        t.SetMethod("__iter__", static (a, kw) => new DictIterator(D(a), DictIterKind.Keys));
        t.SetMethod("__reversed__", static (a, kw) => { Args.Method("__reversed__", a, kw, 0, 0); return Reversed(D(a), DictIterKind.Keys); });
        t.SetMethod("__eq__", static (a, kw) => (Ops.BuiltinCompare(a[0], a[1], CompareOp.Eq) ?? PyNotImplemented.Instance));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        t.TypeDict["__hash__"] = PyNone.Instance;

        foreach (var vt in new[] { TypeObjects.DictKeys, TypeObjects.DictValues, TypeObjects.DictItems })
        {
            vt.SetMethod("__iter__", static (a, kw) => ((PyDictView)a[0]).Iter());
            vt.SetMethod("__reversed__", static (a, kw) => { Args.Method("__reversed__", a, kw, 0, 0); var v = (PyDictView)a[0]; return Reversed(v.DictRef, v.Kind); });
            vt.SetMethod("__len__", static (a, kw) => PyInt.From(((PyDictView)a[0]).Length));
            vt.SetMethod("__repr__", static (a, kw) =>
            {
                var v = (PyDictView)a[0];
                var items = new PyList(Ops.ToList(v));
                return PyStr.From($"{v.Type.Name}({Ops.Repr(items)})");
            });
            vt.SetMethod("__contains__", static (a, kw) =>
            {
                var v = (PyDictView)a[0];
                return v.Kind switch
                {
                    DictIterKind.Keys => PyBool.From(v.DictRef.ContainsKey(a[1])),
                    DictIterKind.Items => PyBool.From(a[1] is PyTuple { Count: 2 } t && v.DictRef.TryGetValue(t.Items[0], out var val) && Ops.Eq(val, t.Items[1])),
                    _ => PyBool.From(Ops.Contains(new PyList(Ops.ToList(v)), a[1])),
                };
            });
            foreach (var (name, op) in new[] { ("__and__", BinaryOp.And), ("__or__", BinaryOp.Or), ("__sub__", BinaryOp.Sub), ("__xor__", BinaryOp.Xor) })
            {
                var bop = op;
                vt.SetMethod(name, (a, kw) => SetMethods.ViewOp(a[0], a[1], bop));
            }
            vt.SetMethod("isdisjoint", static (a, kw) =>
            {
                foreach (var x in Ops.ToList(a[1])) if (Ops.Contains(a[0], x)) return PyBool.False;
                return PyBool.True;
            });
        }
    }

    public static void Update(PyDict d, PyObject src, bool mergeCheck)
    {
        if (src is PyDict sd)
        {
            foreach (var kv in sd.Items()) d.SetItem(kv.Key, kv.Value);
            return;
        }
        var keysFn = Ops.GetAttrOrNull(src, PyStr.From("keys"));
        if (keysFn is not null)
        {
            foreach (var k in Ops.ToList(Ops.Call(keysFn))) d.SetItem(k, Ops.GetItem(src, k));
            return;
        }
        var it = Ops.GetIterOrNull(src) ?? throw Errors.TypeError($"'{src.Type.Name}' object is not iterable");
        int idx = 0;
        while (it.Next() is { } item)
        {
            var pair = Ops.GetIterOrNull(item) is { } pit ? Ops.ToList(item) : throw Errors.TypeError($"cannot convert dictionary update sequence element #{idx} to a sequence");
            if (pair.Count != 2) throw Errors.ValueError($"dictionary update sequence element #{idx} has length {pair.Count}; 2 is required");
            d.SetItem(pair[0], pair[1]);
            idx++;
        }
    }

    /// <summary>How CPython names a callable in call errors: `__main__.f()`, `print()`.</summary>
    public static string CallableName(PyObject? callable) => callable switch
    {
        PyFunction f => (f.Module is PyStr fm ? fm.V + "." : "") + f.QualName + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => "function",
    };

    /// <summary>`f(**m)`: merge a mapping into the call's keyword dict, rejecting duplicates.</summary>
    public static void MergeKwargs(PyDict d, PyObject src, PyObject? callable)
    {
        string fname = CallableName(callable);
        if (src is not PyDict && Ops.GetAttrOrNull(src, PyStr.From("keys")) is null)
            throw Errors.TypeError($"{fname} argument after ** must be a mapping, not {src.Type.Name}");
        var tmp = new PyDict();
        Update(tmp, src, mergeCheck: true);
        foreach (var kv in tmp.Items())
        {
            if (kv.Key is not PyStr) throw Errors.TypeError("keywords must be strings");
            if (d.ContainsKey(kv.Key)) throw Errors.TypeError($"{fname} got multiple values for keyword argument '{((PyStr)kv.Key).V}'");
            d.SetItem(kv.Key, kv.Value);
        }
    }
}

public static class SetMethods
{
    private static PySet S(ReadOnlySpan<PyObject> a) => (PySet)a[0];

    private static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet();
        var it = Ops.GetIter(o);
        while (it.Next() is { } x) r.Add(x);
        return r;
    }

    public static void Install(PyType t, bool frozen)
    {
        t.New = frozen
            ? static (cls, a, kw) => { Args.Count("frozenset", a, kw, 0, 1); var s = new PySet(true); if (a.Length == 1) Fill(s, a[0]); return s; }
            : static (cls, a, kw) => { Args.Count("set", a, kw, 0, 1); var s = new PySet(); if (a.Length == 1) Fill(s, a[0]); return s; };
        if (!frozen)
        {
            t.SetMethod("add", static (a, kw) => { Args.Method("set.add", a, kw, 1, 1); S(a).Add(a[1]); return PyNone.Instance; });
            t.SetMethod("remove", static (a, kw) => { if (!S(a).Remove(a[1])) throw Errors.KeyError(a[1]); return PyNone.Instance; });
            t.SetMethod("discard", static (a, kw) => { S(a).Remove(a[1]); return PyNone.Instance; });
            t.SetMethod("pop", static (a, kw) => S(a).Pop());
            t.SetMethod("clear", static (a, kw) => { S(a).Clear(); return PyNone.Instance; });
            t.SetMethod("update", static (a, kw) => { for (int i = 1; i < a.Length; i++) Fill(S(a), a[i]); return PyNone.Instance; });
            t.SetMethod("intersection_update", static (a, kw) =>
            {
                var r = S(a);
                for (int i = 1; i < a.Length; i++) r = Intersect(r, a[i]);
                if (a.Length > 1) S(a).SwapBodies(r);
                return PyNone.Instance;
            });
            t.SetMethod("difference_update", static (a, kw) => { for (int i = 1; i < a.Length; i++) DiscardAll(S(a), a[i]); return PyNone.Instance; });
            t.SetMethod("symmetric_difference_update", static (a, kw) =>
            {
                if (ReferenceEquals(a[0], a[1])) { S(a).Clear(); return PyNone.Instance; }
                foreach (var x in ToSet(a[1]).ToList()) if (!S(a).Remove(x)) S(a).Add(x);
                return PyNone.Instance;
            });
            t.TypeDict["__hash__"] = PyNone.Instance;
        }
        t.SetMethod("copy", static (a, kw) => S(a).CopySet(S(a).Frozen));
        // (type, (list(self),), __dict__ or None), as CPython's set_reduce: how copy and pickle rebuild sets.
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            Args.Method("__reduce__", a, kw, 0, 0);
            PyObject state = SubclassDicts.IsUserSub(a[0]) && SubclassDicts.Of(a[0]) is { Count: > 0 } d ? d : PyNone.Instance;
            return PyTuple.Of(a[0].Type, PyTuple.Of(new PyList(Ops.ToList(a[0]))), state);
        });
        t.SetMethod("union", static (a, kw) => { var r = S(a).CopySet(S(a).Frozen); for (int i = 1; i < a.Length; i++) Fill(r, a[i]); return r; });
        t.SetMethod("intersection", static (a, kw) => { var r = S(a); for (int i = 1; i < a.Length; i++) r = Intersect(r, a[i]); return a.Length == 1 ? S(a).CopySet(S(a).Frozen) : r; });
        t.SetMethod("difference", static (a, kw) =>
        {
            if (a.Length == 1) return S(a).CopySet(S(a).Frozen);
            var r = Difference(S(a), a[1]);
            for (int i = 2; i < a.Length; i++) DiscardAll(r, a[i]);
            return r;
        });
        t.SetMethod("symmetric_difference", static (a, kw) => SymmetricDifference(S(a), a[1]));
        t.SetMethod("issubset", static (a, kw) => Ops.RichCompare(S(a), ToSet(a[1]), CompareOp.Le));
        t.SetMethod("issuperset", static (a, kw) => Ops.RichCompare(S(a), ToSet(a[1]), CompareOp.Ge));
        t.SetMethod("isdisjoint", static (a, kw) => { var o = ToSet(a[1]); foreach (var x in S(a).Items()) if (o.Contains(x)) return PyBool.False; return PyBool.True; });
        t.SetMethod("__len__", static (a, kw) => PyInt.From(S(a).Count));
        t.SetMethod("__contains__", static (a, kw) => PyBool.From(S(a).Contains(a[1])));
        t.SetMethod("__iter__", static (a, kw) => new SetIterator(S(a)));
        t.SetMethod("__repr__", static (a, kw) => PyStr.From(Ops.ReprNative(a[0])));
        t.SetMethod("__eq__", static (a, kw) => (Ops.BuiltinCompare(a[0], a[1], CompareOp.Eq) ?? PyNotImplemented.Instance));
    }

    private static void Fill(PySet s, PyObject src)
    {
        if (src is PySet other) { s.UpdateFromSet(other); return; }
        if (src is PyDict d) { foreach (var k in d.KeysList()) s.Add(k); return; }
        var it = Ops.GetIter(src);
        while (it.Next() is { } x) s.Add(x);
    }

    // The set algebra follows CPython's setobject.c step by step, because the order in which elements are
    // inserted (and into which table size) decides the iteration order programs print.
    public static PyObject SetOp(PySet a, PySet b, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Or:
                {
                    var r = a.CopySet(a.Frozen);
                    r.UpdateFromSet(b);
                    return r;
                }
            case BinaryOp.And:
                return Intersect(a, b);
            case BinaryOp.Sub:
                {
                    if ((a.Count >> 2) > b.Count)
                    {
                        var c = a.CopySet(a.Frozen);
                        DiscardAll(c, b);
                        return c;
                    }
                    var r = new PySet(a.Frozen);
                    foreach (var x in a.ToList()) if (!b.Contains(x)) r.Add(x);
                    return r;
                }
            default:
                return SymmetricDifference(a, b);
        }
    }

    /// <summary>set_intersection: iterate the smaller set (or the iterable), keep what the other contains.</summary>
    public static PySet Intersect(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.CopySet(so.Frozen);
        var r = new PySet(so.Frozen);
        if (other is PySet os)
        {
            PySet big = so, small = os;
            if (os.Count > so.Count) { big = os; small = so; }
            foreach (var x in small.ToList()) if (big.Contains(x)) r.Add(x);
            return r;
        }
        var it = Ops.GetIter(other);
        while (it.Next() is { } x) if (so.Contains(x)) r.Add(x);
        return r;
    }

    /// <summary>set_symmetric_difference: a fresh set of other, then discard-or-add every element of so.</summary>
    public static PySet SymmetricDifference(PySet so, PyObject other)
    {
        var r = new PySet(so.Frozen);
        Fill(r, other);
        foreach (var x in so.ToList()) if (!r.Remove(x)) r.Add(x);
        return r;
    }

    /// <summary>set_difference for the method form: sets and dicts by membership, other iterables copy-and-discard.</summary>
    private static PySet Difference(PySet so, PyObject other)
    {
        if (other is PySet or PyDict) return (PySet)SetOp(so, ToSet(other is PyDict d ? new PyList(d.KeysList()) : other), BinaryOp.Sub);
        var r = so.CopySet(so.Frozen);
        DiscardAll(r, other);
        return r;
    }

    /// <summary>Set operators with a dict view on either side, as CPython's dictviews_and/or/sub/xor.</summary>
    public static PyObject ViewOp(PyObject a, PyObject b, BinaryOp op)
    {
        if (op == BinaryOp.And)
        {
            if (a is not PyDictView) (a, b) = (b, a);
            if (b is PySet { Frozen: false } bs && bs.Type == TypeObjects.Set && Ops.Len(a) <= bs.Count) return Intersect(bs, a);
            if (b is PyDictView && Ops.Len(b) > Ops.Len(a)) (a, b) = (b, a);
            var r = new PySet();
            foreach (var x in Ops.ToList(b)) if (Ops.Contains(a, x)) r.Add(x);
            return r;
        }
        var result = new PySet();
        Fill(result, a);
        switch (op)
        {
            case BinaryOp.Or: Fill(result, b); break;
            case BinaryOp.Sub: DiscardAll(result, b); break;
            default:
                foreach (var x in ToSet(b).ToList()) if (!result.Remove(x)) result.Add(x);
                break;
        }
        return result;
    }

    /// <summary>set_difference_update_internal.</summary>
    public static void DiscardAll(PySet s, PyObject other)
    {
        if (ReferenceEquals(s, other)) { s.Clear(); return; }
        foreach (var x in other is PySet os ? os.ToList() : Ops.ToList(other)) s.Remove(x);
        s.PurgeDummiesIfMany();
    }
}
