using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>What an instruction's argument means to `dis` (which table it indexes, or a jump).</summary>
public enum OpArgKind : byte
{
    /// <summary>No argument: the opcode number is below HAVE_ARGUMENT (or 0 is written after it).</summary>
    None,
    Int, Const, Name,
    /// <summary>LOAD_GLOBAL: the name index shifted left once (bit 0 would be CPython's "push NULL").</summary>
    Global,
    Local,
    /// <summary>A cell or free variable, numbered after the locals (CPython's "localsplus" index).</summary>
    Free,
    Compare, BinaryOp, InplaceOp,
    /// <summary>A relative jump in code units: forward unless the name says JUMP_BACKWARD.</summary>
    Jump,
}

/// <summary>How one Herthon instruction appears in co_code: CPython 3.11's name and number where the
/// instruction means the same, Herthon's own otherwise. A jump has a second encoding for a backward target.</summary>
public readonly record struct OpEncoding(string Name, int Number, OpArgKind Kind, string? BackName = null, int BackNumber = -1);

/// <summary>
/// Herthon's instruction set in CPython's terms: the one table behind co_code, co_exceptiontable, the
/// `opcode`/`_opcode` modules, `dis` and `herthon --dis`. Stack effects are CodeBuilder.StackEffect's
/// (the compiler's own), looked up through <see cref="Decode"/>.
/// </summary>
public static class Opcodes
{
    public const int HaveArgument = 90, ExtendedArg = 144, Cache = 0;

    private static readonly OpEncoding[] ByOp;
    /// <summary>opcode number → (Op, backward encoding); Op -1 where the number is unused.</summary>
    private static readonly (int Op, bool Back)[] ByNumber = new (int, bool)[256];
    public static readonly string?[] Names = new string?[256];

    static Opcodes()
    {
        var ops = Enum.GetValues<Op>();
        int max = 0;
        foreach (var op in ops) max = Math.Max(max, (int)op);
        ByOp = new OpEncoding[max + 1];
        Array.Fill(ByNumber, (-1, false));
        Names[Cache] = "CACHE";
        Names[ExtendedArg] = "EXTENDED_ARG";
        var derived = new List<Op>();
        foreach (var op in ops)
        {
            if (Known(op) is not { } e) { derived.Add(op); continue; }
            Claim(op, e);
        }
        // Opcodes added without an entry in Known get a name from the enum and the first free number
        // in the range their argument needs, so co_code stays decodable.
        int next = HaveArgument;
        foreach (var op in derived)
        {
            while (Names[next] is not null) next++;
            Claim(op, new OpEncoding(SnakeCase(op.ToString()), next, OpArgKind.Int));
        }
    }

    private static void Claim(Op op, OpEncoding e)
    {
        if (e.Kind != OpArgKind.None && e.Number < HaveArgument)
            throw new InvalidOperationException($"{op}: an opcode with an argument needs a number >= {HaveArgument}");
        ByOp[(int)op] = e;
        Take(e.Name, e.Number, op, back: false);
        if (e.BackName is not null) Take(e.BackName, e.BackNumber, op, back: true);
    }

    private static void Take(string name, int number, Op op, bool back)
    {
        if (Names[number] is { } had && had != name) throw new InvalidOperationException($"opcode {number} is both {had} and {name}");
        Names[number] = name;
        if (ByNumber[number].Op < 0) ByNumber[number] = ((int)op, back);
    }

    public static OpEncoding Of(Op op) => ByOp[(int)op];

    public static bool HasArg(Op op) => ByOp[(int)op].Kind != OpArgKind.None;

    /// <summary>The instruction an opcode number stands for (null if none), as stack_effect needs it.</summary>
    public static Op? Decode(int number) => (uint)number < 256 && ByNumber[number].Op >= 0 ? (Op)ByNumber[number].Op : null;

    private static string SnakeCase(string s)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(s[i]));
        }
        return sb.ToString();
    }

    private static OpEncoding? Known(Op op) => op switch
    {
        Op.Nop => new("NOP", 9, OpArgKind.None),
        Op.PopTop => new("POP_TOP", 1, OpArgKind.None),
        Op.PopIter => new("POP_TOP", 1, OpArgKind.None),   // POP_TOP of a for loop's iterator (break, return)
        // CPython 3.10's stack shuffles (3.11 has COPY/SWAP), at their 3.10 numbers where 3.11 left them free.
        Op.RotTwo => new("ROT_TWO", 7, OpArgKind.None),
        Op.RotThree => new("ROT_THREE", 3, OpArgKind.None),
        Op.RotFour => new("ROT_FOUR", 6, OpArgKind.None),
        Op.DupTop => new("DUP_TOP", 4, OpArgKind.None),
        Op.DupTopTwo => new("DUP_TOP_TWO", 5, OpArgKind.None),
        Op.LoadConst => new("LOAD_CONST", 100, OpArgKind.Const),
        Op.LoadFast => new("LOAD_FAST", 124, OpArgKind.Local),
        Op.StoreFast => new("STORE_FAST", 125, OpArgKind.Local),
        Op.DeleteFast => new("DELETE_FAST", 126, OpArgKind.Local),
        Op.LoadFastChecked => new("LOAD_FAST_CHECK", 127, OpArgKind.Local),   // CPython 3.12's
        Op.LoadDeref => new("LOAD_DEREF", 137, OpArgKind.Free),
        Op.StoreDeref => new("STORE_DEREF", 138, OpArgKind.Free),
        Op.DeleteDeref => new("DELETE_DEREF", 139, OpArgKind.Free),
        Op.LoadClosure => new("LOAD_CLOSURE", 136, OpArgKind.Free),
        Op.LoadClassDeref => new("LOAD_CLASSDEREF", 148, OpArgKind.Free),
        Op.LoadGlobal => new("LOAD_GLOBAL", 116, OpArgKind.Global),
        Op.StoreGlobal => new("STORE_GLOBAL", 97, OpArgKind.Name),
        Op.DeleteGlobal => new("DELETE_GLOBAL", 98, OpArgKind.Name),
        Op.LoadName => new("LOAD_NAME", 101, OpArgKind.Name),
        Op.StoreName => new("STORE_NAME", 90, OpArgKind.Name),
        Op.DeleteName => new("DELETE_NAME", 91, OpArgKind.Name),
        Op.LoadAttr => new("LOAD_ATTR", 106, OpArgKind.Name),
        Op.StoreAttr => new("STORE_ATTR", 95, OpArgKind.Name),
        Op.DeleteAttr => new("DELETE_ATTR", 96, OpArgKind.Name),
        Op.LoadMethod => new("LOAD_METHOD", 160, OpArgKind.Name),
        Op.BinaryOp => new("BINARY_OP", 122, OpArgKind.BinaryOp),
        Op.InplaceOp => new("BINARY_OP", 122, OpArgKind.InplaceOp),
        Op.CompareOp => new("COMPARE_OP", 107, OpArgKind.Compare),
        Op.IsOp => new("IS_OP", 117, OpArgKind.Int),
        Op.ContainsOp => new("CONTAINS_OP", 118, OpArgKind.Int),
        Op.UnaryNegative => new("UNARY_NEGATIVE", 11, OpArgKind.None),
        Op.UnaryPositive => new("UNARY_POSITIVE", 10, OpArgKind.None),
        Op.UnaryNot => new("UNARY_NOT", 12, OpArgKind.None),
        Op.UnaryInvert => new("UNARY_INVERT", 15, OpArgKind.None),
        Op.BinarySubscr => new("BINARY_SUBSCR", 25, OpArgKind.None),
        Op.StoreSubscr => new("STORE_SUBSCR", 60, OpArgKind.None),
        Op.DeleteSubscr => new("DELETE_SUBSCR", 61, OpArgKind.None),
        Op.BuildSlice => new("BUILD_SLICE", 133, OpArgKind.Int),
        Op.BuildTuple => new("BUILD_TUPLE", 102, OpArgKind.Int),
        Op.BuildList => new("BUILD_LIST", 103, OpArgKind.Int),
        Op.BuildSet => new("BUILD_SET", 104, OpArgKind.Int),
        Op.BuildMap => new("BUILD_MAP", 105, OpArgKind.Int),
        Op.BuildString => new("BUILD_STRING", 157, OpArgKind.Int),
        Op.ListAppend => new("LIST_APPEND", 145, OpArgKind.Int),
        Op.SetAdd => new("SET_ADD", 146, OpArgKind.Int),
        Op.MapAdd => new("MAP_ADD", 147, OpArgKind.Int),
        Op.ListExtend => new("LIST_EXTEND", 162, OpArgKind.Int),
        Op.SetUpdate => new("SET_UPDATE", 163, OpArgKind.Int),
        Op.DictUpdate => new("DICT_UPDATE", 165, OpArgKind.Int),
        Op.DictMerge => new("DICT_MERGE", 164, OpArgKind.Int),
        Op.ListToTuple => new("LIST_TO_TUPLE", 82, OpArgKind.None),
        Op.FormatValue => new("FORMAT_VALUE", 155, OpArgKind.Int),
        Op.UnpackSequence => new("UNPACK_SEQUENCE", 92, OpArgKind.Int),
        Op.UnpackEx => new("UNPACK_EX", 94, OpArgKind.Int),
        Op.Jump => new("JUMP_FORWARD", 110, OpArgKind.Jump, "JUMP_BACKWARD_NO_INTERRUPT", 134),
        // A back edge that polls the eval breaker (CPython's JUMP_BACKWARD); never emitted forward.
        Op.JumpBackward => new("JUMP_BACKWARD", 140, OpArgKind.Jump, "JUMP_BACKWARD", 140),
        Op.PopJumpIfFalse => new("POP_JUMP_FORWARD_IF_FALSE", 114, OpArgKind.Jump, "POP_JUMP_BACKWARD_IF_FALSE", 175),
        Op.PopJumpIfTrue => new("POP_JUMP_FORWARD_IF_TRUE", 115, OpArgKind.Jump, "POP_JUMP_BACKWARD_IF_TRUE", 176),
        Op.JumpIfFalseOrPop => new("JUMP_IF_FALSE_OR_POP", 111, OpArgKind.Jump),
        Op.JumpIfTrueOrPop => new("JUMP_IF_TRUE_OR_POP", 112, OpArgKind.Jump),
        Op.GetIter => new("GET_ITER", 68, OpArgKind.None),
        Op.ForIter => new("FOR_ITER", 93, OpArgKind.Jump),
        Op.KwNames => new("KW_NAMES", 172, OpArgKind.Const),
        Op.Call => new("CALL", 171, OpArgKind.Int),
        // Herthon calls a LOAD_METHOD pair without PRECALL: CPython 3.10's name and number.
        Op.CallMethod => new("CALL_METHOD", 161, OpArgKind.Int),
        Op.CallEx => new("CALL_FUNCTION_EX", 142, OpArgKind.Int),
        Op.MakeFunction => new("MAKE_FUNCTION", 132, OpArgKind.Int),
        Op.LoadBuildClass => new("LOAD_BUILD_CLASS", 71, OpArgKind.None),
        Op.ReturnValue => new("RETURN_VALUE", 83, OpArgKind.None),
        Op.YieldValue => new("YIELD_VALUE", 86, OpArgKind.None),
        Op.GetYieldFromIter => new("GET_YIELD_FROM_ITER", 69, OpArgKind.None),
        Op.Send => new("SEND", 123, OpArgKind.Jump),
        Op.ImportName => new("IMPORT_NAME", 108, OpArgKind.Name),
        Op.ImportFrom => new("IMPORT_FROM", 109, OpArgKind.Name),
        Op.ImportStar => new("IMPORT_STAR", 84, OpArgKind.None),
        Op.RaiseVarargs => new("RAISE_VARARGS", 130, OpArgKind.Int),
        Op.Reraise => new("RERAISE", 119, OpArgKind.Int),
        Op.PushExcInfo => new("PUSH_EXC_INFO", 35, OpArgKind.None),
        Op.PopExcept => new("POP_EXCEPT", 89, OpArgKind.None),
        Op.CheckExcMatch => new("CHECK_EXC_MATCH", 36, OpArgKind.None),
        Op.BeforeWith => new("BEFORE_WITH", 53, OpArgKind.None),
        Op.WithExceptStart => new("WITH_EXCEPT_START", 49, OpArgKind.None),
        Op.SetupAnnotations => new("SETUP_ANNOTATIONS", 85, OpArgKind.None),
        Op.LoadAssertionError => new("LOAD_ASSERTION_ERROR", 74, OpArgKind.None),
        Op.PrintExpr => new("PRINT_EXPR", 70, OpArgKind.None),
        Op.GetAwaitable => new("GET_AWAITABLE", 131, OpArgKind.Int),
        Op.GetAiter => new("GET_AITER", 50, OpArgKind.None),
        Op.GetAnext => new("GET_ANEXT", 51, OpArgKind.None),
        Op.EndAsyncFor => new("END_ASYNC_FOR", 54, OpArgKind.None),
        Op.BeforeAsyncWith => new("BEFORE_ASYNC_WITH", 52, OpArgKind.None),
        Op.AsyncGenWrap => new("ASYNC_GEN_WRAP", 87, OpArgKind.None),
        Op.Copy => new("COPY", 120, OpArgKind.Int),
        Op.Swap => new("SWAP", 99, OpArgKind.Int),
        Op.GetLen => new("GET_LEN", 30, OpArgKind.None),
        Op.MatchSequence => new("MATCH_SEQUENCE", 32, OpArgKind.None),
        Op.MatchMapping => new("MATCH_MAPPING", 31, OpArgKind.None),
        Op.MatchKeys => new("MATCH_KEYS", 33, OpArgKind.None),
        Op.MatchClass => new("MATCH_CLASS", 152, OpArgKind.Int),
        // Herthon's except* checks jump themselves (CPython's are followed by a POP_JUMP).
        Op.CheckEgMatch => new("JUMP_IF_NOT_EG_MATCH", 121, OpArgKind.Jump),
        Op.PrepReraiseStar => new("PREP_RERAISE_STAR_OR_JUMP", 141, OpArgKind.Jump),
        _ => null,
    };

    // ------------------------------------------------------------------ arguments

    public static readonly (string Name, string Symbol)[] NbOps =
    [
        ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"), ("NB_MATRIX_MULTIPLY", "@"),
        ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"), ("NB_POWER", "**"), ("NB_RSHIFT", ">>"),
        ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
    ];

    /// <summary>CPython's NB_* order (dis's _nb_ops) of Herthon's BinaryOp members (after NbOps: initialised in order).</summary>
    private static readonly int[] NbIndex = BuildNbIndex();

    private static int[] BuildNbIndex()
    {
        var r = new int[Enum.GetValues<BinaryOp>().Length];
        foreach (var op in Enum.GetValues<BinaryOp>())
        {
            string sym = Ops.N.Symbol[(int)op];
            r[(int)op] = Array.FindIndex(NbOps, e => e.Symbol == sym);
        }
        return r;
    }

    public static readonly string[] CmpOp = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>The argument co_code carries for a non-jump instruction of <paramref name="code"/>.</summary>
    public static int EncodeArg(CodeObject code, OpEncoding e, int arg) => e.Kind switch
    {
        OpArgKind.None => 0,
        // co_consts of a function starts with its docstring slot (CodeObject.PythonConstants).
        OpArgKind.Const => (code.Flags & CodeFlags.Optimized) != 0 ? arg + 1 : arg,
        OpArgKind.Global => arg << 1,
        OpArgKind.Free => code.NLocals + arg,
        OpArgKind.BinaryOp => NbIndex[arg],
        OpArgKind.InplaceOp => NbIndex[arg] + NbOps.Length,
        OpArgKind.Compare => arg,   // Herthon's CompareOp has cmp_op's order
        _ => arg,
    };

    /// <summary>co_code's argument back to Herthon's, for stack_effect (jumps need none).</summary>
    public static int DecodeArg(Op op, int arg) => Of(op).Kind switch
    {
        OpArgKind.Global => arg >> 1,
        OpArgKind.BinaryOp or OpArgKind.InplaceOp => 0,
        _ => arg,
    };
}
