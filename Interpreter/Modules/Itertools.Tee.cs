namespace Herthon.Runtime;

// itertools.tee and itertools.groupby: iterators that share one underlying iterator between several
// consumers (tee's copies; groupby and the _grouper of its current group).

/// <summary>_tee_dataobject: a block of up to Cells values read from the shared iterator, linked to
/// the next block, so a lagging tee keeps one block per 57 values alive (CPython's teedataobject).</summary>
public sealed class TeeDataObject(PyIterator it) : PyObject
{
    internal const int Cells = 57;
    internal readonly PyIterator It = it;
    internal readonly PyObject[] Values = new PyObject[Cells];
    internal int NumRead;
    internal TeeDataObject? NextLink;
    private bool _running;

    public override PyType Type => ItertoolsModule.TeeDataType;

    internal TeeDataObject JumpLink() => NextLink ??= new TeeDataObject(It);

    internal PyObject? GetItem(int i)
    {
        if (i < NumRead) return Values[i];
        if (_running) throw Errors.RuntimeError("cannot re-enter the tee iterator");
        PyObject? x;
        _running = true;
        try { x = It.Next(); }
        finally { _running = false; }
        if (x is null) return null;
        Values[NumRead++] = x;
        return x;
    }

    internal PyObject Reduce()
    {
        var values = new PyList();
        for (int i = 0; i < NumRead; i++) values.Append(Values[i]);
        return PyTuple.Of(Type, PyTuple.Of(SubclassableIterator.Exposed(It), values, (PyObject?)NextLink ?? PyNone.Instance));
    }
}

/// <summary>_tee: one of tee()'s iterators, a position in the shared chain of data blocks.</summary>
public sealed class TeeIterator(TeeDataObject data, int index) : PyIterator
{
    private TeeDataObject _data = data;
    private int _index = index;

    public override PyType Type => ItertoolsModule.Tee;

    public override PyObject? Next()
    {
        if (_index >= TeeDataObject.Cells)
        {
            _data = _data.JumpLink();
            _index = 0;
        }
        var x = _data.GetItem(_index);
        if (x is not null) _index++;
        return x;
    }

    internal TeeIterator Copy() => new(_data, _index);
    internal PyObject Reduce() => PyTuple.Of(Type, PyTuple.Of(PyTuple.Empty), PyTuple.Of(_data, PyInt.From(_index)));

    internal void SetState(PyObject state)
    {
        if (state is not PyTuple { Items: [var d, var i] }) throw Errors.TypeError("state is not a tuple");
        if (d is not TeeDataObject data) throw Errors.TypeError($"_tee.__setstate__() argument 1 must be itertools._tee_dataobject, not {d.Type.Name}");
        long index = Ops.IndexValue(i);
        if (index < 0 || index > TeeDataObject.Cells) throw Errors.ValueError("Index out of range");
        _data = data;
        _index = (int)index;
    }

    /// <summary>_tee(iterable): a copy of a tee, or a new tee over iter(iterable).</summary>
    internal static TeeIterator FromIterable(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        return it is TeeIterator t ? t.Copy() : new TeeIterator(new TeeDataObject(it), 0);
    }
}

/// <summary>groupby(iterable, key=None): (key, group iterator) for each run of equal keys.</summary>
public sealed class GroupbyIterator(PyIterator it, PyObject? keyFunc) : SubclassableIterator(ItertoolsModule.Groupby)
{
    internal PyObject? TgtKey, CurrKey, CurrValue;
    internal GrouperIterator? CurrGrouper;

    /// <summary>Reads the next value and its key; false at the end of the iterable.</summary>
    internal bool Step()
    {
        var v = it.Next();
        if (v is null) return false;
        var k = keyFunc is null ? v : Ops.Call(keyFunc, v);
        CurrValue = v;
        CurrKey = k;
        return true;
    }

    public override PyObject? Next()
    {
        CurrGrouper = null;
        while (true)
        {
            if (CurrKey is not null)
            {
                if (TgtKey is null) break;
                if (!Ops.Eq(TgtKey, CurrKey)) break;
            }
            if (!Step()) return null;
        }
        TgtKey = CurrKey;
        var g = new GrouperIterator(this, TgtKey!);
        return PyTuple.Of(CurrKey!, g);
    }

    internal PyObject Reduce()
    {
        var args = PyTuple.Of(Exposed(it), keyFunc ?? PyNone.Instance);
        if (TgtKey is not null && CurrKey is not null && CurrValue is not null)
            return PyTuple.Of(Type, args, PyTuple.Of(CurrKey, CurrValue, TgtKey));
        return PyTuple.Of(Type, args);
    }

    internal void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw Errors.TypeError("state is not a tuple");
        if (t.Items.Length != 3) throw Errors.TypeError($"function takes exactly 3 arguments ({t.Items.Length} given)");
        CurrKey = t.Items[0];
        CurrValue = t.Items[1];
        TgtKey = t.Items[2];
    }
}

/// <summary>_grouper: the values of groupby's current group; it ends when groupby moves on.</summary>
public sealed class GrouperIterator : PyIterator
{
    private readonly GroupbyIterator _parent;
    private readonly PyObject _tgtKey;

    internal GrouperIterator(GroupbyIterator parent, PyObject tgtKey)
    {
        _parent = parent;
        _tgtKey = tgtKey;
        parent.CurrGrouper = this;
    }

    public override PyType Type => ItertoolsModule.Grouper;

    public override PyObject? Next()
    {
        var p = _parent;
        if (!ReferenceEquals(p.CurrGrouper, this)) return null;
        if (p.CurrValue is null && !p.Step()) return null;
        if (!Ops.Eq(_tgtKey, p.CurrKey!)) return null;
        var r = p.CurrValue;
        p.CurrValue = null;
        return r;
    }

    internal PyObject Reduce() => ReferenceEquals(_parent.CurrGrouper, this)
        ? PyTuple.Of(Type, PyTuple.Of(_parent, _tgtKey))
        : PyTuple.Of(Builtins.Dict.Get("iter")!, PyTuple.Of(PyTuple.Empty));
}

public static partial class ItertoolsModule
{
    public static readonly PyType Groupby = MakeType("groupby");
    public static readonly PyType Grouper = MakeType("_grouper", final: true);
    public static readonly PyType Tee = MakeType("_tee", final: true);
    public static readonly PyType TeeDataType = MakeTeeDataType();

    private static PyType MakeTeeDataType()
    {
        var t = new PyType("_tee_dataobject", [TypeObjects.Object], true) { Module = "itertools", IsFinal = true };
        t.ComputeMro();
        return t;
    }

    private static void InstallTeeAndGroupby(PyModule m)
    {
        Groupby.New = static (cls, a, kw) =>
        {
            int npos = Args.Positional(a, kw);
            if (a.Length > 2) throw Errors.TypeError($"groupby() takes at most 2 arguments ({a.Length} given)");
            var b = Args.Bind("groupby", a, kw, 2, 1, "iterable", "key");
            var key = b[1] is PyNone ? null : b[1];
            return Made(cls, new GroupbyIterator(Ops.GetIter(b[0]!), key));
        };
        Reduce<GroupbyIterator>(Groupby, static g => g.Reduce());
        SetState<GroupbyIterator>(Groupby, static (g, s) => g.SetState(s));

        Grouper.New = static (cls, a, kw) =>
        {
            Args.Count("_grouper", a, kw, 2, 2);
            if (a[0] is not GroupbyIterator parent)
                throw Errors.TypeError($"_grouper() argument 1 must be itertools.groupby, not {a[0].Type.Name}");
            return new GrouperIterator(parent, a[1]);
        };
        Reduce<GrouperIterator>(Grouper, static g => g.Reduce());

        TeeDataType.New = static (cls, a, kw) =>
        {
            Args.Count("_tee_dataobject", a, kw, 3, 3);
            if (a[1] is not PyList values) throw Errors.TypeError($"_tee_dataobject() argument 2 must be list, not {a[1].Type.Name}");
            if (values.Count > Runtime.TeeDataObject.Cells || (values.Count < Runtime.TeeDataObject.Cells && a[2] is not PyNone))
                throw Errors.ValueError("_tee_dataobject should never have more than LINKCELLS links");
            if (a[2] is not PyNone and not Runtime.TeeDataObject)
                throw Errors.ValueError("_tee_dataobject next link must be a _tee_dataobject");
            var d = new Runtime.TeeDataObject(Ops.GetIter(a[0]));
            for (int i = 0; i < values.Count; i++) d.Values[i] = values.Items[i];
            d.NumRead = values.Count;
            d.NextLink = a[2] as Runtime.TeeDataObject;
            return d;
        };
        Reduce<Runtime.TeeDataObject>(TeeDataType, static d => d.Reduce());

        Tee.New = static (cls, a, kw) =>
        {
            Args.Count("_tee", a, kw, 1, 1);
            return TeeIterator.FromIterable(a[0]);
        };
        Method(Tee, "__copy__", static (a, kw) => ((TeeIterator)a[0]).Copy());
        Reduce<TeeIterator>(Tee, static t => t.Reduce());
        SetState<TeeIterator>(Tee, static (t, s) => t.SetState(s));

        m.AddFunction("tee", static (a, kw) =>
        {
            Args.Count("tee", a, kw, 1, 2);
            long n = a.Length > 1 ? Ssize(a[1]) : 2;
            if (n < 0) throw Errors.ValueError("n must be >= 0");
            if (n == 0) return PyTuple.Empty;
            var it = Ops.GetIter(a[0]);
            var exposed = SubclassableIterator.Exposed(it);
            PyObject first;
            PyObject? copy = exposed is TeeIterator ? null : Ops.GetAttrOrNull(exposed, PyStr.From("__copy__"));
            if (exposed is TeeIterator t0) first = t0;
            else if (copy is not null) first = exposed;
            else first = new TeeIterator(new Runtime.TeeDataObject(it), 0);
            var result = new PyObject[n];
            result[0] = first;
            for (int i = 1; i < n; i++)
                result[i] = first is TeeIterator t ? t.Copy() : Ops.Call(copy!);
            return new PyTuple(result);
        });
    }
}
