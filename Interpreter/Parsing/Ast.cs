namespace Herthon.Parsing;

// The syntax tree mirrors CPython 3.11's `ast` module: same node names, same fields (PascalCase),
// so the compiler reads like CPython's and `ast.dump`-style debugging is familiar.
// Positions: Line is 1-based, Col is a 0-based column; End* are exclusive end positions.

public abstract class Node
{
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;

    public T At<T>(Node from) where T : Node
    {
        Line = from.Line; Col = from.Col; EndLine = from.EndLine; EndCol = from.EndCol;
        return (T)this;
    }
}

// ---------- module ----------

public sealed class ModuleNode(List<Stmt> body) : Node
{
    public List<Stmt> Body = body;
}

// ---------- statements ----------

public abstract class Stmt : Node { }

public sealed class FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync = false) : Stmt
{
    public string Name = name;
    public Arguments Args = args;
    public List<Stmt> Body = body;
    public List<Expr> DecoratorList = decorators;
    public Expr? Returns = returns;
    public bool IsAsync = isAsync;
}

public sealed class ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) : Stmt
{
    public string Name = name;
    public List<Expr> Bases = bases;
    public List<Keyword> Keywords = keywords;
    public List<Stmt> Body = body;
    public List<Expr> DecoratorList = decorators;
}

public sealed class Return(Expr? value) : Stmt { public Expr? Value = value; }

public sealed class Delete(List<Expr> targets) : Stmt { public List<Expr> Targets = targets; }

public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets = targets;
    public Expr Value = value;
}

public sealed class AugAssign(Expr target, BinOpKind op, Expr value) : Stmt
{
    public Expr Target = target;
    public BinOpKind Op = op;
    public Expr Value = value;
}

public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target = target;
    public Expr Annotation = annotation;
    public Expr? Value = value;
    public bool Simple = simple;
}

public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, bool isAsync = false) : Stmt
{
    public Expr Target = target;
    public Expr Iter = iter;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orelse;
    public bool IsAsync = isAsync;
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orelse;
}

public sealed class If(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt
{
    public Expr Test = test;
    public List<Stmt> Body = body;
    public List<Stmt> OrElse = orelse;
}

public sealed class WithItem(Expr contextExpr, Expr? optionalVars)
{
    public Expr ContextExpr = contextExpr;
    public Expr? OptionalVars = optionalVars;
}

public sealed class With(List<WithItem> items, List<Stmt> body, bool isAsync = false) : Stmt
{
    public List<WithItem> Items = items;
    public List<Stmt> Body = body;
    public bool IsAsync = isAsync;
}

public sealed class Raise(Expr? exc, Expr? cause) : Stmt
{
    public Expr? Exc = exc;
    public Expr? Cause = cause;
}

public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type = type;
    public string? Name = name;
    public List<Stmt> Body = body;
}

public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool isStar = false) : Stmt
{
    public List<Stmt> Body = body;
    public List<ExceptHandler> Handlers = handlers;
    public List<Stmt> OrElse = orelse;
    public List<Stmt> FinalBody = finalbody;
    public bool IsStar = isStar;
}

public sealed class Assert(Expr test, Expr? msg) : Stmt
{
    public Expr Test = test;
    public Expr? Msg = msg;
}

public sealed class Alias(string name, string? asName) : Node
{
    public string Name = name;      // dotted for `import a.b.c`
    public string? AsName = asName;
}

public sealed class Import(List<Alias> names) : Stmt { public List<Alias> Names = names; }

public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module = module;
    public List<Alias> Names = names; // a single Alias("*") for `from m import *`
    public int Level = level;
}

public sealed class Global(List<string> names) : Stmt { public List<string> Names = names; }

public sealed class Nonlocal(List<string> names) : Stmt { public List<string> Names = names; }

public sealed class ExprStmt(Expr value) : Stmt { public Expr Value = value; }

public sealed class Pass : Stmt { }

public sealed class Break : Stmt { }

public sealed class Continue : Stmt { }

// ---------- expressions ----------

public enum ExprContext { Load, Store, Del }

public abstract class Expr : Node { }

public enum BoolOpKind { And, Or }

public enum BinOpKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public enum UnaryOpKind { Invert, Not, UAdd, USub }

public enum CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public sealed class BoolOp(BoolOpKind op, List<Expr> values) : Expr
{
    public BoolOpKind Op = op;
    public List<Expr> Values = values;
}

public sealed class NamedExpr(Name target, Expr value) : Expr
{
    public Name Target = target;
    public Expr Value = value;
}

public sealed class BinOp(Expr left, BinOpKind op, Expr right) : Expr
{
    public Expr Left = left;
    public BinOpKind Op = op;
    public Expr Right = right;
}

public sealed class UnaryOp(UnaryOpKind op, Expr operand) : Expr
{
    public UnaryOpKind Op = op;
    public Expr Operand = operand;
}

public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args = args;
    public Expr Body = body;
}

public sealed class IfExp(Expr test, Expr body, Expr orelse) : Expr
{
    public Expr Test = test;
    public Expr Body = body;
    public Expr OrElse = orelse;
}

public sealed class DictExpr(List<Expr?> keys, List<Expr> values) : Expr
{
    public List<Expr?> Keys = keys;   // null key = `**mapping` unpacking
    public List<Expr> Values = values;
}

public sealed class SetExpr(List<Expr> elts) : Expr { public List<Expr> Elts = elts; }

public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs, bool isAsync = false) : Node
{
    public Expr Target = target;
    public Expr Iter = iter;
    public List<Expr> Ifs = ifs;
    public bool IsAsync = isAsync;
}

public sealed class ListComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class SetComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class DictComp(Expr key, Expr value, List<Comprehension> generators) : Expr
{
    public Expr Key = key;
    public Expr Value = value;
    public List<Comprehension> Generators = generators;
}

public sealed class GeneratorExp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt = elt;
    public List<Comprehension> Generators = generators;
}

public sealed class Await(Expr value) : Expr { public Expr Value = value; }

public sealed class Yield(Expr? value) : Expr { public Expr? Value = value; }

public sealed class YieldFrom(Expr value) : Expr { public Expr Value = value; }

public sealed class Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators) : Expr
{
    public Expr Left = left;
    public List<CmpOpKind> Ops = ops;
    public List<Expr> Comparators = comparators;
}

public sealed class Keyword(string? arg, Expr value) : Node
{
    public string? Arg = arg;   // null = `**mapping`
    public Expr Value = value;
}

public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func = func;
    public List<Expr> Args = args;   // may contain Starred
    public List<Keyword> Keywords = keywords;
}

/// <summary>One `{expr!conv:spec}` piece of an f-string. Conversion: -1 none, 's', 'r', 'a'.</summary>
public sealed class FormattedValue(Expr value, int conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value = value;
    public int Conversion = conversion;
    public JoinedStr? FormatSpec = formatSpec;
}

/// <summary>An f-string: Values are Constant(str) and FormattedValue pieces.</summary>
public sealed class JoinedStr(List<Expr> values) : Expr { public List<Expr> Values = values; }

/// <summary>
/// A literal. Value is one of: null (None), bool, long, System.Numerics.BigInteger, double,
/// string, byte[] (bytes literal), ConstantKind.Ellipsis, or a Complex-imaginary marker
/// (ImaginaryLiteral). Tuples of constants are built by the compiler, not the parser.
/// </summary>
public sealed class Constant(object? value) : Expr
{
    public object? Value = value;
    public string? Kind;   // "u" for a u-prefixed string literal, as CPython's ast reports it
}

public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
}

public sealed class ImaginaryLiteral(double imag)
{
    public readonly double Imag = imag;
}

public sealed class Attribute(Expr value, string attr, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public string Attr = attr;
    public ExprContext Ctx = ctx;
}

public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public Expr Slice = slice;   // Slice node, Tuple (may hold Slices), or any expression
    public ExprContext Ctx = ctx;
}

public sealed class Starred(Expr value, ExprContext ctx) : Expr
{
    public Expr Value = value;
    public ExprContext Ctx = ctx;
}

public sealed class Name(string id, ExprContext ctx) : Expr
{
    public string Id = id;
    public ExprContext Ctx = ctx;
}

public sealed class ListExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts = elts;
    public ExprContext Ctx = ctx;
}

public sealed class TupleExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts = elts;
    public ExprContext Ctx = ctx;
}

public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower = lower;
    public Expr? Upper = upper;
    public Expr? Step = step;
}

// ---------- arguments ----------

public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name = name;
    public Expr? Annotation = annotation;
}

public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs = [];
    public List<Arg> Args = [];
    public Arg? VarArg;
    public List<Arg> KwOnlyArgs = [];
    public List<Expr?> KwDefaults = [];   // parallel to KwOnlyArgs; null = required
    public Arg? KwArg;
    public List<Expr> Defaults = [];      // for the last N of PosOnlyArgs+Args
}

// ---------- match statement (PEP 634) ----------

public sealed class Match(Expr subject, List<MatchCase> cases) : Stmt
{
    public Expr Subject = subject;
    public List<MatchCase> Cases = cases;
}

/// <summary>One `case pattern [if guard]: body` (CPython's match_case has no position).</summary>
public sealed class MatchCase(Pattern pattern, Expr? guard, List<Stmt> body) : Node
{
    public Pattern Pattern = pattern;
    public Expr? Guard = guard;
    public List<Stmt> Body = body;
}

public abstract class Pattern : Node { }

/// <summary>A literal (Constant, -Constant, real±imag) or dotted-name value compared with ==.</summary>
public sealed class MatchValue(Expr value) : Pattern { public Expr Value = value; }

/// <summary>None, True or False, compared with `is`.</summary>
public sealed class MatchSingleton(object? value) : Pattern { public object? Value = value; }

public sealed class MatchSequence(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }

public sealed class MatchMapping(List<Expr> keys, List<Pattern> patterns, string? rest) : Pattern
{
    public List<Expr> Keys = keys;
    public List<Pattern> Patterns = patterns;
    public string? Rest = rest;
}

public sealed class MatchClass(Expr cls, List<Pattern> patterns, List<string> kwdAttrs, List<Pattern> kwdPatterns) : Pattern
{
    public Expr Cls = cls;
    public List<Pattern> Patterns = patterns;
    public List<string> KwdAttrs = kwdAttrs;
    public List<Pattern> KwdPatterns = kwdPatterns;
}

/// <summary>`*name` or `*_` (Name null) inside a sequence pattern.</summary>
public sealed class MatchStar(string? name) : Pattern { public string? Name = name; }

/// <summary>`p as name`, a capture `name` (Pattern null) or the wildcard `_` (both null).</summary>
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern
{
    public Pattern? Pattern = pattern;
    public string? Name = name;
}

public sealed class MatchOr(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }
