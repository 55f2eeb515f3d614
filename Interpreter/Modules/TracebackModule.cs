using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>`traceback`: printing and formatting exceptions exactly as the interpreter reports them.</summary>
public static class TracebackModule
{
    public static PyModule Create()
    {
        var m = new PyModule("traceback");
        m.AddFunction("format_exc", static (a, kw) => PyStr.From(Current() is { } e ? Host.FormatException(e, tracebackModule: true) : "NoneType: None\n"));
        m.AddFunction("print_exc", static (a, kw) =>
        {
            var text = Current() is { } e ? Host.FormatException(e, tracebackModule: true) : "NoneType: None\n";
            Write(text, Args.Kw(a, kw, "file") ?? (a.Length > 1 ? a[1] : null));
            return PyNone.Instance;
        });
        m.AddFunction("format_exception", static (a, kw) =>
        {
            var e = Exc(a);
            return Lines(e is null ? "NoneType: None\n" : Host.FormatException(e, tracebackModule: true));
        });
        m.AddFunction("print_exception", static (a, kw) =>
        {
            var e = Exc(a);
            // print_exception(exc, value, tb, limit, file): logging passes the file positionally.
            Write(e is null ? "NoneType: None\n" : Host.FormatException(e, tracebackModule: true), Args.Kw(a, kw, "file") ?? (Args.Positional(a, kw) > 4 ? a[4] : null));
            return PyNone.Instance;
        });
        m.AddFunction("format_exception_only", static (a, kw) =>
        {
            var e = Exc(a);
            if (e is null) return new PyList(new List<PyObject> { PyStr.From("NoneType: None\n") });
            var saved = e.Traceback;
            e.Traceback = null;
            try { return Lines(Host.FormatException(e, chain: false, tracebackModule: true)); }
            finally { e.Traceback = saved; }
        });
        return m;
    }

    private static PyBaseException? Current() => ThreadState.Current.Handled;

    private static PyBaseException? Exc(ReadOnlySpan<PyObject> a)
    {
        // format_exception(exc) or the old (type, value, tb) form.
        if (a.Length == 0) return null;
        if (a[0] is PyBaseException e) return e;
        if (a.Length > 1 && a[1] is PyBaseException v) return v;
        return null;
    }

    private static PyList Lines(string text)
    {
        // One string per line, blank lines included (the blank lines around "During handling of
        // the above exception..." belong to the text).
        var l = new PyList();
        for (int start = 0; start < text.Length;)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            l.Append(PyStr.From(nl < 0 ? text[start..] + "\n" : text[start..end]));
            start = end;
        }
        return l;
    }

    private static void Write(string text, PyObject? file)
    {
        if (file is null || file is PyNone)
        {
            var err = Host.Current.SysDict.Get("stderr");
            if (err is PyTextStream ts) { ts.Write(text); return; }
            file = err;
        }
        Ops.Invoke(file!, "write", PyStr.From(text));
    }
}
