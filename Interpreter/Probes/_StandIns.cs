// STAND-INS — delete this file when merging with the lead's compiler and eval loop.
// Minimal versions of the types the probe contract names, so the probes branch compiles on its own.
// Only the members the probe code reads are here; the real files replace them.

namespace Herthon.Compiling
{
    public sealed partial class CodeObject(string fileName, string name, int firstLineNo, int[] lines)
    {
        public string FileName { get; } = fileName;
        public string Name { get; } = name;
        public int FirstLineNo { get; } = firstLineNo;
        public int LineForInstruction(int ip) => ip >= 0 && ip < lines.Length ? lines[ip] : FirstLineNo;
    }
}

namespace Herthon.Evaluation
{
    public sealed partial class Frame(Herthon.Compiling.CodeObject code)
    {
        public Herthon.Compiling.CodeObject Code { get; } = code;
    }
}
