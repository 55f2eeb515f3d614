using Herthon.Compiling;

namespace Herthon.Runtime;

/// <summary>An instance of BaseException or a subclass.</summary>
public class PyBaseException : PyDictInstance
{
    public PyTuple Args = PyTuple.Empty;
    public PyTraceback? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    /// <summary>Set once the raise site attached the implicit __context__.</summary>
    internal bool ContextAttached;
    /// <summary>The frame that added the newest traceback entry (so a re-raise in the same frame adds none).</summary>
    internal Evaluation.Frame? LastTbFrame;

    public PyBaseException(PyType type) : base(type) { }

    public PyObject? Attr(string name) => TryGetAttrValue(PyStr.From(name), out var v) ? v : null;
}

/// <summary>One traceback entry (CPython's traceback object): where a frame was when the exception passed.</summary>
public sealed class PyTraceback(Evaluation.Frame frame, int ip, PyTraceback? next) : PyObject
{
    public readonly Evaluation.Frame Frame = frame.Escape();
    public readonly CodeObject Code = frame.Code;
    /// <summary>Index of the instruction that was executing; -1 for the frame's entry (a failed 'call' trace event).</summary>
    public readonly int Ip = ip;
    public int Line => GivenLine ?? (Ip < 0 ? Code.FirstLineNo : Code.LineForInstruction(Ip));
    /// <summary>The tb_lineno given to types.TracebackType(...) (tb_lasti then gives Ip).</summary>
    public int? GivenLine;
    public PyTraceback? Next = next;
    public override PyType Type => TypeObjects.TracebackType;
}

/// <summary>The .NET carrier of a Python exception while it propagates through C# code.</summary>
public sealed class PyException(PyBaseException value) : Exception
{
    public readonly PyBaseException Value = value;
    public override string Message => Errors.FormatExceptionLine(Value);
}

/// <summary>Factories for the builtin exceptions raised by the runtime, with CPython's messages.</summary>
public static class Errors
{
    public static PyException Make(PyType type, string message)
    {
        var e = NewException(type, [PyStr.From(message)]);
        return new PyException(e);
    }

    /// <summary>An exception class a native module defines (struct.error, zlib.error, _csv.Error, ...).</summary>
    public static PyType ModuleException(string name, string module, PyType @base)
    {
        var t = new PyType(name, [@base], false) { Module = module };
        t.ComputeMro();
        t.New = @base.New;
        return t;
    }

    public static PyBaseException NewException(PyType type, PyObject[] args)
    {
        var e = new PyBaseException(type) { Args = PyTuple.From(args) };
        return e;
    }

    public static PyException TypeError(string m) => Make(TypeObjects.TypeError, m);
    public static PyException ValueError(string m) => Make(TypeObjects.ValueError, m);
    public static PyException IndexError(string m) => Make(TypeObjects.IndexError, m);
    public static PyException KeyError(PyObject key) => new(NewException(TypeObjects.KeyError, [key]));
    public static PyException KeyError(string m) => Make(TypeObjects.KeyError, m);
    public static PyException NameError(string m) => Make(TypeObjects.NameError, m);
    public static PyException AttributeError(string m) => Make(TypeObjects.AttributeError, m);
    public static PyException ZeroDivisionError(string m) => Make(TypeObjects.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => Make(TypeObjects.OverflowError, m);
    public static PyException RuntimeError(string m) => Make(TypeObjects.RuntimeError, m);
    public static PyException RecursionError(string m) => Make(TypeObjects.RecursionError, m);
    public static PyException NotImplementedError(string m) => Make(TypeObjects.NotImplementedError, m);
    public static PyException StopIteration() => new(NewException(TypeObjects.StopIteration, []));
    public static PyException UnboundLocalError(string m) => Make(TypeObjects.UnboundLocalError, m);
    public static PyException ImportError(string m) => Make(TypeObjects.ImportError, m);
    public static PyException ModuleNotFoundError(string m) => Make(TypeObjects.ModuleNotFoundError, m);
    public static PyException AssertionError(string m) => Make(TypeObjects.AssertionError, m);
    public static PyException OSError(string m) => Make(TypeObjects.OSError, m);
    public static PyException FileNotFoundError(string m) => Make(TypeObjects.FileNotFoundError, m);
    public static PyException UnicodeError(string m) => Make(TypeObjects.UnicodeError, m);
    public static PyException EOFError(string m) => Make(TypeObjects.EOFError, m);
    public static PyException MemoryError(string m) => Make(TypeObjects.MemoryError, m);

    public static PyException Unsupported(string op, PyObject a, PyObject b) =>
        TypeError($"unsupported operand type(s) for {op}: '{a.Type.Name}' and '{b.Type.Name}'");

    /// <summary>`Type: message` (or just `Type` with no message), as the last traceback line;
    /// <paramref name="colonWhenEmpty"/>: `Type: ` even with no message, as sys.unraisablehook's
    /// default report writes it (CPython's write_unraisable_exc_file).</summary>
    public static string FormatExceptionLine(PyBaseException e, bool colonWhenEmpty = false)
    {
        var t = e.Type;
        string name = t.Module is "builtins" or "__main__" ? t.QualName : $"{t.Module}.{t.QualName}";
        string msg;
        try { msg = Ops.Str(e); }
        catch (PyException) { msg = "<exception str() failed>"; }
        return msg.Length == 0 && !colonWhenEmpty ? name : $"{name}: {msg}";
    }
}
