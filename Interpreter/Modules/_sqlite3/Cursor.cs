using System.Text;
using static Herthon.Runtime.SqliteNative;
using static Herthon.Runtime.Sqlite3Module;

namespace Herthon.Runtime;

/// <summary>sqlite3.Cursor (CPython's Modules/_sqlite/cursor.c). execute() binds, starts the implicit
/// transaction before DML and steps once; each fetch converts the current row and steps to the next,
/// so rowcount and the end of the results are known as CPython knows them.</summary>
public sealed unsafe class SqliteCursor : PyDictInstance
{
    public static readonly PyType CursorType = MakeType();

    internal SqliteConnection? Connection;
    private SqliteStatement? _statement;
    private PyObject[]? _converters;
    private PyObject _description = PyNone.Instance, _lastRowId = PyNone.Instance;
    private long _rowCount = -1;
    internal long ArraySize = 1;
    internal PyObject RowFactory = PyNone.Instance;
    private bool _closed, _locked;

    public SqliteCursor(PyType type) : base(type) { }
    internal SqliteCursor(PyType type, SqliteConnection con) : base(type) => Init(con);

    private void Init(SqliteConnection con)
    {
        Connection = con;
        ArraySize = 1;
        _rowCount = -1;
        _lastRowId = PyNone.Instance;
        _description = PyNone.Instance;
        RowFactory = PyNone.Instance;
        _closed = false;
    }

    private void InitArgs(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (_locked) throw Errors.Make(ProgrammingError, "Recursive use of cursors not allowed.");
        var v = Bind("Cursor", a, kw, 1, 1, "connection");
        if (v[0] is not SqliteConnection con)
            throw Errors.TypeError($"Cursor() argument 1 must be sqlite3.Connection, not {v[0]!.Type.Name}");
        Init(con);
    }

    /// <summary>CPython resets a cursor's statement when the cursor is freed, which unlocks its tables at
    /// once; here a dropped cursor resets it from its finaliser, so a "table is locked" error first
    /// collects dropped cursors and tells the caller to retry.</summary>
    private static bool ReleaseDeadCursors()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return true;
    }

    ~SqliteCursor()
    {
        if (_statement is { } s && s.St != 0) { sqlite3_reset(s.St); s.InUse = false; }
    }

    /// <summary>CPython's check_cursor.</summary>
    private SqliteConnection Check()
    {
        if (Connection is null) throw Errors.Make(ProgrammingError, "Base Cursor.__init__ not called.");
        if (_closed) throw Errors.Make(ProgrammingError, "Cannot operate on a closed cursor.");
        if (_locked) throw Errors.Make(ProgrammingError, "Recursive use of cursors not allowed.");
        Connection.Check();
        return Connection;
    }

    private void ReleaseStatement()
    {
        _statement?.Reset();
        _statement = null;
    }

    internal PyObject Execute(string fn, PyObject sql, PyObject parameters, bool many)
    {
        var con = Check();
        if (sql is not PyStr sqlStr) throw Errors.TypeError($"{fn}() argument 1 must be str, not {sql.Type.Name}");
        _locked = true;
        try
        {
            PyIterator paramIter = many ? Ops.GetIter(parameters) : Ops.GetIter(PyTuple.Of(parameters));
            _statement?.Reset();
            _description = PyNone.Instance;
            _rowCount = 0;
            _statement = con.GetStatement(sqlStr);
            var st = _statement;
            st.Reset();
            _rowCount = st.IsDml ? 0 : -1;
            if (many && st.St != 0 && sqlite3_stmt_readonly(st.St) != 0)
                throw Errors.Make(ProgrammingError, "executemany() can only execute DML statements.");
            // The implicit transaction: DML outside a transaction opens one unless isolation_level is None.
            if (con.BeginStatement is { } begin && st.IsDml && !con.InTransaction) con.Exec(begin);

            int rc = DONE;
            while (paramIter.Next() is { } ps)
            {
                st.InUse = true;
                if (st.St == 0) continue;
                BindParameters(st.St, ps);
                rc = SqliteGil.Step(st.St);
                if ((rc & 0xff) == LOCKED && ReleaseDeadCursors())
                {
                    sqlite3_reset(st.St);
                    rc = SqliteGil.Step(st.St);
                }
                if (rc != DONE && rc != ROW)
                {
                    if (con.Pending is { } pending)
                    {
                        con.Pending = null;
                        if (CallbackTracebacks) Finalization.WriteUnraisable(pending.Value, null, null);
                    }
                    st.Reset();
                    throw ErrorFromDb(con.Db);
                }
                con.RaisePending();
                BuildConverters(st.St);
                int ncols = sqlite3_column_count(st.St);
                if (_description is PyNone && ncols > 0)
                {
                    var desc = new PyObject[ncols];
                    for (int i = 0; i < ncols; i++)
                    {
                        var none = PyNone.Instance;
                        desc[i] = PyTuple.Of(ColumnName(st.St, i), none, none, none, none, none, none);
                    }
                    _description = PyTuple.From(desc);
                }
                if (rc == DONE)
                {
                    if (st.IsDml) _rowCount += sqlite3_changes(con.Db);
                    st.Reset();
                }
            }
            if (!many) _lastRowId = PyInt.From(sqlite3_last_insert_rowid(con.Db));
            if (rc == DONE && !many) ReleaseStatement();
            if (_statement is { } s && (s.St == 0 || sqlite3_stmt_busy(s.St) == 0)) ReleaseStatement();
            return this;
        }
        catch (PyException)
        {
            ReleaseStatement();
            _rowCount = -1;
            throw;
        }
        finally { _locked = false; }
    }

    internal PyObject ExecuteScript(PyObject script)
    {
        var con = Check();
        if (script is not PyStr s) throw Errors.TypeError($"executescript() argument 1 must be str, not {script.Type.Name}");
        var bytes = Utf8Z(s);
        if (Array.IndexOf(bytes, (byte)0) < bytes.Length - 1) throw Errors.ValueError("embedded null character");
        if (bytes.Length - 1 > sqlite3_limit(con.Db, LIMIT_SQL_LENGTH, -1)) throw Errors.Make(DataError, "query string is too large");
        _locked = true;
        try
        {
            // A script runs outside the implicit transaction: whatever is pending is committed first.
            if (con.InTransaction) con.Exec("COMMIT");
            fixed (byte* start = bytes)
            {
                byte* sql = start;
                while (true)
                {
                    nint st;
                    byte* tail;
                    int len = (int)(bytes.Length - (sql - start));
                    int rc = sqlite3_prepare_v2(con.Db, sql, len, &st, &tail);
                    if (rc == OK)
                    {
                        do rc = SqliteGil.Step(st); while (rc == ROW);
                        rc = sqlite3_finalize(st);
                    }
                    if (rc != OK)
                    {
                        con.RaisePending();
                        throw ErrorFromDb(con.Db);
                    }
                    if (*tail == 0) break;
                    sql = tail;
                }
            }
            return this;
        }
        finally { _locked = false; }
    }

    private PyObject ColumnName(nint st, int i)
    {
        var name = Str(sqlite3_column_name(st, i));
        if (name is null) throw Errors.MemoryError("");
        if ((Connection!.DetectTypes & ParseColnames) != 0)
        {
            int bracket = name.IndexOf('[');
            if (bracket >= 0) name = name[..(bracket > 0 && name[bracket - 1] == ' ' ? bracket - 1 : bracket)];
        }
        return PyStr.From(name);
    }

    /// <summary>CPython's pysqlite_build_row_cast_map: a converter per column, from "name [type]"
    /// (PARSE_COLNAMES) first, then from the declared type's first word (PARSE_DECLTYPES).</summary>
    private void BuildConverters(nint st)
    {
        _converters = null;
        int detect = Connection!.DetectTypes;
        if (detect == 0) return;
        int n = sqlite3_column_count(st);
        var map = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            PyObject? converter = null;
            if ((detect & ParseColnames) != 0 && Str(sqlite3_column_name(st, i)) is { } colname)
            {
                int open = colname.IndexOf('[');
                if (open >= 0)
                {
                    int close = colname.IndexOf(']', open + 1);
                    if (close >= 0) converter = GetConverter(colname[(open + 1)..close]);
                }
            }
            if (converter is null && (detect & ParseDecltypes) != 0 && Str(sqlite3_column_decltype(st, i)) is { } decl)
            {
                int end = decl.IndexOfAny([' ', '(']);
                converter = GetConverter(end < 0 ? decl : decl[..end]);
            }
            map[i] = converter ?? PyNone.Instance;
        }
        _converters = map;
    }

    private static PyObject? GetConverter(string name)
    {
        var key = PyStr.From(name);
        return Converters.Get(Ops.Call(Ops.GetAttr(key, "upper")));
    }

    /// <summary>The current row as a tuple (CPython's _pysqlite_fetch_one_row).</summary>
    private PyObject FetchRow(nint st)
    {
        var con = Connection!;
        int n = sqlite3_column_count(st);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var converter = _converters is { } m && i < m.Length ? m[i] : PyNone.Instance;
            if (converter is not PyNone)
            {
                var blob = (byte*)sqlite3_column_blob(st, i);
                int nbytes = sqlite3_column_bytes(st, i);
                items[i] = blob is null ? PyNone.Instance : Ops.Call(converter, new PyBytes(new ReadOnlySpan<byte>(blob, nbytes).ToArray()));
                continue;
            }
            switch (sqlite3_column_type(st, i))
            {
                case NULL: items[i] = PyNone.Instance; break;
                case INTEGER: items[i] = PyInt.From(sqlite3_column_int64(st, i)); break;
                case FLOAT: items[i] = new PyFloat(sqlite3_column_double(st, i)); break;
                case TEXT:
                {
                    var text = sqlite3_column_text(st, i);
                    int nbytes = sqlite3_column_bytes(st, i);
                    var factory = con.TextFactory;
                    if (ReferenceEquals(factory, TypeObjects.Str))
                    {
                        var s = DecodeUtf8(text, nbytes);
                        if (s is null)
                        {
                            var shown = Encoding.UTF8.GetString(text, nbytes);
                            throw Errors.Make(OperationalError, $"Could not decode to UTF-8 column '{Str(sqlite3_column_name(st, i))}' with text '{shown}'");
                        }
                        items[i] = PyStr.From(s);
                    }
                    else
                    {
                        var bytes = new ReadOnlySpan<byte>(text, nbytes).ToArray();
                        items[i] = ReferenceEquals(factory, TypeObjects.Bytes) ? new PyBytes(bytes)
                            : ReferenceEquals(factory, TypeObjects.ByteArray) ? new PyByteArray(bytes)
                            : Ops.Call(factory, new PyBytes(bytes));
                    }
                    break;
                }
                default:
                {
                    var blob = (byte*)sqlite3_column_blob(st, i);
                    int nbytes = sqlite3_column_bytes(st, i);
                    items[i] = new PyBytes(blob is null ? [] : new ReadOnlySpan<byte>(blob, nbytes).ToArray());
                    break;
                }
            }
        }
        return PyTuple.From(items);
    }

    /// <summary>CPython's pysqlite_cursor_iternext: the current row, then a step to the next; null at the end.</summary>
    internal PyObject? Next()
    {
        var con = Check();
        if (_statement is not { } stmt || stmt.St == 0) return null;
        _locked = true;
        PyObject row;
        try { row = FetchRow(stmt.St); }
        finally { _locked = false; }
        int rc = SqliteGil.Step(stmt.St);
        if (rc == DONE)
        {
            if (stmt.IsDml) _rowCount = sqlite3_changes(con.Db);
            ReleaseStatement();
        }
        else if (rc != ROW)
        {
            ReleaseStatement();
            con.RaisePending();
            throw ErrorFromDb(con.Db);
        }
        else con.RaisePending();
        if (RowFactory is not PyNone) row = Ops.Call(RowFactory, this, row);
        return row;
    }

    private void BindParameters(nint st, PyObject ps)
    {
        int needed = sqlite3_bind_parameter_count(st);
        bool isDict = ps.Type.IsSubtypeOf(TypeObjects.Dict);
        if (ps is PyTuple or PyList || (!isDict && ps.Type.Lookup("__getitem__") is not null)) BindSequence(st, ps, needed);
        else if (isDict) BindNamed(st, ps, needed);
        else throw Errors.Make(ProgrammingError, "parameters are of unsupported type");
    }

    private void BindSequence(nint st, PyObject ps, int needed)
    {
        long supplied = ps switch { PyTuple t => t.Count, PyList l => l.Count, _ => Ops.Len(ps) };
        if (supplied != needed)
            throw Errors.Make(ProgrammingError, $"Incorrect number of bindings supplied. The current statement uses {needed}, and there are {supplied} supplied.");
        for (int i = 0; i < needed; i++)
        {
            var p = ps is PyTuple t ? t.Items[i] : Ops.GetItem(ps, PyInt.From(i));   // a list may shrink while adapting
            if (!BindOne(st, i + 1, p))
                throw Errors.Make(ProgrammingError, $"Error binding parameter {i + 1}: type '{p.Type.Name}' is not supported");
        }
    }

    private void BindNamed(nint st, PyObject ps, int needed)
    {
        for (int i = 1; i <= needed; i++)
        {
            var rawName = Str(sqlite3_bind_parameter_name(st, i));
            if (rawName is null)
                throw Errors.Make(ProgrammingError, $"Binding {i} has no name, but you supplied a dictionary (which has only names).");
            var name = rawName[1..];
            PyObject? p;
            if (ps is PyDict d && d.Type == TypeObjects.Dict) p = d.Get(PyStr.From(name));
            else
            {
                try { p = Ops.GetItem(ps, PyStr.From(name)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.LookupError)) { p = null; }
            }
            if (p is null) throw Errors.Make(ProgrammingError, $"You did not supply a value for binding parameter :{name}.");
            if (!BindOne(st, i, p))
                throw Errors.Make(ProgrammingError, $"Error binding parameter :{name}: type '{p.Type.Name}' is not supported");
        }
    }

    /// <summary>Adapts (when needed) and binds one parameter; false for a type sqlite cannot store.</summary>
    private static bool BindOne(nint st, int i, PyObject p)
    {
        bool plain = !BaseTypeAdapted && (p.Type == TypeObjects.Int || p.Type == TypeObjects.Float || p.Type == TypeObjects.Str
            || p.Type == TypeObjects.ByteArray || p is PyBool);
        if (p is PyBool && BaseTypeAdapted) plain = false;
        var v = plain ? p : Adapt(p, PrepareProtocolType, p);
        int rc;
        switch (v)
        {
            case PyNone: rc = sqlite3_bind_null(st, i); break;
            case PyInt n:
                if (n.Big is not null) throw Errors.OverflowError("Python int too large to convert to SQLite INTEGER");
                rc = sqlite3_bind_int64(st, i, n.V);
                break;
            case PyFloat f: rc = sqlite3_bind_double(st, i, f.V); break;
            case PyStr s:
            {
                var b = Utf8(s);
                fixed (byte* q = NonEmpty(b)) rc = sqlite3_bind_text(st, i, q, b.Length, Transient);
                break;
            }
            case PyBytes or PyByteArray or PyMemoryView or IBufferExporter:
            {
                var b = BytesMethods.AsBytes(v);
                fixed (byte* q = NonEmpty(b)) rc = sqlite3_bind_blob(st, i, q, b.Length, Transient);
                break;
            }
            default: return false;
        }
        return rc == OK;
    }

    private PyObject FetchMany(long size)
    {
        var list = new PyList();
        long count = 0;
        while (count < size || size < 0)
        {
            var row = Next();
            if (row is null) break;
            list.Append(row);
            count++;
        }
        return list;
    }

    private static SqliteCursor Self(ReadOnlySpan<PyObject> a, string name) =>
        a.Length > 0 && a[0] is SqliteCursor c ? c : throw Errors.TypeError($"descriptor '{name}' requires a 'sqlite3.Cursor' object");

    private static PyType MakeType()
    {
        var t = new PyType("Cursor", [TypeObjects.Object], true) { Module = "sqlite3", AcceptsSubclasses = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) =>
        {
            var c = new SqliteCursor(cls);
            if (ReferenceEquals(cls, CursorType) && (a.Length > 0 || kw is not null)) c.InitArgs(a, kw);
            return c;
        };
        t.SetMethod("__init__", static (a, kw) => { Self(a, "__init__").InitArgs(a[1..], kw); return PyNone.Instance; });
        t.SetMethod("execute", static (a, kw) =>
        {
            var v = Bind("execute", a[1..], kw, 2, 1, "sql", "parameters");
            return Self(a, "execute").Execute("execute", v[0]!, v[1] ?? PyTuple.Empty, many: false);
        });
        t.SetMethod("executemany", static (a, kw) =>
        {
            var v = Bind("executemany", a[1..], kw, 2, 2, "sql", "seq_of_parameters");
            return Self(a, "executemany").Execute("executemany", v[0]!, v[1]!, many: true);
        });
        t.SetMethod("executescript", static (a, kw) =>
        {
            var v = Bind("executescript", a[1..], kw, 1, 1, "sql_script");
            return Self(a, "executescript").ExecuteScript(v[0]!);
        });
        t.SetMethod("fetchone", static (a, kw) => { Args.Method("fetchone", a, kw, 0, 0); return Self(a, "fetchone").Next() ?? PyNone.Instance; });
        t.SetMethod("fetchmany", static (a, kw) =>
        {
            var c = Self(a, "fetchmany");
            var v = Bind("fetchmany", a[1..], kw, 1, 0, "size");
            long size = v[0] is { } s ? IntArg(s) : c.ArraySize;
            return c.FetchMany(size);
        });
        t.SetMethod("fetchall", static (a, kw) => { Args.Method("fetchall", a, kw, 0, 0); return Self(a, "fetchall").FetchMany(-1); });
        t.SetMethod("__iter__", static (a, kw) => a[0]);
        t.SetMethod("__next__", static (a, kw) => Self(a, "__next__").Next() ?? throw Errors.StopIteration());
        t.SetMethod("close", static (a, kw) =>
        {
            Args.Method("close", a, kw, 0, 0);
            var c = Self(a, "close");
            if (c.Connection is null) throw Errors.Make(ProgrammingError, "Base Cursor.__init__ not called.");
            c.Connection.Check();
            if (c._locked) throw Errors.Make(ProgrammingError, "Recursive use of cursors not allowed.");
            c.ReleaseStatement();
            c._closed = true;
            return PyNone.Instance;
        });
        t.SetMethod("setinputsizes", static (a, kw) => { Args.Method("setinputsizes", a, kw, 1, 1); return PyNone.Instance; });
        t.SetMethod("setoutputsize", static (a, kw) => { Bind("setoutputsize", a[1..], kw, 2, 1, "size", "column"); return PyNone.Instance; });
        t.TypeDict["description"] = new PyGetSetDescriptor("description", static o => ((SqliteCursor)o)._description);
        t.TypeDict["rowcount"] = new PyGetSetDescriptor("rowcount", static o => PyInt.From(((SqliteCursor)o)._rowCount));
        t.TypeDict["lastrowid"] = new PyGetSetDescriptor("lastrowid", static o => ((SqliteCursor)o)._lastRowId);
        t.TypeDict["connection"] = new PyGetSetDescriptor("connection", static o => (PyObject?)((SqliteCursor)o).Connection ?? PyNone.Instance);
        t.TypeDict["arraysize"] = new PyGetSetDescriptor("arraysize", static o => PyInt.From(((SqliteCursor)o).ArraySize),
            static (o, v) => ((SqliteCursor)o).ArraySize = IntArg(v));
        t.TypeDict["row_factory"] = new PyGetSetDescriptor("row_factory", static o => ((SqliteCursor)o).RowFactory,
            static (o, v) => ((SqliteCursor)o).RowFactory = v);
        return t;
    }
}
