using Herthon.Lexing;

namespace Herthon.Parsing;

public static class Parser
{
    /// <summary>
    /// Parses source text. mode: "exec" (a module), "eval" (one expression; the result's Body is a
    /// single ExprStmt), "single" (one interactive statement, possibly compound).
    /// Throws <see cref="SyntaxErrorException"/> with CPython 3.11's messages and positions.
    /// </summary>
    public static ModuleNode Parse(string source, string filename, string mode = "exec")
    {
        source = Normalize(source);
        var tokenizer = new Tokenizer(source, filename);
        var p = new PyParser(source, filename, tokenizer);
        try
        {
            return mode switch
            {
                "exec" => p.ParseFile(),
                "eval" => p.ParseEval(),
                "single" => p.ParseSingle(),
                _ => throw new ArgumentException("compile() mode must be 'exec', 'eval' or 'single'", nameof(mode)),
            };
        }
        catch (SyntaxErrorException e) when (e.SourceLine is not null)
        {
            if (!ReferenceEquals(e, tokenizer.LastError)) throw e.WithText(ParserErrorText(e, source, mode, p.FurthestLine));
            // The tokenizer's errors that CPython's parser raises (tokenizer_error: a bad dedent, tabs
            // and spaces, an escaped end of input or line) are on the tokenizer's current line; the
            // rest it raises itself, with the line up to its newline.
            if (e.Msg is "unindent does not match any outer indentation level" or "inconsistent use of tabs and spaces in indentation"
                or "unexpected EOF while parsing" or "unexpected character after line continuation character")
                throw e.WithText(ParserErrorText(e, source, mode, e.LineNo));
            // A bracket never closed is reported at the end of input, with the tokenizer on the last line.
            if (e.Msg.EndsWith("' was never closed", StringComparison.Ordinal))
                throw e.WithText(ParserErrorText(e, source, mode, LineCount(source)));
            throw;
        }
    }

    private static int LineCount(string source)
    {
        int n = source.AsSpan().Count('\n');
        return source.Length > 0 && source[^1] != '\n' ? n + 1 : n;
    }

    /// <summary>
    /// A parser error's SyntaxError.text as CPython's _PyPegen_raise_error_known_location gives it:
    /// in "exec" mode the file's line when the filename names one; otherwise the line from the
    /// tokenizer's buffer, which holds its newline while the tokenizer is still on that line (an
    /// "exec" source always ends with one) and not once it has read further. A tokenizer error
    /// keeps its line without the newline, as CPython's.
    /// </summary>
    private static string ParserErrorText(SyntaxErrorException e, string source, string mode, int furthestLine)
    {
        if (mode == "exec" && SyntaxErrorException.FileLine(e.FileName, e.LineNo) is { } fileLine) return fileLine;
        var text = e.SourceLine!;
        // Line k ends with a newline when the source has at least k of them.
        int newlines = source.AsSpan().Count('\n');
        if (e.LineNo != furthestLine || e.LineNo > newlines + 1) return text;
        return e.LineNo <= newlines || mode == "exec" ? text + "\n" : text;
    }

    /// <summary>CRLF/CR -> LF and a leading BOM dropped, as CPython's reader does.</summary>
    private static string Normalize(string s)
    {
        if (s.Length > 0 && s[0] == '\uFEFF') s = s[1..];
        if (s.Contains('\r')) s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        return s;
    }
}

/// <summary>
/// Recursive-descent parser following the structure of CPython's PEG grammar. Statements live
/// here; expressions in Parser.Expressions.cs; f-strings in FStringParser.cs.
/// Tokens are pulled lazily into a buffer so the parser can look ahead and backtrack cheaply.
/// </summary>
internal sealed partial class PyParser
{
    private readonly string _src;
    private readonly string _filename;
    private readonly Tokenizer _tok;
    private readonly List<Token> _buf = new(256);
    private int _i;
    // The last consumed token that carries text (not NEWLINE/INDENT/DEDENT): node ends come from it.
    private Token _last;
    // Nesting of function bodies, for "'return' outside function" style decisions (left to the compiler).
    private readonly bool _inFString;
    // An error reported as is, without looking further for tokenizer errors.
    private SyntaxErrorException? _final;
    // A generic error at an opening bracket (see WithTokenizerErrors).
    private SyntaxErrorException? _readsToEnd;

    public PyParser(string source, string filename, Tokenizer tokenizer, bool inFString = false)
    {
        _src = source;
        _filename = filename;
        _tok = tokenizer;
        _inFString = inFString;
    }

    // ---------------------------------------------------------------- token plumbing

    /// <summary>The line of the furthest token the parser read, where CPython's tokenizer stands
    /// when the parser raises (before any reading on to the end for tokenizer errors).</summary>
    internal int FurthestLine => _furthestLine > 0 ? _furthestLine : _buf.Count > 0 ? _buf[^1].Line : 1;
    private int _furthestLine;

    private Token Cur
    {
        get
        {
            if (_i < _buf.Count) return _buf[_i];
            _buf.Add(_tok.Next());
            return _buf[_i];
        }
    }

    private Token Peek(int k)
    {
        while (_buf.Count <= _i + k) _buf.Add(_tok.Next());
        return _buf[_i + k];
    }

    private TokenKind Kind => Cur.Kind;

    private Token Advance()
    {
        var t = Cur;
        _i++;
        if (t.Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)) _last = t;
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (Kind != kind) throw InvalidSyntax();
        return Advance();
    }

    private bool IsSoftKeyword(string word) => Kind == TokenKind.Name && (string)Cur.Value! == word;

    /// <summary>Sets a node's start from a token and its end from the last consumed token.</summary>
    private T Fin<T>(T node, Token start) where T : Node
    {
        node.Line = start.Line; node.Col = StartCol(start);
        node.EndLine = _last.EndLine; node.EndCol = EndCol(_last);
        return node;
    }

    private T Fin<T>(T node, Node start) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col;
        node.EndLine = _last.EndLine; node.EndCol = EndCol(_last);
        return node;
    }

    // Tokens count characters; nodes count UTF-8 bytes (ast's col_offset), converted here.
    private int StartCol(Token t) => Tokenizer.ByteColumn(_src, t.Start, t.Col);
    private int EndCol(Token t) => Tokenizer.ByteColumn(_src, t.End, t.EndCol);
    private int CharCol(Node n, int byteCol) => Tokenizer.CharColumn(Tokenizer.GetLine(_src, n.Line), byteCol);

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Line = start.Line; node.Col = start.Col;
        node.EndLine = end.EndLine; node.EndCol = end.EndCol;
        return node;
    }

    // ---------------------------------------------------------------- errors

    private SyntaxErrorException ErrorAt(string msg, Token t, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (t.Kind is TokenKind.EndMarker or TokenKind.Dedent && t.Start == _src.Length)
        {
            // At the end of input CPython points just past the last line of text.
            int line = 1, lineStart = 0;
            for (int k = 0; k < _src.Length - 1; k++)
                if (_src[k] == '\n') { line++; lineStart = k + 1; }
            int len = _src.Length - lineStart - (_src.EndsWith('\n') ? 1 : 0);
            return new SyntaxErrorException(msg, _filename, line, len + 1, Tokenizer.GetLine(_src, line), 0, kind);
        }
        // A NEWLINE token has no width in CPython's tokenizer (its '\n' is left out of the token):
        // an error there ends where it starts (`x = 1 +` is offset 8, end_offset 8).
        int end = t.Kind == TokenKind.Newline ? t.Col + 1 : t.EndCol + 1;
        return new SyntaxErrorException(msg, _filename, t.Line, t.Col + 1, Tokenizer.GetLine(_src, t.Line), end, kind) { EndLineNo = t.EndLine };
    }

    private SyntaxErrorException ErrorAt(string msg, Node n) => ErrorSpan(msg, n, n);

    /// <remarks>A range over several lines has end_lineno its last line, and an end_offset that
    /// CPython's parser computes as its own: the last line's byte column converted to characters
    /// against the first line's text, clipped to one past that line (_PyPegen_raise_error_known_location
    /// with _PyPegen_byte_offset_to_character_offset). traceback.py draws its carets from it.</remarks>
    private SyntaxErrorException ErrorSpan(string msg, Node from, Node to)
    {
        var first = Tokenizer.GetLine(_src, from.Line);
        int end;
        if (to.EndLine == from.Line) end = CharCol(from, to.EndCol) + 1;
        else
        {
            int bytes = System.Text.Encoding.UTF8.GetByteCount(first);
            int b = Math.Min(to.EndCol + 1, bytes + 1);
            end = b <= bytes ? Tokenizer.CharColumn(first, b) : first.Length + 1;
        }
        return new SyntaxErrorException(msg, _filename, from.Line, CharCol(from, from.Col) + 1, first, end) { EndLineNo = to.EndLine };
    }

    /// <summary>The generic "invalid syntax" at the current token. As in CPython, an error the
    /// tokenizer would report further on (an unterminated string, a bracket that is never
    /// closed...) takes precedence, so the rest of the input is tokenized first.</summary>
    private SyntaxErrorException InvalidSyntax() => InvalidSyntaxAt(Cur);

    private SyntaxErrorException InvalidSyntaxAt(Token t)
    {
        if (t.Kind == TokenKind.Indent)
        {
            // CPython points just before the first token of the over-indented line.
            // (CPython stops here, without looking for tokenizer errors further on.)
            return _final = new SyntaxErrorException("unexpected indent", _filename, t.Line, t.EndCol, Tokenizer.GetLine(_src, t.Line),
                -1, SyntaxErrorKind.IndentationError);
        }
        if (t.Kind == TokenKind.Dedent)
            return _final = ErrorAt("unexpected unindent", t, SyntaxErrorKind.IndentationError);
        if (t.Kind is TokenKind.Newline or TokenKind.EndMarker && t.Start == t.End && t.Kind == TokenKind.EndMarker && _inFString)
            return ErrorAt("invalid syntax", t);
        // An opening bracket here is read to its end by CPython's second (error) pass, so a
        // bracket left open counts as seen from the end of input.
        bool readsOn = t.Kind is TokenKind.LParen or TokenKind.LSquare or TokenKind.LBrace;
        return WithTokenizerErrors(ErrorAt("invalid syntax", t), readsOn);
    }

    /// <summary>Notes that CPython's error pass would read on to the end of input from here.</summary>
    private SyntaxErrorException WithTokenizerErrors(SyntaxErrorException err, bool readsToEnd = false)
    {
        if (readsToEnd) _readsToEnd = err;
        return err;
    }

    /// <summary>Tokenizes the remaining input; a tokenizer error found there replaces
    /// <paramref name="err"/> (CPython's _PyPegen_tokenize_full_source_to_check_for_errors).</summary>
    private SyntaxErrorException PreferTokenizerErrors(SyntaxErrorException err)
    {
        if (_inFString) return err;
        if (_furthestLine == 0) _furthestLine = ReferenceEquals(_readsToEnd, err) ? int.MaxValue : FurthestLine;
        int furthestLine = ReferenceEquals(_readsToEnd, err) ? int.MaxValue : _buf.Count > 0 ? _buf[^1].Line : 1;
        try
        {
            while (true)
            {
                var t = _buf.Count > 0 ? _buf[^1] : default;
                if (_buf.Count > 0 && t.Kind == TokenKind.EndMarker) break;
                _buf.Add(_tok.Next());
            }
        }
        catch (SyntaxErrorException tokErr)
        {
            // A bracket left open only wins when it was opened on an earlier line than the
            // furthest token the parser looked at.
            if (_tok.ErrorWasUnclosedBracket && tokErr.LineNo >= furthestLine) return err;
            if (_tok.LastErrorIsSoft) return err;
            return tokErr;
        }
        return err;
    }

    // ---------------------------------------------------------------- entry points

    /// <summary>Runs an entry point. As in CPython, an error the tokenizer would raise further
    /// on (an unterminated string, a bracket never closed...) replaces a parser error, so the
    /// rest of the input is tokenized before a parser error is reported.</summary>
    private ModuleNode Run(Func<ModuleNode> entry)
    {
        try
        {
            return entry();
        }
        catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError) && !ReferenceEquals(e, _final))
        {
            throw PreferTokenizerErrors(e);
        }
    }

    public ModuleNode ParseFile() => Run(ParseFileCore);

    public ModuleNode ParseEval() => Run(ParseEvalCore);

    public ModuleNode ParseSingle() => Run(ParseSingleCore);

    private ModuleNode ParseFileCore()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker)
        {
            if (Kind == TokenKind.Newline) { Advance(); continue; }
            ParseStatement(body);
        }
        return new ModuleNode(body) { Line = 1 };
    }

    private ModuleNode ParseEvalCore()
    {
        while (Kind == TokenKind.Newline) Advance();
        if (Kind == TokenKind.Indent) throw InvalidSyntax();
        var start = Cur;
        var e = ParseExpressions();
        while (Kind == TokenKind.Newline) Advance();
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        var stmt = new ExprStmt(e).At<ExprStmt>(e);
        _ = start;
        return new ModuleNode([stmt]) { Line = 1 };
    }

    private ModuleNode ParseSingleCore()
    {
        var body = new List<Stmt>();
        while (Kind == TokenKind.Newline) Advance();
        if (Kind == TokenKind.EndMarker) return new ModuleNode(body) { Line = 1 };
        ParseStatement(body);
        var end = _buf[_i - 1];   // the NEWLINE (or DEDENT) ending the statement
        while (Kind is TokenKind.Newline or TokenKind.Dedent) Advance();
        if (Kind != TokenKind.EndMarker)
        {
            // After a compound statement CPython just reports the next token.
            if (end.Kind != TokenKind.Newline) throw InvalidSyntax();
            throw ErrorAt("multiple statements found while compiling a single statement", end);
        }
        return new ModuleNode(body) { Line = 1 };
    }

    // ---------------------------------------------------------------- statements

    private void ParseStatement(List<Stmt> into)
    {
        switch (Kind)
        {
            case TokenKind.Def: into.Add(ParseFunctionDef([], null, false)); return;
            case TokenKind.Class: into.Add(ParseClassDef([])); return;
            case TokenKind.If: into.Add(ParseIf()); return;
            case TokenKind.While: into.Add(ParseWhile()); return;
            case TokenKind.For: into.Add(ParseFor(null)); return;
            case TokenKind.Try: into.Add(ParseTry()); return;
            case TokenKind.With: into.Add(ParseWith(null)); return;
            case TokenKind.At: into.Add(ParseDecorated()); return;
            case TokenKind.Async:
            {
                var asyncTok = Advance();
                switch (Kind)
                {
                    case TokenKind.Def: into.Add(ParseFunctionDef([], asyncTok, true)); return;
                    case TokenKind.For: into.Add(ParseFor(asyncTok)); return;
                    case TokenKind.With: into.Add(ParseWith(asyncTok)); return;
                    default: throw InvalidSyntax();
                }
            }
            case TokenKind.Indent:
                throw InvalidSyntax();
            case TokenKind.Name when (string)Cur.Value! == "match":
                if (TryParseMatch(into, out var missingColon)) return;
                if (missingColon is not null)
                {
                    // A line shaped almost like a match statement: its error, unless the line is a statement anyway.
                    try { ParseSimpleStatements(into); }
                    catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError)
                        && (missingColon.Msg == "expected ':'" || e.Msg == "invalid syntax"))
                    {
                        throw missingColon;
                    }
                    return;
                }
                break;
        }
        ParseSimpleStatements(into);
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Kind == TokenKind.Semi)
            {
                Advance();
                if (Kind == TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline) throw UnexpectedAfterStatement(into[^1]);
        Advance();
    }

    /// <summary>The error for junk after a complete simple statement (e.g. `print x`, `a b`).</summary>
    private SyntaxErrorException UnexpectedAfterStatement(Stmt stmt)
    {
        if (stmt is ExprStmt { Value: Name { Id: "print" or "exec" } n } && StartsExpression(Kind))
        {
            // CPython's invalid_legacy_expression: the range covers the following expression too.
            string id = n.Id;
            try
            {
                var arg = ParseStarExpressions();
                return ErrorSpan($"Missing parentheses in call to '{id}'. Did you mean {id}(...)?", n, arg);
            }
            catch (SyntaxErrorException)
            {
                return ErrorAt($"Missing parentheses in call to '{id}'. Did you mean {id}(...)?", n);
            }
        }
        return InvalidSyntax();
    }

    private Stmt ParseSimpleStatement()
    {
        var start = Cur;
        switch (start.Kind)
        {
            case TokenKind.Pass: Advance(); return Fin(new Pass(), start);
            case TokenKind.Break: Advance(); return Fin(new Break(), start);
            case TokenKind.Continue: Advance(); return Fin(new Continue(), start);
            case TokenKind.Return:
            {
                Advance();
                Expr? value = StartsExpression(Kind) ? ParseStarExpressions() : null;
                return Fin(new Return(value), start);
            }
            case TokenKind.Raise:
            {
                Advance();
                Expr? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.From)) cause = ParseExpression();
                }
                return Fin(new Raise(exc, cause), start);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string> { (string)Expect(TokenKind.Name).Value! };
                while (Accept(TokenKind.Comma)) names.Add((string)Expect(TokenKind.Name).Value!);
                return start.Kind == TokenKind.Global ? Fin(new Global(names), start) : Fin(new Nonlocal(names), start);
            }
            case TokenKind.Del:
            {
                Advance();
                var targets = new List<Expr>();
                do
                {
                    if (Kind == TokenKind.Star)
                    {
                        var star = Advance();
                        throw ErrorAt("cannot delete starred", Fin(new Starred(ParseTarget(), ExprContext.Del), star));
                    }
                    if (!StartsExpression(Kind)) break;
                    var t = ParseBitwiseOrOrStar();
                    if (Kind is not (TokenKind.Comma or TokenKind.Newline or TokenKind.Semi))
                    {
                        // `del a < b`-style: report the whole expression as CPython does.
                        var full = ContinueExpression(t);
                        throw ErrorAt($"cannot delete {ExprName(full)}", InvalidTarget(full, ExprContext.Del) ?? full);
                    }
                    SetContext(t, ExprContext.Del);
                    targets.Add(t);
                } while (Accept(TokenKind.Comma));
                if (targets.Count == 0) throw InvalidSyntax();
                return Fin(new Delete(targets), start);
            }
            case TokenKind.Assert:
            {
                Advance();
                var test = ParseExpression();
                Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return Fin(new Assert(test, msg), start);
            }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseFromImport();
            default: return ParseExpressionStatement();
        }
    }

    private static bool IsAugAssign(TokenKind k) => k is TokenKind.PlusEqual or TokenKind.MinEqual or TokenKind.StarEqual
        or TokenKind.SlashEqual or TokenKind.PercentEqual or TokenKind.AmperEqual or TokenKind.VBarEqual
        or TokenKind.CircumflexEqual or TokenKind.LeftShiftEqual or TokenKind.RightShiftEqual
        or TokenKind.DoubleStarEqual or TokenKind.DoubleSlashEqual or TokenKind.AtEqual;

    private static BinOpKind AugOp(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => BinOpKind.Add,
        TokenKind.MinEqual => BinOpKind.Sub,
        TokenKind.StarEqual => BinOpKind.Mult,
        TokenKind.SlashEqual => BinOpKind.Div,
        TokenKind.PercentEqual => BinOpKind.Mod,
        TokenKind.AmperEqual => BinOpKind.BitAnd,
        TokenKind.VBarEqual => BinOpKind.BitOr,
        TokenKind.CircumflexEqual => BinOpKind.BitXor,
        TokenKind.LeftShiftEqual => BinOpKind.LShift,
        TokenKind.RightShiftEqual => BinOpKind.RShift,
        TokenKind.DoubleStarEqual => BinOpKind.Pow,
        TokenKind.DoubleSlashEqual => BinOpKind.FloorDiv,
        _ => BinOpKind.MatMult,
    };

    private Stmt ParseExpressionStatement()
    {
        var start = Cur;
        if (!StartsExpression(Kind) && Kind != TokenKind.Yield) throw InvalidSyntax();
        var first = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();

        if (Kind == TokenKind.Equal)
        {
            var targets = new List<Expr> { first };
            Expr value;
            while (true)
            {
                var eq = Advance();
                if (!StartsExpression(Kind) && Kind != TokenKind.Yield) throw InvalidSyntax();
                value = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
                if (Kind != TokenKind.Equal) break;
                targets.Add(value);
                _ = eq;
            }
            for (int t = 0; t < targets.Count; t++)
                CheckAssignTarget(targets[t], single: targets.Count == 1);
            return Fin(new Assign(targets, value), start);
        }

        if (IsAugAssign(Kind))
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAt($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
            var op = AugOp(Advance().Kind);
            if (!StartsExpression(Kind) && Kind != TokenKind.Yield) throw InvalidSyntax();
            var value = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
            SetContext(first, ExprContext.Store);
            return Fin(new AugAssign(first, op, value), start);
        }

        if (Kind == TokenKind.Colon && first is not Lambda)
        {
            if (first is TupleExpr)
                throw ErrorAt("only single target (not tuple) can be annotated", first);
            if (first is ListExpr)
                throw ErrorAt("only single target (not list) can be annotated", first);
            if (first is not (Name or Attribute or Subscript))
                throw StartsExpression(Peek(1).Kind) ? ErrorAt("illegal target for annotation", first) : InvalidSyntax();
            Advance();
            var annotation = ParseExpression();
            Expr? value = null;
            if (Accept(TokenKind.Equal))
                value = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
            SetContext(first, ExprContext.Store);
            bool simple = first is Name && start.Kind != TokenKind.LParen;
            return Fin(new AnnAssign(first, annotation, value, simple), start);
        }

        if (Kind == TokenKind.ColonEqual && first is Name)
            throw InvalidSyntax();
        return Fin(new ExprStmt(first), start);
    }

    private void CheckAssignTarget(Expr target, bool single)
    {
        var bad = InvalidTarget(target, ExprContext.Store);
        if (bad is not null)
        {
            string name = ExprName(bad);
            if (bad is Yield or YieldFrom && !(single && ReferenceEquals(bad, target)))
                throw ErrorAt("assignment to yield expression not possible", bad);
            // CPython's invalid_named_expression gives the "Maybe you meant '=='" hint when the
            // offending operand stands right before the '=' (the whole target, or the last item
            // of a bare tuple).
            bool last = ReferenceEquals(bad, target)
                || (target is TupleExpr t && t.Elts.Count > 0 && ReferenceEquals(t.Elts[^1], bad) && t.EndCol == bad.EndCol && t.EndLine == bad.EndLine);
            // (A named or yield expression can only be a target when parenthesized: an atom.)
            bool hint = single && last && (IsBitwiseOrLevel(bad) || bad is NamedExpr or Yield or YieldFrom)
                && bad is not (ListExpr or TupleExpr or GeneratorExp)
                && !(bad is Constant c && (c.Value is null or bool));
            throw ErrorAt(hint ? $"cannot assign to {name} here. Maybe you meant '==' instead of '='?" : $"cannot assign to {name}", bad);
        }
        SetContext(target, ExprContext.Store);
    }

    private static bool IsBitwiseOrLevel(Expr e) => e switch
    {
        BoolOp or Compare or IfExp or Lambda or NamedExpr => false,
        UnaryOp u => u.Op != UnaryOpKind.Not,
        _ => true,
    };

    // ---------------------------------------------------------------- import

    private Stmt ParseImport()
    {
        var start = Advance();
        var names = new List<Alias>();
        do
        {
            var nameStart = Cur;
            string name = ParseDottedName();
            string? asName = null;
            if (Accept(TokenKind.As)) asName = (string)Expect(TokenKind.Name).Value!;
            names.Add(Fin(new Alias(name, asName), nameStart));
        } while (Accept(TokenKind.Comma));
        return Fin(new Import(names), start);
    }

    private string ParseDottedName()
    {
        string name = (string)Expect(TokenKind.Name).Value!;
        while (Kind == TokenKind.Dot)
        {
            Advance();
            name = name + "." + (string)Expect(TokenKind.Name).Value!;
        }
        return name;
    }

    private Stmt ParseFromImport()
    {
        var start = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (Kind == TokenKind.Name) module = ParseDottedName();
        else if (level == 0) throw InvalidSyntax();
        Expect(TokenKind.Import);

        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            var star = Advance();
            names.Add(Fin(new Alias("*", null), star));
            return Fin(new ImportFrom(module, names, level), start);
        }
        bool parens = Accept(TokenKind.LParen);
        while (true)
        {
            var nameStart = Expect(TokenKind.Name);
            string? asName = null;
            if (Accept(TokenKind.As)) asName = (string)Expect(TokenKind.Name).Value!;
            names.Add(Fin(new Alias((string)nameStart.Value!, asName), nameStart));
            if (!Accept(TokenKind.Comma)) break;
            if (parens && Kind == TokenKind.RParen) break;
            if (!parens && Kind is TokenKind.Newline or TokenKind.Semi)
                throw ErrorAt("trailing comma not allowed without surrounding parentheses", Cur);
        }
        if (parens) Expect(TokenKind.RParen);
        return Fin(new ImportFrom(module, names, level), start);
    }

    // ---------------------------------------------------------------- blocks

    /// <summary>Parses `':' block`. <paramref name="what"/> names the statement for CPython's
    /// "expected an indented block after ..." message.</summary>
    private List<Stmt> ParseBlock(string what, Token header, bool forcedColon = false)
    {
        // CPython insists on ':' after try/def/else/finally ("forced" tokens); after other
        // headers it says "expected ':'" only when the line ends there.
        if (Kind != TokenKind.Colon)
            throw forcedColon || Kind == TokenKind.Newline ? ExpectedColon() : InvalidSyntax();
        Advance();
        var body = new List<Stmt>();
        if (Kind != TokenKind.Newline)
        {
            // simple statements on the header's line
            if (!StartsSimpleStatement(Kind)) throw InvalidSyntax();
            ParseSimpleStatements(body);
            return body;
        }
        Advance();
        if (Kind != TokenKind.Indent)
        {
            string msg = $"expected an indented block after {what} on line {header.Line}";
            if (Kind == TokenKind.EndMarker || (Kind == TokenKind.Dedent && AllDedentsToEnd()))
            {
                // The body may still come: the REPL asks for more lines.
                var eof = ErrorAt(msg, Cur, SyntaxErrorKind.IndentationError);
                throw new SyntaxErrorException(eof.Msg, eof.FileName, eof.LineNo, eof.Offset, eof.SourceLine, 0,
                    SyntaxErrorKind.IndentationError) { IsIncompleteInput = true };
            }
            throw ErrorAt(msg, Cur, SyntaxErrorKind.IndentationError);
        }
        Advance();
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
            ParseStatement(body);
        Accept(TokenKind.Dedent);
        return body;
    }

    private bool AllDedentsToEnd()
    {
        for (int k = 0; ; k++)
        {
            var kind = Peek(k).Kind;
            if (kind == TokenKind.EndMarker) return true;
            if (kind != TokenKind.Dedent) return false;
        }
    }

    private SyntaxErrorException ExpectedColon() => WithTokenizerErrors(ErrorAt("expected ':'", Cur));

    private static bool StartsSimpleStatement(TokenKind k) => StartsExpression(k) || k is TokenKind.Yield or TokenKind.Pass or TokenKind.Break
        or TokenKind.Continue or TokenKind.Return or TokenKind.Raise or TokenKind.Global or TokenKind.Nonlocal
        or TokenKind.Del or TokenKind.Assert or TokenKind.Import or TokenKind.From;

    private Stmt ParseIf()
    {
        var start = Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock("'if' statement", start);
        return Fin(new If(test, body, ParseElifElse()), start);
    }

    private List<Stmt> ParseElifElse()
    {
        if (Kind == TokenKind.Elif)
        {
            var elif = Advance();
            var test = ParseNamedExpression();
            var body = ParseBlock("'elif' statement", elif);
            EnterNested();   // each elif nests the next: one parser level, as CPython's elif_stmt
            try { return [Fin(new If(test, body, ParseElifElse()), elif)]; }
            finally { _depth--; }
        }
        if (Kind == TokenKind.Else)
        {
            var elseTok = Advance();
            return ParseBlock("'else' statement", elseTok, forcedColon: true);
        }
        return [];
    }

    private List<Stmt> ParseOptionalElse()
    {
        if (Kind != TokenKind.Else) return [];
        var elseTok = Advance();
        return ParseBlock("'else' statement", elseTok, forcedColon: true);
    }

    private Stmt ParseWhile()
    {
        var start = Advance();
        var test = ParseNamedExpression();
        var body = ParseBlock("'while' statement", start);
        return Fin(new While(test, body, ParseOptionalElse()), start);
    }

    private Stmt ParseFor(Token? asyncTok)
    {
        var forTok = Advance();
        var target = ParseTargetList();
        if (Kind != TokenKind.In) throw InvalidSyntax();
        Advance();
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", forTok);
        var orelse = ParseOptionalElse();
        return Fin(new For(target, iter, body, orelse, asyncTok is not null), asyncTok ?? forTok);
    }

    private Stmt ParseTry()
    {
        var start = Advance();
        var body = ParseBlock("'try' statement", start, forcedColon: true);
        var handlers = new List<ExceptHandler>();
        bool? isStar = null;
        while (Kind == TokenKind.Except)
        {
            var exceptTok = Advance();
            var starTok = Cur;
            bool star = Accept(TokenKind.Star);
            if (isStar is { } s && s != star)
            {
                const string mixed = "cannot have both 'except' and 'except*' on the same 'try'";
                // CPython underlines `except*` itself when it follows plain `except` clauses.
                if (!star) throw ErrorAt(mixed, exceptTok);
                throw new SyntaxErrorException(mixed, _filename, exceptTok.Line, exceptTok.Col + 1, Tokenizer.GetLine(_src, exceptTok.Line), starTok.EndCol + 1);
            }
            isStar = star;
            Expr? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    var more = ContinueTuple(type);
                    throw ErrorSpan("multiple exception types must be parenthesized", type, more);
                }
                if (Accept(TokenKind.As))
                {
                    name = (string)Expect(TokenKind.Name).Value!;
                    if (Kind != TokenKind.Colon) throw InvalidSyntax();
                }
            }
            else if (star) throw ErrorAt("expected one or more exception types", Cur);
            var hbody = ParseBlock(star ? "'except*' statement" : "'except' statement", exceptTok);
            handlers.Add(Fin(new ExceptHandler(type, name, hbody), exceptTok));
        }
        var orelse = handlers.Count > 0 ? ParseOptionalElse() : [];
        var finalbody = new List<Stmt>();
        if (Kind == TokenKind.Finally)
        {
            var fin = Advance();
            finalbody = ParseBlock("'finally' statement", fin, forcedColon: true);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw ErrorAt("expected 'except' or 'finally' block", Cur);
        return Fin(new Try(body, handlers, orelse, finalbody, isStar == true), start);
    }

    private Expr ContinueTuple(Expr first)
    {
        Expr last = first;
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Kind)) break;
            last = ParseExpression();
        }
        return last;
    }

    private Stmt ParseWith(Token? asyncTok)
    {
        var withTok = Advance();
        List<WithItem>? items = null;
        if (Kind == TokenKind.LParen)
        {
            // `with (a as b, c):` — try the parenthesized form first, fall back to an expression.
            int save = _i;
            var last = _last;
            try
            {
                Advance();
                var list = new List<WithItem>();
                while (Kind != TokenKind.RParen)
                {
                    list.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RParen);
                if (Kind == TokenKind.Colon) items = list;
            }
            catch (SyntaxErrorException e) when (!ReferenceEquals(e, _tok.LastError))
            {
            }
            if (items is null) { _i = save; _last = last; }
        }
        if (items is null)
        {
            items = [];
            do items.Add(ParseWithItem());
            while (Accept(TokenKind.Comma));
        }
        var body = ParseBlock("'with' statement", withTok);
        return Fin(new With(items, body, asyncTok is not null), asyncTok ?? withTok);
    }

    private WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ParseTarget();
            if (Kind is not (TokenKind.Comma or TokenKind.Colon or TokenKind.RParen))
            {
                var full = ContinueExpression(vars);
                throw ErrorAt($"cannot assign to {ExprName(full)}", full);
            }
            CheckTarget(vars, "assign to");
        }
        return new WithItem(e, vars);
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Kind == TokenKind.At)
        {
            Advance();
            decorators.Add(ParseNamedExpression());
            if (Kind != TokenKind.Newline) throw InvalidSyntax();
            Advance();
        }
        switch (Kind)
        {
            case TokenKind.Def: return ParseFunctionDef(decorators, null, false);
            case TokenKind.Class: return ParseClassDef(decorators);
            case TokenKind.Async when Peek(1).Kind == TokenKind.Def:
                return ParseFunctionDef(decorators, Advance(), true);
            case TokenKind.EndMarker:
                throw new SyntaxErrorException("invalid syntax", _filename, Cur.Line, Cur.Col + 1, "") { IsIncompleteInput = true };
            default: throw InvalidSyntax();
        }
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, Token? asyncTok, bool isAsync)
    {
        var defTok = Advance();
        var name = (string)Expect(TokenKind.Name).Value!;
        if (Kind != TokenKind.LParen) throw ErrorAt("expected '('", Cur);
        Advance();
        var args = ParseParameters(TokenKind.RParen, allowAnnotations: true);
        Expect(TokenKind.RParen);
        Expr? returns = null;
        if (Kind == TokenKind.RArrow && StartsExpression(Peek(1).Kind))
        {
            Advance();
            returns = ParseExpression();
        }
        var body = ParseBlock("function definition", defTok, forcedColon: true);
        return Fin(new FunctionDef(name, args, body, decorators, returns, isAsync), asyncTok ?? defTok);
    }

    private Stmt ParseClassDef(List<Expr> decorators)
    {
        var classTok = Advance();
        var name = (string)Expect(TokenKind.Name).Value!;
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Kind == TokenKind.LParen)
        {
            Advance();
            ParseCallArguments(bases, keywords);
            Expect(TokenKind.RParen);
        }
        var body = ParseBlock("class definition", classTok);
        return Fin(new ClassDef(name, bases, keywords, body, decorators), classTok);
    }
}
