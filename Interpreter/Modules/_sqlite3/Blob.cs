using static Herthon.Runtime.SqliteNative;
using static Herthon.Runtime.Sqlite3Module;

namespace Herthon.Runtime;

/// <summary>sqlite3.Blob (CPython's Modules/_sqlite/blob.c): incremental I/O on one BLOB value, as a
/// file-like object (read/write/seek/tell) and a fixed-size sequence of bytes.</summary>
public sealed unsafe class SqliteBlob : PyObject
{
    public static readonly PyType BlobType = MakeType();

    private readonly SqliteConnection _connection;
    private nint _blob;
    private int _offset;

    internal SqliteBlob(SqliteConnection connection, nint blob) { _connection = connection; _blob = blob; }

    public override PyType Type => BlobType;

    ~SqliteBlob() => CloseHandle();

    internal void CloseHandle()
    {
        var b = Interlocked.Exchange(ref _blob, 0);
        if (b != 0) sqlite3_blob_close(b);
    }

    private void Check()
    {
        _connection.Check();
        if (_blob == 0) throw Errors.Make(ProgrammingError, "Cannot operate on a closed blob.");
    }

    private int Length => sqlite3_blob_bytes(_blob);

    private byte[] ReadAt(int offset, int length)
    {
        var buf = new byte[length];
        int rc;
        fixed (byte* p = buf) rc = sqlite3_blob_read(_blob, p, length, offset);
        if (rc != OK) throw ErrorFromDb(_connection.Db);
        return buf;
    }

    private void WriteAt(int offset, byte[] data)
    {
        int rc;
        fixed (byte* p = data) rc = sqlite3_blob_write(_blob, p, data.Length, offset);
        if (rc != OK) throw ErrorFromDb(_connection.Db);
    }

    private PyObject Read(int length)
    {
        Check();
        int remaining = Length - _offset;
        if (length < 0 || length > remaining) length = remaining;
        if (length <= 0) return new PyBytes([]);
        var data = ReadAt(_offset, length);
        _offset += length;
        return new PyBytes(data);
    }

    private void Write(PyObject data)
    {
        var bytes = BytesMethods.AsBytes(data);
        Check();
        if (bytes.Length > Length - _offset) throw Errors.ValueError("data longer than blob length");
        WriteAt(_offset, bytes);
        _offset += bytes.Length;
    }

    private void Seek(long offset, int origin)
    {
        Check();
        int len = Length;
        long target = origin switch
        {
            0 => offset,
            1 => _offset + offset,
            2 => len + offset,
            _ => throw Errors.ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END"),
        };
        if (target is > int.MaxValue or < int.MinValue) throw Errors.OverflowError("seek offset results in overflow");
        if (target < 0 || target > len) throw Errors.ValueError("offset out of blob range");
        _offset = (int)target;
    }

    private (int Start, int Step, int Count) Slice(PySlice s, int len)
    {
        var (start, stop, step) = SliceIndices(s, len);
        int count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0) : (start > stop ? (start - stop - step - 1) / -step : 0);
        return (start, step, count);
    }

    private static (int, int, int) SliceIndices(PySlice s, int len)
    {
        var t = (PyTuple)Ops.Call(Ops.GetAttr(s, "indices"), PyInt.From(len));
        return ((int)Ops.IndexValue(t.Items[0]), (int)Ops.IndexValue(t.Items[1]), (int)Ops.IndexValue(t.Items[2]));
    }

    private PyObject GetItem(PyObject key)
    {
        Check();
        int len = Length;
        if (key is PySlice s)
        {
            var (start, step, count) = Slice(s, len);
            if (count == 0) return new PyBytes([]);
            if (step == 1) return new PyBytes(ReadAt(start, count));
            var all = ReadAt(0, len);
            var r = new byte[count];
            for (int i = 0, j = start; i < count; i++, j += step) r[i] = all[j];
            return new PyBytes(r);
        }
        if (key.Type.Lookup("__index__") is null) throw Errors.TypeError("Blob indices must be integers");
        long i0 = Ops.IndexValue(key);
        if (i0 < 0) i0 += len;
        if (i0 < 0 || i0 >= len) throw Errors.IndexError("Blob index out of range");
        return PyInt.From(ReadAt((int)i0, 1)[0]);
    }

    private void SetItem(PyObject key, PyObject? value)
    {
        Check();
        if (value is null) throw Errors.TypeError("Blob doesn't support item deletion");
        int len = Length;
        if (key is PySlice s)
        {
            var (start, step, count) = Slice(s, len);
            var data = BytesMethods.AsBytes(value);
            if (data.Length != count) throw Errors.IndexError("Blob slice assignment is wrong size");
            if (count == 0) return;
            if (step == 1) { WriteAt(start, data); return; }
            var all = ReadAt(0, len);
            for (int i = 0, j = start; i < count; i++, j += step) all[j] = data[i];
            WriteAt(0, all);
            return;
        }
        if (key.Type.Lookup("__index__") is null) throw Errors.TypeError("Blob indices must be integers");
        long i0 = Ops.IndexValue(key);
        if (i0 < 0) i0 += len;
        if (i0 < 0 || i0 >= len) throw Errors.IndexError("Blob index out of range");
        if (value is PyInt { Big: not null }) throw Errors.ValueError("byte must be in range(0, 256)");
        if (value is not PyInt) throw Errors.TypeError("'" + value.Type.Name + "' object cannot be interpreted as an integer");
        long b = Ops.IndexValue(value);
        if (b is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
        WriteAt((int)i0, [(byte)b]);
    }

    private static SqliteBlob Self(ReadOnlySpan<PyObject> a) => (SqliteBlob)a[0];

    private static PyType MakeType()
    {
        var t = new PyType("Blob", [TypeObjects.Object], true) { Module = "sqlite3", IsFinal = true };
        t.ComputeMro();
        t.New = static (cls, a, kw) => throw Errors.TypeError("cannot create 'sqlite3.Blob' instances");
        t.SetMethod("close", static (a, kw) =>
        {
            Args.Method("close", a, kw, 0, 0);
            var b = Self(a);
            b._connection.Check();
            b.CloseHandle();
            return PyNone.Instance;
        });
        t.SetMethod("read", static (a, kw) =>
        {
            var v = Bind("read", a[1..], kw, 1, 0, "length");
            return Self(a).Read(v[0] is { } n ? IntArg(n) : -1);
        });
        t.SetMethod("write", static (a, kw) => { Args.Method("write", a, kw, 1, 1); Self(a).Write(a[1]); return PyNone.Instance; });
        t.SetMethod("seek", static (a, kw) =>
        {
            var v = Bind("seek", a[1..], kw, 2, 1, "offset", "origin");
            Self(a).Seek(IntArg(v[0]!), v[1] is { } o ? IntArg(o) : 0);
            return PyNone.Instance;
        });
        t.SetMethod("tell", static (a, kw) => { Args.Method("tell", a, kw, 0, 0); var b = Self(a); b.Check(); return PyInt.From(b._offset); });
        t.SetMethod("__enter__", static (a, kw) => { Self(a).Check(); return a[0]; });
        t.SetMethod("__exit__", static (a, kw) =>
        {
            var b = Self(a);
            b.Check();
            b.CloseHandle();
            return PyBool.False;
        });
        t.SetMethod("__len__", static (a, kw) => { var b = Self(a); b.Check(); return PyInt.From(b.Length); });
        t.SetMethod("__getitem__", static (a, kw) => Self(a).GetItem(a[1]));
        t.SetMethod("__setitem__", static (a, kw) => { Self(a).SetItem(a[1], a[2]); return PyNone.Instance; });
        t.SetMethod("__delitem__", static (a, kw) => { Self(a).SetItem(a[1], null); return PyNone.Instance; });
        return t;
    }
}
