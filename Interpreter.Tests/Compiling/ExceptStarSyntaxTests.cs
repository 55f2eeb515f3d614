using Herthon.Hosting;
using Herthon.Parsing;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Compiling;

/// <summary>
/// The compile-time errors of `except*`, with message, line, offset and end offset as CPython
/// 3.11.2's compile() reports them for the same sources.
/// </summary>
public class ExceptStarSyntaxTests
{
    private const string Jump = "'break', 'continue' and 'return' cannot appear in an except* block";

    [Theory]
    [InlineData("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
        "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 8)]
    [InlineData("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
        "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 7)]
    [InlineData("try:\n    pass\nexcept*:\n    pass\n", "expected one or more exception types", 3, 8, 9)]
    [InlineData("try:\n    pass\nprint(1)\n", "expected 'except' or 'finally' block", 3, 1, 6)]
    [InlineData("def f():\n    try:\n        pass\n    except* ValueError:\n        return 42\n", Jump, 5, 16, 18)]
    [InlineData("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n", Jump, 5, 9, 15)]
    [InlineData("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n", Jump, 5, 9, 17)]
    [InlineData("while x:\n    try:\n        pass\n    except* ValueError:\n        if x:\n            break\n", Jump, 6, 13, 18)]
    public void ErrorMatchesCPython(string source, string message, int line, int offset, int endOffset)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Host.CompileSource(source, "<case>", "exec"));
        Assert.Equal((message, line, offset, endOffset), (e.Msg, e.LineNo, e.Offset, e.EndOffset));
    }

    [Theory]
    [InlineData("try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n")]
    [InlineData("try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n")]
    [InlineData("def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n")]
    [InlineData("for x in y:\n    try:\n        continue\n    except* ValueError:\n        pass\n    finally:\n        pass\n")]
    public void JumpsThatStayInsideOrLeaveTheTryBodyCompile(string source)
    {
        Assert.NotNull(Host.CompileSource(source, "<case>", "exec"));
    }
}
