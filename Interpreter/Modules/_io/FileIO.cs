using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>_io.FileIO: raw, unbuffered I/O on an operating-system file descriptor.</summary>
public sealed class FileIOObject(PyType type) : IOObject(type)
{
    public int Fd = -1;
    public bool Readable, Writable, Appending, Created, CloseFd = true;
    public int SeekableState = -1; // unknown until asked

    public bool IsATty() => Fd >= 0 && Libc.isatty(Fd) == 1;

    public void CloseRaw()
    {
        if (IsClosed) return;
        IsClosed = true;
        if (CloseFd && Fd >= 0) Libc.close(Fd);
        Fd = -1;
    }
}

internal static class Libc
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400, O_CLOEXEC = 0x80000;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);
    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    public static extern nint read(int fd, byte[] buf, nint count);
    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    public static extern nint write(int fd, byte[] buf, nint count);
    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    public static extern long lseek(int fd, long offset, int whence);
    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    public static extern int close(int fd);
    [DllImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    public static extern int ftruncate(int fd, long length);
    [DllImport("libc", EntryPoint = "isatty")]
    public static extern int isatty(int fd);
}

public static partial class IoModule
{
    public static readonly PyType FileIOType;

    /// <summary>OSError (or its errno subclass) for the last failed system call, as CPython words it.</summary>
    public static PyException LastOSError(PyObject? filename = null) => OSErrorFor(Marshal.GetLastPInvokeError(), filename);

    public static PyException OSErrorFor(int errno, PyObject? filename, PyObject? filename2 = null)
    {
        var e = Errors.NewException(OSErrorType(errno), [PyInt.From(errno), PyStr.From(Marshal.GetPInvokeErrorMessage(errno))]);
        if (filename is not null) e.Dict!["filename"] = filename;
        if (filename2 is not null) e.Dict!["filename2"] = filename2;
        return new PyException(e);
    }

    /// <summary>The OSError subclass CPython raises for an errno (PEP 3151).</summary>
    public static PyType OSErrorType(long errno) => errno switch
    {
        2 => TypeObjects.FileNotFoundError,
        17 => TypeObjects.FileExistsError,
        1 or 13 => TypeObjects.PermissionError,
        21 => TypeObjects.IsADirectoryError,
        20 => TypeObjects.NotADirectoryError,
        11 or 114 or 115 => TypeObjects.BlockingIOError,
        4 => TypeObjects.InterruptedError,
        3 => TypeObjects.ProcessLookupError,
        10 => TypeObjects.ChildProcessError,
        32 or 108 => TypeObjects.BrokenPipeError,
        103 => TypeObjects.ConnectionAbortedError,
        104 => TypeObjects.ConnectionResetError,
        111 => TypeObjects.ConnectionRefusedError,
        110 => TypeObjects.TimeoutError,
        _ => TypeObjects.OSError,
    };

    private static FileIOObject Raw(PyObject o, bool open = true)
    {
        var f = o as FileIOObject ?? throw Errors.TypeError($"descriptor requires a '_io.FileIO' object but received a '{o.Type.Name}'");
        if (open && f.IsClosed) throw ClosedError();
        return f;
    }

    public static FileIOObject NewFileIO(PyObject file, string mode, bool closefd, PyObject opener)
    {
        var f = new FileIOObject(FileIOType);
        InitFileIO(f, file, mode, closefd, opener);
        return f;
    }

    private static void InitFileIO(FileIOObject f, PyObject file, string mode, bool closefd, PyObject opener)
    {
        if (f.Fd >= 0) { if (f.CloseFd) Libc.close(f.Fd); f.Fd = -1; }
        if (file is PyFloat) throw Errors.TypeError("integer argument expected, got float");
        int fd = -1;
        string? path = null;
        if (file is PyInt fi)
        {
            fd = (int)fi.V;
            if (fd < 0) throw Errors.ValueError("negative file descriptor");
        }
        else path = file switch
        {
            PyStr s => s.V,
            PyBytes b => Encoding.UTF8.GetString(b.V),
            _ when file.Type.Lookup("__fspath__") is { } fs => Ops.CallMethod(fs, file) is PyStr ps ? ps.V : throw Errors.TypeError("expected str, bytes or os.PathLike object"),
            _ => throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}"),
        };
        if (path is not null && path.Contains('\0')) throw Errors.ValueError("embedded null byte");

        bool rwa = false, plus = false;
        f.Readable = f.Writable = f.Appending = f.Created = false;
        int flags = 0;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x': if (rwa) goto Bad; rwa = true; f.Created = f.Writable = true; flags |= Libc.O_EXCL | Libc.O_CREAT; break;
                case 'r': if (rwa) goto Bad; rwa = true; f.Readable = true; break;
                case 'w': if (rwa) goto Bad; rwa = true; f.Writable = true; flags |= Libc.O_CREAT | Libc.O_TRUNC; break;
                case 'a': if (rwa) goto Bad; rwa = true; f.Writable = f.Appending = true; flags |= Libc.O_APPEND | Libc.O_CREAT; break;
                case 'b': break;
                case '+': if (plus) goto Bad; f.Readable = f.Writable = plus = true; break;
                default: throw Errors.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) goto Bad;
        flags |= f.Readable && f.Writable ? Libc.O_RDWR : f.Readable ? Libc.O_RDONLY : Libc.O_WRONLY;
        flags |= Libc.O_CLOEXEC;

        if (fd >= 0) f.CloseFd = closefd;
        else
        {
            if (!closefd) throw Errors.ValueError("Cannot use closefd=False with file name");
            f.CloseFd = true;
            SysModule.Audit("open", file, PyStr.From(mode), PyInt.From(flags));
            FlushOpenFiles();
            if (opener is not PyNone)
            {
                var r = Ops.Call(opener, file, PyInt.From(flags));
                if (r is not PyInt ri) throw Errors.TypeError("expected integer from opener");
                fd = (int)ri.V;
                if (fd < 0) throw Errors.ValueError($"opener returned {fd}");
            }
            else
            {
                fd = Libc.open(path!, flags, 438 /* 0o666 */);
                if (fd < 0) throw LastOSError(file);
            }
        }
        // Opening a directory read-only succeeds at the OS level; CPython refuses it after fstat
        // (of the descriptor: an opener's file need not be at `file`, tempfile passes a directory).
        if (PosixNative.fstat(fd, out var st) == 0 && (st.Mode & 0xF000) == 0x4000)
        {
            if (f.CloseFd) Libc.close(fd);
            throw OSErrorFor(21, file);
        }
        f.Fd = fd;
        f.IsClosed = false;
        f.SeekableState = -1;
        f.Dict!["name"] = file;
        if (f.Appending) Libc.lseek(fd, 0, 2);
        return;
    Bad:
        throw Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private static string FileIOMode(FileIOObject f) =>
        f.Created ? (f.Readable ? "xb+" : "xb") : f.Appending ? (f.Readable ? "ab+" : "ab") : f.Readable ? (f.Writable ? "rb+" : "rb") : "wb";

    private const int EAGAIN = 11;

    /// <summary>read(2) into buf[0..count).</summary>
    public static int RawRead(FileIOObject f, byte[] buf, int count)
    {
        int n = ReadOrAgain(f, buf, count);
        if (n < 0) throw OSErrorFor(EAGAIN, null);
        return n;
    }

    /// <summary>read(2) into buf[0..count); -1 when a non-blocking descriptor has nothing (FileIO's methods return None).</summary>
    private static int ReadOrAgain(FileIOObject f, byte[] buf, int count)
    {
        nint n;
        if (!Seekable(f)) Hosting.Interrupts.WaitReady(f.Fd, forWrite: false);   // on the main thread a signal ends the wait for a pipe
        using (Evaluation.Gil.Unlocked()) n = Libc.read(f.Fd, buf, Math.Min(count, buf.Length));   // pipes and ttys block: other threads run meanwhile
        if (n >= 0) return (int)n;
        if (Marshal.GetLastPInvokeError() == EAGAIN) return -1;
        throw LastOSError();
    }

    public static int RawWrite(FileIOObject f, byte[] data)
    {
        int n = WriteOrAgain(f, data);
        if (n < 0) throw OSErrorFor(EAGAIN, null);
        return n;
    }

    /// <summary>write(2) of data; -1 when a non-blocking descriptor has no room (FileIO.write returns None).</summary>
    private static int WriteOrAgain(FileIOObject f, byte[] data)
    {
        nint n;
        if (!Seekable(f) && Hosting.Interrupts.OnInterruptibleThread) n = Hosting.Interrupts.Write(f.Fd, data);   // a full pipe: a signal ends the wait
        else using (Evaluation.Gil.Unlocked()) n = Libc.write(f.Fd, data, data.Length);
        if (n >= 0) return (int)n;
        if (Marshal.GetLastPInvokeError() == EAGAIN) return -1;
        throw LastOSError();
    }

    private static bool Seekable(FileIOObject f)
    {
        if (f.SeekableState < 0) f.SeekableState = Libc.lseek(f.Fd, 0, 1) < 0 ? 0 : 1;
        return f.SeekableState == 1;
    }

    public static long RawSeek(FileIOObject f, long pos, int whence)
    {
        long r = Libc.lseek(f.Fd, pos, whence);
        if (r < 0) throw LastOSError();
        return r;
    }

    private static PyType SetupFileIO()
    {
        var t = NewType("FileIO", RawIOBase);
        SetConstructor(t, static cls => new FileIOObject(cls), static (o, a, kw) =>
        {
            Args.OnlyKw("FileIO", kw, "file", "mode", "closefd", "opener");
            var modeObj = Arg(a, kw, 1, "mode", PyStr.From("r"));
            var mode = modeObj is PyStr ms ? ms.V : throw Errors.TypeError($"FileIO() argument 'mode' must be str, not {modeObj.Type.Name}");
            InitFileIO((FileIOObject)o, Arg(a, kw, 0, "file"), mode, Ops.Truth(Arg(a, kw, 2, "closefd", PyBool.True)), Arg(a, kw, 3, "opener"));
        });
        t.TypeDict["mode"] = new PyGetSetDescriptor("mode", static o => PyStr.From(FileIOMode(Raw(o, false))));
        t.TypeDict["closefd"] = new PyGetSetDescriptor("closefd", static o => PyBool.From(Raw(o, false).CloseFd));
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", static o => PyBool.From(Raw(o, false).IsClosed));
        t.SetMethod("fileno", static (a, kw) => PyInt.From(Raw(a[0]).Fd));
        t.SetMethod("readable", static (a, kw) => PyBool.From(Raw(a[0]).Readable));
        t.SetMethod("writable", static (a, kw) => PyBool.From(Raw(a[0]).Writable));
        t.SetMethod("seekable", static (a, kw) =>
        {
            return PyBool.From(Seekable(Raw(a[0])));
        });
        t.SetMethod("isatty", static (a, kw) => PyBool.From(Raw(a[0]).IsATty()));
        t.SetMethod("read", static (a, kw) =>
        {
            var f = Raw(a[0]);
            if (!f.Readable) throw Unsupported("File not open for reading");
            long n = SizeArg(Arg(a[1..], kw, 0, "size"));
            if (n < 0) return ReadAll(f) is { } all ? new PyBytes(all) : PyNone.Instance;
            var buf = new byte[n];
            int got = ReadOrAgain(f, buf, (int)n);
            if (got < 0) return PyNone.Instance;
            return new PyBytes(got == n ? buf : buf[..got]);
        });
        t.SetMethod("readall", static (a, kw) =>
        {
            var f = Raw(a[0]);
            if (!f.Readable) throw Unsupported("File not open for reading");
            return ReadAll(f) is { } all ? new PyBytes(all) : PyNone.Instance;
        });
        t.SetMethod("readinto", static (a, kw) =>
        {
            var f = Raw(a[0]);
            if (!f.Readable) throw Unsupported("File not open for reading");
            if (a[1] is PyByteArray ba)
            {
                int n = ReadOrAgain(f, ba.Data, ba.Count);
                return n < 0 ? PyNone.Instance : PyInt.From(n);
            }
            // A memoryview or an array: read into a scratch buffer, then copy into the exporter's storage
            // (re-fetched: the read releases the GIL and may run code that resizes it).
            int want = PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object").Length;
            var buf = new byte[want];
            int got = ReadOrAgain(f, buf, want);
            if (got > 0) buf.AsSpan(0, got).CopyTo(PyMemoryView.Writable(a[1], "readinto() argument must be read-write bytes-like object"));
            return got < 0 ? PyNone.Instance : PyInt.From(got);
        });
        t.SetMethod("write", static (a, kw) =>
        {
            var f = Raw(a[0]);
            if (!f.Writable) throw Unsupported("File not open for writing");
            if (a[1] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            int put = WriteOrAgain(f, BytesMethods.AsBytes(a[1]));
            return put < 0 ? PyNone.Instance : PyInt.From(put);
        });
        t.SetMethod("seek", static (a, kw) =>
        {
            var f = Raw(a[0]);
            var posObj = Arg(a[1..], kw, 0, "pos");
            if (posObj is PyFloat) throw Errors.TypeError("an integer is required");
            int whence = (int)Ops.IndexValue(Arg(a[1..], kw, 1, "whence", PyInt.From(0)));
            long r = Libc.lseek(f.Fd, Ops.IndexValue(posObj), whence);
            if (r < 0) throw LastOSError();
            return PyInt.From(r);
        });
        t.SetMethod("tell", static (a, kw) => PyInt.From(RawSeek(Raw(a[0]), 0, 1)));
        t.SetMethod("truncate", static (a, kw) =>
        {
            var f = Raw(a[0]);
            if (!f.Writable) throw Unsupported("File not open for writing");
            var sizeObj = Arg(a[1..], kw, 0, "size");
            long size = sizeObj is PyNone ? RawSeek(f, 0, 1) : Ops.IndexValue(sizeObj);
            if (Libc.ftruncate(f.Fd, size) != 0) throw LastOSError();
            return PyInt.From(size);
        });
        t.SetMethod("close", static (a, kw) =>
        {
            var f = Raw(a[0], false);
            f.CloseRaw();
            return PyNone.Instance;
        });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var f = Raw(a[0], false);
            string tn = f.Type.IsBuiltin ? "_io.FileIO" : f.Type.Module + "." + f.Type.QualName;
            if (f.IsClosed) return PyStr.From($"<{tn} [closed]>");
            var name = f.Dict!.Get("name");
            string n = name is null ? $"fd={f.Fd}" : $"name={Ops.Repr(name)}";
            return PyStr.From($"<{tn} {n} mode='{FileIOMode(f)}' closefd={(f.CloseFd ? "True" : "False")}>");
        });
        return t;
    }

    /// <summary>Everything up to end of file; null when a non-blocking descriptor had nothing at all (readall() returns None).</summary>
    private static byte[]? ReadAll(FileIOObject f)
    {
        var ms = new MemoryStream();
        var buf = new byte[DefaultBufferSize * 4];
        while (true)
        {
            int n = ReadOrAgain(f, buf, buf.Length);
            if (n < 0 && ms.Length == 0) return null;
            if (n <= 0) break;
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }
}
