using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Tests.Probes;

/// <summary>The one place probe tests construct code objects and frames.</summary>
internal static class TestFrames
{
    /// <param name="lines">line of each instruction index (what LineForInstruction returns).</param>
    public static CodeObject Code(string fileName, string name, int firstLineNo, params int[] lines) =>
        Code(fileName, name, firstLineNo, new int[lines.Length], lines);

    /// <param name="words">the instruction words; <paramref name="lines"/> the line of each.</param>
    public static CodeObject Code(string fileName, string name, int firstLineNo, int[] words, int[] lines) => new()
    {
        Code = words,
        LineTable = lines,
        Constants = [],
        Names = [],
        VarNames = [],
        CellVars = [],
        FreeVars = [],
        ExceptionTable = [],
        FileName = fileName,
        Name = name,
        QualName = name,
        FirstLineNo = firstLineNo,
    };

    public static Frame Frame(CodeObject code) => new(code, new PyDict(), new PyDict(), null);

    /// <summary>A frame whose Code is null, so every argument source throws.</summary>
    public static Frame Broken() => (Frame)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Frame));
}
