using System.Globalization;
using System.Numerics;
using System.Text;
using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;
using PyAssert = Herthon.Parsing.Assert;

namespace Herthon.Tests.Parsing;

/// <summary>Renders our AST exactly like CPython 3.11's ast.dump (optionally with
/// include_attributes=True), so parser tests compare against python3's own output.</summary>
internal static class AstDump
{
    public static string Dump(Node node, bool positions = false)
    {
        var d = new Dumper(positions);
        d.Node(node);
        return d.Sb.ToString();
    }

    private sealed class Dumper(bool positions)
    {
        public readonly StringBuilder Sb = new();
        private bool _first;

        private void Open(string name) { Sb.Append(name).Append('('); _first = true; }

        private void FieldName(string name)
        {
            if (!_first) Sb.Append(", ");
            _first = false;
            Sb.Append(name).Append('=');
        }

        private void F(string name, Node? n, bool optional = true)
        {
            if (n is null && optional) return;
            FieldName(name);
            Node(n);
        }

        private void F<T>(string name, List<T> list) where T : Node?
        {
            FieldName(name);
            Sb.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) Sb.Append(", ");
                Node(list[i]);
            }
            Sb.Append(']');
        }

        private void Raw(string name, string text) { FieldName(name); Sb.Append(text); }

        private void Close(Node n, bool hasPositions = true)
        {
            if (positions && hasPositions)
            {
                Raw("lineno", n.Line.ToString(CultureInfo.InvariantCulture));
                Raw("col_offset", n.Col.ToString(CultureInfo.InvariantCulture));
                Raw("end_lineno", n.EndLine.ToString(CultureInfo.InvariantCulture));
                Raw("end_col_offset", n.EndCol.ToString(CultureInfo.InvariantCulture));
            }
            Sb.Append(')');
            _first = false;
        }

        private void Ctx(ExprContext c) => Raw("ctx", c + "()");

        private void Body(string name, List<Stmt> body) => F(name, body);

        public void Node(Node? node)
        {
            switch (node)
            {
                case null: Sb.Append("None"); return;
                case ModuleNode m:
                    Open("Module"); F("body", m.Body); Raw("type_ignores", "[]"); Close(m, false); return;
                case FunctionDef f:
                    Open(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef");
                    Raw("name", PyRepr.Str(f.Name)); FieldName("args"); Arguments(f.Args);
                    Body("body", f.Body); F("decorator_list", f.DecoratorList); F("returns", f.Returns); Close(f); return;
                case ClassDef c:
                    Open("ClassDef"); Raw("name", PyRepr.Str(c.Name)); F("bases", c.Bases); F("keywords", c.Keywords);
                    Body("body", c.Body); F("decorator_list", c.DecoratorList); Close(c); return;
                case Return r: Open("Return"); F("value", r.Value); Close(r); return;
                case Delete d: Open("Delete"); F("targets", d.Targets); Close(d); return;
                case Assign a: Open("Assign"); F("targets", a.Targets); F("value", a.Value, false); Close(a); return;
                case AugAssign a: Open("AugAssign"); F("target", a.Target, false); Raw("op", a.Op + "()"); F("value", a.Value, false); Close(a); return;
                case AnnAssign a:
                    Open("AnnAssign"); F("target", a.Target, false); F("annotation", a.Annotation, false); F("value", a.Value);
                    Raw("simple", a.Simple ? "1" : "0"); Close(a); return;
                case For f:
                    Open(f.IsAsync ? "AsyncFor" : "For"); F("target", f.Target, false); F("iter", f.Iter, false);
                    Body("body", f.Body); Body("orelse", f.OrElse); Close(f); return;
                case While w: Open("While"); F("test", w.Test, false); Body("body", w.Body); Body("orelse", w.OrElse); Close(w); return;
                case If i: Open("If"); F("test", i.Test, false); Body("body", i.Body); Body("orelse", i.OrElse); Close(i); return;
                case With w:
                    Open(w.IsAsync ? "AsyncWith" : "With");
                    FieldName("items"); Sb.Append('[');
                    for (int k = 0; k < w.Items.Count; k++)
                    {
                        if (k > 0) Sb.Append(", ");
                        Open("withitem"); F("context_expr", w.Items[k].ContextExpr, false); F("optional_vars", w.Items[k].OptionalVars);
                        Sb.Append(')'); _first = false;
                    }
                    Sb.Append(']');
                    Body("body", w.Body); Close(w); return;
                case Raise r: Open("Raise"); F("exc", r.Exc); F("cause", r.Cause); Close(r); return;
                case Try t:
                    Open(t.IsStar ? "TryStar" : "Try"); Body("body", t.Body); F("handlers", t.Handlers); Body("orelse", t.OrElse);
                    Body("finalbody", t.FinalBody); Close(t); return;
                case ExceptHandler h:
                    Open("ExceptHandler"); F("type", h.Type); if (h.Name is not null) Raw("name", PyRepr.Str(h.Name));
                    Body("body", h.Body); Close(h); return;
                case PyAssert a: Open("Assert"); F("test", a.Test, false); F("msg", a.Msg); Close(a); return;
                case Import i: Open("Import"); F("names", i.Names); Close(i); return;
                case ImportFrom i:
                    Open("ImportFrom"); if (i.Module is not null) Raw("module", PyRepr.Str(i.Module)); F("names", i.Names);
                    Raw("level", i.Level.ToString(CultureInfo.InvariantCulture)); Close(i); return;
                case Alias a: Open("alias"); Raw("name", PyRepr.Str(a.Name)); if (a.AsName is not null) Raw("asname", PyRepr.Str(a.AsName)); Close(a); return;
                case Global g: Open("Global"); Raw("names", Names(g.Names)); Close(g); return;
                case Nonlocal n: Open("Nonlocal"); Raw("names", Names(n.Names)); Close(n); return;
                case ExprStmt e: Open("Expr"); F("value", e.Value, false); Close(e); return;
                case Pass p: Open("Pass"); Close(p); return;
                case Break b: Open("Break"); Close(b); return;
                case Continue c: Open("Continue"); Close(c); return;

                case BoolOp b: Open("BoolOp"); Raw("op", b.Op + "()"); F("values", b.Values); Close(b); return;
                case NamedExpr n: Open("NamedExpr"); F("target", n.Target, false); F("value", n.Value, false); Close(n); return;
                case BinOp b: Open("BinOp"); F("left", b.Left, false); Raw("op", b.Op + "()"); F("right", b.Right, false); Close(b); return;
                case UnaryOp u: Open("UnaryOp"); Raw("op", u.Op + "()"); F("operand", u.Operand, false); Close(u); return;
                case Lambda l: Open("Lambda"); FieldName("args"); Arguments(l.Args); F("body", l.Body, false); Close(l); return;
                case IfExp i: Open("IfExp"); F("test", i.Test, false); F("body", i.Body, false); F("orelse", i.OrElse, false); Close(i); return;
                case DictExpr d: Open("Dict"); F("keys", d.Keys); F("values", d.Values); Close(d); return;
                case SetExpr s: Open("Set"); F("elts", s.Elts); Close(s); return;
                case ListComp l: Open("ListComp"); F("elt", l.Elt, false); Comprehensions(l.Generators); Close(l); return;
                case SetComp s: Open("SetComp"); F("elt", s.Elt, false); Comprehensions(s.Generators); Close(s); return;
                case DictComp d: Open("DictComp"); F("key", d.Key, false); F("value", d.Value, false); Comprehensions(d.Generators); Close(d); return;
                case GeneratorExp g: Open("GeneratorExp"); F("elt", g.Elt, false); Comprehensions(g.Generators); Close(g); return;
                case Await a: Open("Await"); F("value", a.Value, false); Close(a); return;
                case Yield y: Open("Yield"); F("value", y.Value); Close(y); return;
                case YieldFrom y: Open("YieldFrom"); F("value", y.Value, false); Close(y); return;
                case Compare c:
                    Open("Compare"); F("left", c.Left, false);
                    Raw("ops", "[" + string.Join(", ", c.Ops.Select(o => o + "()")) + "]");
                    F("comparators", c.Comparators); Close(c); return;
                case Keyword k: Open("keyword"); if (k.Arg is not null) Raw("arg", PyRepr.Str(k.Arg)); F("value", k.Value, false); Close(k); return;
                case Call c: Open("Call"); F("func", c.Func, false); F("args", c.Args); F("keywords", c.Keywords); Close(c); return;
                case FormattedValue f:
                    Open("FormattedValue"); F("value", f.Value, false); Raw("conversion", f.Conversion.ToString(CultureInfo.InvariantCulture));
                    F("format_spec", f.FormatSpec); Close(f); return;
                case JoinedStr j: Open("JoinedStr"); F("values", j.Values); Close(j); return;
                case Constant c: Open("Constant"); Raw("value", PyRepr.Value(c.Value)); Close(c); return;
                case Attribute a: Open("Attribute"); F("value", a.Value, false); Raw("attr", PyRepr.Str(a.Attr)); Ctx(a.Ctx); Close(a); return;
                case Subscript s: Open("Subscript"); F("value", s.Value, false); F("slice", s.Slice, false); Ctx(s.Ctx); Close(s); return;
                case Starred s: Open("Starred"); F("value", s.Value, false); Ctx(s.Ctx); Close(s); return;
                case Name n: Open("Name"); Raw("id", PyRepr.Str(n.Id)); Ctx(n.Ctx); Close(n); return;
                case ListExpr l: Open("List"); F("elts", l.Elts); Ctx(l.Ctx); Close(l); return;
                case TupleExpr t: Open("Tuple"); F("elts", t.Elts); Ctx(t.Ctx); Close(t); return;
                case Slice s: Open("Slice"); F("lower", s.Lower); F("upper", s.Upper); F("step", s.Step); Close(s); return;
                case Match m: Open("Match"); F("subject", m.Subject, false); F("cases", m.Cases); Close(m); return;
                case MatchCase mc: Open("match_case"); F("pattern", mc.Pattern, false); F("guard", mc.Guard); Body("body", mc.Body); Close(mc, false); return;
                case MatchValue mv: Open("MatchValue"); F("value", mv.Value, false); Close(mv); return;
                case MatchSingleton ms: Open("MatchSingleton"); Raw("value", PyRepr.Value(ms.Value)); Close(ms); return;
                case MatchSequence mq: Open("MatchSequence"); F("patterns", mq.Patterns); Close(mq); return;
                case MatchMapping mm:
                    Open("MatchMapping"); F("keys", mm.Keys); F("patterns", mm.Patterns);
                    if (mm.Rest is not null) Raw("rest", PyRepr.Str(mm.Rest));
                    Close(mm); return;
                case MatchClass mcl:
                    Open("MatchClass"); F("cls", mcl.Cls, false); F("patterns", mcl.Patterns);
                    Raw("kwd_attrs", Names(mcl.KwdAttrs)); F("kwd_patterns", mcl.KwdPatterns); Close(mcl); return;
                case MatchStar mst: Open("MatchStar"); if (mst.Name is not null) Raw("name", PyRepr.Str(mst.Name)); Close(mst); return;
                case MatchAs ma: Open("MatchAs"); F("pattern", ma.Pattern); if (ma.Name is not null) Raw("name", PyRepr.Str(ma.Name)); Close(ma); return;
                case MatchOr mo: Open("MatchOr"); F("patterns", mo.Patterns); Close(mo); return;
                case Arg a: Open("arg"); Raw("arg", PyRepr.Str(a.Name)); F("annotation", a.Annotation); Close(a); return;
                default: throw new InvalidOperationException("no dump for " + node.GetType().Name);
            }
        }

        private void Comprehensions(List<Comprehension> gens)
        {
            FieldName("generators");
            Sb.Append('[');
            for (int i = 0; i < gens.Count; i++)
            {
                if (i > 0) Sb.Append(", ");
                var g = gens[i];
                Open("comprehension"); F("target", g.Target, false); F("iter", g.Iter, false); F("ifs", g.Ifs);
                Raw("is_async", g.IsAsync ? "1" : "0");
                Sb.Append(')'); _first = false;
            }
            Sb.Append(']');
        }

        private void Arguments(Arguments a)
        {
            Open("arguments");
            F("posonlyargs", a.PosOnlyArgs); F("args", a.Args); F("vararg", a.VarArg); F("kwonlyargs", a.KwOnlyArgs);
            F("kw_defaults", a.KwDefaults); F("kwarg", a.KwArg); F("defaults", a.Defaults);
            Sb.Append(')');
            _first = false;
        }

        private static string Names(List<string> names) => "[" + string.Join(", ", names.Select(PyRepr.Str)) + "]";
    }
}

/// <summary>Python's repr() for the constant types the parser produces.</summary>
internal static class PyRepr
{
    public static string Value(object? v) => v switch
    {
        null => "None",
        true => "True",
        false => "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger b => b.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        string s => Str(s),
        byte[] b => Bytes(b),
        EllipsisValue => "Ellipsis",
        ImaginaryLiteral im => Imag(im.Imag),
        _ => throw new InvalidOperationException("unexpected constant " + v.GetType()),
    };

    private static string Imag(double d)
    {
        string s = Float(d);
        if (s.EndsWith(".0", StringComparison.Ordinal)) s = s[..^2];
        return s + "j";
    }

    /// <summary>Python's float repr: shortest round-trip digits, scientific outside 1e-4..1e16.</summary>
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // .NET's "R" is the shortest round-tripping form, like Python's repr.
        string shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        string mant = shortest, expPart = "0";
        int ei = shortest.IndexOfAny(['E', 'e']);
        if (ei >= 0) { mant = shortest[..ei]; expPart = shortest[(ei + 1)..]; }
        int exp10 = int.Parse(expPart, CultureInfo.InvariantCulture);
        int dot = mant.IndexOf('.');
        string digits = dot < 0 ? mant : mant.Remove(dot, 1);
        int pointPos = (dot < 0 ? mant.Length : dot) + exp10;   // value = 0.digits * 10^pointPos
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int e = pointPos - 1;
        string sign = d < 0 ? "-" : "";
        if (e >= -4 && e < 16)
        {
            if (pointPos <= 0) return sign + "0." + new string('0', -pointPos) + digits;
            if (pointPos >= digits.Length) return sign + digits + new string('0', pointPos - digits.Length) + ".0";
            return sign + digits[..pointPos] + "." + digits[pointPos..];
        }
        string m = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return sign + m + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
    }

    public static string Str(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 32 || c == 127) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else if (c < 128) sb.Append(c);
            else
            {
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(c, s[++i]);
                if (IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp));
                else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        sb.Append(q);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    public static string Bytes(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(q);
        foreach (byte c in b)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 32 || c >= 127) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        sb.Append(q);
        return sb.ToString();
    }
}
