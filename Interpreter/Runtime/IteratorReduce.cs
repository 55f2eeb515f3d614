namespace Herthon.Runtime;

/// <summary>
/// Pickling and length hints of the builtin iterators, as CPython 3.11 gives them: `__reduce__` returns
/// `(iter, (sequence,), index)` for iterators over an indexable sequence and `(iter, (list_of_the_rest,))`
/// for dict and set iterators, `__setstate__(index)` moves a restored iterator to its place, and an
/// exhausted iterator reduces to an iterator over an empty sequence.
/// </summary>
public static class IteratorReduce
{
    public static readonly PyType BytesIteratorType = MakeIteratorType("bytes_iterator");
    public static readonly PyType ByteArrayIteratorType = MakeIteratorType("bytearray_iterator");
    public static readonly PyType StrIteratorType = MakeIteratorType("str_iterator");
    public static readonly PyType CallableIteratorType = MakeIteratorType("callable_iterator");
    public static readonly PyType DictValueIteratorType = MakeIteratorType("dict_valueiterator");
    public static readonly PyType DictItemIteratorType = MakeIteratorType("dict_itemiterator");
    public static readonly PyType DictReverseKeyIteratorType = MakeIteratorType("dict_reversekeyiterator");
    public static readonly PyType DictReverseValueIteratorType = MakeIteratorType("dict_reversevalueiterator");
    public static readonly PyType DictReverseItemIteratorType = MakeIteratorType("dict_reverseitemiterator");

    private static PyType MakeIteratorType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { IsFinal = true };
        t.ComputeMro();
        t.New = null;   // cannot create 'bytes_iterator' instances
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        return t;
    }

    private static PyObject Iter => Builtins.Dict.Get("iter")!;

    private static PyObject Reduce(PyObject source, long index) => PyTuple.Of(Iter, PyTuple.Of(source), PyInt.From(index));
    private static PyObject ReduceTo(PyObject rest) => PyTuple.Of(Iter, PyTuple.Of(rest));

    /// <summary>The state argument of __setstate__: an int clamped to [min, max].</summary>
    private static long State(ReadOnlySpan<PyObject> a, string[]? kw, long min, long max)
    {
        Args.Method("__setstate__", a, kw, 1, 1);
        if (a[1] is not PyInt) throw Errors.TypeError($"'{a[1].Type.Name}' object cannot be interpreted as an integer");
        long v = Ops.IndexValue(a[1]);
        return Math.Clamp(v, min, Math.Max(min, max));
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, string[]? kw) => Args.Method(name, a, kw, 0, 0);

    public static void Install()
    {
        InstallBuiltinIterators();
        var li = TypeObjects.ListIterator;
        li.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (ListIterator)a[0];
            return it._i == int.MaxValue ? ReduceTo(new PyList()) : Reduce(it.List, it._i);
        });
        li.SetMethod("__setstate__", static (a, kw) =>
        {
            var it = (ListIterator)a[0];
            long v = State(a, kw, 0, it.List.Count);
            if (it._i != int.MaxValue) it._i = (int)v;
            return PyNone.Instance;
        });
        li.SetMethod("__length_hint__", static (a, kw) =>
        {
            var it = (ListIterator)a[0];
            return PyInt.From(it._i == int.MaxValue ? 0 : Math.Max(0, it.List.Count - it._i));
        });

        var rl = TypeObjects.ListReverseIterator;
        rl.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (ReverseListIterator)a[0];
            return it.List is { } l ? PyTuple.Of(Builtins.Dict.Get("reversed")!, PyTuple.Of(l), PyInt.From(it._i)) : ReduceTo(new PyList());
        });
        rl.SetMethod("__setstate__", static (a, kw) =>
        {
            var it = (ReverseListIterator)a[0];
            if (it.List is { } l) it._i = (int)State(a, kw, -1, l.Count - 1);
            else State(a, kw, -1, -1);
            return PyNone.Instance;
        });
        rl.SetMethod("__length_hint__", static (a, kw) =>
        {
            var it = (ReverseListIterator)a[0];
            return PyInt.From(it.List is { } l && it._i < l.Count ? it._i + 1 : 0);
        });

        // tuple_iterator is an ArrayIterator; str_ascii_iterator a StrIterator; str_iterator either (an
        // ArrayIterator of code points when the str has astral characters).
        foreach (var t in new[] { TypeObjects.TupleIterator, TypeObjects.StrIterator, StrIteratorType })
        {
            t.SetMethod("__reduce__", static (a, kw) =>
            {
                NoArgs("__reduce__", a, kw);
                if (a[0] is StrIterator si) return si._i >= si.S.Length ? ReduceTo(PyStr.From("")) : Reduce(PyStr.From(si.S), si._i);
                var it = (ArrayIterator)a[0];
                if (it._i >= it.Count) return ReduceTo(ReferenceEquals(it.Type, StrIteratorType) ? PyStr.From("") : PyTuple.Empty);
                if (it.Source is { } src) return Reduce(src, it._i);
                return ReduceTo(PyTuple.From(it.Items.AsSpan(it._i, it.Count - it._i)));   // a reversed copy: the rest of it
            });
            t.SetMethod("__setstate__", static (a, kw) =>
            {
                if (a[0] is StrIterator si) { si._i = (int)State(a, kw, 0, si.S.Length); return PyNone.Instance; }
                var it = (ArrayIterator)a[0];
                long v = State(a, kw, 0, it.Count);
                if (it.Source is not null) it._i = (int)v;
                return PyNone.Instance;
            });
            t.SetMethod("__length_hint__", static (a, kw) => PyInt.From(a[0] is StrIterator si ? Math.Max(0, si.S.Length - si._i)
                : Math.Max(0, ((ArrayIterator)a[0]).Count - ((ArrayIterator)a[0])._i)));
        }

        var bi = BytesIteratorType;
        bi.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (BytesIterator)a[0];
            return it._i >= it.Bytes.V.Length ? ReduceTo(PyTuple.Empty) : Reduce(it.Bytes, it._i);
        });
        bi.SetMethod("__setstate__", static (a, kw) =>
        {
            var it = (BytesIterator)a[0];
            it._i = (int)State(a, kw, 0, it.Bytes.V.Length);
            return PyNone.Instance;
        });
        bi.SetMethod("__length_hint__", static (a, kw) => { var it = (BytesIterator)a[0]; return PyInt.From(Math.Max(0, it.Bytes.V.Length - it._i)); });

        var bai = ByteArrayIteratorType;
        bai.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (ByteArrayIterator)a[0];
            return it.Array is { } b ? Reduce(b, it._i) : ReduceTo(PyTuple.Empty);
        });
        bai.SetMethod("__setstate__", static (a, kw) =>
        {
            var it = (ByteArrayIterator)a[0];
            long v = State(a, kw, 0, it.Array?.Count ?? 0);
            if (it.Array is not null) it._i = (int)v;
            return PyNone.Instance;
        });
        bai.SetMethod("__length_hint__", static (a, kw) => { var it = (ByteArrayIterator)a[0]; return PyInt.From(it.Array is { } b ? Math.Max(0, b.Count - it._i) : 0); });

        TypeObjects.Range.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var r = (PyRange)a[0];
            return PyTuple.Of(TypeObjects.Range, PyTuple.Of(PyInt.From(r.BigStart), PyInt.From(r.BigStop), PyInt.From(r.BigStep)));
        });
        var ri = TypeObjects.RangeIterator;
        ri.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (RangeIterator)a[0];
            var range = PyRange.Make(it.Start, it.Start + (System.Numerics.BigInteger)it.Count * it.Step, it.Step);
            return Reduce(range, it.Count - it._left);
        });
        ri.SetMethod("__setstate__", static (a, kw) =>
        {
            var it = (RangeIterator)a[0];
            long index = State(a, kw, 0, it.Count);
            it._left = it.Count - index;
            it._next = it.Start + index * it.Step;
            return PyNone.Instance;
        });
        var lri = LongRangeIterator.TypeObject;
        lri.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (LongRangeIterator)a[0];
            var range = PyRange.Make(it.Start, it.Start + it.Count * it.Step, it.Step);
            return PyTuple.Of(Iter, PyTuple.Of(range), PyInt.From(it.Count - it._left));
        });
        lri.SetMethod("__setstate__", static (a, kw) =>
        {
            Args.Method("__setstate__", a, kw, 1, 1);
            var it = (LongRangeIterator)a[0];
            var index = Ops.ToPyInt(a[1]).ToBig();
            if (index.Sign < 0) index = 0;
            if (index > it.Count) index = it.Count;
            it._left = it.Count - index;
            it._next = it.Start + index * it.Step;
            return PyNone.Instance;
        });

        // dict and set iterators pickle as an iterator over a list of what is left (CPython copies the iterator).
        foreach (var t in new[] { TypeObjects.DictKeyIterator, DictValueIteratorType, DictItemIteratorType })
        {
            t.SetMethod("__reduce__", static (a, kw) =>
            {
                NoArgs("__reduce__", a, kw);
                var it = (DictIterator)a[0];
                var rest = new PyList();
                for (int pos = it._pos; pos < it.D.EntryLimit; pos++)
                    if (it.D.EntryAt(pos, out var k, out var v))
                        rest.Append(it.Kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => PyTuple.Of(k, v) });
                return ReduceTo(rest);
            });
            t.SetMethod("__length_hint__", static (a, kw) =>
            {
                var it = (DictIterator)a[0];
                return PyInt.From(it.D.Count == it.Count0 ? it._left : 0);
            });
        }
        // reversed(dict): what is left, as a list.
        foreach (var t in new[] { DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType })
        {
            t.SetMethod("__reduce__", static (a, kw) =>
            {
                NoArgs("__reduce__", a, kw);
                var it = (ArrayIterator)a[0];
                return ReduceTo(new PyList(it.Items.AsSpan(it._i, Math.Max(0, it.Count - it._i)).ToArray().ToList()));
            });
            t.SetMethod("__length_hint__", static (a, kw) => { var it = (ArrayIterator)a[0]; return PyInt.From(Math.Max(0, it.Count - it._i)); });
        }
        var seti = TypeObjects.SetIterator;
        seti.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (SetIterator)a[0];
            var rest = new PyList();
            for (int pos = it._pos; pos < it.S.SlotLimit; pos++) if (it.S.SlotAt(pos) is { } k) rest.Append(k);
            return ReduceTo(rest);
        });
        seti.SetMethod("__length_hint__", static (a, kw) =>
        {
            var it = (SetIterator)a[0];
            int n = 0;
            for (int pos = it._pos; pos < it.S.SlotLimit; pos++) if (it.S.SlotAt(pos) is not null) n++;
            return PyInt.From(n);
        });

        // The old sequence protocol's iterator (type `iterator`) and iter(callable, sentinel).
        var seq = TypeObjects.Iterator;
        seq.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            if (a[0] is not SequenceIterator it) throw Errors.TypeError($"cannot pickle '{a[0].Type.Name}' object");
            return it._done ? ReduceTo(PyTuple.Empty) : Reduce(it.Seq, it._i);
        });
        seq.SetMethod("__setstate__", static (a, kw) =>
        {
            if (a[0] is not SequenceIterator it) throw Errors.TypeError($"cannot set the state of '{a[0].Type.Name}' object");
            long v = State(a, kw, 0, long.MaxValue);
            if (!it._done) it._i = v;
            return PyNone.Instance;
        });
        CallableIteratorType.SetMethod("__reduce__", static (a, kw) =>
        {
            NoArgs("__reduce__", a, kw);
            var it = (CallableIterator)a[0];
            return it._done ? ReduceTo(PyTuple.Empty) : PyTuple.Of(Iter, PyTuple.Of(it.Callable, it.Sentinel));
        });
    }

    /// <summary>enumerate, zip, map, filter and reversed objects pickle as CPython's: the type and
    /// the arguments that rebuild them over the iterators they hold.</summary>
    private static void InstallBuiltinIterators()
    {
        TypeObjects.Enumerate.SetMethod("__reduce__", static (a, kw) => { NoArgs("__reduce__", a, kw); return ((EnumerateIterator)a[0]).Reduce(); });
        TypeObjects.Zip.SetMethod("__reduce__", static (a, kw) => { NoArgs("__reduce__", a, kw); return ((ZipIterator)a[0]).Reduce(); });
        TypeObjects.Zip.SetMethod("__setstate__", static (a, kw) =>
        {
            Args.Method("zip.__setstate__", a, kw, 1, 1);
            ((ZipIterator)a[0]).SetStrict(Ops.Truth(a[1]));
            return PyNone.Instance;
        });
        TypeObjects.Map.SetMethod("__reduce__", static (a, kw) => { NoArgs("__reduce__", a, kw); return ((MapIterator)a[0]).Reduce(); });
        TypeObjects.Filter.SetMethod("__reduce__", static (a, kw) => { NoArgs("__reduce__", a, kw); return ((FilterIterator)a[0]).Reduce(); });
        var rv = TypeObjects.Reversed;
        rv.SetMethod("__reduce__", static (a, kw) => { NoArgs("__reduce__", a, kw); return ((ReversedIterator)a[0]).Reduce(); });
        rv.SetMethod("__setstate__", static (a, kw) =>
        {
            Args.Method("reversed.__setstate__", a, kw, 1, 1);
            ((ReversedIterator)a[0]).SetState(Ops.IndexValue(a[1]));
            return PyNone.Instance;
        });
        rv.SetMethod("__length_hint__", static (a, kw) => { NoArgs("__length_hint__", a, kw); return ((ReversedIterator)a[0]).LengthHint(); });
    }
}
