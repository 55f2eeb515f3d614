using System.Text;

namespace Herthon.Runtime;

/// <summary>collections.deque: a ring buffer; MaxLen &lt; 0 means unbounded. State counts mutations so
/// iterators can report "deque mutated during iteration" as CPython's do.</summary>
public sealed class PyDeque(PyType type) : PyDictInstance(type)
{
    private PyObject[] _buf = new PyObject[8];
    private int _head;
    public int Count;
    public long MaxLen = -1;
    public long State;

    public PyObject this[int i]
    {
        get => _buf[(_head + i) & (_buf.Length - 1)];
        set { _buf[(_head + i) & (_buf.Length - 1)] = value; }
    }

    private void Grow()
    {
        var nb = new PyObject[_buf.Length * 2];
        for (int i = 0; i < Count; i++) nb[i] = this[i];
        _buf = nb;
        _head = 0;
    }

    public void Append(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == _buf.Length) Grow();
        this[Count++] = x;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) PopLeft();
    }

    public void AppendLeft(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == _buf.Length) Grow();
        _head = (_head - 1) & (_buf.Length - 1);
        _buf[_head] = x;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) Pop();
    }

    public PyObject Pop()
    {
        if (Count == 0) throw Errors.IndexError("pop from an empty deque");
        var x = this[--Count];
        this[Count] = null!;
        State++;
        return x;
    }

    public PyObject PopLeft()
    {
        if (Count == 0) throw Errors.IndexError("pop from an empty deque");
        var x = _buf[_head];
        _buf[_head] = null!;
        _head = (_head + 1) & (_buf.Length - 1);
        Count--;
        State++;
        return x;
    }

    public void Clear() { _buf = new PyObject[8]; _head = 0; Count = 0; State++; }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        for (int i = 0; i < Count; i++) a[i] = this[i];
        return a;
    }

    /// <summary>Replaces the contents (insert, remove, rotate and reverse rebuild: they are O(n) in CPython too).</summary>
    public void SetAll(PyObject[] items)
    {
        int cap = 8;
        while (cap < items.Length) cap *= 2;
        _buf = new PyObject[cap];
        Array.Copy(items, _buf, items.Length);
        _head = 0;
        Count = items.Length;
        State++;
    }
}

/// <summary>_deque_iterator and _deque_reverse_iterator.</summary>
public sealed class DequeIterator(PyDeque d, bool reverse) : PyIterator
{
    private readonly long _state = d.State;
    private int _i, _left = d.Count;

    public override PyObject? Next()
    {
        if (d.State != _state || d.Count != _left + _i)
        {
            _left = 0;
            throw Errors.RuntimeError("deque mutated during iteration");
        }
        if (_left <= 0) return null;
        _left--;
        var x = d[reverse ? d.Count - 1 - _i : _i];
        _i++;
        return x;
    }

    public int Remaining => _left;
    public override PyType Type => reverse ? CollectionsModule.DequeReverseIter : CollectionsModule.DequeIter;
}

public static partial class CollectionsModule
{
    public static readonly PyType Deque = MakeDeque();
    public static readonly PyType DequeIter = MakeDequeIter("_deque_iterator");
    public static readonly PyType DequeReverseIter = MakeDequeIter("_deque_reverse_iterator");

    [ThreadStatic] private static HashSet<PyObject>? t_dequeRepr;

    private static PyDeque D(ReadOnlySpan<PyObject> a) => (PyDeque)a[0];

    private static PyType MakeDequeIter(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "_collections", IsFinal = true };
        t.ComputeMro();
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        t.SetMethod("__length_hint__", static (a, kw) => PyInt.From(((DequeIterator)a[0]).Remaining));
        return t;
    }

    private static void Extend(PyDeque d, PyObject src, bool left)
    {
        // d.extend(d) must not see its own appends.
        var items = ReferenceEquals(src, d) ? d.ToArray() : null;
        if (items is not null)
        {
            foreach (var x in items) if (left) d.AppendLeft(x); else d.Append(x);
            return;
        }
        var it = Ops.GetIter(src);
        while (it.Next() is { } x) if (left) d.AppendLeft(x); else d.Append(x);
    }

    private static int DequeIndex(PyDeque d, PyObject key)
    {
        if (key is not PyInt && key.Type.Lookup(Ops.N.Index) is null)
            throw Errors.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        var k = Ops.ToPyInt(key);
        long i = k.IsSmall ? k.V : (k.ToBig().Sign < 0 ? long.MinValue : long.MaxValue);
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count) throw Errors.IndexError("deque index out of range");
        return (int)i;
    }

    private static PyDeque NewLike(PyDeque d, PyObject[] items)
    {
        var c = (PyDeque)Ops.Call(d.Type, [PyTuple.From(items), d.MaxLen < 0 ? PyNone.Instance : PyInt.From(d.MaxLen)]);
        return c;
    }

    private static PyObject DequeCompare(ReadOnlySpan<PyObject> a, CompareOp op)
    {
        if (a[1] is not PyDeque other) return PyNotImplemented.Instance;
        PyDeque self = D(a);
        PyObject[] x = self.ToArray(), y = other.ToArray();
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
            if (!ReferenceEquals(x[i], y[i]) && !Ops.Eq(x[i], y[i]))
                return op switch
                {
                    CompareOp.Eq => PyBool.False,
                    CompareOp.Ne => PyBool.True,
                    _ => Ops.RichCompare(x[i], y[i], op),
                };
        int c = x.Length.CompareTo(y.Length);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    private static void DequeInit(PyDeque d, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int np = Args.Positional(a, kw);
        if (np > 2) throw Errors.TypeError($"deque expected at most 2 arguments, got {np}");
        var iterable = np > 0 ? a[0] : Args.Kw(a, kw, "iterable");
        var maxlen = np > 1 ? a[1] : Args.Kw(a, kw, "maxlen");
        if (kw is not null)
            foreach (var k in kw)
                if (k is not ("iterable" or "maxlen")) throw Errors.TypeError($"deque() got an unexpected keyword argument '{k}'");
        long ml = -1;
        if (maxlen is not null && maxlen is not PyNone)
        {
            if (maxlen is not PyInt mi) throw Errors.TypeError("an integer is required");
            if (!mi.IsSmall) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
            ml = mi.V;
            if (ml < 0) throw Errors.ValueError("maxlen must be non-negative");
        }
        d.MaxLen = ml;
        if (d.Count > 0) d.Clear();
        if (iterable is not null) Extend(d, iterable, false);
    }

    private static PyType MakeDeque()
    {
        var t = new PyType("deque", [TypeObjects.Object], true) { Module = "collections", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var d = new PyDeque(cls);
            if (cls.IsBuiltin) DequeInit(d, a, kw);
            return d;
        };
        t.SetMethod("__init__", static (a, kw) => { DequeInit(D(a), a[1..], kw); return PyNone.Instance; });
        t.TypeDict["maxlen"] = new PyGetSetDescriptor("maxlen", o => ((PyDeque)o).MaxLen < 0 ? PyNone.Instance : PyInt.From(((PyDeque)o).MaxLen));
        t.TypeDict["__hash__"] = PyNone.Instance;
        t.SetMethod("append", static (a, kw) => { Args.Method("append", a, kw, 1, 1); D(a).Append(a[1]); return PyNone.Instance; });
        t.SetMethod("appendleft", static (a, kw) => { Args.Method("appendleft", a, kw, 1, 1); D(a).AppendLeft(a[1]); return PyNone.Instance; });
        t.SetMethod("pop", static (a, kw) => { Args.Method("pop", a, kw, 0, 0); return D(a).Pop(); });
        t.SetMethod("popleft", static (a, kw) => { Args.Method("popleft", a, kw, 0, 0); return D(a).PopLeft(); });
        t.SetMethod("extend", static (a, kw) => { Args.Method("extend", a, kw, 1, 1); Extend(D(a), a[1], false); return PyNone.Instance; });
        t.SetMethod("extendleft", static (a, kw) => { Args.Method("extendleft", a, kw, 1, 1); Extend(D(a), a[1], true); return PyNone.Instance; });
        t.SetMethod("clear", static (a, kw) => { D(a).Clear(); return PyNone.Instance; });
        BuiltinFn copy = static (a, kw) => NewLike(D(a), D(a).ToArray());
        t.SetMethod("copy", copy);
        t.SetMethod("__copy__", copy);
        t.SetMethod("count", static (a, kw) =>
        {
            Args.Method("count", a, kw, 1, 1);
            var d = D(a);
            long state = d.State, n = 0;
            for (int i = 0; i < d.Count; i++)
            {
                var x = d[i];
                if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) n++;
                if (d.State != state) throw Errors.RuntimeError("deque mutated during iteration");
            }
            return PyInt.From(n);
        });
        t.SetMethod("index", static (a, kw) =>
        {
            Args.Method("index", a, kw, 1, 3);
            var d = D(a);
            long start = a.Length > 2 ? SliceBound(a[2], d.Count) : 0, stop = a.Length > 3 ? SliceBound(a[3], d.Count) : d.Count;
            long state = d.State;
            for (long i = Math.Max(0, start); i < Math.Min(stop, d.Count); i++)
            {
                var x = d[(int)i];
                if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) return PyInt.From(i);
                if (d.State != state) throw Errors.RuntimeError("deque mutated during iteration");
            }
            throw Errors.ValueError($"{Ops.Repr(a[1])} is not in deque");
        });
        t.SetMethod("insert", static (a, kw) =>
        {
            Args.Method("insert", a, kw, 2, 2);
            var d = D(a);
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen) throw Errors.IndexError("deque already at its maximum size");
            long i = Ops.IndexValueClamped(a[1]);
            if (i < 0) i = Math.Max(0, i + d.Count);
            i = Math.Min(i, d.Count);
            var items = new List<PyObject>(d.ToArray());
            items.Insert((int)i, a[2]);
            d.SetAll(items.ToArray());
            return PyNone.Instance;
        });
        t.SetMethod("remove", static (a, kw) =>
        {
            Args.Method("remove", a, kw, 1, 1);
            var d = D(a);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var x = d[i];
                bool eq = ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1]);
                if (d.State != state) throw Errors.IndexError("deque mutated during remove().");
                if (!eq) continue;
                var items = new List<PyObject>(d.ToArray());
                items.RemoveAt(i);
                d.SetAll(items.ToArray());
                return PyNone.Instance;
            }
            throw Errors.ValueError($"{Ops.Repr(a[1])} is not in deque");
        });
        t.SetMethod("reverse", static (a, kw) =>
        {
            var items = D(a).ToArray();
            Array.Reverse(items);
            D(a).SetAll(items);
            return PyNone.Instance;
        });
        t.SetMethod("rotate", static (a, kw) =>
        {
            Args.Method("rotate", a, kw, 0, 1);
            var d = D(a);
            long n = a.Length > 1 ? Ops.IndexValue(a[1]) : 1;
            if (d.Count <= 1) return PyNone.Instance;
            // rotate(n) moves the last n items to the front.
            n %= d.Count;
            if (n < 0) n += d.Count;
            if (n == 0) return PyNone.Instance;
            var items = d.ToArray();
            var r = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++) r[(i + n) % items.Length] = items[i];
            d.SetAll(r);
            return PyNone.Instance;
        });
        t.SetMethod("__len__", static (a, kw) => PyInt.From(D(a).Count));
        t.SetMethod("__bool__", static (a, kw) => PyBool.From(D(a).Count != 0));
        t.SetMethod("__iter__", static (a, kw) => new DequeIterator(D(a), false));
        t.SetMethod("__reversed__", static (a, kw) => new DequeIterator(D(a), true));
        t.SetMethod("__contains__", static (a, kw) =>
        {
            var d = D(a);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var x = d[i];
                if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) return PyBool.True;
                if (d.State != state) throw Errors.RuntimeError("deque mutated during iteration");
            }
            return PyBool.False;
        });
        t.SetMethod("__getitem__", static (a, kw) => D(a)[DequeIndex(D(a), a[1])]);
        t.SetMethod("__setitem__", static (a, kw) => { D(a)[DequeIndex(D(a), a[1])] = a[2]; return PyNone.Instance; });
        t.SetMethod("__delitem__", static (a, kw) =>
        {
            var d = D(a);
            var items = new List<PyObject>(d.ToArray());
            items.RemoveAt(DequeIndex(d, a[1]));
            d.SetAll(items.ToArray());
            return PyNone.Instance;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var d = D(a);
            t_dequeRepr ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            if (!t_dequeRepr.Add(d)) return PyStr.From("[...]");
            try
            {
                var sb = new StringBuilder(d.Type.Name).Append("([");
                var items = d.ToArray();
                for (int i = 0; i < items.Length; i++) sb.Append(i == 0 ? "" : ", ").Append(Ops.Repr(items[i]));
                sb.Append(']');
                if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { t_dequeRepr.Remove(d); }
        });
        t.SetMethod("__lt__", static (a, kw) => DequeCompare(a, CompareOp.Lt));
        t.SetMethod("__le__", static (a, kw) => DequeCompare(a, CompareOp.Le));
        t.SetMethod("__eq__", static (a, kw) => DequeCompare(a, CompareOp.Eq));
        t.SetMethod("__ne__", static (a, kw) => DequeCompare(a, CompareOp.Ne));
        t.SetMethod("__gt__", static (a, kw) => DequeCompare(a, CompareOp.Gt));
        t.SetMethod("__ge__", static (a, kw) => DequeCompare(a, CompareOp.Ge));
        t.SetMethod("__add__", static (a, kw) =>
        {
            if (a[1] is not PyDeque other)
                throw Errors.TypeError($"can only concatenate deque (not \"{a[1].Type.Name}\") to deque");
            var c = NewLike(D(a), D(a).ToArray());
            Extend(c, other, false);
            return c;
        });
        t.SetMethod("__iadd__", static (a, kw) => { Extend(D(a), a[1], false); return a[0]; });
        BuiltinFn mul = static (a, kw) =>
        {
            var c = NewLike(D(a), D(a).ToArray());
            Repeat(c, a[1]);
            return c;
        };
        t.SetMethod("__mul__", mul);
        t.SetMethod("__rmul__", mul);
        t.SetMethod("__imul__", static (a, kw) => { Repeat(D(a), a[1]); return a[0]; });
        t.SetMethod("__reduce__", static (a, kw) =>
        {
            var d = D(a);
            var state = d.Type.IsBuiltin ? PyNone.Instance : (PyObject?)d.DictIfCreated ?? PyNone.Instance;
            var args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Of(PyTuple.Empty, PyInt.From(d.MaxLen));
            return PyTuple.Of(d.Type, args, state, new DequeIterator(d, false));
        });
        t.TypeDict["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", static (a, kw) =>
        {
            // types.GenericAlias(cls, item) once the types module provides it.
            var types = Importer.ImportName("types", new PyDict(), PyNone.Instance, 0);
            var alias = Ops.GetAttrOrNull(types, PyStr.From("GenericAlias"))
                ?? throw Errors.TypeError($"'type' object is not subscriptable (Herthon has no types.GenericAlias yet)");
            return Ops.Call(alias, [a[0], a[1]]);
        }));
        return t;
    }

    private static long SliceBound(PyObject o, int count)
    {
        if (o is not PyInt && o.Type.Lookup(Ops.N.Index) is null)
            throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        long v = Ops.IndexValueClamped(o);
        if (v < 0) v = Math.Max(0, v + count);
        return v;
    }

    private static void Repeat(PyDeque d, PyObject times)
    {
        long n = Ops.IndexValue(times);
        var items = d.ToArray();
        if (n <= 0) { d.Clear(); return; }
        for (long k = 1; k < n; k++)
        {
            foreach (var x in items) d.Append(x);
            // With a maxlen only the last maxlen items survive; further rounds change nothing.
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen && k * items.Length >= d.MaxLen + items.Length) break;
        }
    }
}
