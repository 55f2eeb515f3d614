using static Herthon.Runtime.SqliteNative;

namespace Herthon.Runtime;

/// <summary>A prepared statement (CPython's pysqlite_Statement). InUse while a cursor steps it, so a
/// cached statement is never shared by two live cursors. Finalised on close or by the finaliser.</summary>
internal sealed unsafe class SqliteStatement
{
    public nint St;
    public readonly bool IsDml;
    public bool InUse;

    private SqliteStatement(nint st, bool isDml) { St = st; IsDml = isDml; }

    ~SqliteStatement() => Finalize_();

    public void Finalize_()
    {
        var st = Interlocked.Exchange(ref St, 0);
        if (st != 0) sqlite3_finalize(st);
    }

    /// <summary>Reset when a cursor stops stepping it (CPython's stmt_reset).</summary>
    public void Reset()
    {
        if (InUse && St != 0) sqlite3_reset(St);
        InUse = false;
    }

    public static SqliteStatement Create(SqliteConnection con, PyStr sql)
    {
        var bytes = Sqlite3Module.Utf8Z(sql);
        int max = sqlite3_limit(con.Db, LIMIT_SQL_LENGTH, -1);
        if (bytes.Length - 1 > max) throw Errors.Make(Sqlite3Module.DataError, "query string is too large");
        if (Array.IndexOf(bytes, (byte)0) < bytes.Length - 1)
            throw Errors.Make(Sqlite3Module.ProgrammingError, "the query contains a null character");
        nint st;
        byte* tail;
        int rc;
        fixed (byte* p = bytes)
        {
            rc = sqlite3_prepare_v2(con.Db, p, bytes.Length, &st, &tail);
            if (rc != OK) { con.RaisePending(); throw Sqlite3Module.ErrorFromDb(con.Db); }
            if (HasMoreSql(tail))
            {
                sqlite3_finalize(st);
                throw Errors.Make(Sqlite3Module.ProgrammingError, "You can only execute one statement at a time.");
            }
        }
        var s = new SqliteStatement(st, IsDmlSql(bytes));
        con.Track(s);
        return s;
    }

    /// <summary>Skips whitespace and SQL comments; null at the end of the text (an unterminated /* counts as the end).</summary>
    private static byte* SkipSpace(byte* p)
    {
        while (true)
        {
            switch (*p)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'\n' or (byte)'\r': p++; continue;
                case (byte)'-' when p[1] == '-':
                    while (*p != 0 && *p != '\n') p++;
                    continue;
                case (byte)'/' when p[1] == '*':
                    p += 2;
                    while (*p != 0 && !(*p == '*' && p[1] == '/')) p++;
                    if (*p == 0) return null;
                    p += 2;
                    continue;
                case 0: return null;
                default: return p;
            }
        }
    }

    private static bool HasMoreSql(byte* tail) => tail is not null && SkipSpace(tail) is not null;

    /// <summary>INSERT, UPDATE, DELETE and REPLACE open an implicit transaction (CPython 3.11's is_dml).</summary>
    private static bool IsDmlSql(byte[] sql)
    {
        fixed (byte* s = sql)
        {
            byte* p = SkipSpace(s);
            if (p is null) return false;
            return StartsWith(p, "insert") || StartsWith(p, "update") || StartsWith(p, "delete") || StartsWith(p, "replace");
        }
    }

    private static bool StartsWith(byte* p, string word)
    {
        for (int i = 0; i < word.Length; i++)
            if (p[i] == 0 || (p[i] | 0x20) != word[i]) return false;
        return true;
    }
}

/// <summary>sqlite3.Statement: what calling a connection with SQL returns (a prepared statement, opaque to Python).</summary>
internal sealed class SqliteStatementObject(SqliteStatement statement) : PyObject
{
    public static readonly PyType StatementType = MakeType();
    public readonly SqliteStatement Statement = statement;
    public override PyType Type => StatementType;

    private static PyType MakeType()
    {
        var t = new PyType("Statement", [TypeObjects.Object], true) { Module = "sqlite3", IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'sqlite3.Statement' instances");
        return t;
    }
}
