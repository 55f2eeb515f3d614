namespace Herthon.Runtime;

/// <summary>
/// The `_bisect` accelerator (CPython's Modules/_bisectmodule.c), which bisect.py imports over its
/// pure-Python functions: binary search and insertion in a sorted sequence, comparing with `<`.
/// </summary>
public static class BisectModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_bisect");
        m.AddFunction("bisect_right", static (a, kw) => PyInt.From(Search("bisect_right", a, kw, right: true, out _)));
        m.AddFunction("bisect_left", static (a, kw) => PyInt.From(Search("bisect_left", a, kw, right: false, out _)));
        m.AddFunction("insort_right", static (a, kw) => Insort("insort_right", a, kw, right: true));
        m.AddFunction("insort_left", static (a, kw) => Insort("insort_left", a, kw, right: false));
        m.ModuleDict["bisect"] = m.ModuleDict.Get("bisect_right")!;
        m.ModuleDict["insort"] = m.ModuleDict.Get("insort_right")!;
        return m;
    }

    /// <summary>(a, x, lo=0, hi=None, *, key=None): the insertion index of x; `seq` and `x` come back for insort.</summary>
    private static long Search(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool right, out (PyObject Seq, PyObject X) args)
    {
        Args.OnlyKw(name, kw, "a", "x", "lo", "hi", "key");
        int npos = Args.Positional(a, kw);
        if (npos > 4) throw Errors.TypeError($"{name}() takes at most 4 positional arguments ({npos} given)");
        PyObject? Arg(int i, string n, ReadOnlySpan<PyObject> a)
        {
            var k = Args.Kw(a, kw, n);
            if (i < npos)
            {
                if (k is not null) throw Errors.TypeError($"argument for {name}() given by name ('{n}') and position ({i + 1})");
                return a[i];
            }
            return k;
        }
        var seq = Arg(0, "a", a) ?? throw Errors.TypeError($"{name}() missing required argument 'a' (pos 1)");
        var x = Arg(1, "x", a) ?? throw Errors.TypeError($"{name}() missing required argument 'x' (pos 2)");
        var loObj = Arg(2, "lo", a);
        var hiObj = Arg(3, "hi", a);
        var key = Args.Kw(a, kw, "key");
        if (key is PyNone) key = null;
        args = (seq, x);
        long lo = loObj is null ? 0 : Ops.IndexValue(loObj);
        if (lo < 0) throw Errors.ValueError("lo must be non-negative");
        long hi = hiObj is null or PyNone ? Ops.Len(seq) : Ops.IndexValue(hiObj);
        // insort with a key compares key(x) with key(item), as CPython's does.
        var probe = x;
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = Ops.GetItem(seq, PyInt.From(mid));
            if (key is not null) item = Ops.Call(key, item);
            bool goLeft = right
                ? Ops.Truth(Ops.RichCompare(probe, item, CompareOp.Lt))
                : !Ops.Truth(Ops.RichCompare(item, probe, CompareOp.Lt));
            if (goLeft) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static PyObject Insort(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool right)
    {
        var key = Args.Kw(a, kw, "key");
        if (key is PyNone) key = null;
        PyObject[] call = a.ToArray();
        int xi = Args.Positional(a, kw) > 1 ? 1 : kw is not null && Array.IndexOf(kw, "x") is var k and >= 0 ? a.Length - kw.Length + k : -1;
        // With a key, the search compares key(x) with key(item); x itself is inserted.
        if (key is not null && xi >= 0) call[xi] = Ops.Call(key, a[xi]);
        long i = Search(name, call, kw, right, out var args);
        var x = a[xi];
        if (args.Seq is PyList list && ReferenceEquals(list.Type, TypeObjects.List)) list.Insert((int)i, x);
        else Ops.Invoke(args.Seq, "insert", PyInt.From(i), x);
        return PyNone.Instance;
    }
}
