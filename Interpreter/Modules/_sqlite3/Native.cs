using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>The libsqlite3 C API `_sqlite3` uses (Debian's libsqlite3.so.0, a dependency of
/// libpython3.11-stdlib). Strings cross as NUL-terminated UTF-8; handles are opaque pointers.</summary>
internal static unsafe partial class SqliteNative
{
    private const string Lib = "libsqlite3.so.0";

    public const int OK = 0, ERROR = 1, INTERNAL = 2, PERM = 3, ABORT = 4, BUSY = 5, LOCKED = 6, NOMEM = 7, READONLY = 8,
        INTERRUPT = 9, IOERR = 10, CORRUPT = 11, NOTFOUND = 12, FULL = 13, CANTOPEN = 14, PROTOCOL = 15, EMPTY = 16,
        SCHEMA = 17, TOOBIG = 18, CONSTRAINT = 19, MISMATCH = 20, MISUSE = 21, RANGE = 25, ROW = 100, DONE = 101;
    public const int INTEGER = 1, FLOAT = 2, TEXT = 3, BLOB = 4, NULL = 5;
    public const int OPEN_READWRITE = 0x2, OPEN_CREATE = 0x4, OPEN_URI = 0x40;
    public const int UTF8 = 1, DETERMINISTIC = 0x800;
    public const int TRACE_STMT = 1;
    public const int SERIALIZE_NOCOPY = 1, DESERIALIZE_FREEONCLOSE = 1, DESERIALIZE_RESIZEABLE = 2;
    public const int LIMIT_SQL_LENGTH = 1;
    /// <summary>SQLITE_TRANSIENT: sqlite copies bound text and blobs before the call returns.</summary>
    public static readonly nint Transient = -1;

    [LibraryImport(Lib)] public static partial int sqlite3_open_v2(byte* filename, nint* db, int flags, byte* vfs);
    [LibraryImport(Lib)] public static partial int sqlite3_close_v2(nint db);
    [LibraryImport(Lib)] public static partial byte* sqlite3_errmsg(nint db);
    [LibraryImport(Lib)] public static partial byte* sqlite3_errstr(int rc);
    [LibraryImport(Lib)] public static partial int sqlite3_errcode(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_extended_errcode(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_busy_timeout(nint db, int ms);
    [LibraryImport(Lib)] public static partial int sqlite3_get_autocommit(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_changes(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_total_changes(nint db);
    [LibraryImport(Lib)] public static partial long sqlite3_last_insert_rowid(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_limit(nint db, int id, int value);
    [LibraryImport(Lib)] public static partial void sqlite3_interrupt(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_complete(byte* sql);
    [LibraryImport(Lib)] public static partial byte* sqlite3_libversion();
    [LibraryImport(Lib)] public static partial int sqlite3_threadsafe();
    [LibraryImport(Lib)] public static partial int sqlite3_enable_shared_cache(int enable);
    [LibraryImport(Lib)] public static partial int sqlite3_enable_load_extension(nint db, int onoff);
    [LibraryImport(Lib)] public static partial int sqlite3_load_extension(nint db, byte* file, byte* proc, byte** errmsg);
    [LibraryImport(Lib)] public static partial void sqlite3_free(void* p);
    [LibraryImport(Lib)] public static partial void* sqlite3_malloc64(ulong n);
    [LibraryImport(Lib)] public static partial int sqlite3_sleep(int ms);

    [LibraryImport(Lib)] public static partial int sqlite3_prepare_v2(nint db, byte* sql, int nbytes, nint* stmt, byte** tail);
    [LibraryImport(Lib)] public static partial int sqlite3_step(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_reset(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_finalize(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_stmt_readonly(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_stmt_busy(nint stmt);
    [LibraryImport(Lib)] public static partial byte* sqlite3_expanded_sql(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_parameter_count(nint stmt);
    [LibraryImport(Lib)] public static partial byte* sqlite3_bind_parameter_name(nint stmt, int i);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_null(nint stmt, int i);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_int64(nint stmt, int i, long v);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_double(nint stmt, int i, double v);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_text(nint stmt, int i, byte* v, int n, nint destructor);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_blob(nint stmt, int i, byte* v, int n, nint destructor);
    [LibraryImport(Lib)] public static partial int sqlite3_column_count(nint stmt);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_name(nint stmt, int i);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_decltype(nint stmt, int i);
    [LibraryImport(Lib)] public static partial int sqlite3_column_type(nint stmt, int i);
    [LibraryImport(Lib)] public static partial long sqlite3_column_int64(nint stmt, int i);
    [LibraryImport(Lib)] public static partial double sqlite3_column_double(nint stmt, int i);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_text(nint stmt, int i);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_blob(nint stmt, int i);
    [LibraryImport(Lib)] public static partial int sqlite3_column_bytes(nint stmt, int i);

    [LibraryImport(Lib)] public static partial int sqlite3_value_type(nint v);
    [LibraryImport(Lib)] public static partial long sqlite3_value_int64(nint v);
    [LibraryImport(Lib)] public static partial double sqlite3_value_double(nint v);
    [LibraryImport(Lib)] public static partial byte* sqlite3_value_text(nint v);
    [LibraryImport(Lib)] public static partial byte* sqlite3_value_blob(nint v);
    [LibraryImport(Lib)] public static partial int sqlite3_value_bytes(nint v);
    [LibraryImport(Lib)] public static partial void sqlite3_result_null(nint ctx);
    [LibraryImport(Lib)] public static partial void sqlite3_result_int64(nint ctx, long v);
    [LibraryImport(Lib)] public static partial void sqlite3_result_double(nint ctx, double v);
    [LibraryImport(Lib)] public static partial void sqlite3_result_text(nint ctx, byte* v, int n, nint destructor);
    [LibraryImport(Lib)] public static partial void sqlite3_result_blob(nint ctx, byte* v, int n, nint destructor);
    [LibraryImport(Lib)] public static partial void sqlite3_result_error(nint ctx, byte* msg, int n);
    [LibraryImport(Lib)] public static partial void sqlite3_result_error_nomem(nint ctx);
    [LibraryImport(Lib)] public static partial void sqlite3_result_error_toobig(nint ctx);
    [LibraryImport(Lib)] public static partial void* sqlite3_aggregate_context(nint ctx, int nbytes);
    [LibraryImport(Lib)] public static partial nint sqlite3_user_data(nint ctx);

    [LibraryImport(Lib)] public static partial int sqlite3_create_function_v2(nint db, byte* name, int narg, int flags, nint app,
        delegate* unmanaged<nint, int, nint*, void> func, delegate* unmanaged<nint, int, nint*, void> step,
        delegate* unmanaged<nint, void> final, delegate* unmanaged<nint, void> destroy);
    [LibraryImport(Lib)] public static partial int sqlite3_create_window_function(nint db, byte* name, int narg, int flags, nint app,
        delegate* unmanaged<nint, int, nint*, void> step, delegate* unmanaged<nint, void> final,
        delegate* unmanaged<nint, void> value, delegate* unmanaged<nint, int, nint*, void> inverse, delegate* unmanaged<nint, void> destroy);
    [LibraryImport(Lib)] public static partial int sqlite3_create_collation_v2(nint db, byte* name, int textRep, nint arg,
        delegate* unmanaged<nint, int, byte*, int, byte*, int> compare, delegate* unmanaged<nint, void> destroy);
    [LibraryImport(Lib)] public static partial int sqlite3_set_authorizer(nint db, delegate* unmanaged<nint, int, byte*, byte*, byte*, byte*, int> auth, nint arg);
    [LibraryImport(Lib)] public static partial void sqlite3_progress_handler(nint db, int n, delegate* unmanaged<nint, int> handler, nint arg);
    [LibraryImport(Lib)] public static partial int sqlite3_trace_v2(nint db, uint mask, delegate* unmanaged<uint, nint, nint, nint, int> callback, nint arg);

    [LibraryImport(Lib)] public static partial nint sqlite3_backup_init(nint dest, byte* destName, nint source, byte* sourceName);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_step(nint backup, int pages);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_remaining(nint backup);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_pagecount(nint backup);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_finish(nint backup);

    [LibraryImport(Lib)] public static partial int sqlite3_blob_open(nint db, byte* dbName, byte* table, byte* column, long row, int flags, nint* blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_close(nint blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_bytes(nint blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_read(nint blob, byte* buffer, int n, int offset);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_write(nint blob, byte* buffer, int n, int offset);

    [LibraryImport(Lib)] public static partial byte* sqlite3_serialize(nint db, byte* schema, long* size, uint flags);
    [LibraryImport(Lib)] public static partial int sqlite3_deserialize(nint db, byte* schema, byte* data, long size, long bufferSize, uint flags);

    /// <summary>A NUL-terminated UTF-8 string from sqlite (null stays null).</summary>
    public static string? Str(byte* p) => p is null ? null : Marshal.PtrToStringUTF8((nint)p);

    /// <summary>NUL-terminated UTF-8 for a string going to sqlite.</summary>
    public static byte[] Z(string s)
    {
        var b = new byte[System.Text.Encoding.UTF8.GetByteCount(s) + 1];
        System.Text.Encoding.UTF8.GetBytes(s, b);
        return b;
    }
}
