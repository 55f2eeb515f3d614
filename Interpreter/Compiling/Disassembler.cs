using System.Text;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>`herthon --dis`: a CPython-`dis`-like listing of a code object and the code objects it contains.</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code)
    {
        var sb = new StringBuilder();
        Write(code, sb);
        return sb.ToString();
    }

    private static void Write(CodeObject code, StringBuilder sb)
    {
        sb.Append($"Disassembly of <code object {code.Name} at {Ops.Address(code)}, file \"{code.FileName}\", line {code.FirstLineNo}>:\n");
        var targets = new HashSet<int>();
        foreach (var w in code.Code)
            if (IsJump((Op)(w & 0xFF))) targets.Add(w >> 8);
        foreach (var e in code.ExceptionTable) targets.Add(e.Handler);
        int lastLine = -1;
        for (int ip = 0; ip < code.Code.Length; ip++)
        {
            int w = code.Code[ip];
            var op = (Op)(w & 0xFF);
            int arg = w >> 8;
            int line = code.LineTable[ip];
            if (line != lastLine)
            {
                if (ip > 0) sb.Append('\n');
                sb.Append(line.ToString().PadLeft(4));
                lastLine = line;
            }
            else sb.Append("    ");
            sb.Append(targets.Contains(ip) ? "  >> " : "     ");
            sb.Append(ip.ToString().PadLeft(4)).Append(' ').Append(op.ToString().PadRight(20));
            if (HasArg(op))
            {
                sb.Append(arg.ToString().PadLeft(4));
                var note = Describe(code, op, arg);
                if (note.Length > 0) sb.Append(" (").Append(note).Append(')');
            }
            sb.Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable) sb.Append($"  {e.Start} to {e.End} -> {e.Handler} [{e.Depth}]\n");
        }
        foreach (var c in code.Constants)
        {
            if (c is CodeObject child) { sb.Append('\n'); Write(child, sb); }
        }
    }

    private static bool IsJump(Op op) => op is Op.Jump or Op.JumpBackward or Op.PopJumpIfFalse or Op.PopJumpIfTrue
        or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.ForIter or Op.Send or Op.CheckEgMatch or Op.PrepReraiseStar;

    private static bool HasArg(Op op) => op switch
    {
        Op.Nop or Op.PopTop or Op.RotTwo or Op.RotThree or Op.RotFour or Op.DupTop or Op.DupTopTwo or Op.UnaryNegative
            or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert or Op.BinarySubscr or Op.StoreSubscr or Op.DeleteSubscr
            or Op.ListToTuple or Op.GetIter or Op.LoadBuildClass or Op.ReturnValue or Op.YieldValue or Op.GetYieldFromIter
            or Op.ImportStar or Op.Reraise or Op.PushExcInfo or Op.PopExcept or Op.CheckExcMatch or Op.BeforeWith
            or Op.WithExceptStart or Op.SetupAnnotations or Op.LoadAssertionError or Op.PrintExpr
            or Op.GetAiter or Op.GetAnext or Op.EndAsyncFor or Op.BeforeAsyncWith or Op.AsyncGenWrap
            or Op.GetLen or Op.MatchSequence or Op.MatchMapping or Op.MatchKeys => false,
        _ => true,
    };

    private static string Describe(CodeObject code, Op op, int arg)
    {
        switch (op)
        {
            case Op.LoadConst: return code.Constants[arg] is CodeObject co ? $"<code object {co.Name}>" : Ops.Repr(code.Constants[arg]);
            case Op.KwNames: return Ops.Repr(code.Constants[arg]);
            case Op.LoadFast or Op.StoreFast or Op.DeleteFast: return code.VarNames[arg];
            case Op.LoadDeref or Op.StoreDeref or Op.DeleteDeref or Op.LoadClosure or Op.LoadClassDeref:
                return arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length];
            case Op.LoadGlobal or Op.StoreGlobal or Op.DeleteGlobal or Op.LoadName or Op.StoreName or Op.DeleteName
                or Op.LoadAttr or Op.StoreAttr or Op.DeleteAttr or Op.LoadMethod or Op.ImportName or Op.ImportFrom:
                return code.Names[arg].V;
            case Op.BinaryOp or Op.InplaceOp: return Ops.N.Symbol[arg] + (op == Op.InplaceOp ? "=" : "");
            case Op.CompareOp: return Ops.OpSymbol((CompareOp)arg);
            case Op.IsOp: return arg == 0 ? "is" : "is not";
            case Op.ContainsOp: return arg == 0 ? "in" : "not in";
        }
        if (IsJump(op)) return "to " + arg;
        return "";
    }
}
