using Herthon.Compiling;
using Herthon.Evaluation;

namespace Herthon.Tests.Probes;

/// <summary>
/// The one place probe tests construct code objects and frames. Written against the stand-in
/// constructors of Interpreter/Probes/_StandIns.cs; adapt these two methods to the real CodeObject and
/// Frame when they replace the stand-ins.
/// </summary>
internal static class TestFrames
{
    /// <param name="lines">line of each instruction index (what LineForInstruction returns).</param>
    public static CodeObject Code(string fileName, string name, int firstLineNo, params int[] lines)
        => new(fileName, name, firstLineNo, lines);

    public static Frame Frame(CodeObject code) => new(code);

    /// <summary>A frame whose Code is null, so every argument source throws.</summary>
    public static Frame Broken() => new(null!);
}
