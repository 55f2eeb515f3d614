using Herthon.Compiling;
using Herthon.Hosting;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Compiling;

/// <summary>co_code in CPython 3.11's format over Herthon's instructions (Opcodes, Bytecode), the
/// listing `herthon --dis` prints, and the specialised forms --dis=adaptive reads from the caches.</summary>
public class BytecodeTests
{
    private static CodeObject Compile(string src) => Host.CompileSource(src, "t.py", "exec");

    private static CodeObject Child(CodeObject code, string name) =>
        code.Constants.OfType<CodeObject>().Single(c => c.Name == name);

    private static (int code, string stdout, string stderr) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Host.RunMain(args, new StringReader(""), o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Every_instruction_has_one_encoding_in_the_right_argument_range()
    {
        var names = new Dictionary<string, int>();
        foreach (var op in Enum.GetValues<Op>())
        {
            var e = Opcodes.Of(op);
            Assert.False(string.IsNullOrEmpty(e.Name), op.ToString());
            Assert.Equal(e.Kind != OpArgKind.None, e.Number >= Opcodes.HaveArgument);
            Assert.Equal(e.Name, Opcodes.Names[e.Number]);
            // One name, one number (BINARY_OP serves BinaryOp and InplaceOp alike).
            if (names.TryGetValue(e.Name, out int had)) Assert.Equal(had, e.Number);
            names[e.Name] = e.Number;
            var decoded = Opcodes.Decode(e.Number);
            Assert.NotNull(decoded);
            if (e.Kind == OpArgKind.Jump) Assert.True(e.BackName is null || !e.Name.Contains("JUMP_BACKWARD") || e.Name == e.BackName);
        }
        Assert.Equal("EXTENDED_ARG", Opcodes.Names[Opcodes.ExtendedArg]);
    }

    private static int W(Op op, int arg = 0) => (int)op | (arg << 8);

    /// <summary>The loop fetches instructions without a bounds check (Interpreter.Fetch): every code
    /// object the compiler builds ends with an instruction that leaves or jumps and jumps only inside
    /// itself; marshal rejects code that does not.</summary>
    [Fact]
    public void Code_stays_inside_itself()
    {
        var module = Compile(
            "def f(a):\n    while a:\n        a -= 1\n        if a == 3: break\n    else:\n        return 1\n" +
            "def g():\n    try:\n        yield from range(3)\n    except* ValueError:\n        pass\n" +
            "class C:\n    def m(self): return [x for x in self if x]\n" +
            "match 1:\n    case [a, *b] if a: pass\n    case {'k': v}: pass\n");
        var all = new List<CodeObject> { module };
        for (int i = 0; i < all.Count; i++) all.AddRange(all[i].Constants.OfType<CodeObject>());
        Assert.True(all.Count >= 5);
        foreach (var c in all) Assert.True(CodeObject.StaysInside(c.Code, c.ExceptionTable), c.QualName);

        Assert.False(CodeObject.StaysInside([], []));
        Assert.False(CodeObject.StaysInside([W(Op.LoadConst)], []));                                  // falls off the end
        Assert.True(CodeObject.StaysInside([W(Op.LoadConst), W(Op.ReturnValue)], []));
        Assert.False(CodeObject.StaysInside([W(Op.PopJumpIfFalse, 3), W(Op.LoadConst), W(Op.ReturnValue)], []));
        Assert.True(CodeObject.StaysInside([W(Op.PopJumpIfFalse, 2), W(Op.LoadConst), W(Op.ReturnValue)], []));
        Assert.False(CodeObject.StaysInside([W(Op.ForIter, 9), W(Op.JumpBackward, 0)], []));
        Assert.False(CodeObject.StaysInside([W(Op.LoadConst), W(Op.ReturnValue)], [new ExceptionEntry(0, 1, 2, 0, false)]));
        Assert.False(CodeObject.StaysInside([0xFE, W(Op.ReturnValue)], []));                          // no such opcode
    }

    [Fact]
    public void Listing_of_a_known_function_is_cpython_dis_format()
    {
        var f = Child(Compile("def f(a):\n    if a:\n        return a + 1\n    return -a\n"), "f");
        var text = Disassembler.Disassemble(f);
        var body = text[(text.IndexOf('\n') + 1)..];
        Assert.Equal(
            "  2           0 LOAD_FAST                0 (a)\n" +
            "              2 POP_JUMP_FORWARD_IF_FALSE     4 (to 12)\n" +
            "\n" +
            "  3           4 LOAD_FAST                0 (a)\n" +
            "              6 LOAD_CONST               1 (1)\n" +
            "              8 BINARY_OP                0 (+)\n" +
            "             10 RETURN_VALUE\n" +
            "\n" +
            "  4     >>   12 LOAD_FAST                0 (a)\n" +
            "             14 UNARY_NEGATIVE\n" +
            "             16 RETURN_VALUE\n", body);
    }

    [Fact]
    public void Large_arguments_get_extended_arg_prefixes_and_offsets_follow_them()
    {
        var src = "def f(x):\n    t = [" + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"x + {i}")) + "]\n    return x\n";
        var f = Child(Compile(src), "f");
        var b = f.CPython;
        int last = Array.FindLastIndex(f.Code, w => (Op)(w & 0xFF) == Op.LoadConst && (w >> 8) >= 255);
        Assert.Equal(2, b.Units(last));   // a constant index above 255 needs one prefix
        int op = f.LastiOf(last);
        Assert.Equal(Opcodes.ExtendedArg, b.Code[op - 2]);
        Assert.Equal(Opcodes.Of(Op.LoadConst).Number, b.Code[op]);
        Assert.Equal((f.Code[last] >> 8) + 1, b.Code[op - 1] << 8 | b.Code[op + 1]);   // +1: co_consts[0] is the docstring slot
        Assert.Equal(last, f.InstructionAtOffset(op));
        Assert.Equal(last, f.InstructionAtOffset(op - 2));
        Assert.Equal(2 * b.Start[^1], b.Code.Length);
    }

    [Fact]
    public void Jump_arguments_decode_to_the_start_of_their_target()
    {
        var f = Child(Compile("def f(n):\n    t = 0\n    while n:\n        for i in range(n):\n            if i > 3 and i < 9:\n                continue\n            t += i\n        n -= 1\n    return t\n"), "f");
        var b = f.CPython;
        for (int ip = 0; ip < f.Code.Length; ip++)
        {
            var e = Opcodes.Of((Op)(f.Code[ip] & 0xFF));
            if (e.Kind != OpArgKind.Jump) continue;
            int at = f.LastiOf(ip);
            string name = Opcodes.Names[b.Code[at]]!;
            int target = name.Contains("JUMP_BACKWARD") ? at + 2 - 2 * b.Args[ip] : at + 2 + 2 * b.Args[ip];
            Assert.Equal(2 * b.Start[f.Code[ip] >> 8], target);
        }
    }

    [Fact]
    public void Exception_table_is_cpythons_varint_format()
    {
        var f = Child(Compile("def f():\n    try:\n        g()\n    except E:\n        pass\n"), "f");
        var bytes = f.CPython.ExceptionTable;
        var entry = f.ExceptionTable[0];
        Assert.Equal(0x80 | f.CPython.Start[entry.Start], bytes[0]);   // first byte of an entry: bit 7
        Assert.Equal(f.CPython.Start[entry.End] - f.CPython.Start[entry.Start], bytes[1]);
        Assert.Equal(f.CPython.Start[entry.Handler], bytes[2]);
        Assert.Equal(entry.Depth << 1, bytes[3]);
    }

    [Fact]
    public void Dis_adaptive_shows_what_the_caches_learned()
    {
        var dir = Directory.CreateTempSubdirectory("herthon-dis-");
        var path = Path.Combine(dir.FullName, "prog.py");
        File.WriteAllText(path,
            "class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n" +
            "K = 3\n" +
            "def run():\n    t = 0\n    for i in range(50):\n        p = P(i)\n        t += p.x + p.get() + K\n    return t\n" +
            "print(run())\n");
        var (code, stdout, _) = Run("--dis=adaptive", path);
        Assert.Equal(0, code);
        Assert.StartsWith("2600\n", stdout);
        var run = stdout[stdout.IndexOf("<code object run")..];
        Assert.Contains("LOAD_GLOBAL_BUILTIN      0 (range)", run);
        Assert.Contains("LOAD_GLOBAL_MODULE", run);
        Assert.Contains("LOAD_ATTR_INSTANCE_VALUE", run);
        Assert.Contains("LOAD_METHOD_WITH_VALUES", run);
        // Without running, nothing is specialised.
        var plain = Run("--dis", path).stdout;
        Assert.DoesNotContain("LOAD_GLOBAL_BUILTIN", plain);
        Assert.Contains("LOAD_GLOBAL              0 (range)", plain);
    }
}
