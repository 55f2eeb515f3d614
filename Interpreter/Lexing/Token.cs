namespace Herthon.Lexing;

/// <summary>Token kinds. Keywords get their own kinds so the parser can switch on them; soft
/// keywords (match, case, _) stay <see cref="Name"/>.</summary>
public enum TokenKind : byte
{
    EndMarker, Newline, Indent, Dedent, Name, Number, String,

    // brackets
    LParen, RParen, LSquare, RSquare, LBrace, RBrace,

    // punctuation / operators
    Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Dot,
    Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift,
    RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
    DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,

    /// <summary>A character no rule accepts (`!` alone, `$`, `?`, backtick): the parser reports
    /// "invalid syntax" at it, as CPython does with its unknown OP tokens.</summary>
    ErrorToken,

    // keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif,
    Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
    Pass, Raise, Return, Try, While, With, Yield,
}

/// <summary>
/// One token. Positions follow the ast convention: Line 1-based, Col 0-based, End exclusive.
/// Start/End are character offsets into the source (used to slice text for names, messages
/// and f-string bodies).
/// </summary>
public readonly struct Token(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol, object? value)
{
    public readonly TokenKind Kind = kind;
    public readonly int Start = start;
    public readonly int End = end;
    public readonly int Line = line;
    public readonly int Col = col;
    public readonly int EndLine = endLine;
    public readonly int EndCol = endCol;
    /// <summary>Name: the identifier string. Number: long/BigInteger/double/ImaginaryLiteral.
    /// String: a <see cref="StringToken"/>.</summary>
    public readonly object? Value = value;

    public override string ToString() => $"{Kind}@{Line}:{Col}{(Value is null ? "" : " " + Value)}";
}

/// <summary>Payload of a String token. Plain literals are decoded by the tokenizer; for f-strings
/// the parser reads the raw body [BodyStart, BodyEnd) from the source itself, so the
/// expressions inside keep their real positions.</summary>
public sealed class StringToken(bool isBytes, bool isRaw, bool isFString, bool isTriple, int bodyStart, int bodyEnd, object? decoded)
{
    public readonly bool IsBytes = isBytes;
    public readonly bool IsRaw = isRaw;
    public readonly bool IsFString = isFString;
    public readonly bool IsTriple = isTriple;
    public readonly int BodyStart = bodyStart;
    public readonly int BodyEnd = bodyEnd;
    /// <summary>string or byte[] for non-f-strings; null for f-strings.</summary>
    public readonly object? Decoded = decoded;

    public override string ToString() => IsFString ? "f-string" : Decoded is string s ? s : "bytes";
}
