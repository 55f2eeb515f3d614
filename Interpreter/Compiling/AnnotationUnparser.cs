using System.Text;
using Herthon.Parsing;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>
/// `from __future__ import annotations` (PEP 563): an annotation becomes the string of its
/// expression, written back from the AST with the spacing and the minimal parentheses of CPython's
/// unparser (Python/ast_unparse.c), so `x: List[ int ]` is annotated with 'List[int]'.
/// </summary>
internal static class AnnotationUnparser
{
    // CPython's operator precedences, lowest first.
    private const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, Expr = 6, BOr = Expr, BXor = 7,
        BAnd = 8, Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, AwaitLevel = 14, Atom = 15;

    public static string Unparse(Parsing.Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Test);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Parsing.Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOpKind.And ? And : Or;
                Open(sb, level > pr);
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) sb.Append(b.Op == BoolOpKind.And ? " and " : " or ");
                    Append(sb, b.Values[i], pr + 1);
                }
                Close(sb, level > pr);
                break;
            }
            case BinOp b:
            {
                var (text, pr) = BinOpText(b.Op);
                bool rassoc = b.Op == BinOpKind.Pow;
                Open(sb, level > pr);
                Append(sb, b.Left, pr + (rassoc ? 1 : 0));
                sb.Append(text);
                Append(sb, b.Right, pr + (rassoc ? 0 : 1));
                Close(sb, level > pr);
                break;
            }
            case UnaryOp u:
            {
                var (text, pr) = u.Op switch
                {
                    UnaryOpKind.Not => ("not ", Not),
                    UnaryOpKind.Invert => ("~", Factor),
                    UnaryOpKind.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                Open(sb, level > pr);
                sb.Append(text);
                Append(sb, u.Operand, pr);
                Close(sb, level > pr);
                break;
            }
            case Lambda l:
                Open(sb, level > Test);
                sb.Append("lambda");
                var args = new StringBuilder();
                AppendArguments(args, l.Args);
                if (args.Length > 0) sb.Append(' ').Append(args);
                sb.Append(": ");
                Append(sb, l.Body, Test);
                Close(sb, level > Test);
                break;
            case IfExp i:
                Open(sb, level > Test);
                Append(sb, i.Body, Test + 1);
                sb.Append(" if ");
                Append(sb, i.Test, Test + 1);
                sb.Append(" else ");
                Append(sb, i.OrElse, Test);
                Close(sb, level > Test);
                break;
            case DictExpr d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k) { Append(sb, k, Test); sb.Append(": "); Append(sb, d.Values[i], Test); }
                    else { sb.Append("**"); Append(sb, d.Values[i], Expr); }
                }
                sb.Append('}');
                break;
            case SetExpr s:
                if (s.Elts.Count == 0) { sb.Append("{*()}"); break; }
                sb.Append('{');
                AppendList(sb, s.Elts, Test);
                sb.Append('}');
                break;
            case ListComp lc: sb.Append('['); Append(sb, lc.Elt, Test); AppendComprehensions(sb, lc.Generators); sb.Append(']'); break;
            case SetComp sc: sb.Append('{'); Append(sb, sc.Elt, Test); AppendComprehensions(sb, sc.Generators); sb.Append('}'); break;
            case DictComp dc:
                sb.Append('{'); Append(sb, dc.Key, Test); sb.Append(": "); Append(sb, dc.Value, Test);
                AppendComprehensions(sb, dc.Generators); sb.Append('}');
                break;
            case GeneratorExp g: sb.Append('('); Append(sb, g.Elt, Test); AppendComprehensions(sb, g.Generators); sb.Append(')'); break;
            case Await a:
                Open(sb, level > AwaitLevel);
                sb.Append("await ");
                Append(sb, a.Value, Atom);
                Close(sb, level > AwaitLevel);
                break;
            case Yield y:
                sb.Append(y.Value is null ? "(yield)" : "(yield ");
                if (y.Value is not null) { Append(sb, y.Value, Test); sb.Append(')'); }
                break;
            case YieldFrom yf: sb.Append("(yield from "); Append(sb, yf.Value, Test); sb.Append(')'); break;
            case Compare c:
                Open(sb, level > Cmp);
                Append(sb, c.Left, Cmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(CompareText(c.Ops[i]));
                    Append(sb, c.Comparators[i], Cmp + 1);
                }
                Close(sb, level > Cmp);
                break;
            case Call call:
                Append(sb, call.Func, Atom);
                if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp only)
                {
                    Append(sb, only, Test);   // f(x for x in y): the generator's own parentheses
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args) { if (!first) sb.Append(", "); first = false; Append(sb, a, Test); }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg is null) { sb.Append("**"); Append(sb, k.Value, Expr); }
                    else { sb.Append(k.Arg).Append('='); Append(sb, k.Value, Test); }
                }
                sb.Append(')');
                break;
            case Constant k: AppendConstant(sb, k.Value); break;
            case JoinedStr or FormattedValue:
                throw new NotSupportedException("f-string annotation");
            case Parsing.Attribute at:
                Append(sb, at.Value, Atom);
                // `1 .real`: an int literal needs a space before its attribute's dot
                if (at.Value is Constant { Value: long or int or System.Numerics.BigInteger }) sb.Append(' ');
                sb.Append('.').Append(at.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, Atom);
                sb.Append('[');
                if (s.Slice is TupleExpr { Elts.Count: > 0 } t)
                {
                    AppendList(sb, t.Elts, Test);
                    if (t.Elts.Count == 1) sb.Append(',');
                }
                else Append(sb, s.Slice, Tuple);
                sb.Append(']');
                break;
            case Starred st: sb.Append('*'); Append(sb, st.Value, Expr); break;
            case Name n: sb.Append(n.Id); break;
            case ListExpr l: sb.Append('['); AppendList(sb, l.Elts, Test); sb.Append(']'); break;
            case TupleExpr tu:
                if (tu.Elts.Count == 0) { sb.Append("()"); break; }
                Open(sb, level > Tuple);
                AppendList(sb, tu.Elts, Test);
                if (tu.Elts.Count == 1) sb.Append(',');
                Close(sb, level > Tuple);
                break;
            case Slice sl:
                if (sl.Lower is not null) Append(sb, sl.Lower, Test);
                sb.Append(':');
                if (sl.Upper is not null) Append(sb, sl.Upper, Test);
                if (sl.Step is not null) { sb.Append(':'); Append(sb, sl.Step, Test); }
                break;
            case NamedExpr ne:
                Open(sb, level > Tuple);
                Append(sb, ne.Target, Atom);
                sb.Append(" := ");
                Append(sb, ne.Value, Atom);
                Close(sb, level > Tuple);
                break;
            default:
                throw new NotSupportedException(e.GetType().Name);
        }
    }

    private static void Open(StringBuilder sb, bool when) { if (when) sb.Append('('); }
    private static void Close(StringBuilder sb, bool when) { if (when) sb.Append(')'); }

    private static void AppendList(StringBuilder sb, List<Parsing.Expr> items, int level)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], level);
        }
    }

    private static void AppendComprehensions(StringBuilder sb, List<Comprehension> gens)
    {
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync ? " async for " : " for ");
            Append(sb, g.Target, Tuple);
            sb.Append(" in ");
            Append(sb, g.Iter, Test + 1);
            foreach (var cond in g.Ifs) { sb.Append(" if "); Append(sb, cond, Test + 1); }
        }
    }

    private static void AppendArguments(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }
        int positional = a.PosOnlyArgs.Count + a.Args.Count, defaultsFrom = positional - a.Defaults.Count;
        for (int i = 0; i < positional; i++)
        {
            var arg = i < a.PosOnlyArgs.Count ? a.PosOnlyArgs[i] : a.Args[i - a.PosOnlyArgs.Count];
            Sep();
            sb.Append(arg.Name);
            if (i >= defaultsFrom) { sb.Append('='); Append(sb, a.Defaults[i - defaultsFrom], Test); }
            if (i == a.PosOnlyArgs.Count - 1) { Sep(); sb.Append('/'); }
        }
        if (a.VarArg is not null || a.KwOnlyArgs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.VarArg is not null) sb.Append(a.VarArg.Name);
        }
        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
        {
            Sep();
            sb.Append(a.KwOnlyArgs[i].Name);
            if (a.KwDefaults[i] is { } d) { sb.Append('='); Append(sb, d, Test); }
        }
        if (a.KwArg is not null) { Sep(); sb.Append("**").Append(a.KwArg.Name); }
    }

    private static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case EllipsisValue: sb.Append("..."); break;
            case double d when double.IsInfinity(d): sb.Append(d > 0 ? "1e309" : "-1e309"); break;   // as CPython: inf has no literal
            case ImaginaryLiteral im when double.IsInfinity(im.Imag): sb.Append("1e309j"); break;
            default: sb.Append(Ops.Repr(Compiler.ConstantValue(value))); break;
        }
    }

    private static (string, int) BinOpText(BinOpKind op) => op switch
    {
        BinOpKind.Add => (" + ", Arith),
        BinOpKind.Sub => (" - ", Arith),
        BinOpKind.Mult => (" * ", Term),
        BinOpKind.MatMult => (" @ ", Term),
        BinOpKind.Div => (" / ", Term),
        BinOpKind.Mod => (" % ", Term),
        BinOpKind.FloorDiv => (" // ", Term),
        BinOpKind.LShift => (" << ", Shift),
        BinOpKind.RShift => (" >> ", Shift),
        BinOpKind.BitOr => (" | ", BOr),
        BinOpKind.BitXor => (" ^ ", BXor),
        BinOpKind.BitAnd => (" & ", BAnd),
        _ => (" ** ", Power),
    };

    private static string CompareText(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => " == ",
        CmpOpKind.NotEq => " != ",
        CmpOpKind.Lt => " < ",
        CmpOpKind.LtE => " <= ",
        CmpOpKind.Gt => " > ",
        CmpOpKind.GtE => " >= ",
        CmpOpKind.Is => " is ",
        CmpOpKind.IsNot => " is not ",
        CmpOpKind.In => " in ",
        _ => " not in ",
    };
}
