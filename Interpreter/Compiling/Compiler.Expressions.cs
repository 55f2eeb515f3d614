using System.Globalization;
using System.Numerics;
using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;
using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class Compiler
{
    internal static PyObject ConstantValue(object? v) => v switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.From(l),
        int i => PyInt.From(i),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        string s => PyStr.From(s.Length <= 32 ? string.Intern(s) : s),   // short literals (names, keys) are interned like CPython's
        byte[] bytes => new PyBytes(bytes),
        EllipsisValue => PyEllipsis.Instance,
        ImaginaryLiteral im => new PyComplex(0.0, im.Imag),
        PyObject o => o,   // a constant of a compiled Python AST (tuple, frozenset, complex)
        _ => throw new InvalidOperationException($"unknown constant {v.GetType().Name}"),
    };

    private void VisitExpr(Expr e)
    {
        int savedLine = _b.Line, savedCol = _b.Col, savedEndLine = _b.EndLine, savedEndCol = _b.EndCol;
        SetLine(e);
        _depth.Enter();
        try { VisitExprInner(e); }
        finally { _depth.Leave(); }
        _b.Line = savedLine; _b.Col = savedCol; _b.EndLine = savedEndLine; _b.EndCol = savedEndCol;
    }

    private void VisitExprInner(Expr e)
    {
        switch (e)
        {
            case Constant c:
                EmitLoadConst(ConstantValue(c.Value));
                break;
            case Name n:
                if (n.Id == "__debug__") { EmitLoadConst(PyBool.From(_optimize == 0)); break; }
                EmitName(n.Id, ExprContext.Load);
                break;
            case BinOp b:
                // `"...%s..." % (x, y)`: CPython 3.11's AST optimizer (fold_binop) makes it an f-string.
                if (b.Op == BinOpKind.Mod && b.Left is Constant { Value: string pfmt } && b.Right is TupleExpr pt
                    && PercentAsFString(pfmt, pt.Elts) is { } fjs)
                {
                    SetLine(b);
                    CompileJoinedStr(fjs.At<JoinedStr>(b));
                    break;
                }
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                SetLine(b);
                Emit(Op.BinaryOp, (int)MapBinOp(b.Op));
                break;
            case UnaryOp u:
                if (u.Op == UnaryOpKind.USub && u.Operand is Constant { Value: long or double or BigInteger } k)
                {
                    // Fold negative literals (so -5 is a constant, as in CPython).
                    EmitLoadConst(k.Value switch { long l => l == 0 ? PyInt.From(0) : PyInt.From(-(BigInteger)l), double d => new PyFloat(-d), _ => PyInt.From(-(BigInteger)k.Value!) });
                    break;
                }
                VisitExpr(u.Operand);
                Emit(u.Op switch { UnaryOpKind.USub => Op.UnaryNegative, UnaryOpKind.UAdd => Op.UnaryPositive, UnaryOpKind.Not => Op.UnaryNot, _ => Op.UnaryInvert });
                break;
            case BoolOp bo:
                {
                    var end = NewLabel();
                    for (int i = 0; i < bo.Values.Count; i++)
                    {
                        VisitExpr(bo.Values[i]);
                        if (i < bo.Values.Count - 1) EmitJump(bo.Op == BoolOpKind.And ? Op.JumpIfFalseOrPop : Op.JumpIfTrueOrPop, end);
                    }
                    Mark(end);
                    break;
                }
            case Compare cmp: CompileCompare(cmp); break;
            case IfExp ie:
                {
                    var orelse = NewLabel();
                    var end = NewLabel();
                    VisitJumpIf(ie.Test, orelse, false);
                    VisitExpr(ie.Body);
                    EmitJump(Op.Jump, end);
                    Mark(orelse);
                    VisitExpr(ie.OrElse);
                    Mark(end);
                    break;
                }
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(Op.DupTop);
                EmitName(ne.Target.Id, ExprContext.Store);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                SetLine(a);
                Emit(Op.LoadAttr, _b.NameIndex(MangleName(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSliceOrIndex(s.Slice);
                SetLine(s);
                Emit(Op.BinarySubscr);
                break;
            case Slice sl:
                CompileSlice(sl);
                break;
            case Call c: CompileCall(c); break;
            case TupleExpr t: CompileSequence(t.Elts, Op.BuildTuple); break;
            case ListExpr l: CompileSequence(l.Elts, Op.BuildList); break;
            case SetExpr s: CompileSequence(s.Elts, Op.BuildSet); break;
            case DictExpr d: CompileDict(d); break;
            case Lambda l: CompileLambda(l); break;
            case ListComp lc: CompileComprehension(lc, lc.Generators, "<listcomp>", ComprehensionKind.List, lc.Elt, null); break;
            case SetComp sc: CompileComprehension(sc, sc.Generators, "<setcomp>", ComprehensionKind.Set, sc.Elt, null); break;
            case DictComp dc: CompileComprehension(dc, dc.Generators, "<dictcomp>", ComprehensionKind.Dict, dc.Key, dc.Value); break;
            case GeneratorExp ge: CompileComprehension(ge, ge.Generators, "<genexpr>", ComprehensionKind.Generator, ge.Elt, null); break;
            case JoinedStr js: CompileJoinedStr(js); break;
            case FormattedValue fv: CompileFormattedValue(fv); break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value); else EmitLoadConst(PyNone.Instance);
                // An async generator's own yields are wrapped so its asend() can tell them from an await's.
                if ((_b.Flags & CodeFlags.AsyncGenerator) != 0) Emit(Op.AsyncGenWrap);
                Emit(Op.YieldValue);
                break;
            case YieldFrom yf:
                if (_scope.IsCoroutine && _scope.Kind == ScopeKind.Function) throw SpanError("'yield from' inside async function", yf);
                VisitExpr(yf.Value);
                Emit(Op.GetYieldFromIter);
                EmitLoadConst(PyNone.Instance);
                CompileYieldFromLoop();
                break;
            case Await aw:
                CheckAwaitAllowed(aw);
                VisitExpr(aw.Value);
                SetLine(aw);
                CompileAwait(0);
                break;
            case Starred st: throw Error("can't use starred expression here", st);
            default: throw Error($"'{e.GetType().Name}' expressions are not supported by Herthon", e);
        }
    }

    /// <summary>The awaitable on top of the stack is awaited: GET_AWAITABLE, then the `yield from` loop.
    /// kind: 0 `await`, 1 the result of __aenter__, 2 of __aexit__ (for the error message).</summary>
    private void CompileAwait(int kind)
    {
        Emit(Op.GetAwaitable, kind);
        EmitLoadConst(PyNone.Instance);
        CompileYieldFromLoop();
    }

    private void CheckAwaitAllowed(Node n)
    {
        if (_scope.Kind == ScopeKind.Comprehension) return;   // checked where the comprehension is built
        if (_scope.Kind is not (ScopeKind.Function or ScopeKind.Lambda)) throw SpanError("'await' outside function", n);
        if (!_scope.IsCoroutine) throw SpanError("'await' outside async function", n);
    }

    /// <summary>`async for`/`async with` need an async function (or an async comprehension's own scope).</summary>
    private bool InAsyncScope => _scope.IsCoroutine && _scope.Kind is ScopeKind.Function or ScopeKind.Comprehension;

    private void CompileYieldFromLoop()
    {
        var loop = NewLabel();
        var exit = NewLabel();
        Mark(loop);
        EmitJump(Op.Send, exit);
        Emit(Op.YieldValue);
        EmitJump(Op.JumpBackward, loop);
        Mark(exit);
    }

    private void VisitSliceOrIndex(Expr e)
    {
        if (e is Slice s) CompileSlice(s);
        else VisitExpr(e);
    }

    private void CompileSlice(Slice s)
    {
        if (s.Lower is not null) VisitExpr(s.Lower); else EmitLoadConst(PyNone.Instance);
        if (s.Upper is not null) VisitExpr(s.Upper); else EmitLoadConst(PyNone.Instance);
        if (s.Step is not null) { VisitExpr(s.Step); Emit(Op.BuildSlice, 3); }
        else Emit(Op.BuildSlice, 2);
    }

    private static int CmpArg(CmpOpKind k, out Op op)
    {
        switch (k)
        {
            case CmpOpKind.Is: op = Op.IsOp; return 0;
            case CmpOpKind.IsNot: op = Op.IsOp; return 1;
            case CmpOpKind.In: op = Op.ContainsOp; return 0;
            case CmpOpKind.NotIn: op = Op.ContainsOp; return 1;
        }
        op = Op.CompareOp;
        return (int)(k switch
        {
            CmpOpKind.Lt => CompareOp.Lt, CmpOpKind.LtE => CompareOp.Le, CmpOpKind.Eq => CompareOp.Eq,
            CmpOpKind.NotEq => CompareOp.Ne, CmpOpKind.Gt => CompareOp.Gt, _ => CompareOp.Ge,
        });
    }

    /// <summary>CPython's check_compare: `is` or `is not` with a literal that is not None, True, False or
    /// Ellipsis (after the AST optimizer's folding: `x is -1`, `x is ()`, `x is 1 + 1`) is a SyntaxWarning.</summary>
    private void CheckCompare(Compare cmp)
    {
        bool left = IsIdentityOperand(cmp.Left);
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            bool right = IsIdentityOperand(cmp.Comparators[i]);
            if (cmp.Ops[i] is CmpOpKind.Is or CmpOpKind.IsNot && !(left && right))
            {
                Warn(cmp.Ops[i] == CmpOpKind.Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?", cmp);
                return;
            }
            left = right;
        }
    }

    /// <summary>check_is_arg: anything but a constant, or a constant that is a singleton.</summary>
    private static bool IsIdentityOperand(Expr e) => !IsFoldedConstant(e) || e is Constant { Value: null or bool or EllipsisValue };

    /// <summary>What CPython's AST optimizer folds into a constant: literals, unary +, - and ~ of numbers,
    /// binary operations of constants and tuples of constants.</summary>
    private static bool IsFoldedConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: not UnaryOpKind.Not, Operand: Constant { Value: long or System.Numerics.BigInteger or double or bool or ImaginaryLiteral } } => true,
        BinOp b => IsFoldedConstant(b.Left) && IsFoldedConstant(b.Right) && b.Left is not TupleExpr && b.Right is not TupleExpr,
        TupleExpr { Ctx: ExprContext.Load } t => t.Elts.TrueForAll(IsFoldedConstant),
        _ => false,
    };

    private void CompileCompare(Compare cmp)
    {
        CheckCompare(cmp);
        VisitExpr(cmp.Left);
        if (cmp.Ops.Count == 1)
        {
            VisitExpr(cmp.Comparators[0]);
            SetLine(cmp);
            int a = CmpArg(cmp.Ops[0], out var op);
            Emit(op, a);
            return;
        }
        // a < b < c: keep the middle operand, short-circuit on the first false.
        var cleanup = NewLabel();
        var end = NewLabel();
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            VisitExpr(cmp.Comparators[i]);
            SetLine(cmp);
            if (i < cmp.Ops.Count - 1)
            {
                Emit(Op.DupTop);
                Emit(Op.RotThree);
                int a = CmpArg(cmp.Ops[i], out var op);
                Emit(op, a);
                EmitJump(Op.JumpIfFalseOrPop, cleanup);
            }
            else
            {
                int a = CmpArg(cmp.Ops[i], out var op);
                Emit(op, a);
            }
        }
        EmitJump(Op.Jump, end);
        Mark(cleanup);
        Emit(Op.RotTwo);
        Emit(Op.PopTop);
        Mark(end);
    }

    /// <summary>Jumps to `target` when the truth of `e` equals `cond`; short-circuits and/or/not.</summary>
    private void VisitJumpIf(Expr e, Label target, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                VisitJumpIf(u.Operand, target, !cond);
                return;
            case BoolOp bo:
                {
                    bool isOr = bo.Op == BoolOpKind.Or;
                    if (cond == isOr)
                    {
                        // or/true: any true jumps; and/false: any false jumps.
                        foreach (var v in bo.Values) VisitJumpIf(v, target, cond);
                    }
                    else
                    {
                        var skip = NewLabel();
                        for (int i = 0; i < bo.Values.Count - 1; i++) VisitJumpIf(bo.Values[i], skip, !cond);
                        VisitJumpIf(bo.Values[^1], target, cond);
                        Mark(skip);
                    }
                    return;
                }
        }
        VisitExpr(e);
        EmitJump(cond ? Op.PopJumpIfTrue : Op.PopJumpIfFalse, target);
    }

    private void CompileSequence(List<Expr> elts, Op build)
    {
        bool hasStar = elts.Exists(x => x is Starred);
        if (!hasStar)
        {
            if (build == Op.BuildTuple && elts.Count > 0 && elts.TrueForAll(x => x is Constant))
            {
                EmitLoadConst(PyTuple.From(elts.Select(x => ConstantValue(((Constant)x).Value)).ToArray()));
                return;
            }
            if (build == Op.BuildSet && elts.Count > 2 && FoldedSetConstant(elts) is { } frozen)
            {
                // CPython 3.11 folds an all-constant set display into BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1,
                // which fixes the iteration order the program sees.
                Emit(Op.BuildSet, 0);
                EmitLoadConst(frozen);
                Emit(Op.SetUpdate, 1);
                return;
            }
            foreach (var x in elts) VisitExpr(x);
            Emit(build, elts.Count);
            return;
        }
        // Build incrementally into a list (or set), then convert.
        Op buildInto = build == Op.BuildSet ? Op.BuildSet : Op.BuildList;
        Op add = build == Op.BuildSet ? Op.SetAdd : Op.ListAppend;
        Op extend = build == Op.BuildSet ? Op.SetUpdate : Op.ListExtend;
        Emit(buildInto, 0);
        foreach (var x in elts)
        {
            if (x is Starred st) { VisitExpr(st.Value); Emit(extend, 1); }
            else { VisitExpr(x); Emit(add, 1); }
        }
        if (build == Op.BuildTuple) Emit(Op.ListToTuple);
    }

    private static PyObject? FoldableConstant(Expr e) => e switch
    {
        Constant c => ConstantValue(c.Value),
        UnaryOp { Op: UnaryOpKind.USub, Operand: Constant { Value: long or double or BigInteger } k } =>
            k.Value switch { long l => PyInt.From(-(BigInteger)l), double d => new PyFloat(-d), _ => PyInt.From(-(BigInteger)k.Value!) },
        _ => null,
    };

    /// <summary>The frozenset constant CPython builds for an all-constant set display: built from the items, then
    /// rebuilt from its own iteration order when the code object's constants are merged.</summary>
    private static PySet? FoldedSetConstant(List<Expr> elts)
    {
        var first = new PySet(frozen: true);
        foreach (var x in elts)
        {
            if (FoldableConstant(x) is not { } v) return null;
            first.Add(v);
        }
        var merged = new PySet(frozen: true);
        foreach (var v in first.ToList()) merged.Add(v);
        return merged;
    }

    private void CompileDict(DictExpr d)
    {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < d.Keys.Count; i++)
        {
            var k = d.Keys[i];
            if (k is null)
            {
                if (!built) { Emit(Op.BuildMap, pending); built = true; pending = 0; }
                else if (pending > 0) { Emit(Op.BuildMap, pending); Emit(Op.DictUpdate, 1); pending = 0; }
                VisitExpr(d.Values[i]);
                Emit(Op.DictUpdate, 1);
                continue;
            }
            VisitExpr(k);
            VisitExpr(d.Values[i]);
            pending++;
        }
        if (!built) Emit(Op.BuildMap, pending);
        else if (pending > 0) { Emit(Op.BuildMap, pending); Emit(Op.DictUpdate, 1); }
    }

    private void CompileCall(Call c)
    {
        bool starArgs = c.Args.Exists(a => a is Starred);
        bool starKw = c.Keywords.Exists(k => k.Arg is null);
        // Method call fast path: obj.name(args) → LOAD_METHOD / CALL_METHOD.
        if (!starArgs && !starKw && c.Func is Attribute at)
        {
            VisitExpr(at.Value);
            SetLine(at);
            Emit(Op.LoadMethod, _b.NameIndex(MangleName(at.Attr)));
            foreach (var a in c.Args) VisitExpr(a);
            EmitKeywords(c.Keywords);
            SetLine(c);
            Emit(Op.CallMethod, c.Args.Count + c.Keywords.Count);
            return;
        }
        VisitExpr(c.Func);
        if (!starArgs && !starKw)
        {
            foreach (var a in c.Args) VisitExpr(a);
            EmitKeywords(c.Keywords);
            SetLine(c);
            Emit(Op.Call, c.Args.Count + c.Keywords.Count);
            return;
        }
        // General form: positional tuple + keyword dict → CALL_EX.
        CompileSequence(c.Args, Op.BuildTuple);
        int flags = EmitKeywordDict(c.Keywords);
        SetLine(c);
        Emit(Op.CallEx, flags);
    }

    /// <summary>For CALL_EX: builds the keyword dict (merging `**mapping`s, rejecting duplicates)
    /// and returns the CALL_EX flags (1 when a dict was pushed).</summary>
    private int EmitKeywordDict(List<Keyword> kws)
    {
        if (kws.Count == 0) return 0;
        Emit(Op.BuildMap, 0);
        foreach (var k in kws)
        {
            if (k.Arg is null) { VisitExpr(k.Value); Emit(Op.DictMerge, 1); }
            else
            {
                EmitLoadConst(PyStr.From(k.Arg));
                VisitExpr(k.Value);
                Emit(Op.BuildMap, 1);
                Emit(Op.DictMerge, 1);
            }
        }
        return 1;
    }

    private void EmitKeywords(List<Keyword> kws)
    {
        if (kws.Count == 0) return;
        var names = new PyObject[kws.Count];
        var seen = new HashSet<string>();
        for (int i = 0; i < kws.Count; i++)
        {
            if (!seen.Add(kws[i].Arg!)) throw Error($"keyword argument repeated: {kws[i].Arg}", kws[i]);
            VisitExpr(kws[i].Value);
            names[i] = PyStr.From(kws[i].Arg!);
        }
        Emit(Op.KwNames, _b.Const(new PyTuple(names)));
    }

    /// <summary>
    /// `fmt % (x, ...)` with a literal format and a tuple display without starred items as the
    /// f-string CPython 3.11's optimize_format makes of it: every conversion %s, %r or %a with at most
    /// the flags and a width and precision of up to two digits (`%-5.2s` is `{x!s:5.2}`, `%5s`
    /// `{x!s:>5}`), as many conversions as items; `%%` is `%`. Null (the % operator runs) otherwise.
    /// </summary>
    private static JoinedStr? PercentAsFString(string fmt, List<Expr> elts)
    {
        foreach (var e in elts) if (e is Starred) return null;
        var parts = new List<Expr>();
        int pos = 0, cnt = 0;
        while (true)
        {
            // A literal run up to the next lone '%', with each "%%" as one '%'.
            int start = pos;
            bool percents = false;
            while (pos < fmt.Length)
            {
                if (fmt[pos] != '%') pos++;
                else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%') { percents = true; pos += 2; }
                else break;
            }
            if (pos > start)
            {
                string lit = fmt[start..pos];
                parts.Add(new Constant(percents ? lit.Replace("%%", "%") : lit));
            }
            if (pos >= fmt.Length) break;
            if (cnt >= elts.Count) return null;   // more conversions than items
            pos++;
            // simple_format_arg_parse: flags, up to two width digits, '.', up to two precision digits.
            bool ljust = false;
            int width = -1, prec = -1;
            char ch;
            while (true)
            {
                if (pos >= fmt.Length) return null;
                ch = fmt[pos++];
                if (ch == '-') { ljust = true; continue; }
                if (ch is '+' or ' ' or '#' or '0') continue;
                break;
            }
            if (ch is >= '0' and <= '9')
            {
                width = 0;
                int digits = 0;
                while (ch is >= '0' and <= '9')
                {
                    width = width * 10 + (ch - '0');
                    if (pos >= fmt.Length) return null;
                    ch = fmt[pos++];
                    if (++digits >= 3) return null;
                }
            }
            if (ch == '.')
            {
                if (pos >= fmt.Length) return null;
                ch = fmt[pos++];
                prec = 0;
                int digits = 0;
                while (ch is >= '0' and <= '9')
                {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= fmt.Length) return null;
                    ch = fmt[pos++];
                    if (++digits >= 3) return null;
                }
            }
            if (ch is not ('s' or 'r' or 'a')) return null;
            string spec = (!ljust && width > 0 ? ">" : "") + (width >= 0 ? width.ToString(CultureInfo.InvariantCulture) : "")
                + (prec >= 0 ? "." + prec.ToString(CultureInfo.InvariantCulture) : "");
            var arg = elts[cnt++];
            JoinedStr? fspec = spec.Length > 0 ? new JoinedStr([new Constant(spec).At<Constant>(arg)]).At<JoinedStr>(arg) : null;
            parts.Add(new FormattedValue(arg, ch, fspec).At<FormattedValue>(arg));
        }
        if (cnt < elts.Count) return null;   // more items than conversions
        return new JoinedStr(parts);
    }

    private void CompileJoinedStr(JoinedStr js)
    {
        int n = 0;
        foreach (var v in js.Values)
        {
            if (v is Constant c) EmitLoadConst(ConstantValue(c.Value));
            else VisitExpr(v);
            n++;
        }
        // As CPython 3.11: one part (a constant or a FORMAT_VALUE, both strs) is the result itself;
        // f'' is BUILD_STRING 0.
        if (n == 1) return;
        Emit(Op.BuildString, n);
    }

    private void CompileFormattedValue(FormattedValue fv)
    {
        VisitExpr(fv.Value);
        int flags = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (fv.FormatSpec is not null)
        {
            CompileJoinedStr(fv.FormatSpec);
            flags |= 4;
        }
        Emit(Op.FormatValue, flags);
    }

    // ------------------------------------------------------------------ functions and classes

    private string ChildQualName(string name)
    {
        if (_scope.Kind == ScopeKind.Module) return name;
        if (_scope.IsFunctionLike) return _b.QualName + ".<locals>." + name;
        return _b.QualName + "." + name;
    }

    /// <summary>CPython's CO_NESTED: some enclosing scope is a function (a class body alone does not count).</summary>
    private static bool InsideFunction(Scope scope)
    {
        for (var p = scope.Parent; p is not null; p = p.Parent)
            if (p.Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension) return true;
        return false;
    }

    /// <summary>Compiles a child scope's body into a code object, restoring this builder after.</summary>
    private CodeObject CompileChild(Node node, string name, string qualName, int firstLine, Arguments? args, Action body, CodeFlags flags, string? className = null)
    {
        var savedB = _b;
        var savedScope = _scope;
        var scope = _symbols.Scopes[node];
        _scope = scope;
        var f = flags | CodeFlags.Optimized | CodeFlags.NewLocals;
        if (scope.Kind == ScopeKind.Class) f = flags;
        if (scope.IsGenerator) f |= scope.IsCoroutine ? CodeFlags.AsyncGenerator : CodeFlags.Generator;
        else if (scope.IsCoroutine) f |= CodeFlags.Coroutine;
        if (InsideFunction(scope)) f |= CodeFlags.Nested;
        _b = new CodeBuilder(this, name, qualName, scope, firstLine, f) { ClassName = className ?? savedB.ClassName };
        if (args is not null)
        {
            _b.PosOnlyArgCount = args.PosOnlyArgs.Count;
            _b.ArgCount = args.PosOnlyArgs.Count + args.Args.Count;
            _b.KwOnlyArgCount = args.KwOnlyArgs.Count;
            if (args.VarArg is not null) _b.Flags |= CodeFlags.VarArgs;
            if (args.KwArg is not null) _b.Flags |= CodeFlags.VarKeywords;
        }
        try
        {
            body();
            return _b.Build(_filename);
        }
        finally
        {
            _b = savedB;
            _scope = savedScope;
        }
    }

    /// <summary>Pushes defaults/kwdefaults/closure for a child code object and emits MAKE_FUNCTION.</summary>
    private void MakeFunction(CodeObject code, Arguments? args, Expr? returns = null)
    {
        int flags = 0;
        if (args is not null)
        {
            if (args.Defaults.Count > 0)
            {
                foreach (var d in args.Defaults) VisitExpr(d);
                Emit(Op.BuildTuple, args.Defaults.Count);
                flags |= (int)MakeFunctionFlags.Defaults;
            }
            int kwd = 0;
            for (int i = 0; i < args.KwOnlyArgs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    EmitLoadConst(PyStr.From(args.KwOnlyArgs[i].Name));
                    VisitExpr(d);
                    kwd++;
                }
            }
            if (kwd > 0)
            {
                Emit(Op.BuildMap, kwd);
                flags |= (int)MakeFunctionFlags.KwDefaults;
            }
            // Annotations, evaluated at definition time in CPython's order; the function gets them as a dict.
            int nann = 0;
            void Ann(Arg? a)
            {
                if (a?.Annotation is not { } ann) return;
                EmitLoadConst(PyStr.From(MangleName(a.Name)));
                if (_futureAnnotations) EmitLoadConst(AnnotationString(ann));
                else if (ann is Starred st)
                {
                    // `*args: *Ts` annotates with the one item the iterable unpacks to (Unpack[Ts]), as CPython does
                    VisitExpr(st.Value);
                    Emit(Op.UnpackSequence, 1);
                }
                else VisitExpr(ann);
                nann++;
            }
            foreach (var a in args.PosOnlyArgs) Ann(a);
            foreach (var a in args.Args) Ann(a);
            Ann(args.VarArg);
            foreach (var a in args.KwOnlyArgs) Ann(a);
            Ann(args.KwArg);
            if (returns is not null)
            {
                EmitLoadConst(PyStr.From("return"));
                if (_futureAnnotations) EmitLoadConst(AnnotationString(returns));
                else VisitExpr(returns);
                nann++;
            }
            if (nann > 0)
            {
                Emit(Op.BuildMap, nann);
                flags |= (int)MakeFunctionFlags.Annotations;
            }
        }
        if (code.FreeVars.Length > 0)
        {
            foreach (var fv in code.FreeVars)
            {
                // In a class body, __class__ is the class's own cell; otherwise find it here.
                Emit(Op.LoadClosure, _b.Deref(fv));
            }
            Emit(Op.BuildTuple, code.FreeVars.Length);
            flags |= (int)MakeFunctionFlags.Closure;
        }
        EmitLoadConst(code);
        Emit(Op.MakeFunction, flags);
    }

    private void CompileFunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.DecoratorList) VisitExpr(d);
        int firstLine = fd.DecoratorList.Count > 0 ? fd.DecoratorList[0].Line : fd.Line;
        string qual = ChildQualName(fd.Name);
        var code = CompileChild(fd, fd.Name, qual, firstLine, fd.Args, () =>
        {
            _b.Line = fd.Line;
            var body = fd.Body;
            if (_optimize < 2 && body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } })
            {
                _b.Doc = PyStr.From(doc);
            }
            foreach (var s in body) VisitStmt(s);
            if (body.Count == 0 || !EndsWithReturn(body))
            {
                // A body that compiled to no instruction (only `global` and `nonlocal`): the return
                // is the first line's, with its line event, as CPython 3.11 gives an exit without a
                // line of its own the code's first line.
                if (_b.Count == 0) _b.Line = firstLine;
                else _b.Artificial = true;
                EmitLoadConst(PyNone.Instance);
                Emit(Op.ReturnValue);
            }
        }, CodeFlags.None);
        SetLine(fd);
        MakeFunction(code, fd.Args, fd.Returns);
        for (int i = 0; i < fd.DecoratorList.Count; i++) Emit(Op.Call, 1);
        EmitName(fd.Name, ExprContext.Store);
    }

    private static bool EndsWithReturn(List<Stmt> body) => body[^1] is Return or Raise;

    private void CompileLambda(Lambda l)
    {
        var code = CompileChild(l, "<lambda>", ChildQualName("<lambda>"), l.Line, l.Args, () =>
        {
            VisitExpr(l.Body);
            if ((_b.Flags & CodeFlags.Generator) != 0) { Emit(Op.PopTop); EmitLoadConst(PyNone.Instance); }
            Emit(Op.ReturnValue);
        }, CodeFlags.None);
        MakeFunction(code, l.Args);
    }

    private void CompileClassDef(ClassDef cd)
    {
        foreach (var d in cd.DecoratorList) VisitExpr(d);
        int firstLine = cd.DecoratorList.Count > 0 ? cd.DecoratorList[0].Line : cd.Line;
        string qual = ChildQualName(cd.Name);
        var code = CompileChild(cd, cd.Name, qual, firstLine, null, () =>
        {
            _b.Line = cd.Line;
            EmitName("__name__", ExprContext.Load);
            Emit(Op.StoreName, _b.NameIndex("__module__"));
            EmitLoadConst(PyStr.From(qual));
            Emit(Op.StoreName, _b.NameIndex("__qualname__"));
            if (HasAnnotations(cd.Body)) Emit(Op.SetupAnnotations);
            var body = cd.Body;
            if (_optimize < 2 && body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } })
            {
                EmitLoadConst(PyStr.From(doc));
                Emit(Op.StoreName, _b.NameIndex("__doc__"));
            }
            foreach (var s in body) VisitStmt(s);
            if (_scope.NeedsClassCell)
            {
                Emit(Op.LoadClosure, _b.Deref("__class__"));
                Emit(Op.DupTop);
                Emit(Op.StoreName, _b.NameIndex("__classcell__"));
            }
            else EmitLoadConst(PyNone.Instance);
            Emit(Op.ReturnValue);
        }, CodeFlags.Class, className: cd.Name);
        SetLine(cd);
        Emit(Op.LoadBuildClass);
        MakeFunction(code, null);
        EmitLoadConst(PyStr.From(cd.Name));
        bool star = cd.Bases.Exists(b => b is Starred) || cd.Keywords.Exists(k => k.Arg is null);
        if (!star)
        {
            foreach (var b in cd.Bases) VisitExpr(b);
            EmitKeywords(cd.Keywords);
            Emit(Op.Call, 2 + cd.Bases.Count + cd.Keywords.Count);
        }
        else
        {
            Emit(Op.BuildList, 2);
            foreach (var b in cd.Bases)
            {
                if (b is Starred st) { VisitExpr(st.Value); Emit(Op.ListExtend, 1); }
                else { VisitExpr(b); Emit(Op.ListAppend, 1); }
            }
            Emit(Op.ListToTuple);
            int flags = EmitKeywordDict(cd.Keywords);
            Emit(Op.CallEx, flags);
        }
        for (int i = 0; i < cd.DecoratorList.Count; i++) Emit(Op.Call, 1);
        EmitName(cd.Name, ExprContext.Store);
    }

    /// <summary>CPython's find_ann: an annotated assignment anywhere in the block, compound statements included.</summary>
    internal static bool HasAnnotations(List<Stmt> body) => body.Exists(s => s switch
    {
        AnnAssign => true,
        For f => HasAnnotations(f.Body) || HasAnnotations(f.OrElse),
        While w => HasAnnotations(w.Body) || HasAnnotations(w.OrElse),
        If i => HasAnnotations(i.Body) || HasAnnotations(i.OrElse),
        With w => HasAnnotations(w.Body),
        Try t => HasAnnotations(t.Body) || t.Handlers.Exists(h => HasAnnotations(h.Body)) || HasAnnotations(t.OrElse) || HasAnnotations(t.FinalBody),
        _ => false,
    });

    // ------------------------------------------------------------------ comprehensions

    private enum ComprehensionKind { List, Set, Dict, Generator }

    private void CompileComprehension(Expr node, List<Comprehension> gens, string name, ComprehensionKind kind, Expr elt, Expr? value)
    {
        var code = CompileChild(node, name, ChildQualName(name), node.Line, null, () =>
        {
            _b.ArgCount = 1;
            _b.Line = node.Line;
            if (kind != ComprehensionKind.Generator)
                Emit(kind switch { ComprehensionKind.List => Op.BuildList, ComprehensionKind.Set => Op.BuildSet, _ => Op.BuildMap }, 0);
            CompileComprehensionLevel(gens, 0, kind, elt, value, kind == ComprehensionKind.Generator ? 0 : 1);
            if (kind == ComprehensionKind.Generator) EmitLoadConst(PyNone.Instance);
            Emit(Op.ReturnValue);
        }, CodeFlags.None);
        bool isAsync = _symbols.Scopes[node].IsCoroutine;
        if (isAsync && kind != ComprehensionKind.Generator && !InAsyncScope)
            throw SpanError("asynchronous comprehension outside of an asynchronous function", node);
        MakeFunction(code, null);
        VisitExpr(gens[0].Iter);
        Emit(gens[0].IsAsync ? Op.GetAiter : Op.GetIter);
        Emit(Op.Call, 1);
        // An async list/set/dict comprehension's code is a coroutine: await it here. (An async
        // generator expression is an async generator, returned as is.)
        if (isAsync && kind != ComprehensionKind.Generator) CompileAwait(0);
    }

    private void CompileComprehensionLevel(List<Comprehension> gens, int level, ComprehensionKind kind, Expr elt, Expr? value, int containerDepth)
    {
        var gen = gens[level];
        var top = NewLabel();
        var end = NewLabel();
        var skip = NewLabel();
        if (level == 0) Emit(Op.LoadFast, _b.Local(".0"));
        else { VisitExpr(gen.Iter); Emit(gen.IsAsync ? Op.GetAiter : Op.GetIter); }
        Mark(top);
        if (gen.IsAsync)
        {
            // `async for`: await __anext__(); StopAsyncIteration ends the loop at END_ASYNC_FOR.
            _b.PushHandler(end);
            Emit(Op.GetAnext);
            EmitLoadConst(PyNone.Instance);
            CompileYieldFromLoop();
            _b.PopHandler();
        }
        else EmitJump(Op.ForIter, end);
        VisitTarget(gen.Target);
        foreach (var cond in gen.Ifs) VisitJumpIf(cond, skip, false);
        int depth = containerDepth + level + 1;
        if (level + 1 < gens.Count) CompileComprehensionLevel(gens, level + 1, kind, elt, value, containerDepth);
        else
        {
            switch (kind)
            {
                case ComprehensionKind.List: VisitExpr(elt); Emit(Op.ListAppend, depth); break;
                case ComprehensionKind.Set: VisitExpr(elt); Emit(Op.SetAdd, depth); break;
                case ComprehensionKind.Dict: VisitExpr(elt); VisitExpr(value!); Emit(Op.MapAdd, depth); break;
                case ComprehensionKind.Generator:
                    VisitExpr(elt);
                    if ((_b.Flags & CodeFlags.AsyncGenerator) != 0) Emit(Op.AsyncGenWrap);
                    Emit(Op.YieldValue);
                    Emit(Op.PopTop);
                    break;
            }
        }
        Mark(skip);
        EmitJump(Op.JumpBackward, top);
        Mark(end);
        if (gen.IsAsync) Emit(Op.EndAsyncFor);
    }
}
