using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Runtime;

namespace Herthon.Compiling;

public enum Op : byte
{
    Nop,
    PopTop, RotTwo, RotThree, RotFour, DupTop, DupTopTwo,
    LoadConst, LoadFast, StoreFast, DeleteFast, LoadFastChecked,
    LoadDeref, StoreDeref, DeleteDeref, LoadClosure, LoadClassDeref,
    LoadGlobal, StoreGlobal, DeleteGlobal,
    LoadName, StoreName, DeleteName,
    LoadAttr, StoreAttr, DeleteAttr, LoadMethod,
    BinaryOp, InplaceOp, CompareOp, IsOp, ContainsOp,
    UnaryNegative, UnaryPositive, UnaryNot, UnaryInvert,
    BinarySubscr, StoreSubscr, DeleteSubscr, BuildSlice,
    BuildTuple, BuildList, BuildSet, BuildMap, BuildString,
    ListAppend, SetAdd, MapAdd, ListExtend, SetUpdate, DictUpdate, DictMerge, ListToTuple,
    FormatValue,
    UnpackSequence, UnpackEx,
    Jump, JumpBackward, PopJumpIfFalse, PopJumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop,
    GetIter, ForIter,
    KwNames, Call, CallMethod, CallEx,
    MakeFunction, LoadBuildClass,
    ReturnValue, YieldValue, GetYieldFromIter, Send,
    ImportName, ImportFrom, ImportStar,
    RaiseVarargs, Reraise, PushExcInfo, PopExcept, CheckExcMatch,
    BeforeWith, WithExceptStart,
    SetupAnnotations, LoadAssertionError, PrintExpr,
    GetAwaitable, GetAiter, GetAnext, EndAsyncFor, BeforeAsyncWith, AsyncGenWrap,   // coroutines and async generators
    Copy, Swap, GetLen, MatchSequence, MatchMapping, MatchKeys, MatchClass, // match statement
    CheckEgMatch, PrepReraiseStar, // except* (exception groups)
    /// <summary>POP_TOP of a `for` loop's iterator when break, continue-less return or an
    /// exception leaves the loop early: a generator only that loop held is closed at once, as
    /// CPython's refcount closes it there (PEP 342). Shown as POP_TOP.</summary>
    PopIter,
}

/// <summary>MAKE_FUNCTION flags (what was pushed before the code object).</summary>
[Flags]
public enum MakeFunctionFlags
{
    None = 0, Defaults = 1, KwDefaults = 2, Annotations = 4, Closure = 8,
}

[Flags]
public enum CodeFlags
{
    // CPython's co_flags bits, so co_flags reads as CPython's.
    None = 0, Optimized = 1, NewLocals = 2, VarArgs = 4, VarKeywords = 8, Nested = 16, Generator = 32,
    Coroutine = 0x80, IterableCoroutine = 0x100, AsyncGenerator = 0x200,
    // Herthon-private bits, above CPython's.
    Module = 1 << 20, Class = 1 << 21,
    /// <summary>Any of these makes calling the code create a generator-like object instead of running it.</summary>
    Resumable = Generator | Coroutine | AsyncGenerator,
    CPythonBits = (1 << 20) - 1,
}

/// <summary>An exception-table entry: an exception raised at an instruction in [Start, End) jumps
/// to Handler with the value stack cut back to Depth (then the exception pushed).</summary>
public readonly record struct ExceptionEntry(int Start, int End, int Handler, int Depth, bool PushLasti);

/// <summary>
/// Compiled code (CPython's code object). Instructions are ints: the low 8 bits the opcode, the
/// rest the argument. Jump arguments are instruction indices. LineTable holds the source line of
/// every instruction, so a line lookup is one array read.
/// </summary>
public sealed partial class CodeObject : PyObject
{
    /// <summary>The instructions. The array lives on the pinned-object heap (the setter copies it
    /// there): the eval loop reads it through <see cref="Instructions"/>, a plain address, with no
    /// null check and no array reference to keep in a register (see docs/architecture.md, "The
    /// eval loop's dispatch").</summary>
    public required int[] Code
    {
        get => _code;
        [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_code))]
        init
        {
            var pinned = GC.AllocateUninitializedArray<int>(value.Length, pinned: true);
            value.CopyTo(pinned, 0);
            _code = pinned;
            unsafe { Instructions = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)); }
        }
    }
    private readonly int[] _code;
    /// <summary>The address of Code's first element; valid while this object lives (Code never moves).</summary>
    internal readonly nint Instructions;
    public required int[] LineTable;
    /// <summary>Per instruction: start column, end line, end column of its source node (-1 = unknown).</summary>
    public int[] PositionTable = [];
    /// <summary>Per instruction: true for compiler-made jumps and implicit returns, which start no line event.</summary>
    public bool[] NoLineEvent = [];
    /// <summary>LOAD_GLOBAL inline caches, one per instruction (allocated on first use).</summary>
    internal GlobalCacheEntry?[]? GlobalCache;
    /// <summary>MAKE_FUNCTION of this code (a comprehension or closure made per call): the globals it
    /// last ran with, their Mutations then, and the `__name__` and builtins PyFunction_New read from
    /// them. While the globals are unchanged the next function takes both without the two lookups.</summary>
    internal PyDict? MadeInGlobals;
    internal int MadeInMutations;
    internal PyObject? MadeModule;
    internal PyDict? MadeBuiltins;
    /// <summary>A finished, cleared frame of this code, for the next function made of it whose own
    /// spare frames are empty (Frame.Reuse.cs): a comprehension or closure made per call then runs in
    /// the previous call's frame instead of allocating one (and a spare-frame array) per call.</summary>
    internal Evaluation.Frame? SpareFrame;
    /// <summary>A frame of this code has held a generator its `for` statement alone owned
    /// (Interpreter.MarkLoopOwned): only such frames' stacks are scanned for them when an
    /// exception cuts the stack (ReleaseLoopOwned).</summary>
    internal bool HadLoopOwned;
    /// <summary>LOAD_ATTR / LOAD_METHOD inline caches, one per instruction (allocated on first use).</summary>
    internal Evaluation.AttrSite?[]? AttrCache;
    public required PyObject[] Constants;
    public required PyStr[] Names;
    /// <summary>Locals, arguments first. Setting it (the compiler, marshal, code.replace) also sets
    /// <see cref="NLocals"/>.</summary>
    public required string[] VarNames { get => _varNames; set { _varNames = value; NLocals = value.Length; } }
    /// <summary>Locals captured by inner functions (sets <see cref="NCells"/>).</summary>
    public required string[] CellVars { get => _cellVars; set { _cellVars = value; NCells = value.Length + _freeVars.Length; } }
    /// <summary>Variables captured from outer functions (sets <see cref="NCells"/>).</summary>
    public required string[] FreeVars { get => _freeVars; set { _freeVars = value; NCells = _cellVars.Length + value.Length; NFree = value.Length; } }
    private string[] _varNames = [], _cellVars = [], _freeVars = [];
    public required ExceptionEntry[] ExceptionTable;
    public required string FileName;
    public required string Name;
    public required string QualName;
    public required int FirstLineNo;
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public CodeFlags Flags;
    public int StackSize;
    /// <summary>For each cell var, the argument slot it is initialised from, or -1.</summary>
    public int[] CellArgSlot = [];
    /// <summary>The docstring (co_consts[0] in CPython), or null.</summary>
    public PyObject? Doc;

    /// <summary>
    /// CPython 3.11's CALL_PY_EXACT_ARGS decision, made once per code object: ArgCount when a call
    /// with exactly that many positional arguments (self included) and no keywords can copy them
    /// straight into the frame's first slots (not a generator or coroutine, no *args, **kwargs or
    /// keyword-only parameters, no argument captured by a closure), -1 when it cannot, and
    /// <see cref="ExactArgsUnknown"/> until the first call computes it (the fields are set after
    /// construction; Copy forgets it). A call then tests one field against its argument count.
    /// </summary>
    internal int ExactArgs = ExactArgsUnknown;
    internal const int ExactArgsUnknown = -2;

    /// <summary>Computes <see cref="ExactArgs"/>.</summary>
    internal int ComputeExactArgs()
    {
        bool plain = (Flags & (CodeFlags.Resumable | CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && KwOnlyArgCount == 0;
        foreach (int s in CellArgSlot) if (s >= 0) plain = false;
        // Before ExactArgs: PushInline reads Getter once ExactArgs matches the call.
        Getter = plain && ArgCount >= 1 ? ComputeGetter() : GetterNone;
        return ExactArgs = plain ? ArgCount : -1;
    }

    /// <summary>VarNames' length, kept in a field: every call (NewFrame's cell test, the frame's
    /// StackBase) and the loop's frame switch read these, and as properties over the arrays each was
    /// one or two dependent loads more (the array, then its length) on the call path.</summary>
    public int NLocals { get; private set; }
    /// <summary>CellVars' and FreeVars' lengths added, kept in a field (see <see cref="NLocals"/>).</summary>
    public int NCells { get; private set; }
    /// <summary>FreeVars' length, kept in a field: a plain frame's reset keeps the free variables'
    /// slots (Frame.ResetPlain) when it is not zero.</summary>
    public int NFree { get; private set; }
    /// <summary>Generator, coroutine or async generator code: a call creates the object that runs the frame.</summary>
    public bool IsGenerator => (Flags & CodeFlags.Resumable) != 0;

    public override PyType Type => TypeObjects.Code;

    /// <summary>Source line of the instruction at index ip (ip clamped into range).</summary>
    public int LineForInstruction(int ip)
    {
        var t = LineTable;
        if (t.Length == 0) return FirstLineNo;
        if (ip < 0) ip = 0;
        if (ip >= t.Length) ip = t.Length - 1;
        return t[ip];
    }

    /// <summary>The source span of instruction ip: (line, col, endLine, endCol); columns -1 when unknown.</summary>
    public (int Line, int Col, int EndLine, int EndCol) PositionOf(int ip)
    {
        int line = LineForInstruction(ip);
        if (ip < 0 || 3 * ip + 2 >= PositionTable.Length) return (line, -1, line, -1);
        return (line, PositionTable[3 * ip], PositionTable[3 * ip + 1], PositionTable[3 * ip + 2]);
    }

    public int TotalArgs
    {
        get
        {
            int n = ArgCount + KwOnlyArgCount;
            if ((Flags & CodeFlags.VarArgs) != 0) n++;
            if ((Flags & CodeFlags.VarKeywords) != 0) n++;
            return n;
        }
    }
}

/// <summary>
/// A LOAD_GLOBAL answer: <see cref="Value"/> is valid while neither dict has changed at all
/// (<see cref="PyDict.Mutations"/>, the loop's test). Where the name was found (<see cref="Found"/>,
/// entry <see cref="Index"/>) stays valid while neither dict has gained or lost a key
/// (<see cref="PyDict.Version"/>, CPython's dict keys version): a store to some global — a module-level
/// loop's variable — then costs a refresh of the value from that entry, not two lookups and a new entry.
/// </summary>
internal sealed class GlobalCacheEntry(PyDict globals, PyDict builtins, PyDict found, int index)
{
    public readonly PyDict Globals = globals, Builtins = builtins, Found = found;
    public readonly int Index = index, GlobalsKeys = globals.Version, BuiltinsKeys = builtins.Version;
    public int GlobalsVersion = globals.Mutations, BuiltinsVersion = builtins.Mutations;
    public PyObject Value = found.ValueAt(index);
    /// <summary>What follows this LOAD_GLOBAL, for its call of a Python function at the site
    /// (Interpreter.GlobalCallInline): 0 not known yet, -1 for anything but argument forms and a
    /// CALL (the site then declines with one compare), else their count and kinds
    /// (Interpreter.GlobalCallShape).</summary>
    public int CallShape;
}
