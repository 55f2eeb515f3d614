using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>
/// The warnings CPython's compiler and tokenizer issue while compiling (compiler_warn, parser_warn):
/// through warnings.warn_explicit with the source's file name and line, so filters apply and the
/// source line is shown. A filter that turns the warning into an error makes it a SyntaxError at the
/// same place, as CPython replaces the SyntaxWarning with compiler_error. Nothing is issued outside an
/// interpreter (the build's precompilation of the library).
/// </summary>
internal static class CompileWarnings
{
    /// <summary>Issues the warning; true when a filter raised it as an error of its own category
    /// (the caller then raises its SyntaxError), false when it was shown, ignored or recorded.</summary>
    public static bool Warn(PyType category, string message, string filename, int line)
    {
        if (Hosting.Host.CurrentOrNull is null) return false;
        try
        {
            var warnings = Importer.ImportName("warnings", new PyDict(), PyNone.Instance, 0);
            Ops.Call(Ops.GetAttr(warnings, "warn_explicit"), [PyStr.From(message), category, PyStr.From(filename), PyInt.From(line)]);
            return false;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(category)) { return true; }
    }
}
