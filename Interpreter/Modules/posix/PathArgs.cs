using System.Text;

namespace Herthon.Runtime;

/// <summary>A converted path argument: the caller's object (for error messages), its bytes and whether
/// results should be bytes; or an open file descriptor where the function accepts one.</summary>
internal sealed class PosixPath
{
    public PyObject Object = PyNone.Instance;
    public byte[]? Bytes;          // NUL-terminated
    public int Fd = -1;
    public bool IsBytes;
    /// <summary>Given as a descriptor, negative ones included: the system call answers those with
    /// EBADF (a negative one taken for "no descriptor" left no path either, and the call got NULL).</summary>
    public bool IsFd;
}

public static partial class PosixModule
{
    /// <summary>CPython's path_converter: str (encoded with surrogateescape), bytes, os.PathLike, maybe an fd or None.</summary>
    internal static PosixPath PathArg(string fn, string arg, PyObject o, bool allowFd = false, bool nullable = false)
    {
        var p = new PosixPath { Object = o };
        if (nullable && o is PyNone) { p.Bytes = "."u8.ToArray().Append((byte)0).ToArray(); return p; }
        if (allowFd && o is PyInt fdi)
        {
            // CPython's _fd_converter: any C int.
            if (fdi.Big is { } big ? big.Sign > 0 : fdi.V > int.MaxValue) throw Errors.OverflowError("fd is greater than maximum");
            if (fdi.Big is not null || fdi.V < int.MinValue) throw Errors.OverflowError("fd is less than minimum");
            if (fdi.V == -1)
            {
                // -1 is CPython's "no descriptor": with no path either, a function that takes None
                // works on "." and the others pass NULL to the system call, which fails with EFAULT.
                if (nullable) { p.Bytes = "."u8.ToArray().Append((byte)0).ToArray(); return p; }
                throw IoModule.OSErrorFor(14, o);
            }
            p.Fd = (int)fdi.V;
            p.IsFd = true;
            return p;
        }
        PyObject v = o;
        if (o is not PyStr && o is not PyBytes)
        {
            var fspath = o.Type.Lookup("__fspath__");
            if (fspath is null)
            {
                string kinds = (allowFd, nullable) switch
                {
                    (true, true) => "string, bytes, os.PathLike, integer or None",
                    (true, false) => "string, bytes, os.PathLike or integer",
                    (false, true) => "string, bytes, os.PathLike or None",
                    _ => "string, bytes or os.PathLike",
                };
                throw Errors.TypeError($"{fn}: {arg} should be {kinds}, not {o.Type.Name}");
            }
            v = Ops.CallMethod(fspath, o);
            if (v is not PyStr && v is not PyBytes)
                throw Errors.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {v.Type.Name}");
        }
        if (v is PyStr sv && sv.V.Contains('\0')) throw Errors.ValueError("embedded null byte"); // the fs encoder's complaint
        byte[] raw = v is PyStr s ? FsEncode(s.V) : ((PyBytes)v).V;
        if (Array.IndexOf(raw, (byte)0) >= 0) throw Errors.ValueError($"{fn}: embedded null character in {arg}");
        p.IsBytes = v is PyBytes;
        p.Bytes = new byte[raw.Length + 1];
        raw.CopyTo(p.Bytes, 0);
        return p;
    }

    /// <summary>The file system encoding: UTF-8 with surrogateescape, as CPython on Linux.</summary>
    public static byte[] FsEncode(string s)
    {
        bool plain = true;
        foreach (char c in s) if (c >= 0xDC80 && c <= 0xDCFF) { plain = false; break; }
        if (plain) return Encoding.UTF8.GetBytes(s);
        var bytes = new List<byte>(s.Length);
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            bool escaped = i < s.Length && s[i] >= 0xDC80 && s[i] <= 0xDCFF && !(i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (i < s.Length && !escaped) continue;
            bytes.AddRange(Encoding.UTF8.GetBytes(s[start..i]));
            if (i < s.Length) bytes.Add((byte)(s[i] - 0xDC00));
            start = i + 1;
        }
        return bytes.ToArray();
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string FsDecode(ReadOnlySpan<byte> b)
    {
        try { return StrictUtf8.GetString(b); }
        catch (DecoderFallbackException) { }
        // Undecodable bytes become lone surrogates U+DC80..U+DCFF (PEP 383).
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            int n = b[i] < 0x80 ? 1 : b[i] >= 0xC2 && b[i] < 0xE0 ? 2 : b[i] >= 0xE0 && b[i] < 0xF0 ? 3 : b[i] >= 0xF0 && b[i] < 0xF5 ? 4 : 0;
            if (n > 0 && i + n <= b.Length)
            {
                try { sb.Append(StrictUtf8.GetString(b.Slice(i, n))); i += n; continue; }
                catch (DecoderFallbackException) { }
            }
            sb.Append((char)(0xDC00 + b[i]));
            i++;
        }
        return sb.ToString();
    }

    /// <summary>A name as the caller's path type: bytes for a bytes path, str otherwise.</summary>
    internal static PyObject NameOf(ReadOnlySpan<byte> name, bool asBytes) => asBytes ? new PyBytes(name.ToArray()) : PyStr.From(FsDecode(name));

    internal static PyException Error(PyObject? filename = null, PyObject? filename2 = null) =>
        IoModule.OSErrorFor(PosixNative.Errno, filename, filename2);

    internal static PyException Error(PosixPath p) => Error(p.Object);

    internal static int DirFd(PyObject? o) => o is null or PyNone ? PosixNative.AT_FDCWD : FdArg(o);

    internal static int FdArg(PyObject o)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        long v = Ops.IndexValue(o);
        if (v > int.MaxValue) throw Errors.OverflowError("fd is greater than maximum");
        if (v < int.MinValue) throw Errors.OverflowError("fd is less than minimum");
        return (int)v;
    }

    internal static PyObject?[] Bind(string fn, ReadOnlySpan<PyObject> a, string[]? kw, int npos, int required, params string[] names) =>
        Args.Bind(fn, a, kw, npos, required, names);

    /// <summary>METH_NOARGS functions, whose errors name the module as CPython's do.</summary>
    internal static void NoArgs(string qualname, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{qualname}() takes no keyword arguments");
        if (a.Length > 0) throw Errors.TypeError($"{qualname}() takes no arguments ({a.Length} given)");
    }

    internal static bool Truth(PyObject? o, bool dflt) => o is null ? dflt : Ops.Truth(o);

    /// <summary>dir_fd and follow_symlinks=False together with an fd path are errors in CPython.</summary>
    internal static void CheckFdPath(string fn, PosixPath p, PyObject? dirFd, bool follow)
    {
        if (!p.IsFd) return;
        if (dirFd is not null and not PyNone) throw Errors.ValueError($"{fn}: can't specify dir_fd without matching path");
        if (!follow) throw Errors.ValueError($"{fn}: cannot use fd and follow_symlinks together");
    }
}
