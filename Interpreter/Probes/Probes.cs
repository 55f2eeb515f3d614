using System.Diagnostics;
using System.Runtime.CompilerServices;
using Herthon.Evaluation;

namespace Herthon.Probes;

/// <summary>
/// The probe sites of Herthon: what the interpreter calls where CPython fires its DTrace/SystemTap
/// markers. Provider, marker names and argument types are defined by Interpreter/Native/herthon.d.
/// </summary>
/// <remarks>
/// Two layers, both needed for the plain build to carry no trace of a marker:
/// <list type="bullet">
/// <item>The <c>*Probe</c> methods are bodiless <c>static partial void</c> methods with [Probe]; the
/// generator writes their bodies (semaphore test, then a cold call that computes the arguments) in
/// instrumented builds. C# only lets a partial method stay bodiless — and erases calls to it — when
/// it is implicitly private, so code outside this class cannot call them directly.</item>
/// <item>The public-facing methods (<see cref="FunctionEntry"/>, …) are <c>[Conditional("HERTHON_DTRACE")]</c>:
/// in plain builds (no HERTHON_DTRACE) the compiler removes every call to them at the call site,
/// arguments included, exactly like Debug.Assert. In instrumented builds they inline to the
/// generated guard (AggressiveInlining on both layers, so the site stays one load, one compare and
/// one branch even inside a huge eval-loop method whose inlining budget is spent).</item>
/// </list>
/// The parameters are context values the caller already holds (a frame, an instruction index);
/// every marker argument is derived from them inside the guard by the argument sources in
/// ProbeArguments.cs (see <see cref="ProbeArgAttribute"/> for the binding rule).
/// </remarks>
internal static partial class Probes
{
    private const string Instrumented = "HERTHON_DTRACE";

    /// <summary>A bytecode frame starts: function__entry(filename, funcname, co_firstlineno, frameid).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionEntry(Frame frame) => FunctionEntryProbe(frame);

    /// <summary>A bytecode frame ends at instruction <paramref name="ip"/>: function__return(filename, funcname, line of ip, frameid).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionReturn(Frame frame, int ip) => FunctionReturnProbe(frame, ip);

    /// <summary>Execution reaches the start of source line <paramref name="lineno"/>. Call only from the line-traced copy of the loop.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Line(Frame frame, int lineno) => LineProbe(frame, lineno);

    /// <summary>Sets <paramref name="enabled"/> to whether a tracer watches the line marker (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void LineEnabled(ref bool enabled) => LineEnabledProbe(ref enabled);

    /// <summary>A collection of <paramref name="generation"/> starts.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void GcStart(int generation) => GcStartProbe(generation);

    /// <summary>A collection ended, having reclaimed <paramref name="collected"/> objects.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void GcDone(long collected) => GcDoneProbe(collected);

    /// <summary>The import system starts finding and loading <paramref name="modulename"/>.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ImportFindLoadStart(string modulename) => ImportFindLoadStartProbe(modulename);

    /// <summary>Find-and-load of <paramref name="modulename"/> ended; <paramref name="found"/> is 1 if loaded, else 0.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ImportFindLoadDone(string modulename, int found) => ImportFindLoadDoneProbe(modulename, found);

    /// <summary>sys.audit(<paramref name="eventName"/>, *args); <paramref name="argsRepr"/> is repr(args), passed as NUL-terminated UTF-8.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Audit(string eventName, string argsRepr) => AuditProbe(eventName, argsRepr);

    [Probe("function__entry")]
    static partial void FunctionEntryProbe(Frame frame);

    [Probe("function__return")]
    static partial void FunctionReturnProbe(Frame frame, int ip);

    [Probe("line")]
    static partial void LineProbe(Frame frame, int lineno);

    [ProbeEnabled("line")]
    static partial void LineEnabledProbe(ref bool enabled);

    [Probe("gc__start")]
    static partial void GcStartProbe(int generation);

    [Probe("gc__done")]
    static partial void GcDoneProbe(long collected);

    [Probe("import__find__load__start")]
    static partial void ImportFindLoadStartProbe(string modulename);

    [Probe("import__find__load__done")]
    static partial void ImportFindLoadDoneProbe(string modulename, int found);

    [Probe("audit")]
    static partial void AuditProbe([ProbeArg("event")] string eventName, [ProbeArg("args")] string argsRepr);
}
