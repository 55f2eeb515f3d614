using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The loop's Frame is also the Python-visible frame object: PyObject has no instance fields, so
// being one costs a call nothing. Everything only debuggers use lives in FrameExtra, allocated on
// first use (f_trace, f_locals of a function frame, the line reported during a trace event).
public sealed partial class Frame : FrameState
{
    internal FrameExtra? Extra;

    public override PyType Type => FrameObjects.FrameType;

    internal FrameExtra GetExtra()
    {
        Special = true;   // a frame with FrameExtra is not reused: ReturnInline's general path
        return Extra ??= new FrameExtra();
    }

    /// <summary>True while the frame is on the thread's frame chain (not returned, not a suspended generator).</summary>
    public bool IsExecuting => !Finished && (Generator is null || Generator.Running);

    /// <summary>The instruction the frame is at: the current one while executing, else the last one executed.</summary>
    public int CurrentInstruction => IsExecuting ? Ip : Math.Max(Ip - 1, 0);

    /// <summary>f_lineno: the line a trace event reports, else the line of the current instruction.</summary>
    public int LineNumber
    {
        get
        {
            if (Extra is { EventLine: > 0 } x) return x.EventLine;
            if (Generator is { Started: false }) return Code.FirstLineNo;
            return Code.LineForInstruction(CurrentInstruction);
        }
    }

    /// <summary>f_back: the caller while executing; a suspended generator's frame has none.</summary>
    public PyObject BackObject => Generator is not null && !IsExecuting ? PyNone.Instance : (PyObject?)Back?.Escape() ?? PyNone.Instance;

    /// <summary>
    /// f_locals. Module and class bodies answer their namespace; a function frame answers one dict
    /// per frame, refreshed from the fast locals, cells and free variables on every access
    /// (CPython's PyFrame_FastToLocals).
    /// </summary>
    public PyDict LocalsDict()
    {
        if (Locals is not null) return Locals;
        if ((Code.Flags & CodeFlags.Optimized) == 0) return Globals;   // module code runs in its globals
        var x = GetExtra();
        var d = x.LocalsSnapshot ??= new PyDict();
        var code = Code;
        for (int i = 0; i < code.VarNames.Length; i++)
            SetOrRemove(d, code.VarNames[i], ValueOfLocal(i));
        int nl = code.NLocals;
        for (int i = 0; i < code.CellVars.Length; i++)
        {
            if (Array.IndexOf(code.VarNames, code.CellVars[i]) >= 0) continue;   // an argument, listed above
            SetOrRemove(d, code.CellVars[i], (Slots[nl + i].V as PyCell)?.Value);
        }
        for (int i = 0; i < code.FreeVars.Length; i++)
            SetOrRemove(d, code.FreeVars[i], (Slots[nl + code.CellVars.Length + i].V as PyCell)?.Value);
        return d;
    }

    /// <summary>Writes a function frame's f_locals dict back to its locals after a trace function ran (PyFrame_LocalsToFast).</summary>
    internal void LocalsToFast()
    {
        if (Locals is not null || (Code.Flags & CodeFlags.Optimized) == 0 || Extra?.LocalsSnapshot is not { } d) return;
        var code = Code;
        int nl = code.NLocals;
        for (int i = 0; i < code.VarNames.Length; i++)
        {
            var v = d.Get(code.VarNames[i]);
            int cell = CellOfArgument(i);
            if (cell >= 0)
            {
                if (Slots[nl + cell].V is PyCell c && v is not null) c.Value = v;
            }
            else if (v is not null) Slots[i].V = v;
            else if (Slots[i].V is not null) Slots[i].V = PyNone.Instance;   // CPython: "assigning None to unbound local"
        }
        for (int i = 0; i < code.CellVars.Length + code.FreeVars.Length; i++)
        {
            string name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
            if (i < code.CellVars.Length && Array.IndexOf(code.VarNames, name) >= 0) continue;
            if (Slots[nl + i].V is PyCell c && d.Get(name) is { } v) c.Value = v;
        }
    }

    private PyObject? ValueOfLocal(int i)
    {
        int cell = CellOfArgument(i);
        return cell >= 0 ? (Slots[Code.NLocals + cell].V as PyCell)?.Value ?? Slots[i].V : Slots[i].V;
    }

    /// <summary>The cell an argument moved into (closures capture it), or -1.</summary>
    private int CellOfArgument(int local)
    {
        var map = Code.CellArgSlot;
        for (int c = 0; c < map.Length; c++)
            if (map[c] == local) return c;
        return -1;
    }

    private static void SetOrRemove(PyDict d, string name, PyObject? v)
    {
        if (v is not null) d[name] = v;
        else d.Remove(PyStr.From(name));
    }

    /// <summary>frame.clear(): drops the locals of a frame that is not executing (a suspended generator is closed first).</summary>
    internal void Clear()
    {
        if (IsExecuting && Generator is null) throw Errors.RuntimeError("cannot clear an executing frame");
        if (Generator is { Running: true }) throw Errors.RuntimeError("cannot clear an executing frame");
        if (Generator is { } g && !Finished) g.Close();
        Array.Clear(Slots);
        if (Extra is { } x) { x.Trace = null; x.LocalsSnapshot = null; }
    }
}

/// <summary>Frame state only debuggers and trace functions use.</summary>
internal sealed class FrameExtra
{
    /// <summary>f_trace: the local trace function (null = none).</summary>
    public PyObject? Trace;
    public bool TraceLines = true;
    public bool TraceOpcodes;
    public PyDict? LocalsSnapshot;
    /// <summary>The line f_lineno reports while a trace or profile event for this frame runs (0 = none).</summary>
    public int EventLine;
}

/// <summary>The `frame` type and the frame-related attributes of tracebacks and generators.</summary>
public static class FrameObjects
{
    public static readonly PyType FrameType = MakeFrameType();

    private static PyType MakeFrameType()
    {
        var t = new PyType("frame", [TypeObjects.Object], true);
        t.ComputeMro();
        var d = t.TypeDict;
        d["f_back"] = new PyGetSetDescriptor("f_back", o => ((Frame)o).BackObject);
        d["f_code"] = new PyGetSetDescriptor("f_code", o => ((Frame)o).Code);
        d["f_globals"] = new PyGetSetDescriptor("f_globals", o => ((Frame)o).Globals);
        d["f_builtins"] = new PyGetSetDescriptor("f_builtins", o => ((Frame)o).Builtins);
        d["f_locals"] = new PyGetSetDescriptor("f_locals", o => ((Frame)o).LocalsDict());
        d["f_lineno"] = new PyGetSetDescriptor("f_lineno", o => PyInt.From(((Frame)o).LineNumber), static (o, v) =>
        {
            if (ThreadState.Current.TracingDepth == 0)
                throw Errors.ValueError($"f_lineno can only be set by a trace function");
            throw Errors.NotImplementedError("jumping by setting f_lineno is not supported by Herthon");
        });
        // The byte offset of the instruction in co_code, as CPython's (co_lines(), co_positions() and tb_lasti agree).
        d["f_lasti"] = new PyGetSetDescriptor("f_lasti", o => PyInt.From(((Frame)o).Code.LastiOf(((Frame)o).CurrentInstruction)));
        d["f_trace"] = new PyGetSetDescriptor("f_trace", o => ((Frame)o).Extra?.Trace ?? PyNone.Instance,
            static (o, v) => ((Frame)o).GetExtra().Trace = v is PyNone ? null : v) { Delete = static o => { if (((Frame)o).Extra is { } x) x.Trace = null; } };
        d["f_trace_lines"] = new PyGetSetDescriptor("f_trace_lines", o => PyBool.From(((Frame)o).Extra?.TraceLines ?? true),
            static (o, v) => ((Frame)o).GetExtra().TraceLines = AsBool(v, "f_trace_lines"));
        d["f_trace_opcodes"] = new PyGetSetDescriptor("f_trace_opcodes", o => PyBool.From(((Frame)o).Extra?.TraceOpcodes ?? false),
            static (o, v) =>
            {
                var x = ((Frame)o).GetExtra();
                bool on = AsBool(v, "f_trace_opcodes");
                if (on != x.TraceOpcodes) Interpreter.OpcodeTracedFrames += on ? 1 : -1;
                x.TraceOpcodes = on;
            });
        t.SetMethod("clear", static (a, kw) => { ((Frame)a[0]).Clear(); return PyNone.Instance; });
        t.SetMethod("__repr__", static (a, kw) =>
        {
            var f = (Frame)a[0];
            return PyStr.From($"<frame at {Ops.Address(f)}, file {Ops.Repr(PyStr.From(f.Code.FileName))}, line {f.LineNumber}, code {f.Code.Name}>");
        });
        return t;
    }

    private static bool AsBool(PyObject v, string name) =>
        v is PyBool b ? ReferenceEquals(b, PyBool.True) : throw Errors.TypeError($"attribute value type must be bool");

    /// <summary>Adds tb_frame/tb_lasti to tracebacks and the frame attributes of generators.</summary>
    internal static void Install()
    {
        var tbt = TypeObjects.TracebackType;
        tbt.TypeDict["tb_frame"] = new PyGetSetDescriptor("tb_frame", o => ((PyTraceback)o).Frame);
        tbt.TypeDict["tb_lasti"] = new PyGetSetDescriptor("tb_lasti", o => PyInt.From(((PyTraceback)o).Code.LastiOf(Math.Max(((PyTraceback)o).Ip, 0))));
        tbt.New = static (cls, a, kw) => NewTraceback(a, kw);

        var g = TypeObjects.Generator;
        g.TypeDict["gi_frame"] = new PyGetSetDescriptor("gi_frame", o => ((PyGenerator)o).Frame is { Finished: false } f ? f.EscapeGeneratorFrame() : PyNone.Instance);
        g.TypeDict["gi_code"] = new PyGetSetDescriptor("gi_code", o => ((PyGenerator)o).Frame.Code);
        g.TypeDict["gi_suspended"] = new PyGetSetDescriptor("gi_suspended", o =>
        {
            var gen = (PyGenerator)o;
            return PyBool.From(gen.Started && !gen.Running && !gen.Frame.Finished);
        });
        g.TypeDict["gi_yieldfrom"] = new PyGetSetDescriptor("gi_yieldfrom", o => YieldFrom((PyGenerator)o) ?? PyNone.Instance);
        g.TypeDict["__qualname__"] = new PyGetSetDescriptor("__qualname__", o => PyStr.From(((PyGenerator)o).Frame.Code.QualName));
        CodeAttributes.Install(TypeObjects.Code);
    }

    /// <summary>types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): libraries (jinja2, test_traceback) build tracebacks by hand.</summary>
    private static PyTraceback NewTraceback(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        string[] names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
        int npos = Args.Positional(a, kw);
        if (a.Length > 4) throw Errors.TypeError($"TracebackType() takes at most 4 arguments ({a.Length} given)");
        Args.ClinicKw("TracebackType", kw, names);
        var v = new PyObject[4];
        for (int i = 0; i < 4; i++)
        {
            var byName = Args.Kw(a, kw, names[i]);
            if (i < npos && byName is not null) throw Errors.TypeError($"argument for TracebackType() given by name ('{names[i]}') and position ({i + 1})");
            v[i] = i < npos ? a[i] : byName ?? throw Errors.TypeError($"TracebackType() missing required argument '{names[i]}' (pos {i + 1})");
        }
        if (v[0] is not (PyNone or PyTraceback)) throw Errors.TypeError($"expected traceback object or None, got '{v[0].Type.Name}'");
        if (v[1] is not Frame frame) throw Errors.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {v[1].Type.Name}");
        long lasti = Ops.IndexValue(v[2]), lineno = Ops.IndexValue(v[3]);
        if (lasti is < int.MinValue or > int.MaxValue || lineno is < int.MinValue or > int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
        // tb_lasti is a co_code byte offset, as the tb_lasti getter reports it.
        return new PyTraceback(frame, Math.Max(frame.Code.InstructionAtOffset((int)lasti), -1), v[0] as PyTraceback) { GivenLine = (int)lineno };
    }

    /// <summary>The iterator a generator suspended in `yield from` delegates to.</summary>
    private static PyObject? YieldFrom(PyGenerator gen)
    {
        var f = gen.Frame;
        if (f.Finished || gen.Running || !gen.Started) return null;
        var instrs = f.Code.Code;
        int ip = f.Ip;
        if (ip > 0 && ip < instrs.Length && (Op)(instrs[ip - 1] & 0xFF) == Op.YieldValue
            && (Op)(instrs[ip] & 0xFF) == Op.JumpBackward && (Op)(instrs[instrs[ip] >> 8] & 0xFF) == Op.Send)
            return f.Slots[f.Sp - 1].V;
        return null;
    }
}
