namespace Herthon.Runtime;

/// <summary>
/// Warnings that command-line options turn on: -b/-bb (BytesWarning for str() of bytes and for bytes
/// compared with str or int) and -X warn_default_encoding (EncodingWarning when a text file is opened
/// without an encoding). They go through the warnings module, so -W filters (and -bb's error) apply.
/// </summary>
public static class OptionWarnings
{
    public static bool Bytes, DefaultEncoding;

    public static void Warn(PyType category, string message, int stacklevel = 1)
    {
        var warnings = Importer.ImportName("warnings", new PyDict(), PyNone.Instance, 0);
        Ops.Call(Ops.GetAttr(warnings, "warn"), [PyStr.From(message), category, PyInt.From(stacklevel)]);
    }

    /// <summary>bytes_richcompare's warning for == and != between bytes and str or int.</summary>
    public static void CheckBytesComparison(PyObject a, PyObject b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return;
        bool aBytes = a is PyBytes or PyByteArray, bBytes = b is PyBytes or PyByteArray;
        if (aBytes == bBytes) return;
        var other = aBytes ? b : a;
        if (other is PyStr) Warn(TypeObjects.BytesWarning, "Comparison between bytes and string");
        else if (other is PyInt && other is not PyBool) Warn(TypeObjects.BytesWarning, "Comparison between bytes and int");
    }
}
