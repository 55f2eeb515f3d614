using System.Text;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>`herthon --dis`: the listing CPython's dis.dis prints, over co_code as Herthon encodes it
/// (Bytecode, Opcodes), for a code object and the code objects it contains. With adaptive, each
/// instruction whose inline cache holds a specialisation shows it (dis.dis(f, adaptive=True)).</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code, bool adaptive = false)
    {
        var sb = new StringBuilder();
        Write(code, sb, adaptive);
        return sb.ToString();
    }

    private static void Write(CodeObject code, StringBuilder sb, bool adaptive)
    {
        sb.Append($"Disassembly of {CodeAttributes.Repr(code)}:\n");
        var b = code.CPython;
        int n = code.Code.Length;
        var labels = new HashSet<int>();
        for (int ip = 0; ip < n; ip++)
            if (Opcodes.Of((Op)(code.Code[ip] & 0xFF)).Kind == OpArgKind.Jump) labels.Add(2 * b.Start[Math.Clamp(code.Code[ip] >> 8, 0, n)]);
        foreach (var e in code.ExceptionTable) labels.Add(2 * b.Start[e.Handler]);
        int maxLine = 0;
        foreach (var l in code.LineTable) maxLine = Math.Max(maxLine, l);
        int lineWidth = maxLine >= 1000 ? maxLine.ToString().Length : 3;
        int offsetWidth = b.Code.Length - 2 >= 10000 ? (b.Code.Length - 2).ToString().Length : 4;
        int lastLine = -1;
        for (int ip = 0; ip < n; ip++)
        {
            int line = LineOf(code, ip);
            bool starts = line > 0 && line != lastLine;
            if (starts) lastLine = line;
            int first = b.Start[ip], units = b.Units(ip);
            for (int k = 0; k < units; k++)
            {
                int offset = 2 * (first + k);
                if (starts && k == 0 && offset > 0) sb.Append('\n');
                var fields = new List<string>
                {
                    starts && k == 0 ? line.ToString().PadLeft(lineWidth) : new string(' ', lineWidth),
                    "   ",
                    labels.Contains(offset) ? ">>" : "  ",
                    offset.ToString().PadLeft(offsetWidth),
                };
                int number = b.Code[offset];
                int arg = b.Code[offset + 1];
                for (int j = 0; j < k; j++) arg |= b.Code[2 * (first + j) + 1] << 8 * (k - j);
                if (k < units - 1)
                {
                    fields.Add(Opcodes.Names[number]!.PadRight(20));
                    fields.Add(arg.ToString().PadLeft(5));
                }
                else
                {
                    var op = (Op)(code.Code[ip] & 0xFF);
                    var e = Opcodes.Of(op);
                    string name = (adaptive ? Specializations.SpecializedName(code, ip) : null) ?? Opcodes.Names[number]!;
                    fields.Add(name.PadRight(20));
                    if (number >= Opcodes.HaveArgument)
                    {
                        fields.Add(arg.ToString().PadLeft(5));
                        var note = Describe(code, e, op, code.Code[ip] >> 8, b);
                        if (note.Length > 0) fields.Add("(" + note + ")");
                    }
                }
                sb.Append(string.Join(' ', fields).TrimEnd()).Append('\n');
            }
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append($"  {2 * b.Start[e.Start]} to {2 * b.Start[e.End] - 2} -> {2 * b.Start[e.Handler]} [{e.Depth}]{(e.PushLasti ? " lasti" : "")}\n");
        }
        foreach (var c in code.Constants)
        {
            if (c is CodeObject child) { sb.Append('\n'); Write(child, sb, adaptive); }
        }
    }

    /// <summary>The line an instruction starts (0 for the compiler's artificial ones), as co_lines() reports it.</summary>
    private static int LineOf(CodeObject c, int i) => i < c.NoLineEvent.Length && c.NoLineEvent[i] ? 0 : c.LineTable[i];

    private static readonly string[] Conversions = ["", "str", "repr", "ascii"];
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];

    /// <summary>dis's argrepr of an instruction (Herthon's argument <paramref name="arg"/>).</summary>
    private static string Describe(CodeObject code, OpEncoding e, Op op, int arg, Bytecode b)
    {
        switch (e.Kind)
        {
            case OpArgKind.Const: return Ops.Repr(code.Constants[arg]);
            case OpArgKind.Name or OpArgKind.Global: return code.Names[arg].V;
            case OpArgKind.Local: return code.VarNames[arg];
            case OpArgKind.Free: return arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length];
            case OpArgKind.Compare: return Opcodes.CmpOp[arg];
            case OpArgKind.BinaryOp or OpArgKind.InplaceOp:
                return Ops.N.Symbol[arg] + (e.Kind == OpArgKind.InplaceOp ? "=" : "");
            case OpArgKind.Jump: return "to " + 2 * b.Start[Math.Clamp(arg, 0, code.Code.Length)];
        }
        switch (op)
        {
            case Op.FormatValue:
                {
                    var s = Conversions[arg & 3];
                    if ((arg & 4) != 0) s += s.Length > 0 ? ", with format" : "with format";
                    return s;
                }
            case Op.MakeFunction:
                {
                    var parts = new List<string>();
                    for (int i = 0; i < 4; i++) if ((arg & 1 << i) != 0) parts.Add(MakeFunctionFlags[i]);
                    return string.Join(", ", parts);
                }
        }
        return "";
    }
}
