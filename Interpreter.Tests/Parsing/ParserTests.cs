using Herthon.Parsing;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Parsing;

/// <summary>Compares our AST with CPython 3.11's ast.dump output (see make_expected.py).</summary>
public class ParserTests
{
    public static TheoryData<string> AstCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in AstCases.All) data.Add(c.Name);
        return data;
    }

    private static AstCase Find(string name) => Array.Find(AstCases.All, c => c.Name == name)!;

    [Theory]
    [MemberData(nameof(AstCaseNames))]
    public void TreeMatchesCPython(string name)
    {
        var c = Find(name);
        var module = Parser.Parse(c.Source, "<case>", c.Mode);
        Assert.Equal(c.Dump, AstDump.Dump(module));
    }

    [Theory]
    [MemberData(nameof(AstCaseNames))]
    public void PositionsMatchCPython(string name)
    {
        var c = Find(name);
        Assert.NotEmpty(c.DumpWithPositions);   // every case checks positions (col_offset counts UTF-8 bytes)
        var module = Parser.Parse(c.Source, "<case>", c.Mode);
        Assert.Equal(c.DumpWithPositions, AstDump.Dump(module, positions: true));
    }
}
