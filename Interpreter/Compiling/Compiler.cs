using System.Numerics;
using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>
/// AST → code objects (CPython's compile.c, simplified). One CodeBuilder per scope; exception
/// handling compiles to an exception table the way CPython 3.11 does (no SETUP/POP_BLOCK at run
/// time), and `finally` bodies are duplicated on every exit path.
/// </summary>
public sealed partial class Compiler
{
    private readonly string _filename;
    private readonly SymbolTable _symbols;
    private readonly string[] _sourceLines;
    private CodeBuilder _b = null!;
    private Scope _scope = null!;
    private readonly bool _interactive;
    /// <summary>-O (1: no asserts, __debug__ is False) and -OO (2: also no docstrings), or compile()'s optimize.</summary>
    private int _optimize;
    private CompileDepth _depth = new("during compilation");
    /// <summary>`from __future__ import annotations` (PEP 563): annotations compile to their source strings.</summary>
    private bool _futureAnnotations;
    /// <summary>The future statements at the top of the module, the only place they may be.</summary>
    private readonly HashSet<ImportFrom> _futureStatements = [];
    private static readonly HashSet<string> FutureFeatures = ["nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

    private Compiler(string filename, SymbolTable symbols, string source, bool interactive)
    {
        _filename = filename;
        _symbols = symbols;
        _sourceLines = source.Split('\n');
        _interactive = interactive;
    }

    /// <summary>Compiles a module (mode "exec"), an expression ("eval") or a REPL input ("single").</summary>
    public static CodeObject Compile(ModuleNode module, string filename, string source, string mode = "exec", int optimize = -1)
    {
        var st = SymbolTable.Build(module, filename);
        var c = new Compiler(filename, st, source, mode == "single");
        c._optimize = optimize >= 0 ? optimize : Hosting.Host.CurrentOrNull?.Options.Optimize ?? 0;
        c.ScanFutureStatements(module);
        return c.CompileModule(module, mode);
    }

    /// <summary>CPython's future.c: future statements may follow only the docstring and each other; the features are checked here.</summary>
    private void ScanFutureStatements(ModuleNode m)
    {
        int i = m.Body.Count > 0 && m.Body[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
        for (; i < m.Body.Count && m.Body[i] is ImportFrom { Module: "__future__", Level: 0 } f; i++)
        {
            foreach (var a in f.Names)
            {
                if (a.Name == "braces") throw PointError("not a chance", f);
                if (!FutureFeatures.Contains(a.Name)) throw PointError($"future feature {a.Name} is not defined", f);
                if (a.Name == "annotations") _futureAnnotations = true;
            }
            _futureStatements.Add(f);
        }
    }

    private SyntaxErrorException PointError(string msg, Node n)
    {
        string? line = n.Line >= 1 && n.Line <= _sourceLines.Length ? _sourceLines[n.Line - 1].TrimEnd('\r') : null;
        return new SyntaxErrorException(msg, _filename, n.Line, n.Col + 1, line);
    }

    /// <summary>An annotation under `from __future__ import annotations`: the string CPython's unparser writes.</summary>
    private PyStr AnnotationString(Expr e)
    {
        try { return PyStr.From(AnnotationUnparser.Unparse(e)); }
        catch (NotSupportedException)
        {
            // An f-string in an annotation: its source text, which is what the unparser writes for the common case.
            var line = e.Line >= 1 && e.Line <= _sourceLines.Length ? _sourceLines[e.Line - 1] : "";
            return PyStr.From(e.EndLine == e.Line && e.EndCol <= line.Length ? line[e.Col..e.EndCol] : "...");
        }
    }

    /// <remarks>As CPython's compiler_error, the text is the file's line (PyErr_ProgramTextObject),
    /// or none when the source is not a file (compile() of a string, -c, the REPL).</remarks>
    private SyntaxErrorException Error(string msg, Node n)
    {
        string? line = SyntaxErrorException.FileLine(_filename, n.Line);
        // CPython underlines the whole node when it ends on its first line.
        int endCol = n.EndLine != n.Line || n.EndCol > n.Col ? n.EndCol + 1 : 0;
        return new SyntaxErrorException(msg, _filename, n.Line, n.Col + 1, line, endCol) { EndLineNo = n.EndLine };
    }

    /// <summary>CPython's compiler_warn: a SyntaxWarning at the node's line, or (under an error filter) a SyntaxError there.</summary>
    private void Warn(string msg, Node n)
    {
        if (CompileWarnings.Warn(TypeObjects.SyntaxWarning, msg, _filename, n.Line)) throw Error(msg, n);
    }

    /// <summary>A compiler error spanning the node (CPython's compiler_error gives the end offset too).</summary>
    private SyntaxErrorException SpanError(string msg, Node n)
    {
        string? line = SyntaxErrorException.FileLine(_filename, n.Line);
        return new SyntaxErrorException(msg, _filename, n.Line, n.Col + 1, line, n.EndCol + 1) { EndLineNo = n.EndLine };
    }

    private CodeObject CompileModule(ModuleNode m, string mode)
    {
        _scope = _symbols.Scopes[m];
        _b = new CodeBuilder(this, "<module>", "<module>", _scope, 1, CodeFlags.Module);
        if (m.Body.Count > 0) _b.Line = m.Body[0].Line;
        if (mode == "eval")
        {
            var e = ((ExprStmt)m.Body[0]).Value;
            VisitExpr(e);
            Emit(Op.ReturnValue);
        }
        else
        {
            if (mode == "exec" && _optimize < 2 && m.Body.Count > 0 && m.Body[0] is ExprStmt { Value: Constant { Value: string doc } })
            {
                EmitLoadConst(PyStr.From(doc));
                Emit(Op.StoreName, _b.NameIndex("__doc__"));
            }
            if (HasAnnotations(m.Body)) Emit(Op.SetupAnnotations);
            foreach (var s in m.Body) VisitStmt(s);
            _b.Artificial = true;
            EmitLoadConst(PyNone.Instance);
            Emit(Op.ReturnValue);
        }
        return _b.Build(_filename);
    }

    // ------------------------------------------------------------------ emission helpers

    private void Emit(Op op, int arg = 0) => _b.Emit(op, arg);
    private void EmitJump(Op op, Label target) => _b.EmitJump(op, target);
    private Label NewLabel() => _b.NewLabel();
    private void Mark(Label l) => _b.Mark(l);
    private void EmitLoadConst(PyObject c) => Emit(Op.LoadConst, _b.Const(c));

    private void SetLine(Node n)
    {
        if (n.Line <= 0) return;
        _b.Line = n.Line;
        bool known = n.EndLine >= n.Line && (n.EndLine > n.Line || n.EndCol > n.Col);
        _b.Col = known ? n.Col : -1;
        _b.EndLine = known ? n.EndLine : n.Line;
        _b.EndCol = known ? n.EndCol : -1;
    }

    // ------------------------------------------------------------------ names

    /// <summary>Private-name mangling (`__x` in class C is `_C__x`), also for __slots__ names.</summary>
    internal static string Mangle(string? className, string name)
    {
        if (className is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        string cls = className.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }

    private string MangleName(string name) => Mangle(_b.ClassName, name);

    private void EmitName(string rawName, ExprContext ctx)
    {
        string name = MangleName(rawName);
        var scope = _scope.Resolved.TryGetValue(name, out var r) ? r : NameScope.GlobalImplicit;
        switch (scope)
        {
            case NameScope.Local when _scope.IsFunctionLike:
                int slot = _b.Local(name);
                Emit(ctx switch { ExprContext.Load => Op.LoadFast, ExprContext.Store => Op.StoreFast, _ => Op.DeleteFast }, slot);
                return;
            case NameScope.Cell or NameScope.Free:
                if (_scope.Kind == ScopeKind.Class && ctx == ExprContext.Load)
                {
                    Emit(Op.LoadClassDeref, _b.FreeDeref(name));
                    return;
                }
                if (_scope.Kind == ScopeKind.Class && scope == NameScope.Free && !_scope.Nonlocals.Contains(name))
                {
                    // A class's own binding of a name that children see as free: store in the class namespace.
                    Emit(ctx == ExprContext.Store ? Op.StoreName : Op.DeleteName, _b.NameIndex(name));
                    return;
                }
                // In a class body a name is never its own cell (its __class__ cell is only for the methods): `nonlocal __class__` is the outer one.
                Emit(ctx switch { ExprContext.Load => Op.LoadDeref, ExprContext.Store => Op.StoreDeref, _ => Op.DeleteDeref },
                    _scope.Kind == ScopeKind.Class ? _b.FreeDeref(name) : _b.Deref(name));
                return;
            case NameScope.GlobalExplicit:
                Emit(ctx switch { ExprContext.Load => Op.LoadGlobal, ExprContext.Store => Op.StoreGlobal, _ => Op.DeleteGlobal }, _b.NameIndex(name));
                return;
            case NameScope.GlobalImplicit when _scope.IsFunctionLike:
                Emit(ctx switch { ExprContext.Load => Op.LoadGlobal, ExprContext.Store => Op.StoreGlobal, _ => Op.DeleteGlobal }, _b.NameIndex(name));
                return;
            default:
                Emit(ctx switch { ExprContext.Load => Op.LoadName, ExprContext.Store => Op.StoreName, _ => Op.DeleteName }, _b.NameIndex(name));
                return;
        }
    }

    // ------------------------------------------------------------------ statements

    private void VisitBody(List<Stmt> body) { foreach (var s in body) VisitStmt(s); }

    private void VisitStmt(Stmt s)
    {
        _depth.Enter();
        try { VisitStmtNested(s); }
        finally { _depth.Leave(); }
    }

    private void VisitStmtNested(Stmt s)
    {
        SetLine(s);
        switch (s)
        {
            case ExprStmt e:
                if (_interactive && _scope.Kind == ScopeKind.Module)
                {
                    VisitExpr(e.Value);
                    Emit(Op.PrintExpr);
                }
                else if (e.Value is Constant) { /* docstrings and bare constants compile to nothing */ Emit(Op.Nop); }
                else { VisitExpr(e.Value); Emit(Op.PopTop); }
                break;
            case Assign a:
                if (a.Targets.Count == 1 && TrySwapAssign(a)) break;
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Op.DupTop);
                    VisitTarget(a.Targets[i]);
                }
                break;
            case AugAssign aa: CompileAugAssign(aa); break;
            case AnnAssign an:
                if (an.Value is not null)
                {
                    VisitExpr(an.Value);
                    VisitTarget(an.Target);
                }
                else if (an.Target is not Name)
                {
                    // `obj.attr: int` still evaluates obj.
                    if (an.Target is Attribute at) { VisitExpr(at.Value); Emit(Op.PopTop); }
                    else if (an.Target is Subscript sb) { VisitExpr(sb.Value); VisitExpr(sb.Slice); Emit(Op.PopTop); Emit(Op.PopTop); }
                }
                if (an.Simple && an.Target is Name tn && _scope.Kind is ScopeKind.Module or ScopeKind.Class)
                {
                    // __annotations__[name] = annotation
                    if (_futureAnnotations) EmitLoadConst(AnnotationString(an.Annotation));
                    else VisitExpr(an.Annotation);
                    Emit(Op.LoadName, _b.NameIndex("__annotations__"));
                    EmitLoadConst(PyStr.From(MangleName(tn.Id)));
                    Emit(Op.StoreSubscr);
                }
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitDelete(t);
                break;
            case Pass: Emit(Op.Nop); break;
            case If i: CompileIf(i); break;
            case While w: CompileWhile(w); break;
            case For f: CompileFor(f); break;
            case Break br: CompileBreak(br); break;
            case Continue co: CompileContinue(co); break;
            case Return r: CompileReturn(r); break;
            case FunctionDef fd: CompileFunctionDef(fd); break;
            case ClassDef cd: CompileClassDef(cd); break;
            case Global or Nonlocal: break;   // no instruction and no line event, as CPython 3.11 compiles them
            case Raise r:
                {
                    int n = 0;
                    if (r.Exc is not null) { VisitExpr(r.Exc); n++; }
                    if (r.Cause is not null) { VisitExpr(r.Cause); n++; }
                    SetLine(r);
                    Emit(Op.RaiseVarargs, n);
                    break;
                }
            case Try t: CompileTry(t); break;
            case With w: CompileWith(w, 0); break;
            case Assert a:
                {
                    if (a.Test is TupleExpr { Elts.Count: > 0 }) Warn("assertion is always true, perhaps remove parentheses?", a);
                    if (_optimize > 0) { Emit(Op.Nop); break; }
                    var end = NewLabel();
                    VisitJumpIf(a.Test, end, true);
                    Emit(Op.LoadAssertionError);
                    if (a.Msg is not null)
                    {
                        VisitExpr(a.Msg);
                        Emit(Op.Call, 1);
                    }
                    SetLine(a);
                    Emit(Op.RaiseVarargs, 1);
                    Mark(end);
                    break;
                }
            case Import im: CompileImport(im); break;
            case ImportFrom imf:
                if (imf is { Module: "__future__", Level: 0 } && !_futureStatements.Contains(imf))
                    throw SpanError("from __future__ imports must occur at the beginning of the file", imf);
                CompileImportFrom(imf);
                break;
            case Match m: CompileMatch(m); break;
            default: throw Error($"'{s.GetType().Name}' statements are not supported by Herthon", s);
        }
    }

    private void CompileAugAssign(AugAssign aa)
    {
        int op = (int)MapBinOp(aa.Op);
        switch (aa.Target)
        {
            case Name n:
                EmitName(n.Id, ExprContext.Load);
                VisitExpr(aa.Value);
                SetLine(aa);
                Emit(Op.InplaceOp, op);
                EmitName(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                Emit(Op.DupTop);
                Emit(Op.LoadAttr, _b.NameIndex(MangleName(at.Attr)));
                VisitExpr(aa.Value);
                SetLine(aa);
                Emit(Op.InplaceOp, op);
                Emit(Op.RotTwo);
                Emit(Op.StoreAttr, _b.NameIndex(MangleName(at.Attr)));
                break;
            case Subscript sb:
                VisitExpr(sb.Value);
                VisitSliceOrIndex(sb.Slice);
                SetLine(sb);   // the load and the store are the target's (CPython's SET_LOC(c, e)): `x[i] += 1` ~^^^
                Emit(Op.DupTopTwo);
                Emit(Op.BinarySubscr);
                VisitExpr(aa.Value);
                SetLine(aa);
                Emit(Op.InplaceOp, op);
                SetLine(sb);
                Emit(Op.RotThree);
                Emit(Op.StoreSubscr);
                break;
            default: throw Error("'" + DescribeTarget(aa.Target) + "' is an illegal expression for augmented assignment", aa.Target);
        }
    }

    /// <summary>`a, b = x, y` (and three names): the values stay on the stack and a SWAP puts them
    /// in unpacking order, no tuple built and unpacked (CPython's BUILD_TUPLE + UNPACK_SEQUENCE peephole).</summary>
    private bool TrySwapAssign(Assign a)
    {
        if (a.Value is not TupleExpr v || a.Targets[0] is not (TupleExpr or ListExpr)) return false;
        var targets = a.Targets[0] is TupleExpr tt ? tt.Elts : ((ListExpr)a.Targets[0]).Elts;
        int n = v.Elts.Count;
        if (n is < 2 or > 3 || targets.Count != n) return false;
        foreach (var e in v.Elts) if (e is Starred) return false;
        foreach (var e in targets) if (e is Starred) return false;
        foreach (var e in v.Elts) VisitExpr(e);
        Emit(Op.Swap, n);
        foreach (var e in targets) VisitTarget(e);
        return true;
    }

    private static string DescribeTarget(Expr e) => e switch
    {
        TupleExpr => "tuple", ListExpr => "list", Call => "function call", Constant => "literal", _ => "expression",
    };

    internal static Runtime.BinaryOp MapBinOp(BinOpKind k) => k switch
    {
        BinOpKind.Add => Runtime.BinaryOp.Add, BinOpKind.Sub => Runtime.BinaryOp.Sub, BinOpKind.Mult => Runtime.BinaryOp.Mul,
        BinOpKind.MatMult => Runtime.BinaryOp.MatMul, BinOpKind.Div => Runtime.BinaryOp.TrueDiv, BinOpKind.Mod => Runtime.BinaryOp.Mod,
        BinOpKind.Pow => Runtime.BinaryOp.Pow, BinOpKind.LShift => Runtime.BinaryOp.LShift, BinOpKind.RShift => Runtime.BinaryOp.RShift,
        BinOpKind.BitOr => Runtime.BinaryOp.Or, BinOpKind.BitXor => Runtime.BinaryOp.Xor, BinOpKind.BitAnd => Runtime.BinaryOp.And,
        _ => Runtime.BinaryOp.FloorDiv,
    };

    private void VisitTarget(Expr t)
    {
        switch (t)
        {
            case Name n: EmitName(n.Id, ExprContext.Store); break;
            case Attribute a:
                VisitExpr(a.Value);
                SetLine(a);
                Emit(Op.StoreAttr, _b.NameIndex(MangleName(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSliceOrIndex(s.Slice);
                SetLine(s);
                Emit(Op.StoreSubscr);
                break;
            case TupleExpr or ListExpr:
                {
                    var elts = t is TupleExpr te ? te.Elts : ((ListExpr)t).Elts;
                    int star = elts.FindIndex(e => e is Starred);
                    if (star < 0) Emit(Op.UnpackSequence, elts.Count);
                    else
                    {
                        if (elts.FindLastIndex(e => e is Starred) != star) throw Error("multiple starred expressions in assignment", t);
                        Emit(Op.UnpackEx, star | ((elts.Count - star - 1) << 8));
                    }
                    foreach (var e in elts) VisitTarget(e is Starred st ? st.Value : e);
                    break;
                }
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error($"cannot assign to {DescribeTarget(t)}", t);
        }
    }

    private void VisitDelete(Expr t)
    {
        switch (t)
        {
            case Name n: EmitName(n.Id, ExprContext.Del); break;
            case Attribute a: VisitExpr(a.Value); Emit(Op.DeleteAttr, _b.NameIndex(MangleName(a.Attr))); break;
            case Subscript s: VisitExpr(s.Value); VisitSliceOrIndex(s.Slice); Emit(Op.DeleteSubscr); break;
            case TupleExpr te: foreach (var e in te.Elts) VisitDelete(e); break;
            case ListExpr le: foreach (var e in le.Elts) VisitDelete(e); break;
            default: throw Error($"cannot delete {DescribeTarget(t)}", t);
        }
    }

    private void CompileIf(If i)
    {
        var end = NewLabel();
        var orelse = i.OrElse.Count > 0 ? NewLabel() : end;
        VisitJumpIf(i.Test, orelse, false);
        VisitBody(i.Body);
        if (i.OrElse.Count > 0)
        {
            EmitJump(Op.Jump, end);
            Mark(orelse);
            VisitBody(i.OrElse);
        }
        Mark(end);
    }

    private void CompileWhile(While w)
    {
        if (IsTrueConstant(w.Test)) { CompileWhileTrue(w); return; }
        // CPython 3.11's compiler_while: the test at the top jumps past the body when false,
        // and again at the bottom, where a true test jumps back to the body's first instruction
        // (POP_JUMP_BACKWARD_IF_TRUE): one dispatch fewer per iteration than a JUMP_BACKWARD to
        // the test. `continue` jumps to the test at the top. The backward conditional jump (and
        // every fused form that decides it) polls as JUMP_BACKWARD does (Interpreter.Loop.cs).
        var top = NewLabel();
        var body = NewLabel();
        var end = NewLabel();
        var orelse = w.OrElse.Count > 0 ? NewLabel() : end;
        Mark(top);
        SetLine(w);
        VisitJumpIf(w.Test, orelse, false);
        Mark(body);
        _b.Blocks.Push(new FBlock(FBlockKind.WhileLoop, top, end));
        VisitBody(w.Body);
        _b.Blocks.Pop();
        SetLine(w);
        VisitJumpIf(w.Test, body, true);
        if (w.OrElse.Count > 0)
        {
            Mark(orelse);
            VisitBody(w.OrElse);
        }
        Mark(end);
    }

    /// <summary>A test that is a constant CPython's optimizer folds as true (`while True:`,
    /// `while 1:`): its LOAD_CONST + POP_JUMP_IF_FALSE become a NOP there. Only bool and int
    /// constants, the forms loops are written with; any other constant compiles its test.</summary>
    private static bool IsTrueConstant(Expr e) => e is Constant { Value: true or (long and not 0L) or (int and not 0) };

    /// <summary>
    /// `while True:` as CPython 3.11 compiles it: a NOP with the `while` line (its line event on
    /// entry and after a `continue`, which jumps to it), then the body, then JUMP_BACKWARD with the
    /// `while` line to the body's first instruction, past the NOP: no test and no NOP per
    /// iteration (two dispatches fewer than the LOAD_CONST + POP_JUMP_IF_FALSE at the top). The
    /// `else:` block is unreachable (only a `break` leaves) and is compiled after the jump, as
    /// before.
    /// </summary>
    private void CompileWhileTrue(While w)
    {
        var cont = NewLabel();
        var body = NewLabel();
        var end = NewLabel();
        Mark(cont);
        SetLine(w);
        Emit(Op.Nop);
        Mark(body);
        _b.Blocks.Push(new FBlock(FBlockKind.WhileLoop, cont, end));
        VisitBody(w.Body);
        _b.Blocks.Pop();
        SetLine(w);
        _b.EmitJumpWithLine(Op.JumpBackward, body);
        if (w.OrElse.Count > 0) VisitBody(w.OrElse);
        Mark(end);
    }

    private void CompileFor(For f)
    {
        if (f.IsAsync) { CompileAsyncFor(f); return; }
        var top = NewLabel();
        var cleanup = NewLabel();
        var end = NewLabel();
        VisitExpr(f.Iter);
        SetLine(f);
        Emit(Op.GetIter);
        Mark(top);
        SetLine(f);
        EmitJump(Op.ForIter, cleanup);
        VisitTarget(f.Target);
        _b.Blocks.Push(new FBlock(FBlockKind.ForLoop, top, end));
        VisitBody(f.Body);
        _b.Blocks.Pop();
        EmitJump(Op.JumpBackward, top);
        Mark(cleanup);
        SetLine(f);
        VisitBody(f.OrElse);
        Mark(end);
    }

    /// <summary>`async for`: GET_AITER, then per item await __anext__() in a handler region whose
    /// StopAsyncIteration ends the loop (END_ASYNC_FOR), as CPython 3.11 compiles it.</summary>
    private void CompileAsyncFor(For f)
    {
        if (!InAsyncScope) throw SpanError("'async for' outside async function", f);
        var top = NewLabel();
        var stop = NewLabel();
        var end = NewLabel();
        VisitExpr(f.Iter);
        SetLine(f);
        Emit(Op.GetAiter);
        Mark(top);
        SetLine(f);
        _b.PushHandler(stop);
        Emit(Op.GetAnext);               // pushes __anext__()'s awaitable iterator: awaited without GET_AWAITABLE
        EmitLoadConst(PyNone.Instance);
        CompileYieldFromLoop();
        _b.PopHandler();
        VisitTarget(f.Target);
        _b.Blocks.Push(new FBlock(FBlockKind.AsyncForLoop, top, end));
        VisitBody(f.Body);
        _b.Blocks.Pop();
        EmitJump(Op.JumpBackward, top);
        Mark(stop);                       // [.., aiter, exc]
        SetLine(f);
        _b.Artificial = true;
        Emit(Op.EndAsyncFor);
        _b.Artificial = false;
        VisitBody(f.OrElse);
        Mark(end);
    }

    private FBlock? FindLoop(out int index)
    {
        var blocks = _b.Blocks.ToArray(); // top first
        for (int i = 0; i < blocks.Length; i++)
            if (blocks[i].Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop or FBlockKind.AsyncForLoop) { index = i; return blocks[i]; }
        index = -1;
        return null;
    }

    private void CompileBreak(Break br)
    {
        var loop = FindLoop(out int idx) ?? throw Error("'break' outside loop", br);
        CheckNotInExceptStar(idx + 1, br);
        Emit(Op.Nop); // the statement's own line event (the jump itself is structural)
        int unwound = UnwindBlocks(idx + 1, preserveTop: false);
        // The exit label is reached with the loop's blocks popped (no iterator on the stack).
        int depth = _b.Depth;
        _b.Depth = unwound;
        EmitJump(Op.Jump, loop.Exit!);
        _b.Depth = depth;
    }

    private void CompileContinue(Continue co)
    {
        var loop = FindLoop(out int idx) ?? throw Error("'continue' not properly in loop", co);
        CheckNotInExceptStar(idx, co);
        Emit(Op.Nop);
        int unwound = UnwindBlocks(idx, preserveTop: false);
        int depth = _b.Depth;
        _b.Depth = unwound;
        EmitJump(Op.JumpBackward, loop.Continue!);
        _b.Depth = depth;
    }

    private void CompileReturn(Return r)
    {
        if (r.Value is not null && _scope.IsCoroutine && _scope.IsGenerator) throw SpanError("'return' with value in async generator", r);
        CheckNotInExceptStar(_b.Blocks.Count, r.Value ?? (Node)r);   // CPython reports at the value
        if (r.Value is not null) VisitExpr(r.Value);
        else EmitLoadConst(PyNone.Instance);
        int outer = _unwindLine;
        _unwindLine = 0;
        UnwindBlocks(_b.Blocks.Count, preserveTop: true);
        int unwindLine = _unwindLine;
        _unwindLine = outer;
        if (unwindLine == 0)
        {
            SetLine(r);
            Emit(Op.ReturnValue);
            return;
        }
        // After a finally body or with-exit ran, the return appears to execute with them: it is
        // artificial, on their last line (CPython's UNSET_LOC), so no line event jumps back to it.
        bool artificial = _b.Artificial;
        _b.Line = unwindLine;
        _b.Artificial = true;
        Emit(Op.ReturnValue);
        _b.Artificial = artificial;
    }

    /// <summary>The line of the last finally body or with-exit a return unwound (0 = none).</summary>
    private int _unwindLine;

    /// <summary>Emits the exit code of the innermost `count` blocks (finally bodies, handler
    /// cleanups, iterator pops, with-exits) for a jump out of them.</summary>
    private int UnwindBlocks(int count, bool preserveTop)
    {
        int unwoundDepth;
        var saved = _b.Blocks.ToArray(); // top first
        var savedHandlers = _b.SaveHandlers();
        int savedDepth = _b.Depth;
        int savedLine = _b.Line, savedCol = _b.Col, savedEndLine = _b.EndLine, savedEndCol = _b.EndCol;
        try
        {
            for (int i = 0; i < count && i < saved.Length; i++)
            {
                var blk = saved[i];
                // While unwinding block i, the code runs outside of it.
                _b.Blocks.Pop();
                switch (blk.Kind)
                {
                    case FBlockKind.ForLoop:
                        if (preserveTop) Emit(Op.RotTwo);
                        Emit(Op.PopIter);
                        break;
                    case FBlockKind.AsyncForLoop:
                        if (preserveTop) Emit(Op.RotTwo);
                        Emit(Op.PopTop);
                        break;
                    case FBlockKind.WhileLoop: break;
                    case FBlockKind.TryExcept:
                        _b.PopHandler();
                        break;
                    case FBlockKind.FinallyTry:
                        _b.PopHandler();
                        VisitBody(blk.FinallyBody!);
                        _unwindLine = _b.Line;
                        break;
                    case FBlockKind.FinallyEnd:
                        // stack: prev_exc, exc [, value]
                        if (preserveTop) Emit(Op.RotThree);
                        Emit(Op.PopTop);
                        Emit(Op.PopExcept);
                        _b.PopHandler();
                        break;
                    case FBlockKind.HandlerCleanup:
                        if (blk.HandlerName is not null) _b.PopHandler();
                        if (preserveTop) Emit(Op.RotTwo);
                        Emit(Op.PopExcept);
                        _b.PopHandler();
                        if (blk.HandlerName is not null)
                        {
                            EmitLoadConst(PyNone.Instance);
                            EmitName(blk.HandlerName, ExprContext.Store);
                            EmitName(blk.HandlerName, ExprContext.Del);
                        }
                        break;
                    case FBlockKind.With or FBlockKind.AsyncWith:
                        if (blk.Statement is not null) SetLine(blk.Statement);   // the exit call runs on the `with` line
                        _unwindLine = _b.Line;
                        _b.PopHandler();
                        if (preserveTop) Emit(Op.RotTwo);
                        EmitLoadConst(PyNone.Instance);
                        Emit(Op.DupTop);
                        Emit(Op.DupTop);
                        Emit(Op.Call, 3);
                        if (blk.Kind == FBlockKind.AsyncWith) CompileAwait(2);
                        Emit(Op.PopTop);
                        break;
                }
            }
            unwoundDepth = _b.Depth;
        }
        finally
        {
            // Restore the compile-time block stack and handler stack for the code that follows.
            _b.RestoreBlocks(saved, savedHandlers);
            _b.Depth = savedDepth;
            _b.Line = savedLine; _b.Col = savedCol; _b.EndLine = savedEndLine; _b.EndCol = savedEndCol;
        }
        return unwoundDepth;
    }
}
