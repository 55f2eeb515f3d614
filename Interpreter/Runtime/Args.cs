namespace Herthon.Runtime;

/// <summary>Argument checking for builtin functions, with CPython's messages.</summary>
public static class Args
{
    public static void NoKw(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    public static void Count(string name, ReadOnlySpan<PyObject> a, string[]? kw, int min, int max)
    {
        NoKw(name, kw);
        int n = a.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw Errors.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == 1) throw Errors.TypeError($"{name}() takes exactly one argument ({n} given)");
            throw Errors.TypeError($"{name} expected {min} arguments, got {n}");
        }
        if (n < min) throw Errors.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw Errors.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>For methods: args[0] is self; counts exclude it.</summary>
    public static void Method(string name, ReadOnlySpan<PyObject> a, string[]? kw, int min, int max) =>
        Count(name, a[1..], kw, min, max);

    /// <summary>Splits positional args and keyword args; returns the value of keyword `name` or null.</summary>
    public static PyObject? Kw(ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        if (kw is null) return null;
        int bas = a.Length - kw.Length;
        for (int i = 0; i < kw.Length; i++) if (kw[i] == name) return a[bas + i];
        return null;
    }

    public static int Positional(ReadOnlySpan<PyObject> a, string[]? kw) => a.Length - (kw?.Length ?? 0);

    public static void OnlyKw(string fname, string[]? kw, params string[] allowed)
    {
        if (kw is null) return;
        foreach (var k in kw)
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"{fname}() got an unexpected keyword argument '{k}'");
    }

    /// <summary>OnlyKw with the message of CPython's Argument Clinic functions (builtin modules' functions and methods).</summary>
    public static void ClinicKw(string fname, string[]? kw, params string[] allowed)
    {
        if (kw is null) return;
        foreach (var k in kw)
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {fname}()");
    }

    /// <summary>Argument Clinic's binding (_PyArg_UnpackKeywords), with its messages: names[..npos] may be positional, the rest keyword-only;
    /// the first `required` are mandatory. Unfilled slots are null.</summary>
    /// <summary>A METH_O function's one argument, with CPython's errors naming <paramref name="qualname"/>.</summary>
    public static PyObject One(string qualname, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{qualname}() takes no keyword arguments");
        if (a.Length != 1) throw Errors.TypeError($"{qualname}() takes exactly one argument ({a.Length} given)");
        return a[0];
    }

    /// <summary>A C int (PyArg's "i", through __index__): a float is refused, beyond 32 bits OverflowError.</summary>
    public static int CInt(PyObject o)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        var v = Ops.ToPyInt(o).ToBig();
        if (v > int.MaxValue || v < int.MinValue) throw Errors.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>PyArg_ParseTupleAndKeywords' count check ("takes at most N [keyword ]arguments", counting
    /// positional and keyword arguments together), then <see cref="Bind"/> with every parameter optional.</summary>
    public static PyObject?[] BindAtMost(string fn, ReadOnlySpan<PyObject> a, string[]? kw, params string[] names)
    {
        int npos = a.Length - (kw?.Length ?? 0);
        if (a.Length > names.Length)
            throw Errors.TypeError($"{fn}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}arguments ({a.Length} given)");
        return Bind(fn, a, kw, names.Length, 0, names);
    }

    public static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> a, string[]? kw, int npos, int required, params string[] names)
    {
        var slots = new PyObject?[names.Length];
        int pos = a.Length - (kw?.Length ?? 0);
        if (pos > npos)
        {
            if (npos == 0) throw Errors.TypeError($"{fn}() takes no positional arguments");
            throw Errors.TypeError($"{fn}() takes {(required < npos ? "at most" : "exactly")} {npos} positional argument{(npos == 1 ? "" : "s")} ({pos} given)");
        }
        for (int i = 0; i < pos; i++) slots[i] = a[i];
        if (kw is not null)
            for (int k = 0; k < kw.Length; k++)
            {
                int idx = Array.IndexOf(names, kw[k]);
                if (idx < 0) throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for {fn}()");
                if (slots[idx] is not null) throw Errors.TypeError($"argument for {fn}() given by name ('{kw[k]}') and position ({idx + 1})");
                slots[idx] = a[pos + k];
            }
        for (int i = 0; i < required; i++)
            if (slots[i] is null) throw Errors.TypeError($"{fn}() missing required argument '{names[i]}' (pos {i + 1})");
        return slots;
    }
}
