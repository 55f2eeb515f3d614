using Herthon.Evaluation;
using static Herthon.Runtime.SqliteNative;
using static Herthon.Runtime.Sqlite3Module;

namespace Herthon.Runtime;

/// <summary>sqlite3.Connection (CPython's Modules/_sqlite/connection.c): a database handle, its
/// statement cache, the isolation level that decides implicit BEGINs, and the registered callbacks.</summary>
public sealed unsafe partial class SqliteConnection(PyType type) : PyDictInstance(type)
{
    public static readonly PyType ConnectionType = MakeType();

    internal nint Db;
    internal bool Initialized;
    /// <summary>"BEGIN " + isolation_level; null in autocommit mode (isolation_level None).</summary>
    internal string? BeginStatement;
    private PyObject _isolationLevel = PyNone.Instance;
    private long _threadIdent;
    private bool _checkSameThread = true;
    internal int DetectTypes;
    internal PyObject RowFactory = PyNone.Instance, TextFactory = TypeObjects.Str;
    private int _cacheSize = 128;
    private readonly Dictionary<string, LinkedListNode<(string Sql, SqliteStatement St)>> _cache = [];
    private readonly LinkedList<(string Sql, SqliteStatement St)> _lru = new();
    private readonly List<WeakReference<SqliteStatement>> _statements = [];
    private readonly List<WeakReference<SqliteBlob>> _blobs = [];
    /// <summary>A Python exception raised in a callback sqlite cannot report (a collation), re-raised after the call.</summary>
    internal PyException? Pending;

    ~SqliteConnection()
    {
        // Statements and blobs may still be alive; close_v2 defers the close until they are finalised.
        var db = Interlocked.Exchange(ref Db, 0);
        if (db != 0) sqlite3_close_v2(db);
    }

    internal void Track(SqliteStatement s)
    {
        if (_statements.Count > 64) _statements.RemoveAll(w => !w.TryGetTarget(out _));
        _statements.Add(new WeakReference<SqliteStatement>(s));
    }

    internal void Track(SqliteBlob b)
    {
        if (_blobs.Count > 64) _blobs.RemoveAll(w => !w.TryGetTarget(out _));
        _blobs.Add(new WeakReference<SqliteBlob>(b));
    }

    internal void RaisePending()
    {
        if (Pending is { } e) { Pending = null; throw e; }
    }

    private static readonly string[] InitParameters =
        ["database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri"];

    private void Init(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind("Connection", a, kw, InitParameters.Length, 1, InitParameters);
        var database = v[0]!;
        byte[] path = database switch
        {
            PyStr s => Utf8Z(s),
            PyBytes b => [.. b.V, 0],
            _ => Ops.GetAttrOrNull(database.Type, PyStr.From("__fspath__")) is not null
                ? PosixModule.FsPath(database) is var p && p is PyStr ps ? Utf8Z(ps) : [.. ((PyBytes)p).V, 0]
                : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {database.Type.Name}"),
        };
        if (Array.IndexOf(path, (byte)0) < path.Length - 1) throw Errors.ValueError("embedded null byte");
        double timeout = v[1] is { } t ? Ops.ToDouble(t) : 5.0;
        int detectTypes = v[2] is { } dt ? IntArg(dt) : 0;
        var isolation = v[3] ?? PyStr.Empty;
        bool checkSameThread = v[4] is not { } cst || Ops.Truth(cst);
        int cacheSize = v[6] is { } cs ? IntArg(cs) : 128;
        bool uri = v[7] is { } u && Ops.Truth(u);
        var begin = BeginFor(isolation);

        SysModule.Audit("sqlite3.connect", database);
        if (Db != 0) { CloseDb(finalizeStatements: false); Initialized = false; }
        nint db;
        int rc;
        fixed (byte* p = path) rc = sqlite3_open_v2(p, &db, OPEN_READWRITE | OPEN_CREATE | (uri ? OPEN_URI : 0), null);
        if (db == 0) throw Errors.MemoryError("");
        if (rc != OK)
        {
            var e = ErrorFromDb(db);
            sqlite3_close_v2(db);
            throw e;
        }
        Db = db;
        sqlite3_busy_timeout(db, (int)(timeout * 1000));
        _isolationLevel = isolation;
        BeginStatement = begin;
        DetectTypes = detectTypes;
        _checkSameThread = checkSameThread;
        _threadIdent = ThreadState.Current.Ident;
        _cacheSize = cacheSize;
        RowFactory = PyNone.Instance;
        TextFactory = TypeObjects.Str;
        Initialized = true;
        SysModule.Audit("sqlite3.connect/handle", this);
    }

    private static string? BeginFor(PyObject level)
    {
        if (level is PyNone) return null;
        if (level is not PyStr s) throw Errors.TypeError("isolation_level must be str or None");
        if (s.V.Contains('\0')) throw Errors.ValueError("embedded null character");
        foreach (var ok in (string[])["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"])
            if (string.Equals(s.V, ok, StringComparison.OrdinalIgnoreCase)) return "BEGIN " + ok;
        throw Errors.ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
    }

    /// <summary>CPython's pysqlite_check_thread.</summary>
    internal void CheckThread()
    {
        if (!_checkSameThread || !Initialized) return;
        long now = ThreadState.Current.Ident;
        if (now != _threadIdent)
            throw Errors.Make(ProgrammingError, "SQLite objects created in a thread can only be used in that same thread. " +
                $"The object was created in thread id {_threadIdent} and this is thread id {now}.");
    }

    /// <summary>CPython's pysqlite_check_connection.</summary>
    internal void CheckConnection()
    {
        if (!Initialized) throw Errors.Make(ProgrammingError, "Base Connection.__init__ not called.");
        if (Db == 0) throw Errors.Make(ProgrammingError, "Cannot operate on a closed database.");
    }

    internal void Check() { CheckThread(); CheckConnection(); }

    internal bool InTransaction => sqlite3_get_autocommit(Db) == 0;

    /// <summary>A prepared statement for `sql`: from the cache when one is free, else a new one (cached).</summary>
    internal SqliteStatement GetStatement(PyStr sql)
    {
        if (_cacheSize > 0 && _cache.TryGetValue(sql.V, out var node))
        {
            _lru.Remove(node);
            _lru.AddFirst(node);
            if (!node.Value.St.InUse && node.Value.St.St != 0) return node.Value.St;
            return SqliteStatement.Create(this, sql);
        }
        var st = SqliteStatement.Create(this, sql);
        if (_cacheSize > 0)
        {
            if (_cache.Count >= _cacheSize)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _cache.Remove(last.Value.Sql);
            }
            _cache[sql.V] = _lru.AddFirst((sql.V, st));
        }
        return st;
    }

    /// <summary>Runs one statement to completion outside any cursor (BEGIN, COMMIT, ROLLBACK).</summary>
    internal void Exec(string sql)
    {
        var bytes = Z(sql);
        nint st;
        int rc;
        fixed (byte* p = bytes) rc = sqlite3_prepare_v2(Db, p, bytes.Length, &st, null);
        if (rc == OK)
        {
            rc = SqliteGil.Step(st);
            sqlite3_finalize(st);
            if (rc == DONE) return;
        }
        RaisePending();
        throw ErrorFromDb(Db);
    }

    internal void Commit()
    {
        Check();
        if (InTransaction) Exec("COMMIT");
    }

    internal void Rollback()
    {
        Check();
        if (InTransaction) Exec("ROLLBACK");
    }

    private void CloseDb(bool finalizeStatements = true)
    {
        // Re-initialising keeps the statements open cursors step (CPython's do too): close_v2 keeps the
        // old handle as a zombie until they are finalised.
        if (finalizeStatements)
            foreach (var w in _statements) if (w.TryGetTarget(out var s)) s.Finalize_();
        foreach (var w in _blobs) if (w.TryGetTarget(out var b)) b.CloseHandle();
        _statements.Clear();
        _blobs.Clear();
        _cache.Clear();
        _lru.Clear();
        var db = Interlocked.Exchange(ref Db, 0);
        if (db != 0)
        {
            int rc = sqlite3_close_v2(db);
            if (rc != OK) throw ErrorFromDb(db);
        }
        FreeCallbacks();
    }

    internal void Close()
    {
        CheckThread();
        if (!Initialized) throw Errors.Make(ProgrammingError, "Base Connection.__init__ not called.");
        CloseDb();
    }

    internal SqliteCursor NewCursor(PyObject? factory)
    {
        Check();
        var cur = factory is null ? new SqliteCursor(SqliteCursor.CursorType, this) : Ops.Call(factory, this);
        if (cur is not SqliteCursor c) throw Errors.TypeError($"factory must return a cursor, not {cur.Type.Name}");
        Check();
        if (RowFactory is not PyNone) c.RowFactory = RowFactory;
        return c;
    }

    private static SqliteConnection Self(ReadOnlySpan<PyObject> a, string name) =>
        a.Length > 0 && a[0] is SqliteConnection c ? c : throw Errors.TypeError($"descriptor '{name}' requires a 'sqlite3.Connection' object");

    private static SqliteConnection Checked(ReadOnlySpan<PyObject> a, string name)
    {
        var c = Self(a, name);
        c.Check();
        return c;
    }

    private static PyType MakeType()
    {
        var t = new PyType("Connection", [TypeObjects.Object], true) { Module = "sqlite3", AcceptsSubclasses = true };
        t.ComputeMro();
        // Calling the class itself initialises here (builtin types get no separate __init__ call);
        // subclasses get __init__ as usual, and Connection.__new__(Connection) stays uninitialised.
        t.New = static (cls, a, kw) =>
        {
            var c = new SqliteConnection(cls);
            if (ReferenceEquals(cls, ConnectionType) && (a.Length > 0 || kw is not null)) c.Init(a, kw);
            return c;
        };
        t.SetMethod("__init__", static (a, kw) => { Self(a, "__init__").Init(a[1..], kw); return PyNone.Instance; });
        t.SetMethod("cursor", static (a, kw) =>
        {
            var v = Bind("cursor", a[1..], kw, 1, 0, "factory");
            return Self(a, "cursor").NewCursor(v[0]);
        });
        t.SetMethod("close", static (a, kw) => { Args.Method("close", a, kw, 0, 0); Self(a, "close").Close(); return PyNone.Instance; });
        t.SetMethod("commit", static (a, kw) => { Args.Method("commit", a, kw, 0, 0); Self(a, "commit").Commit(); return PyNone.Instance; });
        t.SetMethod("rollback", static (a, kw) => { Args.Method("rollback", a, kw, 0, 0); Self(a, "rollback").Rollback(); return PyNone.Instance; });
        t.SetMethod("execute", static (a, kw) =>
        {
            var c = Self(a, "execute");
            var v = Bind("execute", a[1..], kw, 2, 1, "sql", "parameters");
            var cur = c.NewCursor(null);
            return cur.Execute("execute", v[0]!, v[1] ?? PyTuple.Empty, many: false);
        });
        t.SetMethod("executemany", static (a, kw) =>
        {
            var c = Self(a, "executemany");
            var v = Bind("executemany", a[1..], kw, 2, 2, "sql", "parameters");
            var cur = c.NewCursor(null);
            return cur.Execute("executemany", v[0]!, v[1]!, many: true);
        });
        t.SetMethod("executescript", static (a, kw) =>
        {
            var c = Self(a, "executescript");
            var v = Bind("executescript", a[1..], kw, 1, 1, "sql_script");
            var cur = c.NewCursor(null);
            return cur.ExecuteScript(v[0]!);
        });
        t.SetMethod("__enter__", static (a, kw) => { Checked(a, "__enter__"); return a[0]; });
        t.SetMethod("__exit__", static (a, kw) =>
        {
            Args.Method("__exit__", a, kw, 3, 3);
            var c = Checked(a, "__exit__");
            if (a[1] is PyNone && a[2] is PyNone && a[3] is PyNone)
            {
                try { c.Commit(); }
                catch (PyException)
                {
                    // A failed commit is rolled back, and its error reported.
                    try { c.Rollback(); } catch (PyException) { }
                    throw;
                }
            }
            else c.Rollback();
            return PyBool.False;
        });
        t.SetMethod("interrupt", static (a, kw) =>
        {
            Args.Method("interrupt", a, kw, 0, 0);
            var c = Self(a, "interrupt");
            c.CheckConnection();
            sqlite3_interrupt(c.Db);
            return PyNone.Instance;
        });
        t.SetMethod("iterdump", static (a, kw) =>
        {
            Args.Method("iterdump", a, kw, 0, 0);
            var c = Checked(a, "iterdump");
            var dump = Importer.ImportDotted("sqlite3.dump", Herthon.Hosting.Host.Current);
            var fn = Ops.GetAttrOrNull(dump, PyStr.From("_iterdump"))
                ?? throw Errors.Make(OperationalError, "Failed to obtain _iterdump() reference");
            return Ops.Call(fn, c);
        });
        t.SetMethod("getlimit", static (a, kw) =>
        {
            var v = Bind("getlimit", a[1..], kw, 1, 1, "category");
            var c = Checked(a, "getlimit");
            return PyInt.From(c.Limit(IntArg(v[0]!), -1));
        });
        t.SetMethod("setlimit", static (a, kw) =>
        {
            var v = Bind("setlimit", a[1..], kw, 2, 2, "category", "limit");
            var c = Checked(a, "setlimit");
            int category = IntArg(v[0]!), limit = IntArg(v[1]!);
            return PyInt.From(c.Limit(category, limit));
        });
        t.SetMethod("serialize", static (a, kw) =>
        {
            var v = Bind("serialize", a[1..], kw, 0, 0, "name");
            var c = Checked(a, "serialize");
            return c.Serialize(v[0] is { } n ? StrArg("serialize", "argument 'name'", n) : "main");
        });
        t.SetMethod("deserialize", static (a, kw) =>
        {
            var v = Bind("deserialize", a[1..], kw, 1, 1, "data", "name");
            var c = Checked(a, "deserialize");
            c.Deserialize(v[0]!, v[1] is { } n ? StrArg("deserialize", "argument 'name'", n) : "main");
            return PyNone.Instance;
        });
        t.SetMethod("backup", static (a, kw) => { Self(a, "backup").Backup(a[1..], kw); return PyNone.Instance; });
        t.SetMethod("blobopen", static (a, kw) => Self(a, "blobopen").BlobOpen(a[1..], kw));
        t.SetMethod("enable_load_extension", static (a, kw) =>
        {
            Args.Method("enable_load_extension", a, kw, 1, 1);
            var c = Checked(a, "enable_load_extension");
            if (sqlite3_enable_load_extension(c.Db, Ops.Truth(a[1]) ? 1 : 0) != OK)
                throw Errors.Make(OperationalError, "Error enabling load extension");
            return PyNone.Instance;
        });
        t.SetMethod("load_extension", static (a, kw) =>
        {
            Args.Method("load_extension", a, kw, 1, 1);
            var c = Checked(a, "load_extension");
            var name = StrArg("load_extension", "argument", a[1]);
            SysModule.Audit("sqlite3.load_extension", c, a[1]);
            byte* err = null;
            int rc;
            fixed (byte* p = Z(name)) rc = sqlite3_load_extension(c.Db, p, null, &err);
            if (rc != OK)
            {
                var msg = Str(err) ?? "";
                sqlite3_free(err);
                throw Errors.Make(OperationalError, msg);
            }
            return PyNone.Instance;
        });
        t.SetMethod("__call__", static (a, kw) =>
        {
            var c = Checked(a, "__call__");
            Args.NoKw("sqlite3.Connection", kw);
            if (a.Length != 2) throw Errors.TypeError($"function takes exactly 1 argument ({a.Length - 1} given)");
            if (a[1] is not PyStr sql) throw Errors.TypeError($"argument 1 must be str, not {a[1].Type.Name}");
            return new SqliteStatementObject(SqliteStatement.Create(c, sql));
        });
        AddCallbackMethods(t);

        t.TypeDict["isolation_level"] = new PyGetSetDescriptor("isolation_level",
            static o => { var c = (SqliteConnection)o; c.CheckConnection(); return c._isolationLevel; },
            static (o, v) => ((SqliteConnection)o).SetIsolationLevel(v));
        t.TypeDict["in_transaction"] = new PyGetSetDescriptor("in_transaction",
            static o => { var c = (SqliteConnection)o; c.CheckConnection(); return PyBool.From(c.InTransaction); });
        t.TypeDict["total_changes"] = new PyGetSetDescriptor("total_changes",
            static o => { var c = (SqliteConnection)o; c.CheckConnection(); return PyInt.From(sqlite3_total_changes(c.Db)); });
        t.TypeDict["row_factory"] = new PyGetSetDescriptor("row_factory",
            static o => ((SqliteConnection)o).RowFactory, static (o, v) => ((SqliteConnection)o).RowFactory = v);
        t.TypeDict["text_factory"] = new PyGetSetDescriptor("text_factory",
            static o => ((SqliteConnection)o).TextFactory, static (o, v) => ((SqliteConnection)o).TextFactory = v);
        foreach (var (name, exc) in ExceptionTypes())
        {
            var e = exc;
            t.TypeDict[name] = new PyGetSetDescriptor(name, o => e);
        }
        return t;
    }

    private void SetIsolationLevel(PyObject value)
    {
        CheckConnection();
        var begin = BeginFor(value);
        // Leaving transaction control to the user commits what the implicit BEGIN opened, as CPython 3.11 does.
        if (begin is null && InTransaction) Exec("COMMIT");
        BeginStatement = begin;
        _isolationLevel = value;
    }

    private int Limit(int category, int value)
    {
        int old = sqlite3_limit(Db, category, value);
        if (old < 0) throw Errors.Make(ProgrammingError, "'category' is out of bounds");
        return old;
    }

    private PyObject Serialize(string name)
    {
        long size;
        byte* data;
        fixed (byte* n = Z(name))
        {
            // NOCOPY answers without copying when the database is contiguous in memory; otherwise sqlite makes a copy we free.
            data = sqlite3_serialize(Db, n, &size, SERIALIZE_NOCOPY);
            if (data is not null) return new PyBytes(new ReadOnlySpan<byte>(data, (int)size).ToArray());
            data = sqlite3_serialize(Db, n, &size, 0);
        }
        if (data is null) throw Errors.Make(OperationalError, $"unable to serialize '{name}'");
        var bytes = new ReadOnlySpan<byte>(data, (int)size).ToArray();
        sqlite3_free(data);
        return new PyBytes(bytes);
    }

    private void Deserialize(PyObject data, string name)
    {
        byte[] bytes = data is PyStr s ? Utf8(s) : BytesMethods.AsBytes(data);
        var buf = (byte*)sqlite3_malloc64((ulong)Math.Max(bytes.Length, 1));
        if (buf is null) throw Errors.MemoryError("");
        bytes.CopyTo(new Span<byte>(buf, bytes.Length));
        int rc;
        fixed (byte* n = Z(name))
            rc = sqlite3_deserialize(Db, n, buf, bytes.Length, bytes.Length, DESERIALIZE_FREEONCLOSE | DESERIALIZE_RESIZEABLE);
        if (rc != OK) throw ErrorFromDb(Db);
    }

    private static readonly string[] BackupParameters = ["target", "pages", "progress", "name", "sleep"];

    private void Backup(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind("backup", a, kw, 1, 1, BackupParameters);
        Check();
        if (v[0] is not SqliteConnection target)
            throw Errors.TypeError($"backup() argument 'target' must be sqlite3.Connection, not {v[0]!.Type.Name}");
        target.CheckConnection();
        if (ReferenceEquals(target, this)) throw Errors.ValueError("target cannot be the same connection instance");
        int pages = v[1] is { } pg ? IntArg(pg) : -1;
        if (pages == 0) pages = -1;
        var progress = v[2] is PyNone ? null : v[2];
        if (progress is not null && !Builtins.IsCallable(progress)) throw Errors.TypeError("progress argument must be a callable");
        string name = v[3] is { } n ? StrArg("backup", "argument 'name'", n) : "main";
        double sleep = v[4] is { } sl ? Ops.ToDouble(sl) : 0.250;
        if (sleep < 0) throw Errors.ValueError("sleep must be greater-than-or-equal to zero");
        int sleepMs = (int)(sleep * 1000.0);

        nint bck;
        fixed (byte* dest = Z("main"))
        fixed (byte* src = Z(name))
            bck = sqlite3_backup_init(target.Db, dest, Db, src);
        if (bck == 0) throw ErrorFromDb(target.Db);
        int rc;
        try
        {
            do
            {
                rc = sqlite3_backup_step(bck, pages);
                if (progress is not null)
                    Ops.Call(progress, [PyInt.From(rc), PyInt.From(sqlite3_backup_remaining(bck)), PyInt.From(sqlite3_backup_pagecount(bck))]);
                if (rc is BUSY or LOCKED) sqlite3_sleep(sleepMs);
            } while (rc is OK or BUSY or LOCKED);
        }
        catch (PyException)
        {
            sqlite3_backup_finish(bck);
            throw;
        }
        rc = sqlite3_backup_finish(bck);
        if (rc != OK) throw ErrorFromDb(target.Db);
    }

    private PyObject BlobOpen(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var v = Bind("blobopen", a, kw, 3, 3, "table", "column", "row", "readonly", "name");
        Check();
        string table = StrArg("blobopen", "argument 1", v[0]!), column = StrArg("blobopen", "argument 2", v[1]!);
        long row = Ops.IndexValue(v[2]!);
        bool readOnly = v[3] is { } ro && Ops.Truth(ro);
        string name = v[4] is { } n ? StrArg("blobopen", "argument 'name'", n) : "main";
        nint blob;
        int rc;
        fixed (byte* pn = Z(name))
        fixed (byte* pt = Z(table))
        fixed (byte* pc = Z(column))
            rc = sqlite3_blob_open(Db, pn, pt, pc, row, readOnly ? 0 : 1, &blob);
        if (rc == MISUSE) throw Errors.Make(InterfaceError, Str(sqlite3_errstr(rc)) ?? "");
        if (rc != OK) throw ErrorFromDb(Db);
        var b = new SqliteBlob(this, blob);
        Track(b);
        return b;
    }
}
