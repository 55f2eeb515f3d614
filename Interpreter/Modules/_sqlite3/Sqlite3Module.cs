using System.Text;
using Herthon.Evaluation;
using static Herthon.Runtime.SqliteNative;

namespace Herthon.Runtime;

/// <summary>
/// `_sqlite3`, under CPython's sqlite3 package (CPython's Modules/_sqlite/): connections, cursors,
/// rows and blobs over Debian's libsqlite3.so.0, with CPython 3.11's implicit transactions, its
/// adapter and converter registries, its exception hierarchy (sqlite_errorcode/sqlite_errorname)
/// and its error messages. The GIL stays held during sqlite calls, so callbacks into Python
/// (functions, aggregates, collations, authorizer, progress, trace) run on the calling thread.
/// </summary>
public static partial class Sqlite3Module
{
    public const int ParseDecltypes = 1, ParseColnames = 2;

    internal static PyType Warning = null!, Error = null!, InterfaceError = null!, DatabaseError = null!, InternalError = null!,
        OperationalError = null!, ProgrammingError = null!, IntegrityError = null!, DataError = null!, NotSupportedError = null!;
    internal static readonly PyDict Adapters = new(), Converters = new();
    /// <summary>Set once an adapter is registered for int, float, str or bytearray (CPython's BaseTypeAdapted):
    /// from then on every parameter goes through adapt().</summary>
    internal static bool BaseTypeAdapted;
    internal static bool CallbackTracebacks;
    internal static readonly PyType PrepareProtocolType = MakePrepareProtocolType();

    public static PyModule Create()
    {
        var m = new PyModule("_sqlite3");
        if (Error is null) MakeExceptions();
        foreach (var (name, t) in ExceptionTypes()) m.Add(name, t);
        m.Add("Connection", SqliteConnection.ConnectionType);
        m.Add("Cursor", SqliteCursor.CursorType);
        m.Add("Row", SqliteRow.RowType);
        m.Add("Blob", SqliteBlob.BlobType);
        m.Add("PrepareProtocol", PrepareProtocolType);
        m.Add("adapters", Adapters);
        m.Add("converters", Converters);
        m.Add("PARSE_DECLTYPES", PyInt.From(ParseDecltypes));
        m.Add("PARSE_COLNAMES", PyInt.From(ParseColnames));
        m.Add("version", PyStr.From("2.6.0"));
        unsafe { m.Add("sqlite_version", PyStr.From(Str(sqlite3_libversion())!)); }
        // DB-API threadsafety from sqlite's threading mode: single-thread 0, multi-thread 1, serialized 3.
        m.Add("threadsafety", PyInt.From(sqlite3_threadsafe() switch { 0 => 0, 2 => 1, _ => 3 }));
        foreach (var (name, value) in Constants) m.Add(name, PyInt.From(value));
        m.AddFunction("connect", Connect);
        m.AddFunction("complete_statement", CompleteStatement);
        m.AddFunction("register_adapter", static (a, kw) =>
        {
            Args.Count("register_adapter", a, kw, 2, 2);
            if (a[0] is PyType t && (ReferenceEquals(t, TypeObjects.Int) || ReferenceEquals(t, TypeObjects.Float)
                || ReferenceEquals(t, TypeObjects.Str) || ReferenceEquals(t, TypeObjects.ByteArray)))
                BaseTypeAdapted = true;
            Adapters.SetItem(PyTuple.Of(a[0], PrepareProtocolType), a[1]);
            return PyNone.Instance;
        });
        m.AddFunction("register_converter", static (a, kw) =>
        {
            Args.Count("register_converter", a, kw, 2, 2);
            if (a[0] is not PyStr name) throw Errors.TypeError($"register_converter() argument 1 must be str, not {a[0].Type.Name}");
            Converters.SetItem(Ops.Call(Ops.GetAttr(name, "upper")), a[1]);
            return PyNone.Instance;
        });
        m.AddFunction("adapt", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_sqlite3.adapt() takes no keyword arguments");
            var v = Bind("adapt", a, kw, 3, 1, "obj", "proto", "alt");
            return Adapt(v[0]!, v[1] ?? PrepareProtocolType, v[2]);
        });
        m.AddFunction("enable_callback_tracebacks", static (a, kw) =>
        {
            Args.Count("enable_callback_tracebacks", a, kw, 1, 1);
            CallbackTracebacks = Ops.IndexValue(a[0]) != 0;
            return PyNone.Instance;
        });
        m.AddFunction("enable_shared_cache", static (a, kw) =>
        {
            var v = Bind("enable_shared_cache", a, kw, 1, 1, "do_enable");
            if (sqlite3_enable_shared_cache(Ops.IndexValue(v[0]!) != 0 ? 1 : 0) != OK)
                throw Errors.Make(OperationalError, "Changing the shared_cache flag failed");
            return PyNone.Instance;
        });
        return m;
    }

    private static readonly string[] ConnectParameters =
        ["database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri"];

    /// <summary>connect(database, ..., factory=Connection, ...): factory(*args, **kwargs), factory included, as CPython passes it on.</summary>
    private static PyObject Connect(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind("connect", a, kw, ConnectParameters.Length, 1, ConnectParameters);
        SysModule.Audit("sqlite3.connect", v[0]!);
        var factory = v[5] ?? SqliteConnection.ConnectionType;
        return Ops.Call(factory, a, kw);
    }

    private static unsafe PyObject CompleteStatement(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind("complete_statement", a, kw, 1, 1, "statement");
        if (v[0] is not PyStr s) throw Errors.TypeError($"complete_statement() argument 'statement' must be str, not {v[0]!.Type.Name}");
        fixed (byte* p = Utf8Z(s)) return PyBool.From(sqlite3_complete(p) != 0);
    }

    /// <summary>CPython's microprotocols_adapt: a registered adapter for (type(obj), proto), then
    /// proto.__adapt__(obj), then obj.__conform__(proto), then alt; "can't adapt" without alt.</summary>
    internal static PyObject Adapt(PyObject obj, PyObject proto, PyObject? alt)
    {
        if (Adapters.Get(PyTuple.Of(obj.Type, proto)) is { } adapter) return Ops.Call(adapter, obj);
        // A TypeError from __adapt__ or __conform__ means "cannot adapt", as in CPython.
        if (Ops.GetAttrOrNull(proto, PyStr.From("__adapt__")) is { } adaptMethod)
        {
            try
            {
                var r = Ops.Call(adaptMethod, obj);
                if (r is not PyNone) return r;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.TypeError)) { }
        }
        if (Ops.GetAttrOrNull(obj, PyStr.From("__conform__")) is { } conform)
        {
            try
            {
                var r = Ops.Call(conform, proto);
                if (r is not PyNone) return r;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.TypeError)) { }
        }
        return alt ?? throw Errors.Make(ProgrammingError, "can't adapt");
    }

    private static void MakeExceptions()
    {
        Warning = Errors.ModuleException("Warning", "sqlite3", TypeObjects.Exception);
        Error = Errors.ModuleException("Error", "sqlite3", TypeObjects.Exception);
        InterfaceError = Errors.ModuleException("InterfaceError", "sqlite3", Error);
        DatabaseError = Errors.ModuleException("DatabaseError", "sqlite3", Error);
        InternalError = Errors.ModuleException("InternalError", "sqlite3", DatabaseError);
        OperationalError = Errors.ModuleException("OperationalError", "sqlite3", DatabaseError);
        ProgrammingError = Errors.ModuleException("ProgrammingError", "sqlite3", DatabaseError);
        IntegrityError = Errors.ModuleException("IntegrityError", "sqlite3", DatabaseError);
        DataError = Errors.ModuleException("DataError", "sqlite3", DatabaseError);
        NotSupportedError = Errors.ModuleException("NotSupportedError", "sqlite3", DatabaseError);
    }

    internal static (string, PyType)[] ExceptionTypes() =>
    [
        ("Warning", Warning), ("Error", Error), ("InterfaceError", InterfaceError), ("DatabaseError", DatabaseError),
        ("InternalError", InternalError), ("OperationalError", OperationalError), ("ProgrammingError", ProgrammingError),
        ("IntegrityError", IntegrityError), ("DataError", DataError), ("NotSupportedError", NotSupportedError),
    ];

    /// <summary>CPython's _pysqlite_seterror: the exception class for the connection's last (extended)
    /// error code, its message from sqlite3_errmsg, and sqlite_errorcode/sqlite_errorname on it.</summary>
    internal static unsafe PyException ErrorFromDb(nint db)
    {
        int code = sqlite3_extended_errcode(db);
        var type = (code & 0xff) switch
        {
            INTERNAL or NOTFOUND => InternalError,
            NOMEM => null,
            ERROR or PERM or ABORT or BUSY or LOCKED or READONLY or INTERRUPT or IOERR or FULL or CANTOPEN or PROTOCOL or EMPTY or SCHEMA => OperationalError,
            CORRUPT => DatabaseError,
            TOOBIG => DataError,
            CONSTRAINT or MISMATCH => IntegrityError,
            MISUSE or RANGE => InterfaceError,
            _ => DatabaseError,
        };
        if (type is null) return Errors.MemoryError("");
        return WithCode(type, Str(sqlite3_errmsg(db)) ?? "", code);
    }

    internal static PyException WithCode(PyType type, string message, int code)
    {
        var e = Errors.Make(type, message);
        e.Value.Dict!.SetItem(PyStr.From("sqlite_errorcode"), PyInt.From(code));
        e.Value.Dict!.SetItem(PyStr.From("sqlite_errorname"), PyStr.From(ErrorNames.TryGetValue(code, out var n) ? n : "unknown"));
        return e;
    }

    /// <summary>Strict UTF-8 of a str going to sqlite, NUL-terminated; lone surrogates raise UnicodeEncodeError.</summary>
    internal static byte[] Utf8Z(PyStr s)
    {
        if (!HasSurrogate(s.V)) return Z(s.V);
        var b = Codecs.Encode(s, "utf-8", "strict");
        Array.Resize(ref b, b.Length + 1);
        return b;
    }

    internal static byte[] Utf8(PyStr s) => HasSurrogate(s.V) ? Codecs.Encode(s, "utf-8", "strict") : Encoding.UTF8.GetBytes(s.V);

    private static readonly byte[] s_oneByte = new byte[1];

    /// <summary>An empty array pins to a null pointer, which sqlite would bind as NULL: an empty value
    /// points at a real byte instead (its length stays 0).</summary>
    internal static byte[] NonEmpty(byte[] b) => b.Length == 0 ? s_oneByte : b;

    private static bool HasSurrogate(string s)
    {
        foreach (char c in s) if (char.IsSurrogate(c)) return true;
        return false;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>UTF-8 from sqlite as str; null when the bytes are not valid UTF-8.</summary>
    internal static unsafe string? DecodeUtf8(byte* p, int n)
    {
        try { return StrictUtf8.GetString(p, n); }
        catch (DecoderFallbackException) { return null; }
    }

    internal static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> a, string[]? kw, int npos, int required, params string[] names) =>
        Args.Bind(fn, a, kw, npos, required, names);

    internal static int IntArg(PyObject o)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        long v = Ops.IndexValue(o);
        if (v is > int.MaxValue or < int.MinValue) throw Errors.OverflowError($"Python int too large to convert to C int");
        return (int)v;
    }

    internal static string StrArg(string fn, string what, PyObject o) =>
        o is PyStr s ? s.V : throw Errors.TypeError($"{fn}() {what} must be str, not {o.Type.Name}");

    private static void NoArgs(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.NoKw("PrepareProtocol", kw);
        if (a.Length > 0) throw Errors.TypeError($"PrepareProtocol() takes no arguments ({a.Length} given)");
    }

    private static PyType MakePrepareProtocolType()
    {
        var t = new PyType("PrepareProtocol", [TypeObjects.Object], true) { Module = "sqlite3", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            if (ReferenceEquals(cls, PrepareProtocolType)) NoArgs(a, kw);
            return new PyDictInstance(cls);
        };
        t.SetMethod("__init__", static (a, kw) => { NoArgs(a[1..], kw); return PyNone.Instance; });
        return t;
    }
}
