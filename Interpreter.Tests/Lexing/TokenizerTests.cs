using System.Numerics;
using Herthon.Lexing;
using Herthon.Parsing;
using Assert = Xunit.Assert;
using K = Herthon.Lexing.TokenKind;

namespace Herthon.Tests.Lexing;

public class TokenizerTests
{
    private static List<Token> Lex(string src)
    {
        var t = new Tokenizer(src, "t.py");
        var list = new List<Token>();
        while (true)
        {
            var tok = t.Next();
            list.Add(tok);
            if (tok.Kind == K.EndMarker) return list;
        }
    }

    private static K[] Kinds(string src) => Lex(src).Select(t => t.Kind).ToArray();

    private static object? Value(string src) => Lex(src)[0].Value;

    private static object? StringValue(string src) => ((StringToken)Lex(src)[0].Value!).Decoded;

    private static SyntaxErrorException Error(string src) =>
        Assert.Throws<SyntaxErrorException>(() => Lex(src));

    // ------------------------------------------------------------ layout

    [Fact]
    public void SimpleLineEndsWithNewline()
    {
        Assert.Equal([K.Name, K.Equal, K.Number, K.Newline, K.EndMarker], Kinds("x = 1\n"));
    }

    [Fact]
    public void MissingFinalNewlineIsAdded()
    {
        Assert.Equal([K.Name, K.Newline, K.EndMarker], Kinds("x"));
    }

    [Fact]
    public void IndentAndDedent()
    {
        var kinds = Kinds("if x:\n    y\n    z\nw\n");
        Assert.Equal([K.If, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline, K.Name, K.Newline,
            K.Dedent, K.Name, K.Newline, K.EndMarker], kinds);
    }

    [Fact]
    public void SeveralDedentsAtOnceAndAtEof()
    {
        var kinds = Kinds("a:\n b:\n  c\nd\ne:\n f\n");
        Assert.Equal([K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline,
            K.Dedent, K.Dedent, K.Name, K.Newline, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline,
            K.Dedent, K.EndMarker], kinds);
    }

    [Fact]
    public void BlankLinesAndCommentsProduceNoTokens()
    {
        var kinds = Kinds("x = 1  # c\n\n   \n# only comment\n      # indented comment\ny\n");
        Assert.Equal([K.Name, K.Equal, K.Number, K.Newline, K.Name, K.Newline, K.EndMarker], kinds);
    }

    [Fact]
    public void TabsCountToMultiplesOfEight()
    {
        // a tab then 8 spaces: same column (8) with consistent tab/space counts is fine when matched exactly
        var kinds = Kinds("if x:\n\ty\n\tz\n");
        Assert.Equal([K.If, K.Name, K.Colon, K.Newline, K.Indent, K.Name, K.Newline, K.Name, K.Newline, K.Dedent, K.EndMarker], kinds);
    }

    [Fact]
    public void InconsistentTabsAndSpacesIsTabError()
    {
        var e = Error("if 1:\n\tif 2:\n        pass\n");
        Assert.Equal(SyntaxErrorKind.TabError, e.Kind);
        Assert.Equal("inconsistent use of tabs and spaces in indentation", e.Msg);
        Assert.Equal(3, e.LineNo);
    }

    [Fact]
    public void DedentToUnknownLevelIsIndentationError()
    {
        var e = Error("if x:\n    a\n  b\n");
        Assert.Equal(SyntaxErrorKind.IndentationError, e.Kind);
        Assert.Equal("unindent does not match any outer indentation level", e.Msg);
        Assert.Equal(3, e.LineNo);
    }

    [Fact]
    public void BracketsJoinLines()
    {
        var kinds = Kinds("x = (1,\n  2,\n\n     3)\n");
        Assert.Equal([K.Name, K.Equal, K.LParen, K.Number, K.Comma, K.Number, K.Comma, K.Number, K.RParen, K.Newline, K.EndMarker], kinds);
    }

    [Fact]
    public void BackslashJoinsLines()
    {
        var toks = Lex("x = 1 + \\\n    2\n");
        Assert.Equal([K.Name, K.Equal, K.Number, K.Plus, K.Number, K.Newline, K.EndMarker], toks.Select(t => t.Kind));
        Assert.Equal((2, 4), (toks[4].Line, toks[4].Col));
    }

    [Fact]
    public void TrailingBackslashAtEofIsIncomplete()
    {
        var e = Error("x = 1 + \\");
        Assert.Equal("unexpected EOF while parsing", e.Msg);
        Assert.True(e.IsIncompleteInput);
    }

    [Fact]
    public void PositionsAreLineAndColumn()
    {
        var toks = Lex("a = 1\n  \nif b:\n    c\n");
        var c = toks.First(t => t.Value is "c");
        Assert.Equal((4, 4, 4, 5), (c.Line, c.Col, c.EndLine, c.EndCol));
        var ifTok = toks.First(t => t.Kind == K.If);
        Assert.Equal((3, 0), (ifTok.Line, ifTok.Col));
    }

    [Fact]
    public void UnclosedBracketReportsTheOpeningBracket()
    {
        var e = Error("x = [1,\n 2\n");
        Assert.Equal("'[' was never closed", e.Msg);
        Assert.Equal((1, 5), (e.LineNo, e.Offset));
        Assert.True(e.IsIncompleteInput);
    }

    [Fact]
    public void MismatchedBrackets()
    {
        Assert.Equal("closing parenthesis ']' does not match opening parenthesis '('", Error("(1]").Msg);
        Assert.Equal("closing parenthesis '}' does not match opening parenthesis '[' on line 1", Error("[1,\n}").Msg);
        Assert.Equal("unmatched ')'", Error("1)").Msg);
    }

    // ------------------------------------------------------------ operators

    [Fact]
    public void AllOperators()
    {
        var src = "+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != := -> ... . , : ; = " +
                  "+= -= *= /= //= %= **= @= <<= >>= &= |= ^= ( ) [ ] { }";
        K[] expected =
        [
            K.Plus, K.Minus, K.Star, K.Slash, K.DoubleSlash, K.Percent, K.DoubleStar, K.At, K.LeftShift, K.RightShift,
            K.Amper, K.VBar, K.Circumflex, K.Tilde, K.Less, K.Greater, K.LessEqual, K.GreaterEqual, K.EqEqual, K.NotEqual,
            K.ColonEqual, K.RArrow, K.Ellipsis, K.Dot, K.Comma, K.Colon, K.Semi, K.Equal,
            K.PlusEqual, K.MinEqual, K.StarEqual, K.SlashEqual, K.DoubleSlashEqual, K.PercentEqual, K.DoubleStarEqual,
            K.AtEqual, K.LeftShiftEqual, K.RightShiftEqual, K.AmperEqual, K.VBarEqual, K.CircumflexEqual,
            K.LParen, K.RParen, K.LSquare, K.RSquare, K.LBrace, K.RBrace, K.Newline, K.EndMarker,
        ];
        Assert.Equal(expected, Kinds(src));
    }

    [Fact]
    public void KeywordsAndSoftKeywords()
    {
        Assert.Equal([K.If, K.Not, K.In, K.Is, K.Lambda, K.Yield, K.Await, K.Async, K.None, K.True, K.False, K.Name, K.Name, K.Name, K.Newline, K.EndMarker],
            Kinds("if not in is lambda yield await async None True False match case _"));
    }

    [Fact]
    public void UnicodeIdentifiers()
    {
        var toks = Lex("café = π\n");
        Assert.Equal("café", toks[0].Value);
        Assert.Equal("π", toks[2].Value);
    }

    [Fact]
    public void InvalidCharacters()
    {
        Assert.Equal("invalid character '€' (U+20AC)", Error("a = €").Msg);
        Assert.Equal("invalid non-printable character U+00A0", Error("a = 1\u00a0+ 2").Msg);
    }

    // ------------------------------------------------------------ numbers

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("1_000_000", 1000000L)]
    [InlineData("0xff", 255L)]
    [InlineData("0XFF", 255L)]
    [InlineData("0x_f_f", 255L)]
    [InlineData("0o17", 15L)]
    [InlineData("0b1010", 10L)]
    [InlineData("00", 0L)]
    [InlineData("0_0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integers(string src, long expected)
    {
        Assert.Equal(expected, Value(src));
    }

    [Fact]
    public void BigIntegers()
    {
        Assert.Equal(BigInteger.Parse("9223372036854775808"), Value("9223372036854775808"));
        Assert.Equal(BigInteger.Parse("1208925819614629174706175"), Value("0xffffffffffffffffffff"));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("1E3", 1000.0)]
    [InlineData("1_000.000_1", 1000.0001)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Floats(string src, double expected)
    {
        Assert.Equal(expected, Value(src));
    }

    [Fact]
    public void Imaginary()
    {
        Assert.Equal(3.0, Assert.IsType<ImaginaryLiteral>(Value("3j")).Imag);
        Assert.Equal(1.5, Assert.IsType<ImaginaryLiteral>(Value("1.5J")).Imag);
        Assert.Equal(1000.0, Assert.IsType<ImaginaryLiteral>(Value("1e3j")).Imag);
    }

    [Theory]
    [InlineData("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("1abc", "invalid decimal literal")]
    [InlineData("1__0", "invalid decimal literal")]
    [InlineData("1_", "invalid decimal literal")]
    [InlineData("1e", "invalid decimal literal")]
    [InlineData("0x", "invalid hexadecimal literal")]
    [InlineData("0o8", "invalid digit '8' in octal literal")]
    [InlineData("0b2", "invalid digit '2' in binary literal")]
    [InlineData("0x1g", "invalid hexadecimal literal")]
    public void BadNumbers(string src, string message)
    {
        Assert.Equal(message, Error(src).Msg);
    }

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.Equal([K.Number, K.If, K.Number, K.Else, K.Number, K.Newline, K.EndMarker], Kinds("1if 1else 2"));
    }

    // ------------------------------------------------------------ strings

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("\"\"\"it's\"\"\"", "it's")]
    [InlineData(@"'\n\t\r\\\'\""'", "\n\t\r\\'\"")]
    [InlineData(@"'\a\b\f\v\0'", "\a\b\f\v\0")]
    [InlineData(@"'\101\7'", "A\a")]
    [InlineData(@"'\x41\u00e9\U0001F600'", "Aé😀")]
    [InlineData(@"'\N{BULLET}'", "•")]
    [InlineData(@"'\d'", @"\d")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData(@"r'\n\d'", @"\n\d")]
    [InlineData(@"R'\''", @"\'")]
    [InlineData(@"u'x'", "x")]
    public void StringLiterals(string src, string expected)
    {
        Assert.Equal(expected, StringValue(src));
    }

    [Theory]
    [InlineData("b'abc'", new byte[] { 97, 98, 99 })]
    [InlineData(@"b'\x00\xff'", new byte[] { 0, 255 })]
    [InlineData(@"br'\n'", new byte[] { 92, 110 })]
    [InlineData(@"Rb'\x'", new byte[] { 92, 120 })]
    [InlineData(@"b'\n\0'", new byte[] { 10, 0 })]
    public void BytesLiterals(string src, byte[] expected)
    {
        Assert.Equal(expected, StringValue(src));
    }

    [Fact]
    public void FStringTokenKeepsRawBody()
    {
        var tok = Lex("f'a{x}\\n'")[0];
        var st = (StringToken)tok.Value!;
        Assert.True(st.IsFString);
        Assert.Null(st.Decoded);
        Assert.Equal("a{x}\\n", "f'a{x}\\n'"[(st.BodyStart)..(st.BodyEnd)]);
    }

    [Fact]
    public void PrefixLettersBeforeQuoteAreNotNames()
    {
        Assert.Equal([K.String, K.String, K.String, K.String, K.Newline, K.EndMarker], Kinds("rb'' BR'' Rf'' fR''"));
        // `bu` is not a prefix: a name followed by a string
        Assert.Equal([K.Name, K.String, K.Newline, K.EndMarker], Kinds("bu''"));
    }

    [Fact]
    public void MultiLineStringPositions()
    {
        var toks = Lex("x = '''a\nbc'''\ny\n");
        var s = toks[2];
        Assert.Equal((1, 4, 2, 5), (s.Line, s.Col, s.EndLine, s.EndCol));
        Assert.Equal((3, 0), (toks[4].Line, toks[4].Col));
    }

    [Fact]
    public void UnterminatedStrings()
    {
        var e = Error("x = 'abc\n");
        Assert.Equal("unterminated string literal (detected at line 1)", e.Msg);
        Assert.Equal((1, 5), (e.LineNo, e.Offset));
        Assert.False(e.IsIncompleteInput);

        e = Error("x = '''abc\ndef\n");
        Assert.Equal("unterminated triple-quoted string literal (detected at line 2)", e.Msg);
        Assert.Equal((1, 5), (e.LineNo, e.Offset));
        Assert.True(e.IsIncompleteInput);
    }

    [Fact]
    public void BadEscapes()
    {
        Assert.StartsWith("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", Error(@"'\x4'").Msg);
        Assert.Equal("(value error) invalid \\x escape at position 0", Error(@"b'\x4'").Msg);
        Assert.Equal("bytes can only contain ASCII literal characters", Error("b'é'").Msg);
        Assert.EndsWith("unknown Unicode character name", Error(@"'\N{NOT A REAL NAME}'").Msg);
    }
}
