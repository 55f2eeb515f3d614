using System.Runtime.InteropServices;

namespace Herthon.Runtime;

/// <summary>
/// OSError from a C errno, as CPython raises it: the subclass its errmap picks, strerror's text, and
/// the filename when there is one. Shared by the modules that call libc directly (posix process
/// calls, select, _socket, fcntl).
/// </summary>
public static class OSErrors
{
    [DllImport("libc", EntryPoint = "strerror")]
    private static extern nint strerror(int errnum);

    public static string Message(int errno) => Marshal.PtrToStringUTF8(strerror(errno)) ?? $"Unknown error {errno}";

    /// <summary>The OSError subclass CPython 3.11 maps an errno to (Objects/exceptions.c, errmap).</summary>
    public static PyType SubclassFor(long errno) => errno switch
    {
        11 or 114 or 115 => TypeObjects.BlockingIOError, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => TypeObjects.ChildProcessError,
        32 or 108 => TypeObjects.BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => TypeObjects.ConnectionAbortedError,
        111 => TypeObjects.ConnectionRefusedError,
        104 => TypeObjects.ConnectionResetError,
        17 => TypeObjects.FileExistsError,
        2 => TypeObjects.FileNotFoundError,
        21 => TypeObjects.IsADirectoryError,
        20 => TypeObjects.NotADirectoryError,
        4 => TypeObjects.InterruptedError,
        1 or 13 => TypeObjects.PermissionError,
        3 => TypeObjects.ProcessLookupError,
        110 => TypeObjects.TimeoutError,
        _ => TypeObjects.OSError,
    };

    public static PyException FromErrno(int errno, PyObject? filename = null)
    {
        var e = Errors.NewException(SubclassFor(errno), [PyInt.From(errno), PyStr.From(Message(errno))]);
        if (filename is not null) e.Dict!["filename"] = filename;
        return new PyException(e);
    }

    /// <summary>The error of the last P/Invoke declared with SetLastError = true.</summary>
    public static PyException Last(PyObject? filename = null) => FromErrno(Marshal.GetLastPInvokeError(), filename);

    public static int LastErrno => Marshal.GetLastPInvokeError();

    public const int EINTR = 4, EAGAIN = 11, EINPROGRESS = 115;

    /// <summary>PEP 475: a call that failed with EINTR is retried, after the thread's pending work
    /// (signal handlers among it) has run, which may raise instead. True when errno was EINTR.</summary>
    public static bool Interrupted(int errno)
    {
        if (errno != EINTR) return false;
        var ts = Herthon.Evaluation.ThreadState.Current;
        if (ts.Pending != 0) ts.RunPending();
        return true;
    }

    /// <summary>The bytes of a bytes-like argument (bytes, bytearray, memoryview).</summary>
    public static byte[] BytesLike(PyObject o, string what) => o switch
    {
        PyBytes b => b.V,
        PyByteArray ba => ba.ToArray(),
        PyMemoryView => BytesMethods.AsBytes(Ops.Call(Ops.GetAttr(o, "tobytes"))),
        _ => throw Errors.TypeError($"{what}a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>A file descriptor argument: an int, or an object with fileno() (select, fcntl).</summary>
    public static int FileDescriptor(PyObject o)
    {
        long fd;
        if (o is PyInt i) fd = Ops.IndexValue(i);
        else
        {
            var meth = o.Type.Lookup("fileno") ?? throw Errors.TypeError("argument must be an int, or have a fileno() method.");
            var r = Ops.CallMethod(meth, o);
            if (r is not PyInt ri) throw Errors.TypeError("fileno() returned a non-integer");
            fd = Ops.IndexValue(ri);
        }
        if (fd < 0) throw Errors.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw Errors.OverflowError("file descriptor is greater than maximum");
        return (int)fd;
    }
}
