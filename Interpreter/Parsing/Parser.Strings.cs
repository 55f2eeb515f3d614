using System.Text;
using Herthon.Lexing;

namespace Herthon.Parsing;

// String atoms: adjacent literal concatenation and f-strings. An f-string is split here into
// literal text and replacement fields exactly as CPython 3.11's ast does (string_parser.c); each
// field's expression is tokenized straight from the real source, so its nodes keep real positions.
internal sealed partial class PyParser
{
    private Expr ParseStrings()
    {
        var first = Cur;
        int firstIndex = _i;
        bool anyF = false, anyBytes = false, anyStr = false;
        while (Kind == TokenKind.String)
        {
            var st = (StringToken)Advance().Value!;
            if (st.IsBytes) anyBytes = true; else anyStr = true;
            anyF |= st.IsFString;
        }
        int count = _i - firstIndex;
        if (anyBytes && anyStr) throw ErrorAt("cannot mix bytes and nonbytes literals", Cur);

        // ast's Constant.kind: 'u' when the first literal starts with a lowercase u (CPython ignores 'U').
        string? kind = anyStr && !anyF && first.Start < _src.Length && _src[first.Start] == 'u' ? "u" : null;
        if (count == 1 && !anyF)
            return Fin(new Constant(((StringToken)first.Value!).Decoded) { Kind = kind }, first);

        if (anyBytes)
        {
            var bytes = new List<byte>();
            for (int k = firstIndex; k < firstIndex + count; k++)
                bytes.AddRange((byte[])((StringToken)_buf[k].Value!).Decoded!);
            return Fin(new Constant(bytes.ToArray()), first);
        }

        var sb = new StringBuilder();
        if (!anyF)
        {
            for (int k = firstIndex; k < firstIndex + count; k++)
                sb.Append((string)((StringToken)_buf[k].Value!).Decoded!);
            return Fin(new Constant(sb.ToString()) { Kind = kind }, first);
        }

        var values = new List<Expr>();
        var joined = Fin(new JoinedStr(values), first);
        for (int k = firstIndex; k < firstIndex + count; k++)
        {
            var tok = _buf[k];
            var st = (StringToken)tok.Value!;
            if (!st.IsFString) { sb.Append((string)st.Decoded!); continue; }
            int line = tok.Line;
            ParseFStringBody(tok, st, st.BodyStart, values, sb, 0, joined, ref line);
        }
        FlushLiteral(values, sb, joined);
        return joined;
    }

    /// <summary>CPython 3.11 gives the literal pieces and fields of an f-string the position of
    /// the whole string expression.</summary>
    private static void FlushLiteral(List<Expr> values, StringBuilder sb, Node span)
    {
        if (sb.Length == 0) return;
        values.Add(new Constant(sb.ToString()).At<Constant>(span));
        sb.Clear();
    }

    /// <summary>Parses f-string text from <paramref name="i"/> until the end of the body (depth 0)
    /// or the '}' closing a format spec (depth &gt; 0); returns the index where it stopped.
    /// <paramref name="line"/> tracks the source line of <paramref name="i"/>.</summary>
    private int ParseFStringBody(Token tok, StringToken st, int i, List<Expr> values, StringBuilder sb, int depth, Node span, ref int line)
    {
        int end = st.BodyEnd;
        int litStart = i;
        while (i < end)
        {
            char c = _src[i];
            if (c == '{' || c == '}')
            {
                bool doubled = depth == 0 && i + 1 < end && _src[i + 1] == c;
                AppendLiteral(sb, litStart, doubled ? i + 1 : i, st.IsRaw, tok);
                if (doubled)
                {
                    i += 2;
                    litStart = i;
                    continue;
                }
                if (c == '}')
                {
                    if (depth == 0) throw FStringError("f-string: single '}' is not allowed", tok);
                    return i;   // end of a format spec
                }
                i = ParseReplacementField(tok, st, i + 1, values, sb, depth, span, ref line);
                litStart = i;
                continue;
            }
            if (c == '\n') line++;
            else if (c == '\\' && !st.IsRaw && i + 1 < end)
            {
                // Keep escapes whole; `\N{...}` braces are not replacement fields.
                if (_src[i + 1] == 'N' && i + 2 < end && _src[i + 2] == '{')
                {
                    int close = _src.IndexOf('}', i, end - i);
                    if (close > 0) { i = close + 1; continue; }
                }
                if (_src[i + 1] == '\n') line++;
                i += 2;
                continue;
            }
            i++;
        }
        AppendLiteral(sb, litStart, i, st.IsRaw, tok);
        return i;
    }

    private void AppendLiteral(StringBuilder sb, int from, int to, bool raw, Token tok)
    {
        if (to <= from) return;
        if (raw || _src.IndexOf('\\', from, to - from) < 0) { sb.Append(_src, from, to - from); return; }
        sb.Append(_tok.DecodeString(_src, from, to, false, tok.EndLine, tok.EndCol));
    }

    private int ParseReplacementField(Token tok, StringToken st, int i, List<Expr> values, StringBuilder sb, int depth, Node span, ref int line)
    {
        if (depth >= 2) throw FStringError("f-string: expressions nested too deeply", tok);
        int end = st.BodyEnd;
        int exprStart = i;
        int exprLine = line;
        var parens = new Stack<char>();
        char quote = '\0';
        bool tripleQuote = false;
        // Find where the expression ends, as CPython's fstring_find_expr does: at the first
        // top-level '!', ':', '=' or '}' that is not part of '!=', '==', '<=', '>='.
        for (; i < end; i++)
        {
            char ch = _src[i];
            if (ch == '\\') throw FStringError("f-string expression part cannot include a backslash", tok);
            if (ch == '\n') line++;
            if (quote != '\0')
            {
                if (ch != quote) continue;
                if (!tripleQuote) { quote = '\0'; continue; }
                if (i + 2 < end && _src[i + 1] == quote && _src[i + 2] == quote) { i += 2; quote = '\0'; }
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                quote = ch;
                tripleQuote = i + 2 < end && _src[i + 1] == ch && _src[i + 2] == ch;
                if (tripleQuote) i += 2;
                continue;
            }
            if (ch is '(' or '[' or '{') { parens.Push(ch); continue; }
            if (ch == '#') throw FStringError("f-string expression part cannot include '#'", tok);
            if (parens.Count == 0 && ch is '!' or ':' or '}' or '=' or '<' or '>')
            {
                if (i + 1 < end && _src[i + 1] == '=' && ch is '!' or '=' or '<' or '>') { i++; continue; }
                if (ch is '<' or '>') continue;
                break;
            }
            if (ch is ')' or ']' or '}')
            {
                if (parens.Count == 0) throw FStringError($"f-string: unmatched '{ch}'", tok);
                char open = parens.Pop();
                if ((open, ch) is not (('(', ')') or ('[', ']') or ('{', '}')))
                    throw FStringError($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'", tok);
            }
        }
        if (quote != '\0') throw FStringError("f-string: unterminated string", tok);
        if (i >= end) throw FStringError("f-string: expecting '}'", tok);

        if (i == exprStart && _src[i] is '!' or ':' or '=')
            throw FStringError($"f-string: expression required before '{_src[i]}'", tok);
        bool blank = true;
        for (int k = exprStart; k < i && blank; k++) blank = char.IsWhiteSpace(_src[k]);
        if (blank) throw FStringError("f-string: empty expression not allowed", tok);

        var expr = ParseFieldExpression(exprStart, i, exprLine);

        string? exprText = null;
        if (_src[i] == '=')
        {
            i++;
            while (i < end && char.IsWhiteSpace(_src[i])) { if (_src[i] == '\n') line++; i++; }
            exprText = _src[exprStart..i];
        }

        int conversion = -1;
        if (i < end && _src[i] == '!')
        {
            i++;
            if (i >= end || _src[i] is not ('s' or 'r' or 'a'))
                throw FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", tok);
            conversion = _src[i];
            i++;
        }

        JoinedStr? spec = null;
        if (i < end && _src[i] == ':')
        {
            var specValues = new List<Expr>();
            // CPython 3.11 spans a format spec (and its trailing literal) by the one string token
            // holding it, not by the whole implicit concatenation.
            var tokenSpan = new Pass { Line = tok.Line, Col = tok.Col, EndLine = tok.EndLine, EndCol = tok.EndCol };
            spec = new JoinedStr(specValues).At<JoinedStr>(tokenSpan);
            var specSb = new StringBuilder();
            i = ParseFStringBody(tok, st, i + 1, specValues, specSb, depth + 1, span, ref line);
            FlushLiteral(specValues, specSb, tokenSpan);
        }

        if (i >= end || _src[i] != '}') throw FStringError("f-string: expecting '}'", tok);
        i++;

        if (exprText is not null)
        {
            sb.Append(exprText);
            if (conversion == -1 && spec is null) conversion = 'r';
        }
        FlushLiteral(values, sb, span);
        values.Add(new FormattedValue(expr, conversion, spec).At<FormattedValue>(span));
        return i;
    }

    /// <summary>Parses the text of a replacement field with a tokenizer over that very region of
    /// the source, so positions are real.</summary>
    private Expr ParseFieldExpression(int start, int end, int line)
    {
        var sub = new PyParser(_src, _filename, new Tokenizer(_src, _filename, start, end, line), inFString: true);
        try
        {
            var e = sub.ParseFieldBody();
            // CPython 3.11 parses the field as "(" + text + ")", so a bare tuple spans the braces.
            if (e is TupleExpr t && t.Elts.Count > 0 && t.Col == t.Elts[0].Col && t.Line == t.Elts[0].Line)
            {
                t.Col = Tokenizer.ByteColumn(_src, start, start - LineStartOf(start));
                t.Line = line;
                var endLine = line;
                for (int k = start; k < end; k++) if (_src[k] == '\n') endLine++;
                t.EndLine = endLine;
                t.EndCol = Tokenizer.ByteColumn(_src, end, end - LineStartOf(end)) + 1;
                t.Col -= 1;
            }
            return e;
        }
        catch (SyntaxErrorException e) when (!e.Msg.StartsWith("f-string", StringComparison.Ordinal))
        {
            throw new SyntaxErrorException("f-string: " + e.Msg, e.FileName, e.LineNo, e.Offset, e.SourceLine, e.EndOffset, e.Kind) { EndLineNo = e.EndLineNo };
        }
    }

    private int LineStartOf(int offset)
    {
        int k = offset;
        while (k > 0 && _src[k - 1] != '\n') k--;
        return k;
    }

    private Expr ParseFieldBody()
    {
        var e = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
        if (Kind != TokenKind.EndMarker) throw ListError(e);
        return e;
    }

    /// <summary>CPython 3.11 reports f-string errors just past the string.</summary>
    private SyntaxErrorException FStringError(string msg, Token tok) =>
        new(msg, _filename, tok.EndLine, tok.EndCol + 1, Tokenizer.GetLine(_src, tok.EndLine), tok.EndCol + 1);   // a point, as CPython's
}
