#if HERTHON_DTRACE
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Probes;

// Argument sources: how a marker argument is derived from the context values a probe site holds.
// The generator picks them by [ProbeArg] name and parameter match (see ProbeArgAttribute) and calls
// them only after the marker's semaphore tested non-zero. Compiled into instrumented builds only.
internal static unsafe partial class Probes
{
    /// <summary>co_filename as cached NUL-terminated UTF-8 (NULL if it has a lone surrogate).</summary>
    [ProbeArg("filename")]
    private static byte* FileName(Frame frame) => frame.Code.ProbeText.FileName;

    /// <summary>co_name as cached NUL-terminated UTF-8 (NULL if it has a lone surrogate).</summary>
    [ProbeArg("funcname")]
    private static byte* FuncName(Frame frame) => frame.Code.ProbeText.Name;

    /// <summary>The line a frame is at, as CPython 3.11's _PyInterpreterFrame_GetLine: that of the last
    /// instruction run (Ip is just past it). function__entry: co_firstlineno for a new frame, the yield's
    /// line for a resumed generator; function__return: the line of the instruction the frame ended at.</summary>
    [ProbeArg("lineno")]
    private static int FrameLine(Frame frame) => frame.Ip > 0 ? frame.Code.LineForInstruction(frame.Ip - 1) : frame.Code.FirstLineNo;

    /// <summary>Markers of an instruction (exception__raise, exception__handled) report its line.</summary>
    [ProbeArg("lineno")]
    private static int LineAt(Frame frame, int ip) => frame.Code.LineForInstruction(ip);

    /// <summary>function__entry's id: a fresh one for a frame that starts (Ip 0: a call, also of a
    /// reused frame), the one it holds for a resumed generator.</summary>
    [ProbeArg("frameid")]
    private static ulong FrameId(Frame frame) => frame.EntryProbeId();

    /// <summary>function__return's id: the entry's, or one assigned now if the tracer attached mid-frame;
    /// released when a call ends (see Frame.ReturnProbeId).</summary>
    [ProbeArg("frameid")]
    private static ulong LeavingFrameId(Frame frame, bool leaving) => leaving ? frame.ReturnProbeId() : frame.ProbeId;

    /// <summary>audit's args: repr(args) (a tracer cannot read a managed tuple), encoded as NUL-terminated UTF-8.</summary>
    [ProbeArg("args")]
    private static string ArgsRepr(PyTuple tuple) => ProbeRendering.Repr(tuple);

    /// <summary>cfunction markers report the calling bytecode's file ...</summary>
    [ProbeArg("filename")]
    private static byte* CallerFile(Frame caller) => caller.Code.ProbeText.FileName;

    /// <summary>... and the line of the call instruction.</summary>
    [ProbeArg("lineno")]
    private static int CallerLine(Frame caller, int ip) => caller.Code.LineForInstruction(ip);

    [ProbeArg("funcname")]
    private static string BuiltinName(PyObject callable) => ProbeRendering.BuiltinName(callable);

    [ProbeArg("modulename")]
    private static string BuiltinModule(PyObject callable) => ProbeRendering.BuiltinModule(callable);

    [ProbeArg("typename")]
    private static string TypeName(PyType type) => ProbeRendering.TypeName(type);

    [ProbeArg("modulename")]
    private static string TypeModule(PyType type) => ProbeRendering.TypeModule(type);

    [ProbeArg("typename")]
    private static string ExceptionTypeName(PyBaseException exception) => ProbeRendering.ExceptionTypeName(exception);
}
#endif
