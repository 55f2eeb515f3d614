using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed class Label
{
    public int Target = -1;
    public int Depth = -1;
}

public enum FBlockKind { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith, ExceptStar }

/// <summary>A compile-time block (CPython's fblockinfo): what a break/continue/return must undo.</summary>
public readonly record struct FBlock(FBlockKind Kind, Label? Continue = null, Label? Exit = null,
    List<Parsing.Stmt>? FinallyBody = null, string? HandlerName = null, Parsing.Node? Statement = null)
{
    public FBlock(FBlockKind kind, Label cont, Label exit) : this(kind, cont, exit, null, null) { }
}

/// <summary>Accumulates one code object's instructions, line table, constants, names and exception table.</summary>
public sealed class CodeBuilder
{
    private readonly Compiler _compiler;
    private readonly List<int> _code = [];
    private readonly List<int> _lines = [];
    private readonly List<Label?> _jumpTargets = [];
    private readonly List<int> _handlerAt = [];     // per instruction: index into _handlerRecords or -1
    private readonly List<(Label label, int depth)> _handlerRecords = [];
    private readonly Stack<int> _handlers = new();
    private readonly List<PyObject> _consts = [];
    private readonly Dictionary<object, int> _constIndex = [];
    private readonly List<PyStr> _names = [];
    private readonly Dictionary<string, int> _nameIndex = [];
    private readonly List<string> _varNames = [];
    private readonly Dictionary<string, int> _varIndex = [];
    private readonly List<string> _cellVars = [];
    private readonly List<string> _freeVars = [];
    public readonly Stack<FBlock> Blocks = new();
    public readonly string Name;
    public readonly string QualName;
    public readonly Scope Scope;
    public readonly int FirstLine;
    public CodeFlags Flags;
    public int Line;
    /// <summary>Source span of the node being compiled (0-based columns, end exclusive); -1 = unknown.</summary>
    public int Col = -1, EndLine, EndCol = -1;
    private readonly List<int> _positions = [];
    private readonly List<bool> _artificial = [];
    /// <summary>While set, emitted instructions belong to no source line of their own (CPython's
    /// "artificial" instructions: implicit jumps and returns) and never start a line event.</summary>
    public bool Artificial;
    public int Depth;
    private int _maxDepth;
    public string? ClassName;
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public PyObject? Doc;

    public CodeBuilder(Compiler compiler, string name, string qualName, Scope scope, int firstLine, CodeFlags flags)
    {
        _compiler = compiler;
        Name = name;
        QualName = qualName;
        Scope = scope;
        FirstLine = firstLine;
        Flags = flags;
        Line = firstLine;
        if (scope.IsFunctionLike)
        {
            foreach (var p in scope.Params) Local(p);
        }
        foreach (var c in scope.Cells.OrderBy(x => x, StringComparer.Ordinal)) _cellVars.Add(c);
        // A class may have both: its own __class__ cell (for its methods) and the enclosing method's free __class__ (FreeDeref).
        foreach (var f in scope.Frees.OrderBy(x => x, StringComparer.Ordinal)) _freeVars.Add(f);
    }

    public int Count => _code.Count;

    public void Emit(Op op, int arg = 0)
    {
        _code.Add(((int)op) | (arg << 8));
        _lines.Add(Line);
        _artificial.Add(Artificial || op is Op.Jump or Op.JumpBackward);
        _positions.Add(Col);
        _positions.Add(EndLine);
        _positions.Add(EndCol);
        _jumpTargets.Add(null);
        _handlerAt.Add(_handlers.Count > 0 ? _handlers.Peek() : -1);
        Depth += StackEffect(op, arg, jump: false);
        if (Depth > _maxDepth) _maxDepth = Depth;
        if (Depth < 0) Depth = 0;
    }

    public void EmitJump(Op op, Label target)
    {
        int before = Depth;
        Emit(op, 0);
        _jumpTargets[^1] = target;
        int jd = before + StackEffect(op, 0, jump: true);
        if (jd > _maxDepth) _maxDepth = jd;
        if (target.Depth < 0) target.Depth = jd;
    }

    /// <summary>A jump that carries its line event, unlike every other jump (structural, so
    /// artificial): `while True:`'s back edge, which CPython 3.11 reports at the `while` line.</summary>
    public void EmitJumpWithLine(Op op, Label target)
    {
        EmitJump(op, target);
        _artificial[^1] = Artificial;
    }

    public Label NewLabel() => new();

    public void Mark(Label l)
    {
        l.Target = _code.Count;
        if (l.Depth >= 0) Depth = l.Depth;
    }

    /// <summary>Starts a protected region: exceptions jump to `handler` with the stack cut to the current depth.</summary>
    public void PushHandler(Label handler)
    {
        _handlerRecords.Add((handler, Depth));
        _handlers.Push(_handlerRecords.Count - 1);
        int hd = Depth + 1;
        if (hd > _maxDepth) _maxDepth = hd;
        handler.Depth = hd;
    }

    public void PopHandler() => _handlers.Pop();

    public int[] SaveHandlers() => [.. _handlers];

    public void RestoreHandlers(int[] topFirst)
    {
        _handlers.Clear();
        for (int i = topFirst.Length - 1; i >= 0; i--) _handlers.Push(topFirst[i]);
    }

    public void RestoreBlocks(FBlock[] topFirst, int[] handlersTopFirst)
    {
        Blocks.Clear();
        for (int i = topFirst.Length - 1; i >= 0; i--) Blocks.Push(topFirst[i]);
        _handlers.Clear();
        for (int i = handlersTopFirst.Length - 1; i >= 0; i--) _handlers.Push(handlersTopFirst[i]);
    }

    public int Const(PyObject c)
    {
        object key = c switch
        {
            PyBool b => ("bool", b.V),
            PyInt i => ("int", i.Big is null ? (object)i.V : i.Big.Value),
            PyFloat f => ("float", BitConverter.DoubleToInt64Bits(f.V)),
            PyComplex z => ("complex", BitConverter.DoubleToInt64Bits(z.Re), BitConverter.DoubleToInt64Bits(z.Im)),
            PyStr s => ("str", s.V),
            PyNone => "None",
            _ => c,
        };
        if (_constIndex.TryGetValue(key, out int idx)) return idx;
        _consts.Add(c);
        _constIndex[key] = _consts.Count - 1;
        return _consts.Count - 1;
    }

    public int NameIndex(string n)
    {
        if (_nameIndex.TryGetValue(n, out int i)) return i;
        _names.Add(new PyStr(string.Intern(n)));   // interned: dict lookups by name then match by reference
        _nameIndex[n] = _names.Count - 1;
        return _names.Count - 1;
    }

    public int Local(string n)
    {
        if (_varIndex.TryGetValue(n, out int i)) return i;
        _varNames.Add(n);
        _varIndex[n] = _varNames.Count - 1;
        return _varNames.Count - 1;
    }

    /// <summary>Index into the frame's cell area: cell vars first, then free vars.</summary>
    public int Deref(string n)
    {
        int i = _cellVars.IndexOf(n);
        if (i >= 0) return i;
        i = _freeVars.IndexOf(n);
        if (i >= 0) return _cellVars.Count + i;
        throw new InvalidOperationException($"compiler bug: '{n}' is neither a cell nor a free variable in {QualName}");
    }

    /// <summary>The free variable `n`, even where a cell has the same name (a class's __class__).</summary>
    public int FreeDeref(string n)
    {
        int i = _freeVars.IndexOf(n);
        return i >= 0 ? _cellVars.Count + i : Deref(n);
    }

    public IReadOnlyList<string> FreeVars => _freeVars;
    public IReadOnlyList<string> CellVars => _cellVars;

    public CodeObject Build(string filename)
    {
        var code = _code.ToArray();
        for (int i = 0; i < code.Length; i++)
        {
            var t = _jumpTargets[i];
            if (t is not null)
            {
                if (t.Target < 0) throw new InvalidOperationException("compiler bug: unmarked label");
                code[i] = (code[i] & 0xFF) | (t.Target << 8);
            }
        }
        // Exception table: merge consecutive instructions that share a handler.
        var table = new List<ExceptionEntry>();
        int start = 0;
        while (start < _handlerAt.Count)
        {
            int h = _handlerAt[start];
            int end = start + 1;
            while (end < _handlerAt.Count && _handlerAt[end] == h) end++;
            if (h >= 0)
            {
                var (label, depth) = _handlerRecords[h];
                table.Add(new ExceptionEntry(start, end, label.Target, depth, false));
            }
            start = end;
        }
        if (!CodeObject.StaysInside(code, [.. table])) throw new InvalidOperationException($"compiler bug: {QualName} can run past its last instruction");
        var cellArg = new int[_cellVars.Count];
        for (int i = 0; i < _cellVars.Count; i++) cellArg[i] = Scope.Params.IndexOf(_cellVars[i]) >= 0 ? _varIndex[_cellVars[i]] : -1;
        var lines = _lines.ToArray();
        return new CodeObject
        {
            Code = code,
            LineTable = lines,
            PositionTable = [.. _positions],
            NoLineEvent = [.. _artificial],
            Constants = [.. _consts],
            Names = [.. _names],
            VarNames = [.. _varNames],
            CellVars = [.. _cellVars],
            FreeVars = [.. _freeVars],
            ExceptionTable = [.. table],
            FileName = filename,
            Name = Name,
            QualName = QualName,
            FirstLineNo = FirstLine,
            ArgCount = ArgCount,
            PosOnlyArgCount = PosOnlyArgCount,
            KwOnlyArgCount = KwOnlyArgCount,
            Flags = Flags,
            StackSize = _maxDepth + 2,
            CellArgSlot = cellArg,
            Doc = Doc,
        };
    }

    public static int StackEffect(Op op, int arg, bool jump)
    {
        switch (op)
        {
            case Op.Nop or Op.RotTwo or Op.RotThree or Op.RotFour or Op.DeleteFast or Op.DeleteDeref or Op.DeleteGlobal
                or Op.DeleteName or Op.LoadAttr or Op.UnaryNegative or Op.UnaryPositive or Op.UnaryNot or Op.UnaryInvert
                or Op.ListToTuple or Op.Jump or Op.JumpBackward or Op.GetIter or Op.KwNames or Op.YieldValue
                or Op.GetYieldFromIter or Op.CheckExcMatch or Op.SetupAnnotations:
                return 0;
            case Op.PopTop or Op.PopIter or Op.StoreFast or Op.StoreDeref or Op.StoreGlobal or Op.StoreName or Op.DeleteAttr
                or Op.BinaryOp or Op.InplaceOp or Op.CompareOp or Op.IsOp or Op.ContainsOp or Op.BinarySubscr
                or Op.ListAppend or Op.SetAdd or Op.ListExtend or Op.SetUpdate or Op.DictUpdate or Op.DictMerge
                or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.ReturnValue or Op.ImportName or Op.ImportStar
                or Op.Reraise or Op.PopExcept or Op.PrintExpr:
                return -1;
            case Op.DupTop or Op.LoadConst or Op.LoadFast or Op.LoadFastChecked or Op.LoadDeref or Op.LoadClosure or Op.LoadClassDeref
                or Op.LoadGlobal or Op.LoadName or Op.LoadMethod or Op.LoadBuildClass or Op.ImportFrom or Op.PushExcInfo
                or Op.BeforeWith or Op.WithExceptStart or Op.LoadAssertionError:
                return 1;
            case Op.DupTopTwo: return 2;
            case Op.Copy or Op.GetLen or Op.MatchSequence or Op.MatchMapping or Op.MatchKeys: return 1;
            case Op.Swap: return 0;
            case Op.MatchClass: return -2;
            case Op.StoreAttr or Op.DeleteSubscr or Op.MapAdd: return -2;
            case Op.StoreSubscr: return -3;
            case Op.BuildSlice: return 1 - arg;
            case Op.BuildTuple or Op.BuildList or Op.BuildSet or Op.BuildString: return 1 - arg;
            case Op.BuildMap: return 1 - 2 * arg;
            case Op.FormatValue: return (arg & 4) != 0 ? -1 : 0;
            case Op.UnpackSequence: return arg - 1;
            case Op.UnpackEx: return (arg & 0xFF) + (arg >> 8);
            case Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop: return jump ? 0 : -1;
            case Op.ForIter: return jump ? -1 : 1;
            case Op.Send: return jump ? -1 : 0;
            case Op.CheckEgMatch: return jump ? -1 : 0;
            case Op.PrepReraiseStar: return jump ? -2 : -1;
            case Op.Call: return -arg;
            case Op.CallMethod: return -arg - 1;
            case Op.CallEx: return (arg & 1) != 0 ? -2 : -1;
            case Op.MakeFunction: return -System.Numerics.BitOperations.PopCount((uint)arg);
            case Op.RaiseVarargs: return -arg;
            case Op.GetAwaitable or Op.GetAiter or Op.AsyncGenWrap: return 0;
            case Op.GetAnext or Op.BeforeAsyncWith: return 1;
            case Op.EndAsyncFor: return -2;
        }
        throw new InvalidOperationException($"no stack effect for {op}");
    }
}
