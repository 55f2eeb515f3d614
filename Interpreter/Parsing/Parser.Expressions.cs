using Herthon.Lexing;
using Herthon.Runtime;

namespace Herthon.Parsing;

// Expressions, following CPython's precedence (lowest first): named_expression, lambda / if-else,
// or, and, not, comparisons, |, ^, &, << >>, + -, * / // % @, unary + - ~, **, await, primary.
// Each level remembers its first token so that a node starting with '(' spans the parenthesis,
// as CPython's positions do.
internal sealed partial class PyParser
{
    private static bool StartsExpression(TokenKind k) => k is TokenKind.Name or TokenKind.Number or TokenKind.String
        or TokenKind.LParen or TokenKind.LSquare or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus
        or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.None
        or TokenKind.True or TokenKind.False or TokenKind.Ellipsis or TokenKind.Star;

    // ---------------------------------------------------------------- lists of expressions

    /// <summary>star_expressions: `a`, `a, *b`, `a,` (a bare tuple).</summary>
    private Expr ParseStarExpressions()
    {
        var start = Cur;
        var first = ParseStarExpression();
        if (Kind != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr ParseStarExpression()
    {
        if (Kind != TokenKind.Star) return ParseExpression();
        var star = Advance();
        return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), star);
    }

    /// <summary>star_named_expressions, used for `match` subjects.</summary>
    private Expr ParseStarNamedExpressions()
    {
        var start = Cur;
        var first = ParseStarNamedExpression();
        if (Kind != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind)) break;
            elts.Add(ParseStarNamedExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr ParseStarNamedExpression()
    {
        if (Kind != TokenKind.Star) return ParseNamedExpression();
        var star = Advance();
        return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), star);
    }

    /// <summary>expressions: the body of eval() input.</summary>
    private Expr ParseExpressions()
    {
        var start = Cur;
        var first = ParseExpression();
        if (Kind != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind) || Kind == TokenKind.Star) break;
            elts.Add(ParseExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr ParseYield()
    {
        var start = Advance();
        if (Accept(TokenKind.From)) return Fin(new YieldFrom(ParseExpression()), start);
        if (StartsExpression(Kind)) return Fin(new Yield(ParseStarExpressions()), start);
        return Fin(new Yield(null), start);
    }

    // ---------------------------------------------------------------- expression levels

    private Expr ParseNamedExpression(bool inCallArguments = false)
    {
        if (Kind == TokenKind.Name && Peek(1).Kind == TokenKind.ColonEqual)
        {
            var nameTok = Advance();
            var target = Fin(new Name((string)nameTok.Value!, ExprContext.Store), nameTok);
            Advance();
            var value = ParseExpression();
            return Fin(new NamedExpr(target, value), nameTok);
        }
        var e = ParseExpression();
        if (Kind == TokenKind.ColonEqual)
            throw ErrorAt($"cannot use assignment expressions with {ExprName(e)}", e);
        if (Kind == TokenKind.Equal && !inCallArguments) throw MisusedEquals(e);
        return e;
    }

    /// <summary>`if x = 1:` and friends: CPython's invalid_named_expression messages.</summary>
    private SyntaxErrorException MisusedEquals(Expr target)
    {
        int save = _i;
        var last = _last;
        try
        {
            Advance();
            var value = ParseBitwiseOr();
            if (Kind is not (TokenKind.Equal or TokenKind.ColonEqual))
            {
                if (target is Name)
                    return ErrorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target, value);
                if (target is not (ListExpr or TupleExpr or GeneratorExp) && !(target is Constant c && (c.Value is null or bool))
                    && IsBitwiseOrLevel(target))
                    return ErrorAt($"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?", target);
            }
        }
        catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError))
        {
        }
        _i = save;
        _last = last;
        return InvalidSyntax();
    }

    // CPython's parser gives up with MemoryError past MAXSTACK (6000) rule levels; Herthon counts the
    // rules that recurse on themselves (unary operators, not, lambda, if-else, **) so user-controlled
    // nesting never reaches the end of the C# stack.
    private const int MaxStack = 6000;
    private int _depth;

    private void EnterNested(int cost = 1)
    {
        _depth += cost;
        if (_depth > MaxStack || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth -= cost;
            throw new PyException(Errors.NewException(TypeObjects.MemoryError, []));   // PyErr_NoMemory: no args
        }
    }

    private Expr ParseExpression()
    {
        EnterNested();
        try { return ParseExpressionNested(); }
        finally { _depth--; }
    }

    private Expr ParseExpressionNested()
    {
        if (Kind == TokenKind.Lambda) return ParseLambda();
        var start = Cur;
        var body = ParseDisjunction();
        if (Kind != TokenKind.If) return body;
        Advance();
        var test = ParseDisjunction();
        if (Kind != TokenKind.Else)
        {
            var startNode = new Name("", ExprContext.Load) { Line = start.Line, Col = StartCol(start) };
            throw ErrorSpan("expected 'else' after 'if' expression", startNode, test);
        }
        Advance();
        var orelse = ParseExpression();
        return Fin(new IfExp(test, body, orelse), start);
    }

    private Expr ParseLambda()
    {
        EnterNested();   // lambda costs CPython's parser two levels
        try { return ParseLambdaNested(); }
        finally { _depth--; }
    }

    private Expr ParseLambdaNested()
    {
        var start = Advance();
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        if (Kind != TokenKind.Colon) throw InvalidSyntax();
        Advance();
        var body = ParseExpression();
        return Fin(new Lambda(args, body), start);
    }

    private Expr ParseDisjunction()
    {
        var start = Cur;
        var first = ParseConjunction();
        if (Kind != TokenKind.Or) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.Or)) values.Add(ParseConjunction());
        return Fin(new BoolOp(BoolOpKind.Or, values), start);
    }

    private Expr ParseConjunction()
    {
        var start = Cur;
        var first = ParseInversion();
        if (Kind != TokenKind.And) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.And)) values.Add(ParseInversion());
        return Fin(new BoolOp(BoolOpKind.And, values), start);
    }

    private Expr ParseInversion()
    {
        if (Kind != TokenKind.Not) return ParseComparison();
        var start = Advance();
        EnterNested();
        try { return Fin(new UnaryOp(UnaryOpKind.Not, ParseInversion()), start); }
        finally { _depth--; }
    }

    private Expr ParseComparison()
    {
        var start = Cur;
        var left = ParseBitwiseOr();
        return ParseComparisonTail(left, start);
    }

    private Expr ParseComparisonTail(Expr left, Token start)
    {
        List<CmpOpKind>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOpKind op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOpKind.Eq; break;
                case TokenKind.NotEqual:
                    if (Cur.Value is "<>") throw InvalidSyntax();
                    op = CmpOpKind.NotEq;
                    break;
                case TokenKind.Less: op = CmpOpKind.Lt; break;
                case TokenKind.LessEqual: op = CmpOpKind.LtE; break;
                case TokenKind.Greater: op = CmpOpKind.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOpKind.GtE; break;
                case TokenKind.In: op = CmpOpKind.In; break;
                case TokenKind.Is:
                    if (Peek(1).Kind == TokenKind.Not) { Advance(); op = CmpOpKind.IsNot; }
                    else op = CmpOpKind.Is;
                    break;
                case TokenKind.Not when Peek(1).Kind == TokenKind.In:
                    Advance();
                    op = CmpOpKind.NotIn;
                    break;
                default:
                    if (ops is null) return left;
                    return Fin(new Compare(left, ops, comparators!), start);
            }
            Advance();
            (ops ??= []).Add(op);
            (comparators ??= []).Add(ParseBitwiseOr());
        }
    }

    private static int BinaryPrecedence(TokenKind k) => k switch
    {
        TokenKind.VBar => 1,
        TokenKind.Circumflex => 2,
        TokenKind.Amper => 3,
        TokenKind.LeftShift or TokenKind.RightShift => 4,
        TokenKind.Plus or TokenKind.Minus => 5,
        TokenKind.Star or TokenKind.Slash or TokenKind.DoubleSlash or TokenKind.Percent or TokenKind.At => 6,
        _ => 0,
    };

    private static BinOpKind BinaryOp(TokenKind k) => k switch
    {
        TokenKind.VBar => BinOpKind.BitOr,
        TokenKind.Circumflex => BinOpKind.BitXor,
        TokenKind.Amper => BinOpKind.BitAnd,
        TokenKind.LeftShift => BinOpKind.LShift,
        TokenKind.RightShift => BinOpKind.RShift,
        TokenKind.Plus => BinOpKind.Add,
        TokenKind.Minus => BinOpKind.Sub,
        TokenKind.Star => BinOpKind.Mult,
        TokenKind.Slash => BinOpKind.Div,
        TokenKind.DoubleSlash => BinOpKind.FloorDiv,
        TokenKind.Percent => BinOpKind.Mod,
        _ => BinOpKind.MatMult,
    };

    private Expr ParseBitwiseOr() => ParseBinary(1);

    /// <summary>Precedence climbing over the left-associative binary operators.</summary>
    private Expr ParseBinary(int minPrec)
    {
        var start = Cur;
        var left = ParseFactor();
        while (true)
        {
            int prec = BinaryPrecedence(Kind);
            if (prec == 0 || prec < minPrec) return left;
            var op = BinaryOp(Advance().Kind);
            var right = ParseBinary(prec + 1);
            left = Fin(new BinOp(left, op, right), start);
        }
    }

    private Expr ParseFactor()
    {
        UnaryOpKind op;
        switch (Kind)
        {
            case TokenKind.Minus: op = UnaryOpKind.USub; break;
            case TokenKind.Plus: op = UnaryOpKind.UAdd; break;
            case TokenKind.Tilde: op = UnaryOpKind.Invert; break;
            default: return ParsePower();
        }
        var start = Advance();
        EnterNested();
        try { return Fin(new UnaryOp(op, ParseFactor()), start); }
        finally { _depth--; }
    }

    private Expr ParsePower()
    {
        var start = Cur;
        Expr left;
        if (Kind == TokenKind.Await)
        {
            Advance();
            left = Fin(new Await(ParsePrimary()), start);
        }
        else left = ParsePrimary();
        if (Kind != TokenKind.DoubleStar) return left;
        Advance();
        EnterNested(2);
        try
        {
            var right = ParseFactor();   // right-associative, and `2**-1` is allowed
            return Fin(new BinOp(left, BinOpKind.Pow, right), start);
        }
        finally { _depth -= 2; }
    }

    private Expr ParsePrimary()
    {
        var start = Cur;
        var e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    Advance();
                    if (Kind != TokenKind.Name) throw InvalidSyntax();
                    var name = (string)Advance().Value!;
                    e = Fin(new Attribute(e, name, ExprContext.Load), start);
                    break;
                }
                case TokenKind.LParen:
                {
                    var open = Advance();
                    var args = new List<Expr>();
                    var keywords = new List<Keyword>();
                    ParseCallArguments(args, keywords, open);
                    Expect(TokenKind.RParen);
                    e = Fin(new Call(e, args, keywords), start);
                    break;
                }
                case TokenKind.LSquare:
                {
                    Advance();
                    var slice = ParseSlices();
                    if (Kind != TokenKind.RSquare) throw ListError(slice);
                    Advance();
                    e = Fin(new Subscript(e, slice, ExprContext.Load), start);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr ParseSlices()
    {
        var start = Cur;
        var first = ParseSlice();
        if (Kind != TokenKind.Comma)
            return first is Starred ? Fin(new TupleExpr([first], ExprContext.Load), start) : first;   // a[*b] is a[(*b,)]
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSquare) break;
            elts.Add(ParseSlice());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr ParseSlice()
    {
        var start = Cur;
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Star) return ParseStarNamedExpression();
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon) return lower;
        }
        Advance();
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RSquare ? null : ParseExpression();
        Expr? step = null;
        if (Accept(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RSquare))
            step = ParseExpression();
        return Fin(new Slice(lower, upper, step), start);
    }

    // ---------------------------------------------------------------- atoms

    private Expr ParseAtom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                Advance();
                return Fin(new Name((string)t.Value!, ExprContext.Load), t);
            case TokenKind.Number:
                Advance();
                return Fin(new Constant(t.Value), t);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None:
                Advance();
                return Fin(new Constant(null), t);
            case TokenKind.True:
                Advance();
                return Fin(new Constant(true), t);
            case TokenKind.False:
                Advance();
                return Fin(new Constant(false), t);
            case TokenKind.Ellipsis:
                Advance();
                return Fin(new Constant(EllipsisValue.Instance), t);
            case TokenKind.LParen:
                return ParseParenthesized();
            case TokenKind.LSquare:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ParseParenthesized()
    {
        var open = Advance();
        if (Kind == TokenKind.RParen)
        {
            Advance();
            return Fin(new TupleExpr([], ExprContext.Load), open);
        }
        if (Kind == TokenKind.Yield)
        {
            var y = ParseYield();
            Expect(TokenKind.RParen);
            return y;
        }
        var first = ParseStarNamedExpression();
        if (Kind is TokenKind.For or TokenKind.Async)
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensions();
            Expect(TokenKind.RParen);
            return Fin(new GeneratorExp(first, gens), open);
        }
        if (Kind == TokenKind.RParen)
        {
            Advance();
            if (first is Starred) throw ErrorAt("cannot use starred expression here", first);
            return first;
        }
        if (Kind != TokenKind.Comma) throw ListError(first);
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RParen) break;
            elts.Add(ParseStarNamedExpression());
            if (Kind is not (TokenKind.Comma or TokenKind.RParen)) throw ListError(elts[^1]);
        }
        Expect(TokenKind.RParen);
        return Fin(new TupleExpr(elts, ExprContext.Load), open);
    }

    private Expr ParseListDisplay()
    {
        var open = Advance();
        var elts = new List<Expr>();
        if (Kind == TokenKind.RSquare)
        {
            Advance();
            return Fin(new ListExpr(elts, ExprContext.Load), open);
        }
        var first = ParseStarNamedExpression();
        if (Kind is TokenKind.For or TokenKind.Async)
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensions();
            if (Kind != TokenKind.RSquare) throw InvalidSyntax();
            Advance();
            return Fin(new ListComp(first, gens), open);
        }
        elts.Add(first);
        while (true)
        {
            if (Kind == TokenKind.RSquare) break;
            if (Kind != TokenKind.Comma) throw ListError(elts[^1]);
            Advance();
            if (Kind == TokenKind.RSquare) break;
            elts.Add(ParseStarNamedExpression());
        }
        Advance();
        return Fin(new ListExpr(elts, ExprContext.Load), open);
    }

    private Expr ParseBraceDisplay()
    {
        var open = Advance();
        if (Kind == TokenKind.RBrace)
        {
            Advance();
            return Fin(new DictExpr([], []), open);
        }

        Expr? firstKey;
        Expr firstValue;
        var firstTok = Cur;
        if (Kind == TokenKind.DoubleStar)
        {
            Advance();
            firstKey = null;
            firstValue = ParseBitwiseOr();
        }
        else
        {
            var first = ParseStarNamedExpression();
            if (Kind != TokenKind.Colon || first is Starred)
                return ParseSetRest(open, first);
            var colon = Advance();
            if (Kind is TokenKind.RBrace or TokenKind.Comma)
                throw ErrorAt("expression expected after dictionary key and ':'", colon);
            firstKey = first;
            firstValue = ParseExpression();
        }

        if (Kind is TokenKind.For or TokenKind.Async)
        {
            if (firstKey is null) throw ErrorAt("dict unpacking cannot be used in dict comprehension", firstTok);
            var gens = ParseComprehensions();
            if (Kind != TokenKind.RBrace) throw InvalidSyntax();
            Advance();
            return Fin(new DictComp(firstKey, firstValue, gens), open);
        }

        var keys = new List<Expr?> { firstKey };
        var values = new List<Expr> { firstValue };
        while (true)
        {
            if (Kind == TokenKind.RBrace) break;
            if (Kind != TokenKind.Comma) throw ListError(values[^1]);
            Advance();
            if (Kind == TokenKind.RBrace) break;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                continue;
            }
            var k = ParseExpression();
            if (Kind != TokenKind.Colon)
            {
                if (Kind is TokenKind.Comma or TokenKind.RBrace)
                    throw ErrorAt("':' expected after dictionary key", k);
                throw ListError(k);
            }
            var colon2 = Advance();
            if (Kind is TokenKind.RBrace or TokenKind.Comma)
                throw ErrorAt("expression expected after dictionary key and ':'", colon2);
            keys.Add(k);
            values.Add(ParseExpression());
        }
        Advance();
        return Fin(new DictExpr(keys, values), open);
    }

    private Expr ParseSetRest(Token open, Expr first)
    {
        if (Kind is TokenKind.For or TokenKind.Async)
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensions();
            if (Kind != TokenKind.RBrace) throw InvalidSyntax();
            Advance();
            return Fin(new SetComp(first, gens), open);
        }
        var elts = new List<Expr> { first };
        while (true)
        {
            if (Kind == TokenKind.RBrace) break;
            if (Kind != TokenKind.Comma) throw ListError(elts[^1]);
            Advance();
            if (Kind == TokenKind.RBrace) break;
            elts.Add(ParseStarNamedExpression());
        }
        Advance();
        return Fin(new SetExpr(elts), open);
    }

    private List<Comprehension> ParseComprehensions()
    {
        var gens = new List<Comprehension>();
        while (Kind == TokenKind.For || (Kind == TokenKind.Async && Peek(1).Kind == TokenKind.For))
        {
            bool isAsync = Accept(TokenKind.Async);
            Advance();
            var target = ParseTargetList();
            if (Kind != TokenKind.In) throw InvalidSyntax();
            Advance();
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (Accept(TokenKind.If)) ifs.Add(ParseDisjunction());
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /// <summary>The error for an element list that continues with something other than ',' or a
    /// closing bracket: CPython's "Perhaps you forgot a comma?" when another expression follows.</summary>
    private SyntaxErrorException ListError(Expr prev)
    {
        if (StartsExpression(Kind) && Kind != TokenKind.Star && prev is not Starred && IsDisjunctionLevel(prev)
            && !(prev is Name { Id: "print" or "exec" }))
        {
            int save = _i;
            var last = _last;
            try
            {
                var next = ParseExpression();
                return WithTokenizerErrors(ErrorSpan("invalid syntax. Perhaps you forgot a comma?", prev, next));
            }
            catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError))
            {
                _i = save;
                _last = last;
            }
        }
        return InvalidSyntax();
    }

    private static bool IsDisjunctionLevel(Expr e) => e is not (Lambda or IfExp or NamedExpr);

    // ---------------------------------------------------------------- calls and parameters

    private void ParseCallArguments(List<Expr> args, List<Keyword> keywords, Token? open = null)
    {
        while (Kind != TokenKind.RParen)
        {
            if (Kind == TokenKind.Star)
            {
                var star = Advance();
                var starred = Fin(new Starred(ParseExpression(), ExprContext.Load), star);
                foreach (var k in keywords)
                    if (k.Arg is null)
                    {
                        // CPython points at the arguments before the star: first to last (invalid_arguments).
                        static bool Before(Node x, Node y) => x.Line < y.Line || (x.Line == y.Line && x.Col < y.Col);
                        Node first = args.Count > 0 && Before(args[0], keywords[0]) ? args[0] : keywords[0];
                        Node last = args.Count > 0 && Before(keywords[^1], args[^1]) ? args[^1] : keywords[^1];
                        throw ErrorSpan("iterable argument unpacking follows keyword argument unpacking", first, last);
                    }
                args.Add(starred);
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                var dstar = Advance();
                keywords.Add(Fin(new Keyword(null, ParseExpression()), dstar));
            }
            else if (Kind == TokenKind.Name && Peek(1).Kind == TokenKind.Equal)
            {
                var nameTok = Advance();
                Advance();
                keywords.Add(Fin(new Keyword((string)nameTok.Value!, ParseExpression()), nameTok));
            }
            else
            {
                var start = Cur;
                var e = ParseNamedExpression(inCallArguments: true);
                if (Kind is TokenKind.For or TokenKind.Async)
                {
                    var gens = ParseComprehensions();
                    bool alone = args.Count == 0 && keywords.Count == 0 && Kind == TokenKind.RParen && open is not null;
                    // A lone generator argument shares the call's parentheses.
                    var gen = alone ? Fin(new GeneratorExp(e, gens), open!.Value) : Fin(new GeneratorExp(e, gens), start);
                    if (alone) { gen.EndCol = EndCol(Cur); gen.EndLine = Cur.EndLine; }
                    else throw ErrorAt("Generator expression must be parenthesized", gen);
                    args.Add(gen);
                    continue;
                }
                if (Kind == TokenKind.Equal)
                {
                    var eq = Cur;
                    var eqNode = new Name("", ExprContext.Load) { Line = eq.Line, Col = StartCol(eq), EndLine = eq.EndLine, EndCol = EndCol(eq) };
                    throw ErrorSpan("expression cannot contain assignment, perhaps you meant \"==\"?", e, eqNode);
                }
                if (keywords.Count > 0)
                {
                    bool unpack = false;
                    foreach (var k in keywords) unpack |= k.Arg is null;
                    // CPython reports this once all arguments are read: at the closing parenthesis.
                    SkipToClosingParen();
                    throw ErrorAt(unpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", Cur);
                }
                if (e is Starred) throw InvalidSyntax();
                args.Add(e);
            }
            if (Kind == TokenKind.RParen) break;
            if (Kind != TokenKind.Comma)
            {
                Expr prev = keywords.Count > 0 && (args.Count == 0 || keywords[^1].Line > args[^1].Line || (keywords[^1].Line == args[^1].Line && keywords[^1].Col > args[^1].Col))
                    ? keywords[^1].Value : args[^1];
                throw ListError(prev);
            }
            Advance();
        }
    }

    private void SkipToClosingParen()
    {
        int depth = 0;
        while (Kind is not (TokenKind.EndMarker or TokenKind.Newline))
        {
            if (Kind is TokenKind.LParen or TokenKind.LSquare or TokenKind.LBrace) depth++;
            else if (Kind is TokenKind.RParen or TokenKind.RSquare or TokenKind.RBrace)
            {
                if (depth == 0) return;
                depth--;
            }
            Advance();
        }
    }

    /// <summary>Parameters of a def (closing ')', annotations allowed) or a lambda (closing ':').</summary>
    private Arguments ParseParameters(TokenKind closing, bool allowAnnotations)
    {
        var a = new Arguments();
        bool seenDefault = false, seenSlash = false;
        Token? starTok = null;
        while (Kind != closing)
        {
            if (Kind == TokenKind.Slash)
            {
                var slash = Advance();
                if (seenSlash) throw ErrorAt("/ may appear only once", slash);
                if (starTok is not null) throw ErrorAt("/ must be ahead of *", slash);
                if (a.Args.Count == 0) throw ErrorAt("at least one argument must precede /", slash);
                a.PosOnlyArgs.AddRange(a.Args);
                a.Args.Clear();
                seenSlash = true;
            }
            else if (Kind == TokenKind.Star)
            {
                var star = Advance();
                if (starTok is not null) throw ErrorAt("* argument may appear only once", star);
                starTok = star;
                if (Kind is TokenKind.Comma || Kind == closing)
                {
                    if (Kind == closing || Peek(1).Kind is TokenKind.DoubleStar || Peek(1).Kind == closing)
                        throw ErrorAt("named arguments must follow bare *", closing == TokenKind.Colon ? Cur : star);
                }
                else
                {
                    a.VarArg = ParseParam(allowAnnotations, starAnnotation: true);
                    if (Kind == TokenKind.Equal) throw ErrorAt("var-positional argument cannot have default value", Cur);
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                a.KwArg = ParseParam(allowAnnotations);
                if (Kind == TokenKind.Equal) throw ErrorAt("var-keyword argument cannot have default value", Cur);
                if (Accept(TokenKind.Comma) && Kind != closing)
                    throw ErrorAt("arguments cannot follow var-keyword argument", Cur);
                break;
            }
            else
            {
                var p = ParseParam(allowAnnotations);
                Expr? def = Accept(TokenKind.Equal) ? ParseExpression() : null;
                if (starTok is not null)
                {
                    a.KwOnlyArgs.Add(p);
                    a.KwDefaults.Add(def);
                }
                else
                {
                    a.Args.Add(p);
                    if (def is not null) { a.Defaults.Add(def); seenDefault = true; }
                    else if (seenDefault) throw ErrorAt("non-default argument follows default argument", p);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        return a;
    }

    /// <summary>Only `*args` may have a starred annotation (`*args: *Ts`, PEP 646).</summary>
    private Arg ParseParam(bool allowAnnotations, bool starAnnotation = false)
    {
        if (Kind == TokenKind.LParen)
            throw ErrorAt(allowAnnotations ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized", Cur);
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        var nameTok = Advance();
        Expr? annotation = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
            annotation = Kind == TokenKind.Star && starAnnotation ? ParseStarExpression() : ParseExpression();
        return Fin(new Arg((string)nameTok.Value!, annotation), nameTok);
    }

    // ---------------------------------------------------------------- targets

    /// <summary>star_targets for `for` and comprehensions: parsed at the bitwise-or level so that
    /// `in` is not taken as a comparison.</summary>
    private Expr ParseTargetList()
    {
        var start = Cur;
        var first = ParseTarget();
        Expr result = first;
        if (Kind == TokenKind.Comma)
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression(Kind)) break;
                elts.Add(ParseTarget());
            }
            result = Fin(new TupleExpr(elts, ExprContext.Load), start);
        }
        if (Kind != TokenKind.In && Kind != TokenKind.Comma && StartsComparisonOrBool(Kind))
        {
            var full = ContinueExpression(result, start);
            throw ErrorAt($"cannot assign to {ExprName(full)}", full);
        }
        CheckTarget(result, "assign to");
        return result;
    }

    private static bool StartsComparisonOrBool(TokenKind k) => k is TokenKind.EqEqual or TokenKind.NotEqual
        or TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual or TokenKind.Is
        or TokenKind.Not or TokenKind.And or TokenKind.Or;

    private Expr ParseTarget()
    {
        if (Kind != TokenKind.Star) return ParseBitwiseOr();
        var star = Advance();
        return Fin(new Starred(ParseTarget(), ExprContext.Load), star);
    }

    private Expr ParseBitwiseOrOrStar() => ParseTarget();

    /// <summary>Continues an operand already parsed at the bitwise-or level into a comparison or
    /// boolean expression (used only to word error messages).</summary>
    private Expr ContinueExpression(Expr left, Token? start = null)
    {
        var s = start ?? _last;
        var e = ParseComparisonTail(left, s);
        if (Kind is TokenKind.And or TokenKind.Or)
        {
            var kind = Kind == TokenKind.And ? BoolOpKind.And : BoolOpKind.Or;
            var values = new List<Expr> { e };
            while (Kind is TokenKind.And or TokenKind.Or) { Advance(); values.Add(ParseInversion()); }
            e = Fin(new BoolOp(kind, values), s);
        }
        return e;
    }

    private void CheckTarget(Expr target, string verb)
    {
        var bad = InvalidTarget(target, ExprContext.Store);
        if (bad is not null) throw ErrorAt($"cannot {verb} {ExprName(bad)}", bad);
        SetContext(target, ExprContext.Store);
    }

    /// <summary>The first sub-expression that cannot be an assignment/deletion target, or null.</summary>
    private static Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name or Attribute or Subscript:
                return null;
            case Starred s:
                return ctx == ExprContext.Del ? e : InvalidTarget(s.Value, ctx);
            case TupleExpr t:
                foreach (var elt in t.Elts)
                    if (InvalidTarget(elt, ctx) is { } bad) return bad;
                return null;
            case ListExpr l:
                foreach (var elt in l.Elts)
                    if (InvalidTarget(elt, ctx) is { } bad) return bad;
                return null;
            default:
                return e;
        }
    }

    /// <summary>Marks a (validated) target as Store or Del, recursively through tuples and lists.</summary>
    private void SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred st:
                if (ctx == ExprContext.Del) throw ErrorAt("cannot delete starred", st);
                st.Ctx = ctx;
                SetContext(st.Value, ctx);
                break;
            case TupleExpr t:
                t.Ctx = ctx;
                foreach (var elt in t.Elts) SetContext(elt, ctx);
                break;
            case ListExpr l:
                l.Ctx = ctx;
                foreach (var elt in l.Elts) SetContext(elt, ctx);
                break;
            default:
                throw ErrorAt($"cannot {(ctx == ExprContext.Del ? "delete" : "assign to")} {ExprName(e)}", e);
        }
    }

    /// <summary>CPython's _PyPegen_get_expr_name: how error messages name an expression.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
