using Herthon.Parsing;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Parsing;

/// <summary>SyntaxError message, kind, line and offset compared with CPython 3.11 (make_expected.py).</summary>
public class SyntaxErrorTests
{
    public static TheoryData<string> ErrorCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in SyntaxErrorCases.All) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCaseNames))]
    public void ErrorMatchesCPython(string name)
    {
        var c = Array.Find(SyntaxErrorCases.All, x => x.Name == name)!;
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.Parse(c.Source, "<case>", c.Mode));
        var actual = (e.Kind.ToString(), e.Msg, e.LineNo, c.Offset < 0 ? -1 : e.Offset);
        Assert.Equal((c.Kind, c.Message, c.Line, c.Offset), actual);
        Assert.Equal("<case>", e.FileName);
    }

    [Theory]
    [InlineData("x = (1 +\n")]
    [InlineData("foo(1,\n  2,\n")]
    [InlineData("s = '''abc\n")]
    [InlineData("if x:\n")]
    [InlineData("if x:")]
    [InlineData("def f():\n")]
    [InlineData("for i in y:\n    if i:\n")]
    [InlineData("x = 1 + \\\n")]
    [InlineData("class A:\n    def f(self):\n")]
    [InlineData("@dec\n")]
    public void IncompleteInputIsFlagged(string src)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.Parse(src, "<stdin>", "single"));
        Assert.True(e.IsIncompleteInput, $"{e.Msg} should be incomplete input");
    }

    [Theory]
    [InlineData("x = (1 +)\n")]
    [InlineData("a b\n")]
    [InlineData("s = 'abc\n")]
    [InlineData("x = )\n")]
    [InlineData("if x\n")]
    public void CompleteButWrongInputIsNotFlagged(string src)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.Parse(src, "<stdin>", "single"));
        Assert.False(e.IsIncompleteInput, $"{e.Msg} should not be incomplete input");
    }

    [Fact]
    public void SourceLineIsReported()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.Parse("a = 1\nb = (1 2 +\n3", "f.py"));
        Assert.Equal("b = (1 2 +", e.SourceLine);
        Assert.Equal(2, e.LineNo);
    }
}
