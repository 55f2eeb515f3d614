using System.Text;
using Herthon.Hosting;

namespace Herthon.Runtime;

public static partial class Builtins
{
    // CPython's compile() flags (Include/cpython/compile.h and the CO_FUTURE_* bits).
    private const int PyCF_ONLY_AST = 0x400;
    private const int AcceptedCompileFlags =
        0x100 | 0x200 | PyCF_ONLY_AST | 0x800 | 0x1000 | 0x2000 | 0x4000    // PyCF_*
        | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;   // CO_FUTURE_*

    private static readonly string[] CompileParameters = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];

    /// <summary>compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object
    /// from source text (str or bytes) or from an `ast` tree; with PyCF_ONLY_AST, the `ast` tree of
    /// the source (see Modules/Ast).</summary>
    private static PyObject Compile(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = Args.Positional(a, kw);
        if (npos > 6) throw Errors.TypeError($"compile() takes at most 6 arguments ({npos} given)");
        var values = new PyObject?[CompileParameters.Length];
        for (int i = 0; i < npos; i++) values[i] = a[i];
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++)
            {
                int k = Array.IndexOf(CompileParameters, kw[i]);
                if (k < 0) throw Errors.TypeError($"compile() got an unexpected keyword argument '{kw[i]}'");
                if (values[k] is not null) throw Errors.TypeError($"argument for compile() given by name ('{kw[i]}') and position ({k + 1})");
                values[k] = a[npos + i];
            }
        for (int i = 0; i < 3; i++)
            if (values[i] is null) throw Errors.TypeError($"compile() missing required argument '{CompileParameters[i]}' (pos {i + 1})");

        string filename = values[1] switch
        {
            PyStr s => s.V,
            PyBytes b => Encoding.UTF8.GetString(b.V),
            var o => throw Errors.TypeError($"compile() argument 'filename' must be str, bytes or os.PathLike, not {o!.Type.Name}"),
        };
        string mode = values[2] is PyStr ms ? ms.V : throw Errors.TypeError($"compile() argument 'mode' must be str, not {values[2]!.Type.Name}");
        long flags = values[3] is { } f ? Ops.IndexValue(f) : 0;
        if ((flags & ~AcceptedCompileFlags) != 0) throw Errors.ValueError("compile(): unrecognised flags");
        int optimize = values[5] is { } opt ? (int)Math.Clamp(Ops.IndexValue(opt), -2, 3) : -1;
        if (optimize is < -1 or > 2) throw Errors.ValueError("compile(): invalid optimize value");
        if (mode == "func_type")
            throw (flags & PyCF_ONLY_AST) != 0
                ? Errors.NotImplementedError("compile() mode 'func_type' (PEP 484 function type comments) is not supported")
                : Errors.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        // Herthon's tokenizer drops comments, so type comments cannot be reported.
        if ((flags & AstModule.PyCF_TYPE_COMMENTS) != 0 && (flags & PyCF_ONLY_AST) != 0)
            throw Errors.NotImplementedError("compile() with PyCF_TYPE_COMMENTS (ast.parse(type_comments=True)) is not supported");
        if (mode is not ("exec" or "eval" or "single"))
            throw Errors.ValueError((flags & PyCF_ONLY_AST) != 0
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        if (AstModule.IsAst(values[0]!))
        {
            if ((flags & PyCF_ONLY_AST) != 0) return values[0]!;
            var tree = AstModule.FromPython(values[0]!, mode);
            SysModule.Audit("compile", values[0]!, PyStr.From(filename));
            try { return Compiling.Compiler.Compile(tree, filename, "", mode, optimize); }
            catch (Parsing.SyntaxErrorException e) { throw new PyException(Host.ToPySyntaxError(e)); }
        }

        string source = values[0] switch
        {
            PyStr s => s.V,
            PyBytes b => DecodeSource(b.V),
            PyByteArray ba => DecodeSource(ba.ToArray()),
            _ => throw Errors.TypeError("compile() arg 1 must be a string, bytes or AST object"),
        };
        if (source.Contains('\0')) throw Errors.ValueError("source code string cannot contain null bytes");
        SysModule.Audit("compile", values[0]!, PyStr.From(filename));
        try { return (flags & PyCF_ONLY_AST) != 0 ? AstModule.Parse(source, filename, mode) : Host.CompileSource(source, filename, mode, optimize); }
        catch (Parsing.SyntaxErrorException e) { throw new PyException(Host.ToPySyntaxError(e)); }
    }

    /// <summary>Source bytes are UTF-8 (a BOM is dropped). A PEP 263 cookie naming another encoding is
    /// not honoured yet.</summary>
    private static string DecodeSource(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        return Encoding.UTF8.GetString(bytes);
    }
}
