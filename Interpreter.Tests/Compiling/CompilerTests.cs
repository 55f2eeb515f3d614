using Herthon.Compiling;
using Herthon.Hosting;
using Herthon.Parsing;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Compiling;

/// <summary>The compiler's code objects: names, scopes, line table, exception table, disassembly.</summary>
public class CompilerTests
{
    private static CodeObject Compile(string src) => Host.CompileSource(src, "t.py", "exec");

    private static CodeObject Child(CodeObject code, string name) =>
        code.Constants.OfType<CodeObject>().Single(c => c.Name == name);

    private static List<Op> Ops(CodeObject code) => code.Code.Select(w => (Op)(w & 0xFF)).ToList();

    [Fact]
    public void Function_code_object_records_names_lines_and_arguments()
    {
        var f = Child(Compile("x = 1\n\ndef f(a, b=2, *args, k, **kw):\n    c = a + b\n    return c\n"), "f");
        Assert.Equal("f", f.Name);
        Assert.Equal("f", f.QualName);
        Assert.Equal("t.py", f.FileName);
        Assert.Equal(3, f.FirstLineNo);
        Assert.Equal(2, f.ArgCount);
        Assert.Equal(1, f.KwOnlyArgCount);
        // CPython's co_varnames order: positional, keyword-only, *args, **kwargs, then other locals.
        Assert.Equal(new[] { "a", "b", "k", "args", "kw", "c" }, f.VarNames);
        Assert.True(f.Flags.HasFlag(CodeFlags.VarArgs));
        Assert.True(f.Flags.HasFlag(CodeFlags.VarKeywords));
    }

    [Fact]
    public void Line_table_maps_every_instruction_to_its_source_line()
    {
        var f = Child(Compile("def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"), "f");
        Assert.Equal(f.Code.Length, f.LineTable.Length);
        Assert.All(f.LineTable, line => Assert.InRange(line, 2, 5));
        var lines = f.LineTable.Distinct().ToList();
        Assert.Equal(new[] { 2, 3, 4, 5 }, lines);
        // The loop's back edge jumps to FOR_ITER, which is on the `for` line (so a line tracer re-fires it).
        int back = Ops(f).IndexOf(Op.JumpBackward);
        int target = f.Code[back] >> 8;
        Assert.Equal(Op.ForIter, Ops(f)[target]);
        Assert.Equal(3, f.LineForInstruction(target));
    }

    [Fact]
    public void Multi_line_expressions_keep_the_line_of_each_part()
    {
        var m = Compile("x = (1 +\n     y)\n");
        int loadY = Ops(m).IndexOf(Op.LoadName, 1);
        Assert.Equal(2, m.LineForInstruction(Ops(m).FindIndex(op => op == Op.LoadName)));
        Assert.Equal(1, m.LineForInstruction(Ops(m).IndexOf(Op.BinaryOp)));
        Assert.True(loadY >= 0);
    }

    [Fact]
    public void Closures_make_cells_and_free_variables()
    {
        var outer = Child(Compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"), "outer");
        var inner = Child(outer, "inner");
        Assert.Equal(new[] { "x" }, outer.CellVars);
        Assert.Equal(new[] { "x" }, inner.FreeVars);
        Assert.Equal("outer.<locals>.inner", inner.QualName);
        Assert.Contains(Op.LoadDeref, Ops(inner));
    }

    [Fact]
    public void Globals_and_locals_use_different_opcodes()
    {
        var f = Child(Compile("g = 1\ndef f():\n    global h\n    h = g\n    loc = 2\n    return loc\n"), "f");
        var ops = Ops(f);
        Assert.Contains(Op.LoadGlobal, ops);
        Assert.Contains(Op.StoreGlobal, ops);
        Assert.Contains(Op.StoreFast, ops);
        Assert.DoesNotContain(Op.StoreName, ops);
    }

    [Fact]
    public void Try_except_compiles_to_an_exception_table_not_setup_instructions()
    {
        var m = Compile("try:\n    x = 1\nexcept ValueError:\n    x = 2\n");
        Assert.NotEmpty(m.ExceptionTable);
        var e = m.ExceptionTable[0];
        Assert.True(e.Start < e.End);
        Assert.Equal(Op.PushExcInfo, Ops(m)[e.Handler]);
    }

    [Fact]
    public void Generators_are_flagged()
    {
        var g = Child(Compile("def g():\n    yield 1\n"), "g");
        Assert.True(g.IsGenerator);
        Assert.False(Child(Compile("def f():\n    return 1\n"), "f").IsGenerator);
    }

    [Fact]
    public void Stack_size_covers_the_deepest_expression()
    {
        var m = Compile("x = [1, 2, [3, 4, (5, 6, {7: 8})]]\n");
        Assert.True(m.StackSize >= 5, $"stack size {m.StackSize}");
    }

    [Theory]
    [InlineData("return 1\n", "'return' outside function")]
    [InlineData("break\n", "'break' outside loop")]
    [InlineData("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found")]
    [InlineData("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition")]
    public void Misplaced_statements_are_syntax_errors(string src, string message)
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Compile(src));
        Assert.Equal(message, e.Msg);
    }

    [Fact]
    public void Disassembly_names_operands_and_nested_code()
    {
        var text = Disassembler.Disassemble(Compile("def f(a):\n    return a + 1\nprint(f(2))\n"));
        Assert.Contains("Disassembly of <code object <module>", text);
        Assert.Contains("Disassembly of <code object f", text);
        Assert.Contains("LOAD_FAST                0 (a)", text);
        Assert.Contains("BINARY_OP                0 (+)", text);
        Assert.Contains("LOAD_NAME", text);
    }

    [Fact]
    public void Instructions_carry_column_spans_for_tracebacks()
    {
        var m = Compile("y = x  /  0\n");
        int div = Ops(m).IndexOf(Op.BinaryOp);
        var (line, col, endLine, endCol) = m.PositionOf(div);
        Assert.Equal((1, 4, 1, 11), (line, col, endLine, endCol));
        Assert.Equal("    ~~~^~~~", Host.Carets("y = x  /  0", m.PositionOf(div)));
    }
}
