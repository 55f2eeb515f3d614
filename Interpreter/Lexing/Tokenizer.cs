using System.Globalization;
using System.Numerics;
using System.Text;
using Herthon.Parsing;

namespace Herthon.Lexing;

/// <summary>
/// Turns source text into tokens on demand (the parser pulls them), so that — as in CPython —
/// a tokenizer error later in the file does not hide a syntax error earlier on.
/// Comments and non-logical newlines (NL) are skipped: the parser never needs them.
/// The source must already have its line endings normalized to '\n'.
/// </summary>
public sealed class Tokenizer
{
    private const int TabSize = 8;

    private readonly string _src;
    private readonly string _filename;
    private readonly int _end;
    // Tokenizing the inside of an f-string replacement field: no indentation, no NEWLINE.
    private readonly bool _exprMode;

    private int _pos;
    private int _line;
    private int _lineStart;          // offset of the first character of the current line
    private bool _atLineStart = true;
    private bool _lineHasTokens;     // a token was emitted on the current logical line
    private int _pendingDedents;
    private bool _done;

    private const int MaxIndent = 100, MaxLevel = 200;
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];   // tabs counted as 1 column, for TabError

    private readonly List<(char Ch, int Line, int Col)> _brackets = [];

    public Tokenizer(string source, string filename)
    {
        _src = source;
        _filename = filename;
        _end = source.Length;
        _line = 1;
    }

    /// <summary>Tokenizes the region [start, end) of <paramref name="source"/> as an expression
    /// inside an f-string; positions are those of the real source.</summary>
    internal Tokenizer(string source, string filename, int start, int end, int line)
    {
        _src = source;
        _filename = filename;
        _pos = start;
        _end = end;
        _line = line;
        _lineStart = start;
        while (_lineStart > 0 && source[_lineStart - 1] != '\n') _lineStart--;
        _exprMode = true;
        _atLineStart = false;
    }

    public int BracketDepth => _brackets.Count;
    public (char Ch, int Line, int Col) InnermostBracket => _brackets[^1];

    /// <summary>Set when the last error came from reaching the end of input inside brackets.</summary>
    public bool ErrorWasUnclosedBracket { get; private set; }

    /// <summary>The last error this tokenizer threw: the parser must not swallow it while
    /// backtracking, since CPython reports tokenizer errors whatever the parser was trying.</summary>
    public SyntaxErrorException? LastError { get; private set; }

    /// <summary>Whether <see cref="LastError"/> is one CPython detects without raising at once
    /// (bad dedent, TabError, stray backslash): such errors do not replace a parser error found
    /// earlier in the file.</summary>
    public bool LastErrorIsSoft { get; private set; }
    private bool _soft;

    public Token Next()
    {
        try
        {
            return NextToken();
        }
        catch (SyntaxErrorException e)
        {
            LastError = e;
            LastErrorIsSoft = _soft;
            _soft = false;
            throw;
        }
    }

    private Token NextToken()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return Make(TokenKind.Dedent, _pos, _pos, null);
        }
        if (_done) return Make(TokenKind.EndMarker, _pos, _pos, null);

        while (true)
        {
            if (_atLineStart)
            {
                _atLineStart = false;
                Token? t = ReadIndentation();
                if (t is { } tok) return tok;
            }

            // skip whitespace, comments and line continuations
            char c = '\0';
            while (_pos < _end)
            {
                c = _src[_pos];
                if (c == ' ' || c == '\t' || c == '\f') { _pos++; continue; }
                if (c == '#')
                {
                    while (_pos < _end && _src[_pos] != '\n') _pos++;
                    continue;
                }
                if (c == '\\')
                {
                    if (_pos + 1 >= _end)
                        throw Error("unexpected EOF while parsing", _line, _pos - _lineStart + 2, incomplete: true, soft: true, endOffset: -1);
                    if (_src[_pos + 1] != '\n')
                        throw Error("unexpected character after line continuation character", _line, _pos - _lineStart + 2, soft: true);
                    if (_pos + 2 >= _end && !_exprMode)
                        throw Error("unexpected EOF while parsing", _line, _pos - _lineStart + 2, incomplete: true, soft: true, endOffset: -1);
                    _pos += 2;
                    NewLine(_pos);
                    continue;
                }
                break;
            }

            if (_pos >= _end) return AtEnd();

            int start = _pos;
            if (c == '\n')
            {
                _pos++;
                if (_brackets.Count > 0 || _exprMode || !_lineHasTokens)
                {
                    // NL: a newline inside brackets or after a blank/comment line.
                    NewLine(_pos);
                    if (_brackets.Count == 0 && !_exprMode) _atLineStart = true;
                    continue;
                }
                var nl = new Token(TokenKind.Newline, start, _pos, _line, start - _lineStart, _line, start - _lineStart + 1, null);
                NewLine(_pos);
                _atLineStart = true;
                _lineHasTokens = false;
                return nl;
            }

            _lineHasTokens = true;
            if (IsIdentStart(c)) return ReadNameOrString();
            if (IsDigit(c) || (c == '.' && _pos + 1 < _end && IsDigit(_src[_pos + 1]))) return ReadNumber();
            if (c == '"' || c == '\'') return ReadString(start, false, false, false);
            return ReadOperator(c);
        }
    }

    private void NewLine(int newLineStart)
    {
        _line++;
        _lineStart = newLineStart;
    }

    private Token AtEnd()
    {
        if (_brackets.Count > 0 && !_exprMode)
        {
            var (ch, line, col) = _brackets[^1];
            ErrorWasUnclosedBracket = true;
            throw Error($"'{ch}' was never closed", line, col + 1, incomplete: true, endOffset: 0);   // CPython gives it no end
        }
        if (_lineHasTokens && !_exprMode)
        {
            // CPython adds an implicit NEWLINE to a last line without one.
            _lineHasTokens = false;
            return new Token(TokenKind.Newline, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart + 1, null);
        }
        _done = true;
        if (_indents.Count > 1)
        {
            _pendingDedents = _indents.Count - 2;
            _indents.RemoveRange(1, _indents.Count - 1);
            _altIndents.RemoveRange(1, _altIndents.Count - 1);
            return Make(TokenKind.Dedent, _pos, _pos, null);
        }
        return Make(TokenKind.EndMarker, _pos, _pos, null);
    }

    /// <summary>Measures the indentation of a new line and returns INDENT/DEDENT if it changes.
    /// Blank and comment-only lines are not indentation lines (returns null).</summary>
    private Token? ReadIndentation()
    {
        int col = 0, alt = 0, p = _pos;
        while (p < _end)
        {
            char c = _src[p];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / TabSize + 1) * TabSize; alt++; }
            else if (c == '\f') { col = alt = 0; }
            else break;
            p++;
        }
        if (p >= _end || _src[p] == '#' || _src[p] == '\n' || (_src[p] == '\\' && p + 1 < _end && _src[p + 1] == '\n' && false))
            return null;   // blank line: handled by the main loop as NL

        _pos = p;
        int top = _indents.Count - 1;
        if (col == _indents[top])
        {
            if (alt != _altIndents[top]) throw TabError();
            return null;
        }
        if (col > _indents[top])
        {
            if (alt <= _altIndents[top]) throw TabError();
            // tokenizer.c's MAXINDENT: the indent stack holds at most 100 levels (99 indents)
            if (_indents.Count >= MaxIndent)
                throw Error("too many levels of indentation", _line, 1, kind: SyntaxErrorKind.IndentationError);
            _indents.Add(col);
            _altIndents.Add(alt);
            return Make(TokenKind.Indent, _lineStart, p, null);
        }
        int dedents = 0;
        while (top > 0 && col < _indents[top]) { top--; dedents++; }
        if (col != _indents[top])
            throw Error("unindent does not match any outer indentation level", _line, LineText(_line).Length + 1, kind: SyntaxErrorKind.IndentationError, soft: true, endOffset: -1);
        if (alt != _altIndents[top]) throw TabError();
        _indents.RemoveRange(top + 1, _indents.Count - top - 1);
        _altIndents.RemoveRange(top + 1, _altIndents.Count - top - 1);
        _pendingDedents = dedents - 1;
        return Make(TokenKind.Dedent, p, p, null);
    }

    private SyntaxErrorException TabError() =>
        Error("inconsistent use of tabs and spaces in indentation", _line, 1, kind: SyntaxErrorKind.TabError, soft: true);

    private Token Make(TokenKind kind, int start, int end, object? value) =>
        new(kind, start, end, _line, start - _lineStart, _line, end - _lineStart, value);

    // ---------------------------------------------------------------- names

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsIdentStart(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
        if (char.IsSurrogate(c)) return true;   // checked precisely when read
        return IsUnicodeIdentStart(c);
    }

    private static bool IsUnicodeIdentStart(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    private static bool IsUnicodeIdentContinue(int cp)
    {
        if (IsUnicodeIdentStart(cp)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    private Token ReadNameOrString()
    {
        int start = _pos;
        bool ascii = true;
        while (_pos < _end)
        {
            char c = _src[_pos];
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || IsDigit(c)) { _pos++; continue; }
                break;
            }
            ascii = false;
            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && _pos + 1 < _end && char.IsLowSurrogate(_src[_pos + 1]))
            {
                cp = char.ConvertToUtf32(c, _src[_pos + 1]);
                width = 2;
            }
            bool ok = _pos == start ? IsUnicodeIdentStart(cp) : IsUnicodeIdentContinue(cp);
            if (!ok)
            {
                if (_pos == start) throw InvalidCharacter(cp, start);
                // A non-identifier character glued to a name: CPython reports the character.
                if (!char.IsWhiteSpace(c) && cp > 127 && !IsUnicodeIdentContinue(cp)) throw InvalidCharacter(cp, _pos);
                break;
            }
            _pos += width;
        }

        int len = _pos - start;
        // String prefix?
        if (len <= 2 && _pos < _end && (_src[_pos] == '"' || _src[_pos] == '\''))
        {
            bool r = false, b = false, f = false, u = false, valid = true;
            for (int i = start; i < _pos; i++)
            {
                switch (_src[i] | 0x20)
                {
                    case 'r': valid &= !r; r = true; break;
                    case 'b': valid &= !b; b = true; break;
                    case 'f': valid &= !f; f = true; break;
                    case 'u': valid &= !u; u = true; break;
                    default: valid = false; break;
                }
            }
            if (valid && !(b && f) && !(u && (r || b || f)))
                return ReadString(start, r, b, f);
        }

        string name = _src.Substring(start, len);
        if (!ascii) name = name.Normalize(NormalizationForm.FormKC);
        return Make(ascii ? KeywordKind(name) : TokenKind.Name, start, _pos, name);
    }

    private static TokenKind KeywordKind(string s)
    {
        switch (s.Length)
        {
            case 2:
                switch (s)
                {
                    case "as": return TokenKind.As;
                    case "if": return TokenKind.If;
                    case "in": return TokenKind.In;
                    case "is": return TokenKind.Is;
                    case "or": return TokenKind.Or;
                }
                break;
            case 3:
                switch (s)
                {
                    case "and": return TokenKind.And;
                    case "def": return TokenKind.Def;
                    case "del": return TokenKind.Del;
                    case "for": return TokenKind.For;
                    case "not": return TokenKind.Not;
                    case "try": return TokenKind.Try;
                }
                break;
            case 4:
                switch (s)
                {
                    case "None": return TokenKind.None;
                    case "True": return TokenKind.True;
                    case "elif": return TokenKind.Elif;
                    case "else": return TokenKind.Else;
                    case "from": return TokenKind.From;
                    case "pass": return TokenKind.Pass;
                    case "with": return TokenKind.With;
                }
                break;
            case 5:
                switch (s)
                {
                    case "False": return TokenKind.False;
                    case "async": return TokenKind.Async;
                    case "await": return TokenKind.Await;
                    case "break": return TokenKind.Break;
                    case "class": return TokenKind.Class;
                    case "raise": return TokenKind.Raise;
                    case "while": return TokenKind.While;
                    case "yield": return TokenKind.Yield;
                }
                break;
            case 6:
                switch (s)
                {
                    case "assert": return TokenKind.Assert;
                    case "except": return TokenKind.Except;
                    case "global": return TokenKind.Global;
                    case "import": return TokenKind.Import;
                    case "lambda": return TokenKind.Lambda;
                    case "return": return TokenKind.Return;
                }
                break;
            case 7:
                if (s == "finally") return TokenKind.Finally;
                break;
            case 8:
                if (s == "continue") return TokenKind.Continue;
                if (s == "nonlocal") return TokenKind.Nonlocal;
                break;
        }
        return TokenKind.Name;
    }

    private SyntaxErrorException InvalidCharacter(int cp, int at)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        bool printable = cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
        string msg = printable
            ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
            : $"invalid non-printable character U+{cp:X4}";
        return Error(msg, _line, at - _lineStart + 1);
    }

    // ---------------------------------------------------------------- numbers

    private Token ReadNumber()
    {
        int start = _pos;
        char c = _src[_pos];
        if (c == '0' && _pos + 1 < _end && (_src[_pos + 1] | 0x20) is 'x' or 'o' or 'b')
        {
            char kind = (char)(_src[_pos + 1] | 0x20);
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            string kindName = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            _pos += 2;
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos < _end && _src[_pos] == '_') _pos++;
                int d = _pos < _end ? DigitValue(_src[_pos]) : -1;
                if (d < 0 || d >= radix)
                {
                    if (d >= radix && d < 10) throw Error($"invalid digit '{_src[_pos]}' in {kindName} literal", _line, _pos - _lineStart + 1);
                    if (sb.Length == 0 || _src[_pos - 1] == '_')
                    {
                        if (_pos < _end && IsDigit(_src[_pos]))
                            throw Error($"invalid digit '{_src[_pos]}' in {kindName} literal", _line, _pos - _lineStart + 1);
                        throw Error($"invalid {kindName} literal", _line, _pos - _lineStart);
                    }
                    break;
                }
                sb.Append(_src[_pos]);
                _pos++;
            }
            VerifyEndOfNumber(start, kindName);
            return Make(TokenKind.Number, start, _pos, ParseRadix(sb.ToString(), radix));
        }

        var digits = new StringBuilder();
        bool isFloat = false;
        if (c != '.')
        {
            ReadDecimalDigits(digits);
        }
        bool leadingZero = digits.Length > 1 && digits[0] == '0';
        if (_pos < _end && _src[_pos] == '.')
        {
            isFloat = true;
            digits.Append('.');
            _pos++;
            if (_pos < _end && IsDigit(_src[_pos])) ReadDecimalDigits(digits);
        }
        if (_pos < _end && (_src[_pos] | 0x20) == 'e')
        {
            int save = _pos;
            _pos++;
            var exp = new StringBuilder("e");
            if (_pos < _end && (_src[_pos] == '+' || _src[_pos] == '-')) exp.Append(_src[_pos++]);
            if (_pos < _end && IsDigit(_src[_pos]))
            {
                ReadDecimalDigits(exp);
                digits.Append(exp);
                isFloat = true;
            }
            else
            {
                // `1else` is accepted (with a warning) by CPython; anything else is an error.
                if (exp.Length > 1)
                    throw Error("invalid decimal literal", _line, _pos - _lineStart);
                _pos = save;
                if (!StartsWithAllowedKeyword(_pos))
                    throw Error("invalid decimal literal", _line, _pos - _lineStart);
                WarnNumberEnd("decimal");
            }
        }
        if (_pos < _end && (_src[_pos] | 0x20) == 'j')
        {
            _pos++;
            VerifyEndOfNumber(start, "imaginary");
            double im = double.Parse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return Make(TokenKind.Number, start, _pos, new ImaginaryLiteral(im));
        }
        VerifyEndOfNumber(start, "decimal");
        string text = digits.ToString();
        if (isFloat)
            return Make(TokenKind.Number, start, _pos, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (leadingZero)
        {
            // CPython reports it on reading the first non-zero digit: the range ends just after it.
            for (int p = start; p < _pos; p++)
                if (_src[p] is not ('0' or '_'))
                    throw new SyntaxErrorException("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        _filename, _line, start - _lineStart + 1, LineText(_line), p - _lineStart + 1);
        }
        return Make(TokenKind.Number, start, _pos, ParseRadix(text, 10));
    }

    private void ReadDecimalDigits(StringBuilder sb)
    {
        while (true)
        {
            while (_pos < _end && IsDigit(_src[_pos])) sb.Append(_src[_pos++]);
            if (_pos < _end && _src[_pos] == '_')
            {
                _pos++;
                if (_pos < _end && IsDigit(_src[_pos])) continue;
                throw Error("invalid decimal literal", _line, _pos - _lineStart);
            }
            return;
        }
    }

    private static int DigitValue(char c)
    {
        if (IsDigit(c)) return c - '0';
        int l = c | 0x20;
        if (l >= 'a' && l <= 'f') return l - 'a' + 10;
        return -1;
    }

    private static object ParseRadix(string digits, int radix)
    {
        // Fast path for the common case that fits a long.
        long acc = 0;
        int i = 0;
        for (; i < digits.Length; i++)
        {
            int d = DigitValue(digits[i]);
            if (acc > (long.MaxValue - d) / radix) break;
            acc = acc * radix + d;
        }
        if (i == digits.Length) return acc;
        BigInteger big = acc;
        for (; i < digits.Length; i++) big = big * radix + DigitValue(digits[i]);
        return big;
    }

    private bool StartsWithAllowedKeyword(int p)
    {
        foreach (var kw in (ReadOnlySpan<string>)["and", "else", "for", "if", "in", "is", "not", "or"])
        {
            if (string.CompareOrdinal(_src, p, kw, 0, kw.Length) == 0) return true;
        }
        return false;
    }

    /// <summary>CPython's verify_end_of_number: a literal run into a keyword (`1if`, `0x1for`) is accepted
    /// with a SyntaxWarning, or is the error under an error filter.</summary>
    private void WarnNumberEnd(string kind)
    {
        // Once per place: the parser may read the same tokens again after backtracking.
        if (!(_warnedAt ??= []).Add(_pos)) return;
        if (Compiling.CompileWarnings.Warn(Runtime.TypeObjects.SyntaxWarning, $"invalid {kind} literal", _filename, _line))
            throw Error($"invalid {kind} literal", _line, _pos - _lineStart);
    }

    private HashSet<int>? _warnedAt;

    private void VerifyEndOfNumber(int start, string kind)
    {
        if (_pos >= _end) return;
        char c = _src[_pos];
        if (!(c < 128 ? ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || IsDigit(c)) : IsIdentStart(c))) return;
        if (StartsWithAllowedKeyword(_pos)) { WarnNumberEnd(kind); return; }
        // CPython's offset here is the 0-based column of the offending character.
        throw Error($"invalid {kind} literal", _line, _pos - _lineStart);
    }

    // ---------------------------------------------------------------- strings

    private Token ReadString(int start, bool raw, bool bytes, bool fstr)
    {
        int startLine = _line, startCol = start - _lineStart;
        char q = _src[_pos];
        bool triple = _pos + 2 < _end && _src[_pos + 1] == q && _src[_pos + 2] == q;
        _pos += triple ? 3 : 1;
        int bodyStart = _pos;
        int bodyEnd;
        while (true)
        {
            if (_pos >= _end)
            {
                if (triple)
                    throw new SyntaxErrorException($"unterminated triple-quoted string literal (detected at line {(_end > 0 && _src[_end - 1] == '\n' ? _line - 1 : _line)})",
                        _filename, startLine, startCol + 1, LineText(startLine), startCol + 1) { IsIncompleteInput = true };
                throw new SyntaxErrorException($"unterminated string literal (detected at line {(_end > 0 && _src[_end - 1] == '\n' ? _line - 1 : _line)})",
                    _filename, startLine, startCol + 1, LineText(startLine), startCol + 1);
            }
            char c = _src[_pos];
            if (c == '\\')
            {
                _pos++;
                if (_pos < _end)
                {
                    if (_src[_pos] == '\n') NewLine(_pos + 1);
                    _pos++;
                }
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                    throw new SyntaxErrorException($"unterminated string literal (detected at line {_line})",
                        _filename, startLine, startCol + 1, LineText(startLine), startCol + 1);
                _pos++;
                NewLine(_pos);
                continue;
            }
            if (c == q)
            {
                if (!triple) { bodyEnd = _pos; _pos++; break; }
                if (_pos + 2 < _end + 0 && _src[_pos + 1] == q && _src[_pos + 2] == q) { bodyEnd = _pos; _pos += 3; break; }
            }
            _pos++;
        }

        object? decoded = null;
        if (!fstr)
        {
            decoded = bytes
                ? DecodeBytes(_src, bodyStart, bodyEnd, raw, startLine, startCol, _pos - _lineStart)
                : DecodeString(_src, bodyStart, bodyEnd, raw, startLine, _pos - _lineStart);
        }
        var payload = new StringToken(bytes, raw, fstr, triple, bodyStart, bodyEnd, decoded);
        return new Token(TokenKind.String, start, _pos, startLine, startCol, _line, _pos - _lineStart, payload);
    }

    /// <summary>Decodes the escapes of a str literal body (or a literal piece of an f-string).
    /// Errors are reported, as CPython does, just after the literal: <paramref name="col"/> is
    /// the literal's end column.</summary>
    internal string DecodeString(string s, int from, int to, bool raw, int line, int col)
    {
        int bs = s.IndexOf('\\', from, to - from);
        if (raw || bs < 0) return s.Substring(from, to - from);
        var sb = new StringBuilder(to - from);
        sb.Append(s, from, bs - from);
        int i = bs;
        string? invalid = null;   // the first invalid escape, which CPython warns about
        while (i < to)
        {
            char c = s[i];
            if (c != '\\') { sb.Append(c); i++; continue; }
            int escStart = i - from;
            i++;
            if (i >= to) { sb.Append('\\'); break; }
            char e = s[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                    if (v > 0xFF) invalid ??= "invalid octal escape sequence '\\" + s.Substring(i - 3, 3) + "'";
                    sb.Append((char)v);
                    break;
                }
                case 'x': sb.Append((char)HexEscape(s, ref i, from, to, 2, "truncated \\xXX escape", escStart, line, col)); break;
                case 'u': sb.Append((char)HexEscape(s, ref i, from, to, 4, "truncated \\uXXXX escape", escStart, line, col)); break;
                case 'U':
                {
                    int v = HexEscape(s, ref i, from, to, 8, "truncated \\UXXXXXXXX escape", escStart, line, col);
                    if (v > 0x10FFFF)
                        throw UnicodeError($"'unicodeescape' codec can't decode bytes in position {escStart}-{i - from - 1}: illegal Unicode character", line, col);
                    sb.Append(char.ConvertFromUtf32(v));
                    break;
                }
                case 'N':
                {
                    int close = i < to && s[i] == '{' ? s.IndexOf('}', i, to - i) : -1;
                    if (close < 0)
                        throw UnicodeError($"'unicodeescape' codec can't decode bytes in position {escStart}-{i - from - 1}: malformed \\N character escape", line, col);
                    string name = s.Substring(i + 1, close - i - 1);
                    string? ch = Runtime.Unicodedata.CharacterNamed(name);
                    if (ch is null)
                        throw UnicodeError($"'unicodeescape' codec can't decode bytes in position {escStart}-{close - from}: unknown Unicode character name", line, col);
                    sb.Append(ch);
                    i = close + 1;
                    break;
                }
                default:
                    // Unknown escapes are kept verbatim, with CPython's DeprecationWarning for the first.
                    invalid ??= "invalid escape sequence '\\" + e + "'";
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        if (invalid is not null) WarnEscape(invalid, line, from);
        return sb.ToString();
    }

    /// <summary>CPython's warn_invalid_escape_sequence: a DeprecationWarning at the literal's line, once
    /// per literal (the parser may read a token again), or under an error filter a SyntaxError.</summary>
    private void WarnEscape(string message, int line, int from)
    {
        if (!(_warnedAt ??= []).Add(~from)) return;
        if (Compiling.CompileWarnings.Warn(Runtime.TypeObjects.DeprecationWarning, message, _filename, line))
            throw new SyntaxErrorException(message, _filename, line, 0, LineText(line));
    }

    private int HexEscape(string s, ref int i, int from, int to, int n, string what, int escStart, int line, int col)
    {
        int v = 0;
        for (int k = 0; k < n; k++)
        {
            int d = i < to ? DigitValue(s[i]) : -1;
            if (d < 0 || d > 15)
                throw UnicodeError($"'unicodeescape' codec can't decode bytes in position {escStart}-{i - from - 1}: {what}", line, col);
            v = v * 16 + d;
            i++;
        }
        return v;
    }

    private SyntaxErrorException UnicodeError(string detail, int line, int col) =>
        new("(unicode error) " + detail, _filename, line, col + 1, LineText(line));

    private byte[] DecodeBytes(string s, int from, int to, bool raw, int line, int col, int endCol)
    {
        var bytes = new List<byte>(to - from);
        string? invalidByte = null;
        int i = from;
        while (i < to)
        {
            char c = s[i];
            if (c >= 128)
                throw new SyntaxErrorException("bytes can only contain ASCII literal characters", _filename, line, col + 1, LineText(line));
            if (c != '\\' || raw) { bytes.Add((byte)c); i++; continue; }
            int escStart = i - from;
            i++;
            if (i >= to) { bytes.Add((byte)'\\'); break; }
            char e = s[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                    bytes.Add((byte)v);
                    break;
                }
                case 'x':
                {
                    int d1 = i < to ? DigitValue(s[i]) : -1;
                    int d2 = i + 1 < to ? DigitValue(s[i + 1]) : -1;
                    if (d1 < 0 || d1 > 15 || d2 < 0 || d2 > 15)
                        throw new SyntaxErrorException($"(value error) invalid \\x escape at position {escStart}", _filename, line, endCol + 1, LineText(line));
                    bytes.Add((byte)(d1 * 16 + d2));
                    i += 2;
                    break;
                }
                default:
                    invalidByte ??= "invalid escape sequence '\\" + e + "'";
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        if (invalidByte is not null) WarnEscape(invalidByte, line, from);
        return bytes.ToArray();
    }

    // ---------------------------------------------------------------- operators

    private Token ReadOperator(char c)
    {
        int start = _pos;
        char n1 = _pos + 1 < _end ? _src[_pos + 1] : '\0';
        char n2 = _pos + 2 < _end ? _src[_pos + 2] : '\0';
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                // tokenizer.c's MAXLEVEL: bounds the parser's recursion over nested brackets
                if (_brackets.Count >= MaxLevel)
                    throw Error("too many nested parentheses", _line, _pos - _lineStart + 1);
                _brackets.Add((c, _line, _pos - _lineStart));
                kind = c == '(' ? TokenKind.LParen : c == '[' ? TokenKind.LSquare : TokenKind.LBrace;
                break;
            case ')': case ']': case '}':
            {
                if (_brackets.Count == 0)
                    throw Error($"unmatched '{c}'", _line, _pos - _lineStart + 1);
                var (open, oline, _) = _brackets[^1];
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != expected)
                {
                    string msg = oline != _line
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {oline}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
                    throw Error(msg, _line, _pos - _lineStart + 1);
                }
                _brackets.RemoveAt(_brackets.Count - 1);
                kind = c == ')' ? TokenKind.RParen : c == ']' ? TokenKind.RSquare : TokenKind.RBrace;
                break;
            }
            case ':': if (n1 == '=') { kind = TokenKind.ColonEqual; len = 2; } else kind = TokenKind.Colon; break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '+': if (n1 == '=') { kind = TokenKind.PlusEqual; len = 2; } else kind = TokenKind.Plus; break;
            case '-':
                if (n1 == '=') { kind = TokenKind.MinEqual; len = 2; }
                else if (n1 == '>') { kind = TokenKind.RArrow; len = 2; }
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (n1 == '*') { if (n2 == '=') { kind = TokenKind.DoubleStarEqual; len = 3; } else { kind = TokenKind.DoubleStar; len = 2; } }
                else if (n1 == '=') { kind = TokenKind.StarEqual; len = 2; }
                else kind = TokenKind.Star;
                break;
            case '/':
                if (n1 == '/') { if (n2 == '=') { kind = TokenKind.DoubleSlashEqual; len = 3; } else { kind = TokenKind.DoubleSlash; len = 2; } }
                else if (n1 == '=') { kind = TokenKind.SlashEqual; len = 2; }
                else kind = TokenKind.Slash;
                break;
            case '|': if (n1 == '=') { kind = TokenKind.VBarEqual; len = 2; } else kind = TokenKind.VBar; break;
            case '&': if (n1 == '=') { kind = TokenKind.AmperEqual; len = 2; } else kind = TokenKind.Amper; break;
            case '^': if (n1 == '=') { kind = TokenKind.CircumflexEqual; len = 2; } else kind = TokenKind.Circumflex; break;
            case '%': if (n1 == '=') { kind = TokenKind.PercentEqual; len = 2; } else kind = TokenKind.Percent; break;
            case '@': if (n1 == '=') { kind = TokenKind.AtEqual; len = 2; } else kind = TokenKind.At; break;
            case '~': kind = TokenKind.Tilde; break;
            case '=': if (n1 == '=') { kind = TokenKind.EqEqual; len = 2; } else kind = TokenKind.Equal; break;
            case '!':
                if (n1 == '=') { kind = TokenKind.NotEqual; len = 2; }
                else kind = TokenKind.ErrorToken;   // (an f-string's `!r` never reaches the tokenizer)
                break;
            case '$': case '?': case '`':
                kind = TokenKind.ErrorToken;
                break;
            case '<':
                if (n1 == '>') { _pos += 2; return Make(TokenKind.NotEqual, start, _pos, "<>"); }   // rejected by the parser
                if (n1 == '<') { if (n2 == '=') { kind = TokenKind.LeftShiftEqual; len = 3; } else { kind = TokenKind.LeftShift; len = 2; } }
                else if (n1 == '=') { kind = TokenKind.LessEqual; len = 2; }
                else kind = TokenKind.Less;
                break;
            case '>':
                if (n1 == '>') { if (n2 == '=') { kind = TokenKind.RightShiftEqual; len = 3; } else { kind = TokenKind.RightShift; len = 2; } }
                else if (n1 == '=') { kind = TokenKind.GreaterEqual; len = 2; }
                else kind = TokenKind.Greater;
                break;
            case '.':
                if (n1 == '.' && n2 == '.') { kind = TokenKind.Ellipsis; len = 3; }
                else kind = TokenKind.Dot;
                break;
            default:
            {
                int cp = c;
                if (char.IsHighSurrogate(c) && n1 != '\0' && char.IsLowSurrogate(n1)) cp = char.ConvertToUtf32(c, n1);
                if (c < 128 && c > ' ' && c != 127)
                    throw new SyntaxErrorException("invalid syntax", _filename, _line, _pos - _lineStart + 1, LineText(_line), _pos - _lineStart + 2);
                throw InvalidCharacter(cp, _pos);
            }
        }
        _pos += len;
        return Make(kind, start, _pos, null);
    }

    // ---------------------------------------------------------------- errors

    private SyntaxErrorException Error(string msg, int line, int offset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError,
        bool incomplete = false, bool soft = false, int? endOffset = null)
    {
        _soft = soft;
        // CPython's tokenizer errors (syntaxerror()) end where they start unless a range is given.
        return new(msg, _filename, line, offset, LineText(line), endOffset ?? offset, kind) { IsIncompleteInput = incomplete };
    }

    /// <summary>The text of a 1-based line, without its newline (error path only).</summary>
    public string LineText(int line) => GetLine(_src, line);

    /// <summary>The UTF-8 byte column of the position at character offset <paramref name="offset"/>,
    /// which is <paramref name="col"/> characters into its line: ast positions count bytes, as CPython's.</summary>
    /// <remarks>The parser asks for every node's start and end, so checking the line's prefix each
    /// time was quadratic in the line's length: `a[0][0]…` 100,000 deep spent 0.97 s of 1 s in
    /// Ascii.IsValid. The thread remembers how far the current line is known to be ASCII (the
    /// source, the line's start, the end of its ASCII prefix); a column inside that prefix is its
    /// character count, and only the part beyond it is scanned, once.</remarks>
    public static int ByteColumn(string src, int offset, int col)
    {
        if (col <= 0) return col;
        int lineStart = offset - col;
        if (!ReferenceEquals(src, t_asciiSource) || lineStart != t_asciiLineStart)
        {
            t_asciiSource = src;
            t_asciiLineStart = t_asciiEnd = lineStart;
        }
        if (offset > t_asciiEnd)
        {
            int other = src.AsSpan(t_asciiEnd, offset - t_asciiEnd).IndexOfAnyExceptInRange('\0', '\u007f');
            if (other >= 0)
            {
                // Not ASCII from there on: the prefix's characters plus the rest's UTF-8 bytes.
                t_asciiEnd += other;
                return t_asciiEnd - lineStart + System.Text.Encoding.UTF8.GetByteCount(src.AsSpan(t_asciiEnd, offset - t_asciiEnd));
            }
            t_asciiEnd = offset;
        }
        return col;
    }

    /// <summary>ByteColumn's memory: the source and line start it describes, and the end of that
    /// line's known ASCII prefix.</summary>
    [ThreadStatic] private static string? t_asciiSource;
    [ThreadStatic] private static int t_asciiLineStart, t_asciiEnd;

    /// <summary>The character column of UTF-8 byte column <paramref name="byteCol"/> in <paramref name="line"/>
    /// (CPython's _PyPegen_byte_offset_to_character_offset); unchanged when the line is unknown.</summary>
    public static int CharColumn(string? line, int byteCol)
    {
        if (line is null || byteCol <= 0 || System.Text.Ascii.IsValid(line.AsSpan(0, Math.Min(byteCol, line.Length)))) return byteCol;
        int bytes = 0, i = 0;
        while (i < line.Length && bytes < byteCol)
        {
            int n = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            bytes += System.Text.Encoding.UTF8.GetByteCount(line.AsSpan(i, n));
            i += n;
        }
        return i + Math.Max(0, byteCol - bytes);
    }

    public static string GetLine(string src, int line)
    {
        int start = 0;
        for (int l = 1; l < line; l++)
        {
            int nl = src.IndexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = src.IndexOf('\n', start);
        return end < 0 ? src[start..] : src[start..end];
    }
}
