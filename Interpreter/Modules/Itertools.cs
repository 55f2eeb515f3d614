using System.Numerics;

namespace Herthon.Runtime;

// itertools: CPython's iterator building blocks as C# iterator classes (one virtual Next per item, no
// generator frame behind them). Like CPython 3.11's they are types (isinstance, subclassing where
// CPython allows it), check their arguments when called (an argument that is not iterable fails at
// once, not at the first next()), pickle through __reduce__/__setstate__ in CPython's formats, and
// keep going after an exception from the iterator or function they call.
// The combinatoric iterators (product, permutations, combinations, combinations_with_replacement)
// are in Itertools.Combinatorics.cs, tee and groupby in Itertools.Tee.cs.

/// <summary>count(start=0, step=1). Counts in a long while the step is the int 1 and the count fits
/// (CPython's fast mode); otherwise by adding step with the + operator, whatever the numbers are.</summary>
public sealed class CountIterator : SubclassableIterator
{
    private long _cnt;
    private PyObject? _value;   // the next value in slow mode (null in fast mode)
    private readonly PyObject _step;

    public CountIterator(PyObject start, PyObject step) : base(ItertoolsModule.Count)
    {
        _step = step;
        bool fast = step is PyInt s && s.Big is null && s.V == 1 && start is PyInt c && c.Big is null && c.V != long.MaxValue;
        if (fast) _cnt = ((PyInt)start).V;
        else _value = start;
    }

    public override PyObject? Next()
    {
        if (_value is null)
        {
            if (_cnt != long.MaxValue) return PyInt.From(_cnt++);
            _value = PyInt.From(long.MaxValue);
        }
        var r = _value;
        _value = Ops.Binary(r, _step, BinaryOp.Add);
        return r;
    }

    internal string Repr()
    {
        if (_value is null) return $"{Type.Name}({_cnt})";
        if (_step is PyInt { Big: null, V: 1 } && ReferenceEquals(_step.Type, TypeObjects.Int)) return $"{Type.Name}({Ops.Repr(_value)})";
        return $"{Type.Name}({Ops.Repr(_value)}, {Ops.Repr(_step)})";
    }

    internal PyObject Reduce() => _value is null
        ? PyTuple.Of(Type, PyTuple.Of(PyInt.From(_cnt)))
        : PyTuple.Of(Type, PyTuple.Of(_value, _step));
}

/// <summary>cycle(iterable): the items, saved on the first pass, then the saved ones over and over.</summary>
public sealed class CycleIterator(PyIterator it) : SubclassableIterator(ItertoolsModule.Cycle)
{
    private PyIterator? _it = it;
    private PyList _saved = new();
    private int _index;
    /// <summary>Items from the iterator are already in _saved (a restored pickle's mode 1): do not save them again.</summary>
    private bool _firstPass;

    public override PyObject? Next()
    {
        if (_it is { } it)
        {
            var x = it.Next();
            if (x is not null)
            {
                if (!_firstPass) _saved.Append(x);
                return x;
            }
            _it = null;
        }
        if (_saved.Count == 0) return null;
        var item = _saved.Items[_index];
        if (++_index >= _saved.Count) _index = 0;
        return item;
    }

    internal PyObject Reduce()
    {
        if (_it is null)
        {
            var rest = new ListIterator(_saved) { _i = _index };
            return PyTuple.Of(Type, PyTuple.Of(rest), PyTuple.Of(_saved, PyBool.True));
        }
        return PyTuple.Of(Type, PyTuple.Of(Exposed(_it)), PyTuple.Of(_saved, PyBool.From(_firstPass)));
    }

    internal void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw Errors.TypeError("state is not a tuple");
        if (t.Items.Length != 2) throw Errors.TypeError($"function takes exactly 2 arguments ({t.Items.Length} given)");
        var (saved, first) = (t.Items[0], t.Items[1]);
        if (saved is not PyList list) throw Errors.TypeError($"argument 1 must be list, not {saved.Type.Name}");
        if (first is not PyInt) throw Errors.TypeError($"'{first.Type.Name}' object cannot be interpreted as an integer");
        _saved = list;
        _firstPass = Ops.IndexValue(first) != 0;
        _index = 0;
    }
}

/// <summary>repeat(object, times=None).</summary>
public sealed class RepeatIterator(PyObject obj, long count) : SubclassableIterator(ItertoolsModule.Repeat)
{
    private long _count = count;   // -1: for ever

    public override PyObject? Next()
    {
        if (_count == 0) return null;
        if (_count > 0) _count--;
        return obj;
    }

    internal PyObject LengthHint() => _count < 0 ? throw Errors.TypeError("len() of unsized object") : PyInt.From(_count);
    internal string Repr() => _count < 0 ? $"{Type.Name}({Ops.Repr(obj)})" : $"{Type.Name}({Ops.Repr(obj)}, {_count})";
    internal PyObject Reduce() => _count < 0 ? PyTuple.Of(Type, PyTuple.Of(obj)) : PyTuple.Of(Type, PyTuple.Of(obj, PyInt.From(_count)));
}

/// <summary>accumulate(iterable, func=None, *, initial=None): running totals.</summary>
public sealed class AccumulateIterator(PyIterator it, PyObject? func, PyObject? initial) : SubclassableIterator(ItertoolsModule.Accumulate)
{
    private PyObject? _total;
    private PyObject? _initial = initial;

    public override PyObject? Next()
    {
        if (_initial is { } first)
        {
            _initial = null;
            return _total = first;
        }
        var x = it.Next();
        if (x is null) return null;
        if (_total is not { } total) return _total = x;
        return _total = func is null ? Ops.Binary(total, x, BinaryOp.Add) : Ops.Call(func, total, x);
    }

    internal PyObject Reduce()
    {
        var fn = func ?? PyNone.Instance;
        if (_initial is { } first)
            return PyTuple.Of(Type, PyTuple.Of(new ChainIterator(PyTuple.Of(PyTuple.Of(first), Exposed(it))), fn), PyNone.Instance);
        if (_total is PyNone)
        {
            // A total of None would restore as "not started": resume from [None, rest...] and skip the None.
            var again = new AccumulateIterator(new ChainIterator(PyTuple.Of(PyTuple.Of(_total), Exposed(it))), func, null).As(Type);
            return PyTuple.Of(ItertoolsModule.Islice, PyTuple.Of(again, PyInt.From(1), PyNone.Instance));
        }
        return PyTuple.Of(Type, PyTuple.Of(Exposed(it), fn), _total ?? PyNone.Instance);
    }

    internal void SetState(PyObject state) => _total = state;
}

/// <summary>chain(*iterables) and chain.from_iterable(iterables).</summary>
public sealed class ChainIterator : SubclassableIterator
{
    private PyIterator? _source;
    private PyIterator? _active;

    public ChainIterator(PyObject iterables) : base(ItertoolsModule.Chain) => _source = Ops.GetIter(iterables);
    internal ChainIterator(PyIterator source) : base(ItertoolsModule.Chain) => _source = source;

    public override PyObject? Next()
    {
        while (_source is { } source)
        {
            if (_active is null)
            {
                PyObject? iterable;
                try
                {
                    iterable = source.Next();
                    if (iterable is not null) _active = Ops.GetIter(iterable);
                }
                catch (PyException) { _source = null; throw; }
                if (iterable is null) { _source = null; return null; }
            }
            var x = _active!.Next();
            if (x is not null) return x;
            _active = null;
        }
        return null;
    }

    internal PyObject Reduce()
    {
        if (_source is null) return PyTuple.Of(Type, PyTuple.Empty);
        var state = _active is null ? PyTuple.Of(Exposed(_source)) : PyTuple.Of(Exposed(_source), Exposed(_active));
        return PyTuple.Of(Type, PyTuple.Empty, state);
    }

    internal void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw Errors.TypeError("state is not a tuple");
        if (t.Items.Length < 1) throw Errors.TypeError($"function takes at least 1 argument ({t.Items.Length} given)");
        if (t.Items.Length > 2) throw Errors.TypeError($"function takes at most 2 arguments ({t.Items.Length} given)");
        foreach (var x in t.Items)
            if (!ItertoolsModule.IsIterator(x)) throw Errors.TypeError("Arguments must be iterators.");
        _source = Ops.GetIter(t.Items[0]);
        _active = t.Items.Length > 1 ? Ops.GetIter(t.Items[1]) : null;
    }
}

/// <summary>compress(data, selectors).</summary>
public sealed class CompressIterator(PyIterator data, PyIterator selectors) : SubclassableIterator(ItertoolsModule.Compress)
{
    public override PyObject? Next()
    {
        while (true)
        {
            var x = data.Next();
            if (x is null) return null;
            var s = selectors.Next();
            if (s is null) return null;
            if (Ops.Truth(s)) return x;
        }
    }

    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(Exposed(data), Exposed(selectors)));
}

/// <summary>dropwhile(predicate, iterable) and takewhile(predicate, iterable): the state is whether
/// the predicate has failed once.</summary>
public sealed class WhileIterator(PyType type, PyObject predicate, PyIterator it, bool take) : SubclassableIterator(type)
{
    private bool _done;

    public override PyObject? Next()
    {
        if (take)
        {
            if (_done) return null;
            var x = it.Next();
            if (x is null) return null;
            if (Ops.Truth(Ops.Call(predicate, x))) return x;
            _done = true;
            return null;
        }
        while (it.Next() is { } y)
        {
            if (_done) return y;
            if (!Ops.Truth(Ops.Call(predicate, y)))
            {
                _done = true;
                return y;
            }
        }
        return null;
    }

    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(predicate, Exposed(it)), PyInt.From(_done ? 1 : 0));
    internal void SetState(PyObject state) => _done = Ops.Truth(state);
}

/// <summary>filterfalse(predicate, iterable).</summary>
public sealed class FilterFalseIterator(PyObject predicate, PyIterator it) : SubclassableIterator(ItertoolsModule.FilterFalse)
{
    public override PyObject? Next()
    {
        bool plain = predicate is PyNone || ReferenceEquals(predicate, TypeObjects.Bool);
        while (it.Next() is { } x)
            if (!(plain ? Ops.Truth(x) : Ops.Truth(Ops.Call(predicate, x)))) return x;
        return null;
    }

    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(predicate, Exposed(it)));
}

/// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
public sealed class IsliceIterator(PyIterator it, long start, long stop, long step) : SubclassableIterator(ItertoolsModule.Islice)
{
    private PyIterator? _it = it;
    private long _next = start;
    private readonly long _stop = stop;   // -1: None
    private long _cnt;

    public override PyObject? Next()
    {
        if (_it is not { } it) return null;
        try   // an exception from the iterator ends the islice, as CPython's
        {
            while (_cnt < _next)
            {
                if (it.Next() is null) { _it = null; return null; }
                _cnt++;
            }
            if (_stop != -1 && _cnt >= _stop) { _it = null; return null; }
            var x = it.Next();
            if (x is null) { _it = null; return null; }
            _cnt++;
            long old = _next;
            _next += step;
            if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
            return x;
        }
        catch (PyException) { _it = null; throw; }
    }

    internal PyObject Reduce()
    {
        if (_it is null) return PyTuple.Of(Type, PyTuple.Of(new ListIterator(new PyList()), PyInt.From(0)), PyInt.From(0));
        PyObject stop = _stop == -1 ? PyNone.Instance : PyInt.From(_stop);
        return PyTuple.Of(Type, PyTuple.Of(Exposed(_it), PyInt.From(_next), stop, PyInt.From(step)), PyInt.From(_cnt));
    }

    internal void SetState(PyObject state) => _cnt = Ops.IndexValue(state);
}

/// <summary>starmap(function, iterable): function(*item) for each item.</summary>
public sealed class StarmapIterator(PyObject function, PyIterator it) : SubclassableIterator(ItertoolsModule.Starmap)
{
    public override PyObject? Next()
    {
        var x = it.Next();
        if (x is null) return null;
        var args = x is PyTuple t && ReferenceEquals(x.Type, TypeObjects.Tuple) ? t.Items : Ops.ToArray(x);
        return Ops.Call(function, args);
    }

    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(function, Exposed(it)));
}

/// <summary>zip_longest(*iterables, fillvalue=None).</summary>
public sealed class ZipLongestIterator(PyIterator?[] its, PyObject fill) : SubclassableIterator(ItertoolsModule.ZipLongest)
{
    private int _active = its.Length;
    private PyObject _fill = fill;

    public override PyObject? Next()
    {
        if (its.Length == 0 || _active == 0) return null;
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            if (its[i] is not { } it) { items[i] = _fill; continue; }
            PyObject? x;
            try { x = it.Next(); }
            catch (PyException) { _active = 0; throw; }
            if (x is null)
            {
                if (--_active == 0) return null;
                its[i] = null;
                x = _fill;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }

    internal PyObject Reduce()
    {
        var args = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++) args[i] = its[i] is { } it ? Exposed(it) : PyTuple.Empty;
        return PyTuple.Of(Type, new PyTuple(args), _fill);
    }

    internal void SetState(PyObject state) => _fill = state;
}

/// <summary>pairwise(iterable): (a, b), (b, c), ...</summary>
public sealed class PairwiseIterator(PyIterator it) : SubclassableIterator(ItertoolsModule.Pairwise)
{
    private PyIterator? _it = it;
    private PyObject? _old;

    public override PyObject? Next()
    {
        if (_it is not { } it) return null;
        if (_old is null)
        {
            _old = it.Next();
            if (_old is null) { _it = null; return null; }
        }
        var x = it.Next();
        if (x is null) { _it = null; _old = null; return null; }
        var r = PyTuple.Of(_old, x);
        _old = x;
        return r;
    }
}

public static partial class ItertoolsModule
{
    public static readonly PyType Count = MakeType("count");
    public static readonly PyType Cycle = MakeType("cycle");
    public static readonly PyType Repeat = MakeType("repeat");
    public static readonly PyType Accumulate = MakeType("accumulate");
    public static readonly PyType Chain = MakeType("chain");
    public static readonly PyType Compress = MakeType("compress");
    public static readonly PyType DropWhile = MakeType("dropwhile");
    public static readonly PyType TakeWhile = MakeType("takewhile");
    public static readonly PyType FilterFalse = MakeType("filterfalse");
    public static readonly PyType Islice = MakeType("islice");
    public static readonly PyType Starmap = MakeType("starmap");
    public static readonly PyType ZipLongest = MakeType("zip_longest");
    public static readonly PyType Pairwise = MakeType("pairwise");

    private static PyType MakeType(string name, bool final = false)
    {
        var t = new PyType(name, [TypeObjects.Object], true) { Module = "itertools", AcceptsSubclasses = !final, IsFinal = final };
        t.ComputeMro();
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => ((PyIterator)a[0]).Next() ?? throw Errors.StopIteration());
        return t;
    }

    /// <summary>PyIter_Check: an object with __next__.</summary>
    internal static bool IsIterator(PyObject o) => o is PyIterator && o is not PyInstance || o.Type.Lookup(Ops.N.Next) is not null;

    /// <summary>The positional arguments of a constructor that takes no keywords (CPython's
    /// _PyArg_NoKeywords, skipped for a subclass with an __init__ of its own, which may take them).</summary>
    internal static ReadOnlySpan<PyObject> NoKeywords(string name, PyType cls, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is not { Length: > 0 }) return a;
        if (cls.IsBuiltin || ReferenceEquals(cls.Lookup(Ops.N.Init), TypeObjects.Object.Lookup(Ops.N.Init)))
            throw Errors.TypeError($"{name}() takes no keyword arguments");
        return a[..^kw.Length];
    }

    /// <summary>NoKeywords, then min..max positional arguments (Args.Count's messages).</summary>
    private static ReadOnlySpan<PyObject> NoKeywords(string name, PyType cls, ReadOnlySpan<PyObject> a, string[]? kw, int min, int max)
    {
        a = NoKeywords(name, cls, a, kw);
        Args.Count(name, a, null, min, max);
        return a;
    }

    /// <summary>An argument converted as CPython's "n" format: an index-sized int.</summary>
    internal static long Ssize(PyObject o)
    {
        if (o is PyInt { Big: not null }) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        return Ops.IndexValue(o);
    }

    private static bool IsNumber(PyObject o) =>
        o is PyInt or PyFloat or PyComplex || o.Type.Lookup(Ops.N.Index) is not null
        || o.Type.Lookup("__int__") is not null || o.Type.Lookup("__float__") is not null;

    private static void Method(PyType t, string name, BuiltinFn fn) => t.SetMethod(name, fn);

    private static void Reduce<T>(PyType t, Func<T, PyObject> reduce) where T : PyObject =>
        t.SetMethod("__reduce__", (a, kw) => { Args.Method("__reduce__", a, kw, 0, 0); return reduce((T)a[0]); });

    private static void SetState<T>(PyType t, Action<T, PyObject> set) where T : PyObject =>
        t.SetMethod("__setstate__", (a, kw) =>
        {
            Args.Method("__setstate__", a, kw, 1, 1);
            set((T)a[0], a[1]);
            return PyNone.Instance;
        });

    private static PyObject Made(PyType cls, SubclassableIterator it) => it.As(cls);

    public static PyModule Create()
    {
        var m = new PyModule("itertools");
        m.ModuleDict["__doc__"] = PyStr.From("Functional tools for creating and using iterators.");

        Count.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("count", a, kw, 2, 0, "start", "step");
            var start = b[0] ?? PyInt.From(0);
            var step = b[1] ?? PyInt.From(1);
            if (!IsNumber(start) || !IsNumber(step)) throw Errors.TypeError("a number is required");
            return Made(cls, new CountIterator(start, step));
        };
        Method(Count, "__repr__", static (a, kw) => PyStr.From(((CountIterator)a[0]).Repr()));
        Reduce<CountIterator>(Count, static c => c.Reduce());

        Cycle.New = static (cls, a, kw) =>
        {
            a = NoKeywords("cycle", cls, a, kw, 1, 1);
            return Made(cls, new CycleIterator(Ops.GetIter(a[0])));
        };
        Reduce<CycleIterator>(Cycle, static c => c.Reduce());
        SetState<CycleIterator>(Cycle, static (c, s) => c.SetState(s));

        Repeat.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("repeat", a, kw, 2, 1, "object", "times");
            long n = b[1] is { } times ? Math.Max(0, Ssize(times)) : -1;
            return Made(cls, new RepeatIterator(b[0]!, n));
        };
        Method(Repeat, "__repr__", static (a, kw) => PyStr.From(((RepeatIterator)a[0]).Repr()));
        Method(Repeat, "__length_hint__", static (a, kw) => ((RepeatIterator)a[0]).LengthHint());
        Reduce<RepeatIterator>(Repeat, static r => r.Reduce());

        Accumulate.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("accumulate", a, kw, 2, 1, "iterable", "func", "initial");
            var func = b[1] is PyNone ? null : b[1];
            var initial = b[2] is PyNone ? null : b[2];
            return Made(cls, new AccumulateIterator(Ops.GetIter(b[0]!), func, initial));
        };
        Reduce<AccumulateIterator>(Accumulate, static x => x.Reduce());
        SetState<AccumulateIterator>(Accumulate, static (x, s) => x.SetState(s));

        Chain.New = static (cls, a, kw) =>
        {
            a = NoKeywords("chain", cls, a, kw);
            return Made(cls, new ChainIterator(new ArrayIterator(a.ToArray(), a.Length)));
        };
        Chain.TypeDict["from_iterable"] = new PyClassMethod(new PyBuiltinFunction("from_iterable", static (a, kw) =>
        {
            Args.Count("chain.from_iterable", a[1..], kw, 1, 1);
            var cls = (PyType)a[0];
            return Made(cls, new ChainIterator(a[1]));
        }));
        Chain.TypeDict["__class_getitem__"] = PyGenericAlias.ClassGetItemMethod();
        Reduce<ChainIterator>(Chain, static c => c.Reduce());
        SetState<ChainIterator>(Chain, static (c, s) => c.SetState(s));

        Compress.New = static (cls, a, kw) =>
        {
            var b = Args.Bind("compress", a, kw, 2, 2, "data", "selectors");
            return Made(cls, new CompressIterator(Ops.GetIter(b[0]!), Ops.GetIter(b[1]!)));
        };
        Reduce<CompressIterator>(Compress, static c => c.Reduce());

        DropWhile.New = static (cls, a, kw) =>
        {
            a = NoKeywords("dropwhile", cls, a, kw, 2, 2);
            return Made(cls, new WhileIterator(DropWhile, a[0], Ops.GetIter(a[1]), take: false));
        };
        TakeWhile.New = static (cls, a, kw) =>
        {
            a = NoKeywords("takewhile", cls, a, kw, 2, 2);
            return Made(cls, new WhileIterator(TakeWhile, a[0], Ops.GetIter(a[1]), take: true));
        };
        foreach (var t in new[] { DropWhile, TakeWhile })
        {
            Reduce<WhileIterator>(t, static w => w.Reduce());
            SetState<WhileIterator>(t, static (w, s) => w.SetState(s));
        }

        FilterFalse.New = static (cls, a, kw) =>
        {
            a = NoKeywords("filterfalse", cls, a, kw, 2, 2);
            return Made(cls, new FilterFalseIterator(a[0], Ops.GetIter(a[1])));
        };
        Reduce<FilterFalseIterator>(FilterFalse, static f => f.Reduce());

        Islice.New = static (cls, a, kw) =>
        {
            a = NoKeywords("islice", cls, a, kw, 2, 4);
            return Made(cls, NewIslice(a));
        };
        Reduce<IsliceIterator>(Islice, static i => i.Reduce());
        SetState<IsliceIterator>(Islice, static (i, s) => i.SetState(s));

        Starmap.New = static (cls, a, kw) =>
        {
            a = NoKeywords("starmap", cls, a, kw, 2, 2);
            return Made(cls, new StarmapIterator(a[0], Ops.GetIter(a[1])));
        };
        Reduce<StarmapIterator>(Starmap, static s => s.Reduce());

        ZipLongest.New = static (cls, a, kw) =>
        {
            PyObject fill = PyNone.Instance;
            if (kw is { Length: > 0 })
            {
                if (kw.Length > 1 || kw[0] != "fillvalue") throw Errors.TypeError("zip_longest() got an unexpected keyword argument");
                fill = a[^1];
                a = a[..^1];
            }
            var its = new PyIterator?[a.Length];
            for (int i = 0; i < a.Length; i++) its[i] = Ops.GetIter(a[i]);
            return Made(cls, new ZipLongestIterator(its, fill));
        };
        Reduce<ZipLongestIterator>(ZipLongest, static z => z.Reduce());
        SetState<ZipLongestIterator>(ZipLongest, static (z, s) => z.SetState(s));

        Pairwise.New = static (cls, a, kw) =>
        {
            a = NoKeywords("pairwise", cls, a, kw, 1, 1);
            return Made(cls, new PairwiseIterator(Ops.GetIter(a[0])));
        };

        InstallCombinatorics();
        InstallTeeAndGroupby(m);

        foreach (var t in new[] { Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse, Islice, Starmap,
                     ZipLongest, Pairwise, Product, Permutations, Combinations, CombinationsWithReplacement, Groupby, Grouper, Tee, TeeDataType })
            m.ModuleDict[t.Name] = t;
        return m;
    }

    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private const string IndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /// <summary>An islice bound as CPython reads it: None stays <paramref name="none"/>, and anything
    /// that is not an index-sized int reads as -1 (which the caller reports).</summary>
    private static long Bound(PyObject o, long none)
    {
        if (o is PyNone) return none;
        try { return Ssize(o); }
        catch (PyException) { return -1; }
    }

    private static IsliceIterator NewIslice(ReadOnlySpan<PyObject> a)
    {
        long start = 0, stop = -1, step = 1;
        if (a.Length == 2)
        {
            if (a[1] is not PyNone)
            {
                stop = Bound(a[1], -1);
                if (stop == -1) throw Errors.ValueError(StopMessage);
            }
        }
        else
        {
            start = Bound(a[1], 0);
            if (a[2] is not PyNone)
            {
                stop = Bound(a[2], -1);
                if (stop == -1) throw Errors.ValueError(StopMessage);
            }
        }
        if (start < 0 || stop < -1) throw Errors.ValueError(IndexMessage);
        if (a.Length == 4) step = Bound(a[3], 1);
        if (step < 1) throw Errors.ValueError("Step for islice() must be a positive integer or None.");
        return new IsliceIterator(Ops.GetIter(a[0]), start, stop, step);
    }
}
