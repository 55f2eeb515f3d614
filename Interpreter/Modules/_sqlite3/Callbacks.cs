using System.Runtime.InteropServices;
using static Herthon.Runtime.SqliteNative;
using static Herthon.Runtime.Sqlite3Module;

namespace Herthon.Runtime;

/// <summary>Python callables sqlite calls back: functions, aggregates, window functions, collations,
/// the authorizer, the progress handler and the trace callback (CPython's connection.c callbacks).
/// Each reaches its callable through a GCHandle passed as sqlite's user data; a Python exception never
/// crosses the native frames: it becomes sqlite's error for the call, printed through
/// sys.unraisablehook when enable_callback_tracebacks(True) is on.</summary>
public sealed unsafe partial class SqliteConnection
{
    private sealed class Callback(PyObject callable, SqliteConnection connection)
    {
        public readonly PyObject Callable = callable;
        public readonly SqliteConnection Connection = connection;
    }

    private GCHandle _authorizer, _progress, _trace;

    private void FreeCallbacks()
    {
        Replace(ref _authorizer, default);
        Replace(ref _progress, default);
        Replace(ref _trace, default);
    }

    private static void Replace(ref GCHandle field, GCHandle value)
    {
        if (field.IsAllocated) field.Free();
        field = value;
    }

    private nint NewHandle(PyObject callable) => GCHandle.ToIntPtr(GCHandle.Alloc(new Callback(callable, this)));

    private static Callback From(nint p) => (Callback)GCHandle.FromIntPtr(p).Target!;

    private static void AddCallbackMethods(PyType t)
    {
        t.SetMethod("create_function", static (a, kw) =>
        {
            var v = Bind("create_function", a[1..], kw, 3, 3, "name", "narg", "func", "deterministic");
            var c = Checked(a, "create_function");
            var name = (PyStr)v[0]!; StrArg("create_function", "argument 'name'", name);
            int narg = IntArg(v[1]!);
            int flags = UTF8 | (v[3] is { } det && Ops.Truth(det) ? DETERMINISTIC : 0);
            int rc;
            fixed (byte* n = Utf8Z(name))
                rc = sqlite3_create_function_v2(c.Db, n, narg, flags, c.NewHandle(v[2]!), &FunctionCallback, null, null, &DestroyCallback);
            if (rc != OK) throw Errors.Make(OperationalError, "Error creating function");
            return PyNone.Instance;
        });
        t.SetMethod("create_aggregate", static (a, kw) =>
        {
            var v = Bind("create_aggregate", a[1..], kw, 3, 3, "name", "n_arg", "aggregate_class");
            var c = Checked(a, "create_aggregate");
            var name = (PyStr)v[0]!; StrArg("create_aggregate", "argument 'name'", name);
            int narg = IntArg(v[1]!);
            int rc;
            fixed (byte* n = Utf8Z(name))
                rc = sqlite3_create_function_v2(c.Db, n, narg, UTF8, c.NewHandle(v[2]!), null, &StepCallback, &FinalCallback, &DestroyCallback);
            if (rc != OK) throw Errors.Make(OperationalError, "Error creating aggregate");
            return PyNone.Instance;
        });
        t.SetMethod("create_window_function", static (a, kw) =>
        {
            Args.NoKw("create_window_function", kw);
            if (a.Length - 1 != 3) throw Errors.TypeError($"create_window_function expected 3 arguments, got {a.Length - 1}");
            var c = Checked(a, "create_window_function");
            StrArg("create_window_function", "argument 1", a[1]); var name = (PyStr)a[1];
            int narg = IntArg(a[2]);
            int rc;
            fixed (byte* n = Utf8Z(name))
                rc = a[3] is PyNone
                    ? sqlite3_create_window_function(c.Db, n, narg, UTF8, 0, null, null, null, null, null)
                    : sqlite3_create_window_function(c.Db, n, narg, UTF8, c.NewHandle(a[3]), &StepCallback, &FinalCallback,
                        &ValueCallback, &InverseCallback, &DestroyCallback);
            if (rc != OK) throw Errors.Make(ProgrammingError, "Error creating window function");
            return PyNone.Instance;
        });
        t.SetMethod("create_collation", static (a, kw) =>
        {
            Args.NoKw("create_collation", kw);
            if (a.Length - 1 != 2) throw Errors.TypeError($"create_collation expected 2 arguments, got {a.Length - 1}");
            var c = Checked(a, "create_collation");
            StrArg("create_collation", "argument 1", a[1]); var name = (PyStr)a[1];
            var callable = a[2];
            if (callable is not PyNone && !Builtins.IsCallable(callable)) throw Errors.TypeError("parameter must be callable");
            int rc;
            fixed (byte* n = Utf8Z(name))
                rc = callable is PyNone
                    ? sqlite3_create_collation_v2(c.Db, n, UTF8, 0, null, null)
                    : sqlite3_create_collation_v2(c.Db, n, UTF8, c.NewHandle(callable), &CollationCallback, &DestroyCallback);
            if (rc != OK) throw ErrorFromDb(c.Db);
            return PyNone.Instance;
        });
        t.SetMethod("set_authorizer", static (a, kw) =>
        {
            var v = Bind("set_authorizer", a[1..], kw, 1, 1, "authorizer_callback");
            var c = Checked(a, "set_authorizer");
            var h = v[0] is PyNone ? default : GCHandle.FromIntPtr(c.NewHandle(v[0]!));
            int rc = h.IsAllocated
                ? sqlite3_set_authorizer(c.Db, &AuthorizerCallback, GCHandle.ToIntPtr(h))
                : sqlite3_set_authorizer(c.Db, null, 0);
            if (rc != OK)
            {
                if (h.IsAllocated) h.Free();
                throw Errors.Make(OperationalError, "Error setting authorizer callback");
            }
            Replace(ref c._authorizer, h);
            return PyNone.Instance;
        });
        t.SetMethod("set_progress_handler", static (a, kw) =>
        {
            var v = Bind("set_progress_handler", a[1..], kw, 2, 2, "progress_handler", "n");
            var c = Checked(a, "set_progress_handler");
            int n = IntArg(v[1]!);
            if (v[0] is PyNone)
            {
                sqlite3_progress_handler(c.Db, 0, null, 0);
                Replace(ref c._progress, default);
            }
            else
            {
                var h = GCHandle.FromIntPtr(c.NewHandle(v[0]!));
                sqlite3_progress_handler(c.Db, n, &ProgressCallback, GCHandle.ToIntPtr(h));
                Replace(ref c._progress, h);
            }
            return PyNone.Instance;
        });
        t.SetMethod("set_trace_callback", static (a, kw) =>
        {
            var v = Bind("set_trace_callback", a[1..], kw, 1, 1, "trace_callback");
            var c = Checked(a, "set_trace_callback");
            if (v[0] is PyNone)
            {
                sqlite3_trace_v2(c.Db, 0, null, 0);
                Replace(ref c._trace, default);
            }
            else
            {
                var h = GCHandle.FromIntPtr(c.NewHandle(v[0]!));
                sqlite3_trace_v2(c.Db, TRACE_STMT, &TraceCallback, GCHandle.ToIntPtr(h));
                Replace(ref c._trace, h);
            }
            return PyNone.Instance;
        });
    }

    [UnmanagedCallersOnly]
    private static void DestroyCallback(nint p)
    {
        using var gil = SqliteGil.Relock();
        if (p != 0) GCHandle.FromIntPtr(p).Free();
    }

    /// <summary>CPython's print_or_clear_traceback.</summary>
    private static void Report(PyException? e, Callback cb)
    {
        if (e is not null && CallbackTracebacks)
        {
            try { Finalization.WriteUnraisable(e.Value, null, cb.Callable); } catch (PyException) { }
        }
    }

    /// <summary>CPython's set_sqlite_error: MemoryError and OverflowError keep their sqlite meaning.</summary>
    private static void ResultError(nint ctx, PyException? e, Callback cb, string message)
    {
        if (e is not null && e.Value.Type.IsSubtypeOf(TypeObjects.MemoryError)) sqlite3_result_error_nomem(ctx);
        else if (e is not null && e.Value.Type.IsSubtypeOf(TypeObjects.OverflowError)) sqlite3_result_error_toobig(ctx);
        else fixed (byte* m = Z(message)) sqlite3_result_error(ctx, m, -1);
        Report(e, cb);
    }

    private static PyObject[] ArgsFrom(int argc, nint* argv)
    {
        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++)
        {
            nint v = argv[i];
            switch (sqlite3_value_type(v))
            {
                case INTEGER: args[i] = PyInt.From(sqlite3_value_int64(v)); break;
                case FLOAT: args[i] = new PyFloat(sqlite3_value_double(v)); break;
                case TEXT:
                {
                    var p = sqlite3_value_text(v);
                    int n = sqlite3_value_bytes(v);
                    args[i] = PyStr.From(DecodeUtf8(p, n) ?? Codecs.Decode(new ReadOnlySpan<byte>(p, n).ToArray(), "utf-8", "strict"));
                    break;
                }
                case BLOB:
                {
                    var p = (byte*)sqlite3_value_blob(v);
                    int n = sqlite3_value_bytes(v);
                    args[i] = new PyBytes(p is null ? [] : new ReadOnlySpan<byte>(p, n).ToArray());
                    break;
                }
                default: args[i] = PyNone.Instance; break;
            }
        }
        return args;
    }

    /// <summary>CPython's _pysqlite_set_result; false for a type sqlite cannot return.</summary>
    private static bool SetResult(nint ctx, PyObject r)
    {
        switch (r)
        {
            case PyNone: sqlite3_result_null(ctx); return true;
            case PyInt n:
                if (n.Big is not null) throw Errors.OverflowError("Python int too large to convert to SQLite INTEGER");
                sqlite3_result_int64(ctx, n.V);
                return true;
            case PyFloat f: sqlite3_result_double(ctx, f.V); return true;
            case PyStr s:
            {
                var b = Utf8(s);
                fixed (byte* p = NonEmpty(b)) sqlite3_result_text(ctx, p, b.Length, Transient);
                return true;
            }
            case PyBytes or PyByteArray or PyMemoryView or IBufferExporter:
            {
                var b = BytesMethods.AsBytes(r);
                fixed (byte* p = NonEmpty(b)) sqlite3_result_blob(ctx, p, b.Length, Transient);
                return true;
            }
            default: return false;
        }
    }

    [UnmanagedCallersOnly]
    private static void FunctionCallback(nint ctx, int argc, nint* argv)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(sqlite3_user_data(ctx));
        const string message = "user-defined function raised exception";
        try
        {
            var r = Ops.Call(cb.Callable, ArgsFrom(argc, argv));
            if (!SetResult(ctx, r)) ResultError(ctx, null, cb, message);
        }
        catch (PyException e) { ResultError(ctx, e, cb, message); }
        catch (Exception) { ResultError(ctx, null, cb, message); }
    }

    private static bool IsAttributeError(PyException e) => e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError);

    /// <summary>The aggregate instance of this group, created on the first step.</summary>
    private static PyObject? Instance(nint ctx, Callback cb, bool create)
    {
        var slot = (nint*)sqlite3_aggregate_context(ctx, create ? sizeof(nint) : 0);
        if (slot is null) return null;
        if (*slot != 0) return GCHandle.FromIntPtr(*slot).Target as PyObject;
        if (!create) return null;
        var inst = Ops.Call(cb.Callable);
        *slot = GCHandle.ToIntPtr(GCHandle.Alloc(inst));
        return inst;
    }

    [UnmanagedCallersOnly]
    private static void StepCallback(nint ctx, int argc, nint* argv)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(sqlite3_user_data(ctx));
        PyObject? inst;
        try { inst = Instance(ctx, cb, create: true); }
        catch (PyException e) { ResultError(ctx, e, cb, "user-defined aggregate's '__init__' method raised error"); return; }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's '__init__' method raised error"); return; }
        if (inst is null) { sqlite3_result_error_nomem(ctx); return; }
        try { Ops.Call(Ops.GetAttr(inst, "step"), ArgsFrom(argc, argv)); }
        catch (PyException e)
        {
            ResultError(ctx, e, cb, IsAttributeError(e) ? "user-defined aggregate's 'step' method not defined"
                : "user-defined aggregate's 'step' method raised error");
        }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's 'step' method raised error"); }
    }

    [UnmanagedCallersOnly]
    private static void FinalCallback(nint ctx)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(sqlite3_user_data(ctx));
        var slot = (nint*)sqlite3_aggregate_context(ctx, 0);
        // No rows: the step never ran, and the result is NULL.
        if (slot is null || *slot == 0) return;
        var handle = GCHandle.FromIntPtr(*slot);
        *slot = 0;
        var inst = (PyObject)handle.Target!;
        handle.Free();
        try
        {
            var r = Ops.Call(Ops.GetAttr(inst, "finalize"));
            if (!SetResult(ctx, r)) ResultError(ctx, null, cb, "user-defined aggregate's 'finalize' method raised error");
        }
        catch (PyException e)
        {
            ResultError(ctx, e, cb, IsAttributeError(e) ? "user-defined aggregate's 'finalize' method not defined"
                : "user-defined aggregate's 'finalize' method raised error");
        }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's 'finalize' method raised error"); }
    }

    [UnmanagedCallersOnly]
    private static void ValueCallback(nint ctx)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(sqlite3_user_data(ctx));
        try
        {
            var inst = Instance(ctx, cb, create: false);
            if (inst is null) { sqlite3_result_null(ctx); return; }
            var r = Ops.Call(Ops.GetAttr(inst, "value"));
            if (!SetResult(ctx, r)) ResultError(ctx, null, cb, "user-defined aggregate's 'value' method raised error");
        }
        catch (PyException e)
        {
            ResultError(ctx, e, cb, IsAttributeError(e) ? "user-defined aggregate's 'value' method not defined"
                : "user-defined aggregate's 'value' method raised error");
        }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's 'value' method raised error"); }
    }

    [UnmanagedCallersOnly]
    private static void InverseCallback(nint ctx, int argc, nint* argv)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(sqlite3_user_data(ctx));
        PyObject? method;
        try
        {
            var inst = Instance(ctx, cb, create: false);
            if (inst is null) return;
            method = Ops.GetAttr(inst, "inverse");
        }
        catch (PyException e) { ResultError(ctx, e, cb, "user-defined aggregate's 'inverse' method not defined"); return; }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's 'inverse' method not defined"); return; }
        try { Ops.Call(method, ArgsFrom(argc, argv)); }
        catch (PyException e) { ResultError(ctx, e, cb, "user-defined aggregate's 'inverse' method raised error"); }
        catch (Exception) { ResultError(ctx, null, cb, "user-defined aggregate's 'inverse' method raised error"); }
    }

    /// <summary>A collation's exception cannot be reported through sqlite: it is kept on the connection
    /// and raised when the statement returns, as CPython leaves it set.</summary>
    [UnmanagedCallersOnly]
    private static int CollationCallback(nint arg, int len1, byte* p1, int len2, byte* p2)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(arg);
        if (cb.Connection.Pending is not null) return 0;
        try
        {
            var a = PyStr.From(Codecs.Decode(new ReadOnlySpan<byte>(p1, len1).ToArray(), "utf-8", "strict"));
            var b = PyStr.From(Codecs.Decode(new ReadOnlySpan<byte>(p2, len2).ToArray(), "utf-8", "strict"));
            var r = Ops.Call(cb.Callable, a, b);
            if (r is not PyInt n) return 0;
            return n.Big is { } big ? big.Sign : Math.Sign(n.V);
        }
        catch (PyException e) { cb.Connection.Pending = e; return 0; }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly]
    private static int AuthorizerCallback(nint arg, int action, byte* arg1, byte* arg2, byte* dbName, byte* source)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(arg);
        try
        {
            static PyObject S(byte* p) => Str(p) is { } s ? PyStr.From(s) : PyNone.Instance;
            var r = Ops.Call(cb.Callable, [PyInt.From(action), S(arg1), S(arg2), S(dbName), S(source)]);
            return r is PyInt n && n.Big is null && n.V is >= int.MinValue and <= int.MaxValue ? (int)n.V : 1;   // SQLITE_DENY
        }
        catch (PyException e) { Report(e, cb); return 1; }
        catch (Exception) { return 1; }
    }

    [UnmanagedCallersOnly]
    private static int ProgressCallback(nint arg)
    {
        using var gil = SqliteGil.Relock();
        var cb = From(arg);
        try { return Ops.Truth(Ops.Call(cb.Callable)) ? 1 : 0; }
        catch (PyException e) { Report(e, cb); return -1; }
        catch (Exception) { return -1; }
    }

    [UnmanagedCallersOnly]
    private static int TraceCallback(uint type, nint arg, nint stmt, nint sql)
    {
        if (type != TRACE_STMT) return 0;
        using var gil = SqliteGil.Relock();
        var cb = From(arg);
        try
        {
            string? text;
            var expanded = sqlite3_expanded_sql(stmt);
            if (expanded is null)
            {
                // sqlite3_expanded_sql fails only when the expansion outgrows SQLITE_LIMIT_LENGTH (or memory).
                Report(Errors.Make(DataError, "Expanded SQL string exceeds the maximum string length"), cb);
                text = Str((byte*)sql);
            }
            else
            {
                text = Str(expanded);
                sqlite3_free(expanded);
            }
            if (text is not null) Ops.Call(cb.Callable, PyStr.From(text));
        }
        catch (PyException e) { Report(e, cb); }
        catch (Exception) { }
        return 0;
    }
}
