using Herthon.Lexing;

namespace Herthon.Parsing;

// The match statement (PEP 634), following CPython 3.11's grammar rules match_stmt .. class_pattern.
// `match`, `case` and `_` are soft keywords: a line is a match statement only when it reads
// `match subject:` NEWLINE; anything else is parsed as an ordinary statement.
internal sealed partial class PyParser
{
    /// <summary>Parses a match statement if the line is one. <paramref name="missingColon"/> is set
    /// for `match subject` NEWLINE (CPython's "expected ':'") and `match subject: ...` on one line:
    /// the error to report if the line is no other statement either.</summary>
    private bool TryParseMatch(List<Stmt> into, out SyntaxErrorException? missingColon)
    {
        missingColon = null;
        var next = Peek(1).Kind;
        if (next is TokenKind.Equal or TokenKind.Dot or TokenKind.Newline or TokenKind.Colon or TokenKind.Comma
            or TokenKind.RParen or TokenKind.Semi || IsAugAssign(next))
            return false;
        int save = _i;
        var last = _last;
        var matchTok = Advance();
        Expr? subject = null;
        try
        {
            subject = ParseStarNamedExpressions();
            if (subject is Starred) subject = null;
        }
        catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError))
        {
        }
        if (subject is not null && Kind == TokenKind.Colon && Peek(1).Kind == TokenKind.Newline)
        {
            into.Add(ParseMatchBody(matchTok, subject));
            return true;
        }
        if (subject is not null && Kind == TokenKind.Newline) missingColon = ErrorAt("expected ':'", Cur);
        // `match x: stmt`: CPython got furthest at the token after the colon.
        else if (subject is not null && Kind == TokenKind.Colon) missingColon = ErrorAt("invalid syntax", Peek(1));
        _i = save;
        _last = last;
        return false;
    }

    private Match ParseMatchBody(Token matchTok, Expr subject)
    {
        Advance();   // ':'
        Advance();   // NEWLINE
        if (Kind != TokenKind.Indent)
        {
            var err = ErrorAt($"expected an indented block after 'match' statement on line {matchTok.Line}", Cur, SyntaxErrorKind.IndentationError);
            // At the end of input the cases may still come: the REPL asks for more lines.
            if (Kind == TokenKind.EndMarker || (Kind == TokenKind.Dedent && AllDedentsToEnd()))
                throw new SyntaxErrorException(err.Msg, err.FileName, err.LineNo, err.Offset, err.SourceLine, 0,
                    SyntaxErrorKind.IndentationError) { IsIncompleteInput = true };
            throw err;
        }
        Advance();
        var cases = new List<MatchCase>();
        do
        {
            if (!IsSoftKeyword("case")) throw InvalidSyntax();
            cases.Add(ParseCase());
        } while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker);
        Accept(TokenKind.Dedent);
        return Fin(new Match(subject, cases), matchTok);
    }

    private MatchCase ParseCase()
    {
        var caseTok = Advance();
        var pattern = ParsePatterns();
        Expr? guard = null;
        if (Accept(TokenKind.If)) guard = ParseNamedExpression();
        var body = ParseBlock("'case' statement", caseTok);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>patterns: an open sequence pattern (`case a, *b:`) or one pattern.</summary>
    private Pattern ParsePatterns()
    {
        var start = Cur;
        var first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var items = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsPattern(Kind)) break;
            items.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(items), start);
    }

    private static bool StartsPattern(TokenKind k) => k is TokenKind.Name or TokenKind.Number or TokenKind.String
        or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Minus or TokenKind.LParen
        or TokenKind.LSquare or TokenKind.LBrace or TokenKind.Star;

    private Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star) return ParsePattern();
        var star = Advance();
        var name = ParseCaptureTarget(allowWildcard: true);
        return Fin(new MatchStar(name), star);
    }

    /// <summary>pattern_capture_target, or `_` (null) where a wildcard may stand.</summary>
    private string? ParseCaptureTarget(bool allowWildcard)
    {
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        var t = Advance();
        string name = (string)t.Value!;
        if (name == "_")
        {
            if (!allowWildcard) throw ErrorAt("cannot use '_' as a target", t);
            return null;
        }
        if (Kind is TokenKind.Dot or TokenKind.LParen or TokenKind.Equal) throw InvalidSyntax();
        return name;
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        var start = Cur;
        var p = ParseOrPattern();
        if (Kind != TokenKind.As) return p;
        Advance();
        if (Kind != TokenKind.Name)
        {
            if (!StartsExpression(Kind)) throw InvalidSyntax();
            throw ErrorAt("invalid pattern target", ParseExpression());
        }
        var name = ParseCaptureTarget(allowWildcard: false);
        return Fin(new MatchAs(p, name), start);
    }

    private Pattern ParseOrPattern()
    {
        var start = Cur;
        var first = ParseClosedPattern();
        if (Kind != TokenKind.VBar) return first;
        var alts = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) alts.Add(ParseClosedPattern());
        return Fin(new MatchOr(alts), start);
    }

    private Pattern ParseClosedPattern()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                {
                    var value = ParseNumberLiteral();
                    return Fin(new MatchValue(value), t);
                }
            case TokenKind.String:
                {
                    var value = ParseStrings();
                    return Fin(new MatchValue(value), t);
                }
            case TokenKind.None: Advance(); return Fin(new MatchSingleton(null), t);
            case TokenKind.True: Advance(); return Fin(new MatchSingleton(true), t);
            case TokenKind.False: Advance(); return Fin(new MatchSingleton(false), t);
            case TokenKind.Name:
                {
                    if ((string)t.Value! == "_")
                    {
                        Advance();
                        return Fin(new MatchAs(null, null), t);
                    }
                    var target = ParseNameOrAttr();
                    if (Kind == TokenKind.LParen) return ParseClassPattern(target);
                    if (target is Attribute)
                    {
                        if (Kind == TokenKind.Equal) throw InvalidSyntax();
                        return Fin(new MatchValue(target), t);
                    }
                    if (Kind == TokenKind.Equal) throw InvalidSyntax();
                    return Fin(new MatchAs(null, ((Name)target).Id), t);
                }
            case TokenKind.LParen:
                {
                    Advance();
                    if (Accept(TokenKind.RParen)) return Fin(new MatchSequence([]), t);
                    var first = ParseMaybeStarPattern();
                    if (Kind != TokenKind.Comma)
                    {
                        if (first is MatchStar || Kind != TokenKind.RParen) throw InvalidSyntax();
                        Advance();
                        return first;   // a group pattern keeps its inner pattern's position
                    }
                    var items = new List<Pattern> { first };
                    while (Accept(TokenKind.Comma))
                    {
                        if (Kind == TokenKind.RParen) break;
                        items.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RParen);
                    return Fin(new MatchSequence(items), t);
                }
            case TokenKind.LSquare:
                {
                    Advance();
                    var items = new List<Pattern>();
                    while (Kind != TokenKind.RSquare)
                    {
                        items.Add(ParseMaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.RSquare);
                    return Fin(new MatchSequence(items), t);
                }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>signed_number, or a complex literal real±imag (CPython's complex_number).</summary>
    private Expr ParseNumberLiteral()
    {
        var start = Cur;
        Expr num;
        if (Kind == TokenKind.Minus)
        {
            Advance();
            if (Kind != TokenKind.Number) throw InvalidSyntax();
            var n = Advance();
            num = Fin(new UnaryOp(UnaryOpKind.USub, Fin(new Constant(n.Value), n)), start);
        }
        else
        {
            var n = Advance();
            num = Fin(new Constant(n.Value), n);
        }
        if (Kind is not (TokenKind.Plus or TokenKind.Minus)) return num;
        var real = num is UnaryOp u ? (Constant)u.Operand : (Constant)num;
        if (real.Value is ImaginaryLiteral) throw ErrorAt("real number required in complex literal", real);
        var op = Advance().Kind == TokenKind.Plus ? BinOpKind.Add : BinOpKind.Sub;
        if (Kind != TokenKind.Number) throw InvalidSyntax();
        var it = Advance();
        var imag = Fin(new Constant(it.Value), it);
        if (it.Value is not ImaginaryLiteral) throw ErrorAt("imaginary number required in complex literal", imag);
        return Fin(new BinOp(num, op, imag), start);
    }

    /// <summary>name_or_attr: NAME ('.' NAME)*.</summary>
    private Expr ParseNameOrAttr()
    {
        var t = Expect(TokenKind.Name);
        Expr e = Fin(new Name((string)t.Value!, ExprContext.Load), t);
        while (Kind == TokenKind.Dot)
        {
            Advance();
            var attr = Expect(TokenKind.Name);
            e = Fin(new Attribute(e, (string)attr.Value!, ExprContext.Load), t);
        }
        return e;
    }

    private Pattern ParseMappingPattern()
    {
        var open = Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                if (IsSoftKeyword("_")) throw InvalidSyntax();
                rest = ParseCaptureTarget(allowWildcard: false);
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, patterns, rest), open);
    }

    /// <summary>A mapping pattern key: literal_expr or a dotted name (attr).</summary>
    private Expr ParseMappingKey()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number or TokenKind.Minus: return ParseNumberLiteral();
            case TokenKind.String: return ParseStrings();
            case TokenKind.None: Advance(); return Fin(new Constant(null), t);
            case TokenKind.True: Advance(); return Fin(new Constant(true), t);
            case TokenKind.False: Advance(); return Fin(new Constant(false), t);
            case TokenKind.Name:
                {
                    if (Peek(1).Kind != TokenKind.Dot) { Advance(); throw InvalidSyntax(); }
                    return ParseNameOrAttr();
                }
            default: throw InvalidSyntax();
        }
    }

    private Pattern ParseClassPattern(Expr cls)
    {
        Advance();   // '('
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (Kind != TokenKind.RParen)
        {
            if (Kind == TokenKind.Name && Peek(1).Kind == TokenKind.Equal)
            {
                kwdAttrs.Add((string)Advance().Value!);
                Advance();
                kwdPatterns.Add(ParsePattern());
            }
            else if (kwdAttrs.Count > 0)
            {
                // CPython's invalid_class_argument_pattern: the positional run after the keywords.
                var first = ParsePattern();
                var lastPos = first;
                while (Kind == TokenKind.Comma && Peek(1).Kind != TokenKind.RParen
                    && !(Peek(1).Kind == TokenKind.Name && Peek(2).Kind == TokenKind.Equal))
                {
                    Advance();
                    lastPos = ParsePattern();
                }
                throw ErrorSpan("positional patterns follow keyword patterns", first, lastPos);
            }
            else patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RParen);
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), cls);
    }
}
