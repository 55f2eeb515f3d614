using System.Collections;
using System.Reflection;
using Herthon.Parsing;

namespace Herthon.Runtime;

/// <summary>
/// The checks of CPython's Python/ast.c (PyAST_Validate) that a tree built by hand can fail but a
/// parsed one cannot: expression contexts, empty bodies and lists whose lengths must agree. They
/// run before compiling a Python AST, with CPython's ValueError messages.
/// </summary>
public static partial class AstModule
{
    private static void Validate(ModuleNode m)
    {
        foreach (var s in m.Body) ValidateStmt(s);
    }

    private static void NonEmpty(ICollection items, string what, string owner)
    {
        if (items.Count == 0) throw Errors.ValueError($"empty {what} on {owner}");
    }

    private static void Body(List<Stmt> body, string owner)
    {
        NonEmpty(body, "body", owner);
        foreach (var s in body) ValidateStmt(s);
    }

    private static void Stmts(List<Stmt> body) { foreach (var s in body) ValidateStmt(s); }

    [ThreadStatic] private static Compiling.CompileDepth t_depth;   // default: "during compilation", scale 3

    private static void ValidateStmt(Stmt s)
    {
        t_depth.Enter();
        try { ValidateStmtNested(s); }
        finally { t_depth.Leave(); }
    }

    private static void ValidateStmtNested(Stmt s)
    {
        string owner = PyName(s);
        switch (s)
        {
            case FunctionDef f:
                Body(f.Body, owner); ValidateArguments(f.Args); ValidateExprs(f.DecoratorList);
                if (f.Returns is not null) ValidateExpr(f.Returns);
                break;
            case ClassDef c: Body(c.Body, owner); ValidateExprs(c.Bases); foreach (var k in c.Keywords) ValidateExpr(k.Value); ValidateExprs(c.DecoratorList); break;
            case Return r: if (r.Value is not null) ValidateExpr(r.Value); break;
            case Delete d: NonEmpty(d.Targets, "targets", owner); ValidateExprs(d.Targets, ExprContext.Del); break;
            case Assign a: NonEmpty(a.Targets, "targets", owner); ValidateExprs(a.Targets, ExprContext.Store); ValidateExpr(a.Value); break;
            case AugAssign a: ValidateExpr(a.Target, ExprContext.Store); ValidateExpr(a.Value); break;
            case AnnAssign a:
                if (a.Simple && a.Target is not Name) throw Errors.TypeError("AnnAssign with simple non-Name target");
                ValidateExpr(a.Target, ExprContext.Store); ValidateExpr(a.Annotation);
                if (a.Value is not null) ValidateExpr(a.Value);
                break;
            case For f: ValidateExpr(f.Target, ExprContext.Store); ValidateExpr(f.Iter); Body(f.Body, owner); Stmts(f.OrElse); break;
            case While w: ValidateExpr(w.Test); Body(w.Body, owner); Stmts(w.OrElse); break;
            case If i: ValidateExpr(i.Test); Body(i.Body, owner); Stmts(i.OrElse); break;
            case With w:
                NonEmpty(w.Items, "items", owner);
                foreach (var item in w.Items)
                {
                    ValidateExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) ValidateExpr(item.OptionalVars, ExprContext.Store);
                }
                Body(w.Body, owner);
                break;
            case Match m:
                ValidateExpr(m.Subject);
                NonEmpty(m.Cases, "cases", owner);
                foreach (var c in m.Cases) { if (c.Guard is not null) ValidateExpr(c.Guard); Body(c.Body, "match_case"); }
                break;
            case Raise r:
                if (r.Exc is not null) { ValidateExpr(r.Exc); if (r.Cause is not null) ValidateExpr(r.Cause); }
                else if (r.Cause is not null) throw Errors.ValueError("Raise with cause but no exception");
                break;
            case Try t:
                Body(t.Body, owner);
                if (t.Handlers.Count == 0 && t.FinalBody.Count == 0)
                    throw Errors.ValueError($"{owner} has neither except handlers nor finalbody");
                if (t.Handlers.Count == 0 && t.OrElse.Count > 0)
                    throw Errors.ValueError($"{owner} has orelse but no except handlers");
                foreach (var h in t.Handlers) { if (h.Type is not null) ValidateExpr(h.Type); Body(h.Body, "ExceptHandler"); }
                Stmts(t.FinalBody); Stmts(t.OrElse);
                break;
            case Parsing.Assert a: ValidateExpr(a.Test); if (a.Msg is not null) ValidateExpr(a.Msg); break;
            case Import i: NonEmpty(i.Names, "names", owner); break;
            case ImportFrom i:
                if (i.Level < 0) throw Errors.ValueError("Negative ImportFrom level");
                NonEmpty(i.Names, "names", owner);
                break;
            case Global g: NonEmpty(g.Names, "names", owner); break;
            case Nonlocal n: NonEmpty(n.Names, "names", owner); break;
            case ExprStmt e: ValidateExpr(e.Value); break;
        }
    }

    private static void ValidateArguments(Arguments a)
    {
        foreach (var arg in a.PosOnlyArgs) if (arg.Annotation is not null) ValidateExpr(arg.Annotation);
        foreach (var arg in a.Args) if (arg.Annotation is not null) ValidateExpr(arg.Annotation);
        if (a.VarArg?.Annotation is { } va) ValidateExpr(va);
        foreach (var arg in a.KwOnlyArgs) if (arg.Annotation is not null) ValidateExpr(arg.Annotation);
        if (a.KwArg?.Annotation is { } ka) ValidateExpr(ka);
        if (a.Defaults.Count > a.PosOnlyArgs.Count + a.Args.Count)
            throw Errors.ValueError("more positional defaults than args on arguments");
        if (a.KwDefaults.Count != a.KwOnlyArgs.Count)
            throw Errors.ValueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        ValidateExprs(a.Defaults);
        foreach (var d in a.KwDefaults) if (d is not null) ValidateExpr(d);
    }

    private static void ValidateExprs(List<Expr> exprs, ExprContext ctx = ExprContext.Load)
    {
        foreach (var e in exprs) ValidateExpr(e, ctx);
    }

    private static void CheckContext(ExprContext actual, ExprContext expected)
    {
        if (actual != expected)
            throw Errors.ValueError($"expression must have {expected} context but has {actual} instead");
    }

    private static void ValidateExpr(Expr e, ExprContext ctx = ExprContext.Load)
    {
        t_depth.Enter();
        try { ValidateExprNested(e, ctx); }
        finally { t_depth.Leave(); }
    }

    private static void ValidateExprNested(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                CheckContext(n.Ctx, ctx);
                if (n.Id is "None" or "True" or "False") throw Errors.ValueError($"identifier field can't represent '{n.Id}' constant");
                return;
            case Parsing.Attribute a: CheckContext(a.Ctx, ctx); ValidateExpr(a.Value); return;
            case Subscript s: CheckContext(s.Ctx, ctx); ValidateExpr(s.Value); ValidateExpr(s.Slice); return;
            case Starred s: CheckContext(s.Ctx, ctx); ValidateExpr(s.Value, ctx); return;
            case ListExpr l: CheckContext(l.Ctx, ctx); ValidateExprs(l.Elts, ctx); return;
            case TupleExpr t: CheckContext(t.Ctx, ctx); ValidateExprs(t.Elts, ctx); return;
        }
        if (ctx != ExprContext.Load)
            throw Errors.ValueError($"expression which can't be assigned to in {ctx} context");
        switch (e)
        {
            case BoolOp b when b.Values.Count < 2: throw Errors.ValueError("BoolOp with less than 2 values");
            case DictExpr d when d.Keys.Count != d.Values.Count: throw Errors.ValueError("Dict doesn't have the same number of keys as values");
            case Compare c when c.Comparators.Count == 0: throw Errors.ValueError("Compare with no comparators");
            case Compare c when c.Comparators.Count != c.Ops.Count: throw Errors.ValueError("Compare has a different number of comparators and operands");
            case NamedExpr n: ValidateExpr(n.Target, ExprContext.Store); ValidateExpr(n.Value); return;
            case Lambda l: ValidateArguments(l.Args); ValidateExpr(l.Body); return;
            case ListComp or SetComp or DictComp or GeneratorExp:
                var gens = (List<Comprehension>)e.GetType().GetField("Generators")!.GetValue(e)!;
                if (gens.Count == 0) throw Errors.ValueError("comprehension with no generators");
                foreach (var g in gens) { ValidateExpr(g.Target, ExprContext.Store); ValidateExpr(g.Iter); ValidateExprs(g.Ifs); }
                break;
        }
        // Every other sub-expression is read (Load); comprehension generators were handled above.
        foreach (var f in e.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            var v = f.GetValue(e);
            if (v is Expr sub) ValidateExpr(sub);
            else if (v is List<Expr> list) ValidateExprs(list);
            else if (v is List<Expr?> maybe) foreach (var x in maybe) if (x is not null) ValidateExpr(x);
            else if (v is List<Keyword> kws) foreach (var k in kws) ValidateExpr(k.Value);
        }
    }
}
