using System.Text;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer: the binary layer under the standard text
/// streams, which command-line tools write bytes to (`-m base64`, `-m json.tool`, `-m tarfile`). In
/// the herthon command the bytes go straight to descriptors 1 and 2 (after the text layer is
/// flushed, so order holds); in a host embedded with its own writers they are decoded as UTF-8.
/// </summary>
public sealed class PyStdioBuffer(PyTextStream text, TextWriter? writer, TextReader? reader) : PyObject
{
    private readonly PyTextStream _text = text;
    private readonly TextWriter? _writer = writer;
    private readonly TextReader? _reader = reader;
    public static readonly PyType BufferType = MakeType();
    public override PyType Type => BufferType;
    private byte[]? _pending;   // stdin read as bytes, not yet consumed

    /// <summary>Text the stream encoded itself (a codec other than UTF-8, or an error handler at work).</summary>
    internal void WriteBytes(byte[] data) => Write(data);

    private void Write(ReadOnlySpan<byte> data)
    {
        if (_writer is null) throw Errors.Make(TypeObjects.OSError, "not writable");
        _text.Flush();
        var fd = _text.Name switch { "<stdout>" => 1, "<stderr>" => 2, _ => -1 };
        if (Host.IsCommandLine && fd > 0 && OperatingSystem.IsLinux() && (fd == 2 || ReferenceEquals(Host.Current.RealStdout, _text)))
        {
            try { new DescriptorStream(fd).Write(data); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw PyTextStream.WriteFailed(e); }
            return;
        }
        _writer.Write(_text.DecodeWritten(data));
    }

    private byte[] ReadAll()
    {
        if (_reader is null) throw Errors.Make(TypeObjects.OSError, "not readable");
        var rest = _text.EncodeRead(_reader.ReadToEnd());
        if (_pending is { } p) { _pending = null; return [.. p, .. rest]; }
        return rest;
    }

    private byte[] ReadLine()
    {
        if (_pending is null || Array.IndexOf(_pending, (byte)'\n') < 0)
        {
            if (_reader is null) throw Errors.Make(TypeObjects.OSError, "not readable");
            var line = _reader.ReadLine();
            var more = line is null ? [] : _text.EncodeRead(line + "\n");
            _pending = _pending is null ? more : [.. _pending, .. more];
        }
        int nl = Array.IndexOf(_pending, (byte)'\n');
        int take = nl < 0 ? _pending.Length : nl + 1;
        var result = _pending[..take];
        _pending = _pending[take..];
        return result;
    }

    private static PyType MakeType()
    {
        var t = new PyType("BufferedWriter", [TypeObjects.Object], true) { Module = "_io" };
        t.ComputeMro();
        t.SetMethod("write", static (a, kw) =>
        {
            Args.Count("write", a, kw, 2, 2);
            if (a[1] is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            var data = BytesMethods.AsBytes(a[1]);
            ((PyStdioBuffer)a[0]).Write(data);
            return PyInt.From(data.Length);
        });
        t.SetMethod("flush", static (a, kw) => { ((PyStdioBuffer)a[0])._text.Flush(); return PyNone.Instance; });
        t.SetMethod("read", static (a, kw) =>
        {
            var b = (PyStdioBuffer)a[0];
            long n = a.Length > 1 && a[1] is not PyNone ? Ops.IndexValue(a[1]) : -1;
            if (n < 0) return new PyBytes(b.ReadAll());
            var all = new List<byte>();
            while (all.Count < n)
            {
                var line = b.ReadLine();
                if (line.Length == 0) break;
                all.AddRange(line);
            }
            if (all.Count > n) { b._pending = [.. all.GetRange((int)n, all.Count - (int)n), .. b._pending ?? []]; all.RemoveRange((int)n, all.Count - (int)n); }
            return new PyBytes([.. all]);
        });
        t.SetMethod("readline", static (a, kw) => new PyBytes(((PyStdioBuffer)a[0]).ReadLine()));
        t.SetMethod("readable", static (a, kw) => PyBool.From(((PyStdioBuffer)a[0])._reader is not null));
        t.SetMethod("writable", static (a, kw) => PyBool.From(((PyStdioBuffer)a[0])._writer is not null));
        t.SetMethod("isatty", static (a, kw) => PyBool.From(((PyStdioBuffer)a[0])._text.IsTerminal()));
        t.SetMethod("fileno", static (a, kw) => Ops.Call(Ops.GetAttr(((PyStdioBuffer)a[0])._text, "fileno")));
        t.SetMethod("close", static (a, kw) => Ops.Call(Ops.GetAttr(((PyStdioBuffer)a[0])._text, "close")));
        t.TypeDict["closed"] = new PyGetSetDescriptor("closed", o => PyBool.From(((PyStdioBuffer)o)._text.Closed));
        t.TypeDict["name"] = new PyGetSetDescriptor("name", o => PyInt.From(((PyStdioBuffer)o)._text.Name switch { "<stdin>" => 0, "<stdout>" => 1, "<stderr>" => 2, _ => -1 }));
        return t;
    }
}
