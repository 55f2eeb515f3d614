using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;

namespace Herthon.Compiling;

public enum ScopeKind { Module, Function, Class, Lambda, Comprehension }

public enum NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>One scope of the symbol table: which names it binds, declares and uses.</summary>
public sealed class Scope(ScopeKind kind, string name, Scope? parent)
{
    public readonly ScopeKind Kind = kind;
    public readonly string Name = name;
    public readonly Scope? Parent = parent;
    public readonly List<Scope> Children = [];
    public readonly HashSet<string> Bound = [];
    public readonly HashSet<string> Used = [];
    /// <summary>Names read by a load (CPython's USE flag), for the global/nonlocal directive checks.</summary>
    public readonly HashSet<string> Loaded = [];
    /// <summary>Names given a simple annotation (`x: int`, CPython's DEF_ANNOT).</summary>
    public readonly HashSet<string> Annotated = [];
    /// <summary>A comprehension's iteration variables (CPython's DEF_COMP_ITER): an assignment
    /// expression in the comprehension may not rebind them.</summary>
    public readonly HashSet<string> IterationVariables = [];
    /// <summary>Non-zero while a comprehension's iterable is visited in this scope (ste_comp_iter_expr).</summary>
    public int InIterable;
    /// <summary>True while a comprehension's `for` target is visited (ste_comp_iter_target).</summary>
    public bool InIterationTarget;
    public readonly HashSet<string> Globals = [];
    public readonly HashSet<string> Nonlocals = [];
    public readonly Dictionary<string, Node> NonlocalStatements = []; // where each was declared, for errors
    public readonly List<string> Params = [];
    public readonly Dictionary<string, NameScope> Resolved = [];
    public readonly HashSet<string> Cells = [];
    public readonly HashSet<string> Frees = [];
    public bool IsGenerator;
    /// <summary>An `async def`, or a comprehension with `async for` or `await` (CPython's ste_coroutine).</summary>
    public bool IsCoroutine;
    public bool NeedsClassCell;
    public bool UsesSuperOrClass;
    /// <summary>Order in which names were first bound (locals' slot order after params).</summary>
    public readonly List<string> BindOrder = [];

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public void Bind(string n)
    {
        if (Bound.Add(n)) BindOrder.Add(n);
    }

    public NameScope Lookup(string n) => Resolved.TryGetValue(n, out var s) ? s : (Kind == ScopeKind.Module ? NameScope.GlobalImplicit : NameScope.GlobalImplicit);
}

/// <summary>Builds scopes for a module (CPython's symtable.c, simplified to what the compiler needs).</summary>
public sealed class SymbolTable
{
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _filename;
    private Scope _cur = null!;
    private CompileDepth _depth = new("during compilation");

    private SymbolTable(string filename) { _filename = filename; }

    public static SymbolTable Build(ModuleNode module, string filename)
    {
        var st = new SymbolTable(filename);
        var top = new Scope(ScopeKind.Module, "top", null);
        st.Scopes[module] = top;
        st._cur = top;
        foreach (var s in module.Body) st.VisitStmt(s);
        st.Analyze(top, []);
        return st;
    }

    /// <remarks>As CPython's symtable errors, the text is the file's line, or none when the source is not a file.</remarks>
    private SyntaxErrorException Error(string msg, Node n) =>
        new(msg, _filename, n.Line, n.Col + 1, SyntaxErrorException.FileLine(_filename, n.Line), n.EndCol + 1) { EndLineNo = n.EndLine };

    private void Push(Node n, ScopeKind kind, string name)
    {
        // A scope opened inside a comprehension's iterable is still inside it (symtable_enter_block).
        var s = new Scope(kind, name, _cur) { InIterable = _cur.InIterable };
        _cur.Children.Add(s);
        Scopes[n] = s;
        _cur = s;
    }

    private void Pop() => _cur = _cur.Parent!;

    private void Bind(string name, Node at)
    {
        if (_cur.InIterationTarget)
        {
            if (_cur.Globals.Contains(name) || _cur.Nonlocals.Contains(name))
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", at);
            _cur.IterationVariables.Add(name);
        }
        if (_cur.Nonlocals.Contains(name) || _cur.Globals.Contains(name)) { _cur.Used.Add(name); return; }
        _cur.Bind(name);
    }

    private void VisitStmts(List<Stmt> stmts) { foreach (var s in stmts) VisitStmt(s); }

    private void VisitArgsDefaults(Arguments a)
    {
        foreach (var d in a.Defaults) VisitExpr(d);
        foreach (var d in a.KwDefaults) if (d is not null) VisitExpr(d);
        foreach (var arg in a.PosOnlyArgs.Concat(a.Args).Concat(a.KwOnlyArgs)) if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (a.VarArg?.Annotation is { } va) VisitExpr(va);
        if (a.KwArg?.Annotation is { } ka) VisitExpr(ka);
    }

    private void DeclareParams(Arguments a)
    {
        foreach (var arg in a.PosOnlyArgs) AddParam(arg);
        foreach (var arg in a.Args) AddParam(arg);
        // CPython's co_varnames order: positional, keyword-only, then *args and **kwargs.
        foreach (var arg in a.KwOnlyArgs) AddParam(arg);
        if (a.VarArg is not null) AddParam(a.VarArg);
        if (a.KwArg is not null) AddParam(a.KwArg);
    }

    private void AddParam(Arg arg)
    {
        if (_cur.Params.Contains(arg.Name)) throw Error($"duplicate argument '{arg.Name}' in function definition", arg);
        _cur.Params.Add(arg.Name);
        _cur.Bind(arg.Name);
    }

    private void VisitStmt(Stmt s)
    {
        _depth.Enter();
        try { VisitStmtNested(s); }
        finally { _depth.Leave(); }
    }

    private void VisitStmtNested(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                foreach (var d in f.DecoratorList) VisitExpr(d);
                VisitArgsDefaults(f.Args);
                if (f.Returns is not null) VisitExpr(f.Returns);
                Bind(f.Name, f);
                Push(f, ScopeKind.Function, f.Name);
                _cur.IsCoroutine = f.IsAsync;
                DeclareParams(f.Args);
                VisitStmts(f.Body);
                Pop();
                break;
            case ClassDef c:
                foreach (var d in c.DecoratorList) VisitExpr(d);
                foreach (var b in c.Bases) VisitExpr(b);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                Bind(c.Name, c);
                Push(c, ScopeKind.Class, c.Name);
                VisitStmts(c.Body);
                Pop();
                break;
            case Return r:
                if (!_cur.IsFunctionLike) throw Error("'return' outside function", r);
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a: VisitExpr(a.Value); foreach (var t in a.Targets) VisitExpr(t); break;
            case AugAssign aa: VisitExpr(aa.Value); VisitExpr(aa.Target); if (aa.Target is Name augName) _cur.Used.Add(augName.Id); break;
            case AnnAssign an:
                if (an.Value is not null) VisitExpr(an.Value);
                if (an.Target is Name annName)
                {
                    // CPython's symtable: a simple annotation of a declared name is an error outside
                    // the module; `(x): int` binds nothing unless it has a value.
                    bool global = _cur.Globals.Contains(annName.Id);
                    if (an.Simple && _cur.Kind != ScopeKind.Module && (global || _cur.Nonlocals.Contains(annName.Id)))
                        throw Error($"annotated name '{annName.Id}' can't be {(global ? "global" : "nonlocal")}", an);
                    if (an.Simple) { _cur.Annotated.Add(annName.Id); Bind(annName.Id, an); }
                    else if (an.Value is not null) Bind(annName.Id, an);
                }
                else VisitExpr(an.Target);
                if (_cur.Kind != ScopeKind.Function) VisitExpr(an.Annotation);
                break;
            case For f: VisitExpr(f.Iter); VisitExpr(f.Target); VisitStmts(f.Body); VisitStmts(f.OrElse); break;
            case While w: VisitExpr(w.Test); VisitStmts(w.Body); VisitStmts(w.OrElse); break;
            case If i: VisitExpr(i.Test); VisitStmts(i.Body); VisitStmts(i.OrElse); break;
            case With w:
                foreach (var it in w.Items) { VisitExpr(it.ContextExpr); if (it.OptionalVars is not null) VisitExpr(it.OptionalVars); }
                VisitStmts(w.Body);
                break;
            case Raise r: if (r.Exc is not null) VisitExpr(r.Exc); if (r.Cause is not null) VisitExpr(r.Cause); break;
            case Try t:
                VisitStmts(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null) Bind(h.Name, h);
                    VisitStmts(h.Body);
                }
                VisitStmts(t.OrElse); VisitStmts(t.FinalBody);
                break;
            case Assert a: VisitExpr(a.Test); if (a.Msg is not null) VisitExpr(a.Msg); break;
            case Import im:
                foreach (var al in im.Names) Bind(al.AsName ?? al.Name.Split('.')[0], al);
                break;
            case ImportFrom imf:
                foreach (var al in imf.Names)
                {
                    if (al.Name == "*")
                    {
                        if (_cur.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", al.Line > 0 ? al : imf);
                        continue;
                    }
                    Bind(al.AsName ?? al.Name, al);
                }
                break;
            case Global g:
                foreach (var n in g.Names)
                {
                    if (DirectiveConflict(n, "global") is { } msg) throw Error(msg, g);
                    _cur.Globals.Add(n);
                }
                break;
            case Nonlocal nl:
                if (_cur.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                foreach (var n in nl.Names)
                {
                    if (DirectiveConflict(n, "nonlocal") is { } msg) throw Error(msg, nl);
                    _cur.Nonlocals.Add(n);
                    _cur.NonlocalStatements.TryAdd(n, nl);
                }
                break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case Pass or Break or Continue: break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var mc in m.Cases)
                {
                    VisitPattern(mc.Pattern);
                    if (mc.Guard is not null) VisitExpr(mc.Guard);
                    VisitStmts(mc.Body);
                }
                break;
            default: throw Error($"statement '{s.GetType().Name}' is not supported by Herthon", s);
        }
    }

    /// <summary>Why `global n` / `nonlocal n` may not follow what the scope already did with n, in
    /// CPython's order of precedence (parameter, use, annotation, assignment); null when it may.</summary>
    private string? DirectiveConflict(string n, string directive)
    {
        if (_cur.Params.Contains(n)) return $"name '{n}' is parameter and {directive}";
        if (_cur.Loaded.Contains(n)) return $"name '{n}' is used prior to {directive} declaration";
        if (_cur.Annotated.Contains(n)) return $"annotated name '{n}' can't be {directive}";
        if (_cur.Bound.Contains(n) || _cur.Used.Contains(n)) return $"name '{n}' is assigned to before {directive} declaration";
        return null;
    }

    /// <summary>Captures bind names; value patterns, keys and class names are loads.</summary>
    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence sq: foreach (var x in sq.Patterns) VisitPattern(x); break;
            case MatchMapping mm:
                foreach (var k in mm.Keys) VisitExpr(k);
                foreach (var x in mm.Patterns) VisitPattern(x);
                if (mm.Rest is not null) Bind(mm.Rest, mm);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var x in mc.Patterns) VisitPattern(x);
                foreach (var x in mc.KwdPatterns) VisitPattern(x);
                break;
            case MatchStar st: if (st.Name is not null) Bind(st.Name, st); break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) Bind(a.Name, a);
                break;
            case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
        }
    }

    private void VisitExpr(Expr e)
    {
        _depth.Enter();
        try { VisitExprNested(e); }
        finally { _depth.Leave(); }
    }

    private void VisitExprNested(Expr e)
    {
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    _cur.Used.Add(n.Id);
                    _cur.Loaded.Add(n.Id);
                    if (n.Id == "super" && _cur.IsFunctionLike) _cur.UsesSuperOrClass = true;
                    if (n.Id == "__class__" && _cur.IsFunctionLike) _cur.UsesSuperOrClass = true;
                }
                else Bind(n.Id, n);
                break;
            case BoolOp b: foreach (var v in b.Values) VisitExpr(v); break;
            case NamedExpr ne:
                if (_cur.InIterable > 0) throw Error("assignment expression cannot be used in a comprehension iterable expression", ne);
                for (var c = _cur; c.Kind == ScopeKind.Comprehension; c = c.Parent!)
                {
                    if (c.IterationVariables.Contains(ne.Target.Id))
                        throw Error($"assignment expression cannot rebind comprehension iteration variable '{ne.Target.Id}'", ne.Target);
                    if (c.Parent!.Kind == ScopeKind.Class) throw Error("assignment expression within a comprehension cannot be used in a class body", ne.Target);
                }
                VisitExpr(ne.Value);
                {
                    // Walrus in a comprehension binds in the enclosing function/module scope.
                    var target = _cur;
                    while (target.Kind == ScopeKind.Comprehension) target = target.Parent!;
                    if (!ReferenceEquals(target, _cur))
                    {
                        target.Bind(ne.Target.Id);
                        var s = _cur;
                        while (!ReferenceEquals(s, target)) { s.Nonlocals.Add(ne.Target.Id); s = s.Parent!; }
                        if (target.Kind == ScopeKind.Module || target.Globals.Contains(ne.Target.Id)) { s = _cur; while (!ReferenceEquals(s, target)) { s.Nonlocals.Remove(ne.Target.Id); s.Globals.Add(ne.Target.Id); s = s.Parent!; } }
                    }
                    else Bind(ne.Target.Id, ne);
                }
                break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitArgsDefaults(l.Args);
                Push(l, ScopeKind.Lambda, "<lambda>");
                DeclareParams(l.Args);
                VisitExpr(l.Body);
                Pop();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.OrElse); break;
            case DictExpr d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                foreach (var v in d.Values) VisitExpr(v);
                break;
            case SetExpr s: foreach (var x in s.Elts) VisitExpr(x); break;
            case ListComp lc: VisitComprehension(lc, lc.Generators, "<listcomp>", [lc.Elt]); break;
            case SetComp sc: VisitComprehension(sc, sc.Generators, "<setcomp>", [sc.Elt]); break;
            case DictComp dc: VisitComprehension(dc, dc.Generators, "<dictcomp>", [dc.Key, dc.Value]); break;
            case GeneratorExp ge: VisitComprehension(ge, ge.Generators, "<genexpr>", [ge.Elt], generator: true); break;
            case Await a:
                if (_cur.Kind == ScopeKind.Comprehension) _cur.IsCoroutine = true;
                VisitExpr(a.Value);
                break;
            case Yield y:
                if (!_cur.IsFunctionLike) throw Error("'yield' outside function", y);
                if (y.Value is not null) VisitExpr(y.Value);
                _cur.IsGenerator = true;
                if (_cur.Kind == ScopeKind.Comprehension) throw YieldInComprehension(y);
                break;
            case YieldFrom yf:
                if (!_cur.IsFunctionLike) throw Error("'yield' outside function", yf);
                VisitExpr(yf.Value);
                _cur.IsGenerator = true;
                if (_cur.Kind == ScopeKind.Comprehension) throw YieldInComprehension(yf);
                break;
            case Compare c: VisitExpr(c.Left); foreach (var x in c.Comparators) VisitExpr(x); break;
            case Call c:
                VisitExpr(c.Func);
                foreach (var a in c.Args) VisitExpr(a);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv: VisitExpr(fv.Value); if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec); break;
            case JoinedStr js: foreach (var v in js.Values) VisitExpr(v); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case ListExpr l: foreach (var x in l.Elts) VisitExpr(x); break;
            case TupleExpr t: foreach (var x in t.Elts) VisitExpr(x); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            default: throw Error($"expression '{e.GetType().Name}' is not supported by Herthon", e);
        }
    }

    /// <summary>CPython 3.11 rejects `yield` in any comprehension (its implicit function would become a generator).</summary>
    private SyntaxErrorException YieldInComprehension(Expr y) => Error(_cur.Name switch
    {
        "<listcomp>" => "'yield' inside list comprehension",
        "<setcomp>" => "'yield' inside set comprehension",
        "<dictcomp>" => "'yield' inside dict comprehension",
        _ => "'yield' inside generator expression",
    }, y);

    private void VisitComprehension(Expr node, List<Comprehension> gens, string name, Expr[] elts, bool generator = false)
    {
        // The first iterable is evaluated in the enclosing scope.
        _cur.InIterable++;
        VisitExpr(gens[0].Iter);
        _cur.InIterable--;
        Push(node, ScopeKind.Comprehension, name);
        _cur.IsGenerator = generator;
        _cur.IsCoroutine = gens.Exists(g => g.IsAsync);
        _cur.Params.Add(".0");
        _cur.Bind(".0");
        // CPython's order: each target, then the next iterable, then the conditions.
        for (int i = 0; i < gens.Count; i++)
        {
            _cur.InIterationTarget = true;
            VisitExpr(gens[i].Target);
            _cur.InIterationTarget = false;
            if (i > 0)
            {
                _cur.InIterable++;
                VisitExpr(gens[i].Iter);
                _cur.InIterable--;
            }
            foreach (var cond in gens[i].Ifs) VisitExpr(cond);
        }
        foreach (var e in elts) VisitExpr(e);
        // An async list/set/dict comprehension is awaited where it is built: inside another comprehension, that one awaits too.
        bool awaited = _cur.IsCoroutine && !generator;
        Pop();
        if (awaited && _cur.Kind == ScopeKind.Comprehension) _cur.IsCoroutine = true;
    }

    /// <summary>Resolves every name; returns the free variables of `s` (to be provided by enclosing scopes).</summary>
    private HashSet<string> Analyze(Scope s, HashSet<string> enclosingFunctionNames)
    {
        foreach (var n in s.Nonlocals)
        {
            if (!enclosingFunctionNames.Contains(n))
                throw s.NonlocalStatements.TryGetValue(n, out var at)
                    ? Error($"no binding for nonlocal '{n}' found", at)
                    : new SyntaxErrorException($"no binding for nonlocal '{n}' found", _filename, 0, 0, null);
        }
        if (s.IsFunctionLike && s.UsesSuperOrClass && !s.Bound.Contains("__class__"))
        {
            // super() needs the implicit __class__ cell of the enclosing class.
            s.Used.Add("__class__");
        }
        var all = new HashSet<string>(s.Bound);
        all.UnionWith(s.Used);
        all.UnionWith(s.Globals);
        all.UnionWith(s.Nonlocals);
        foreach (var n in all)
        {
            NameScope r;
            if (s.Globals.Contains(n)) r = NameScope.GlobalExplicit;
            else if (s.Nonlocals.Contains(n)) r = NameScope.Free;
            else if (s.Bound.Contains(n)) r = NameScope.Local;
            else if (enclosingFunctionNames.Contains(n)) r = NameScope.Free;
            else if (n == "__class__" && s.IsFunctionLike && HasEnclosingClass(s)) r = NameScope.Free;
            else r = NameScope.GlobalImplicit;
            s.Resolved[n] = r;
            if (r == NameScope.Free) s.Frees.Add(n);
        }

        HashSet<string> childEnclosing;
        if (s.IsFunctionLike)
        {
            childEnclosing = new HashSet<string>(enclosingFunctionNames);
            foreach (var kv in s.Resolved) if (kv.Value is NameScope.Local or NameScope.Free) childEnclosing.Add(kv.Key);
            foreach (var g in s.Globals) childEnclosing.Remove(g);
        }
        // A class binds __class__ for the functions in it (CPython's symtable adds it to their enclosing names), so `nonlocal __class__` is legal there.
        else if (s.Kind == ScopeKind.Class) childEnclosing = new HashSet<string>(enclosingFunctionNames) { "__class__" };
        else childEnclosing = [];

        foreach (var child in s.Children)
        {
            var childFree = Analyze(child, child.Kind == ScopeKind.Class ? childEnclosing : ChildSet(s, childEnclosing));
            foreach (var n in childFree)
            {
                if (s.Kind == ScopeKind.Class && n == "__class__")
                {
                    s.NeedsClassCell = true;
                    continue;
                }
                if (s.IsFunctionLike && s.Resolved.TryGetValue(n, out var r) && r == NameScope.Local)
                {
                    s.Resolved[n] = NameScope.Cell;
                    s.Cells.Add(n);
                }
                else if (s.IsFunctionLike && s.Resolved.TryGetValue(n, out var r2) && r2 == NameScope.Cell) { }
                else if (s.Kind != ScopeKind.Module)
                {
                    // Pass-through: free in the child and not bound here.
                    if (!s.Resolved.TryGetValue(n, out var r3) || r3 != NameScope.Free)
                    {
                        if (s.Kind == ScopeKind.Class) { s.Frees.Add(n); if (!s.Resolved.ContainsKey(n)) s.Resolved[n] = NameScope.GlobalImplicit; }
                        else { s.Resolved[n] = NameScope.Free; }
                    }
                    s.Frees.Add(n);
                }
            }
        }
        if (s.Kind == ScopeKind.Class && s.NeedsClassCell) s.Cells.Add("__class__");
        return s.Frees;
    }

    private static HashSet<string> ChildSet(Scope s, HashSet<string> childEnclosing) => childEnclosing;

    private static bool HasEnclosingClass(Scope s)
    {
        for (var p = s.Parent; p is not null; p = p.Parent) if (p.Kind == ScopeKind.Class) return true;
        return false;
    }
}
