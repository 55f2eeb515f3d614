using System.Text;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>A text stream object (sys.stdout, sys.stderr, files opened in text mode).</summary>
public sealed class PyTextStream : PyObject
{
    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;
    public readonly string Name;
    public bool Closed;
    private PyStdioBuffer? _buffer;
    /// <summary>The binary layer (sys.stdout.buffer), made on first use.</summary>
    public PyStdioBuffer Buffer => _buffer ??= new PyStdioBuffer(this, _writer, _reader);
    public static readonly PyType StreamType = MakeType();

    /// <summary>The codec's name and error handler (HERTHONIOENCODING, UTF-8 mode, the locale: Hosting/StdioEncoding.cs).</summary>
    public string Encoding { get; private set; } = "utf-8";
    public string ErrorHandler { get; private set; }
    private bool _utf8 = true;

    /// <summary>CPython's buffering of the command's standard streams (create_stdio): stdout to a terminal is
    /// line-buffered, to a pipe or file block-buffered (the writer's 8 KiB buffer, flushed when full, by
    /// flush(), input() and at exit), with -u written through; stderr is always line-buffered. A host's own
    /// writers (the tests') flush as they like. write_through only passes text to the binary layer at once,
    /// which here is the same buffer, so it is reported but changes nothing; -u makes the layer unbuffered.</summary>
    public bool LineBuffering, WriteThrough, Unbuffered;

    public PyTextStream(string name, TextWriter? writer, TextReader? reader)
    {
        Name = name;
        _writer = writer;
        _reader = reader;
        ErrorHandler = name == "<stderr>" ? "backslashreplace" : "strict";
    }

    public override PyType Type => StreamType;

    public void SetEncoding(string encoding, string errors)
    {
        Encoding = encoding;
        ErrorHandler = errors;
        _utf8 = encoding == "utf-8";
    }

    public void Write(string s)
    {
        if (Closed) throw Errors.ValueError("I/O operation on closed file.");
        if (_writer is null) throw Errors.Make(TypeObjects.OSError, "not writable");
        // UTF-8 text without lone surrogates is what the writer encodes itself (the fast path, write(2)
        // per call); anything else goes through the codec with the error handler, as bytes.
        if (!_utf8 || s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            Buffer.WriteBytes(Codecs.Encode(s, Encoding, ErrorHandler));
            return;
        }
        try
        {
            _writer.Write(s);
            if (Unbuffered || (LineBuffering && s.AsSpan().Contains('\n'))) _writer.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw WriteFailed(e); }
    }

    [System.Runtime.InteropServices.DllImport("libc")] private static extern int isatty(int fd);

    /// <summary>The herthon command's own standard streams answer for their descriptors; a host's writers are no terminal.</summary>
    internal bool IsTerminal()
    {
        if (Closed) throw Errors.ValueError("I/O operation on closed file.");
        int fd = Name switch { "<stdin>" => 0, "<stdout>" => 1, "<stderr>" => 2, _ => -1 };
        return fd >= 0 && Host.IsCommandLine && OperatingSystem.IsLinux() && isatty(fd) == 1
            && (fd == 0 ? ConsoleInput.IsProcessStdin(Host.Current.Stdin) : true);
    }

    /// <summary>Text read through this stream as the bytes it came from (sys.stdin.buffer over the text reader).</summary>
    internal byte[] EncodeRead(string s)
    {
        if (_utf8 && s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return System.Text.Encoding.UTF8.GetBytes(s);
        try { return Codecs.Encode(s, Encoding, "surrogateescape"); }
        catch (PyException) { return System.Text.Encoding.UTF8.GetBytes(s); }
    }

    /// <summary>Bytes written to sys.stdout.buffer, as text for a host's own writer.</summary>
    internal string DecodeWritten(ReadOnlySpan<byte> data)
    {
        if (_utf8) return System.Text.Encoding.UTF8.GetString(data);
        try { return Codecs.Decode(data.ToArray(), Encoding, "replace"); }
        catch (PyException) { return System.Text.Encoding.Latin1.GetString(data); }
    }

    public void Flush()
    {
        try { _writer?.Flush(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw WriteFailed(e); }
    }

    // On Unix .NET's IOException carries the errno (EPIPE: the reader of a pipe went away). A
    // descriptor closed under the writer (os.close(1), FileIO(1).close()) comes as an
    // UnauthorizedAccessException around the IOException of EBADF.
    internal static PyException WriteFailed(Exception e)
    {
        if (e is UnauthorizedAccessException { InnerException: IOException inner }) e = inner;
        return e.HResult is > 0 and < 4096 ? IoModule.OSErrorFor(e.HResult, null) : Errors.OSError(e.Message);
    }

    public string? ReadLine()
    {
        if (_reader is null) throw Errors.Make(TypeObjects.OSError, "not readable");
        var l = _reader.ReadLine();
        return l is null ? null : l + "\n";
    }

    public string ReadAll() => _reader?.ReadToEnd() ?? throw Errors.Make(TypeObjects.OSError, "not readable");

    public void Close()
    {
        if (Closed) return;
        Closed = true;
        _writer?.Flush();
        if (Name != "<stdout>" && Name != "<stderr>" && Name != "<stdin>") { _writer?.Dispose(); _reader?.Dispose(); }
    }

    private static PyType MakeType()
    {
        var t = new PyType("TextIOWrapper", [TypeObjects.Object], true) { Module = "_io" };
        t.ComputeMro();
        t.SetMethod("write", static (a, kw) =>
        {
            var s = a[1] is PyStr ps ? ps.V : throw Errors.TypeError($"write() argument must be str, not {a[1].Type.Name}");
            ((PyTextStream)a[0]).Write(s);
            return PyInt.From(s.Length);
        });
        t.SetMethod("writelines", static (a, kw) => { foreach (var x in Ops.ToList(a[1])) ((PyTextStream)a[0]).Write(Ops.Str(x)); return PyNone.Instance; });
        t.SetMethod("flush", static (a, kw) => { ((PyTextStream)a[0]).Flush(); return PyNone.Instance; });
        t.SetMethod("read", static (a, kw) => PyStr.From(((PyTextStream)a[0]).ReadAll()));
        t.SetMethod("readline", static (a, kw) => PyStr.From(((PyTextStream)a[0]).ReadLine() ?? ""));
        t.SetMethod("readlines", static (a, kw) =>
        {
            var l = new PyList();
            var st = (PyTextStream)a[0];
            while (st.ReadLine() is { } line) l.Append(PyStr.From(line));
            return l;
        });
        t.SetMethod("close", static (a, kw) => { ((PyTextStream)a[0]).Close(); return PyNone.Instance; });
        t.SetMethod("isatty", static (a, kw) => PyBool.From(((PyTextStream)a[0]).IsTerminal()));
        t.SetMethod("fileno", static (a, kw) => PyInt.From(((PyTextStream)a[0]).Name switch { "<stdin>" => 0, "<stdout>" => 1, "<stderr>" => 2, _ => 3 }));
        t.SetMethod("__enter__", static (a, kw) => a[0]);
        t.SetMethod("__exit__", static (a, kw) => { ((PyTextStream)a[0]).Close(); return PyBool.False; });
        t.SetMethod("__iter__", static (a, kw) => new EnumeratorIterator(Lines((PyTextStream)a[0])));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyStr.From(((PyTextStream)o).Name));
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", o => PyBool.From(((PyTextStream)o).Closed));
        // What code that saves and wraps sys.stdout reads (doctest: save_stdout.encoding); stderr escapes unencodable text as CPython's does.
        t.TypeDict["encoding"] = new PyGetSetDescriptor("encoding", static o => PyStr.From(((PyTextStream)o).Encoding));
        t.TypeDict["errors"] = new PyGetSetDescriptor("errors", static o => PyStr.From(((PyTextStream)o).ErrorHandler));
        t.TypeDict["line_buffering"] = new PyGetSetDescriptor("line_buffering", static o => PyBool.From(((PyTextStream)o).LineBuffering));
        t.TypeDict["write_through"] = new PyGetSetDescriptor("write_through", static o => PyBool.From(((PyTextStream)o).WriteThrough));
        t.SetMethod("reconfigure", static (a, kw) => Reconfigure(a, kw));
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var st = (PyTextStream)a[0];
            return PyStr.From($"<_io.TextIOWrapper name={Ops.Repr(PyStr.From(st.Name))} mode='{(st._writer is not null ? "w" : "r")}' encoding={Ops.Repr(PyStr.From(st.Encoding))}>");
        });
        t.SetMethod("readable", static (a, kw) => PyBool.From(((PyTextStream)a[0])._reader is not null));
        t.SetMethod("writable", static (a, kw) => PyBool.From(((PyTextStream)a[0])._writer is not null));
        t.SetMethod("seekable", static (a, kw) => PyBool.False);
        t.TypeDict["buffer"] = new PyGetSetDescriptor("buffer", o => ((PyTextStream)o).Buffer);
        return t;
    }

    /// <summary>TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through): the codec
    /// (an encoding alone resets errors to strict) and the buffering.</summary>
    private static PyObject Reconfigure(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var st = (PyTextStream)a[0];
        if (Args.Positional(a, kw) > 1) throw Errors.TypeError("reconfigure() takes no positional arguments");
        Args.OnlyKw("reconfigure", kw, "encoding", "errors", "newline", "line_buffering", "write_through");
        var enc = Args.Kw(a, kw, "encoding");
        var err = Args.Kw(a, kw, "errors");
        if (enc is not (null or PyNone or PyStr)) throw Errors.TypeError($"reconfigure() argument 'encoding' must be str or None, not {enc.Type.Name}");
        if (err is not (null or PyNone or PyStr)) throw Errors.TypeError($"reconfigure() argument 'errors' must be str or None, not {err.Type.Name}");
        string encoding = st.Encoding, errors = st.ErrorHandler;
        if (enc is PyStr es)
        {
            encoding = StdioEncoding.CodecName(es.V);
            errors = "strict";
        }
        if (err is PyStr ers) errors = ers.V;
        st.Flush();
        st.SetEncoding(encoding, errors);
        if (Args.Kw(a, kw, "line_buffering") is { } lb && lb is not PyNone) st.LineBuffering = Ops.Truth(lb);
        if (Args.Kw(a, kw, "write_through") is { } wt && wt is not PyNone) st.WriteThrough = Ops.Truth(wt);
        if (st.Name == "<stdin>" && Host.Current.Stdin is ConsoleInput ci) ci.SetDecoding(encoding, errors);
        return PyNone.Instance;
    }

    private static IEnumerator<PyObject> Lines(PyTextStream s)
    {
        while (s.ReadLine() is { } l) yield return PyStr.From(l);
    }
}

public static class FileIO
{
    public static PyException Errno(PyType type, int errno, string msg, string file)
    {
        var e = Errors.NewException(type, [PyInt.From(errno), PyStr.From(msg)]);
        e.Dict!["filename"] = PyStr.From(file);
        return new PyException(e);
    }
}

/// <summary>The `sys` module.</summary>
public static partial class SysModule
{
    public static PyTextStream Stdout => (PyTextStream)(Host.Current.SysDict.Get("stdout") as PyTextStream ?? Host.Current.RealStdout);

    public static PyModule Create(Host host, string[] argv)
    {
        var m = new PyModule("sys");
        var d = m.ModuleDict;
        d["argv"] = new PyList(argv.Select(x => (PyObject)PyStr.From(x)).ToList());
        d["path"] = new PyList();
        d["modules"] = host.Modules;
        // A standard descriptor closed when the process started gives None, as CPython's create_stdio.
        PyObject Std(PyTextStream s, int fd) => Host.IsCommandLine && (Host.ClosedStandardFds & 1 << fd) != 0 ? PyNone.Instance : s;
        d["stdout"] = d["__stdout__"] = Std(host.RealStdout, 1);
        d["stderr"] = d["__stderr__"] = Std(host.RealStderr, 2);
        d["stdin"] = d["__stdin__"] = Std(host.RealStdin, 0);
        // CPython's "X.Y.Z (buildno, builddate) [compiler]" shape, which platform._sys_version parses.
        d["version"] = PyStr.From("3.11.7 (Herthon " + Host.Version + ", main) [.NET " + Environment.Version + "]");
        d["platform"] = PyStr.From("linux");
        d["maxsize"] = PyInt.From(long.MaxValue);
        d["executable"] = PyStr.From(Environment.ProcessPath ?? "herthon");
        d["float_info"] = StructSeq.Make("sys.float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308), new PyFloat(2.2250738585072014e-308), PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53), new PyFloat(2.220446049250313e-16), PyInt.From(2), PyInt.From(1)]);
        d["int_info"] = StructSeq.Make("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)]);
        d["version_info"] = StructSeq.Make("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"],
            [PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)]);
        m.AddFunction("exit", static (a, kw) =>
        {
            Args.Count("exit", a, kw, 0, 1);
            throw Builtins.SystemExit(a.Length > 0 ? a[0] : PyNone.Instance);
        });
        m.AddFunction("getrecursionlimit", static (a, kw) => { Args.Count("sys.getrecursionlimit", a, kw, 0, 0); return PyInt.From(ThreadState.Current.RecursionLimit); });
        m.AddFunction("setrecursionlimit", static (a, kw) =>
        {
            Args.NoKw("setrecursionlimit", kw);
            if (a.Length != 1) throw Errors.TypeError($"sys.setrecursionlimit() takes exactly one argument ({a.Length} given)");
            long n = Ops.IndexValue(a[0]);
            if (n < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
            ThreadState.Current.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        });
        m.AddFunction("exc_info", static (a, kw) => ExcInfo(ThreadState.Current.CurrentHandled));
        m.AddFunction("exception", static (a, kw) => { Args.Count("sys.exception", a, kw, 0, 0); return (PyObject?)ThreadState.Current.CurrentHandled ?? PyNone.Instance; });
        m.AddFunction("getdefaultencoding", static (a, kw) => { Args.Count("sys.getdefaultencoding", a, kw, 0, 0); return PyStr.From("utf-8"); });
        m.AddFunction("audit", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("audit() takes no keyword arguments");
            if (a.Length == 0) throw Errors.TypeError("audit() missing 1 required positional argument: 'event'");
            if (a[0] is not PyStr ev) throw Errors.TypeError($"expected str for argument 'event', not {a[0].Type.Name}");
            Audit(ev.V, a[1..].ToArray());
            return PyNone.Instance;
        });
        m.AddFunction("addaudithook", static (a, kw) =>
        {
            if (kw is { Length: > 0 } || a.Length != 1) throw Errors.TypeError("addaudithook() takes exactly one argument (hook)");
            var hook = a[0];
            // Existing hooks may veto: a RuntimeError (or subclass) silently refuses the new hook,
            // any other exception propagates — CPython's rule.
            try { Audit("sys.addaudithook"); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.RuntimeError)) { return PyNone.Instance; }
            Host.Current.AuditHooks.Add(hook);
            return PyNone.Instance;
        });
        AsyncBuiltins.InstallSys(m);
        AddFrameFunctions(m);
        AddInterpreterInfo(m, argv);
        m.AddFunction("unraisablehook", Finalization.UnraisableHook);
        d["__unraisablehook__"] = d.Get("unraisablehook")!;
        return m;
    }
}

public static partial class SysModule
{
    /// <summary>
    /// Raises the audit event <paramref name="eventName"/> with <paramref name="args"/> (CPython's
    /// PySys_Audit): first the audit marker (when a tracer watches it), then every hook added with
    /// sys.addaudithook, in order, as hook(event, args). An exception from a hook propagates and so
    /// aborts the audited operation. With no hook and no tracer it returns at once.
    /// </summary>
    public static void Audit(string eventName, params PyObject[] args)
    {
        var hooks = Host.Current.AuditHooks;
        bool traced = false;
        Probes.Probes.AuditEnabled(ref traced);
        if (hooks.Count == 0 && !traced)
            return;
        var tuple = PyTuple.From(args);
        Probes.Probes.Audit(eventName, tuple);
        if (hooks.Count == 0)
            return;
        var name = PyStr.From(eventName);
        foreach (var hook in hooks.ToArray())
            Ops.Call(hook, name, tuple);
    }
}

/// <summary>CPython's structseq for sys.float_info, sys.version_info, sys.flags and the like: a
/// <see cref="StructSeqType"/> tuple subclass per type name, made on first use, whose items are the
/// values (so it compares, hashes, slices and unpacks as a tuple, as CPython's).</summary>
public static class StructSeq
{
    private static readonly Dictionary<string, PyType> Types = [];

    /// <summary>Types of which CPython makes no new instance (sys.flags, sys.version_info).</summary>
    private static readonly HashSet<string> NotInstantiable = ["sys.flags", "sys.version_info"];

    public static PyTuple Make(string name, string[] fields, PyObject[] values)
    {
        if (!Types.TryGetValue(name, out var t))
        {
            int dot = name.LastIndexOf('.');
            t = StructSeqType.Define(dot >= 0 ? name[..dot] : "builtins", name[(dot + 1)..], fields, fields.Length,
                typeName: name, instantiable: !NotInstantiable.Contains(name));
            Types[name] = t;
        }
        return StructSeqType.Make(t, values);
    }
}
